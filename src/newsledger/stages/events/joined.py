"""Acts of force told in a clause joined to another act of force: "guards shot dead two attackers, and a third blew
himself up"; "troops killed three rebels, and a landmine later wounded two soldiers".

The report constructions (:mod:`.reports`) are read only on a sentence that tells no act of an actor, or on
its root: a second act in a coordinated clause whose doer the actor lists do not know ("a third", "a
landmine") was never found. A clause coordinated with a verb that is an act found, with a subject of its own
and no act of its own, is read by itself here."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.syntax import NOMINAL_SUBJECT_DEPS, is_verb
from .lexicon import plover_of
from .reports import reports_in
from .types import Context, Found


def joined_clause_events(ctx: Context, sent: SpacySpan, found: list[Found]) -> list[Found]:
    """The report events of a PLOVER type of ``joined_acts`` in each clause of ``sent`` coordinated with an act of
    ``found`` of such a type (see the module): a verb that is a conjunct of that act's predicate (or of a conjunct
    of it), with a subject of its own, that is no act found; its words are its subtree without the clauses
    coordinated after it. Another kind of act beside it stays a second reading of the sentence's happening ("rebels
    attacked the village, and a cache of rifles was found there": the attack)."""
    told = {t.i for f in found for t in (*f.pred, *f.extra)}
    kinds = ctx.data.reports.joined_acts
    acts = {t.i for f in found if plover_of(ctx.cameo, f) in kinds for t in f.pred}
    if not acts:
        return []
    out: list[Found] = []
    for verb in ctx.pd.tokens_in(sent):
        if verb.i in told or verb.dep_ != "conj" or not is_verb(verb) or conjoined_head(verb, acts) is None:
            continue
        if not any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
            continue  # "shot dead two attackers and wounded a third": the same doer's act, the pattern's
        later = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
        words = [t for t in verb.subtree if t.i not in later]
        out.extend(f for f in reports_in(ctx, sent, words, ctx.data.reports)
                   if f.pred[0].i not in told and plover_of(ctx.cameo, f) in kinds)
    return out


def conjoined_head(verb: Token, heads: Container[int]) -> int | None:
    """The index of the token of ``heads`` whose conjunct ``verb`` is, directly or through the conjuncts
    before it (an act's predicate), or None."""
    cur = verb
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.i in heads:
            return cur.i
    return None


__all__ = ["conjoined_head", "joined_clause_events"]
