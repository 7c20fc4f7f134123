"""A count in an apposition that describes a participant of a negated clause (issue 15): "Tom Reyes,
a veteran of 22 years in the fire service, found no fault with the plan", "The firm, a maker of 400
kinds of bolts, has not paid its tax". The apposition says what is so of the participant; the
clause's negation bears on what the participant did, not on the count. A negator inside the
apposition ("14, not 140") keeps the count's own negation."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.stance import negator
from ...nlp.stance_words import StanceWords
from ...nlp.syntax import is_verb

# the participants an apposition may describe: a subject, an object, a preposition's object
_PARTICIPANTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_MAX_STEPS = 8


def described_in_apposition(tok: Token, words: StanceWords) -> bool:
    """The count whose number is ``tok`` is in an apposition on a participant of its clause, with no
    negator on the way up to it."""
    cur = tok
    for _ in range(_MAX_STEPS):
        if any(c.dep_ in ("neg", "det", "advmod") and negator(c, words) for c in cur.children):
            return False  # "a dozen deaths, not the 300 claimed"
        if cur.dep_ == "appos":
            return cur.head.dep_ in _PARTICIPANTS
        if cur.head.i == cur.i or is_verb(cur.head) or cur.dep_ in ("relcl", "acl", "ccomp"):
            return False
        cur = cur.head
    return False


__all__ = ["described_in_apposition"]
