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

from ...nlp.syntax import is_passive
from .arguments import arg
from .roles import source_token
from .tokens import first_child, form_in, lemma_of, prep_objects
from .types import Arg, Context, Found


def custody_transfer(ctx: Context, v: Token) -> Found | None:
    """The COERCE of moving the object of ``v`` into custody; None unless ``v`` is one of ``transfer_verbs``,
    names whom it moves and where to, and the place is one of custody."""
    code = ctx.rules.custody_transfer_code
    if not code or form_in(v, ctx.lex.transfer_verbs) is None or any(c.dep_ == "neg" for c in v.children):
        return None
    moved = first_child(v, "nsubjpass") if is_passive(v) else first_child(v, "dobj")
    if moved is None or not any(_custody(ctx, d) for p in ("to", "into") for d in prep_objects(v, p)):
        return None
    target = arg(ctx, moved)
    if not target:
        return None  # "sent the files to the prison": no people moved
    doer = source_token(ctx, v)
    source = arg(ctx, doer, allow_vague=False) if doer is not None else Arg()
    return Found(cameo=code, pred=[v], clause=v, source=source, target=target)


def _custody(ctx: Context, d: Token) -> bool:
    """``d`` names a place of custody: it or a word before it is one of ``custody_destinations``."""
    words = [d, *(c for c in d.children if c.dep_ in ("compound", "amod") and c.i < d.i)]
    return any(lemma_of(w) in ctx.lex.custody_destinations or w.lower_ in ctx.lex.custody_destinations for w in words)


__all__ = ["custody_transfer"]
