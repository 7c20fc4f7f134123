"""Numbers written in words and numerals, read with the number-word table of
``data/figures/numbers.yaml`` (the one source of number words: load it with
:func:`load_number_words` and pass the result to the helpers here).

>>> nw = load_number_words(resources)
>>> number_word_value("seven", nw)
7
>>> parse_number_words(["three", "hundred", "and", "twenty"], nw)
[(0, 4, 320.0)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..resources import MapOf, Resources

NUMBERS_FILE = "figures/numbers.yaml"
VAGUE_FILE = "figures/vague.yaml"

NUMBERS_SCHEMA: Any = {
    "units": MapOf(int),
    "tens": MapOf(int),
    "scales": MapOf(int),
    "dozen": int,
    "scale_abbreviations": MapOf({"value": int, "attached_only": bool, "money_only": bool}),
    "fractions": MapOf(float),
    "fold_suffix": str,
    "ordinals": MapOf(int),
}
VAGUE_SCHEMA: Any = {
    "ranges": MapOf([float]),
    "requires_of": [str],
    "span_connectors": [str],
    "span_modifiers": [str],
}

ARTICLES = ("a", "an")  # "a hundred", "an hour": one


@dataclass(frozen=True)
class ScaleAbbreviation:
    """An abbreviated scale written after a numeral ("25k", "$35m")."""

    value: float
    attached_only: bool = False
    money_only: bool = False


@dataclass(frozen=True)
class NumberWords:
    """The number-word table: words for 0-19 and the tens, scales, fractions."""

    word_values: dict[str, int]
    scales: dict[str, int]
    dozen: int
    scale_abbr: dict[str, ScaleAbbreviation]
    fractions: dict[str, float]
    fold_suffix: str
    ordinals: dict[str, int] = field(default_factory=dict)


def build_number_words(raw: dict[str, Any]) -> NumberWords:
    return NumberWords(
        word_values={**raw["units"], **raw["tens"]},
        scales=dict(raw["scales"]),
        dozen=int(raw["dozen"]),
        scale_abbr={k: ScaleAbbreviation(float(v["value"]), bool(v.get("attached_only", False)),
                                         bool(v.get("money_only", False)))
                    for k, v in raw["scale_abbreviations"].items()},
        fractions={k: float(v) for k, v in raw["fractions"].items()},
        fold_suffix=str(raw["fold_suffix"]),
        ordinals={k.lower(): int(v) for k, v in (raw.get("ordinals") or {}).items()},
    )


def load_number_words(resources: Resources) -> NumberWords:
    """The number-word table, read once per ``Resources`` (packaged file merged with the user's)."""
    return resources.memo(("numbers", "words"),  # type: ignore[no-any-return]
                          lambda: build_number_words(resources.yaml(NUMBERS_FILE, NUMBERS_SCHEMA)))


def number_word_value(word: str, nw: NumberWords) -> int | None:
    """The value of one number word ("seven" → 7, "a"/"an" → 1), or None."""
    w = word.lower()
    if w in ARTICLES:
        return 1
    return nw.word_values.get(w)


def parse_number_words(words: list[str], nw: NumberWords) -> list[tuple[int, int, float]]:
    """Values of a run of number words: (first word index, last word index + 1, value).

    A run may hold several numbers ("two three" is two numbers); "and" only joins after
    a scale word ("three hundred and twenty").
    """
    out: list[tuple[int, int, float]] = []
    total = 0.0
    current = 0.0
    start = 0
    last: str | None = None  # unit, teen, tens, scale, article
    for i, word in enumerate(words):
        w = word.lower()
        if w == "and":
            continue
        if w in ARTICLES:
            start, current, last = i, 1.0, "article"
            continue
        if w in nw.word_values:
            v = nw.word_values[w]
            kind = "tens" if v >= 20 else ("teen" if v >= 10 else "unit")
            ok = last in (None, "scale") or (last == "tens" and kind == "unit")
            if not ok:
                if i > start:
                    out.append((start, i, total + current))
                total = current = 0.0
                start = i
            current += v
            last = kind
        elif w in nw.scales or w == "dozen":
            s = nw.scales.get(w, nw.dozen)
            if last is None:
                start, current = i, 1.0
            if s >= 1000:
                total += max(current, 1.0) * s
                current = 0.0
            else:
                current = max(current, 1.0) * s
            last = "scale"
    if len(words) > start:
        out.append((start, len(words), total + current))
    return out


def value_of_numeral(text: str) -> tuple[float, bool, bool]:
    """(value, is integer, has thousands separators) of a numeral like "12,300.5"."""
    clean = text.replace(",", "")
    value = float(clean)
    return value, "." not in clean, "," in text


def alternation(phrases: Iterable[str], flexible_space: bool = True) -> str:
    """A regex alternation of literal phrases, longest first (spaces match any whitespace)."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        esc = re.escape(p)
        if flexible_space:
            esc = esc.replace(r"\ ", r"\s+")
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def starting_with(phrases: Iterable[str], more: str = "") -> str:
    """A look-ahead for the first characters of ``phrases`` (and ``more``, items of a character
    class such as ``\\d``), to put before their alternation: a search then passes over the
    places where none of them can begin without trying every phrase there (a pattern of a few
    dozen words runs about twice as fast over news text), and finds the same matches (case is
    ignored in it as in the phrases under ``re.I``). Empty when a phrase is empty or begins with
    a space, which the alternation may match otherwise."""
    firsts = {p[:1] for p in phrases}
    if "" in firsts or any(c.isspace() for c in firsts):
        return ""
    return f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}{more}])"


def vague_pattern(ranges: Iterable[str]) -> re.Pattern[str]:
    """The pattern of the vague-amount phrases ("dozens", "tens of thousands")."""
    ranges = list(ranges)
    return re.compile(rf"\b{starting_with(ranges)}{alternation(ranges)}\b", re.I)


def packaged_vague_pattern(resources: Resources | None = None) -> re.Pattern[str]:
    """The vague-amount pattern of ``vague.yaml`` (read through ``resources``, or a new loader)."""
    return vague_pattern((resources or Resources()).yaml(VAGUE_FILE, VAGUE_SCHEMA)["ranges"])


def vague_phrase(text: str, pattern: re.Pattern[str] | None = None) -> str | None:
    """The vague-amount phrase in ``text`` ("dozens", "tens of thousands"), if any. Without a
    ``pattern`` (:func:`vague_pattern`), the packaged ``vague.yaml`` is read: callers matching
    many texts build the pattern once with :func:`packaged_vague_pattern`."""
    if pattern is None:
        pattern = packaged_vague_pattern()
    m = pattern.search(text)
    return " ".join(m.group(0).lower().split()) if m else None


__all__ = [
    "NUMBERS_SCHEMA",
    "VAGUE_SCHEMA",
    "NumberWords",
    "ScaleAbbreviation",
    "alternation",
    "build_number_words",
    "load_number_words",
    "number_word_value",
    "packaged_vague_pattern",
    "parse_number_words",
    "starting_with",
    "vague_pattern",
    "vague_phrase",
    "value_of_numeral",
]
