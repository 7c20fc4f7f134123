"""Sentence boundaries the parse is given before it runs (``newsledger.nlp``): one construction per
row, with a positive example, a negative example and a near miss (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

# (construction, text, the sentences expected)
LETTER_NAMES = [
    ("a one-letter name after a preposition ends its sentence",
     "The ministry wrote in a post on X. Soldiers later closed the road.",
     ["The ministry wrote in a post on X.", "Soldiers later closed the road."]),
    ("the same before a determiner", "The mayor wrote on X. The army denied it.",
     ["The mayor wrote on X.", "The army denied it."]),
    ("negative: an initial inside a name", "President George W. Bush spoke in Ottawa.",
     ["President George W. Bush spoke in Ottawa."]),
    ("near miss: an initial after a preposition, before a surname", "The report by J. Smith was read aloud.",
     ["The report by J. Smith was read aloud."]),
]


@pytest.mark.parametrize(("name", "text", "sentences"), LETTER_NAMES, ids=[c[0] for c in LETTER_NAMES])
def test_a_one_letter_name_can_close_a_sentence(nlp: Language, name: str, text: str, sentences: list[str]) -> None:
    assert [s.text for s in nlp(text).sents] == sentences, name


def test_a_blank_line_starts_a_sentence(nlp: Language) -> None:
    doc = nlp("Rain fell on the town\n\nThe mayor spoke.")
    assert [s.text.strip() for s in doc.sents] == ["Rain fell on the town", "The mayor spoke."]
