"""The stance of a quote: its speaker denies the content ("X denied that ...", "X rejected
claims that ...": denied; "X did not deny ...": uncertain), or the content says something is not
so ("officials said none of the intelligence pointed to a strike": denied by the speaker), or
leaves it open ("X could not confirm that ...", "I don't know whether ...": uncertain). Read by
:mod:`newsledger.nlp.stance` from the cue verb and the clauses above the content's head."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.stance import StanceWords, negated, span_head, stance_of
from ...records import Quote, Stance


def _cue_token(doc: ParsedDoc, q: Quote) -> Token | None:
    if q.cue is None:
        return None
    return span_head(doc.doc, q.cue.start, q.cue.end)


def quote_stance(doc: ParsedDoc, q: Quote, words: StanceWords) -> Stance:
    """The speaker's stance towards the quote's content."""
    cue = _cue_token(doc, q)
    if cue is not None and q.cue_lemma in words.denial_verbs:
        return "uncertain" if negated(cue, words) else "denied"
    head = span_head(doc.doc, q.content.start, q.content.end)
    if head is None:
        return "asserted"
    sentences = {t.sent.start for t in doc.doc.char_span(q.content.start, q.content.end, alignment_mode="expand") or ()}
    if q.kind == "direct" and len(sentences) > 1:
        return "asserted"  # several sentences: no one clause says what the quote stands for
    stance = stance_of(head, words)
    return "asserted" if stance in ("asserted", "historical") else stance  # type: ignore[return-value]


def with_stance(doc: ParsedDoc, q: Quote, words: StanceWords) -> Quote:
    """``q`` with its stance (unchanged when asserted)."""
    stance = quote_stance(doc, q, words)
    return q if stance == q.stance else q.replace(stance=stance)
