"""A hedge of a height ("could reach", "may reach") before a range: the range is the estimate
itself and keeps no bound ("the toll could reach 18,000 to 20,000" is a range, not "up to");
before one number the hedge stays its upper bound (issue 15; seen on the tuning half of the
invented derna-flood probe). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, qualifier, low, high)
CASES = [
    ("positive: could reach a range", "The governor said the toll could reach 700 to 900.", 700, None, 700, 900),
    ("positive: may reach a range", "The death toll may reach 40 to 50, the rebels said.", 40, None, 40, 50),
    ("negative: could reach one number", "The governor said the toll could reach 900.", 900, "up to", 900, 900),
    ("near miss: an upper bound that is no hedge of height", "Up to 700 to 900 people died, the governor said.",
     700, "up to", 700, 900),
]


@pytest.mark.parametrize(("name", "text", "value", "qualifier", "low", "high"), CASES, ids=[c[0] for c in CASES])
def test_a_range_after_a_hedge_of_height(name: str, text: str, value: float, qualifier: str | None,
                                         low: float, high: float) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert (found[0].qualifier, found[0].value_low, found[0].value_high) == (qualifier, low, high), name
