"""A subject counted as "not one" (issue 15; seen on the tuning half of the invented qamishli-drone
probe): "Not one soldier was among the dead" negates its clause, as "no soldier" does; "not only
one" is a qualifier, and "one soldier" alone asserts. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the quote, expected stance)
CASES = [
    ("positive: not one, in a direct quote", '"Not one soldier was among the dead," the general said.',
     "Not one soldier", "negated"),
    ("positive: not one, reported", "The council said not one patient was moved from the ward.",
     "not one patient", "negated"),
    ("negative: one alone", "The council said one patient was moved from the ward.", "one patient", "asserted"),
    ("near miss: not only one", "The council said not only one patient was moved from the ward.",
     "not only one patient", "asserted"),
]


@pytest.mark.parametrize(("name", "text", "words", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_subject_counted_as_not_one(name: str, text: str, words: str, stance: str) -> None:
    _, quotes = quotes_holding(text, words)
    assert len(quotes) == 1, (name, [q.content.text for q in quotes])
    assert quotes[0].stance == stance, (name, quotes[0].stance)
