"""The stance of a figure: "there are not 500 dead" (negated), "the army denied that 30 were
killed" (denied), "officials could not confirm that 40 died" (uncertain); read by
:func:`newsledger.nlp.stance.stance_of` from the clauses above the figure's number."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.stance import StanceWords, span_head, stance_of
from ...records import Figure


def number_token(doc: ParsedDoc, f: Figure) -> Token | None:
    """The token of the figure's number (its first numeral), else the head of its words."""
    span = doc.doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.like_num or t.pos_ == "NUM"), None) or span_head(doc, f.start, f.end)


def with_stance(doc: ParsedDoc, f: Figure, words: StanceWords,
                prospects: Mapping[str, str] | None = None, negated_states: re.Pattern[str] | None = None,
                estimate_verbs: frozenset[str] = frozenset({"be"})) -> Figure:
    """``f`` with its stance (unchanged when asserted); a casualty figure asserted under a
    modal is a prospect (``prospects``: modal -> stance; :func:`prospect`); a count whose
    measure is a failed rescue ("Two of them we could not save": ``negated_states``) is asserted,
    its negation is the death."""
    tok = number_token(doc, f)
    # a count the text finds no evidence for is no one's claim of it ("found no evidence that more
    # than 20 people were killed"): negated, not left open as a hedged claim
    stance = stance_of(tok, words, unsupported="negated") if tok is not None else "asserted"
    failed = tok is not None and f.measure is not None and negated_states is not None \
        and negated_states.search(doc.text[f.end:tok.sent.end_char]) is not None
    if stance == "negated" and failed:
        stance = "asserted"
    if stance == "asserted" and not failed and tok is not None and f.measure is not None and prospects:
        stance = prospect(tok, prospects, estimate_verbs) or stance
    return f if stance == f.stance else f.replace(stance=stance)


def prospect(tok: Token, prospects: Mapping[str, str], estimate_verbs: frozenset[str] = frozenset({"be"})) -> str | None:
    """The stance a modal over the verb of a count gives: "40 people may die if the siege
    goes on" (hypothetical), "hundreds will die" (future); with a copula or another verb placing
    the count at a level (``estimate_verbs``), an estimate put as possible, "the toll could be as
    high as 500", "the toll could reach 90" (uncertain). A modal over a perfect ("may have died")
    is a hedge, read by ``stance_of``."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = next((prospects[c.lemma_.lower()] for c in aux if c.lemma_.lower() in prospects), None)
    if modal is None or any(c.lemma_.lower() == "have" for c in aux):
        return None
    return "uncertain" if verb.lemma_.lower() in estimate_verbs else modal
