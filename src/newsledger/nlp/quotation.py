"""Quotation marks: the text's paragraphs as quotations see them, and every stretch in
quotation marks (straight, curly, single, guillemets), paired within a paragraph and carried
over paragraph breaks by the continued-paragraph convention.

The glyphs come from ``data/quotes/marks.yaml`` and the title filters from
``data/quotes/filters.yaml``; the quote and framing stages both load them through
:func:`load_marks` and :func:`load_quote_filters` (one schema, one builder for each file).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..records import Span
from ..resources import Resources

MARKS_FILE = "quotes/marks.yaml"
FILTERS_FILE = "quotes/filters.yaml"

_GLYPHS = {"open": [str], "close": [str], "ambiguous": [str]}
MARKS_SCHEMA: Any = {
    "double": _GLYPHS,
    "single": _GLYPHS,
    "opening_context": str,
    "closing_context": str,
}
FILTERS_SCHEMA: Any = {
    "strong_title_cues": [str],
    "title_cues": [str],
    "title_nouns_after": [str],
    "max_scare_words": int,
    "headline_sources": [str],
    "headline_not_sources": [str],
}

LINE_BREAK = re.compile(r"\n")
BLANK_LINE = re.compile(r"\n(?:[ \t\r\u00a0]*\n)+")
LINE_END_PUNCT = frozenset('.!?:;"”’»)…')


@dataclass(frozen=True)
class MarkSet:
    """Quotation mark glyphs: family (double/single) and role (open/close/ambiguous)."""

    pattern: re.Pattern[str]
    family: dict[str, str]
    role: dict[str, str]
    opening_context: frozenset[str]
    closing_context: frozenset[str]
    glyphs: frozenset[str]


@dataclass(frozen=True)
class QuoteFilters:
    """Quoted stretches that are not speech: titles of works, scare quotes, headline sources."""

    strong_title_cues: frozenset[str]
    title_cues: frozenset[str]
    title_nouns_after: frozenset[str]
    max_scare_words: int
    headline_sources: frozenset[str]
    not_sources: tuple[str, ...]


def build_mark_set(raw: dict[str, Any]) -> MarkSet:
    """The quotation marks of ``marks.yaml``, with one compiled pattern."""
    family: dict[str, str] = {}
    role: dict[str, str] = {}
    for fam in ("double", "single"):
        for r in ("open", "close", "ambiguous"):
            for glyph in raw[fam][r]:
                family[glyph] = fam
                role[glyph] = r
    ordered = sorted(family, key=len, reverse=True)  # '' before '
    pattern = re.compile("|".join(re.escape(g) for g in ordered))
    return MarkSet(
        pattern=pattern,
        family=family,
        role=role,
        opening_context=frozenset(raw["opening_context"]),
        closing_context=frozenset(raw["closing_context"]),
        glyphs=frozenset("".join(family)),
    )


def build_quote_filters(raw: dict[str, Any]) -> QuoteFilters:
    return QuoteFilters(
        strong_title_cues=frozenset(w.lower() for w in raw["strong_title_cues"]),
        title_cues=frozenset(w.lower() for w in raw["title_cues"]),
        title_nouns_after=frozenset(w.lower() for w in raw.get("title_nouns_after", [])),
        max_scare_words=int(raw["max_scare_words"]),
        headline_sources=frozenset(w.lower() for w in raw["headline_sources"]),
        not_sources=tuple(w.lower() for w in raw["headline_not_sources"]),
    )


def load_marks(resources: Resources) -> MarkSet:
    """The quotation marks, read once per ``Resources`` (packaged file merged with the user's)."""
    return resources.memo(("quotation", "marks"),  # type: ignore[no-any-return]
                          lambda: build_mark_set(resources.yaml(MARKS_FILE, MARKS_SCHEMA)))


def load_quote_filters(resources: Resources) -> QuoteFilters:
    """The title and scare-quote filters, read once per ``Resources``."""
    return resources.memo(("quotation", "filters"),  # type: ignore[no-any-return]
                          lambda: build_quote_filters(resources.yaml(FILTERS_FILE, FILTERS_SCHEMA)))


@dataclass(frozen=True)
class Quotation(Span):
    """A stretch in quotation marks: ``start`` at the opening mark, ``end`` after the closing
    mark (or at the paragraph end when the mark is never closed)."""

    inner_start: int = 0
    inner_end: int = 0
    depth: int = 0  # 0: top level; 1: a quotation inside a quotation; ...
    closed: bool = True
    family: str = "double"
    paragraph: int = 0  # index of the paragraph (``text_blocks``) where it opens
    continued: bool = False  # runs over a paragraph break (continued-paragraph convention)


@dataclass
class _OpenMark:
    pos: int
    glyph: str
    family: str
    depth: int
    paragraph: int
    continued: bool = False


@dataclass(frozen=True)
class Blocks:
    """The text's paragraphs as quotations see them: blank-line paragraphs, or lines when the
    text puts one paragraph per line (single newlines after sentence-final punctuation)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def span(self, i: int) -> tuple[int, int]:
        return self.starts[i], self.ends[i]


def _line_style(text: str, singles: list[int], marks: MarkSet) -> bool:
    """Do most single line breaks end a paragraph (after sentence-final punctuation, or before
    a quotation mark)?"""
    blank = {i for m in BLANK_LINE.finditer(text) for i in range(m.start(), m.end())}
    single_breaks = [i for i in singles if i not in blank]
    if not single_breaks:
        return False
    para_like = 0
    for i in single_breaks:
        j = i
        while j > 0 and text[j - 1] in " \t\r\u00a0":
            j -= 1
        k = i + 1
        while k < len(text) and text[k] in " \t\r\u00a0":
            k += 1
        if (j > 0 and text[j - 1] in LINE_END_PUNCT) or (k < len(text) and text[k] in marks.glyphs):
            para_like += 1
    return para_like * 5 >= len(single_breaks) * 3


def text_blocks(text: str, marks: MarkSet) -> Blocks:
    """Blank-line paragraphs; single lines too when most line breaks follow a sentence end."""
    singles = [m.start() for m in LINE_BREAK.finditer(text)]
    if _line_style(text, singles, marks):
        raw = [0] + [i + 1 for i in singles]
    else:
        raw = [0] + [m.end() for m in BLANK_LINE.finditer(text)]
    starts: list[int] = []
    ends: list[int] = []
    for k, s in enumerate(raw):
        e = raw[k + 1] if k + 1 < len(raw) else len(text)
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if not body and starts:
            continue
        starts.append(s + lead if body else s)
        ends.append(s + lead + len(body))
    if not starts:
        starts, ends = [0], [len(text)]
    return Blocks(tuple(starts), tuple(ends))


@dataclass(frozen=True)
class _Context:
    """What surrounds a mark: its family and listed role, and the characters on either side."""

    fam: str
    role: str
    prev: str
    nxt: str
    left_open: bool
    right_closed: bool
    has_open: bool
    at_start: bool


def _role_open(c: _Context) -> str | None:
    if c.has_open and c.right_closed and not c.left_open:
        return "close"  # an opening glyph typed where a closing one belongs
    if c.nxt.isspace():
        return None
    return "open"


def _role_close(c: _Context) -> str | None:
    if c.at_start and c.fam == "double" and not c.has_open:
        return "open"  # ” … at the start of a paragraph: a closing glyph typed for an opening one
    if c.left_open and not c.right_closed:
        # a closing glyph typed at the start of a quotation (”Mr. Trump …); for single
        # marks it is an elision (’90s, ’em)
        return "open" if c.fam == "double" and not c.has_open else None
    if not c.has_open or (c.prev.isspace() and c.nxt.isspace()):
        return None
    return "close"


def _role_ambiguous(c: _Context) -> str | None:
    if c.fam == "single":
        if c.left_open and c.nxt.isalpha() and not c.has_open:
            return "open"
        if c.has_open and not c.left_open:
            return "close"
        return None
    if c.left_open and not c.right_closed:
        return "open"
    if c.right_closed and not c.left_open:
        return "close" if c.has_open else None
    if c.has_open:
        return "close"
    return None if (c.prev.isspace() and c.nxt.isspace()) else "open"


def _mark_role(
    text: str, i: int, glyph: str, bounds: tuple[int, int], open_families: set[str], ms: MarkSet
) -> str | None:
    """``open``, ``close`` or None (an apostrophe, inch mark or stray glyph) for a mark at ``i``."""
    lo_bound, hi_bound = bounds
    prev = text[i - 1] if i > lo_bound else " "
    j = i + len(glyph)
    nxt = text[j] if j < hi_bound else " "
    c = _Context(
        fam=ms.family[glyph],
        role=ms.role[glyph],
        prev=prev,
        nxt=nxt,
        left_open=prev.isspace() or prev in ms.opening_context or prev in ms.glyphs,
        right_closed=nxt.isspace() or nxt in ms.closing_context or nxt in ms.glyphs,
        has_open=ms.family[glyph] in open_families,
        at_start=i == lo_bound,
    )
    if c.fam == "single" and prev.isalnum() and nxt.isalnum():
        return None  # apostrophe inside a word: didn’t, Israel’s
    if c.role == "open":
        return _role_open(c)
    if c.role == "close":
        return _role_close(c)
    return _role_ambiguous(c)


Emit = Callable[[_OpenMark, int, bool, int], None]


def _pair_in_paragraph(text: str, ms: MarkSet, p: int, bounds: tuple[int, int],
                       stack: list[_OpenMark], emit: Emit) -> None:
    """Pair the marks of paragraph ``p``; ``stack`` holds the marks still open (a quotation
    carried over from the paragraph before at its bottom)."""
    ps, pe = bounds
    reopen_pending = bool(stack)
    for m in ms.pattern.finditer(text, ps, pe):
        glyph = m.group()
        i = m.start()
        if reopen_pending:
            reopen_pending = False
            if i == ps and ms.family[glyph] == stack[0].family:
                continue  # the reopening mark of a continued quotation
        open_families = {o.family for o in stack}
        role = _mark_role(text, i, glyph, bounds, open_families, ms)
        if role == "open" and _left_unclosed(text, i, ms.family[glyph], stack, ps):
            # “… to the West. “Part of it …,” he added: a quotation inside one takes the other
            # family, so a double mark opening a sentence inside a double quotation starts anew
            emit(stack[-1], i, False, i)
            del stack[-1]
        if role == "open":
            stack.append(_OpenMark(i, glyph, ms.family[glyph], len(stack), p))
        elif role == "close":
            fam = ms.family[glyph]
            k = max(idx for idx, o in enumerate(stack) if o.family == fam)
            for inner in stack[k + 1:]:
                if inner.family == "double":
                    emit(inner, i, False, i)
            emit(stack[k], m.end(), True, i)
            del stack[k:]


def _left_unclosed(text: str, i: int, family: str, stack: list[_OpenMark], para_start: int) -> bool:
    """The innermost open quotation is a double one left unclosed: another double mark opens a
    new sentence inside it (after ". ", "? " or "! ")."""
    if family != "double" or not stack or stack[-1].family != "double":
        return False
    before = text[para_start:i].rstrip()
    return len(before) < i - para_start and before[-1:] in (".", "!", "?")


def _reopened(text: str, ms: MarkSet, bottom: _OpenMark, nxt_start: int | None) -> bool:
    """Does the next paragraph reopen the double quotation ``bottom`` left open?"""
    if nxt_start is None or bottom.family != "double":
        return False
    first = ms.pattern.match(text, nxt_start)
    return (
        first is not None
        and ms.family[first.group()] == "double"
        and ms.role[first.group()] != "close"
        and (ms.role[first.group()] == "ambiguous") == (ms.role[bottom.glyph] == "ambiguous")
    )


def find_quotations(text: str, marks: MarkSet, blocks: Blocks | None = None) -> list[Quotation]:
    """Every stretch in quotation marks, in text order (outer before inner at the same start).

    Marks pair within a paragraph; an opening mark still open at a paragraph end continues
    into the next paragraph when that paragraph opens with a mark of the same family (the
    continued-paragraph convention), else the quotation is cut at the paragraph end (double
    marks) or dropped (single marks, which are more often apostrophes).
    """
    blocks = blocks or text_blocks(text, marks)
    starts, ends = blocks.starts, blocks.ends
    out: list[Quotation] = []
    carried: list[_OpenMark] = []

    def emit(o: _OpenMark, end: int, closed: bool, inner_end: int) -> None:
        out.append(Quotation(
            start=o.pos, end=end, text=text[o.pos:end], inner_start=o.pos + len(o.glyph),
            inner_end=max(inner_end, o.pos + len(o.glyph)), depth=o.depth, closed=closed,
            family=o.family, paragraph=o.paragraph, continued=o.continued,
        ))

    for p, (ps, pe) in enumerate(zip(starts, ends, strict=True)):
        stack: list[_OpenMark] = carried
        carried = []
        _pair_in_paragraph(text, marks, p, (ps, pe), stack, emit)
        if not stack:
            continue
        nxt_start = starts[p + 1] if p + 1 < len(starts) else None
        if _reopened(text, marks, stack[0], nxt_start):
            for inner in stack[1:]:
                if inner.family == "double":
                    emit(inner, pe, False, pe)
            stack[0].continued = True
            carried = [stack[0]]
            continue
        for o in stack:
            if o.family == "double":
                emit(o, pe, False, pe)
    out.sort(key=lambda q: (q.start, -q.end))
    return out


__all__ = [
    "FILTERS_SCHEMA",
    "MARKS_SCHEMA",
    "Blocks",
    "MarkSet",
    "Quotation",
    "QuoteFilters",
    "build_mark_set",
    "build_quote_filters",
    "find_quotations",
    "load_marks",
    "load_quote_filters",
    "text_blocks",
]
