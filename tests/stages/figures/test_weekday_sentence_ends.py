"""A count opening the sentence after one that ends on a weekday or a month (issue 15; seen on the
tuning half of the invented qamishli-drone probe): "... the bureau announced on Thursday. Two of
the wounded died overnight." The full stop after a whole name ends a sentence, so the number is no
day of that month or week; only an abbreviated name takes a full stop before its day ("Sept. 12").
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, a figure expected)
CASES = [
    ("positive: weekday, then a partitive count", "The toll rose to 30, the bureau announced on Thursday.\n\n"
     "Two of the wounded died in hospital overnight.", 2, True),
    ("positive: month, then a count", "The camp was shelled again in March. Nine people were killed in the "
     "latest attack, medics said.", 9, True),
    ("negative: an abbreviated month before its day", "On Sept. 9 the militia said the camp was calm.", 9, False),
    ("near miss: a weekday before its day, no stop", "The clashes of Thursday 9 and Friday 10 left 30 dead.", 9, False),
]


@pytest.mark.parametrize(("name", "text", "value", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_count_after_a_sentence_ending_on_a_day(name: str, text: str, value: float, expected: bool) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert bool(found) == expected, (name, [f.text for f in found])
    if expected:
        assert found[0].measure == "killed", (name, found[0].measure)
