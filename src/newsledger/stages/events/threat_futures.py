"""Force promised under a speech verb and read by no wrapper (PLOVER THREATEN: "threaten to arrest, detain, or
imprison", "threaten violence"; the gold's convention: promised acts sit inside their THREATEN, not coded apart):
"the army said it would arrest anyone who joins the protests", "police said they would use force against the
marchers". A conflict act (a PLOVER type of ``threat_future_types``) told as to come under a speech verb, that no
wrapper has read as a threat (an act the report constructions find, or one whose doer names no party), is still a
warning: a THREATEN over it, from its doer (named or not), to its target; the act itself is its child, to come. An act in the outlet's own voice ("the army will
begin deporting migrants on Monday"), told done, or one another event already wraps, is left as it is. Words:
``patterns.yaml`` ``threat_future_types``; the threat's code is the ``threaten`` wrapper's for the act."""

from __future__ import annotations

from .lexicon import plover_of
from .modality import wrapped_confidence, wrapper_confidence
from .types import Context, Found


def promised_force(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with a THREATEN over each conflict act promised under a speech verb that no wrapper has read."""
    threaten = ctx.lex.wrappers.get("threaten")
    if threaten is None or not ctx.lex.threat_future_types:
        return found
    wrapped = {id(f.parent) for f in found if f.parent is not None}
    out: list[Found] = []
    for f in found:
        out.append(f)
        if f.parent is not None or id(f) in wrapped or f.modality != "future" or f.speaker_token is None:
            continue
        if plover_of(ctx.cameo, f).lower() not in ctx.lex.threat_future_types:
            continue
        top = Found(cameo=threaten.code_for(f.cameo) or f.cameo, pred=[f.pred[0]], clause=f.clause, source=f.source,
                    target=f.target, plover="THREATEN", speaker=f.speaker, speaker_token=f.speaker_token,
                    extra=list(f.extra))
        top.confidence = wrapper_confidence(ctx, f.confidence)
        f.parent = top
        f.confidence = wrapped_confidence(ctx, f.confidence)
        out.insert(len(out) - 1, top)
    return out


__all__ = ["promised_force"]
