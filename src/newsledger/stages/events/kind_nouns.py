"""Event nouns that name a kind, not an act: a noun of an event of one of ``kind_modifier_types`` used as a modifier
before the noun it qualifies ("the terror threat level", "high-threat suspects", "a threat assessment") tells no
threat made; the noun at the head of its phrase ("Russia's threat to cut gas", "the threat of sanctions") still does.
Types: ``rules.yaml`` ``kind_modifier_types``."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import pattern_plover
from .types import Context, EventPattern


def kind_modifier(ctx: Context, n: Token, pat: EventPattern) -> bool:
    """``n``, an event noun of ``pat``, qualifies a noun after it and its event is of one of
    ``kind_modifier_types``."""
    if n.dep_ not in ("compound", "nmod", "amod") or n.head.i <= n.i or n.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return pattern_plover(ctx.cameo, pat) in ctx.rules.kind_modifier_types


__all__ = ["kind_modifier"]
