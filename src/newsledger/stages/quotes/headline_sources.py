"""A headline's attribution, in the shapes wire and broadsheet headlines give it (the headline is
the first paragraph: short, no sentence end inside; ``headline_max``):

* a closing source after a colon: "Toll in bus crash rises to 27: police", "Strike kills 12 at
  market: ministry": the words after the colon (a short phrase with no verb naming a body or role,
  ``headline_sources``, or an actor that is no place) state the clause before it, which holds a
  verb or a number; not "Pence: Flowers won't be at debate" (the name comes first) nor
  "Blast in the capital: Kabul" (a place);
* a closing reporting clause after a verbless report: "80 dead in floods, says UN", "Dozens
  missing after landslide, police say": the clause's subject states the words before the comma
  (a report with a finite verb of its own is read by the cue stage: "Blast kills 6, says army";
  one it read with no speaker takes this one's);
* a quotation that opens the headline, a colon after it: "'We will return': refugees vow to
  rebuild": the subject of the clause after the colon, or the phrase there when it has no verb
  ("'They took my boy': grieving mother"), speaks the quotation.

These are indirect (the first two) and direct (the third) attributions for the quote stage to
link; the colon rule of :mod:`.direct` does not read a headline this module attributes."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...nlp import ParsedDoc
from ...nlp.quotation import Blocks
from ...nlp.words import PLACE_TYPES
from ...records import ActorLayer
from .cues import trim
from .phrases import speaker_range
from .types import SENTENCE_END, Attribution, QuotesData

# the longest closing source after a colon, in words ("the health ministry", "UN agency")
_TAIL_WORDS = 4
_VERB_POS = frozenset({"VERB", "AUX"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a finite verb: a report of its own
_NOMINAL_POS = frozenset({"NOUN", "PROPN"})
_PHRASE_POS = _NOMINAL_POS | {"DET", "ADJ", "PART", "PUNCT"}


def headline_span(pd: ParsedDoc, blocks: Blocks, data: QuotesData) -> Span | None:
    """The headline's tokens: the first paragraph, when it is short and no sentence ends inside."""
    if not blocks.starts:
        return None
    bs, be = blocks.span(0)
    text = pd.text
    while be > bs and text[be - 1].isspace():
        be -= 1
    if be - bs > data.thresholds.headline_max or SENTENCE_END.search(text, bs, be - 1):
        return None
    span = pd.doc.char_span(bs, be, alignment_mode="expand")
    return span if span is not None and len(span) > 2 else None


def headline_attributions(pd: ParsedDoc, blocks: Blocks, data: QuotesData, actors: ActorLayer,
                          atts: list[Attribution]) -> list[Attribution]:
    """The headline's attribution in one of the three shapes (the module's docs), or none; none
    when an attribution of the cue stage already gives the headline's words a speaker."""
    head = headline_span(pd, blocks, data)
    if head is None:
        return []
    if any(a.has_content and a.has_speaker and head.start_char <= (a.content_start or 0) < head.end_char
           for a in atts):
        return []
    colon = next((t for t in reversed(head) if t.text == ":"), None)
    found = (_quoted_opening(pd, head, colon, data) or _closing_source(pd, head, colon, data, actors)) \
        if colon is not None else None
    found = found or _closing_clause(pd, head, data)
    same = next((a for a in atts if found is not None and a.cue_start == found.cue_start), None)
    if same is not None and found is not None:
        # the cue stage's, with no content, or no speaker or one inside the report ("Floods: 80
        # dead, says UN": "80 dead" read as a subject of "says"): this one's speaker and content
        if not same.has_content or not same.has_speaker or (same.speaker_start or 0) < (found.speaker_start or 0):
            same.speaker_start, same.speaker_end, same.speaker_head = \
                found.speaker_start, found.speaker_end, found.speaker_head
            same.content_start, same.content_end = found.content_start, found.content_end
        return []
    return [found] if found is not None else []


