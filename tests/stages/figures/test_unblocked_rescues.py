"""People "unblocked" from rubble are rescued: the word of translated rescue-service reports
("rescuers unblocked 31 people from under the rubble"), not the missing the rubble phrase
otherwise counts (issue 15; hospital-strike's tuning half: a state agency's dispatch in
translated English). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

HEAD = "Blast at a Terno warehouse\n\nA gas tank exploded in Terno on Monday.\n\n"

# (construction, text, value, measure)
CASES = [
    ("positive: people unblocked from under the rubble", HEAD + "Rescuers unblocked 14 people from under the "
     "rubble.", 14, "rescued"),
    ("positive: from the debris, the count after its verb", HEAD + "Firefighters have unblocked 9 residents from "
     "the debris of the stairwell.", 9, "rescued"),
    ("negative: people still under the rubble are missing", HEAD + "Fourteen people remain under the rubble.", 14,
     "missing"),
    ("near miss: roads unblocked count no people", HEAD + "The crews unblocked 3 roads to the warehouse.", 3, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_people_unblocked_from_rubble_are_rescued(name: str, text: str, value: float, measure: str | None) -> None:
    assert_first_figure(text, value, "measure", measure, name)
