"""Meetings of one body's members: "ECOWAS defence ministers met in Abuja", "NATO foreign ministers
discussed Ukraine". PLOVER CONSULT multilateral is "a meeting that occurs in a multilateral context,
typically an alliance or IGO": the members meet among themselves, so the body (of one of
``multilateral_sectors`` in ``data/events/rules.yaml``) named before their plural head is the one
source, and a symmetric meeting pattern that wants a second party needs none."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .tokens import first_child
from .types import Arg, Context, Found


def members_meeting(ctx: Context, f: Found) -> bool:
    """``f`` is a meeting (a symmetric CONSULT pattern) whose subject is a plural head naming the
    members of a multilateral body ("ECOWAS security chiefs", "NATO foreign ministers"); the body
    is then its source."""
    pat = f.pattern
    if pat is None or not pat.symmetric or not pat.cameo.startswith("04") or f.noun or len(f.source.tokens) > 1:
        return False
    head = f.source.tokens[0] if f.source.tokens else first_child(f.pred[0], "nsubj")
    body = _body_of(ctx, head) if head is not None and head.tag_ == "NNS" else Arg()
    if not body:
        return False
    f.source = body
    return True


def _body_of(ctx: Context, head: Token) -> Arg:
    """The multilateral body a modifier of ``head`` names ("ECOWAS" in "ECOWAS defence ministers"), or
    its "of" or "from" phrase ("the foreign ministers of the Arab League", "diplomats from the G7")."""
    members_of = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                  for o in p.children if o.dep_ == "pobj"]
    for c in [*head.children, *members_of]:
        if c not in members_of and (c.dep_ not in ("compound", "poss", "nmod") or c.i > head.i):
            continue
        got = arg(ctx, c, allow_vague=False)
        actors = [ctx.actor(i) for i in got.ids]
        if len(actors) == 1 and (a := actors[0]) is not None and not a.country \
                and set(a.sectors) & ctx.rules.multilateral_sectors:
            return got
    return Arg()


__all__ = ["members_meeting"]
