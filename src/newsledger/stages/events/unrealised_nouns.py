"""An event noun told as not (yet) done by its modifier: "the planned demonstration", "a proposed boycott", "a
possible strike", "the upcoming summit". The adjective or participle (``patterns.yaml``
``unrealised_noun_modifiers``) says the act is planned, proposed or only possible, so the noun tells no act done:
modality hypothetical, as an act scheduled by a verb is ("is due to visit": ``schedule_words``). A light verb that
tells the act done overrides it ("launched its planned offensive": the noun carries the verb's act); this applies
only to a noun with no light verb of its own."""

from __future__ import annotations

from spacy.tokens import Token

from .predicates import light_verb
from .tokens import form_in
from .types import Context, Found


def unrealised_noun(ctx: Context, f: Found) -> bool:
    """Whether ``f`` is an event noun with no light verb that a modifier of ``unrealised_noun_modifiers`` qualifies."""
    return f.noun and not f.extra and unrealised_trigger(ctx, f.pred[0])


def unrealised_trigger(ctx: Context, n: Token) -> bool:
    """Whether the noun ``n`` (a pattern's or a report's trigger), carried by no light verb, is so qualified."""
    if not ctx.lex.unrealised_noun_modifiers or not any(_unrealised(ctx, c) for c in n.children):
        return False
    return light_verb(ctx, n) is None


def _unrealised(ctx: Context, mod: Token) -> bool:
    return mod.dep_ in ("amod", "compound") and mod.i < mod.head.i and form_in(mod, ctx.lex.unrealised_noun_modifiers) is not None


__all__ = ["unrealised_noun", "unrealised_trigger"]
