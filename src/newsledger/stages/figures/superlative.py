"""A count named by a superlative alone: "No count of the dead comes near that. The highest, from
a church group, is 64": the subject "the highest" leaves out the noun of counting the sentence (or
the sentence before it, in its paragraph) names, so the bare number it is counts what that count
counts (the dead: killed). A superlative with no count named before it ("The oldest is 12") names
no count; a number with a noun of its own counts that noun."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from .counted import measure_of_noun
from .types import KIND_COUNT, FigureLexicon, Reading


def superlative_counts(doc: ParsedDoc, readings: list[Reading], lex: FigureLexicon) -> None:
    """Give each bare number that is the value of a superlative subject the measure of the count
    named before it (in place)."""
    for r in readings:
        if r.measure is not None or r.noun is not None or r.unit is not None or r.q.unit is not None:
            continue
        subj = _superlative_subject(r.anchor)
        if subj is None:
            continue
        m = _counted_before(doc, r, subj, lex)
        if m is not None:
            r.measure, r.kind = m, KIND_COUNT


def _superlative_subject(tok: Token) -> Token | None:
    """The subject of the copula ``tok`` is the value of, when it is a definite superlative with
    no noun of its own ("the highest ... is 57")."""
    verb = tok.head
    if tok.dep_ != "attr" or verb.lemma_.lower() != "be":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.tag_ != "JJS" or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None
    return subj


def _counted_before(doc: ParsedDoc, r: Reading, subj: Token, lex: FigureLexicon) -> str | None:
    """The measure of what the nearest noun or verb of counting before ``subj`` counts, in its
    sentence or the one before it in its paragraph ("no count of the dead", "the groups counting
    the dead")."""
    first = r.sentence
    if r.sentence > 0 and doc.paragraph_index(doc.sentences[r.sentence - 1].start) == doc.paragraph_index(r.start):
        first = r.sentence - 1
    start = doc.sentences[first].start
    for t in reversed([t for t in subj.doc[:subj.i] if t.idx >= start]):
        if t.lemma_.lower() not in lex.tally_nouns:
            continue
        for c in t.subtree:
            # (the parser may tag "the Marova dead" an adverb: any word but a verb)
            m = measure_of_noun(c, lex) if c.i != t.i and c.pos_ not in ("VERB", "AUX") else None
            if m is not None:
                return m
    return None


__all__ = ["superlative_counts"]
