"""A count owned by a possessive pronoun that no actor stands for ("the ministry has stopped
updating its count, which stood at 46", "the agency said its tally had reached 17"): the count is
the subject of the clause around it, the body whose count "its" names.

The count-owner reading gives the pronoun as written; where the actor layer resolved no actor
there, the subject of the nearest clause above the count noun (a verb with a subject that comes
before the pronoun and is not the count itself) owns it. "its" wants a singular subject; a
pronoun subject is no better than the pronoun it would replace."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.attribution import Source, source_of
from ...nlp.words import ACTOR_PRONOUNS

POSSESSIVES = frozenset({"its", "their"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_CLIMB = 4  # heads climbed from the count noun to the clause that names its owner


def pronoun_owner(doc: ParsedDoc, owner: Source) -> Source | None:
    """The subject that owns a count written "its"/"their" count, or None (not such a pronoun,
    or no fitting subject before it in its sentence)."""
    if owner.text.lower() not in POSSESSIVES:
        return None
    pron = doc.token_at(owner.start)
    if pron is None or pron.dep_ != "poss":
        return None
    tok = pron.head
    for _ in range(_CLIMB):
        if tok.head.i == tok.i:
            return None
        below, tok = tok, tok.head
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != below.i), None)
        if tok.pos_ in ("VERB", "AUX") and subj is not None:
            return _fitting(pron, subj)
    return None


def _fitting(pron: Token, subj: Token) -> Source | None:
    if subj.i > pron.i or subj.lower_ in ACTOR_PRONOUNS or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if pron.lower_ == "its" and subj.tag_ in _PLURAL_TAGS:
        return None
    return source_of(subj)
