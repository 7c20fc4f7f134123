"""A count named by a superlative alone ("No count of the dead comes near that. The highest, from a
church group, is 64"): the subject leaves out the noun of counting named before it, in its sentence
or the one before in its paragraph, so the bare number counts what that count counts (killed), and
the counts joined to it after ("; the army says 19") count the same. A superlative with no count
named before it, or a number with a unit of its own, counts nothing. Issue 15, elliptical tolls
(haiti-gangs' and nairobi-protest's tuning halves). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_figure_measure

HEAD = "Floods in Marova\n\n"

# (construction, text, the figure's text, expected measure)
CASES = [
    ("positive: the sentence before names the count of the dead",
     "No count of the Marova dead comes near that number. The highest, from a church group, is 64.", "64",
     "killed"),
    ("positive: a count joined after it counts the same",
     "No count of the Marova dead comes near that number. The highest, from a church group, is 64; the army "
     "says 19.", "19", "killed"),
    ("positive: a verb of counting before a colon, same sentence",
     "None of the groups counting the dead gives a number close to that: the lowest, from the police, is 12 "
     "nationwide.", "12", "killed"),
    ("negative: no count named before",
     "Many of the wounded are children. The oldest, a girl from the camp, is 12.", "12", None),
    ("near miss: the count is named two paragraphs before",
     "No count of the Marova dead comes near that number.\n\nThe highest, from a church group, is 64.", "64",
     None),
    ("near miss: a superlative with a noun of its own and a unit",
     "No count of the Marova dead comes near that number. The highest hill near the camp is 640 metres.",
     "640 metres", None),
]


@pytest.mark.parametrize(("name", "text", "figure", "measure"), CASES, ids=[c[0] for c in CASES])
def test_superlative_counts(name: str, text: str, figure: str, measure: str | None) -> None:
    assert_figure_measure(HEAD + text, figure, measure, name)


def test_table_has_positive_negative_and_near_miss() -> None:
    assert {c[0].split(":")[0] for c in CASES} == {"positive", "negative", "near miss"}
