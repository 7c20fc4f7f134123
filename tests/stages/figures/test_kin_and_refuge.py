"""Two gaps of the figure measures (figures measures.yaml): kin nouns are people counted, as a side
names its own dead ("have killed more than 300 of our brothers", "two of her sons were wounded");
people who have "taken refuge" somewhere are displaced ("1,500 families had taken refuge in
schools"). A refuge as a place houses no one displaced by that word alone. Issue 15; seen on the
tuning half of the invented haiti-gangs probe. Invented sentences, people of every side."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, the figure's value, its measure)
CASES = [
    ("positive: killed N of our brothers", "Since March the army has killed more than 300 of our brothers in "
     "the hills.", 300, "killed"),
    ("positive: N of her sons wounded", "Two of her sons were wounded when the shell hit the market.", 2,
     "injured"),
    ("positive: had taken refuge", "Some 1,500 families had taken refuge in churches and schools.", 1500,
     "displaced"),
    ("negative: a count of fighters", "Since March the army has killed more than 300 fighters in the hills.",
     300, "killed"),
    ("near miss: a refuge as a place", "The mountain refuge housed 40 families last winter.", 40, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_kin_and_refuge_measures(name: str, text: str, value: float, measure: str | None) -> None:
    figures = figures_of_value(text, value)
    assert figures, name
    assert figures[0].measure == measure, (name, figures[0].measure)
