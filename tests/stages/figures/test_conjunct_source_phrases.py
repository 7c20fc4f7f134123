"""A source phrase that closes an earlier clause of a coordination ("seven were shot dead in X,
according to the commission, and in Y one man died ..., residents said") is that clause's: a count
in a later conjunct with a subject of its own takes the sentence's closing reporter (issue 15;
seen on the tuning half of the invented nairobi-protest probe). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

OPENING = "Clashes in the north\n\nThe clashes spread. "

# (construction, text, value, words the source holds)
CASES = [
    ("positive: a later conjunct with a closing reporter", "In Gulu, five people were shot dead at the market, "
     "according to the Uganda Human Rights Commission, and in Lira one woman died after a stampede, residents "
     "said.", 1, "residents"),
    ("positive: the same with another body", "Near the border, four soldiers were killed, according to the army, and "
     "in the camp two children drowned, aid workers said.", 2, "aid workers"),
    ("negative: the first conjunct keeps its phrase", "In Gulu, five people were shot dead at the market, "
     "according to the Uganda Human Rights Commission, and in Lira one woman died after a stampede, residents "
     "said.", 5, "Uganda Human Rights Commission"),
    ("near miss: the phrase after the figure's clause", "In Lira one woman died after a stampede, and in Gulu five "
     "people were shot dead, according to the Uganda Human Rights Commission.", 1, "Uganda Human Rights Commission"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_source_phrase_stays_in_its_conjunct(name: str, text: str, value: int, source: str) -> None:
    figures = figures_of_value(OPENING + text, value)
    assert figures, name
    assert_source(figures[0], source, name)
