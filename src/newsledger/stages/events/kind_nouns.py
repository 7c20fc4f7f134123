"""Event nouns that name a kind, not an act: a noun of an event of one of ``kind_modifier_types`` used as a modifier
before the noun it qualifies ("the terror threat level", "high-threat suspects", "a threat assessment") tells no
threat made; the noun at the head of its phrase ("Russia's threat to cut gas", "the threat of sanctions") still does.
Types: ``rules.yaml`` ``kind_modifier_types``.

An event noun of any type that is the compound classifier of a noun naming no event ("protest suggestions", "a
protest song", "attack helicopters", "a strike force") names a kind too (i16-set4q): the act is what the head is
about or for, not an act the sentence tells. When the head is itself an event noun ("a protest march", "fraud
investigations") the head is the act told."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import pattern_plover
from .predicates import noun_pattern
from .tokens import lemma_of
from .types import Context, EventPattern


def kind_modifier(ctx: Context, n: Token, pat: EventPattern) -> bool:
    """``n``, an event noun of ``pat``, qualifies a noun after it and its event is of one of
    ``kind_modifier_types``."""
    if n.dep_ not in ("compound", "nmod", "amod") or n.head.i <= n.i or n.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return pattern_plover(ctx.cameo, pat) in ctx.rules.kind_modifier_types or classifies_other_noun(ctx, n)


def classifies_other_noun(ctx: Context, n: Token) -> bool:
    """Whether the event noun ``n`` is a compound modifier of a noun that names no event (no noun pattern and no
    report's noun)."""
    head = n.head
    if n.dep_ != "compound" or head.i < n.i or head.pos_ != "NOUN" or noun_pattern(ctx, head) is not None:
        return False
    return not any(lemma_of(head) in r.nouns for r in ctx.data.reports.reports)


__all__ = ["classifies_other_noun", "kind_modifier"]
