"""Pressure put on a party to act (PLOVER REQUEST: "all requests, demands, and orders"; CAMEO 10): a verb whose
object is a noun of ``pressure_nouns`` with an "on" phrase naming a party and an infinitive of what the party is to
do: "the United States stepped up pressure on China to rein in North Korea", "Brussels put pressure on Belgrade to
recognise the vote", "increased pressure on Ankara to drop its objections". The verb's subject is the source, the
party pressed the target. Pressure with no act asked of it ("pressure on the currency", "under pressure") or no party
pressed, or negated, is none. Words: ``patterns.yaml`` ``pressure_nouns``; code: ``rules.yaml``
``codes.pressure_request``."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import has_to
from .arguments import arg
from .roles import source_token
from .tokens import form_in, prep_objects
from .types import Context, Found


def pressure_request(ctx: Context, v: Token) -> Found | None:
    """The REQUEST of the pressure ``v`` puts on a party to act (see the module); None when it is not one."""
    code = ctx.rules.pressure_request_code
    if not code or any(c.dep_ == "neg" for c in v.children):
        return None
    noun = next((c for c in v.children if c.dep_ == "dobj" and form_in(c, ctx.lex.pressure_nouns) is not None), None)
    if noun is None or not _asks_act(v, noun):
        return None
    pressed = [*prep_objects(noun, "on"), *prep_objects(v, "on")]
    target = arg(ctx, pressed[0], deep=True, allow_vague=False) if pressed else None
    doer = source_token(ctx, v)
    source = arg(ctx, doer, deep=True, allow_vague=False) if doer is not None else None
    if target is None or not target.ids or source is None or not source.ids:
        return None
    return Found(cameo=code, pred=[v], clause=v, source=source, target=target, plover="REQUEST", extra=[noun])


def _asks_act(v: Token, noun: Token) -> bool:
    """An infinitive of what is asked, on the pressure noun ("pressure on X to drop") or on its verb ("put pressure
    on X to recognise")."""
    on_noun = any(c.dep_ == "acl" and has_to(c) for c in noun.children)
    return on_noun or any(c.dep_ in ("advcl", "xcomp") and has_to(c) for c in v.children)


__all__ = ["pressure_request"]
