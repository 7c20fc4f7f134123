"""A verb of removal ("oust", "expel", "drive out", "free", "depose") names a place's taking only when what it
removes is the place's holders: with a person as its object, or as its subject when passive, it tells a removal
from office, an expulsion or a release (acled.yaml ``person_object_cues``, ``office_nouns``;
stages/events/acled_own.removes_person), and is no cue of territory regained for another act of its sentence.
Rows are invented; the positives fail on the code before the rule. What is checked is the snippet's main event
as the ACLED evaluation picks it."""

from __future__ import annotations

import pytest

from tests.builders import AC, GRT, ROW_KINDS, acled_subtype, row_kinds

# (construction, kind, snippet, expected sub-event type of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    ("a person removed", "positive", "The general was ousted in March, but soldiers clashed with militia fighters "
     "in the border district on Friday.", AC),
    ("a person removed", "positive", "The army ousted President Kabore in January, and troops clashed with "
     "jihadist fighters in the province last week.", AC),
    ("a person removed", "positive", "Police expelled the ambassador on Monday as soldiers clashed with rebel "
     "fighters in the northern region.", AC),
    ("a person removed", "negative", "Troops ousted the militants from the town on Sunday.", GRT),
    ("a person removed", "near miss", "The army expelled the ambassador, and troops drove the rebels out of the "
     "district.", GRT),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event_of_each_construction(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 1 and all(k == ROW_KINDS for k in kinds.values()), kinds
