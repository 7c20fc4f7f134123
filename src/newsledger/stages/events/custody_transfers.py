"""People moved into custody (PLOVER COERCE arrest: "arrest, detain, or charge with legal action"): a verb of moving
people (``transfer_verbs``) whose destination, its "to" or "into" phrase, is a place of custody (a word of
``custody_destinations``, the head or a word before it: "a prison in the Negev", "the detention center at
Guantanamo", "an internment camp"): "Israel transferred the detainees to a prison in the Negev", "the U.S. began
sending migrants to the detention center". The mover is the source, the people moved the target. A destination that
is no place of custody ("sent aid to a refugee camp", "flew the envoys to Geneva") is none; a verb that already tells
an event of its own ("sent troops to the prison": a deployment) keeps it. Words: ``patterns.yaml``
``transfer_verbs``, ``custody_destinations``; code: ``rules.yaml`` ``codes.custody_transfer``."""

from __future__ import annotations

from spacy.tokens import Token

from .coercion_holds import people_placed
from .tokens import form_in, lemma_of
from .types import Context, Found


def custody_transfer(ctx: Context, v: Token) -> Found | None:
    """The COERCE of moving the object of ``v`` into custody; None unless ``v`` is one of ``transfer_verbs``,
    names whom it moves and where to, and the place is one of custody."""
    code = ctx.rules.custody_transfer_code
    if not code or form_in(v, ctx.lex.transfer_verbs) is None:
        return None
    return people_placed(ctx, v, code, ("to", "into"), lambda d: _custody(ctx, d))


def _custody(ctx: Context, d: Token) -> bool:
    """``d`` names a place of custody: it or a word before it is one of ``custody_destinations``."""
    words = [d, *(c for c in d.children if c.dep_ in ("compound", "amod") and c.i < d.i)]
    return any(lemma_of(w) in ctx.lex.custody_destinations or w.lower_ in ctx.lex.custody_destinations for w in words)


__all__ = ["custody_transfer"]
