"""Parties paired by a hyphen before an event noun: "Kenya-Uganda talks", "Saudi-Iranian talks",
"the Ethiopia-Eritrea accord". PLOVER codes the parties of talks, calls and reciprocal agreements
all as ACTOR with no RECIPIENT (the codebook's CONSULT and AGREE notes); a pair of names joined by
a hyphen before a symmetric event noun names both parties, where one name before a meeting noun is
only its venue ("the Doha talks") and is skipped. Both must be named actors of different
countries: "Franco-German talks" pairs two, "the Kenya-based group's talks" names none."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .tokens import lemma_of
from .types import Arg, Context, EventPattern

_PAIR_DEPS = ("compound", "amod", "nmod")


def hyphen_pair(ctx: Context, n: Token, pat: EventPattern) -> Arg:
    """Both parties of a hyphen-joined pair of names before the symmetric event noun ``n``, or none."""
    if not pat.symmetric:
        return Arg()
    mods = [m for m in n.children if m.dep_ in _PAIR_DEPS and m.i < n.i]
    for second in mods:
        dash = n.doc[second.i - 1] if second.i > 0 else None
        first = n.doc[second.i - 2] if second.i > 1 else None
        if dash is None or first is None or dash.tag_ != "HYPH":
            continue
        if first.dep_ not in _PAIR_DEPS or first.head.i not in (n.i, second.i) or dash.whitespace_ or first.whitespace_:
            continue
        a, b = arg(ctx, first, allow_vague=False), arg(ctx, second, allow_vague=False)  # (b may hold a)
        if not (a.named and b.named) or not set(b.ids) - set(a.ids):
            continue
        a.extend(b)
        if len(_countries(ctx, a)) >= 2:
            return a
    return Arg()


def war_named_by_sides(ctx: Context, n: Token) -> bool:
    """Whether ``n`` is a noun of a standing war or conflict (``named_war_nouns``) named by its two sides, a
    hyphen-joined pair of names before it ("a ceasefire in the Russia-Ukraine war", "the Israel-Hamas conflict"):
    the conflict spoken of, no attack the noun tells (its acts are told by their own words)."""
    if lemma_of(n) not in ctx.lex.named_war_nouns:
        return False
    for second in (m for m in n.children if m.dep_ in _PAIR_DEPS and m.i < n.i):
        if second.i < 2 or n.doc[second.i - 1].tag_ != "HYPH":
            continue
        first = n.doc[second.i - 2]
        if first.dep_ in _PAIR_DEPS and first.head.i in (n.i, second.i) and not n.doc[second.i - 1].whitespace_:
            a, b = arg(ctx, first, allow_vague=False), arg(ctx, second, allow_vague=False)
            if a.named and b.named:
                return True
    return False


def _countries(ctx: Context, a: Arg) -> set[str]:
    return {c for i in a.ids if (actor := ctx.actor(i)) is not None and (c := actor.country)}


__all__ = ["hyphen_pair", "war_named_by_sides"]
