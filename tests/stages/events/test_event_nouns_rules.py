"""Rules of branch i16-event-nouns (issue 16: events told as nouns), one table per rule, each with positive
rows, a negative row and a near miss, in sentences written for these tests.

* A casualty told by the attack noun of its adjunct ("two paramedics were killed in an Israeli strike on an
  ambulance": ``stages/events/event_nouns_adjuncts.py``, ``patterns.yaml`` ``event_nouns_casualty_preps``): a
  passive act of force with no doer named takes the doer the noun names itself (its adjective, possessor or "by"
  phrase); not a noun naming no doer ("killed in an airstrike"), nor a noun of no act ("an Israeli tractor
  accident").
* An attack noun that is the subject of the sentence's verb of occurrence ("The fighting came after rebels attacked
  an army base": ``stages/events/event_nouns_subjects.py``, ``event_nouns_occurrence_verbs``,
  ``event_nouns_subject_types``): a happening of its own beside the act told below it; not a noun of no act ("The
  debate came after"), not under a modal or a negation.

A row holds when the sentence's counted events (analysed as a one-sentence article) are exactly the expected
(type, source codes, target codes) triples, in any order.
"""

from __future__ import annotations

import pytest

from tests.builders import counted_events

P, N, M = "positive", "negative", "near miss"
Triple = tuple[str, tuple[str, ...], tuple[str, ...]]

ROWS: list[tuple[str, str, str, list[Triple]]] = [
    ("casualty doer on the adjunct's attack noun", P,
     "Two Lebanese paramedics were killed in an Israeli strike on an ambulance near Tyre.", [("ASSAULT", ("ISR",), ("LBN",))]),
    ("casualty doer on the adjunct's attack noun", P,
     "Three soldiers were wounded in shelling by Azerbaijani forces near the border.", [("ASSAULT", ("AZE",), ())]),
    ("casualty doer on the adjunct's attack noun", P,
     "Two Chadian soldiers were wounded during a Sudanese air raid on the border post.",
     [("ASSAULT", ("SDN",), ("TCD",)), ("ASSAULT", ("SDN",), ())]),
    ("casualty doer on the adjunct's attack noun", N, "Two men were killed in an airstrike near Tyre.", [("ASSAULT", (), ())]),
    ("casualty doer on the adjunct's attack noun", M, "Two Lebanese farmers were injured in an Israeli tractor accident near Tyre.",
     [("NONE", (), ("LBN",))]),
    ("attack noun subject of a verb of occurrence", P, "The fighting came after rebels attacked an army base in Kidal.",
     [("ASSAULT", ("MLI",), ()), ("ASSAULT", (), ())]),
    ("attack noun subject of a verb of occurrence", P,
     "The shelling continued after Russian troops captured the village of Robotyne.",
     [("ASSAULT", ("RUS",), ()), ("ASSAULT", (), ())]),
    ("attack noun subject of a verb of occurrence", P, "Clashes erupted after police arrested two opposition leaders in Dakar.",
     [("COERCE", ("SEN",), ("SEN",)), ("ASSAULT", (), ())]),
    ("attack noun subject of a verb of occurrence", N, "The debate came after rebels attacked an army base in Kidal.",
     [("ASSAULT", ("MLI",), ())]),
    ("attack noun subject of a verb of occurrence", M, "Fighting could resume after rebels attacked an army base in Kidal.",
     [("ASSAULT", ("MLI",), ())]),
    ("attack noun subject of a verb of occurrence", M,
     "The fighting did not resume after rebels attacked an army base in Kidal.", [("ASSAULT", ("MLI",), ())]),
]


def triples(text: str) -> list[Triple]:
    return sorted((p.plover, tuple(sorted(p.source)), tuple(sorted(p.target))) for p in counted_events(text))


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds: dict[str, set[str]] = {}
    for rule, kind, _text, _expected in ROWS:
        kinds.setdefault(rule, set()).add(kind)
    assert len(kinds) == 2
    assert all(k == {P, N, M} for k in kinds.values())


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}: {r[2][:40]}" for r in ROWS])
def test_event_nouns_rule(rule: str, kind: str, text: str, expected: list[Triple]) -> None:
    assert triples(text) == sorted(expected), (rule, kind)
