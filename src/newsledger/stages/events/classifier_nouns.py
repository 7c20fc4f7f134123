"""An event noun used as the classifier of another noun tells no act: "protest suggestions", "a protest song",
"attack helicopters", "a strike force". A compound modifier sorts its head into a kind; the act it names is what
the head is about or for, not an act the sentence tells. When the head is itself an event noun ("a protest march",
"fraud investigations") the head is the act told, and the events stage reads it there."""

from __future__ import annotations

from spacy.tokens import Token

from .predicates import noun_pattern
from .tokens import lemma_of
from .types import Context


def classifies_other_noun(ctx: Context, n: Token) -> bool:
    """Whether the event noun ``n`` is a compound modifier of a noun that names no event (no noun pattern and no
    report's noun)."""
    head = n.head
    if n.dep_ != "compound" or head.i == n.i or head.i < n.i or head.pos_ != "NOUN":
        return False
    if noun_pattern(ctx, head) is not None:
        return False
    return not any(lemma_of(head) in r.nouns for r in ctx.data.reports.reports)


__all__ = ["classifies_other_noun"]
