"""A counted noun in scare quotes before its measure word (issue 15; seen on the tuning half of the
invented qamishli-drone probe): '17 "terrorists" killed', '12 “militants” dead' say what happened
to the counted as "17 terrorists killed" does; the marks set off a side's word, not the count.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the measure)
CASES = [
    ("positive: straight marks, a participle", 'The monitor rejected the army\'s account of 14 "insurgents" '
     "killed in the raid.", 14, "killed"),
    ("positive: curly marks, an adjective", "The governor put the toll at 12 “bandits” dead and 30 wounded.", 12,
     "killed"),
    ("negative: no measure word after the marks", 'The army listed 14 "insurgents" in its weekly report.', 14,
     None),
    ("near miss: a whole phrase quoted, the count inside", 'The ministry spoke of "14 insurgents" and more.',
     14, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_a_scare_quoted_counted_noun(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)
