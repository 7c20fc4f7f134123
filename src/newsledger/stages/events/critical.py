"""Disapproval told by an adjective with its "of" phrase (PLOVER ACCUSE disapprove: "criticize, ... express
disapproval"): "the senator was highly critical of Moscow's handling of the crisis", "a report scathing of the
army", "posted videos critical of the government". The judge is the adjective's subject (of a copula or a verb
of being or seeming), or the noun it qualifies when that names a party, else the subject of the verb that noun
belongs to ("she posted videos critical of X": the poster); the accused is the party the "of" phrase names, or the
doer of the act it names (its possessor, demonym or "by" phrase). "Critical to", "critical for" (vital) and a
negated adjective tell no disapproval. Words: ``patterns.yaml`` ``critical_adjectives``; code: ``rules.yaml``
``codes.judgement``."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import is_verb
from .arguments import arg
from .judgements import judged_party
from .tokens import first_child, form_in, prep_objects
from .types import Arg, Context, Found

# how far up a noun phrase the verb of a qualified noun is looked for ("a series of videos critical of")
_MAX_CLIMB = 4


def critical_judgement(ctx: Context, a: Token) -> Found | None:
    """The ACCUSE an adjective of ``critical_adjectives`` with an "of" phrase tells; None unless the phrase
    names a party (or the doer of an act) and neither the adjective nor its copula is negated."""
    if a.pos_ != "ADJ" or form_in(a, ctx.lex.critical_adjectives) is None:
        return None
    objs = prep_objects(a, "of")
    if not objs or _negated(a):
        return None
    target = judged_party(ctx, objs[0])
    if not target.ids:
        return None
    clause, judge = _judge(ctx, a)
    source = arg(ctx, judge, allow_vague=False) if judge is not None else Arg()
    if set(source.ids) & set(target.ids):
        return None  # "critical of its own record": no party accused
    k = ctx.rules.confidence
    return Found(cameo=ctx.rules.judgement_code, pred=[a], clause=clause, source=source, target=target,
                 plover="ACCUSE", judgement=True, confidence=k.accusation if source.ids else k.accusation_unresolved)


def _negated(a: Token) -> bool:
    """The adjective or the copula it is the complement of is negated ("was not critical of")."""
    heads = [a, a.head] if a.dep_ in ("acomp", "oprd") else [a]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _judge(ctx: Context, a: Token) -> tuple[Token, Token | None]:
    """The clause the judgement belongs to and the word naming its judge: a copula's subject; the noun
    the adjective qualifies when it names a party; else the subject of the verb that noun belongs to."""
    if a.dep_ in ("acomp", "oprd") and is_verb(a.head):
        return a.head, first_child(a.head, "nsubj", "nsubjpass")
    if a.dep_ != "amod":
        return a, None
    noun = a.head
    if arg(ctx, noun, allow_vague=False).ids:
        return noun, noun  # "lawmakers critical of the deal"
    up = noun
    for _ in range(_MAX_CLIMB):
        if is_verb(up) or up.head.i == up.i:
            break
        up = up.head
    if not is_verb(up):
        return noun, None
    return up, first_child(up, "nsubj")


__all__ = ["critical_judgement"]
