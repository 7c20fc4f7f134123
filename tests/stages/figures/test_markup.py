"""Numbers in text that is not prose (file names, web addresses, style sheets left in an
article) are no figures; the same numbers in prose are."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

CASES = [
    # (construction, text, value, is a figure)
    ("file name", "The photo gaza-market-300-dead.jpg was shared widely.", 300, False),
    ("web address", "Read more at https://news.example/2024/300-dead-in-raid today.", 300, False),
    ("style declaration", "The army said it was at the scene.\n.story .ratio{ padding-bottom: 56.25%; }", 56.25, False),
    ("prose near a file name", "The photo gaza.jpg shows where 300 people died.", 300, True),
    ("a percentage in prose", "Turnout rose by 56.25% in the capital.", 56.25, True),
    ("a colon in prose is no style", "The ministry said: 300 people died, 5% of them children.", 300, True),
]


@pytest.mark.parametrize(("construction", "text", "value", "figure"), CASES, ids=[c[0] for c in CASES])
def test_numbers_in_markup_are_not_figures(construction: str, text: str, value: float, figure: bool) -> None:
    values = [f.value_low for f in pipeline().analyze_text(text).figures]
    assert (value in values) is figure, (construction, values)