def _is_source(tail: Span, data: QuotesData, actors: ActorLayer) -> bool:
    """A closing phrase names who states the headline: a name of an actor that is no place
    ("WHO", "Reuters"), or a phrase whose head is a body or role word (``headline_sources``)."""
    if not tail or any(t.pos_ in _VERB_POS for t in tail):
        return False
    m = actors.mention_overlapping(tail.start_char, tail.end_char)
    actor = actors.actor(m.actor_id) if m is not None and m.actor_id else None
    if actor is not None and m is not None and m.kind == "name" and m.start <= tail.start_char \
            and tail.end_char <= m.end:
        return actor.type not in PLACE_TYPES
    if any(t.pos_ not in _PHRASE_POS for t in tail):
        return False
    return tail.root.lower_ in data.filters.headline_sources or tail.root.lemma_.lower() in data.filters.headline_sources


def _attribution(cue: Token, speaker: Span, content: tuple[int, int], data: QuotesData) -> Attribution:
    att = Attribution(cue.idx, cue.idx + len(cue.text), None, data.thresholds.colon, True)
    att.speaker_start, att.speaker_end, att.speaker_head = speaker.start_char, speaker.end_char, speaker.root.idx
    att.content_start, att.content_end = content
    return att


def _closing_source(pd: ParsedDoc, head: Span, colon: Token, data: QuotesData,
                    actors: ActorLayer) -> Attribution | None:
    """ "CLAUSE: SOURCE" (the module's first shape)."""
    body = pd.doc[head.start:colon.i]
    tail = pd.doc[colon.i + 1:head.end]
    if len(tail) > _TAIL_WORDS or not body or not any(t.pos_ in _VERB_POS or t.like_num for t in body):
        return None
    if not _is_source(tail, data, actors):
        return None
    content = trim(pd.text, body.start_char, body.end_char)
    return _attribution(colon, tail, content, data) if content is not None else None


def _closing_clause(pd: ParsedDoc, head: Span, data: QuotesData) -> Attribution | None:
    """ "REPORT, says SOURCE" / "REPORT, SOURCE say(s)" after a verbless report (the second shape)."""
    comma = next((t for t in reversed(head) if t.text == ","), None)
    if comma is None or comma.i == head.start:
        return None
    body, tail = pd.doc[head.start:comma.i], pd.doc[comma.i + 1:head.end]
    if any(t.tag_ in _FINITE_TAGS for t in body) or not 2 <= len(tail) <= _TAIL_WORDS + 1:
        return None
    verb = tail[0] if _speech(tail[0], data) else tail[-1] if _speech(tail[-1], data) else None
    if verb is None:
        return None
    source = tail[1:] if verb.i == tail[0].i else tail[:-1]
    if not source or any(t.pos_ not in _PHRASE_POS for t in source) or not any(t.pos_ in _NOMINAL_POS for t in source):
        return None
    content = trim(pd.text, body.start_char, body.end_char)
    return _attribution(verb, source, content, data) if content is not None else None


def _speech(tok: Token, data: QuotesData) -> bool:
    entry = data.cues.verbs.get(tok.lemma_.lower()) or data.cues.verbs.get(tok.lower_)
    return entry is not None and entry.speech and tok.tag_ in ("VBZ", "VBP")


def _quoted_opening(pd: ParsedDoc, head: Span, colon: Token, data: QuotesData) -> Attribution | None:
    """ "'QUOTATION': SUBJECT VERB ..." (the third shape): a direct attribution, its content the
    quotation up to the colon."""
    text = pd.text
    first = head[0]
    if first.text not in data.marks.glyphs or colon.i < 2 or pd.doc[colon.i - 1].text not in data.marks.glyphs:
        return None
    after = pd.doc[colon.i + 1:head.end]
    # a headline's verb the parser may read as a noun ("Refugees vow to rebuild"): any head after it
    subj = next((t for t in after if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i
                 and t.pos_ in _NOMINAL_POS), None)
    if subj is None and after and not any(t.pos_ in _VERB_POS for t in after) and after.root.pos_ in _NOMINAL_POS:
        subj = after.root
    if subj is None:
        return None
    s, e, h = speaker_range(subj)
    att = Attribution(colon.idx, colon.idx + 1, None, data.thresholds.colon, True)
    att.speaker_start, att.speaker_end, att.speaker_head = s, e, h
    att.content_start, att.content_end = first.idx, colon.idx
    att.kind = "direct"
    return att if text[first.idx:colon.idx].strip() else None


__all__ = ["headline_attributions", "headline_span"]
