"""A count of what its possessor won ("Smith's final vote tally was 4,210, according to the county
clerk", "Clinton's delegate count"): the possessor is what the count is about, not who gives it;
the figure takes the source its sentence names (the clerk), or none. A count noun naming what it
counts by a noun of results (``body_sources_result_nouns``: votes, delegates, seats) marks it; a
body's toll or tally ("the ministry's death toll", "the army's tally") stays its owner's."""

from __future__ import annotations

from collections.abc import Collection

from ...nlp import ParsedDoc
from ...nlp.attribution import Source


def won_count(doc: ParsedDoc, owner: Source, result_nouns: Collection[str]) -> bool:
    """``owner`` is the possessor of a count noun with a compound of ``result_nouns`` ("Smith's
    vote tally")."""
    tok = doc.token_at(owner.start)
    span = doc.doc.char_span(owner.start, owner.end, alignment_mode="expand")
    possessor = span.root if span is not None and len(span) else tok
    if possessor is None or possessor.dep_ != "poss":
        return False
    count = possessor.head
    return any(c.dep_ == "compound" and c.lemma_.lower() in result_nouns for c in count.children)
