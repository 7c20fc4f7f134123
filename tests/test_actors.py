"""Actor resolution rules, table-driven, with negative cases.

The tests run against a small user dictionary (``TEST_DICTIONARY``, written to a temp file and
passed through ``newsledger.actors.configure``) so that they test the rules, not the contents of
the packaged data files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger import actors
from newsledger.actors import ActorLayer, extract_actors
from newsledger.config import Settings
from newsledger.nlp import ParsedDoc

TEST_DICTIONARY = """\
countries:
  - {code: RUR, name: Ruritania, formal_name: Kingdom of Ruritania, demonyms: Ruritanian|Ruritanians,
     adjectives: Ruritanian, capital: Strelsau, region: Europe, ambiguous: 0}
  - {code: ISR, name: Israel, formal_name: State of Israel, demonyms: Israeli|Israelis, adjectives: Israeli,
     capital: Jerusalem, ambiguous: 0}
  - {code: PSE, name: Palestine, formal_name: State of Palestine, aliases: Gaza|Gaza Strip,
     demonyms: Palestinian|Palestinians, adjectives: Palestinian, capital: Ramallah, ambiguous: 0}
  - {code: IRN, name: Iran, demonyms: Iranian|Iranians, adjectives: Iranian, capital: Tehran, ambiguous: 0}
  - {code: USA, name: United States, aliases: US|U.S.|America, demonyms: American|Americans,
     adjectives: American|U.S., capital: Washington, ambiguous: 1, ambiguous_terms: Washington|US}
  - {code: JOR, name: Jordan, demonyms: Jordanian|Jordanians, adjectives: Jordanian, capital: Amman,
     ambiguous: 1, ambiguous_terms: Jordan}
  - {code: GEO, name: Georgia, demonyms: Georgian|Georgians, adjectives: Georgian, capital: Tbilisi,
     ambiguous: 1, ambiguous_terms: Georgia}
  - {code: RUS, name: Russia, demonyms: Russian|Russians, adjectives: Russian, capital: Moscow, ambiguous: 0}
  - {code: DEU, name: Germany, demonyms: German|Germans, adjectives: German, capital: Berlin, ambiguous: 0}
  - {code: FRA, name: France, demonyms: French, adjectives: French, capital: Paris, ambiguous: 0}
  - {code: ITA, name: Italy, demonyms: Italian|Italians, adjectives: Italian, capital: Rome, ambiguous: 0}
  - {code: EGY, name: Egypt, demonyms: Egyptian|Egyptians, adjectives: Egyptian, capital: Cairo, ambiguous: 0}
  - {code: TCD, name: Chad, demonyms: Chadian|Chadians, adjectives: Chadian, capital: N'Djamena,
     ambiguous: 1, ambiguous_terms: Chad}
  - {code: SYC, name: Seychelles, aliases: the Seychelles, demonyms: Seychellois, adjectives: Seychellois,
     capital: Victoria, ambiguous: 1, ambiguous_terms: Victoria}
  - {code: COG, name: Congo, demonyms: Congolese, adjectives: Congolese, capital: Brazzaville, ambiguous: 1,
     ambiguous_terms: Congolese}
  - {code: COD, name: DR Congo, demonyms: Congolese, adjectives: Congolese, capital: Kinshasa, ambiguous: 1,
     ambiguous_terms: Congolese}
people:
  - {id: person:anna-presta, name: Anna Presta, aliases: Presta, country: RUR, sector: GOV,
     role: president, titles: President, start: 2010-01-01, end: 2015-12-31}
  - {id: person:boris-kandel, name: Boris Kandel, aliases: Kandel, country: RUR, sector: GOV,
     role: president, titles: President, start: 2016-01-01, end: ""}
  - {id: person:vera-lind, name: Vera Lind, aliases: Lind, country: RUR, sector: GOV,
     role: foreign minister, start: 2019-03-01, end: ""}
  - {id: person:omar-testa, name: Omar Testa, aliases: Testa, country: RUR, sector: GOV,
     role: supreme leader, titles: Leader of the Revolution|His Eminence, start: 2001-01-01, end: ""}
  - {id: karl-wendt, name: Karl Wendt, aliases: Wendt, country: FREE-HAND, sector: REB,
     role: Commander, titles: Hand chief, start: 2018-01-01, end: 2021-12-31}
  - {id: lena-wendt, name: Lena Wendt, country: FREE-HAND, sector: REB,
     role: Commander, titles: Hand chief, start: 2022-01-01, end: ""}
