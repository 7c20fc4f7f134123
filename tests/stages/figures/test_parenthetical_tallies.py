"""A noun of counting cut off from its copula by a parenthetical ("the ministry's total for the
northern side, civilians included, was 31"): the parser leaves the copula with no subject, but
the number is the value of that count, so it counts what the casualty count before it in its
paragraph counts. Not a subject that is no noun of counting ("The commander, his aides included,
was 31"). Issue 15, elliptical tolls (border-clash's tuning half). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_figure_measure

HEAD = "Clash on the northern border\n\n"

# (construction, text, the figure's text, expected measure)
CASES = [
    ("positive: 'civilians included' after a total",
     "The army says four of its soldiers were killed in the clash; the health ministry's total for the "
     "northern side, civilians included, was 31 on Saturday.", "31", "killed"),
    ("positive: 'children among them' after a count",
     "Four soldiers were killed in the clash. The ministry's count, children among them, was 31 on Saturday.",
     "31", "killed"),
    ("negative: the subject is a person",
     "Four soldiers were killed in the clash. The commander, his aides included, was 31.", "31", None),
    ("near miss: no casualty count before it",
     "The ministry's count, children among them, was 31 on Saturday.", "31", None),
]


@pytest.mark.parametrize(("name", "text", "figure", "measure"), CASES, ids=[c[0] for c in CASES])
def test_parenthetical_tallies(name: str, text: str, figure: str, measure: str | None) -> None:
    assert_figure_measure(HEAD + text, figure, measure, name)


def test_table_has_positive_negative_and_near_miss() -> None:
    assert {c[0].split(":")[0] for c in CASES} == {"positive", "negative", "near miss"}
