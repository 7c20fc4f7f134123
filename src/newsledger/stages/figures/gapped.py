"""A bare count in a gapped conjunct of a clause whose subject is a count ("300 deaths were
recorded in the capital and 175 in the provinces", "... confirmed in A, according to X, and 175
in B"): the verb and the counted noun are left out of the second conjunct, so the count counts
what the subject's noun counts (deaths: killed)."""

from __future__ import annotations

from spacy.tokens import Token

from .counted import measure_of_noun
from .types import FigureLexicon, MeasureHit


def gapped_subject(verb: Token, t: Token, lex: FigureLexicon) -> MeasureHit | None:
    """The measure of the counted subject of ``verb`` when ``t`` is a bare number conjoined to
    ``verb`` after it; None otherwise (a count with a noun of its own counts that noun)."""
    if t.dep_ != "conj" or not t.like_num or t.i < verb.i or any(c.dep_ == "nsubj" for c in t.children):
        return None
    if verb.dep_ == "prep":
        verb = verb.head  # hung on a phrase of the verb ("..., according to X, and 175 in ...")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None or not any(c.dep_ == "nummod" for c in subj.children):
        return None
    m = measure_of_noun(subj, lex)
    return MeasureHit(m, by_noun=True) if m else None


__all__ = ["gapped_subject"]


def verb_of_later_count(counted: Token) -> bool:
    """``counted`` is the first of counts listed before one verb, another count standing between it
    and the verb ("12 dead, 40 hurt as bus plunges", parsed with both as subjects of "hurt"): the verb
    is the later count's, so the word written after ``counted`` says what happened to it, not the verb."""
    verb = counted.head
    return verb.i > counted.i and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != counted.i and counted.i < c.i < verb.i
        and (c.like_num or any(g.dep_ == "nummod" for g in c.children)) for c in verb.children)
