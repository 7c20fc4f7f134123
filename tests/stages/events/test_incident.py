"""The report's main event (stages/events/incident.py): the lede's incident before the casualties,
reactions, claims and background told after it; diplomacy and background only when there is no
other. First on built events (each step of the order with a positive row, a negative one and a near
miss), then on invented multi-sentence reports through the whole pipeline, as the ACLED evaluation
reads them."""

from __future__ import annotations

import pytest

from newsledger.records import Event, Span
from newsledger.stages.events.incident import counted, main_event, tells_incident
from tests.builders import ROW_KINDS, acled_subtype, row_kinds

PARTY = Span(0, 5, "party")


def _ev(name: str, sentence: int, confidence: float, scope: str | None = "acled", *, party: bool = True,
        **kw: object) -> Event:
    return Event(id=name, article_id="a", sentence=sentence, start=0, end=5, text="t", plover="ASSAULT",
                 predicate=Span(0, 1, "t"), confidence=confidence, scope=scope,  # type: ignore[arg-type]
                 source=PARTY if party else None, **kw)  # type: ignore[arg-type]


# (step of the order, kind, events, the id of the main event; None: no main event)
ORDER: list[tuple[str, str, list[Event], str | None]] = [
    # candidates: counted events with a scope
    ("candidates", "positive", [_ev("typed", 0, 0.5), _ev("untyped", 0, 0.9, None)], "typed"),
    ("candidates", "negative", [_ev("untyped", 0, 0.9, None)], None),
    ("candidates", "near miss", [_ev("denied", 0, 0.9, modality="negated"), _ev("child", 0, 0.9, parent_id="x"),
                                 _ev("told", 1, 0.3)], "told"),
    # an act told as denied is no candidate ("the army denied reports that bandits had overrun its base")
    ("denied", "positive", [_ev("overran", 0, 0.9, stance="denied")], None),
    ("denied", "negative", [_ev("overran", 0, 0.9, stance="asserted")], "overran"),
    ("denied", "near miss", [_ev("overran", 0, 0.9, stance="denied"), _ev("denied", 0, 0.5, "diplomacy")], "denied"),
    # diplomacy only when alone
    ("residual", "positive", [_ev("said", 0, 0.95, "diplomacy"), _ev("shelled", 1, 0.4)], "shelled"),
    ("residual", "negative", [_ev("said", 0, 0.95, "diplomacy")], "said"),
    ("residual", "near miss", [_ev("claim", 0, 0.45, "claim_of_responsibility"), _ev("said", 0, 0.95, "diplomacy")],
     "claim"),
    # background (an act of years before) only when there is no other
    ("background", "positive", [_ev("seized", 0, 0.92, modality="historical"), _ev("rallied", 1, 0.4)], "rallied"),
    ("background", "negative", [_ev("seized", 0, 0.92, modality="historical")], "seized"),
    ("background", "near miss", [_ev("seized", 0, 0.92, modality="future"), _ev("rallied", 0, 0.5)], "seized"),
    # the lede: the first sentence that tells of an incident, however confident a later one
    ("lede", "positive", [_ev("claimed", 0, 0.45, "claim_of_responsibility"), _ev("blew", 1, 0.87)], "claimed"),
    ("lede", "positive", [_ev("ambushed", 0, 0.6), _ev("killed", 1, 0.9), _ev("fled", 0, 0.5)], "ambushed"),
    ("lede", "negative", [_ev("clash", 0, 0.25, party=False), _ev("recovered", 1, 0.4)], "recovered"),
    ("lede", "near miss", [_ev("floods", 0, 0.3, "natural_disaster", party=False), _ev("arrested", 1, 0.92)],
     "floods"),
    # ACLED's residual strategic development (Other: a curfew) only when its sentence tells no other act
    ("measure", "positive", [_ev("curfew", 0, 0.92, acled_subtype="Other"), _ev("attacked", 0, 0.55)], "attacked"),
    ("measure", "negative", [_ev("curfew", 0, 0.92, acled_subtype="Other")], "curfew"),
    ("measure", "near miss", [_ev("curfew", 0, 0.92, acled_subtype="Other"), _ev("attacked", 1, 0.9)], "curfew"),
    # no lede: the most confident, the earliest on a tie
    ("confidence", "positive", [_ev("clash", 0, 0.25, party=False), _ev("attack", 1, 0.35, party=False)], "attack"),
    ("confidence", "negative", [_ev("clash", 0, 0.35, party=False), _ev("attack", 1, 0.25, party=False)], "clash"),
    ("confidence", "near miss", [_ev("clash", 1, 0.3, party=False), _ev("attack", 0, 0.3, party=False)], "attack"),
]


