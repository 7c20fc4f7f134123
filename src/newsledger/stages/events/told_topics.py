"""A topic told as having happened (issue 16, set 4c): an event noun that is what something is about ("details
emerged about a battle", "a report on the attack") names a topic, no happening reported (``reports.yaml``
``topic_heads``); but when the noun's own clause tells that it happened, in the past and as a fact ("details
emerged about a battle that erupted today", "spoke about the raid that took place last week", "a report on the
attack carried out on Monday"), the outlet tells the happening. A subject relative clause (its subject the
relative word) or a past participle on the noun counts; a modal, a negation or an infinitive does not ("attacks
that could follow", "a raid that never happened", "a raid to be carried out")."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import is_passive, is_verb
from ...nlp.tree import children
from ...nlp.words import RELATIVE_PRONOUNS

PAST_TAGS = ("VBD", "VBN")


def told_as_happened(noun: Token) -> bool:
    """``noun`` has a clause of its own that tells, as a past fact, that it happened (see the module docstring)."""
    return any(_past_fact(c) for c in children(noun) if c.dep_ in ("relcl", "acl") and is_verb(c))


def _past_fact(clause: Token) -> bool:
    kids = children(clause)
    if any(k.dep_ == "neg" or k.tag_ in ("MD", "TO") for k in kids):
        return False  # "a raid that never happened", "attacks that could follow", "a raid to be carried out"
    if clause.dep_ == "acl":
        return clause.tag_ == "VBN" and is_passive(clause)  # "the attack carried out on Monday"
    if clause.tag_ not in PAST_TAGS:
        return False
    subject = next((k for k in kids if k.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in RELATIVE_PRONOUNS  # "a battle that erupted"


__all__ = ["told_as_happened"]
