"""Participles coordinated with a passive verb ("reporters were beaten and detained by police",
"have been harassed and briefly detained"): each bare participle is passive too, done to the
passive's subject; a doer named in one "by" phrase of the chain is the doer of the chain's acts
that name none of their own."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import conjuncts, is_passive, passive_conjunct
from .tokens import first_child, prep_objects


def conjunct_patient(v: Token) -> Token | None:
    """The subject of the passive verb that the bare participle ``v`` is coordinated with, or None."""
    head = passive_conjunct(v)
    return first_child(head, "nsubjpass") if head is not None else None


def chain_agents(v: Token) -> list[Token]:
    """The "by" objects of the other verbs of ``v``'s passive chain ("were beaten and detained by
    police": police, for "beaten"), when ``v`` is passive or a bare participle of such a chain."""
    head = passive_conjunct(v)
    if head is None:
        if not is_passive(v):
            return []
        head = v
    return [o for c in conjuncts(head) if c.i != v.i and (c.i == head.i or passive_conjunct(c) is not None)
            for o in prep_objects(c, "by")][:1]
