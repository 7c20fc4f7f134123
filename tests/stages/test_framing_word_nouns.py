"""A quoted term right after a noun for a word ("uses the term ‘Arab’", "the word ‘Israel’") is the
word itself spoken of, not a scare quote; the same name in quotation marks standing for its bearer
("the ‘Israeli’ army") still is (framing/scare_quotes.yaml word_nouns)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

P, N, M = "positive", "negative", "near miss"

# (kind, text, the quoted name, whether a scare-quote mark covers it)
ROWS: list[tuple[str, str, str, bool]] = [
    (P, "However, Article 1 explicitly uses the term ‘Arab’ in the country’s name, the lawyer said.", "Arab", False),
    (P, "He refused to say the word ‘Israel’ anywhere in the speech, aides said.", "Israel", False),
    (N, "The ‘Israeli’ army shelled the town overnight, the report said.", "Israeli", True),
    (M, "The terms of the ‘Israeli’ offer were not published, the report said.", "Israeli", True),
]


@pytest.mark.parametrize(("kind", "text", "name", "marked"), ROWS)
def test_framing_word_nouns(kind: str, text: str, name: str, marked: bool) -> None:
    an = pipeline().analyze_text(text)
    at = text.index(name)
    scare = [f for f in an.framing if f.kind == "scare_quotes" and f.start <= at < f.end]
    assert bool(scare) is marked, (kind, text, [(f.kind, f.text) for f in an.framing])


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
