""""One" predicated of something, or in apposition to it, that ranks it among others of a superlative or
an ordinal counts nothing (stages/figures/counted._of_the_superlative): "it was one of the most harrowing
conflicts", "the city, one of the largest ports", "he was one of the first officials to visit". "One of"
a group that is killed, wounded or listed still counts one. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

ROWS = [
    # (kind, text, the figures' (text, value))
    ("positive", "The envoy said it was one of the most harrowing conflicts of our time.", set()),
    ("positive", "Mariupol, one of the largest ports on the Sea of Azov, was shelled on Monday.", set()),
    ("positive", "He was one of the first officials to visit the camp after the raid.", set()),
    ("positive", "Officials said it is one of the worst floods in Sindh in decades.", set()),
    ("negative", "One of the most senior Hamas commanders was killed in the strike.",
     {("One of the most senior Hamas commanders", 1.0)}),
    ("negative", "The dead included one of the youngest soldiers in the brigade.",
     {("one of the youngest soldiers", 1.0)}),
    # near miss: "one of the" and a number, no superlative: a count
    ("near miss", "Russia said one of the three drones was shot down over Kursk.",
     {("one of the three drones", 1.0), ("three drones", 3.0)}),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_one_that_ranks_counts_nothing(kind: str, text: str, expected: set[tuple[str, float]]) -> None:
    got = {(f.text, f.value_low) for f in pipeline().analyze_text(text).figures}
    assert got == expected, (kind, got)


def test_the_table_has_every_kind() -> None:
    assert {r[0] for r in ROWS} == {"positive", "negative", "near miss"}
