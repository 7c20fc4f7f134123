"""A critical stance told by a predicate adjective (PLOVER ACCUSE disapprove: "express disapprovals,
objections, and complaints"; "criticize"): "the opposition is critical of the new law", "Hungary
remains deeply critical of the sanctions", "residents grew scornful of the army's promises"; and a state of dismay at a party or an act ("Kenya is
deeply concerned by Uganda's decision", "was disappointed with the ruling against its citizens"). The
adjective's subject disapproves of what the "of" phrase names: the party it names, else the doer of
the act it names (its possessor, demonym or "by" phrase), else no party. An attributive adjective
("a critical report"), "critical to/for" (needed) and a negated stance ("is not critical of") tell
no disapproval; dismay at a state of things ("worried about the weather") is no event.
Words: ``patterns.yaml`` ``critical_adjectives``, ``dismay_adjectives``, ``dismay_preps``; code: ``rules.yaml`` ``codes.judgement``."""

from __future__ import annotations

from spacy.tokens import Token

from .concern import act_word
from .judgements import judged_party
from .predicates import subject_arg
from .roles import source_token
from .tokens import first_child, form_in, prep_objects
from .types import Arg, Context, Found


def critical_stance(ctx: Context, t: Token) -> Found | None:
    """The ACCUSE a predicate adjective ``t`` of ``critical_adjectives`` tells with an "of" phrase, or
    one of ``dismay_adjectives`` with a phrase of ``dismay_preps`` that names a party or holds an act;
    None for any other word, with no such phrase, or when the adjective or its copula is negated."""
    if t.dep_ != "acomp" and not (t.tag_ == "VBN" and t.dep_ in ("ROOT", "ccomp", "conj")):
        return None
    dismay = form_in(t, ctx.lex.dismay_adjectives) is not None
    if not dismay and (t.dep_ != "acomp" or form_in(t, ctx.lex.critical_adjectives) is None):
        return None
    holder = t.head if t.dep_ == "acomp" else t
    if any(c.dep_ == "neg" for w in (t, holder) for c in w.children):
        return None
    preps = ctx.lex.dismay_preps if dismay else ("of",)
    judged = next((o for p in preps for o in prep_objects(t, p)), None)
    if judged is None:
        return None
    source = subject_arg(ctx, source_token(ctx, holder) if holder.i != t.i else first_child(t, "nsubjpass"))
    target = judged_party(ctx, judged)
    if dismay and not target.ids and not any(act_word(ctx, w) for w in judged.subtree):
        return None  # "worried about the weather": no act, no party
    if set(target.ids) & set(source.ids):
        target = Arg()  # "Hungarians are critical of Hungary's policy": no party accuses itself
    f = Found(cameo=ctx.rules.judgement_code, pred=[t], clause=holder, source=source, target=target,
              plover="ACCUSE", judgement=True, extra=[holder])
    k = ctx.rules.confidence
    f.confidence = k.accusation if target.ids else k.accusation_unresolved
    return f


__all__ = ["critical_stance"]
