"""A build-up of one's own forces promised or planned: "Germany pledged to expand its army", "Japan vowed to
strengthen its military". PLOVER THREATEN is a coercive or forceful warning, which needs someone warned; an
increase of one's armed forces (CAMEO 154 "mobilize or increase armed forces", PLOVER MOBILIZE troops) whose only
party is its doer (no target, or its own country) warns no one: the promise tells the mobilisation to come, not a
threat. Aimed at another party ("vowed to strengthen its forces near the border with Ukraine") it stays a threat,
and so does a show of force vowed (CAMEO 150: "vowed to launch more missiles")."""

from __future__ import annotations

from .lexicon import plover_of
from .types import Arg, Context, Found


def promised_own_buildup(ctx: Context, f: Found) -> bool:
    """Whether ``f``, an act under a promise or plan, is a mobilisation with no party but its doer."""
    code = ctx.rules.own_buildup_code
    if not code or plover_of(ctx.cameo, f) != "MOBILIZE" or not f.cameo.startswith(code):
        return False
    own = _countries(ctx, f.source)
    if not own:
        return False
    return f.target_from_source or _countries(ctx, f.target) <= own


def _countries(ctx: Context, a: Arg) -> set[str]:
    return {c for i in a.ids if (act := ctx.actor(i)) is not None and (c := act.country)}


__all__ = ["promised_own_buildup"]