organisations:
  - {id: org:free-hand, name: Free Hand, aliases: Free Hand Movement, country: RUR, sectors: REB,
     type: armed group}
  - {id: free-hand-youth, name: Free Hand Youth Wing, aliases: Youth Wing, country: RUR, sectors: REB,
     type: armed group, parent: free-hand, ambiguous_aliases: Youth Wing}
  - {id: zenda-pact, name: Zenda Pact, aliases: Zenda Pact Organisation, sectors: IGO, type: igo}
groups:
  - {id: group:northern-governments, name: Northern governments, aliases: northern states|northern countries,
     sectors: GOV, members: ""}
  - {id: rur-ita, name: Ruritania and Italy, aliases: Ruritania and Italy, sectors: GOV, members: RUR|ITA}
  - {id: highlanders, name: Highlanders, aliases: Highlanders, sectors: CVL, members: ""}
  - {id: zenda-pact-members, name: Zenda Pact members, aliases: Zenda Pact members|Zenda Pact states,
     sectors: GOV, members: RUR|ITA, member_orgs: zenda-pact}
  - {id: hand-factions, name: Hand factions, aliases: Hand factions, sectors: REB,
     member_orgs: free-hand|free-hand-youth}
places:
  - {name: Zenda, aliases: Zenda Castle, country: RUR, kind: city, note: ""}
sectors:
  - {term: troop, plural: troops, sectors: MIL, type: group}
  - {term: soldier, plural: soldiers, sectors: MIL, type: person}
  - {term: armed forces, plural: armed forces, sectors: MIL, type: organisation}
  - {term: police, plural: police, sectors: COP, type: group}
  - {term: child, plural: children, sectors: CVL, type: person}
  - {term: woman, plural: women, sectors: CVL, type: person}
  - {term: civilian, plural: civilians, sectors: CVL, type: person}
  - {term: people, plural: people, sectors: CVL, type: group}
  - {term: government, plural: governments, sectors: GOV, type: organisation}
  - {term: leader, plural: leaders, sectors: GOV, type: person}
  - {term: regime, plural: regimes, sectors: GOV, type: organisation}
  - {term: rebel, plural: rebels, sectors: REB, type: person}
framing:
  - {term: Strelsau clique, kind: loaded_label, refers_to: RUR, sector: GOV, conflict: test, used_by: "", note: ""}
  - {term: His Eminence, kind: honorific, refers_to: "", sector: "", conflict: "", used_by: "", note: ""}
  - {term: His Holiness, kind: honorific, refers_to: "", sector: "", conflict: "", used_by: "", note: ""}
  - {term: rebel movement, kind: loaded_label, refers_to: "", sector: REB, conflict: "", used_by: "", note: ""}
  - {term: massacre, kind: loaded_term, refers_to: "", sector: "", conflict: "", used_by: "", note: ""}
