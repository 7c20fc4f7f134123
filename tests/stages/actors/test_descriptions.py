"""Short names, appositions, "it", plural descriptions, government bodies and unnamed office holders.

The tests use the small test dictionary (see ``conftest.py``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.records import ActorLayer
from tests.builders import ROW_KINDS, code_of, mention_of, pipeline, row_kinds

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
        # a hyphenated surname is one word, though the tokenizer splits it
        ("Marta Lis-Kowal met farmers. Lis-Kowal said the talks went well.", "Lis-Kowal", "person:marta-lis-kowal"),
        # near miss: two words are a name of their own
        ("Marta Lis met farmers. Lis Kowal said the talks went well.", "Lis Kowal", "person:lis-kowal"),
    ],
)
def test_short_names_point_back_to_the_person_named_in_full(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "description", "actor_id", "country"),
    [
        ("A Ruritanian official, Ivo Marek, said the border would reopen.", "A Ruritanian official",
         "person:ivo-marek", "RUR"),
        ("Natalia, a resident of the town, said her cousin sold shoes.", "a resident", "person:natalia", None),
        ("A resident who gave only her first name, Larysa, said she had seen the strike.", "A resident",
         "person:larysa", None),
        # a title that reads as its holder still names the person in apposition to it
        ("The Ruritanian president, Ivo Marek, said the border would reopen.", "Ivo Marek", "person:ivo-marek",
         "RUR"),
        # negative: no apposition, no person
        ("A Ruritanian official said the border would reopen.", "A Ruritanian official", "state:RUR", "RUR"),
        # near miss: the holder's own name in apposition is the holder
        ("The Ruritanian president, Boris Kandel, said the border would reopen.", "Boris Kandel",
         "person:boris-kandel", "RUR"),
        # negative: a place before a description is where the person is, not who
        ("In Tulsa, an unarmed man was shot.", "an unarmed man", "sector:CVL", None),
    ],
)
def test_a_description_in_apposition_is_the_person_named(
    layer_of: Callable[..., ActorLayer], text: str, description: str, actor_id: str, country: str | None
) -> None:
    layer = layer_of(text)
    m = mention_of(layer, description)
    assert m.actor_id == actor_id
    a = layer.actor(m.actor_id)
    assert a is not None and a.country == country


def test_a_relative_clause_about_kin_makes_a_bare_name_a_person(layer_of: Callable[..., ActorLayer]) -> None:
    text = "Iryna, whose husband had been missing since April, stood at the side of the road. She said he was alive."
    layer = layer_of(text)
    assert mention_of(layer, "Iryna").actor_id == "person:iryna"
    assert mention_of(layer, "She").actor_id == "person:iryna"


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("The Ruritanian foreign ministry condemned the attack. It said the strike was illegal.",
         "org:ruritanian-foreign-ministry"),
        ("The Free Hand claimed the attack. It accused Ruritania of lying.", "org:free-hand"),
        # negative: no body named as a subject before
        ("Farmers blocked the road. It said nothing.", None),
        # a verb disputing a claim makes a speaker too: the last one before "it"
        ("The Free Hand claimed the attack. The Ruritanian foreign ministry disputed the claim. It said the "
         "group was lying.", "org:ruritanian-foreign-ministry"),
        # the subject of a relative clause is in the background: the main subject is meant
        ("The Free Hand, which the Ruritanian foreign ministry blamed for the attack, denied it. It said the "
         "ministry was lying.", "org:free-hand"),
        # near miss: with no main subject that is a body, the relative clause's subject is the one left
        ("Farmers, whom the Ruritanian foreign ministry blamed for the fire, left. It said the fire was out.",
         "org:ruritanian-foreign-ministry"),
    ],
)
def test_it_as_the_subject_of_a_reporting_verb(
    layer_of: Callable[..., ActorLayer], text: str, actor_id: str | None
) -> None:
    assert mention_of(layer_of(text), "It").actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        # positive: the subject of the clause that holds "it" deeper down, over a speaker before
        ("The Free Hand claimed the attack. The Ruritanian foreign ministry released a video of what it said "
         "was a rocket launcher.", "org:ruritanian-foreign-ministry"),
        ("The Ruritanian foreign ministry condemned the raid. The Free Hand showed the village at night, in what "
         "it said was a raid on a school.", "org:free-hand"),
        # negative: a subject that is no body leaves the speaker before
        ("The Free Hand said 20 people were killed. Farmers left the village of what it said was a "
         "battlefield.", "org:free-hand"),
        # near miss: a body in another sentence with no clause over "it" leaves the last speaker
        ("The Free Hand claimed the attack. The Ruritanian foreign ministry was silent. Later it said the group "
         "was lying.", "org:free-hand"),
    ],
)
def test_it_inside_a_clause_of_a_subject_is_that_subject(
    layer_of: Callable[..., ActorLayer], text: str, actor_id: str | None
) -> None:
    assert mention_of(layer_of(text), "it").actor_id == actor_id


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
    assert mention_of(layer_of(text), mention).actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        # a bare plural naming no country repeats the latest group of the same noun
        ("U.S. lawmakers welcomed the deal on Tuesday. Republican lawmakers praised the president.",
         "Republican lawmakers", "sector:USA:LEG"),
        ("Kenyan officials said the talks failed. Officials also said a second round was planned.",
         "Officials", "state:KEN"),
        ("Palestinian officials said the crossing was shut. Officials also said aid trucks were waiting.",
         "Officials", "state:PSE"),
        # negative: another noun is no repetition
        ("Russian officials welcomed the talks. Lawmakers rejected them.", "Lawmakers", None),
        # near miss: a quantified group is some of them, not the group named before
        ("Russian officials welcomed the talks. Some officials rejected them.", "Some officials", None),
    ],
)
def test_a_bare_plural_repeats_the_group_named_by_its_noun(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


# ---- government bodies, organisations described, unnamed office holders -------------------------


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        # a body that sits abroad is not the body of the place it sits in
        ("Gunmen attacked the embassy in Kabul on Monday.", "the embassy", None),
        ("Moscow condemned the attack on its embassy in Damascus.", "its embassy", None),
        # negative: its country named before it
        ("The Turkish embassy in Kabul said the staff were safe.", "The Turkish embassy", "org:turkish-embassy"),
        # near miss: its country after "of"
        ("Gunmen attacked the embassy of Turkey in Kabul.", "the embassy of Turkey", "org:turkish-embassy"),
    ],
)
def test_a_body_abroad_is_not_the_body_of_its_place(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


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
    m = mention_of(layer, mention)
    assert m.actor_id == actor_id
    if code is not None:
        assert code_of(layer, mention) == code


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
        # the other nouns for an organised group, with the group's descriptors before them
        ("The Free Hand claimed the attack. The banned separatist outfit said it held 100 hostages.",
         "The banned separatist outfit", "org:free-hand"),
        ("The Free Hand claimed the attack. The armed faction said it held 100 hostages.",
         "The armed faction", "org:free-hand"),
    ],
)
def test_definite_descriptions_point_back_to_the_body_named(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


def test_a_common_sense_of_an_organisation_noun_is_no_mention(layer_of: Callable[..., ActorLayer]) -> None:
    assert [m.text for m in layer_of("Farmers marched to the city centre.").mentions] == ["Farmers"]
    # near miss: "the outfit" with no organisation named before it is clothing, not a group
    layer = layer_of("The singer wore a red outfit. The outfit was sold for 500 dollars.")
    assert all(m.actor_id is None for m in layer.mentions if "outfit" in m.text)


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("The African Union's Peace and Security Council met on Monday.",
         "The African Union's Peace and Security Council", "org:peace-and-security-council"),
        # negative: the dictionary's name itself
        ("The UN Security Council met on Monday.", "The UN Security Council", "org:unsc"),
        # a word-name alias going on with "of" and capitalised words: a longer name
        ("The Alliance of Democracies was sanctioned by Beijing.", "The Alliance of Democracies",
         "org:alliance-of-democracies"),
        # near miss: the alias alone, "of" starting no name
        ("The Alliance of course sent troops.", "The Alliance", "org:nato"),
    ],
)
def test_a_known_name_at_the_end_of_a_longer_name_is_another_body(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


def test_an_unnamed_office_holder_is_one_person(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The regional governor said 12 people were hurt. “The rescue goes on,” the governor said.")
    first, later = mention_of(layer, "The regional governor"), mention_of(layer, "the governor")
    assert first.actor_id is not None and first.actor_id.startswith("person:unnamed:regional-governor:")
    assert later.actor_id == first.actor_id
    a = layer.actor(first.actor_id)
    assert a is not None and a.type == "person" and a.source == "derived"


# an office written as its acronym is its one holder, a person a later "he" can stand for (issue
# 15; seen on the invented mosque-blast probe: "The IGP said ... "...," he said"): (rule, kind,
# text, mention, the start of its actor's id or None, the pronoun going on with it or None)
ACRONYM_OFFICE_ROWS: list[tuple[str, str, str, str, str | None, str | None]] = [
    ("acronym office", "positive", "The IGP told reporters that 17 men were held. “We know who sent them,” he said.",
     "The IGP", "person:unnamed:igp:", "he"),
    ("acronym office", "positive", "The CCPO said on Friday that the blast was planned. He said more arrests would follow.",
     "The CCPO", "person:unnamed:ccpo:", "He"),
    # negative: an acronym of no office is a body, not a person
    ("acronym office", "negative", "The UNHCR said 40 families had fled the valley.", "The UNHCR", None, None),
    # near miss: an indefinite acronym office is any holder
    ("acronym office", "near miss", "An IGP said the force needed more vehicles.", "An IGP", None, None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "mention", "prefix", "pronoun"), ACRONYM_OFFICE_ROWS,
                         ids=[f"{r[1]}:{r[2][:30]}" for r in ACRONYM_OFFICE_ROWS])
def test_an_office_written_as_its_acronym_is_one_person(
    layer_of: Callable[..., ActorLayer], rule: str, kind: str, text: str, mention: str, prefix: str | None,
    pronoun: str | None,
) -> None:
    layer = layer_of(text)
    m = mention_of(layer, mention)
    if prefix is None:
        assert m.actor_id is None or not m.actor_id.startswith("person:"), (rule, kind, m.actor_id)
        return
    assert m.actor_id is not None and m.actor_id.startswith(prefix), (rule, kind, m.actor_id)
    assert pronoun is not None and mention_of(layer, pronoun).actor_id == m.actor_id, (rule, kind)


def test_acronym_office_rows_have_every_kind() -> None:
    assert row_kinds(ACRONYM_OFFICE_ROWS) == {"acronym office": set(ROW_KINDS)}


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
    assert mention_of(layer_of(text), mention).actor_id is None


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
    assert mention_of(layer_of(text), mention).actor_id == actor_id


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


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        # a spokesperson's role noun before which a body is named speaks for that body
        ("A State Department press officer said the letter had arrived.", "A State Department press officer",
         "org:state-department"),
        # negative: a police officer is police
        ("A police officer said the letter had arrived.", "A police officer", "sector:COP"),
        # near miss: a press officer of no named body is not police or military
        ("A press officer said the letter had arrived.", "A press officer", None),
    ],
)
def test_a_press_officer_speaks_for_the_body_named(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an organisation the dictionary does not know names whom the title serves
        ("Acmetron spokesman John Doe said the plant would close.", "Acmetron spokesman John Doe", ""),
        # negative: with no organisation named, a spokesman speaks for a government
        ("Government spokesman John Doe said the plant would close.", "Government spokesman John Doe", "GOV"),
        # near miss: a country before the title
        ("Ruritanian spokesman John Doe said the plant would close.", "Ruritanian spokesman John Doe", "RUR GOV"),
        # a known organisation's title: the person serves the organisation, in its sectors
        ("Free Hand spokesman John Doe said the plant would close.", "Free Hand spokesman John Doe", "RUR REB"),
    ],
)
def test_a_title_of_an_unknown_organisation_has_no_default_sector(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "actor_id", "code"),
    [
        # a shadow minister is the opposition's spokesperson, not the office's holder
        ("The Ruritanian shadow foreign minister said the talks failed.", "The Ruritanian shadow foreign minister",
         None, "RUR OPP"),
        ("Anna Hale, the shadow foreign minister, said the talks failed.", "Anna Hale", "person:anna-hale", "OPP"),
        # negative: the office's holder
        ("The Ruritanian foreign minister said the talks failed.", "The Ruritanian foreign minister",
         "person:vera-lind", "RUR GOV"),
    ],
)
def test_a_shadow_minister_is_the_opposition(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str | None, code: str
) -> None:
    layer = layer_of(text, published="2020-06-01")
    m = mention_of(layer, mention)
    if actor_id is not None:
        assert m.actor_id == actor_id
    else:
        assert m.actor_id != "person:vera-lind"
    assert code_of(layer, mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a person named by their place in a group takes the group's sectors
        ("Ali Musa, a rebel leader, said the talks failed.", "Ali Musa", "REB"),
        ("Ali Musa, the leader of the gang, was killed by police.", "Ali Musa", "CRM"),
        ("Ali Musa, a gang member, was killed by police.", "Ali Musa", "CRM"),
        # negative: alone, the noun's own sectors
        ("Ali Musa, the leader, said the talks failed.", "Ali Musa", "GOV"),
        # near miss: a country before the noun is no group
        ("Ali Musa, a Ruritanian leader, said the talks failed.", "Ali Musa", "RUR GOV"),
    ],
)
def test_a_role_in_a_group_takes_the_group_s_sectors(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        # a definite office title with a country points back to the person named with that office
        ("Ruritanian Vice President Ivo Marek met farmers. The Ruritanian vice president said the talks failed.",
         "The Ruritanian vice president", "person:ivo-marek"),
        # negative: no one named with the office before: the state's government
        ("Ruritanian officials met farmers. The Ruritanian vice president said the talks failed.",
         "The Ruritanian vice president", "state:RUR"),
        # near miss: a rank has many holders, so a definite rank points back to no one of them
        ("Ruritanian Minister Ivo Marek met farmers. The Ruritanian minister said the talks failed.",
         "The Ruritanian minister", "state:RUR"),
    ],
)
def test_a_definite_office_points_back_to_its_named_holder(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, actor_id: str
) -> None:
    assert mention_of(layer_of(text), mention).actor_id == actor_id


def test_a_short_name_defined_in_parentheses_is_the_phrase_before_it(layer_of: Callable[..., ActorLayer]) -> None:
    layer = layer_of("The Ruritanian border directorate (RBD) closed the crossing. The RBD said it would reopen.")
    described = mention_of(layer, "The Ruritanian border directorate").actor_id
    assert described is not None and described.startswith("org:")
    short = [m for m in layer.mentions if m.text in ("RBD", "The RBD")]
    assert len(short) == 2 and all(m.actor_id == described for m in short)
    actor = layer.actor(described)
    assert actor is not None and actor.name == "RBD" and actor.country == "RUR"
    # negative: a short name no phrase defines is an organisation of its own
    alone = layer_of("The RBD said it would reopen the crossing.")
    assert mention_of(alone, "The RBD").actor_id != described
    # near miss: a place in parentheses is where the body is, not its name
    placed = layer_of("The Ruritanian border directorate (Zenda) closed the crossing.")
    assert mention_of(placed, "Zenda").actor_id != mention_of(placed, "The Ruritanian border directorate").actor_id


def the_actor(text: str, mention: str) -> tuple[str | None, str | None]:
    """The actor id and code of the one mention ``mention`` in ``text``, analysed with the packaged
    dictionary (real organisations and office holders)."""
    analysis = pipeline().analyze_text(text)
    found = [m for m in analysis.mentions if m.text == mention]
    assert len(found) == 1, [m.text for m in analysis.mentions]
    actor = next((a for a in analysis.actors if a.id == found[0].actor_id), None)
    return found[0].actor_id, actor.code if actor is not None else None


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        # a known organisation's name followed by a country's: its office there speaks for it
        ("A spokesperson for UNHCR Kenya said the camps would stay open.", "UNHCR Kenya", "org:unhcr"),
        # negative: the organisation's name alone
        ("A spokesperson for UNHCR said the camps would stay open.", "UNHCR", "org:unhcr"),
        # near miss: a country's name followed by another word is a body of its own
        ("A spokesperson for Kenya Airways said the flights would resume.", "Kenya Airways", "org:kenya-airways"),
    ],
)
def test_an_organisations_country_office_is_the_organisation(text: str, mention: str, actor_id: str) -> None:
    assert the_actor(text, mention)[0] == actor_id


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # the words of a title some person of the dictionary holds still describe another person
        ("Zimbabwean opposition leader Tendai Moyo said the vote was rigged.", "Zimbabwean opposition leader Tendai Moyo",
         "ZWE OPP"),
        # negative: a description with no such title
        ("Zimbabwean opposition figure Tendai Moyo said the vote was rigged.",
         "Zimbabwean opposition figure Tendai Moyo", "ZWE OPP"),
        # near miss: the holder named is the holder
        ("Russian opposition leader Alexei Navalny said the vote was rigged.", "Russian opposition leader Alexei Navalny",
         "RUS OPP"),
    ],
)
def test_the_words_of_an_office_title_describe_whoever_it_names(text: str, mention: str, code: str) -> None:
    assert the_actor(text, mention)[1] == code


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a sector word as the adjective of a noun that names no actor is what the person deals with
        ("Public affairs chief Ivo Marek said the plant would close.", "Public affairs chief Ivo Marek", ""),
        ("Military affairs expert Ivo Marek said the plant would close.", "Military affairs expert Ivo Marek", "EDU"),
        # negative: before an actor noun it says who they are
        ("Military officials said the plant would close.", "Military officials", "MIL"),
    ],
)
def test_a_sector_adjective_of_a_topic_names_no_sector(
    layer_of: Callable[..., ActorLayer], text: str, mention: str, code: str
) -> None:
    assert code_of(layer_of(text), mention) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a person described as a member of a named organisation takes its sectors
        ("Anna Berg, a researcher at Amnesty International, said the ban was wrong.", "NGO"),
        # negative: the description alone
        ("Anna Berg, a researcher, said the ban was wrong.", "EDU"),
        # near miss: a place after "at" is where the person is, not whom they work for
        ("Anna Berg, a researcher at the border, said the ban was wrong.", "EDU"),
    ],
)
def test_a_person_described_as_a_member_of_an_organisation_takes_its_sectors(text: str, code: str) -> None:
    assert the_actor(text, "Anna Berg")[1] == code


@pytest.mark.parametrize(("text", "mention", "name"), [
    # a country the entity took from the title before it ("Coordinator for Myanmar") is no part of the name
    ("\"The army has increased the violence,\" U.N. Resident Coordinator for Myanmar Andrew Kirkwood said.",
     "Myanmar Andrew Kirkwood", "Andrew Kirkwood"),
    # negative: a first name that is a country's name stays
    ("\"We will help,\" said Israel Katz, the energy minister.", "Israel Katz", "Israel Katz"),
    # near miss: no preposition before it: the whole entity is the name
    ("\"We will help,\" said Jordan Michael Smith, a doctor.", "Jordan Michael Smith", "Jordan Michael Smith"),
])
def test_a_country_closing_a_title_is_no_part_of_the_name(text: str, mention: str, name: str) -> None:
    analysis = pipeline().analyze_text(text)
    found = [m for m in analysis.mentions if m.text == mention]
    assert len(found) == 1, [m.text for m in analysis.mentions]
    assert next(a.name for a in analysis.actors if a.id == found[0].actor_id) == name


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        # positive: a bare "the army" after a foreign force named beside the home country's own
        # troops is the home country's army, by name or by sector
        ("Malian troops and Russian forces raided a village in central Mali on Wednesday. The army said 30 "
         "fighters were killed. Mali said the raid was a success.", "sector:MLI:MIL"),
        ("Sudanese troops and Egyptian forces held drills near Khartoum on Monday. The army said the drills were "
         "a success. Sudan said more drills would follow.", "sector:SDN:MIL"),
        # negative: with no home troops beside it, the force named last is the army
        ("Russian forces shelled Kharkiv in Ukraine on Monday. The army said it had hit military targets.",
         "org:russian-armed-forces"),
        # near miss: home troops named in another sentence do not count
        ("Ukrainian troops held the line near Kharkiv. Russian forces shelled Kharkiv in Ukraine on Monday. The "
         "army said it had hit military targets. Ukraine said two people died.", "org:russian-armed-forces"),
    ],
)
def test_the_army_beside_home_troops_is_the_homes(text: str, actor_id: str) -> None:
    layer = pipeline().analyze_text(text)
    found = [m for m in layer.mentions if m.text == "The army"]
    assert len(found) == 1
    assert found[0].actor_id == actor_id
