"""Concern voiced at an act that names no party (PLOVER ACCUSE disapprove: "express disapprovals,
objections, and complaints"): "lawmakers expressed concern over the handing of the islands to Y",
"the family voiced alarm about the conditions in which the prisoner is being held". The concern
pattern of ``patterns.yaml`` (CAMEO 110) reads it only with a party named; here what the concern
is about holds an act (a verb or noun of an event pattern in the phrase after ``over``,
``about`` ..., or a verb done to something there), so the concern is an objection to a thing done, its doer the target when named.
Concern at a state of things with no act in it ("concern about the rising price of rice") is no
event.
Words: ``patterns.yaml`` ``concern_verbs``, ``concern_nouns``, ``voiced_concern_preps``; code: ``rules.yaml``
``codes.judgement``."""

from __future__ import annotations

from spacy.tokens import Token

from .judgements import accusation, judged_party
from .predicates import noun_pattern, subject_arg, verb_pattern
from .roles import source_token
from .tokens import children_of, form_in
from .types import Arg, Context, Found


def concern_at_act(ctx: Context, v: Token, found: list[Found]) -> Found | None:
    """The ACCUSE told by ``v`` (one of ``concern_verbs``) voicing one of ``concern_nouns`` about a
    phrase that holds an act; None when an event with a target already holds ``v`` (the pattern's reading with
    a party), or the verb is negated."""
    lex = ctx.lex
    if form_in(v, lex.concern_verbs) is None or any((v in f.pred or v in f.extra) and f.target for f in found):
        return None
    noun = next((o for o in children_of(v, "dobj") if form_in(o, lex.concern_nouns)), None)
    if noun is None or any(c.dep_ == "neg" for c in v.children):
        return None
    about = [o for t in (v, noun) for p in children_of(t, "prep") if p.lower_ in lex.voiced_concern_preps
             for o in children_of(p, "pobj", "pcomp")]
    act = next((w for o in about for w in o.subtree if _act_word(ctx, w)), None)
    if act is None:
        return None
    source = subject_arg(ctx, source_token(ctx, v))
    target = judged_party(ctx, about[0])
    if set(target.ids) & set(source.ids):
        target = Arg()
    return accusation(ctx, ctx.rules.judgement_code, [v], v, source, target, extra=[noun])


def _act_word(ctx: Context, w: Token) -> bool:
    """A word that tells an act: an event noun, a verb of an event pattern, or a clause's transitive
    verb done to something (a gerund with its object, "handing the islands to Y"; a passive, "the
    conditions in which he is being held"); not a modifier ("the rising price")."""
    if w.pos_ == "NOUN":
        return noun_pattern(ctx, w) is not None
    if w.pos_ != "VERB" or w.dep_ in ("amod", "compound"):
        return False
    return verb_pattern(ctx, w) is not None or any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in w.children)


__all__ = ["concern_at_act"]
