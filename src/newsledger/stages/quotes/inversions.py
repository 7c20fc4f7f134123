"""A reporting clause the parser read as something else, read back as a cue: a reporting clause
inverted after the content it closes and joined to the content's verb as its conjunct ("The
strike hit a school, confirmed the army spokesman.": the spokesman is the verb's "object")."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp.syntax import SUBJECT_DEPS
from .extent import sentence_start
from .phrases import speaker_range
from .types import QUOTE_GLYPHS, Attribution, CueEntry

# the tags of a finite verb of saying in an inverted clause ("..., reported the agency")
_FINITE_TAGS = frozenset({"VBD", "VBZ"})
# the words that open a noun phrase naming who speaks after an inverted verb
_DETERMINED = frozenset({"the", "its", "their", "his", "her"})


def joined_inversion(v: Token, speakers: Collection[int]) -> Token | None:
    """The speaker of a verb of saying inverted after the content it closes, which the parser
    coordinated with the content's verb ("The convoy was struck near the border, reported the
    official news agency."): ``v`` is a finite conjunct with no subject of its own right after a
    comma and no quotation before it in its sentence, the verb it is joined to has a subject (the content is a clause), and its object is a
    noun phrase right after it that ends the sentence and names a speaker (an actor's head in
    ``speakers``, or a name opened by "the": "the Sudan Tribune"). None for a plain second verb
    ("The army shelled the town, killed ten people", "..., announced a plan") or a phrase more
    words follow ("..., wrote the mediator on Monday night")."""
    doc = v.doc
    head = v.head
    if v.dep_ != "conj" or v.tag_ not in _FINITE_TAGS or head.i >= v.i or v.i < 2 or doc[v.i - 1].text != ",":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in v.children) or not any(c.dep_ in SUBJECT_DEPS for c in head.children) \
            or any(t.text in QUOTE_GLYPHS for t in doc[v.sent.start:v.i]):
        return None  # '“...,” Representative Jane Roe, told VOA': the name before the comma speaks
    objs = [c for c in v.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].left_edge.i != v.i + 1 or objs[0].pos_ not in ("NOUN", "PROPN"):
        return None
    obj = objs[0]
    end = obj.right_edge.i + 1
    if not (end >= len(doc) or doc[end].text in (".", "!", "?") or doc[end].is_sent_start):
        return None
    return obj if obj.i in speakers or (obj.pos_ == "PROPN" and doc[v.i + 1].lower_ in _DETERMINED) else None


def inverted_attribution(v: Token, entry: CueEntry, speakers: Collection[int],
                         addressed: Collection[str] = frozenset()) -> Attribution | None:
    """The attribution of an inverted reporting clause joined to its content's verb
    (:func:`joined_inversion`): the content runs from the sentence's start to the comma before
    the verb, the speaker is the verb's "object"; None for any other verb, and for a verb whose
    object is whom it addresses (``addressed``: "..., told the agency")."""
    obj = joined_inversion(v, speakers) if entry.lemma not in addressed else None
    if obj is None:
        return None
    doc = v.doc
    att = Attribution(v.idx, v.idx + len(v.text), entry.lemma, entry.confidence, entry.speech)
    att.speaker_start, att.speaker_end, att.speaker_head = speaker_range(obj)
    last = doc[v.i - 2]
    start = sentence_start(v)
    if start < last.idx + len(last.text):
        att.content_start, att.content_end = start, last.idx + len(last.text)
    return att


def issued_range(v: Token, noun: Token, preps: Collection[str], documents: Collection[str]) -> tuple[int, int, int]:
    """The speaker phrase of ``noun``, the speaker after an inverted verb ``v``, run on over a
    phrase naming an issuer (``preps``: "from", "by") right after it that the parser hung on the
    verb, when the noun is a document (``documents``: "“...,” read a statement from the ministry":
    the statement from the ministry speaks; "asked a teacher from Lima": the teacher)."""
    start, end, head = speaker_range(noun)
    if noun.head.i != v.i or noun.i < v.i or noun.lemma_.lower() not in documents:
        return start, end, head
    nxt = noun.right_edge.i + 1
    prep = next((c for c in v.children if c.i == nxt and c.dep_ == "prep" and c.lower_ in preps
                 and any(g.dep_ == "pobj" for g in c.children)), None)
    if prep is None or end < noun.right_edge.idx + len(noun.right_edge.text):
        return start, end, head
    last = prep.right_edge
    return start, last.idx + len(last.text), head


__all__ = ["inverted_attribution", "issued_range", "joined_inversion"]
