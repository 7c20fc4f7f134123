"""Counts told by an ordinal (stages/figures/ordinals.py): "a fifth victim died" adds the fifth
person to a series a verb of harm counts. Its value is the count the series reaches when the series
is counted under the same measure or no count of N - 1 comes before it, one when the count of N - 1
before it counts another harm; an ordinal with no measure, or a fraction, is no such count."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the ordinal word, (value, measure) of its figure, or None for no ordinal figure)
ROWS: list[tuple[str, str, str, tuple[float, str] | None]] = [
    (P, "Three miners were killed on Monday. On Tuesday a fourth miner died in hospital, the company said.",
     "fourth", (4.0, "killed")),
    (P, "Six people were killed in the blast. A seventh, a boy of 12, died of his wounds on Friday.",
     "seventh", (7.0, "killed")),
    (P, "A second journalist was detained in the capital on Sunday, the union said.", "second", (2.0, "detained")),
    (P, "Two guards were killed and a third was wounded in the raid.", "third", (1.0, "injured")),
    (N, "The president began a second term in office on Monday.", "second", None),
    (N, "A third of the dead were women, the ministry said.", "third", None),
    (M, "A second round of talks between the two sides was held in Muscat.", "second", None),
    (M, "A fifth victim was named by police on Thursday.", "fifth", None),
]


@pytest.mark.parametrize(("kind", "text", "word", "expected"), ROWS)
def test_ordinal_counts(kind: str, text: str, word: str, expected: tuple[float, str] | None) -> None:
    figures = pipeline().analyze_text(text).figures
    at = text.index(word)
    found = [(f.value_low, f.measure) for f in figures if f.start <= at < f.end and f.value_low >= 1]
    assert found == ([expected] if expected else []), (kind, text, [(f.text, f.value_low, f.measure) for f in figures])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
