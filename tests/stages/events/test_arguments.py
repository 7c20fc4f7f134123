"""Event stage: conventions for the source and target of an event (places, counts, reflexives,
curfews, threats) with a hand-built actor layer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import Event
from tests.builders import (
    MORE_EVENT_ACTORS,
    ROW_KINDS,
    Triple,
    acled_subtype,
    event_layer,
    find_event,
    probe_ok,
    row_kinds,
    run_events,
    top_events,
)

Run = Callable[..., list[Event]]


@pytest.fixture
def run_more(parse: Callable[..., ParsedDoc]) -> Run:
    def _run(text: str, **meta: str) -> list[Event]:
        pd = parse(text, **meta)
        return run_events(pd, event_layer(pd, MORE_EVENT_ACTORS))

    return _run


CONVENTIONS = [
    # (text, plover, sources, targets)
    # a target after "on" (a bare "on" in the patterns file must not read as a YAML boolean)
    ("Egypt cracked down on Hamas.", "ASSAULT", ("state:EGY",), ("org:hamas",)),
    # an attack with no named perpetrator: the country of the place it happened in is the source
    ("A roadside bomb near Kharkiv killed three Russian soldiers.", "ASSAULT", ("country:UKR",), ("sector:RUS:MIL",)),
    ("Three Russian soldiers were killed by a bomb outside of the city of Kharkiv.", "ASSAULT",
     ("country:UKR",), ("sector:RUS:MIL",)),
    # a curfew or state of emergency with no place named is imposed on the country's own people
    ("Uganda imposed a curfew on Monday.", "COERCE", ("state:UGA",), ("state:UGA",)),
    ("Uganda imposed a curfew in Kharkiv.", "COERCE", ("state:UGA",), ("country:UKR",)),
    # a threat is aimed at the party it is conditional on, or at the place of the threatened act
    ("Russia threatened to leave the talks if Germany goes ahead with the plan.", "THREATEN",
     ("state:RUS",), ("state:DEU",)),
    ("Hamas threatened to resume attacks in Israel.", "THREATEN", ("org:hamas",), ("state:ISR",)),
    # "up to 16 advisers" is a count, not the particle of a phrasal verb
    ("The rebels kidnapped up to 16 Ugandan advisers.", "ASSAULT", ("sector:REB",), ("sector:UGA:MIL",)),
    # a reflexive conjunct is dropped, the other target stays
    ("Hamas killed 12 Israelis as well as themselves.", "ASSAULT", ("org:hamas",), ("sector:ISR:CVL",)),
    # an event noun after a travel verb ("arrived for talks")
    ("Russia and Germany arrived in Geneva for talks on Monday.", "CONSULT", ("state:RUS", "state:DEU"), ()),
    # taking territory by force is an assault; demolishing homes coerces
    ("Russia captured the town after heavy fighting.", "ASSAULT", ("state:RUS",), ()),
    # a domestic actor's act with no target named is coded on its own country (PLOVER practice;
    # domestic_target_types in rules.yaml): the actor itself stands for it when no country actor is named
    ("Hamas rejected the invitation on Monday.", "REJECT", ("org:hamas",), ("org:hamas",)),
    ("Russian soldiers rejected the invitation on Monday.", "REJECT", ("sector:RUS:MIL",), ("sector:RUS:MIL",)),
    ("Israel demolished homes in Kharkiv.", "ASSAULT", ("state:ISR",), ("country:UKR",)),
]


@pytest.mark.parametrize(("text", "plover", "sources", "targets"), CONVENTIONS)
def test_argument_conventions(
    run_more: Run, text: str, plover: str, sources: tuple[str, ...], targets: tuple[str, ...]
) -> None:
    ev = find_event(top_events(run_more(text)), plover)
    assert ev.source_actor_ids == sources
    assert ev.target_actor_ids == targets


NO_CONVENTION = [
    # (text, plover, what must stay empty)
    ("A roadside bomb killed three Russian soldiers.", "ASSAULT", "source"),  # no place: no source
    ("A bomb near Kharkiv killed three Russian soldiers in Germany.", "ASSAULT", "source"),  # two places
    ("A bomb near the Gulf of Kharkiv killed three Russian soldiers.", "ASSAULT", "source"),  # a sea
    ("Russia threatened to leave the talks.", "THREATEN", "target"),  # nobody threatened
    ("Rebels rejected the invitation on Monday.", "REJECT", "target"),  # no country to code
    ("Russian soldiers attacked at dawn.", "ASSAULT", "target"),  # an attack is not on the attacker's country
    ("Hamas held talks with Israel on Monday.", "CONSULT", "target"),  # done together: no target
    ("Russia threatened to leave the talks when the delegates arrived in Kharkiv.", "THREATEN", "target"),
]


@pytest.mark.parametrize(("text", "plover", "empty"), NO_CONVENTION)
def test_argument_conventions_negative(run_more: Run, text: str, plover: str, empty: str) -> None:
    ev = find_event(top_events(run_more(text)), plover)
    assert (ev.source_actor_ids if empty == "source" else ev.target_actor_ids) == ()


def test_a_phrasal_verb_is_not_a_count(run_more: Run) -> None:
    # "strike down" is still another verb than "strike" (the "up to" exception is narrow)
    assert not [e for e in run_more("Kenya struck down the law.") if e.plover == "ASSAULT"]


POSSESSOR_VICTIMS = [
    # (text, the event noun, sources, targets)
    # positive: the possessor of a noun of harm done to people, with no "of" phrase, is its victim
    ("William Ruto's arrest drew crowds in Kharkiv.", "arrest", (), ("person:william-ruto",)),
    ("Hamas condemned the Israelis' killing on Monday.", "killing", (), ("sector:ISR:CVL",)),
    # negative: with an "of" phrase naming the victim, the possessor is the doer
    ("Russia's killing of Ugandan advisers shocked Kenya.", "killing", ("state:RUS",), ("sector:UGA:MIL",)),
    # near miss: a noun of an act that is no harm done to people keeps its possessor as the doer
    ("Russia's bombing shocked Kenya.", "bombing", ("state:RUS",), ()),
]


@pytest.mark.parametrize(("text", "noun", "sources", "targets"), POSSESSOR_VICTIMS)
def test_the_possessor_of_a_noun_of_harm_is_its_victim(
    run_more: Run, text: str, noun: str, sources: tuple[str, ...], targets: tuple[str, ...]
) -> None:
    events = [e for e in run_more(text) if e.predicate.text == noun]
    assert len(events) == 1, text
    assert (events[0].source_actor_ids, events[0].target_actor_ids) == (sources, targets)


MODIFIER_ORDER = [
    # (text, sources)
    # positive: the possessor of the subject's head names the doer before a place compounded with it
    ("Russia's Ukraine war killed Ugandan advisers.", ("state:RUS",)),
    # negative: with no possessor, the compounded place stands (the country of the place, PLOVER)
    ("The Kharkiv offensive killed Ugandan advisers.", ("country:UKR",)),
    # near miss: a people's adjective of the place read as the place's own ("the Russian Kharkiv
    # offensive" is parsed as Kharkiv's): no possessor of the head, the place stands
    ("The Russian Kharkiv offensive killed Ugandan advisers.", ("country:UKR",)),
]


@pytest.mark.parametrize(("text", "sources"), MODIFIER_ORDER)
def test_a_possessor_names_the_doer_before_a_compounded_place(run_more: Run, text: str,
                                                              sources: tuple[str, ...]) -> None:
    events = [e for e in run_more(text) if e.plover == "ASSAULT"]
    assert events, text
    assert events[0].source_actor_ids == sources


REACTION_MAKERS = [
    # (text, plover, sources, targets)
    # positive: a reaction to what a participle's agent made is aimed at that agent
    ("Russia rejected the allegations made by Ukraine.", "REJECT", ("state:RUS",), ("state:UKR",)),
    ("Hamas denied the charges leveled by Israel.", "REJECT", ("org:hamas",), ("state:ISR",)),
    ("Brazil condemned the remarks made by Kenya on Friday.", "ACCUSE", ("state:BRA",), ("state:KEN",)),
    # negative: a participle with no agent names nobody: charges of no named maker are rejected of no one, not
    # of the rejecter's own side (i16-realfix, stages/events/disputed_claims.py; the domestic default before)
    ("Hamas denied the charges filed on Monday.", "REJECT", ("org:hamas",), ()),
    # near miss: a reaction told by its own participle names its doer after "by", not a maker
    ("Russian soldiers backed by Uganda entered Kharkiv.", "SUPPORT", ("state:UGA",), ("sector:RUS:MIL",)),
    # near miss: the agent of a participle on the object of an act that is no reaction is no target
    ("Egypt arrested rebels wanted by Uganda.", "COERCE", ("state:EGY",), ("sector:REB",)),
]


@pytest.mark.parametrize(("text", "plover", "sources", "targets"), REACTION_MAKERS)
def test_a_reaction_is_aimed_at_the_maker_of_what_it_answers(
    run_more: Run, text: str, plover: str, sources: tuple[str, ...], targets: tuple[str, ...]
) -> None:
    ev = find_event(top_events(run_more(text)), plover)
    assert (ev.source_actor_ids, ev.target_actor_ids) == (sources, targets)


OWN_PARTY = [
    # (text, plover, sources, targets)
    # positive: the source named among the target's parties is no target of its own act
    ("Russia defended Russia and Iran's treaty.", "SUPPORT", ("state:RUS",), ("state:IRN",)),
    ("Kenya praised Uganda and Kenya's border deal.", "SUPPORT", ("state:KEN",), ("state:UGA",)),
    # negative: a target without the source keeps all its parties
    ("Egypt defended Chile and Peru's treaty.", "SUPPORT", ("state:EGY",), ("state:CHL", "state:PER")),
    # near miss: the source alone as target (a domestic event on its own country) is kept
    ("Uganda imposed a curfew on Monday.", "COERCE", ("state:UGA",), ("state:UGA",)),
]


@pytest.mark.parametrize(("text", "plover", "sources", "targets"), OWN_PARTY)
def test_the_source_is_no_party_of_its_own_target(
    run_more: Run, text: str, plover: str, sources: tuple[str, ...], targets: tuple[str, ...]
) -> None:
    ev = find_event(top_events(run_more(text)), plover)
    assert (ev.source_actor_ids, ev.target_actor_ids) == (sources, targets)


REDUCED_PASSIVES = [
    # (text, sources, targets) of the ASSAULT
    # positive: a passive participle with no subject in an adverbial clause is done to the
    # subject of the clause it modifies
    ("Hamas retreated after being attacked by Russian soldiers.", ("sector:RUS:MIL",), ("org:hamas",)),
    ("The rebels escape to Kharkiv when attacked by Russian soldiers.", ("sector:RUS:MIL",), ("sector:REB",)),
    # negative: a passive with its own subject
    ("Russian soldiers were attacked by Hamas.", ("org:hamas",), ("sector:RUS:MIL",)),
    # near miss: an adverbial clause with its own passive subject
    ("Hamas retreated after Russian soldiers were attacked by the rebels.", ("sector:REB",), ("sector:RUS:MIL",)),
]


def test_a_reduced_passive_by_a_measure_is_no_attack(run_more: Run) -> None:
    # near miss: what a pattern's subject may not be ("sanctions hit Russia") may not be its
    # agent either when the participle has no subject of its own
    events = run_more("Russia threatened retaliation against Ukraine if hit by sanctions.")
    assert [e.plover for e in top_events(events)] == ["THREATEN"]
    assert not [e for e in events if e.plover == "ASSAULT"]


@pytest.mark.parametrize(("text", "sources", "targets"), REDUCED_PASSIVES)
def test_a_reduced_passive_is_done_to_the_subject_it_modifies(
    run_more: Run, text: str, sources: tuple[str, ...], targets: tuple[str, ...]
) -> None:
    ev = find_event(top_events(run_more(text)), "ASSAULT")
    assert (ev.source_actor_ids, ev.target_actor_ids) == (sources, targets)


# (rule, kind, sentence, the ACLED sub-event type or scope of the main event)
PLACE_IN_ROWS: list[tuple[str, str, str, str | None]] = [
    # arguments.deep_arg: a place in an "in" phrase of a subject that names no actor says where it
    # happened, not who did it
    ("place in an in phrase", "positive", "Floods in Nigeria killed 15 people and displaced thousands.",
     "natural_disaster"),
    ("place in an in phrase", "positive", "A landslide in Nepal killed 12 villagers.", "natural_disaster"),
    # negative: a "by" phrase names who did it
    ("place in an in phrase", "negative", "Air strikes by Israel killed 20 people on Monday.", "Air/drone strike"),
    # near miss: fighting in a place is still fighting, its place no party to it
    ("place in an in phrase", "near miss", "Fighting in Sudan killed 20 people on Monday.", "Armed clash"),
    # near miss: the rule is the subject's; elsewhere a place in an "in" phrase may be a party
    ("place in an in phrase", "near miss", "The rival militias agreed a three-day truce in Libya on Sunday.",
     "Agreement"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), PLACE_IN_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in PLACE_IN_ROWS])
def test_a_place_in_an_in_phrase_is_no_party(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind)


def test_every_place_in_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(PLACE_IN_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


# (rule, kind, sentence, the most confident counted event: type, source codes, target codes)
POSSESSOR_ROWS: list[tuple[str, str, str, Triple | None]] = [
    # roles._noun_source: the possessor of an event noun is its doer before a name compounded with it
    ("possessor before compound", "positive", "France used its Security Council veto to block the text.",
     ("REJECT", ("FRA",), ())),
    ("possessor before compound", "positive", "The United States used its Security Council veto to shield Israel.",
     ("REJECT", ("USA",), ())),
    # negative: the body's own veto, named as its possessor
    ("possessor before compound", "negative", "The Security Council's veto of the text angered Kyiv.",
     ("REJECT", ("IGO",), ())),
    # near miss: no name compounded with the noun, the possessor as before
    ("possessor before compound", "near miss", "China used its veto to block the text.", ("REJECT", ("CHN",), ())),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), POSSESSOR_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in POSSESSOR_ROWS])
def test_the_possessor_of_an_event_noun_is_its_doer(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, text)


def test_every_possessor_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(POSSESSOR_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


# (rule, kind, sentence, the most confident counted event: type, source codes, target codes)
HYPHEN_PAIR_ROWS: list[tuple[str, str, str, Triple | None]] = [
    # arguments.parties: names joined by a hyphen into one word are each a party
    ("hyphen pair", "positive", "Chinese-Russian naval drills began on Monday.", ("COOPERATE", ("CHN", "RUS"), ())),
    ("hyphen pair", "positive", "India-Pakistan clashes killed five soldiers in Kashmir.", ("ASSAULT", ("IND", "PAK"), ())),
    ("hyphen pair", "positive", "The Israel-Hamas war has killed thousands of people.", ("ASSAULT", ("ISR", "PSE"), ())),
    ("hyphen pair", "positive", "Militants attacked Pakistani-Afghan border posts.", ("ASSAULT", (), ("AFG", "PAK"))),
    # finder.drop_own_party: the source's own country among the parties is no target of its act
    ("own land", "positive", "Russia agreed to a ceasefire in the Russia-Ukraine war.", ("AGREE", ("RUS",), ("UKR",))),
    ("own land", "negative", "Chinese-Russian naval drills began on Monday.", ("COOPERATE", ("CHN", "RUS"), ())),
    ("own land", "near miss", "Uganda imposed a curfew on Monday.", ("COERCE", ("UGA",), ("UGA",))),
    # negative: one name with a hyphen is one party
    ("hyphen pair", "negative", "Al-Shabaab fighters attacked a base in Mogadishu.", ("ASSAULT", ("SOM",), ("SOM",))),
    # near miss: a patron before a hyphen is no party of what the group does
    ("hyphen pair", "near miss", "Iran-backed Houthi fighters attacked a ship.", ("ASSAULT", ("YEM",), ())),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), HYPHEN_PAIR_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in HYPHEN_PAIR_ROWS])
def test_names_joined_by_a_hyphen_are_each_a_party(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, text)


def test_every_hyphen_pair_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(HYPHEN_PAIR_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


# (rule, kind, sentence, the most confident counted event: type, source codes, target codes)
TELLER_OWNER_ROWS: list[tuple[str, str, str, Triple | None]] = [
    # arguments.teller_owner: "its" in what a reported doer acted on, read as the doer, is the teller's
    ("teller's possession", "positive", "Armenia said Azerbaijani forces fired on its positions.",
     ("ASSAULT", ("AZE",), ("ARM",))),
    ("teller's possession", "positive", "Iran said the United States had seized one of its tankers.",
     ("COERCE", ("USA",), ("IRN",))),
    # negative: "its own" is the doer's
    ("teller's possession", "negative", "Russia said Ukraine had shelled its own positions.", ("ASSAULT", ("UKR",), ())),
    # near miss: no teller, the doer's as before
    ("teller's possession", "near miss", "Iran seized one of its tankers.", ("COERCE", ("IRN",), ())),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), TELLER_OWNER_ROWS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in TELLER_OWNER_ROWS])
def test_a_reported_doer_acts_on_the_tellers_own(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, text)


def test_every_teller_owner_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(TELLER_OWNER_ROWS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds


# two subjects of one verb, each owned by a pronoun: each pronoun's antecedent would be sought
# through the other's subject for ever (a RecursionError failed the whole article)
OWNED_SUBJECTS = [
    # (kind, text, the event's source codes, or None for "no event asserted")
    ("positive", "Beyond our ports, our rail lines, our roads, our bridges are decades past repair, "
                 "the minister said.", None),
    ("positive", "Their farms, their herds, their wells were destroyed when Sudan bombed the valley.", ("SDN",)),
    ("negative", "Our wells were destroyed when Sudan bombed the valley.", ("SDN",)),
    ("near miss", "Kenya said its troops and its police attacked the camp.", ("KEN",)),
]


@pytest.mark.parametrize(("kind", "text", "sources"), OWNED_SUBJECTS)
def test_subjects_owned_by_pronouns_end_the_search(parse: Callable[..., ParsedDoc], kind: str, text: str,
                                                   sources: tuple[str, ...] | None) -> None:
    pd = parse(text)
    events = run_events(pd, event_layer(pd, MORE_EVENT_ACTORS))  # raised RecursionError before
    counted = [e for e in events if e.parent_id is None and e.modality == "asserted" and e.plover == "ASSAULT"]
    if sources is None:
        assert not counted
    else:
        assert counted, text
        layer = {a.id: a for a in event_layer(pd, MORE_EVENT_ACTORS).actors}
        assert {layer[i].country for i in counted[0].source_actor_ids if i in layer} >= set(sources)


def test_owned_subject_rows_cover_every_kind() -> None:
    assert {k for k, _, _ in OWNED_SUBJECTS} == {"positive", "negative", "near miss"}
