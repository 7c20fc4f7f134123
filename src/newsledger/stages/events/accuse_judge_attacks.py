"""Verbal attacks told by a noun of attack (PLOVER ACCUSE disapprove: "criticize, defame, denigrate responsible
parties"): an attack qualified as made of words ("launched a scathing attack on Sweden", "a blistering assault on the
court", "his verbal attacks on the press"), an adjective of ``accuse_judge_verbal_words`` on a noun of
``figurative_attacks``, is criticism of its target, not force; "launched an attack on the town" stays an assault.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import plover_of
from .tokens import children_of, form_in
from .types import Context, Found


def worded_attack(ctx: Context, f: Found) -> None:
    """Retype ``f``, an ASSAULT whose attack noun is told as verbal, as a judgement (``codes.judgement``)."""
    if plover_of(ctx.cameo, f) != "ASSAULT" or not any(_verbal(ctx, t) for t in [*f.pred, *f.extra]):
        return
    f.cameo, f.pattern, f.plover, f.mode = ctx.rules.judgement_code, None, "ACCUSE", None
    f.judgement = True


def _verbal(ctx: Context, n: Token) -> bool:
    """A noun of ``figurative_attacks`` (or a light verb's object that is one) with an adjective of
    ``accuse_judge_verbal_words``."""
    nouns = [n, *children_of(n, "dobj")]
    return any(form_in(x, ctx.lex.figurative_attacks) and any(
        form_in(a, ctx.lex.accuse_judge_verbal_words) for a in children_of(x, "amod")) for x in nouns)


__all__ = ["worded_attack"]
