"""A run of counts from one report split over the sentences of a paragraph: a casualty count in a
sentence with no source of its own, right after a sentence of the same paragraph whose last count
a reporter gives ("..., police spokesman X told Reuters, adding that four soldiers were among the
dead. Fifty-one people were wounded."; "..., 29 injured, the governor reported. Later a woman died
in hospital, bringing the toll to eight."), goes on with that reporter. Not when that sentence
gives its counts by a source phrase ("..., according to rights groups": it reaches over its own
clause only) or from two sources ("23 according to X; Y says 40"); nor when the count's sentence
names a reporter, a source phrase or a quotation of its own, has the count as the object of a
party's act ("Medics treated six others": a new doer), or of the act a noun names ("A tip led to
the arrest of five men"), or dates itself in another time ("in
2019", "since January", "last year": the outlet's background)."""

from __future__ import annotations

import re
from collections.abc import Collection

from ...nlp import ParsedDoc
from ...nlp.attribution import UNATTRIBUTED, UNKNOWN_SPEAKER
from ...nlp.reporters import reporting
from ...nlp.syntax import named_act_verb
from ...records import Figure
from .types import FigureLexicon

_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")
_YEAR = re.compile(r"\b\d{4}\b")


def carried_sources(doc: ParsedDoc, figures: list[Figure], lex: FigureLexicon, verbs: Collection[str]) -> None:
    """Give each such count the source of the last count of the sentence before (in place)."""
    for i, f in enumerate(figures):
        if f.attribution != UNATTRIBUTED or f.quote_id is not None or f.measure is None or f.sentence == 0 \
                or f.sentence >= len(doc.sentences):
            continue
        before = [g for g in figures[:i] if g.sentence == f.sentence - 1 and g.measure is not None]
        if not before or before[-1].attribution in (UNATTRIBUTED, UNKNOWN_SPEAKER) \
                or len({g.attribution for g in before if g.attribution != UNATTRIBUTED}) != 1:
            continue  # no reporter, or two ("23 according to X; Y says 40"): none goes on
        sent, prev = doc.sentences[f.sentence], doc.sentences[f.sentence - 1]
        if doc.paragraph_index(prev.start) != doc.paragraph_index(sent.start) \
                or not _reported(doc, prev.start, prev.end, lex, verbs) or not _sourceless(doc, sent.start, sent.end, lex, verbs):
            continue
        if _acted_on(doc, f) or _another_time(doc, f, lex.carried_stop_words):
            continue
        g = before[-1]
        figures[i] = f.replace(attribution=g.attribution, attribution_actor_id=g.attribution_actor_id)


def _acted_on(doc: ParsedDoc, f: Figure) -> bool:
    """The count is the object of another party's act, a subject of its own ("Medics treated six
    others", "Troops detained 20 men"), or of the act named by a noun, the "of" phrase of that
    verb's object or prepositional object ("Troops carried out the arrest of 20 men", "The raid
    led to the arrest of five people": ``named_act_verb``): a new actor's deed, told in the
    outlet's voice."""
    tok = doc.token_at(f.start)
    if tok is None:
        return False
    counted = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
    verb = counted.head if counted.dep_ == "dobj" else named_act_verb(counted)
    return verb is not None and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _reported(doc: ParsedDoc, start: int, end: int, lex: FigureLexicon, verbs: Collection[str]) -> bool:
    """The sentence at ``[start, end)`` has a reporting verb and no source phrase: its reporter is
    a speaker who goes on, not an "according to X" that reaches over its own clause only."""
    span = doc.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not lex.source_phrase_re.search(doc.text[start:end]) \
        and any(reporting(t, verbs) for t in span)


def _sourceless(doc: ParsedDoc, start: int, end: int, lex: FigureLexicon, verbs: Collection[str]) -> bool:
    """The sentence at ``[start, end)`` names no reporter, source phrase or quotation, and no
    time of its own that a year or a word of ``carried_stop_words`` dates ("since January",
    "last year")."""
    text = doc.text[start:end]
    if _QUOTE_MARKS.search(text) or lex.source_phrase_re.search(text):
        return False
    span = doc.doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(reporting(t, verbs) for t in span):
        return False
    for e in span.ents:
        if e.label_ != "DATE":
            continue
        before = doc.doc[e.start - 1].lower_ if e.start > 0 else ""
        if _YEAR.search(e.text) or before in lex.carried_stop_words \
                or any(t.lower_ in lex.carried_stop_words for t in e):
            return False
    return True


def _another_time(doc: ParsedDoc, f: Figure, stop: Collection[str]) -> bool:
    """The count sits in a clause or phrase that a word of ``stop`` sets in another time ("The
    strike came a day after 9 soldiers were killed"): the mark or preposition over it."""
    tok = doc.token_at(f.start)
    if tok is None:
        return False
    for t in (tok, *tok.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in stop for c in t.children) \
                or (t.dep_ == "prep" and t.lower_ in stop):
            return True
    return False
