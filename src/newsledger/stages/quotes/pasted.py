"""A statement pasted whole: a page announces a body's statement ("We publish the statement of
X in full.", "X's statement reads in full:") and pastes it in the next paragraphs, one opening
quotation mark before its first paragraph and one closing mark after its last, none between. The
quotation runs over those paragraphs, and the body whose statement the announcement names (an
actor after a document noun's "of", "by" or "from", or its possessor) speaks it."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...records import ActorLayer
from .linker import Linker
from .phrases import speaker_range
from .types import QUOTE_GLYPHS, Attribution, QuotesData

# how many paragraphs a pasted statement may run over
MOST_PARAGRAPHS = 12
OPENING = frozenset("\"\u201c\u00ab\u201e")
CLOSING = frozenset("\"\u201d\u00bb")


def _closing_block(text: str, starts: tuple[int, ...], ends: tuple[int, ...], first: int) -> int | None:
    """The end (after its closing mark) of the paragraph after ``first`` that ends with a lone
    closing mark, the paragraphs between holding no quotation mark; None when there is none."""
    for j in range(first + 1, min(first + 1 + MOST_PARAGRAPHS, len(starts))):
        block = text[starts[j]:ends[j]].rstrip()
        glyphs = [c for c in block if c in QUOTE_GLYPHS and c not in "'\u2019\u2018"]
        if block and block[-1] in CLOSING and len(glyphs) == 1:
            return starts[j] + len(block)
        if glyphs:
            return None
    return None


def _issuer(pd: ParsedDoc, start: int, end: int, data: QuotesData, actors: ActorLayer) -> Token | None:
    """The body whose statement the announcing paragraph names: an actor after a document
    noun's issuer preposition ("the statement of the union"), or the noun's possessor."""
    span = pd.span_chars(start, end)
    if span is None:
        return None
    words = data.speakers
    for noun in (t for t in span if t.lemma_.lower() in words.document_nouns or t.lower_ in words.document_nouns):
        found = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in words.issuer_prepositions
                 for g in p.children if g.dep_ == "pobj"] + [c for c in noun.children if c.dep_ == "poss"]
        for g in found:
            if any(m.actor_id is not None and m.start < g.idx + len(g.text) and g.idx < m.end for m in actors.mentions):
                return g
    return None


def pasted_statements(pd: ParsedDoc, linker: Linker, data: QuotesData, actors: ActorLayer) -> list[Attribution]:
    """Direct quotes of the statements pasted whole after a paragraph naming their issuer."""
    text, blocks = pd.text, linker.blocks
    out: list[Attribution] = []
    for k, q in enumerate(linker.quotations):
        if q.depth > 0 or q.closed or linker.assigned[k] is not None or text[q.start] not in OPENING:
            continue
        b = blocks.index(q.start)
        if b == 0 or text[blocks.starts[b]:q.start].strip():
            continue
        end = _closing_block(text, blocks.starts, blocks.ends, b)
        issuer = _issuer(pd, *blocks.span(b - 1), data, actors) if end is not None else None
        if end is None or issuer is None:
            continue
        att = Attribution(None, None, None, data.thresholds.standalone, True, kind="direct", standalone=True)
        att.speaker_start, att.speaker_end, att.speaker_head = speaker_range(issuer)
        att.content_start, att.content_end = q.start, end
        linker.assigned[k] = att
        out.append(att)
    return out
