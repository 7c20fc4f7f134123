"""Kin nouns are people counted, as a side names its own dead (figures measures.yaml
``people_nouns``): "have killed more than 300 of our brothers", "two of her sons were wounded".
(People who "had taken refuge" somewhere were also read as displaced on the haiti-gangs probe's
tuning half; that reading lowered al-Ahli's figure precision on its check half and was dropped.)
Issue 15; seen on the tuning half of the invented haiti-gangs probe. Invented sentences, people
of every side."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, the figure's value, its measure)
CASES = [
    ("positive: killed N of our brothers", "Since March the army has killed more than 300 of our brothers in "
     "the hills.", 300, "killed"),
    ("positive: N of her sons wounded", "Two of her sons were wounded when the shell hit the market.", 2,
     "injured"),
    ("negative: a count of fighters", "Since March the army has killed more than 300 fighters in the hills.",
     300, "killed"),
    ("near miss: a kin word that counts no one", "The brotherhood held 40 rallies last winter.", 40, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_kin_nouns_count_people(name: str, text: str, value: float, measure: str | None) -> None:
    figures = figures_of_value(text, value)
    assert figures, name
    assert figures[0].measure == measure, (name, figures[0].measure)
