"""A headline re-read (nlp/headlines.py) keeps the paragraph break that ends it: in an article the
headline sentence holds the break before the first paragraph, and the re-read sentence must hold it
too, or the two readings do not align and the verb the parser took for a noun stays a noun
("Militants vow 'no retreat' ...", the stop-53 speaker probe's tune rows). Invented headlines."""

from __future__ import annotations

import pytest
from spacy.language import Language

BODY = "\n\nLAGOS - The fighting went on through the night."

# (kind, headline, the word, whether it is read as the verb of a clause with a subject before it)
ROWS = [
    ("positive", "Herdsmen hack farmer to death in Benue", "hack", True),
    ("positive", "Rebels torch army outpost in Masisi", "torch", True),
    ("positive", "Maoists vow 'no retreat' in Bastar", "vow", True),
    ("negative", "Grenade attack on army bunker in Sopore", "attack", False),
    ("near miss", "Bus accident in Nepal: twenty dead", "accident", False),
]


@pytest.mark.parametrize(("kind", "text", "word", "verb"), ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_a_headline_before_a_paragraph_break_is_re_read(nlp: Language, kind: str, text: str, word: str,
                                                        verb: bool) -> None:
    tok = next(t for t in nlp(text + BODY) if t.text == word)
    found = tok.tag_.startswith("VB") and tok.dep_ in ("ROOT", "ccomp", "conj") and any(
        c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
    assert found == verb, kind
