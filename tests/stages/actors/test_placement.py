"""Places, offices, organisations and groups; where an actor belongs.

The tests use the small test dictionary (see ``conftest.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer
from newsledger.stages.actors.countries import cues
from newsledger.stages.actors.state import ArticleState
from tests.builders import ROW_KINDS, code_of, mention_of, row_kinds

# ---- places, offices, organisations, groups ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Fighting was reported in Zenda on Monday.", "Zenda said the siege had ended."],
)
def test_a_place_is_its_country_never_a_government(layer_of: Callable[..., ActorLayer], text: str) -> None:
    assert mention_of(layer_of(text), "Zenda").actor_id == "country:RUR"


@pytest.mark.parametrize(
    ("text", "published", "actor_id"),
    [
        ("The Hand chief said the fighters would withdraw.", "2020-06-01", "person:karl-wendt"),
        ("The Hand chief said the fighters would withdraw.", "2023-06-01", "person:lena-wendt"),
        # negative: an indefinite description is nobody in particular
        ("A Hand chief is rarely seen in public.", "2023-06-01", None),
    ],
)
def test_a_title_naming_one_office(
    layer_of: Callable[..., ActorLayer], text: str, published: str, actor_id: str | None
) -> None:
    layer = layer_of(text, published=published)
    m = next(m for m in layer.mentions if "Hand chief" in m.text)
    assert m.actor_id == actor_id


def test_official_of_a_body_takes_the_bodys_country(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The Hand chief said the fighters would withdraw.", published="2020-06-01")
    a = layer.actor("person:karl-wendt")
    assert a is not None and a.code == "RUR REB"


def test_a_group_that_is_a_list_of_countries_is_a_compound(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Ruritania and Italy signed a pact on Monday.")
    comp = layer.actor(mention_of(layer, "Ruritania and Italy").actor_id)
    assert comp is not None and comp.members == ("state:RUR", "state:ITA")
    assert mention_of(layer, "Ruritania").actor_id == "state:RUR"
    assert mention_of(layer, "Italy").actor_id == "state:ITA"


def test_group_within_a_country(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Ruritanian Highlanders marched on the capital.")
    assert code_of(layer, "Ruritanian Highlanders") == "RUR CVL"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Ruritania, the Free Hand (FH) Youth Wing claimed the attack.", "org:free-hand-youth"),
        # negative: an ambiguous alias with its country nowhere in the text
        ("The Youth Wing met on Monday to choose a captain.", None),
    ],
)
def test_part_of_an_organisation_and_ambiguous_aliases(
    layer_of: Callable[..., ActorLayer], text: str, expected: str | None
) -> None:
    layer = layer_of(text)
    assert any(m.actor_id == "org:free-hand-youth" for m in layer.mentions) is (expected is not None)
    if expected:
        assert mention_of(layer, "the Free Hand (FH) Youth Wing").actor_id == expected


@pytest.mark.parametrize(
    ("text", "mention", "is_the_org"),
    [
        ("Free Hand fighters entered the town.", "Free Hand fighters", True),
        ("Free Hand leaders denied it.", "Free Hand leaders", True),
        # negative: a critic of an organisation is not the organisation
        ("A Free Hand critic was arrested in Strelsau.", "A Free Hand critic", False),
    ],
)
def test_people_of_an_organisation(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, is_the_org: bool
) -> None:
    assert (mention_of(layer_of(text), mention).actor_id == "org:free-hand") is is_the_org


# ---- where an actor belongs: residence, context, titles ---------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a people is coded by the country it lives in
        ("Bosnian Serbs demanded a truce.", "Bosnian Serbs", "BIH CVL"),
        ("Ethnic Albanians in Macedonia demanded autonomy.", "Ethnic Albanians", "MKD CVL"),
        ("The Albanians of southern Serbia demanded autonomy.", "The Albanians", "SRB CVL"),
        ("Ethnic Albanian rebels operating in Macedonia laid down their arms.", "Ethnic Albanian rebels", "MKD REB"),
        # negative: a nationality, not a people living abroad
        ("Turkish Cypriots demanded a truce.", "Turkish Cypriots", "CYP CVL"),
        ("Albanians in Macedonia demanded autonomy.", "Albanians", "ALB CVL"),
        ("The Palestinians of Ruritania demanded autonomy.", "The Palestinians", "PSE CVL"),
    ],
)
def test_a_people_is_coded_where_it_lives(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an unnamed group takes the country its sentence places it in, or the one country named
        ("The Ruritanian government accepted demands from rebels.", "rebels", "RUR REB"),
        ("Rebels attacked a village in Zenda.", "Rebels", "RUR REB"),
        # negative: soldiers often act abroad; a place in a condition sets no scene
        ("Ruritanian troops killed three rebels.", "rebels", "REB"),
        ("Italy will not send civilians if war starts in Ruritania.", "civilians", "CVL"),
        ("Rebels attacked villages in Zenda and in Italy.", "Rebels", "REB"),
    ],
)
def test_an_unnamed_group_takes_the_country_of_its_sentence(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Judge Alan Brooke opened an investigation into Ruritanian officials.", "RUR"),
        # negative: with no title, a name is nobody in particular
        ("Alan Brooke opened an investigation into Ruritanian officials.", None),
        # negative: an apposition says whom the person serves
        ("Judge Alan Brooke, a Zenda Pact envoy, opened an investigation into Ruritanian officials.", None),
    ],
)
def test_a_titled_person_the_dictionary_does_not_know(
    layer_of: Callable[..., ActorLayer], text: str, country: str | None
) -> None:
    layer = layer_of(text)
    m = next(m for m in layer.mentions if "Alan Brooke" in m.text)
    a = layer.actor(m.actor_id)
    assert a is not None and a.type == "person" and a.country == country


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("New Zenda Pact members objected to the plan.", "org:zenda-pact"),
        ("Some Zenda Pact states objected to the plan.", "org:zenda-pact"),
        # negative: the whole membership
        ("Zenda Pact members objected to the plan.", "group:zenda-pact-members"),
    ],
)
def test_part_of_a_group_stands_for_its_body(
    layer_of: Callable[..., ActorLayer], text: str, actor_id: str
) -> None:
    layer = layer_of(text)
    assert any(m.actor_id == actor_id for m in layer.mentions)


def test_a_group_of_one_countrys_organisations_has_that_country(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Hand factions rejected the offer.")
    assert code_of(layer, "Hand factions") == "RUR REB"
    # negative: a group of countries has no single country
    layer = layer_of("Zenda Pact members rejected the offer.")
    a = layer.actor(mention_of(layer, "Zenda Pact members").actor_id)
    assert a is not None and a.country is None


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("The PRC demanded that Italy cancel the sale.", "state:CHN"),
        # negative: the article is about the country of the other reading
        ("The PRC fired rockets from Gaza at Israel.", "org:popular-resistance-committees"),
    ],
)
def test_an_ambiguous_acronym_follows_the_countries_named(
    layer_of: Callable[..., ActorLayer], text: str, actor_id: str
) -> None:
    assert mention_of(layer_of(text), "The PRC").actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Congolese troops clashed with rebels.", "Congolese troops", "COD MIL"),  # the default reading
        ("An Israeli protester was arrested.", "An Israeli protester", "ISR CVL OPP"),
        # negative: "anti-" states a stance, not a nationality
        ("An anti-Israel protester was arrested.", "An anti-Israel protester", "CVL OPP"),
    ],
)
def test_demonym_readings(layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "pronoun", "nth", "actor_id"),
    [
        ("Ruritanian rebels killed 12 civilians and themselves.", "themselves", 0, "sector:RUR:REB"),
        ("Ruritanian rebels killed 12 civilians when they attacked the bus.", "they", 0, "sector:RUR:REB"),
        # negative: across sentences the last plural named is still the antecedent
        ("Ruritanian rebels met the Italian soldiers. They were afraid.", "They", 0, "sector:ITA:MIL"),
    ],
)
def test_pronouns_bound_by_the_syntax(
    layer_of: Callable[..., ActorLayer], text: str, pronoun: str, nth: int, actor_id: str
) -> None:
    assert mention_of(layer_of(text), pronoun, nth).actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a possessive pronoun gives its antecedent's country ("their troops", "its forces")
        ("Ruritanian rebels said their troops had withdrawn.", "their troops", "RUR MIL"),
        # troops and reporters take a country only from where the sentence places them
        ("Ruritanian officials told reporters in Strelsau.", "reporters", "RUR MED"),
        # negative: no place, and the one country named is the speaker's
        ("Ruritanian officials told reporters.", "reporters", "MED"),
        # negative: a country's name in the name of a sea places nothing
        ("Rebels attacked ships in the Gulf of Finland.", "Rebels", "REB"),
        ("Rebels attacked villages in Finland.", "Rebels", "FIN REB"),
    ],
)
def test_possessors_and_places_of_unnamed_groups(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


def test_relational_nouns_are_other_parties(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Ruritania warned its neighbours.")
    assert code_of(layer, "its neighbours") == "CVL"
    # negative: the owner's own people
    assert code_of(layer_of("Ruritania warned its civilians."), "its civilians") == "RUR CVL"


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("President Presta said the talks would resume.", "President Presta", "person:anna-presta"),
        # negative: the surname of a known person used as someone else's first name
        ("Presta Morgan led the service on Sunday.", "Presta Morgan", "person:presta-morgan"),
    ],
)
def test_a_known_name_followed_by_another_name_is_someone_else(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # commentators are not placed by the places they talk about
        ("The talks in Zenda failed, analysts said.", "analysts", "EDU"),
        ("Experts say the fighting in Ruritania will go on.", "Experts", "EDU"),
        # nor by the clause an "according to" phrase sources
        ("Ruritania could become a priority if it changes course, according to experts.", "experts", "EDU"),
        # near miss: a place in the phrase itself places them
        ("The talks in Zenda failed, according to analysts in Ruritania.", "analysts in Ruritania", "RUR EDU"),
        # nor by a party of their sentence outside what they say
        ("If Ruritania tests a missile, experts think the talks will end.", "experts", "EDU"),
        # near miss: a party in their own phrase does
        ("Experts from the Ruritanian foreign ministry think the talks will end.", "Experts", "RUR EDU"),
        # negative: a place that frames them still places them
        ("Analysts in Zenda said the talks failed.", "Analysts in Zenda", "RUR EDU"),
        # near miss: residents speaking of their town are placed by it
        ("Residents said the shelling in Zenda went on.", "Residents", "RUR CVL"),
    ],
)
def test_commentators_are_not_placed_by_what_they_say(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # who reports a group does not place it: the speaker's country is not the victims'
        ("Ruritanian officials said 300 people died.", "people", "CVL"),
        ("Ruritania rejected the ministry's claim that 300 people died.", "people", "CVL"),
        # negative: a group the speaker acts on, not one it reports, still takes the sentence's country
        ("Ruritanian officials evacuated 300 people.", "people", "RUR CVL"),
        # near miss: a place in the report places the group
        ("Ruritanian officials said 300 people died in Zenda.", "people", "RUR CVL"),
    ],
)
def test_who_reports_a_group_does_not_place_it(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a country's name before a noun of expertise is what the expert knows about
        ("Ann Hale, a Ruritania expert at the institute, said talks were over.", "Ann Hale", "EDU"),
        ("A Ruritania analyst said talks were over.", "A Ruritania analyst", "EDU"),
        # negative: the adjective says where the expert is from
        ("A Ruritanian analyst said talks were over.", "A Ruritanian analyst", "RUR EDU"),
        # near miss: a country's name before another noun is its people's
        ("A Ruritania official said talks were over.", "A Ruritania official", "RUR GOV"),
    ],
)
def test_a_country_before_a_noun_of_expertise_is_its_topic(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a group placed in places of no one country takes no country from its sentence
        ("The paper cited police in two Western countries as saying the ship would leave Ruritania.", "police",
         "COP"),
        # negative: with no place of their own, the one country the sentence names
        ("The paper cited police as saying the ship would leave Ruritania.", "police", "RUR COP"),
        # near miss: a place name places them
        ("The paper cited police in Zenda as saying the ship would leave.", "police in Zenda", "RUR COP"),
    ],
)
def test_a_group_placed_in_general_places(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # who owns or runs a thing ("a mine operated by ...") does not place the people there
        ("Gunmen killed 11 workers at a mine operated by a company from Ruritania.", "workers", "LAB CVL"),
        ("An explosion killed 11 workers at a factory owned by Ruritania.", "workers", "LAB CVL"),
        # negative: a place that frames the sentence still places them
        ("Gunmen killed 11 workers at a mine in Zenda operated by a local firm.", "workers", "RUR LAB CVL"),
        # near miss: their own adjective
        ("Gunmen killed 11 Ruritanian workers at a mine operated by a local firm.", "Ruritanian workers", "RUR LAB CVL"),
    ],
)
def test_an_owner_phrase_places_nobody(layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "is_person"),
    [
        # a one-word "person" the article moves people to, or puts things in, is a town
        ("Aid workers returned to Kismayo on Monday. Kismayo was quiet.", False),
        # negative: a one-word name only ever spoken of as a person stays one
        ("Kismayo said the roads were open. Kismayo was quiet.", True),
        # near miss: "at" after a verb of no travel says nothing of a place
        ("Aid workers shouted at Kismayo on Monday. Kismayo was quiet.", True),
    ],
)
def test_a_one_word_person_used_as_a_place_is_a_town(
    layer_of: Callable[..., ActorLayer], text: str, is_person: bool
) -> None:
    layer = layer_of(text)
    found = [m for m in layer.mentions if m.text == "Kismayo"]
    assert len(found) == 2
    kinds = {(layer.actor(m.actor_id).type if m.actor_id and layer.actor(m.actor_id) else None) for m in found}
    assert (kinds == {"person"}) is is_person, kinds


# (rule, kind, text, the name): entities.place_noun_names, a name given as the name of a place noun
PLACE_NOUN_NAMES: list[tuple[str, str, str, str, bool]] = [
    ("place noun", "positive", "Leaders met reporters in the regional capital, Grace Banda, on Monday.", "Grace Banda", False),
    ("place noun", "positive", "Rebels entered the town of Amina Bello on Sunday.", "Amina Bello", False),
    ("place noun", "positive", "Kanye Omari, a northern region, was hit by floods.", "Kanye Omari", False),
    ("place noun", "positive", "Officials in Kanye Omari District said 12 people died.", "Kanye Omari District", False),
    ("place noun", "positive", "Residents of Mario Rossi County fled the floods.", "Mario Rossi County", False),
    # negative: a person described by a noun of no place stays one
    ("place noun", "negative", "The president named Grace Banda, a lawyer from the capital, as minister.", "Grace Banda", True),
    # near miss: "of" after a noun of no place ("the mayor of X" is still a person's title)
    ("place noun", "near miss", "Reporters met the family of Grace Banda on Sunday.", "Grace Banda", True),
    # near miss: a place noun in lower case after a name is no part of it
    ("place noun", "near miss", "Grace Banda toured the district on Sunday.", "Grace Banda", True),
    # entities.placed_here: a name of several words as the object of a place preposition
    ("placed here", "positive", "Rescuers in Kyun Pin Kone said 12 people died on Sunday.", "Kyun Pin Kone", False),
    ("placed here", "positive", "Rescuers in Thar Yar Gone said 12 people died on Sunday.", "Thar Yar Gone", False),
    ("placed here", "negative", "Reporters met Thar Yar Gone on Sunday.", "Thar Yar Gone", True),
    ("placed here", "near miss", "Reporters spoke with Thar Yar Gone in the capital on Sunday.", "Thar Yar Gone", True),
]


@pytest.mark.parametrize(("rule", "kind", "text", "name", "is_person"), PLACE_NOUN_NAMES,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in PLACE_NOUN_NAMES])
def test_a_name_given_to_a_place_noun_is_a_place(
    layer_of: Callable[..., ActorLayer], rule: str, kind: str, text: str, name: str, is_person: bool
) -> None:
    layer = layer_of(text)
    found = [m for m in layer.mentions if m.text == name]
    assert found, (rule, kind, [m.text for m in layer.mentions])
    kinds = {(layer.actor(m.actor_id).type if m.actor_id and layer.actor(m.actor_id) else None) for m in found}
    assert (kinds == {"person"}) is is_person, (rule, kind, kinds)


def test_every_place_noun_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(PLACE_NOUN_NAMES)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


# (text, mention, the code of its actor): who backs, or acts on, a group of people is no country of theirs
PLACEMENTS = [
    # a country before "-backed" is a patron, never the country of the group it backs
    ("Ruritania-backed rebels said they had taken the bridge.", "Ruritania-backed rebels", "REB"),
    ("The Ruritanian-backed militia said it had taken the bridge.", "The Ruritanian-backed militia", "REB"),
    # the same said with a verb: the patron is no country of theirs either
    ("Rebels backed by Ruritania said they had taken the bridge.", "Rebels", "REB"),
    # negative: the country's adjective with no patron word is the group's country
    ("Ruritanian rebels said they had taken the bridge.", "Ruritanian rebels", "RUR REB"),
    # near miss: a place the group is in still places it, whoever backs it
    ("Ruritania-backed rebels in Zenda said they had taken the bridge.", "Ruritania-backed rebels in Zenda",
     "RUR REB"),
    # a people's adjective before "-backed" names the patron state, not its civilians
    ("The Ruritanian-backed coalition struck a depot.", "Ruritanian", "RUR"),
    # negative: the adjective alone before a noun of no actor is the country's
    ("Ruritanian forces struck a depot.", "Ruritanian forces", "RUR MIL"),
    # near miss: a people's noun standing alone is its civilians
    ("Ruritanians marched in the capital.", "Ruritanians", "RUR CVL"),
    # positive: the subject of a verb acting on the people is no place of theirs
    ("Ruritania killed 40 civilians, the rebels said.", "civilians", "CVL"),
    ("Ruritania will not admit refugees.", "refugees", "REF"),
    # negative: a verb that does not act on others' people (a state evacuates its own)
    ("Ruritania evacuated 40 civilians.", "civilians", "RUR CVL"),
    # near miss: the actor in another clause still places them
    ("Ruritania complained over raids in which 40 people were killed.", "people", "RUR CVL"),
    # positive: an actor denying (or vowing) an act of harm is its doer, whose people are not the victims
    ("Ruritania denied hitting the school, and the mayor said 40 people were killed.", "people", "CVL"),
    # negative: denying something that acts on no one leaves the sentence's country
    ("Ruritania denied closing the school, and the mayor said 40 people were killed.", "people", "RUR CVL"),
    # positive: the one accused of the act is its alleged doer
    ("The rebels blamed Ruritania for the blast that killed 40 people.", "people", "CVL"),
    # near miss: the one who blames is no doer (and may be the victims' side)
    ("Ruritania blamed the rebels for the blast that killed 40 people.", "people", "RUR CVL"),
]


@pytest.mark.parametrize(("text", "mention", "code"), PLACEMENTS, ids=[str(i) for i in range(len(PLACEMENTS))])
def test_a_patron_or_a_doer_is_no_country_of_the_people(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # positive: a people's word before a territory noun in a locative phrase places the group
        ("Kenya accused militants on Somali soil of the attack.", "SOM"),
        ("Russia said rebels on Syrian territory fired at the base.", "SYR"),
        # negative: a people's word before a group of people names them, not a place
        ("Kenya accused militants of the attack on Somali troops.", "KEN"),
        # near miss: a territory noun that is acted on, in no locative phrase, is no place
        ("Kenya accused militants of seizing Somali territory.", "KEN"),
    ],
)
def test_a_peoples_word_before_a_territory_noun_is_a_place(
    layer_of: Callable[..., ActorLayer], text: str, country: str
) -> None:
    m = next(m for m in layer_of(text).mentions if m.text in ("militants", "rebels"))
    assert m.actor_id is not None and country in m.actor_id


# a country's cue words are counted as whole words of the article, once per article
CUE_COUNTS = [
    ("positive: a cue written twice as a word", ["Northvale"], 2),
    ("near miss: the cue only inside longer words", ["Vale"], 0),
    ("negative: a cue the article lacks", ["Eastport"], 0),
    ("several cues add up", ["Northvale", "Zenda", "Eastport"], 3),
]


@pytest.mark.parametrize(("name", "cue_words", "count"), CUE_COUNTS, ids=[c[0] for c in CUE_COUNTS])
def test_country_cues_count_whole_words(test_actor_data: Any, parse: Callable[..., ParsedDoc],
                                        name: str, cue_words: list[str], count: int) -> None:
    pd = parse("Northvale and Zenda traded fire; Northvalean troops crossed the Valeside bridge, Northvale said.")
    state = ArticleState(pd, test_actor_data.dictionary, test_actor_data.matcher)
    assert cues(state, cue_words) == count, name
    assert cues(state, cue_words) == count and set(cue_words) <= set(state.cue_cache), name  # from the cache


# (rule, kind, sentence, mention, expected code; None: no actor)
REGION_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # extra_places.csv: the regions and towns of a country are places of that country, not people
    ("region is a place", "positive", "Aid trucks reached Tigray on Monday.", "Tigray", "ETH"),
    ("region is a place", "positive", "Drones hit an oil depot in Bryansk.", "Bryansk", "RUS"),
    ("region is a place", "positive", "Floods swept through Sindh.", "Sindh", "PAK"),
    ("region is a place", "positive", "Voters in Quebec rejected the plan.", "Quebec", "CAN"),
    # ... and place an unnamed group in that country
    ("region is a place", "positive", "Gunmen in Zamfara abducted 30 pupils.", "Gunmen in Zamfara", "NGA REB"),
    # negative: a disputed region of no one country is listed nowhere
    ("region is a place", "negative", "Clashes erupted in Kashmir.", "Kashmir", None),
    # near miss: a body named after a region is that body
    ("region is a place", "near miss", "The Tigray People's Liberation Front rejected the deal.",
     "The Tigray People's Liberation Front", "ETH PTY REB"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "code"), REGION_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in REGION_ROWS])
def test_regions_of_a_country(layer_of: Callable[..., ActorLayer], rule: str, kind: str, text: str, mention: str,
                              code: str | None) -> None:
    assert code_of(layer_of(text), mention) == code, (rule, kind)


def test_every_region_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(REGION_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


OWNER_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # nominals.owner_country: an organisation of one country that possesses a phrase gives it that country
    ("organisation possessor", "positive", "Kyiv said the Kremlin's war machine was stalling.",
     "the Kremlin's war machine", "RUS MIL"),
    ("organisation possessor", "positive", "Beijing said the Pentagon's war machine threatened peace.",
     "the Pentagon's war machine", "USA MIL"),
    # negative: an organisation of no one country gives none
    ("organisation possessor", "negative", "Kyiv said NATO's war machine was a myth.", "NATO's war machine", "MIL"),
    # near miss: an organisation's name as a modifier, not a possessor, says what the noun is about
    ("organisation possessor", "near miss", "A Kremlin critic was jailed on Monday.", "A Kremlin critic", "OPP CVL"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "code"), OWNER_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in OWNER_ROWS])
def test_an_organisation_possessor_gives_its_country(layer_of: Callable[..., ActorLayer], rule: str, kind: str,
                                                      text: str, mention: str, code: str | None) -> None:
    assert code_of(layer_of(text), mention) == code, (rule, kind)


def test_every_owner_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(OWNER_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


PEOPLE_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # countries.csv: a people that lives (nearly) only in one country is of that country
    ("people of one country", "positive", "Tigrayan fighters shelled the airport.", "Tigrayan fighters", "ETH REB"),
    ("people of one country", "positive", "Yazidi survivors returned to their villages.", "Yazidi survivors",
     "IRQ CVL"),
    ("people of one country", "positive", "Zulu protesters blocked the road.", "Zulu protesters", "ZAF CVL OPP"),
    # negative: where the sentence puts them, they are coded by that country ("ethnic Albanians in Macedonia")
    ("people of one country", "negative", "Ethnic Uyghurs in Kazakhstan protested.", "Ethnic Uyghurs", "KAZ CVL"),
    # near miss: a people of several countries takes none
    ("people of one country", "near miss", "Kurdish fighters clashed with troops.", "Kurdish fighters", "REB"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "code"), PEOPLE_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in PEOPLE_ROWS])
def test_a_people_of_one_country(layer_of: Callable[..., ActorLayer], rule: str, kind: str, text: str,
                                 mention: str, code: str | None) -> None:
    assert code_of(layer_of(text), mention) == code, (rule, kind)


def test_every_people_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(PEOPLE_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


CAPITAL_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # readings.capital_acts, travelled: a capital that someone visits, leaves or marches through is a place
    ("capital travelled to", "positive", "The envoy visited Tehran on Monday.", "Tehran", "IRN"),
    ("capital travelled to", "positive", "The delegation left Caracas on Sunday.", "Caracas", "VEN"),
    ("capital travelled to", "positive", "Protesters marched through Nairobi.", "Nairobi", "KEN"),
    # negative: the object of an act, or a recipient, is the government
    ("capital travelled to", "negative", "Moscow warned Kyiv against the move.", "Kyiv", "UKR GOV"),
    ("capital travelled to", "negative", "Beijing sent Washington a warning.", "Washington", "USA GOV"),
    # near miss: the object of another verb
    ("capital travelled to", "near miss", "The minister praised Tehran for its help.", "Tehran", "IRN GOV"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "code"), CAPITAL_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in CAPITAL_ROWS])
def test_a_capital_travelled_to_is_a_place(layer_of: Callable[..., ActorLayer], rule: str, kind: str, text: str,
                                           mention: str, code: str | None) -> None:
    assert code_of(layer_of(text), mention) == code, (rule, kind)


def test_every_capital_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(CAPITAL_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


REGION_NOUN_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # nominals.named_region: "in Zamfara state" is the place, not a government
    ("region noun", "positive", "Gunmen abducted 40 pupils in Katsina state.", "Katsina state", "NGA"),
    ("region noun", "positive", "Troops clashed with rebels in northern Shan state.", "northern Shan state", "MMR"),
    # negative: the region's government named as such acts
    ("region noun", "negative", "The Katsina state government imposed a curfew.", "The Katsina state government",
     "NGA GOV"),
    # near miss: "state" alone, with no place's name, is no place
    ("region noun", "near miss", "The state said it would pay the workers.", "The state", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "code"), REGION_NOUN_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in REGION_NOUN_ROWS])
def test_a_named_region_is_a_place(layer_of: Callable[..., ActorLayer], rule: str, kind: str, text: str,
                                   mention: str, code: str | None) -> None:
    assert code_of(layer_of(text), mention) == code, (rule, kind)


def test_every_region_noun_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(REGION_NOUN_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


ARMED_GROUP_ROWS: list[tuple[str, str, str, str, str | None]] = [
    # organisations.csv: armed groups and criminal groups of every region, each of its country
    ("armed group", "positive", "The New People's Army attacked a mine in Samar.", "The New People's Army", "PHL REB"),
    ("armed group", "positive", "The Jalisco New Generation Cartel ambushed soldiers.",
     "The Jalisco New Generation Cartel", "MEX CRM"),
    ("armed group", "positive", "Ambazonia Defence Forces fighters burned a school.",
     "Ambazonia Defence Forces fighters", "CMR REB"),
    # negative: an ambiguous acronym with nothing of its country in the text is no one's
    ("armed group", "negative", "The NPA said it would free the soldiers.", "The NPA", ""),
    # near miss: with its country in the text it is the group
    ("armed group", "near miss", "The NPA said in Manila that it would free the soldiers.", "The NPA", "PHL REB"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "code"), ARMED_GROUP_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ARMED_GROUP_ROWS])
def test_armed_groups_of_every_region(layer_of: Callable[..., ActorLayer], rule: str, kind: str, text: str,
                                      mention: str, code: str | None) -> None:
    assert code_of(layer_of(text), mention) == code, (rule, kind)


def test_every_armed_group_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ARMED_GROUP_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # positive: where a clause on another noun puts that noun does not place the speaker
        ("An Interior Ministry spokesman said that terrorist groups based in northern Iraq had organised "
         "the violence.", "An Interior Ministry spokesman", "GOV COP"),
        ("A police spokesman said armed men who live in Italy had organised the riots.", "A police spokesman", "COP"),
        # negative: a place of the events the speaker reports still does ("officials said ... in Kabul")
        ("An army spokesman said troops had opened the road in Zenda.", "An army spokesman", "RUR MIL"),
        # near miss: a clause on the speaker's own noun places the speaker
        ("An army spokesman based in Zenda said the road was open.", "An army spokesman", "RUR MIL"),
    ],
)
def test_a_place_in_a_clause_on_another_noun_does_not_place_the_speaker(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


# the sides of a conflict (coref.yaml side_modifiers) take no country from the context: "Egypt
# called on the warring parties" asks others; their own place or owner still gives one
SIDE_ROWS: list[tuple[str, str, str, str, str | None]] = [
    ("sides", "positive", "Egypt called on the warring parties to return to talks.", "the warring parties", "PTY"),
    ("sides", "positive", "Italy urged the belligerent parties to respect the truce.", "the belligerent parties", "PTY"),
    ("sides", "negative", "Police in Egypt arrested party members.", "party members", "EGY PTY"),
    ("sides", "near miss", "Sudan's warring parties met in Jeddah.", "Sudan's warring parties", "SDN PTY"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "code"), SIDE_ROWS,
                         ids=[f"{r[1]}:{r[2][:30]}" for r in SIDE_ROWS])
def test_the_sides_of_a_conflict_are_no_one_s_people(layer_of: Callable[..., ActorLayer], rule: str, kind: str,
                                                     text: str, mention: str, code: str | None) -> None:
    assert code_of(layer_of(text), mention) == code, (rule, kind)


def test_every_side_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(SIDE_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds
