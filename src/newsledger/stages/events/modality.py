"""Modality and confidence of a found event (the confidence values are in
``data/events/rules.yaml``)."""

from __future__ import annotations

from .types import Context, Found, Frame, reported_will


def modality_of(fr: Frame) -> str:
    if fr.negated:
        return "negated"
    if fr.hypothetical or fr.aimed or (fr.would and not reported_will(fr, fr.would)):
        return "hypothetical"  # what a thing is made for ("made bombs to carry out attacks") is aimed at, not told done
    if fr.future or fr.would or fr.purpose:
        return "future"
    return "asserted"


def confidence(ctx: Context, f: Found, fr: Frame) -> float:
    """How sure the event is, from what was found for it and the frame of its clause."""
    k = ctx.rules.confidence
    c = k.base
    if f.source:
        c += k.source + (k.source_resolved if f.source.ids else 0.0)
    if f.target and not f.target_from_source:  # a target read from the source's country adds nothing
        c += k.target + (k.target_resolved if f.target.ids else 0.0)
    if fr.main:
        c += k.main_clause
    else:
        c -= k.subordinate_clause
    if f.noun:
        c -= k.noun_with_light_verb if f.extra else k.noun_alone  # carried by a light verb, or standing alone
        if not f.extra and f.pred[0].dep_ == "pobj":
            c -= k.noun_in_adjunct
    if f.pattern is not None and (f.pattern.objects or len(f.pattern.words) > 1):
        c += k.specific_pattern
    if fr.negated or fr.hypothetical:
        c -= k.negated_or_hypothetical
    return round(max(k.floor, min(k.ceiling, c)), 3)


def wrapper_confidence(ctx: Context, inner: float) -> float:
    """The confidence of a wrapping event (REQUEST, AGREE ...) over an inner event."""
    k = ctx.rules.confidence
    return min(k.ceiling, inner + k.wrapper_bonus)


def wrapped_confidence(ctx: Context, inner: float) -> float:
    """The confidence of an inner (requested, promised ...) event under its wrapper."""
    return round(inner * ctx.rules.confidence.wrapped_factor, 3)


__all__ = ["confidence", "modality_of", "wrapped_confidence", "wrapper_confidence"]
