"""The stance of a quote: its speaker denies the content ("X denied that ...", "X rejected
claims that ...": denied; "X did not deny ...": uncertain; "X rejected the request" denies no
proposition), or the content says something is not so ("officials said none of the intelligence
pointed to a strike": negated), or leaves it open ("X could not confirm that ...", "I don't know whether ...": uncertain). Read by
:mod:`newsledger.nlp.stance` from the cue verb and the clauses above the content's head."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.stance import StanceWords, calls_false, negated, span_head, stance_of
from ...records import Quote, Stance


def _cue_token(doc: ParsedDoc, q: Quote) -> Token | None:
    if q.cue is None:
        return None
    return span_head(doc.doc, q.cue.start, q.cue.end)


def _proposition(head: Token, words: StanceWords) -> bool:
    """The content states a proposition: a clause ("that it fired"), a gerund ("targeting
    civilians") or a noun of one ("the claims", "any involvement", "responsibility")."""
    if head.pos_ in ("VERB", "AUX"):
        return True
    lemma = (head.lemma_ or head.text).lower()
    return lemma in words.proposition_nouns or head.text.lower() in words.proposition_nouns


def _sentences(doc: ParsedDoc, start: int, end: int) -> int:
    """How many of the article's sentences the characters ``start:end`` touch."""
    return sum(1 for s in doc.sentences if s.start < end and start < s.end)


def quote_stance(doc: ParsedDoc, q: Quote, words: StanceWords) -> Stance:
    """The speaker's stance towards the quote's content."""
    cue = _cue_token(doc, q)
    head = span_head(doc.doc, q.content.start, q.content.end)
    if head is None:
        return "asserted"
    if cue is not None and calls_false(cue, words):
        return "denied"  # "called Pakistan's assertions 'baseless'"
    if cue is not None and q.cue_lemma in words.denial_verbs:
        if not _proposition(head, words):
            return "asserted"  # "rejected the request", "denied the budget": no proposition denied
        return "uncertain" if negated(cue, words) else "denied"
    if q.kind == "direct" and _sentences(doc, q.content.start, q.content.end) > 1:
        return "asserted"  # several sentences: no one clause says what the quote stands for
    stance = stance_of(head, words)
    return "asserted" if stance in ("asserted", "historical") else stance  # type: ignore[return-value]


def with_stance(doc: ParsedDoc, q: Quote, words: StanceWords) -> Quote:
    """``q`` with its stance (unchanged when asserted)."""
    stance = quote_stance(doc, q, words)
    return q if stance == q.stance else q.replace(stance=stance)