"""


def write_test_dictionary(folder: Path) -> Path:
    path = folder / "test_actors.yaml"
    path.write_text(TEST_DICTIONARY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def test_dictionary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = write_test_dictionary(tmp_path_factory.mktemp("actors"))
    actors.configure(Settings(actors_files=(str(path),)))
    yield path
    actors.configure(Settings())


@pytest.fixture
def layer_of(test_dictionary: Path, parse: Callable[..., ParsedDoc]) -> Callable[..., ActorLayer]:
    def _layer(text: str, **meta: Any) -> ActorLayer:
        return extract_actors(parse(text, **meta))

    return _layer


def _mention(layer: ActorLayer, text: str, nth: int = 0) -> Any:
    found = [m for m in layer.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r} in {[m.text for m in layer.mentions]}"
    return found[nth]


def _code(layer: ActorLayer, text: str, nth: int = 0) -> str | None:
    m = _mention(layer, text, nth)
    a = layer.actor(m.actor_id)
    return a.code if a is not None else None


# ---- names, demonyms, nested descriptions ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Israeli troops in Gaza fired on a crowd.", "Israeli troops", "ISR MIL"),
        ("The Iranian Armed Forces held drills on Monday.", "The Iranian Armed Forces", "IRN MIL"),
        ("Israel's army said it had withdrawn from the border.", "Israel's army", "ISR MIL"),
        ("Ruritanian soldiers crossed the river.", "Ruritanian soldiers", "RUR MIL"),
        ("Palestinians marched through the town.", "Palestinians", "PSE CVL"),
        ("The Palestinian people will not forget.", "The Palestinian people", "PSE CVL"),
        ("The Ruritanian government denied the report.", "The Ruritanian government", "RUR GOV"),
        ("Egypt signed the deal on Tuesday.", "Egypt", "EGY GOV"),
    ],
)
def test_names_and_descriptions_get_codes(layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str) -> None:
    assert _code(layer_of(text), mention) == code


def test_nested_description_keeps_the_place_apart(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Israeli troops in Gaza fired on a crowd.")
    assert _mention(layer, "Israeli troops").actor_id == "sector:ISR:MIL"
    assert _mention(layer, "Gaza").actor_id == "country:PSE"  # a place, not Palestine's government


def test_descriptor_and_name_make_one_mention(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The attack was claimed by the Ruritanian rebel movement Free Hand.")
    m = _mention(layer, "the Ruritanian rebel movement Free Hand")
    assert m.actor_id == "org:free-hand"
    assert _code(layer, "the Ruritanian rebel movement Free Hand") == "RUR REB"


def test_title_chain_before_a_name_is_one_mention(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Leader of the Revolution His Eminence Sayyed Omar Testa spoke on Sunday.")
    m = _mention(layer, "Leader of the Revolution His Eminence Sayyed Omar Testa")
    assert m.actor_id == "person:omar-testa"
    assert _code(layer, m.text) == "RUR GOV"


# ---- capitals as metonyms, travel sentences -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("Tehran said it would respond to the sanctions.", "Tehran", "state:IRN"),
        ("Washington's position has not changed, the spokesman said.", "Washington", "state:USA"),
        ("Washington said it would respond to the sanctions.", "Washington", "state:USA"),
        # negative: places, not governments
        ("Talks were held in Tehran on Monday.", "Tehran", "country:IRN"),
        ("The minister flew to Washington on Monday.", "Washington", "country:USA"),
    ],
)
def test_capitals(layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str) -> None:
    assert _mention(layer_of(text), mention).actor_id == actor_id


# ---- ambiguous names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "expect_type", "expect_country"),
    [
        ("Michael Jordan said he would return next season.", "Michael Jordan", "person", None),
        ("Jordan said he would play again next season.", "Jordan", "person", None),
        ("Denzel Washington won an award on Sunday.", "Denzel Washington", "person", None),
        # negative: the country
        ("Jordan and Egypt signed a gas deal on Tuesday.", "Jordan", "state", "JOR"),
        ("Georgia accused Russia of moving border posts closer to Tbilisi.", "Georgia", "state", "GEO"),
        # Georgia the US state, with American context
        ("Georgia's governor campaigned in Atlanta and Savannah ahead of the U.S. election.", "Georgia", "place", "USA"),
    ],
)
def test_ambiguous_names(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, expect_type: str, expect_country: str | None
) -> None:
    layer = layer_of(text)
    a = layer.actor(_mention(layer, mention).actor_id)
    assert a is not None
    assert a.type == expect_type
    assert a.country == expect_country


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Chad said he would play again next season.", True),
        # negative: spaCy may call it a PERSON, but "it" and "its" say otherwise
        ("Chad said on Monday that it would close its border.", False),
    ],
)
def test_pronouns_decide_a_country_name_tagged_person(
    layer_of: Callable[..., ActorLayer], text: str, person: bool
) -> None:
    a = _mention(layer_of(text), "Chad").actor_id
    assert (a != "state:TCD") is person


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Victoria said the talks had failed.", None),  # a first name as much as a capital
        ("Victoria said the talks had failed, the Seychelles foreign ministry added.", "state:SYC"),
    ],
)
def test_ambiguous_capital_needs_its_country_in_the_text(
    layer_of: Callable[..., ActorLayer], text: str, actor_id: str | None
) -> None:
    assert _mention(layer_of(text), "Victoria").actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Congolese troops clashed with rebels in Kinshasa.", "COD MIL"),
        ("Congolese troops clashed with rebels in Brazzaville.", "COG MIL"),
    ],
)
def test_demonym_shared_by_two_countries_follows_the_text(
    layer_of: Callable[..., ActorLayer], text: str, code: str
) -> None:
    assert _code(layer_of(text), "Congolese troops") == code


def test_us_state_reading_is_not_the_country(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Georgia's governor campaigned in Atlanta and Savannah ahead of the U.S. election.")
    assert all(m.actor_id != "state:GEO" for m in layer.mentions)


# ---- pronouns -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "actor_id"),
    [
        ("Anna Presta met Mr Boris Kandel in Strelsau. She said the meeting went well.", "She", "person:anna-presta"),
        ("Anna Presta met Mr Boris Kandel in Strelsau. He said the meeting went well.", "He", "person:boris-kandel"),
        ("Israeli troops entered the town. They said the operation was over.", "They", "sector:ISR:MIL"),
        ("Michael Jordan said he would return next season.", "he", "person:michael-jordan"),
        # negative: no antecedent at all, or none near enough
        ("He said it would rain.", "He", None),
        # the only person is more than three sentences back
        ("Anna Presta spoke. The sky was grey. It rained. The river rose. The town slept. He left.", "He", None),
    ],
)
def test_pronouns(layer_of: Callable[..., ActorLayer], text: str, pronoun: str, actor_id: str | None) -> None:
    layer = layer_of(text)
    m = _mention(layer, pronoun)
    assert m.kind == "pronoun"
    assert m.actor_id == actor_id


def test_she_does_not_go_back_to_a_man(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Mr Boris Kandel arrived. She said nothing.")
    assert _mention(layer, "She").actor_id is None


# ---- honorifics ---------------------------------------------------------------------------------


def test_honorific_resolves_to_the_person_so_called(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Leader of the Revolution His Eminence Sayyed Omar Testa spoke on Sunday. "
                     "His Eminence said the plan would work.")
    alone = [m for m in layer.mentions if m.text == "His Eminence"]
    assert alone and alone[0].kind == "honorific"
    assert alone[0].actor_id == "person:omar-testa"
    marks = [f for f in layer.framing if f.kind == "honorific" and f.text == "His Eminence"]
    assert len(marks) == 2 and {f.refers_to for f in marks} == {"person:omar-testa"}


def test_honorific_with_nobody_to_refer_to_stays_unresolved(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("His Holiness said the prayers would continue.")
    m = _mention(layer, "His Holiness")
    assert m.actor_id is None


# ---- titles by date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "actor_id"),
    [
        ("2012-05-01", "person:anna-presta"),
        ("2020-05-01", "person:boris-kandel"),
        (None, "person:boris-kandel"),  # no date: the latest holder
    ],
)
def test_title_resolves_to_the_office_holder_on_the_date(
    layer_of: Callable[..., ActorLayer], published: str | None, actor_id: str
) -> None:
    meta = {"published": published} if published else {}
    layer = layer_of("The Ruritanian president said on Monday that the talks would continue.", **meta)
    assert _mention(layer, "The Ruritanian president").actor_id == actor_id


def test_bare_title_uses_the_country_in_focus(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Ruritania held elections in May. The president said the vote was fair.", published="2020-05-01")
    assert _mention(layer, "The president").actor_id == "person:boris-kandel"


def test_title_goes_back_to_the_last_holder_named(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Ruritania's foreign minister arrived in Rome. The minister met her counterpart.",
                     published="2020-05-01")
    assert _mention(layer, "Ruritania's foreign minister").actor_id == "person:vera-lind"
    assert _mention(layer, "The minister").actor_id == "person:vera-lind"


def test_title_with_no_holder_stays_unresolved(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Officials in Zembla said the dam was safe.")
    assert _mention(layer, "Officials").actor_id is None


# ---- compounds, groups, anaphors ------------------------------------------------------------------


def test_coordinated_states_make_a_compound_and_keep_each_member(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Jordan and the United States signed a water deal on Tuesday.")
    comp = layer.actor(_mention(layer, "Jordan and the United States").actor_id)
    assert comp is not None and comp.type == "compound"
    assert comp.members == ("state:JOR", "state:USA")
    assert _mention(layer, "Jordan").actor_id == "state:JOR"
    assert _mention(layer, "the United States").actor_id == "state:USA"
    assert layer.codes(comp.id) == ["JOR GOV", "USA GOV"]


def test_leaders_of_several_countries_and_those_governments(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The prime minister criticised the leaders of Germany, France and Italy for their silence. "
                     "Those governments have not replied.")
    m = _mention(layer, "the leaders of Germany, France and Italy")
    comp = layer.actor(m.actor_id)
    assert comp is not None and comp.members == ("state:DEU", "state:FRA", "state:ITA")
    assert "GOV" in comp.sectors
    assert {_mention(layer, c).actor_id for c in ("Germany", "France", "Italy")} == {"state:DEU", "state:FRA", "state:ITA"}
    assert _mention(layer, "Those governments").actor_id == comp.id


def test_collective_group(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Some northern states have condemned the vote.")
    m = next(m for m in layer.mentions if "northern states" in m.text)
    assert m.actor_id == "group:northern-governments"


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("The Strelsau clique has ignored the protests. The regime said it would not resign.", "The regime", "state:RUR"),
        # negative: an indefinite description points back to nobody
        ("The Strelsau clique has ignored the protests. A regime like that will not last.", "A regime", None),
    ],
)
def test_definite_descriptions(layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None) -> None:
    assert _mention(layer_of(text), mention).actor_id == actor_id


def test_the_armed_forces_go_back_to_the_armed_forces_named(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The Iranian Armed Forces held drills. Later the Armed Forces said the drills had ended.")
    first = _mention(layer, "The Iranian Armed Forces")
    assert _code(layer, first.text) == "IRN MIL"
    assert _mention(layer, "the Armed Forces").actor_id == first.actor_id


def test_civilians_after_including_belong_to_the_group(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The shelling killed 40 Palestinians, including 12 children and 9 women.")
    assert _mention(layer, "children").actor_id == "sector:PSE:CVL"
    assert _mention(layer, "women").actor_id == "sector:PSE:CVL"


# ---- framing marks while naming -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "refers_to"),
    [
        ("Officials criticised the ‘Ruritanian’ government for the delay.", "‘Ruritanian’", "state:RUR"),
        ("The 'Israeli' army said it had withdrawn.", "'Israeli'", "state:ISR"),
        ("Critics attacked ‘Israel’s’ allies on Sunday.", "‘Israel’s’", "state:ISR"),
        ("Critics attacked ‘Israel’ on Sunday.", "‘Israel’", "state:ISR"),
    ],
)
def test_scare_quotes(layer_of: Callable[..., ActorLayer], text: str, quoted: str, refers_to: str) -> None:
    marks = [f for f in layer_of(text).framing if f.kind == "scare_quotes"]
    assert [(f.text, f.refers_to) for f in marks] == [(quoted, refers_to)]


@pytest.mark.parametrize(
    "text",
    [
        "'We will not give up,' she said.",  # a real quote
        "Israel's army said it had withdrawn from the border.",  # an apostrophe
        "Protesters chanted “Israel” outside the embassy.",  # double quotes
        "Critics called the shelling ‘a massacre’ on Sunday.",  # not a name
    ],
)
def test_no_scare_quotes(layer_of: Callable[..., ActorLayer], text: str) -> None:
    assert [f for f in layer_of(text).framing if f.kind == "scare_quotes"] == []


def test_loaded_label_refers_to_its_referent(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The Strelsau clique has ignored the protests.")
    marks = [f for f in layer.framing if f.kind == "loaded_label"]
    assert [(f.text, f.refers_to) for f in marks] == [("Strelsau clique", "state:RUR")]
    assert _mention(layer, "The Strelsau clique").actor_id == "state:RUR"


# ---- unresolved mentions are kept; offsets ---------------------------------------------------------


def test_unresolved_mentions_are_kept(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Officials in Zembla said the dam was safe. He said it would hold.")
    texts = {m.text: m.actor_id for m in layer.mentions}
    assert "Officials" in texts and texts["Officials"] is None
    assert "He" in texts and texts["He"] is None


def test_offsets_and_ids_are_valid(layer_of: Callable[..., ActorLayer], parse: Callable[..., ParsedDoc]) -> None:
    text = ("Leader of the Revolution His Eminence Sayyed Omar Testa said on Sunday that the ‘Ruritanian’ "
            "government and the Strelsau clique had failed.\n\nHis Eminence said Israeli troops and "
            "Ruritanian police were on alert. They said the leaders of Germany, France and Italy had "
            "stayed silent.")
    pd = parse(text)
    layer = extract_actors(pd)
    assert layer.mentions
    ids = [m.id for m in layer.mentions]
    assert len(ids) == len(set(ids))
    for m in layer.mentions:
        assert text[m.start:m.end] == m.text
        assert m.sentence == pd.sentence_index(m.start)
        assert m.actor_id is None or layer.actor(m.actor_id) is not None
    for f in layer.framing:
        assert text[f.start:f.end] == f.text
        assert f.refers_to is None or layer.actor(f.refers_to) is not None
    for a in layer.actors:
        for member in a.members:
            assert layer.actor(member) is not None


def test_empty_text(parse: Callable[..., ParsedDoc], test_dictionary: Path) -> None:
    assert extract_actors(parse("")) == ActorLayer()


def test_configure_reads_user_files_once(test_dictionary: Path) -> None:
    d = actors.current_dictionary()
    assert "RUR" in d.countries
    assert d is actors.current_dictionary()
    assert d.is_user("countries", "RUR")


# ---- places, offices, organisations, groups ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Fighting was reported in Zenda on Monday.", "Zenda said the siege had ended."],
)
def test_a_place_is_its_country_never_a_government(layer_of: Callable[..., ActorLayer], text: str) -> None:
    assert _mention(layer_of(text), "Zenda").actor_id == "country:RUR"


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
    comp = layer.actor(_mention(layer, "Ruritania and Italy").actor_id)
    assert comp is not None and comp.members == ("state:RUR", "state:ITA")
    assert _mention(layer, "Ruritania").actor_id == "state:RUR"
    assert _mention(layer, "Italy").actor_id == "state:ITA"


def test_group_within_a_country(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Ruritanian Highlanders marched on the capital.")
    assert _code(layer, "Ruritanian Highlanders") == "RUR CVL"


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
        assert _mention(layer, "the Free Hand (FH) Youth Wing").actor_id == expected


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
    assert (_mention(layer_of(text), mention).actor_id == "org:free-hand") is is_the_org


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
    assert _code(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an unnamed group takes the country its sentence places it in, or the one country named
        ("The Ruritanian government accepted demands from rebels.", "rebels", "RUR REB"),
        ("Rebels attacked a village in Zenda.", "Rebels", "RUR REB"),
        # negative: soldiers often act abroad; a place in a condition sets no scene
        ("Ruritanian troops killed three rebels.", "rebels", "REB"),
        ("Italy will not accept civilians if war starts in Ruritania.", "civilians", "CVL"),
        ("Rebels attacked villages in Zenda and in Italy.", "Rebels", "REB"),
    ],
)
def test_an_unnamed_group_takes_the_country_of_its_sentence(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert _code(layer_of(text), mention) == code


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
    assert _code(layer, "Hand factions") == "RUR REB"
    # negative: a group of countries has no single country
    layer = layer_of("Zenda Pact members rejected the offer.")
    a = layer.actor(_mention(layer, "Zenda Pact members").actor_id)
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
    assert _mention(layer_of(text), "The PRC").actor_id == actor_id


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
    assert _code(layer_of(text), mention) == code


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
    assert _mention(layer_of(text), pronoun, nth).actor_id == actor_id


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
    assert _code(layer_of(text), mention) == code


def test_relational_nouns_are_other_parties(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("Ruritania warned its neighbours.")
    assert _code(layer, "its neighbours") == "CVL"
    # negative: the owner's own people
    assert _code(layer_of("Ruritania warned its civilians."), "its civilians") == "RUR CVL"


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
    assert _mention(layer_of(text), mention).actor_id == actor_id


# ---- short names, appositions, "it", plural descriptions -----------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        # a surname after the full name, whatever the entity recogniser calls it
        ("Ivo Marek, a tractor driver, came to look for his brother. Marek said the market was full.",
         "Marek", "person:ivo-marek"),
        # a first name, for someone the dictionary does not know
        ("Oksana Levchuk, a spokeswoman for the service, spoke first. Oksana said the fire was out.",
         "Oksana", "person:oksana-levchuk"),
        # a surname the dictionary knows, after someone else's full name
        ("Vasyl Kravets met Boris Kandel. Kandel said the talks went well.", "Kandel", "person:boris-kandel"),
        # negative: a first name alone is not a person the dictionary knows
        ("Boris Kandel met farmers. Boris said the talks went well.", "Boris", "person:boris"),
        # negative: someone else's first name before a known surname
        ("Pieter Presta said the harvest failed.", "Pieter Presta", "person:pieter-presta"),
    ],
)
def test_short_names_point_back_to_the_person_named_in_full(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str
) -> None:
    assert _mention(layer_of(text), mention).actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "description", "actor_id", "country"),
    [
        ("A Ruritanian official, Ivo Marek, said the border would reopen.", "A Ruritanian official",
         "person:ivo-marek", "RUR"),
        ("Natalia, a resident of the town, said her cousin sold shoes.", "a resident", "person:natalia", None),
        ("A resident who gave only her first name, Larysa, said she had seen the strike.", "A resident",
         "person:larysa", None),
        # negative: no apposition, no person
        ("A Ruritanian official said the border would reopen.", "A Ruritanian official", "state:RUR", "RUR"),
        # negative: a place before a description is where the person is, not who
        ("In Tulsa, an unarmed man was shot.", "an unarmed man", "sector:CVL", None),
    ],
)
def test_a_description_in_apposition_is_the_person_named(
    layer_of: Callable[..., ActorLayer], text: str, description: str, actor_id: str, country: str | None
) -> None:
    layer = layer_of(text)
    m = _mention(layer, description)
    assert m.actor_id == actor_id
    a = layer.actor(m.actor_id)
    assert a is not None and a.country == country


def test_a_relative_clause_about_kin_makes_a_bare_name_a_person(layer_of: Callable[..., ActorLayer]) -> None:
    text = "Iryna, whose husband had been missing since April, stood at the side of the road. She said he was alive."
    layer = layer_of(text)
    assert _mention(layer, "Iryna").actor_id == "person:iryna"
    assert _mention(layer, "She").actor_id == "person:iryna"


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("The Ruritanian foreign ministry condemned the attack. It said the strike was illegal.",
         "org:ruritanian-foreign-ministry"),
        ("The Free Hand claimed the attack. It accused Ruritania of lying.", "org:free-hand"),
        # negative: no body named as a subject before
        ("Farmers blocked the road. It said nothing.", None),
    ],
)
def test_it_as_the_subject_of_a_reporting_verb(
    layer_of: Callable[..., ActorLayer], text: str, actor_id: str | None
) -> None:
    assert _mention(layer_of(text), "It").actor_id == actor_id


@pytest.mark.parametrize(
    "text",
    [
        "It was the third strike on the town this year.",  # not a reporting verb
        "The ministry met. It is necessary to act.",
        "It was reported that the ministry met.",  # a passive: no one
    ],
)
def test_other_its_are_no_mentions(layer_of: Callable[..., ActorLayer], text: str) -> None:
    assert not [m for m in layer_of(text).mentions if m.text.lower() == "it"]


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("The foreign ministers of Ruritania, Italy and France met in Rome. The three ministers called on "
         "the union to act.", "The three ministers", "compound:state:RUR+state:ITA+state:FRA"),
        ("The foreign ministers of Ruritania, Italy and France met in Rome. They also urged restraint.",
         "They", "compound:state:RUR+state:ITA+state:FRA"),
        # negative: the number does not fit
        ("The foreign ministers of Ruritania, Italy and France met in Rome. The two ministers left early.",
         "The two ministers", None),
        # negative: several ministers are no one minister named before
        ("Foreign minister Vera Lind arrived. Several ministers said the summit would be difficult.",
         "Several ministers", None),
    ],
)
def test_plural_descriptions_point_back_to_a_group(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None
) -> None:
    assert _mention(layer_of(text), mention).actor_id == actor_id


# ---- government bodies, organisations described, unnamed office holders -------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor_id", "code"),
    [
        ("Japan's foreign ministry said the talks had failed.", "Japan's foreign ministry",
         "org:japanese-foreign-ministry", "JPN GOV"),
        ("Ruritania's health ministry said 12 people died.", "Ruritania's health ministry",
         "org:ruritanian-health-ministry", "RUR GOV HLH"),
        # the dictionary's body of that country
        ("China's coast guard said the ship had left.", "China's coast guard", "org:china-coast-guard", None),
        # a body of an international organisation
        ("The United Nations human rights monitoring mission said it was gathering information.",
         "The United Nations human rights monitoring mission",
         "org:united-nations-human-rights-monitoring-mission", "IGO"),
        # negative: not a body, a group of the country
        ("Ruritania's army said the ship had left.", "Ruritania's army", "sector:RUR:MIL", "RUR MIL"),
    ],
)
def test_government_bodies_are_organisations_of_their_country(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str, code: str | None
) -> None:
    layer = layer_of(text)
    m = _mention(layer, mention)
    assert m.actor_id == actor_id
    if code is not None:
        assert _code(layer, mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("The State Emergency Service of Ruritania said 11 people were rescued. The emergency service added "
         "that the fire was out.", "The emergency service", "org:state-emergency-service-of-ruritania"),
        ("The Coordination Headquarters for the Treatment of Prisoners of War said 100 men came home. "
         "The headquarters said more would follow.", "The headquarters",
         "org:coordination-headquarters-for-the-treatment-of-prisoners-of-war"),
        ("The Ruritanian health ministry said 12 people died. Villages were cut off, the ministry added.",
         "the ministry", "org:ruritanian-health-ministry"),
        # negative: no organisation of that name before
        ("The headquarters said more would follow.", "The headquarters", None),
    ],
)
def test_definite_descriptions_point_back_to_the_body_named(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None
) -> None:
    assert _mention(layer_of(text), mention).actor_id == actor_id


def test_a_common_sense_of_an_organisation_noun_is_no_mention(layer_of: Callable[..., ActorLayer]) -> None:
    assert [m.text for m in layer_of("Farmers marched to the city centre.").mentions] == ["Farmers"]


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("The African Union's Peace and Security Council met on Monday.",
         "The African Union's Peace and Security Council", "org:peace-and-security-council"),
        # negative: the dictionary's name itself
        ("The UN Security Council met on Monday.", "The UN Security Council", "org:unsc"),
    ],
)
def test_a_known_name_at_the_end_of_a_longer_name_is_another_body(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str
) -> None:
    assert _mention(layer_of(text), mention).actor_id == actor_id


def test_an_unnamed_office_holder_is_one_person(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The regional governor said 12 people were hurt. “The rescue goes on,” the governor said.")
    first, later = _mention(layer, "The regional governor"), _mention(layer, "the governor")
    assert first.actor_id is not None and first.actor_id.startswith("person:unnamed:regional-governor:")
    assert later.actor_id == first.actor_id
    a = layer.actor(first.actor_id)
    assert a is not None and a.type == "person" and a.source == "derived"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A governor said 12 people were hurt.", "A governor"),  # indefinite: anyone
        ("The governor said 12 people were hurt.", "The governor"),  # nothing tells which governor
        ("The current commander said the troops would stay.", "The current commander"),  # nor "current"
        ("The attorney general said the case was closed.", "The attorney general"),  # a title of two words
    ],
)
def test_a_bare_title_is_no_unnamed_office_holder(
    layer_of: Callable[..., ActorLayer], text: str, mention: str
) -> None:
    assert _mention(layer_of(text), mention).actor_id is None


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("Secretary-General Antonio Guterres condemned the attack, his spokesman said.", "his spokesman",
         "person:antonio-guterres"),
        ("A spokesman for the Free Hand said the fighters would withdraw.", "A spokesman for the Free Hand",
         "org:free-hand"),
        ("Police closed the road. Six people were detained, a police spokeswoman said.",
         "a police spokeswoman", "sector:COP"),
        # negative: a named spokesperson is the person named
        ("Vera Lind, a spokeswoman for the Free Hand, said the fighters would withdraw.",
         "a spokeswoman for the Free Hand", "person:vera-lind"),
    ],
)
def test_an_unnamed_spokesperson_stands_for_whom_they_speak_for(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str
) -> None:
    assert _mention(layer_of(text), mention).actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Putin’s regime has struck the town again.", [("Putin’s regime", "state:RUS")]),
        ("The Tehran regime denied the report.", [("Tehran regime", "state:IRN")]),
        ("Ruritania's regime denied the report.", [("Ruritania's regime", "state:RUR")]),
        # negative: no state named
        ("The old regime fell in 1990.", []),
    ],
)
def test_regime_after_a_leader_capital_or_country_is_a_loaded_label(
    layer_of: Callable[..., ActorLayer], text: str, marks: list[tuple[str, str]]
) -> None:
    got = [(f.text, f.refers_to) for f in layer_of(text).framing if f.kind == "loaded_label"]
    assert got == marks
