"""Support told from the side of what is supported (PLOVER SUPPORT: "express support for, commend";
"approve policy, action, or actor"): "the plan has the backing of Germany", "the proposal won the
support of France and Japan", "the deal enjoys the endorsement of the African Union". The verb's
subject holds the support; its giver is the party the "of" (or "from") phrase names, the source; the
target the party the subject names or owns ("Kenya's plan"), else none. Support of no named party
("has the support of many lawmakers"), a giver that is the holder itself ("Germany has the support of its
allies": the pronoun's party) and a negated verb ("does not have the backing of") tell no
event; a light verb whose subject gives the support ("lent its support to X") is read by the
patterns.
Words: ``patterns.yaml`` ``backing_nouns``, ``backing_verbs``; code: ``rules.yaml`` ``codes.backing``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .judgements import judged_party
from .roles import source_token
from .tokens import form_in, prep_objects
from .types import Arg, Context, Found

_GIVER_PREPS = ("of", "from")


def held_backing(ctx: Context, n: Token) -> Found | None:
    """The SUPPORT a noun ``n`` of ``backing_nouns`` tells as the object of one of ``backing_verbs``
    with its giver named; None otherwise."""
    if n.dep_ != "dobj" or form_in(n, ctx.lex.backing_nouns) is None:
        return None
    verb = n.head
    if form_in(verb, ctx.lex.backing_verbs) is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    giver = next((g for p in _GIVER_PREPS for o in prep_objects(n, p)
                  if (g := arg(ctx, o, allow_vague=False)).ids), None)
    if giver is None:
        return None
    holder = source_token(ctx, verb)
    target = judged_party(ctx, holder) if holder is not None else Arg()
    if set(target.ids) & set(giver.ids):
        return None  # "Germany has the support of its allies": the giver read from the holder's pronoun
    f = Found(cameo=ctx.rules.backing_code, pred=[n], clause=verb, source=giver, target=target, plover="SUPPORT",
              noun=True, extra=[verb])
    k = ctx.rules.confidence
    f.confidence = k.accusation if target.ids else k.accusation_unresolved
    return f


__all__ = ["held_backing"]
