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

* An attack told by its toll in a relative clause ("officials discussed the raid that killed five soldiers":
  ``stages/events/event_nouns_relatives.py``, ``event_nouns_toll_verbs``, ``event_nouns_toll_states``): a
  happening told as done wherever the noun stands; not a clause under a modal, not "left" with no toll, not a
  noun of no act ("the virus that killed").

A row holds when the sentence's counted events are exactly the expected (type, source codes, target codes)
triples, in any order. The relative-clause rows are analysed after a lead sentence that tells an act of its own
(``LEAD``, its events not counted), as in a report: an article that tells no act at all reads its event nouns by
the fallback constructions, whatever their clause; the other rows as one-sentence articles.
"""

from __future__ import annotations

import pytest

from newsledger.evaluation.events import SKIPPED_MODALITIES, actor_codes
from newsledger.records import Article
from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"
Triple = tuple[str, tuple[str, ...], tuple[str, ...]]

ROWS: list[tuple[str, str, str, list[Triple]]] = [
    ("attack told by its toll in a relative clause", P, "Officials discussed the raid that killed five soldiers near Gao.",
     [("ASSAULT", (), ())]),
    ("attack told by its toll in a relative clause", P,
     "The film tells the story of the 2013 attack that left 67 people dead in Nairobi.", [("ASSAULT", (), ())]),
    ("attack told by its toll in a relative clause", P, "Lawmakers debated the airstrike that wounded 12 civilians in Idlib.",
     [("ASSAULT", (), ())]),
    ("attack told by its toll in a relative clause", N, "Officials discussed the virus that killed five people near Gao.", []),
    ("attack told by its toll in a relative clause", M, "Officials discussed a raid that could kill civilians near Gao.", []),
    ("attack told by its toll in a relative clause", M, "Officials discussed the raid that the army planned near Gao.", []),
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


LEAD = "Rebels attacked an army post in northern Chad on Monday."


def triples(text: str, lead: bool) -> list[Triple]:
    """The counted events of ``text`` (told after ``LEAD`` when ``lead``), as sorted (type, source codes, target
    codes)."""
    analysis = pipeline().analyze(Article.create(f"{LEAD} {text}" if lead else text))
    actors = {a.id: a for a in analysis.actors}
    counted = [e for e in analysis.events if e.sentence >= int(lead) and e.parent_id is None
               and e.modality not in SKIPPED_MODALITIES]
    assert {e.sentence for e in counted} <= {int(lead)}
    return sorted((e.plover, tuple(sorted(actor_codes(e.source_actor_ids, actors))),
                   tuple(sorted(actor_codes(e.target_actor_ids, actors)))) for e in counted)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds: dict[str, set[str]] = {}
    for rule, kind, _text, _expected in ROWS:
        kinds.setdefault(rule, set()).add(kind)
    assert len(kinds) == 3
    assert all(k == {P, N, M} for k in kinds.values())


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}: {r[2][:40]}" for r in ROWS])
def test_event_nouns_rule(rule: str, kind: str, text: str, expected: list[Triple]) -> None:
    assert triples(text, rule.startswith("attack told by its toll")) == sorted(expected), (rule, kind)
