"""A subheading run into the sentence after it. A story's text often joins its paragraphs, so a
subheading ("Resistance continues", "Emergency situation", "Aid surges") reads as the first words
of the next sentence: 'Resistance continues "We will not give up," the mayor said', 'Aid surges
According to the annual report, donations rose 40%'. Such a run is a few words (no punctuation)
right after a sentence's end, before a word that can only open a sentence: a quotation whose own
speaker is written after it, or a capitalised phrase of attribution ("According to"). The run is
no part of the quote: a content starting in it starts after it, a cue inside it cues nothing, and
the content of "According to X," is the clause after its comma, not the subheading before it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...nlp import ParsedDoc
from .types import QUOTE_GLYPHS, Attribution, CueLexicon

_OPENING = frozenset({'"', "“"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_MOST_WORDS = 5


def without_subheadings(pd: ParsedDoc, atts: list[Attribution], lex: CueLexicon) -> list[Attribution]:
    """``atts`` with no content starting in a run-in subheading and no cue inside one."""
    runs = [r for k in range(2, len(pd.doc)) if (r := _run_before(pd, k, atts, lex)) is not None]
    if not runs:
        return atts
    out = []
    for a in atts:
        if any(a.cue_start is not None and start <= a.cue_start < end for start, end, _ in runs):
            continue
        for start, end, k in runs:
            if a.content_start is not None and a.content_end is not None and start <= a.content_start < end:
                if a.content_end > pd.doc[k].idx:
                    a.content_start = pd.doc[k].idx
                elif a.cue_start == pd.doc[k].idx:
                    a.content_start, a.content_end = _after_phrase(pd, pd.doc[k]) or (None, None)
        out.append(a)
    return out


def _run_before(pd: ParsedDoc, k: int, atts: list[Attribution], lex: CueLexicon) -> tuple[int, int, int] | None:
    """The run-in subheading ending before token ``k`` (its first and end characters, and ``k``)."""
    doc = pd.doc
    tok = doc[k]
    quotation = tok.text in _OPENING and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()
    phrase = tok.text[:1].isupper() and tok.lower_ in lex.phrase_firsts
    if not quotation and not phrase:
        return None
    i = k - 1
    while i >= 0 and k - i <= _MOST_WORDS and (doc[i].is_alpha or "-" in doc[i].text) and not doc[i].is_punct:
        i -= 1
    if i < 0 or i == k - 1 or k - i > _MOST_WORDS or not _ends_sentence(doc, i) or not doc[i + 1].text[:1].isupper():
        return None
    if quotation and not _spoken_after(pd, k, atts):
        return None
    return doc[i + 1].idx, doc[k - 1].idx + len(doc[k - 1].text), k


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` closes a sentence: an end mark, or a closing quotation mark right after one."""
    t = doc[i]
    if t.text in _SENTENCE_ENDS:
        return True
    return t.text in QUOTE_GLYPHS and i > 0 and doc[i - 1].text in _SENTENCE_ENDS | {","}


def _spoken_after(pd: ParsedDoc, k: int, atts: list[Attribution]) -> bool:
    """The quotation opening at token ``k`` has its speaker and cue written after its closing mark
    in the same sentence ('"...," the mayor said'), as a quotation that opens its sentence has."""
    doc = pd.doc
    close = next((t for t in doc[k + 1:] if t.text in QUOTE_GLYPHS), None)
    if close is None:
        return False
    sentence = pd.sentence_index(close.idx)
    return any(a.cue_start is not None and a.speaker_start is not None and a.cue_start > close.idx
               and a.speaker_start > close.idx and pd.sentence_index(a.cue_start) == sentence for a in atts)


def _after_phrase(pd: ParsedDoc, first: Token) -> tuple[int, int] | None:
    """The clause after the comma that closes an opening "According to X,": to its sentence's end."""
    sentence = pd.sentences[pd.sentence_index(first.idx)]
    comma = next((t for t in pd.doc[first.i:] if t.text == "," or t.idx >= sentence.end), None)
    if comma is None or comma.text != "," or comma.i + 1 >= len(pd.doc):
        return None
    start, end = pd.doc[comma.i + 1].idx, sentence.end
    while end > start and pd.text[end - 1] in " .\n":
        end -= 1
    return (start, end) if end > start else None


__all__ = ["without_subheadings"]
