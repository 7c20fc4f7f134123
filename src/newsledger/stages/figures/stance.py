"""The stance of a figure: "there are not 500 dead" (negated), "the army denied that 30 were
killed" (denied), "officials could not confirm that 40 died" (uncertain); read by
:func:`newsledger.nlp.stance.stance_of` from the clauses above the figure's number."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.stance import StanceWords, span_head, stance_of
from ...records import Figure


def number_token(doc: ParsedDoc, f: Figure) -> Token | None:
    """The token of the figure's number (its first numeral), else the head of its words."""
    span = doc.doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.like_num or t.pos_ == "NUM"), None) or span_head(doc.doc, f.start, f.end)


def with_stance(doc: ParsedDoc, f: Figure, words: StanceWords) -> Figure:
    """``f`` with its stance (unchanged when asserted)."""
    tok = number_token(doc, f)
    stance = stance_of(tok, words) if tok is not None else "asserted"
    return f if stance == f.stance else f.replace(stance=stance)
