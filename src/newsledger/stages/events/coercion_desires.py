"""A party wanting another to act (PLOVER REQUEST: "all requests, demands, and orders"; CAMEO 10): a verb of
``request_desire_verbs`` ("want", "wish") whose infinitive complement has a subject of its own names the
party asked: "the United States wants Germany to do more for European security", "Kyiv wants its allies to send
more air defences"; expecting another to act is a forecast ("Israel expects Hamas to reject it"), no request. The wanter (a party) is the source, the complement's subject the target. Wanting to act oneself
("wants to expand its army") is an intent, no request; negated ("does not want X to") or with no party named on
either side, none. Words: ``patterns.yaml`` ``request_desire_verbs``; code: ``rules.yaml`` ``codes.desire_request``."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import has_to
from .arguments import arg
from .roles import source_token
from .tokens import first_child, form_in
from .types import Context, Found


def desire_request(ctx: Context, v: Token) -> Found | None:
    """The REQUEST of one party wanting another to act (see the module); None when ``v`` is not one."""
    code = ctx.rules.desire_request_code
    if not code or form_in(v, ctx.lex.request_desire_verbs) is None or any(c.dep_ == "neg" for c in v.children):
        return None
    asked = _asked(v)
    if asked is None:
        return None
    doer = source_token(ctx, v)
    source = arg(ctx, doer, deep=True, allow_vague=False) if doer is not None else None
    target = arg(ctx, asked, deep=True, allow_vague=False)
    if source is None or not source.ids or not target.ids:
        return None
    return Found(cameo=code, pred=[v], clause=v, source=source, target=target, plover="REQUEST")


def _asked(v: Token) -> Token | None:
    """The party ``v`` wants to act: the subject of an infinitive complement ("wants Germany to do"), or the object
    before an infinitive ("wants its allies to send")."""
    comp = first_child(v, "ccomp", "xcomp")
    if comp is None or not has_to(comp):
        return None
    subj = first_child(comp, "nsubj")
    if subj is not None:
        return subj
    obj = first_child(v, "dobj")
    return obj if obj is not None and obj.i < comp.i else None


__all__ = ["desire_request"]
