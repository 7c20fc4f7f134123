"""Transliterations of one place name (issue 15: one incident's figures in one thread).

One town is written from Russian and from Ukrainian ("Glubokiy Yar" and "Hlybokyi Yar",
"Kharkov" and "Kharkiv"), or by two romanisations of Arabic: the letters differ in the vowels,
in "g" for "h", and in doubled letters, not in the run of other consonants. Two place words are
one name when their consonant skeletons (lower case, "g" read as "h", vowels and "y" dropped,
doubled letters once) agree and hold at least ``MIN_SKELETON`` consonants: shorter names
("Kyiv", "Gaza") share a skeleton with too many others, and are compared as written."""

from __future__ import annotations

import re

# the fewest consonants a skeleton needs to stand for one name
MIN_SKELETON = 4
_VOWELS = re.compile(r"[aeiouyj\W\d_]+")
_DOUBLED = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """The word's consonant skeleton: "glubokiy" and "hlybokyi" give "hlbk"."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", word.lower().replace("g", "h")))


def transliterated(core: frozenset[str]) -> frozenset[str]:
    """A place's core words as skeletons, each word kept as written when its skeleton is short."""
    out = set()
    for w in core:
        s = skeleton(w)
        out.add("~" + s if len(s) >= MIN_SKELETON else w)
    return frozenset(out)


__all__ = ["MIN_SKELETON", "skeleton", "transliterated"]
