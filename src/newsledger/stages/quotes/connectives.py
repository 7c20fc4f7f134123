"""A connective that opens the sentence of a reported content ("But the plan, the mayor said,
would cost more", "And more than half of it is wrong, critics say", "However, the rules will not
change, she said") ties the sentence to the one before: it is the writer's link, not part of what
the speaker is reported to say. It is dropped from the start of an indirect content; a direct
quotation keeps its words as written, and so does a content that starts inside its sentence
("He said but one thing")."""

from __future__ import annotations

from collections.abc import Collection

from ...nlp import ParsedDoc
from .types import QUOTE_GLYPHS, Attribution


def without_leading_connective(pd: ParsedDoc, a: Attribution, connectives: Collection[str]) -> None:
    """Move ``a``'s content start past a leading connective (and the comma after it) when the
    content is indirect and opens its sentence."""
    if a.kind == "direct" or a.lemma is None or a.content_start is None or a.content_end is None:
        return
    first = pd.token_at(a.content_start)
    if first is None or first.idx != a.content_start or first.lower_ not in connectives or first.i + 1 >= len(pd.doc):
        return
    if not first.is_sent_start and not _opens_sentence(pd, first.i):
        return
    nxt = pd.doc[first.i + 1]
    if nxt.text == "," and nxt.i + 1 < len(pd.doc):
        nxt = pd.doc[nxt.i + 1]
    if nxt.idx >= a.content_end or nxt.text in QUOTE_GLYPHS:
        return
    a.content_start = nxt.idx


def without_leading_connectives(pd: ParsedDoc, atts: list[Attribution], connectives: Collection[str]) -> list[Attribution]:
    """``atts``, each without a leading connective (:func:`without_leading_connective`)."""
    for a in atts:
        without_leading_connective(pd, a, connectives)
    return atts


def _opens_sentence(pd: ParsedDoc, i: int) -> bool:
    """Token ``i`` follows a sentence's closing mark (the parser may not have split there)."""
    prev = pd.doc[i - 1] if i else None
    return prev is None or prev.text in (".", "!", "?") or "\n" in prev.whitespace_ or prev.text.endswith("\n")


__all__ = ["without_leading_connective", "without_leading_connectives"]
