"""Clause modality grammar shared by the stages: a condition told by subject-auxiliary inversion
("Had the army attacked the town, ...", "Were Israel to annex the valley, ..."), the subordinator
of an embedded question ("asked whether X attacked"), and an adverb of possibility on a clause's
verb ("possibly shelled"). The words come from the caller's data."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token


def inverted_condition(verb: Token, auxiliaries: Collection[str]) -> bool:
    """``verb`` heads an adverbial clause opened by one of ``auxiliaries`` before its subject,
    with no subordinator: "Had the army attacked the town, hundreds would have died" (a
    condition; not "After the army had attacked the town", nor a question)."""
    if verb.dep_ not in ("advcl", "ccomp") or verb.i > verb.head.i or any(c.dep_ == "mark" for c in verb.children):
        return False  # (the parser takes a fronted one for a complement too)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = verb.doc[verb.left_edge.i]
    return subj is not None and first.dep_ in ("aux", "auxpass") and first.head.i == verb.i \
        and first.lower_ in auxiliaries and first.i < subj.i


def question_mark(verb: Token, marks: Collection[str]) -> bool:
    """``verb`` heads a complement clause opened by one of ``marks``: an embedded question
    ("asked whether the army would withdraw", "to determine if the rebels attacked"), not
    told as done."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def possibility_adverb(verb: Token, adverbs: Collection[str]) -> bool:
    """An adverb of ``adverbs`` on ``verb`` itself ("the soldiers possibly shelled the
    hospital", "perhaps withdrew"): the act is told as possible, not as done."""
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in verb.children)


__all__ = ["inverted_condition", "possibility_adverb", "question_mark"]
