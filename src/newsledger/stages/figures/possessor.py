"""A count owned by a possessive pronoun that no actor stands for ("the ministry has stopped
updating its count, which stood at 46", "the agency said its tally had reached 17"): the count is
the subject of the clause around it, the body whose count "its" names.

The count-owner reading gives the pronoun as written; where the actor layer resolved no actor
there, the subject of the nearest clause above the count noun (a verb with a subject that comes
before the pronoun, is not the count itself and counts no one: "Rescuers now say at least 45 were
killed, up from 27 in their first count" is the rescuers') owns it. "its" wants a singular subject; a
pronoun subject is no better than the pronoun it would replace."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.attribution import Source, source_of
from ...nlp.words import ACTOR_PRONOUNS

POSSESSIVES = frozenset({"its", "their"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_CLIMB = 6  # heads climbed from the count noun to the clause that names its owner


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
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i != below.i), None)
        if tok.pos_ not in ("VERB", "AUX") or subj is None or _counted(subj):
            continue  # "45 people were killed, up from 27 in their first count": not the counted
        return _fitting(pron, subj)
    return None


def _counted(subj: Token) -> bool:
    """A subject that is itself a count ("at least 45 people"): the counted, not the counter."""
    return subj.like_num or any(c.dep_ == "nummod" for c in subj.children)


def _fitting(pron: Token, subj: Token) -> Source | None:
    if subj.i > pron.i or subj.lower_ in ACTOR_PRONOUNS or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if pron.lower_ == "its" and subj.tag_ in _PLURAL_TAGS:
        return None
    return source_of(subj)