@pytest.mark.parametrize(("step", "kind", "events", "expected"), ORDER, ids=[f"{r[0]}:{r[1]}" for r in ORDER])
def test_main_event_order(step: str, kind: str, events: list[Event], expected: str | None) -> None:
    main = main_event(events)
    assert (main.id if main is not None else None) == expected, (step, kind)


def test_every_step_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ORDER)
    assert len(kinds) == 7 and all(k == ROW_KINDS for k in kinds.values()), kinds


def test_counted_and_tells_incident() -> None:
    assert counted(_ev("a", 0, 0.5, modality="historical")) and not counted(_ev("b", 0, 0.5, modality="hypothetical"))
    assert tells_incident(_ev("a", 0, 0.5)) and not tells_incident(_ev("b", 0, 0.5, party=False))
    assert tells_incident(_ev("c", 0, 0.5, "man_made_disaster", party=False))


# (construction, kind, invented report, the main event's sub-event type or scope)
REPORTS: list[tuple[str, str, str, str | None]] = [
    # the lede before the casualties, reactions, claims and background told after it
    ("lede", "positive", "The Islamic State group claimed responsibility on Friday for a bombing at a Shia mosque in "
     "Kunduz. Witnesses said the attacker blew himself up among the worshippers.", "claim_of_responsibility"),
    ("lede", "positive", "A car bomb exploded outside a police station in Diyarbakir, wounding seven officers. The "
     "PKK later claimed responsibility for the attack.", "Remote explosive/landmine/IED"),
    ("lede", "positive", "Militants ambushed an army convoy near Kidal on Sunday. Six soldiers were killed and four "
     "trucks were set on fire, the defence ministry said.", "Armed clash"),
    ("lede", "positive", "Russian artillery shelled residential areas of Kharkiv overnight, the governor said. "
     "Ukrainian troops recaptured the villages north of the city in September.", "Shelling/artillery/missile attack"),
    ("lede", "positive", "Israeli warplanes struck a house in Rafah on Monday, killing five people. Hamas vowed to "
     "retaliate, and thousands marched through Gaza City to mourn the dead.", "Air/drone strike"),
    ("lede", "positive", "Gunmen abducted 30 pupils from a school in Zamfara state on Friday. The governor condemned "
     "the kidnapping and soldiers later exchanged fire with the gang in a nearby forest.",
     "Abduction/forced disappearance"),
    ("lede", "positive", "Heavy floods swept through northern Bangladesh on Sunday. Soldiers rescued hundreds of "
     "stranded villagers and police arrested two men for looting shops.", "natural_disaster"),
    # a lede that tells no incident: the first sentence that does
    ("lede", "negative", "The ministry of defence issued a statement on Sunday evening. Rebel fighters attacked an "
     "army base in Bunia, it said, and were repelled after hours of fighting.", "Armed clash"),
    ("lede", "negative", "It was the third such incident this month. Police in Lahore arrested 12 members of a "
     "banned group during raids on Tuesday.", "Arrests"),
    # a lede whose act is background, years before the report
    ("lede", "near miss", "Ten years ago, Houthi fighters seized the capital Sanaa. On Sunday, thousands of their "
     "supporters rallied peacefully in the city to mark the anniversary.", "Peaceful protest"),
    ("lede", "near miss", "Soldiers recaptured the town of Mopti on Friday, three days after jihadists had overrun "
     "it.", "Government regains territory"),
    # a measure taken (a curfew, an emergency: ACLED's Other) and the act it answers, in one sentence: the act
    ("measure", "positive", "Police imposed a curfew in Kafanchan on Monday after gunmen attacked a police station in "
     "the town.", "Armed clash"),
    ("measure", "negative", "The state government imposed a 24-hour curfew in Kafanchan on Monday.", "Other"),
    ("measure", "near miss", "The state government imposed a 24-hour curfew in Kafanchan on Monday. Gunmen had "
     "attacked a police station in the town on Sunday.", "Other"),
]


@pytest.mark.parametrize(("construction", "kind", "text", "expected"), REPORTS,
                         ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in REPORTS])
def test_main_event_of_a_report(construction: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (construction, kind, text)


def test_every_report_construction_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(REPORTS)
    assert kinds and all(k == ROW_KINDS for k in kinds.values()), kinds
