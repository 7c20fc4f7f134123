"""A critical stance told by a predicate adjective (PLOVER ACCUSE disapprove: "express disapprovals,
objections, and complaints"; "criticize"): "the opposition is critical of the new law", "Hungary
remains deeply critical of the sanctions", "residents grew scornful of the army's promises". The
adjective's subject disapproves of what the "of" phrase names: the party it names, else the doer of
the act it names (its possessor, demonym or "by" phrase), else no party. An attributive adjective
("a critical report"), "critical to/for" (needed) and a negated stance ("is not critical of") tell
no disapproval.
Words: ``patterns.yaml`` ``critical_adjectives``; code: ``rules.yaml`` ``codes.judgement``."""

from __future__ import annotations

from spacy.tokens import Token

from .judgements import judged_party
from .predicates import subject_arg
from .roles import source_token
from .tokens import form_in, prep_objects
from .types import Arg, Context, Found


def critical_stance(ctx: Context, t: Token) -> Found | None:
    """The ACCUSE a predicate adjective ``t`` of ``critical_adjectives`` tells with an "of" phrase;
    None for any other word, with no "of" phrase, or when the adjective or its copula is negated."""
    if t.dep_ != "acomp" or form_in(t, ctx.lex.critical_adjectives) is None:
        return None
    holder = t.head
    if any(c.dep_ == "neg" for w in (t, holder) for c in w.children):
        return None
    judged = next(iter(prep_objects(t, "of")), None)
    if judged is None:
        return None
    source = subject_arg(ctx, source_token(ctx, holder))
    target = judged_party(ctx, judged)
    if set(target.ids) & set(source.ids):
        target = Arg()  # "Hungarians are critical of Hungary's policy": no party accuses itself
    f = Found(cameo=ctx.rules.judgement_code, pred=[t], clause=holder, source=source, target=target,
              plover="ACCUSE", judgement=True, extra=[holder])
    k = ctx.rules.confidence
    f.confidence = k.accusation if target.ids else k.accusation_unresolved
    return f


__all__ = ["critical_stance"]
