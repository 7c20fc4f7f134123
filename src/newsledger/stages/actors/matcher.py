"""One ``PhraseMatcher`` over every dictionary surface form (names, sector nouns, titles,
framing terms, anaphors), built for one vocabulary and one dictionary."""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.matcher import PhraseMatcher
from spacy.vocab import Vocab

from .dictionary import ActorDictionary
from .types import CAT_ANAPHOR, CAT_FRAME, CAT_NAME, CAT_SECTOR, CAT_TITLE


@dataclass(eq=False)
class Matcher:
    matcher: PhraseMatcher
    labels: dict[int, tuple[str, str]]  # match id -> (category, normalised form)
    vocab: Vocab
    dictionary: ActorDictionary


def build_matcher(vocab: Vocab, d: ActorDictionary) -> Matcher:
    """The matcher of dictionary ``d`` for ``vocab``; each match id maps to (category, form)."""
    tokenizer = spacy.blank("en", vocab=vocab).tokenizer
    matcher = PhraseMatcher(vocab, attr="LOWER")
    labels: dict[int, tuple[str, str]] = {}
    groups = (
        (CAT_NAME, d.surfaces.keys()),
        (CAT_SECTOR, d.sector_nouns.keys()),
        (CAT_TITLE, d.title_forms.keys()),
        (CAT_FRAME, d.framing_forms.keys()),
        (CAT_ANAPHOR, d.anaphors.keys()),
    )
    for cat, keys in groups:
        for k in keys:
            texts: set[str] = set()
            for orig in d.originals.get(k, {k}):
                texts.add(orig)
                if "'" in orig:
                    texts.add(orig.replace("'", "’"))
            label = f"{cat}|{k}"
            labels[vocab.strings.add(label)] = (cat, k)
            matcher.add(label, list(tokenizer.pipe(sorted(texts))))
    return Matcher(matcher, labels, vocab, d)
