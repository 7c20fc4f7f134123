"""A direct quote whose speaker a clause after it identifies, not a cue beside it:

* a pseudo-cleft right after the quotation: "“The griots have sung it,” is what Nino Galissa
  recounts", "“...” was what the minister told reporters" (the subject of the verb of saying in
  the free relative ``what ...``);
* a sentence right after it that names the quotation by a noun of what was said
  (``identifying_nouns``, ``document_nouns``) and who said it: "“We have no more beds.” That was
  the message from Dr. Samira Nasser", "“Leave now.” Those were the words of the commander",
  "That was the announcement of the coast guard" (the object of "from" or "of"), or the same noun
  as the subject of a verb of origin (``origin_verbs``): "“...” The plea came from UNICEF's
  representative" (the object of its "from"), or the same noun as the subject of "be" with a
  demonstrative standing for it: "“...” The words were those of Foreign Minister X";
* a sentence right after it that says how someone put it: "“...” That is how X described the
  vote" (the subject of the verb of saying after "how").

Either gives the quote its speaker over one borrowed from the paragraph before (a stand-alone
quote's)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from .phrases import speaker_range
from .types import Attribution, QuotesData

_DEMONSTRATIVES = frozenset({"that", "this", "those", "these", "such"})
_SOURCE_PREPOSITIONS = frozenset({"from", "of"})
_GAP = 3  # most tokens of punctuation between the quotation and the clause after it


def identify_speakers(pd: ParsedDoc, atts: list[Attribution], data: QuotesData) -> None:
    """Give each direct quote with no speaker of its own the one a clause after it identifies."""
    for a in atts:
        if a.kind != "direct" or a.content_end is None or (a.has_speaker and not a.standalone):
            continue
        first = _first_word_after(pd, a.content_end)
        who = (_cleft_subject(first, data) or _named_in_next(first, data) or _manner_subject(first, data)) \
            if first is not None else None
        if who is not None:
            a.speaker_start, a.speaker_end, a.speaker_head = speaker_range(who)
            a.speaker_actor_id = None
            a.confidence = data.thresholds.context_speaker


def _first_word_after(pd: ParsedDoc, end: int) -> Token | None:
    """The first word after a quotation ending at ``end``, past its closing marks and a comma."""
    last = pd.token_at(end - 1)  # the closing mark
    tok = last.nbor(1) if last is not None and last.i + 1 < len(last.doc) else None
    for _ in range(_GAP + 1):
        if tok is None or not (tok.is_punct or tok.is_space):
            return tok
        tok = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return None


def _speech(tok: Token, data: QuotesData) -> bool:
    entry = data.cues.verbs.get(tok.lemma_.lower())
    return entry is not None and entry.speech


def _cleft_subject(first: Token, data: QuotesData) -> Token | None:
    """ "is what X recounts": the subject of the verb of saying in the free relative."""
    if first.lemma_ != "be" or first.i + 1 >= len(first.doc) or first.nbor(1).lower_ != "what":
        return None
    what = first.nbor(1)
    for verb in what.sent[what.i - what.sent.start + 1:]:
        if verb.pos_ in ("VERB", "AUX") and _speech(verb, data):
            return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _named_in_next(first: Token, data: QuotesData) -> Token | None:
    """ "That was the message from X" or "The plea came from X" opening the sentence after the
    quotation: X."""
    words = data.speakers
    if first.lower_ not in _DEMONSTRATIVES | {"the"} or not first.is_sent_start:
        return None
    sent = first.sent
    noun = next((t for t in sent if t.lower_ in words.identifying_nouns | words.document_nouns and t.pos_ == "NOUN"),
                None)
    if noun is None:
        return None
    holder = noun
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in words.origin_verbs:
        holder = noun.head  # "The plea came from X"
    elif first.lower_ == "the" and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        # "The words were those of X": the demonstrative standing for the noun holds the "of"
        holder = next((c for c in noun.head.children if c.dep_ == "attr" and c.lower_ in _DEMONSTRATIVES), None)
        if holder is None:
            return None
    elif first.lower_ == "the":
        return None  # "The statement was ...": no naming of the quotation
    prep = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ in _SOURCE_PREPOSITIONS), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


def _manner_subject(first: Token, data: QuotesData) -> Token | None:
    """ "That is how X described the vote" opening the sentence after the quotation: the subject
    of the verb of saying in the clause "how" opens."""
    if first.lower_ not in _DEMONSTRATIVES or not first.is_sent_start or first.i + 2 >= len(first.doc):
        return None
    be, how = first.nbor(1), first.nbor(2)
    if be.lemma_ != "be" or how.lower_ != "how":
        return None
    verb = how.head
    if verb.i <= how.i or verb.pos_ != "VERB" or not _speech(verb, data):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


__all__ = ["identify_speakers"]
