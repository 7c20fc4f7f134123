"""A dismissal told with what the dismissed thing is called: "X dismissed the report as propaganda",
"brushed off the ultimatum as interference", "waved aside the accusations as groundless". Whatever
is dismissed (a report, a finding, an offer, a measure), calling it something to be set aside is a
rejection (PLOVER REJECT: "all rejections and refusals"; CAMEO 120, the code of the ``reject``
wrapper), from the verb's subject to the party whose thing it is. The "as" phrase is what makes it
one: "the president dismissed the minister" is a firing, "the court dismissed the case" a ruling.
Words: ``patterns.yaml`` ``dismissal_verbs``."""

from __future__ import annotations

from spacy.tokens import Token

from .judgements import object_judgement
from .tokens import first_child, form_in, prep_objects
from .types import Context, Found


def dismissal(ctx: Context, v: Token) -> Found | None:
    """"X dismissed Y as Z": a REJECT from X of Y (its owner or author, when named)."""
    wr = ctx.lex.wrappers.get("reject")
    if wr is None or wr.default is None:
        return None
    subj = first_child(v, "nsubj")
    obj = _dismissed(ctx, v)
    # the "as" phrase on the verb, or on its object where the parser hangs it ("dismissed the response as
    # setting conditions ...": "as" a modifier of "response")
    if subj is None or obj is None or not [o for t in (v, obj) for o in prep_objects(t, "as") if o.i > obj.i]:
        return None
    return object_judgement(ctx, v, subj, obj, wr.default, wr.plover)


def _dismissed(ctx: Context, v: Token) -> Token | None:
    """The object of ``v`` if ``v`` is a verb of ``dismissal_verbs``, with its particle right after it
    for a verb of two words ("brushed off the ultimatum": the parser takes "off" for a preposition
    too, the object its own)."""
    if form_in(v, ctx.lex.dismissal_verbs):
        return first_child(v, "dobj")
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    if nxt is None or nxt.head.i != v.i or f"{v.lemma_.lower()} {nxt.lower_}" not in ctx.lex.dismissal_verbs:
        return None
    return first_child(v, "dobj") or first_child(nxt, "pobj")


__all__ = ["dismissal"]
