"""A tally noun owned by "whose" in a relative clause ("the missing, whose number it put at 900"):
it counts what the clause hangs on, which gives the count its measure; and a measure word after
a tally noun's "of" that the parser made a gerund ("put the number of missing at 900") (issue 15;
seen on the tuning half of the invented derna-flood probe). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (construction, text, value, measure)
CASES = [
    ("positive: whose number, the missing", "Rescuers are looking for the missing, whose number the ministry put at 900.",
     900, "missing"),
    ("positive: whose number, pronoun subject", "The search goes on for the missing, whose number it put at about 700.",
     700, "missing"),
    ("positive: the number of missing", "The governor put the number of missing at 900.", 900, "missing"),
    ("negative: whose number, people of no measure", "The governor thanked the volunteers, whose number he put at 900.",
     900, None),
    ("near miss: a gerund of no measure", "The governor put the number of arriving at 900.", 900, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_what_a_whose_tally_counts(name: str, text: str, value: float, measure: str | None) -> None:
    assert_first_figure(f"Report\n\n{text}", value, "measure", measure, name)
