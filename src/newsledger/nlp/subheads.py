"""Subheadings run into the paragraph after them, when a text lost the line break between the two
("... the chief minister said. Blaming neighbors Tuesday's attack marked ..."): the paragraph's
first word starts a sentence of its own (:func:`newsledger.nlp` sets the boundary)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, TAG
from spacy.tokens import Doc

SUBHEAD_WORDS = 6  # most words of a subheading run into the paragraph after it
OPENER_TAGS = frozenset({"DT", "IN"})  # the capitalised first word of the paragraph after a subheading
NOUN_OPENER_TAGS = frozenset({"NN", "NNS"})
SUBHEAD_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "CD", "VBZ", "VBP", "VBG"})
NOT_IN_SUBHEAD_TAGS = frozenset({"VBD", "VBN", "MD", "IN", "TO", "CC", "PRP", "WDT", "WP", "RB"})
SENTENCE_END_TEXTS = frozenset({".", "?", "!", "\u201d", '"'})


def subhead_ends(doc: Doc, breaks: Collection[int]) -> list[int]:
    """Where the paragraph after a subheading starts, when the text lost the line break between
    them ("... the chief minister said. Blaming neighbors Tuesday's attack marked ...", "BLA surges
    Since last August, BLA has claimed ..."): after a sentence's end or a paragraph's start, a
    few words with no punctuation, none a past or modal verb, a preposition or a pronoun, the
    first capitalised, ending on a noun, an adjective, a number or a present verb; then a
    capitalised determiner or preposition, which no sentence has inside it. Not between two
    capitalised words, inside a name in title case ("The Council On Foreign Relations"), and not an object ("Trump attacked The
    Wall Street Journal": a past verb; "according to The Times": a preposition). Never the
    first words of the text (a dateline's place: "Jammu The police said ..."). ``breaks`` are
    the whitespace tokens holding a line break. Read from the doc's arrays: only the candidate
    words are looked at."""
    arr = doc.to_array([TAG, ORTH, IS_PUNCT, IS_SPACE])
    strings = doc.vocab.strings
    tag = [strings[h] for h in arr[:, 0].tolist()]
    orth = arr[:, 1].tolist()
    out: list[int] = []
    for i in range(1, len(doc)):
        text = strings[orth[i]]
        if tag[i] not in OPENER_TAGS and not (tag[i] in NOUN_OPENER_TAGS and strings[orth[i - 1]][:1].islower()):
            continue  # a common noun capitalised after a word in lower case opens a sentence ("... militants Hours after")
        if not text[:1].isupper() or (text.isupper() and len(text) > 1) or tag[i - 1] not in SUBHEAD_END_TAGS:
            continue
        first = next((j for j in range(i - 1, max(0, i - SUBHEAD_WORDS - 1), -1)
                      if strings[orth[j - 1]] in SENTENCE_END_TEXTS or j - 1 in breaks), None)
        if first is None or not strings[orth[first]][:1].isupper():
            continue
        if any(arr[j, 2] or arr[j, 3] or tag[j] in NOT_IN_SUBHEAD_TAGS or (tag[j] == "DT" and j != first)
               for j in range(first, i)):
            continue
        if strings[orth[i - 1]][:1].isupper() and i + 1 < len(doc) and strings[orth[i + 1]][:1].isupper():
            continue  # inside a name written in title case ("Students Of Jamia", "Council On Foreign Relations")
        out.append(i)
    return out


__all__ = ["subhead_ends"]
