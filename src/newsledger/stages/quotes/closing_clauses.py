"""A stand-alone quotation closed by a comma and followed in its sentence by a reporting clause
whose verb is no cue of the lexicon ('“Leave the room,” Carter barked.', '“We are ready,”
reacted Ms. Diaz.'): the comma inside the closing mark leaves the sentence open, and the clause
after it, a party as subject and a verb with no content of its own, is the quotation's
attribution. The subject speaks. A quotation ending in a full stop ('“We will win.” Carter
smiled.') is a sentence of its own; a subject that is no party ('“Hope,” the banner read.') and a
verb with its own object or clause ('“Stop,” Carter told the guards to wait') give none."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.syntax import NOMINAL_SUBJECT_DEPS
from ...records import ActorLayer
from .introduced import party
from .phrases import speaker_range
from .types import QUOTE_GLYPHS, Attribution, SpeakerWords

# dependents that give a verb content of its own: then it is not the quotation's attribution
_OWN_CONTENT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def closing_clause_speaker(pd: ParsedDoc, a: Attribution, actors: ActorLayer, words: SpeakerWords) -> bool:
    """Set the speaker of stand-alone quote ``a`` from the reporting clause right after it; whether
    one was found."""
    if a.content_start is None or a.content_end is None:
        return False
    subj = closing_clause_subject(pd, a.content_start, a.content_end)
    if subj is None or not party(subj, actors, words):
        return False
    a.speaker_start, a.speaker_end, a.speaker_head = speaker_range(subj)
    return True


def closing_clause_subject(pd: ParsedDoc, start: int, end: int) -> Token | None:
    """The subject of the bare reporting clause after the quotation [start, end), when the
    quotation closes with a comma and such a clause follows it at once; None otherwise."""
    inner = pd.text[start:end].rstrip().rstrip("".join(QUOTE_GLYPHS)).rstrip()
    if not inner.endswith(","):
        return None
    pos = end
    while pos < len(pd.text) and pd.text[pos] in " \t":
        pos += 1
    first = pd.token_at(pos)
    if first is None or first.idx != pos:
        return None
    return _subject_after(first)


def _subject_after(first: Token) -> Token | None:
    """The subject of the clause ``first`` opens, when that clause is a bare reporting clause: the
    subject first and its verb right after its phrase ("Carter barked", "the colonel snapped"), or
    the verb first and its subject right after it ("reacted Ms. Diaz")."""
    if first.pos_ == "VERB":
        verb = first
        subj = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
        if subj is None or subj.left_edge.i != verb.i + 1:
            return None
    else:
        subj = first
        while subj.dep_ not in NOMINAL_SUBJECT_DEPS and subj.head.i != subj.i and first.i <= subj.head.i < first.i + 8 \
                and subj.head.pos_ not in ("VERB", "AUX"):
            subj = subj.head
        verb = subj.head
        if subj.dep_ not in NOMINAL_SUBJECT_DEPS or subj.left_edge.i != first.i or verb.i != subj.right_edge.i + 1:
            return None
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE_TAGS:
        return None
    if any(c.dep_ in _OWN_CONTENT_DEPS for c in verb.rights):  # the quotation itself is no content of its own
        return None
    return subj


__all__ = ["closing_clause_speaker", "closing_clause_subject"]
