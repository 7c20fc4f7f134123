"""A party warned it will be held to account (PLOVER THREATEN, CAMEO 130 "threaten"): a verb of holding
to account told as to come ("Tehran will hold Washington responsible for any consequences", "will
be held accountable") warns of what the party will face; only told as done ("held the United States
responsible for the deaths") does it accuse (PLOVER ACCUSE allege).
Words: ``patterns.yaml`` ``accountability_verbs``; code: ``rules.yaml`` ``codes.accountability_warning``."""

from __future__ import annotations

from .types import Context, Found


def warned_accountability(ctx: Context, f: Found) -> None:
    """Recode ``f`` as a warning when its pattern holds a party to account (its first word one of
    ``accountability_verbs``) and it is told as to come."""
    pat = f.pattern
    code = ctx.rules.accountability_warning_code
    if not code or pat is None or f.modality != "future" or f.parent is not None:
        return
    if pat.kind != "verb" or len(pat.words) < 2 or pat.words[0] not in ctx.lex.accountability_verbs:
        return
    f.cameo = code
    f.plover = "THREATEN"
    f.mode = None
    f.contexts = ()
