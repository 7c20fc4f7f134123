"""Displeasure voiced at what a party did, told in a that-clause (PLOVER ACCUSE disapprove: "express
disapprovals, objections, and complaints"): "Canada expressed dismay that India had expelled its diplomats",
"the president voiced frustration that Washington had not shared the intelligence". The displeasure patterns
of ``patterns.yaml`` read a party only in a phrase after "at", "with", "over"; here the party is the subject of
the that-clause the noun of displeasure (``accuse_speech_feeling_nouns``), the object of one of
``concern_verbs``, opens (the parser hangs it on the noun or on a noun after it). A clause whose subject names
no party or actor ("frustration that the talks had stalled") or the speaker's own side is no accusation; one
whose subject is an actor of no country ("frustration that European allies were spending too little") accuses
no one named.
Words: ``patterns.yaml`` ``concern_verbs``, ``accuse_speech_feeling_nouns``; code ``rules.yaml`` ``codes.judgement``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .judgements import accusation, judged_party
from .predicates import subject_arg
from .roles import source_token
from .tokens import children_of, first_child, first_person, form_in
from .types import Context, Found

# the labels the parser gives a that-clause hung on a noun (or on the verb that voices it)
_CLAUSE_DEPS = ("acl", "ccomp", "relcl", "advcl")


def displeasure_that(ctx: Context, v: Token, found: list[Found]) -> Found | None:
    """The ACCUSE ``v`` (one of ``concern_verbs``) tells by voicing a noun of displeasure with a
    that-clause about a named party; None when an event with a target already holds ``v``, the verb
    is negated, or the clause's subject names no party or the speaker's own."""
    lex = ctx.lex
    if form_in(v, lex.concern_verbs) is None or any(c.dep_ == "neg" for c in v.children):
        return None
    if any((v in f.pred or v in f.extra) and f.target for f in found):
        return None
    noun = next((o for o in children_of(v, "dobj", "xcomp", "ccomp") if form_in(o, lex.accuse_speech_feeling_nouns)), None)
    clause = _that_clause(v, noun) if noun is not None else None
    subj = first_child(clause, "nsubj", "nsubjpass") if clause is not None else None
    if noun is None or subj is None or first_person(subj) or any(w.lower_ == "own" for w in subj.subtree):
        return None  # "frustration that his own government had moved too slowly": self-criticism
    source = subject_arg(ctx, source_token(ctx, v))
    target = judged_party(ctx, subj)
    if not target.ids:
        target = arg(ctx, subj)  # "frustration that European allies were spending too little": parties unnamed
    if not source or not target or set(target.ids) & set(source.ids):
        return None
    return accusation(ctx, ctx.rules.judgement_code, [v], v, source, target, extra=[noun])


def _that_clause(v: Token, noun: Token) -> Token | None:
    """The first clause after ``noun`` in ``v``'s phrase opened by the subordinator "that"."""
    for w in v.subtree:
        if w.i > noun.i and w.dep_ in _CLAUSE_DEPS and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in w.children):
            return w
    return None


__all__ = ["displeasure_that"]
