"""A request named by its noun with its maker as the possessor (PLOVER REQUEST: "all requests, demands, and
orders"): "Trump's call for a ban on Muslims drew criticism", "the ceasefire followed Biden's call for restraint",
"the U.N. chief's plea for a pause was ignored". A noun of ``request_call_nouns`` whose possessor names a party and
that has a "for" phrase (what is asked) tells the request as made: the possessor is the source, the party named after
"to" or "on" the target. A noun another event already reads (a wrapper's, or the object of a verb that tells an
event of its own: "rejected Somalia's demand for ...": the rejection), or with no party as its maker ("his call",
"the call for calm"), is none. Words: ``patterns.yaml`` ``request_call_nouns``; code: ``rules.yaml``
``codes.request``."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .arguments import arg
from .tokens import first_child, form_in, prep_objects
from .types import Arg, Context, Found


def possessed_calls(ctx: Context, sent: SpacySpan, have: list[Found]) -> list[Found]:
    """The REQUEST events of request nouns made by their possessor in ``sent`` (see the module)."""
    if not ctx.lex.request_call_nouns:
        return []
    taken = {f.pred[0].i for f in have} | {t.i for f in have for t in f.extra}
    out: list[Found] = []
    for n in ctx.pd.tokens_in(sent):
        if n.pos_ != "NOUN" or n.i in taken or form_in(n, ctx.lex.request_call_nouns) is None:
            continue
        if n.head.i in taken and n.dep_ in ("dobj", "nsubjpass", "pobj"):
            continue  # "rejected Somalia's demand for ...": the verb's event is told
        f = _call(ctx, n)
        if f is not None:
            out.append(f)
    return out


def _call(ctx: Context, n: Token) -> Found | None:
    maker = first_child(n, "poss")
    if maker is None or not prep_objects(n, "for"):
        return None
    source = arg(ctx, maker, allow_vague=False)
    if not source.ids:
        return None  # "his call for calm": no party named
    target = Arg()
    for d in [*prep_objects(n, "to"), *prep_objects(n, "on")]:
        target = arg(ctx, d, allow_vague=False)
        if target.ids:
            break
    clause = n.head if n.head.pos_ in ("VERB", "AUX") else n
    return Found(cameo=ctx.rules.request_code, pred=[n], clause=clause, source=source, target=target,
                 plover="REQUEST", noun=True, extra=[n])


__all__ = ["possessed_calls"]
