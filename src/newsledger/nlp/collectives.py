"""Nouns of one form for one and many: a plural-tagged noun whose lemma is the word itself
("the police", unlike "the rebels" or "the Houthis") names a collective that news prose refers to
as one body as well as many ("The police said it would ..."), so its number does not rule out "it"."""

from __future__ import annotations

from spacy.tokens import Token


def invariant_collective(tok: Token) -> bool:
    """``tok`` is a common noun tagged plural whose lemma is the word as written ("police")."""
    return tok.tag_ == "NNS" and tok.pos_ == "NOUN" and tok.lemma_.lower() == tok.lower_ and not tok.lower_.endswith("s")
