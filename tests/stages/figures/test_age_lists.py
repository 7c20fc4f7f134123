"""A list of ages after "aged" ("two boys, aged 8 and 15", "aged 3, 6 and 10") is ages, every
number of it: no count (issue 15; seen on the tuning half of the invented colombia-base probe, where
the last age of such a list became a toll of its own). A count after an age bound joined by "and"
("children under 5 and 12 adults") stays a count. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

OPENING = "Blast in the market\n\nThe bomb went off at noon. "

# (construction, text, value, whether a figure of that value is found)
CASES = [
    ("positive: the last of two ages", "Two boys, aged 8 and 15, were among the dead, police said.", 15, False),
    ("positive: a list of three ages", "Three girls aged 3, 6 and 10 died in the fire, police said.", 6, False),
    ("negative: the count before the ages stays", "Two boys, aged 8 and 15, were among the dead, police said.", 2,
     True),
    ("near miss: a count after an age bound and 'and'", "Children under 5 and 12 adults were hurt, police said.",
     12, True),
]


@pytest.mark.parametrize(("name", "text", "value", "found"), CASES, ids=[c[0] for c in CASES])
def test_a_list_of_ages_is_no_count(name: str, text: str, value: int, found: bool) -> None:
    assert bool(figures_of_value(OPENING + text, value)) == found, name
