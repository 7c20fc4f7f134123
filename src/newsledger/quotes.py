"""Quote stage: who said what (direct, partial and indirect speech), with the speaker resolved.

``extract_quotes(doc, actors) -> list[Quote]`` finds

* direct quotes: a stretch in quotation marks (straight, curly, single, guillemets) that is a
  whole utterance, attributed by a cue verb before, after or inside it (“…,” he said, “…”),
  continued over sentences and paragraphs (an opening mark with no closing one at a
  paragraph end, reopened by the next paragraph), or standing alone in its paragraph with
  the speaker taken from the paragraph before;
* partial quotes: quoted words inside reported speech (called it a “racist regime”), kept
  apart from scare quotes around a name (‘Israel’) and from titles of works;
* indirect speech: ``X said (that) …``, ``…, X said.``, ``according to X, …``,
  ``X accused Y of …``, ``X called on Y to …``, ``It is necessary, X underlined, to …``.

The cue words live in ``data/quotes/cues.yaml``, the quotation marks in ``marks.yaml`` and the
title and scare-quote filters in ``filters.yaml``. The speaker span is the mention as written
("He", "His Eminence"); its actor id is taken from the actor layer's mention overlapping it (a
name in apposition to the speaker's head before a longer description), a document speaker
("the statement said") from its issuer (``speakers.yaml``, see ``_Speakers``), and a stand-alone
quote with no attribution before it from the person introduced in the paragraph before.
``quote_at(quotes, start, end)`` gives the innermost quote whose content holds a char range.

Conventions (those of the PolNeAR annotation guidelines): a direct quote's content runs from
its opening to its closing mark, over an interrupting "he said" and over continuation
sentences and paragraphs; an indirect content keeps its complementizer ("that …") and drops
the sentence's final period; ``start``/``end`` cover content, cue and speaker, except for a
stand-alone quote, whose speaker is borrowed from the paragraph before (there they cover
the content only). A quote nested in another quote's content has ``parent_id`` set; a
partial quote's parent is the attribution it belongs to.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from .nlp import ParsedDoc
from .records import ActorLayer, Mention, Quote, Span, record_id

log = logging.getLogger(__name__)

DATA_PACKAGE = "newsledger"
DATA_DIR = "data/quotes"

# share of a content's words that must lie inside quotation marks for it to be a direct quote
DIRECT_SHARE = 0.6
# longest stretch (chars) scanned after a closing mark for the cue of a direct quote
AFTER_WINDOW = 250
# an attribution clause before a quotation ("X said:") may be this far from its opening mark
BEFORE_GAP = 60
# chars of other words allowed between a direct quote (less its cue and speaker) and a
# quotation that continues it (“A,” he said on Friday. “B.”)
CONTINUATION_GAP = 150
# … and between a direct quote and a continuation that does not open a sentence
CONTINUATION_GAP_MID = 12
# what may separate a closing mark from the speaker or cue after it (“…,” he said)
AFTER_GAP_CHARS = " \t\u00a0,—–―-"

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "oprd", "attr"})
CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
RIGHT_STOP_DEPS = frozenset({"conj", "cc", "advcl", "parataxis", "punct", "relcl", "mark", "ccomp"})
SPEAKER_CUT_DEPS = frozenset({"relcl", "acl", "advcl"})
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "acomp"})
LEADING_JUNK = frozenset(" \t\n\r\u00a0,;:.—–-)]}")
TRAILING_JUNK = frozenset(" \t\n\r\u00a0,;:.—–-([{")
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*)*\s*(?:\([A-Za-z]{1,12}\))?|[A-Z][\w.'’-]+(?:[ ,]+[A-Z][\w.'’-]+)*\s*\([A-Z]{2,12}\))\s*[―—–-]{1,2}\s+"
)
DASH_SOURCE = re.compile(
    r"[ \t\u00a0]*([―—–]|--)[ \t\u00a0]*([A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,4})"
)
COLON_SOURCE = re.compile(
    r"[\"“]?(?P<name>[A-Z][\w.'’ -]{0,40}?)(?P<colon>:)[ \t\u00a0]+(?P<content>\S)"
)
# a first paragraph this short, with no sentence end inside, is a headline
HEADLINE_MAX = 160
TRAILING_CONJ = re.compile(r"\s+(?:and|or|but|nor)$")
SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’»)]|$)")
QUOTE_GLYPHS = frozenset("\"'“”‘’„‟«»‹›`")
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
WH_WORDS = frozenset({"when", "whether", "if", "how", "why", "what", "where", "who", "which"})


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class CueEntry:
    """What a cue lemma can introduce: content frames, confidence, and whether it is speech."""

    lemma: str
    frames: frozenset[str]
    confidence: float
    speech: bool


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, CueEntry]
    particles: dict[str, frozenset[str]]
    preps: frozenset[str]
    no_object: frozenset[str]
    circumstance_preps: frozenset[str]
    medium_nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    forms: dict[str, str]  # inflected forms the lemmatizer gets wrong ("hoping" → "hop")


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
    strong_title_cues: frozenset[str]
    title_cues: frozenset[str]
    max_scare_words: int
    headline_sources: frozenset[str]
    not_sources: tuple[str, ...]


def _load_yaml(name: str) -> Any:
    path = resources.files(DATA_PACKAGE).joinpath(f"{DATA_DIR}/{name}")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def cue_lexicon() -> CueLexicon:
    """The cue verbs and phrases of ``data/quotes/cues.yaml``, merged by lemma."""
    raw = _load_yaml("cues.yaml")
    frames: dict[str, set[str]] = {}
    conf: dict[str, float] = {}
    speech: dict[str, bool] = {}
    for cls in raw["classes"].values():
        for verb in cls["verbs"]:
            lemma = str(verb).lower()
            frames.setdefault(lemma, set()).update(cls["frames"])
            conf[lemma] = max(conf.get(lemma, 0.0), float(cls["confidence"]))
            speech[lemma] = speech.get(lemma, False) or bool(cls.get("speech", False))
    verbs = {
        lemma: CueEntry(lemma, frozenset(fr), conf[lemma], speech[lemma])
        for lemma, fr in frames.items()
    }
    particles = {
        str(k).lower(): frozenset(str(p).lower() for p in v) for k, v in raw["particles"].items()
    }
    phrases = tuple(tuple(p.lower().split()) for p in raw["phrases"])
    for lemma in [*raw["no_object"], *raw["clause_only"]]:
        entry = verbs.get(str(lemma).lower())
        if (
            entry is not None
            and "object" in entry.frames
            and lemma not in raw["classes"]["object_cues"]["verbs"]
        ):
            verbs[entry.lemma] = CueEntry(
                entry.lemma, entry.frames - {"object"}, entry.confidence, entry.speech
            )
    return CueLexicon(
        verbs,
        particles,
        frozenset(raw["preps"]),
        frozenset(raw["no_object"]),
        frozenset(raw["circumstance_preps"]),
        frozenset(raw["medium_nouns"]),
        phrases,
        {str(k).lower(): str(v).lower() for k, v in raw["forms"].items()},
    )


@lru_cache(maxsize=1)
def mark_set() -> MarkSet:
    """The quotation marks of ``data/quotes/marks.yaml``, with one compiled pattern."""
    raw = _load_yaml("marks.yaml")
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


@dataclass(frozen=True)
class SpeakerWords:
    """Word lists for speakers that are documents ("the statement said") (``speakers.yaml``)."""

    document_nouns: frozenset[str]
    definite_determiners: frozenset[str]
    issue_verbs: frozenset[str]
    issuer_prepositions: frozenset[str]
    medium_prepositions: frozenset[str]


@lru_cache(maxsize=1)
def speaker_words() -> SpeakerWords:
    raw = _load_yaml("speakers.yaml")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key, []) or [])

    return SpeakerWords(
        document_nouns=words("document_nouns"),
        definite_determiners=words("definite_determiners"),
        issue_verbs=words("issue_verbs"),
        issuer_prepositions=words("issuer_prepositions"),
        medium_prepositions=words("medium_prepositions"),
    )


@lru_cache(maxsize=1)
def quote_filters() -> QuoteFilters:
    raw = _load_yaml("filters.yaml")
    return QuoteFilters(
        strong_title_cues=frozenset(w.lower() for w in raw["strong_title_cues"]),
        title_cues=frozenset(w.lower() for w in raw["title_cues"]),
        max_scare_words=int(raw["max_scare_words"]),
        headline_sources=frozenset(w.lower() for w in raw["headline_sources"]),
        not_sources=tuple(w.lower() for w in raw["headline_not_sources"]),
    )


# --------------------------------------------------------------------------- quotation marks


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


LINE_BREAK = re.compile(r"\n")
BLANK_LINE = re.compile(r"\n(?:[ \t\r\u00a0]*\n)+")
LINE_END_PUNCT = frozenset('.!?:;"”’»)…')


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


def text_blocks(text: str) -> Blocks:
    """Blank-line paragraphs; single lines too when most line breaks follow a sentence end."""
    singles = [m.start() for m in LINE_BREAK.finditer(text)]
    blank = {i for m in BLANK_LINE.finditer(text) for i in range(m.start(), m.end())}
    single_breaks = [i for i in singles if i not in blank]
    line_style = False
    if single_breaks:
        ms = mark_set()
        para_like = 0
        for i in single_breaks:
            j = i
            while j > 0 and text[j - 1] in " \t\r\u00a0":
                j -= 1
            k = i + 1
            while k < len(text) and text[k] in " \t\r\u00a0":
                k += 1
            if (j > 0 and text[j - 1] in LINE_END_PUNCT) or (
                k < len(text) and text[k] in ms.glyphs
            ):
                para_like += 1
        line_style = para_like * 5 >= len(single_breaks) * 3
    if line_style:
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


def _mark_role(
    text: str, i: int, glyph: str, lo_bound: int, hi_bound: int, open_families: set[str]
) -> str | None:
    """``open``, ``close`` or None (an apostrophe, inch mark or stray glyph) for a mark at ``i``."""
    ms = mark_set()
    fam = ms.family[glyph]
    role = ms.role[glyph]
    prev = text[i - 1] if i > lo_bound else " "
    j = i + len(glyph)
    nxt = text[j] if j < hi_bound else " "
    left_open = prev.isspace() or prev in ms.opening_context or prev in ms.glyphs
    right_closed = nxt.isspace() or nxt in ms.closing_context or nxt in ms.glyphs
    has_open = fam in open_families
    if fam == "single" and prev.isalnum() and nxt.isalnum():
        return None  # apostrophe inside a word: didn’t, Israel’s
    if role == "open":
        if has_open and right_closed and not left_open:
            return "close"  # an opening glyph typed where a closing one belongs
        if nxt.isspace():
            return None
        return "open"
    if role == "close":
        if i == lo_bound and fam == "double" and not has_open:
            return (
                "open"  # ” … at the start of a paragraph: a closing glyph typed for an opening one
            )
        if left_open and not right_closed:
            # a closing glyph typed at the start of a quotation (”Mr. Trump …); for single
            # marks it is an elision (’90s, ’em)
            return "open" if fam == "double" and not has_open else None
        if not has_open or (prev.isspace() and nxt.isspace()):
            return None
        return "close"
    # ambiguous straight marks
    if fam == "single":
        if left_open and nxt.isalpha() and not has_open:
            return "open"
        if has_open and not left_open:
            return "close"
        return None
    if left_open and not right_closed:
        return "open"
    if right_closed and not left_open:
        return "close" if has_open else None
    if has_open:
        return "close"
    return None if (prev.isspace() and nxt.isspace()) else "open"


def find_quotations(text: str, blocks: Blocks | None = None) -> list[Quotation]:
    """Every stretch in quotation marks, in text order (outer before inner at the same start).

    Marks pair within a paragraph; an opening mark still open at a paragraph end continues
    into the next paragraph when that paragraph opens with a mark of the same family (the
    continued-paragraph convention), else the quotation is cut at the paragraph end (double
    marks) or dropped (single marks, which are more often apostrophes).
    """
    ms = mark_set()
    blocks = blocks or text_blocks(text)
    starts, ends = blocks.starts, blocks.ends
    out: list[Quotation] = []
    carried: list[_OpenMark] = []

    def emit(o: _OpenMark, end: int, closed: bool, inner_end: int) -> None:
        out.append(
            Quotation(
                start=o.pos,
                end=end,
                text=text[o.pos : end],
                inner_start=o.pos + len(o.glyph),
                inner_end=max(inner_end, o.pos + len(o.glyph)),
                depth=o.depth,
                closed=closed,
                family=o.family,
                paragraph=o.paragraph,
                continued=o.continued,
            )
        )

    for p, (ps, pe) in enumerate(zip(starts, ends, strict=True)):
        stack: list[_OpenMark] = carried
        carried = []
        reopen_pending = bool(stack)
        for m in ms.pattern.finditer(text, ps, pe):
            glyph = m.group()
            i = m.start()
            if reopen_pending:
                reopen_pending = False
                if i == ps and ms.family[glyph] == stack[0].family:
                    continue  # the reopening mark of a continued quotation
            open_families = {o.family for o in stack}
            role = _mark_role(text, i, glyph, ps, pe, open_families)
            if role == "open":
                stack.append(_OpenMark(i, glyph, ms.family[glyph], len(stack), p))
            elif role == "close":
                fam = ms.family[glyph]
                k = max(idx for idx, o in enumerate(stack) if o.family == fam)
                for inner in stack[k + 1 :]:
                    if inner.family == "double":
                        emit(inner, i, False, i)
                emit(stack[k], m.end(), True, i)
                del stack[k:]
        if not stack:
            continue
        nxt_start = starts[p + 1] if p + 1 < len(starts) else None
        bottom = stack[0]
        if nxt_start is not None and bottom.family == "double":
            first = ms.pattern.match(text, nxt_start)
            if (
                first is not None
                and ms.family[first.group()] == "double"
                and ms.role[first.group()] != "close"
                and (ms.role[first.group()] == "ambiguous")
                == (ms.role[bottom.glyph] == "ambiguous")
            ):
                for inner in stack[1:]:
                    if inner.family == "double":
                        emit(inner, pe, False, pe)
                bottom.continued = True
                carried = [bottom]
                continue
        for o in stack:
            if o.family == "double":
                emit(o, pe, False, pe)
    out.sort(key=lambda q: (q.start, -q.end))
    return out


# --------------------------------------------------------------------------- attributions


@dataclass
class _Attribution:
    """An attribution being built: cue, speaker and content as char ranges (internal)."""

    cue_start: int | None
    cue_end: int | None
    lemma: str | None
    confidence: float
    speech: bool
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_head: int | None = None  # char offset of the speaker's head word
    content_start: int | None = None
    content_end: int | None = None
    kind: str = "indirect"
    inside_quote: bool = False
    quotations: list[Quotation] = field(default_factory=list)
    speaker_actor_id: str | None = None
    parent: _Attribution | None = None
    standalone: bool = False
    quote_id: str | None = None

    @property
    def has_content(self) -> bool:
        return self.content_start is not None and self.content_end is not None

    @property
    def has_speaker(self) -> bool:
        return self.speaker_start is not None


def _hull(tokens: Iterable[Token]) -> tuple[int, int] | None:
    lo = hi = None
    for t in tokens:
        a = t.left_edge.idx
        r = t.right_edge
        b = r.idx + len(r.text)
        lo = a if lo is None else min(lo, a)
        hi = b if hi is None else max(hi, b)
    return None if lo is None or hi is None else (lo, hi)


def _wh_clause(tok: Token) -> bool:
    """An adverbial clause that is really an indirect question: "said when they would …"."""
    first = tok.left_edge
    return first.lower_ in WH_WORDS and first.i < tok.i


def _is_infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _speaker_range(tok: Token) -> tuple[int, int, int]:
    """The speaker phrase headed by ``tok``: its subtree without a trailing relative clause."""
    left = tok.left_edge.i
    right = tok.right_edge.i
    for c in tok.rights:
        if c.dep_ in SPEAKER_CUT_DEPS:
            right = min(right, c.left_edge.i - 1)
    doc = tok.doc
    while right > left and (doc[right].is_punct or doc[right].is_space):
        if doc[right].text in ")]" and any(doc[j].text in "([" for j in range(left, right)):
            break
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    if right < tok.i:
        right = tok.i
    return doc[left].idx, doc[right].idx + len(doc[right].text), tok.idx


def _find_speaker(v: Token) -> tuple[int, int, int] | None:
    """The source of cue verb ``v``: its subject, the agent of a passive, or an inherited subject."""
    h = v
    for _ in range(6):
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in h.children)
        for c in h.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return _speaker_range(g)
        if passive:
            return None  # "it was reported that …": no source
        subjects = [c for c in h.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            c = min(
                subjects, key=lambda t: abs(t.i - h.i)
            )  # the nearest: "X, Imam Khamenei said, …"
            return _speaker_range(c)
        if h.dep_ == "relcl" and h.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _speaker_range(h.head)
        if h.dep_ in INHERIT_DEPS and h.head is not h:
            h = h.head
            if h.dep_ == "prep" and h.head is not h:  # "… by telling them that …"
                h = h.head
            continue
        return None
    return None


def _cue_range(v: Token, right_i: int) -> tuple[int, int]:
    doc = v.doc
    left = v.i
    lefts = {c.i for c in v.children if c.dep_ in CUE_LEFT_DEPS and c.i < v.i}
    while left - 1 in lefts:
        left -= 1
    return doc[left].idx, doc[right_i].idx + len(doc[right_i].text)


def _verb_attribution(v: Token, entry: CueEntry, lex: CueLexicon) -> _Attribution:
    frames = entry.frames
    particles = lex.particles.get(entry.lemma, frozenset())
    right_i = v.i
    particle: Token | None = None
    for c in v.rights:
        if c.i == right_i + 1 and c.dep_ in ("prt", "prep") and c.lower_ in particles:
            right_i = c.i
            particle = c
            break
    children = list(v.children)
    ccomps = [
        c
        for c in children
        if c.dep_ == "ccomp" or (c.dep_ == "advcl" and c.i > v.i and _wh_clause(c))
    ]
    objs = [c for c in children if c.dep_ in OBJECT_DEPS and c.i > v.i]
    if particle is not None and particle.dep_ == "prep":
        objs += [g for g in particle.children if g.dep_ in ("pobj", "pcomp")]
    infinitives = [
        c
        for c in children
        if c.dep_ in ("xcomp", "advcl", "ccomp") and c.i > v.i and _is_infinitive(c)
    ]
    preps = [
        c
        for c in children
        if c.dep_ == "prep" and c is not particle and c.lower_ in lex.preps and c.i > v.i
    ]
    chosen: list[Token] = []
    clause_mode = False  # content is a clause: no run-on over later complements
    ccomps = [c for c in ccomps if not _adverbial_mark(c)]
    if "clause" in frames and ccomps and not all(_is_infinitive(c) for c in ccomps):
        chosen = _one_side(v, ccomps)
        clause_mode = True
        if all(c.i < v.i for c in chosen) and infinitives:
            chosen = chosen + infinitives  # "It is necessary, X underlined, to …"
    elif (
        "object_infinitive" in frames
        and objs
        and (
            infinitives
            or any(
                _is_infinitive(t)
                for o in objs
                for t in o.subtree
                if t.dep_ in ("acl", "relcl", "xcomp")
            )
        )
    ):
        chosen = objs + infinitives
    elif "object_prep" in frames and objs and preps:
        chosen = objs + preps
    elif "infinitive" in frames and infinitives:
        chosen = infinitives
    elif "object" in frames and objs:
        chosen = objs
    att = _Attribution(None, None, entry.lemma, entry.confidence, entry.speech)
    att.cue_start, att.cue_end = _cue_range(v, right_i)
    spk = _find_speaker(v)
    if spk is not None:
        att.speaker_start, att.speaker_end, att.speaker_head = spk
    if chosen:
        hull = _hull(chosen)
        if hull is not None:
            end = hull[1] if clause_mode else max(hull[1], _right_extent(v, chosen))
            start = hull[0]
            if clause_mode and all(c.i < v.i for c in chosen):
                start = min(start, _sentence_start(v))  # "X, but Y, the source added."
            att.content_start, att.content_end = start, min(end, _conj_cue_cut(chosen, lex))
    elif "clause" in frames:
        hull2 = _head_clause(v)
        if hull2 is not None and (entry.speech or not hull2[0] <= v.idx < hull2[1]):
            att.content_start, att.content_end = hull2
    if chosen and att.content_start is not None and att.content_end is not None:
        one_side = all(c.i < v.i for c in chosen) or all(c.i > v.i for c in chosen)
        if one_side and att.content_start <= v.idx < att.content_end:
            att.content_start = att.content_end = None  # a content holding its own cue: a misparse
    return att


def _sentence_start(v: Token) -> int:
    """Offset of the first word of the sentence holding ``v`` (leading punctuation skipped)."""
    doc = v.doc
    i = v.i
    while i > 0 and not doc[i].is_sent_start:
        i -= 1
    while i < v.i and (doc[i].is_space or (doc[i].is_punct and doc[i].text not in QUOTE_GLYPHS)):
        i += 1
    return doc[i].idx


def _right_extent(v: Token, chosen: list[Token]) -> int:
    """End of the verb phrase after a non-clausal content: "cited X as examples of Y" runs on
    over the cue's later complements, up to a coordinated verb, a clause or a comma."""
    first = min(c.i for c in chosen)
    lex = cue_lexicon()
    end = 0
    for c in v.rights:
        if c.i < first:
            continue
        if (
            c.dep_ in RIGHT_STOP_DEPS
            or c.dep_ == "npadvmod"
            or (c.dep_ == "prep" and c not in chosen and _circumstance(c, lex))
        ):
            break
        r = c.right_edge
        end = max(end, r.idx + len(r.text))
    return end


def _circumstance(prep: Token, lex: CueLexicon) -> bool:
    """A prepositional phrase of time, place or medium ("on Monday", "in a statement")."""
    if prep.lower_ in lex.circumstance_preps:
        return True
    for t in prep.subtree:
        if t.ent_type_ in ("DATE", "TIME") or (
            t.dep_ == "pobj" and t.lemma_.lower() in lex.medium_nouns
        ):
            return True
    return False


def _adverbial_mark(tok: Token) -> bool:
    """A clause introduced by "as", "while", "because" …: circumstance, not content."""
    return any(c.dep_ == "mark" and c.lower_ not in COMPLEMENTIZERS for c in tok.children)


def _one_side(v: Token, ccomps: list[Token]) -> list[Token]:
    """Content clauses on one side of the cue: “…,” X said, as …: the left one when the cue
    follows it directly, else those on the right."""
    left = [c for c in ccomps if c.i < v.i]
    right = [c for c in ccomps if c.i > v.i]
    if not left or not right:
        return ccomps
    return left if any(c.right_edge.i >= v.i - 6 for c in left) else right


def _conj_cue_cut(chosen: list[Token], lex: CueLexicon) -> int:
    """Where a content clause stops before a coordinated cue of its own: in "X says Y promised
    Z and said W", the first content ends before "and said"."""
    cut = 1 << 62
    for c in chosen:
        for g in c.rights:
            entry = lex.verbs.get(g.lemma_.lower())
            if g.dep_ != "conj" or entry is None or not entry.speech:
                continue
            if any(x.dep_ in SUBJECT_DEPS for x in g.children):
                continue
            i = g.left_edge.i - 1
            doc = g.doc
            while i > c.left_edge.i and (doc[i].dep_ == "cc" or doc[i].is_punct):
                i -= 1
            cut = min(cut, doc[i].idx + len(doc[i].text))
    return cut


def _head_clause(v: Token) -> tuple[int, int] | None:
    """The clause a cue interrupts or follows: "…, X said." / "It is necessary, X said, to …"."""
    h = v.head
    if h is v:
        return None
    as_clause = v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
    if v.dep_ not in ("parataxis", "ccomp") and not as_clause:
        return None
    if v.dep_ == "ccomp" and v.i < h.i:
        return None
    lex = cue_lexicon()
    if h.lemma_.lower() in lex.verbs and h.tag_.startswith("VB"):
        return None  # "voters say they would consider …": the head is the attribution
    doc = v.doc
    lo, hi = h.left_edge.i, h.right_edge.i
    vlo, vhi = v.left_edge.i, v.right_edge.i
    if vlo <= lo and vhi >= hi:
        return None
    if vhi >= hi:
        hi = vlo - 1
    elif vlo <= lo:
        lo = vhi + 1
    if hi < lo:
        return None
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _phrase_attributions(starts: list[Token], lex: CueLexicon) -> list[_Attribution]:
    """Attributions cued by a phrase such as "according to X": content is the rest of the clause."""
    out: list[_Attribution] = []
    firsts = {p[0]: p for p in lex.phrases}
    for tok in starts:
        doc = tok.doc
        phrase = firsts.get(tok.lower_)
        if phrase is None:
            continue
        n = len(phrase)
        if tok.i + n > len(doc) or tuple(t.lower_ for t in doc[tok.i : tok.i + n]) != phrase:
            continue
        last = doc[tok.i + n - 1]
        pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next(
                (t for t in doc[last.i + 1 : last.i + 4] if t.pos_ in ("PROPN", "NOUN", "PRON")),
                None,
            )
        if pobj is None:
            continue
        att = _Attribution(tok.idx, last.idx + len(last.text), " ".join(phrase), 0.85, True)
        att.speaker_start, att.speaker_end, att.speaker_head = _speaker_range(pobj)
        sent = tok.sent
        phrase_lo = min(tok.left_edge.i, tok.i)
        phrase_hi = max(pobj.right_edge.i, last.i)
        if phrase_lo <= sent.start:
            lo, hi = phrase_hi + 1, sent.end - 1
        else:
            lo, hi = sent.start, phrase_lo - 1
            if phrase_hi < sent.end - 2 and not doc[phrase_hi + 1].is_punct:
                hi = sent.end - 1
        if hi < lo:
            continue
        att.content_start, att.content_end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
        out.append(att)
    return out


def _candidate_tokens(doc: Doc, lex: CueLexicon) -> list[int]:
    """Indices of the tokens that may start a cue, found over the token arrays (no Token objects)."""
    strings = doc.vocab.strings
    lemmas = {strings[form] for w in lex.verbs for form in (w, w.capitalize(), w.upper())}
    lowers = {strings[w] for w in lex.forms} | {strings[p[0]] for p in lex.phrases}
    arr = doc.to_array([LEMMA, LOWER])
    return [
        i for i, (lemma, lower) in enumerate(arr.tolist()) if lemma in lemmas or lower in lowers
    ]


def _find_attributions(pd: ParsedDoc, lex: CueLexicon) -> list[_Attribution]:
    out: list[_Attribution] = []
    doc = pd.doc
    phrase_starts: list[Token] = []
    firsts = {p[0] for p in lex.phrases}
    for i in _candidate_tokens(doc, lex):
        tok = doc[i]
        if tok.lower_ in firsts:
            phrase_starts.append(tok)
        if not tok.tag_.startswith("VB"):
            continue
        entry = lex.verbs.get(tok.lemma_.lower()) or lex.verbs.get(lex.forms.get(tok.lower_, ""))
        if entry is None:
            continue
        out.append(_verb_attribution(tok, entry, lex))
    out.extend(_phrase_attributions(phrase_starts, lex))
    text = pd.text
    for att in out:
        if att.has_content:
            trimmed = _trim(text, att.content_start, att.content_end)  # type: ignore[arg-type]
            if trimmed is None:
                att.content_start = att.content_end = None
            else:
                att.content_start, att.content_end = trimmed
    out.sort(key=lambda a: a.cue_start or 0)
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    m = DATELINE.match(text, a, b)
    if m is not None:
        a = m.end()
    while a < b and text[a] in LEADING_JUNK:
        a += 1
    while b > a:
        while b > a and text[b - 1] in TRAILING_JUNK:
            b -= 1
        m = TRAILING_CONJ.search(text, a, b)
        if m is None:
            break
        b = m.start()
    return (a, b) if b > a else None


# --------------------------------------------------------------------------- linking


@dataclass(frozen=True)
class _QuoteInfo:
    words: int
    has_verb: bool
    name_like: bool
    title_case: bool
    ends_sentence: bool


def _quote_info(pd: ParsedDoc, q: Quotation) -> _QuoteInfo:
    span = (
        pd.doc.char_span(q.inner_start, q.inner_end, alignment_mode="contract")
        if q.inner_end > q.inner_start
        else None
    )
    toks = [t for t in span if not (t.is_punct or t.is_space)] if span is not None else []
    words = len(toks)
    has_verb = any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") for t in toks)
    name_like = bool(toks) and all(
        t.pos_ == "PROPN"
        or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC")
        or t.lower_ in ("’s", "'s")
        for t in toks
    )
    alpha = [t for t in toks if t.is_alpha and len(t.text) > 3]
    title_case = len(toks) >= 2 and bool(alpha) and all(t.text[0].isupper() for t in alpha)
    inner = pd.text[q.inner_start : q.inner_end].rstrip()
    ends_sentence = bool(inner) and inner[-1] in ".?!,…—-"
    return _QuoteInfo(words, has_verb, name_like, title_case, ends_sentence)


def _is_utterance(info: _QuoteInfo) -> bool:
    return (info.words >= 3 and info.has_verb) or info.words >= 7


def _is_title(pd: ParsedDoc, q: Quotation, info: _QuoteInfo) -> bool:
    filters = quote_filters()
    before = pd.text[max(q.start - 40, 0) : q.start]
    words = re.findall(r"[\w-]+", before.lower())[-3:]
    if any(w in filters.strong_title_cues for w in words):
        return True
    return (
        info.title_case and not info.ends_sentence and any(w in filters.title_cues for w in words)
    )


def _at_sentence_start(text: str, pos: int, para_start: int) -> bool:
    before = text[para_start:pos].rstrip()
    return not before or before[-1] in '.!?:;"”’»)' or before.endswith(("—", "–"))


def _nonspace(text: str, a: int, b: int) -> int:
    return sum(1 for c in text[a:b] if not c.isspace())


class _Linker:
    """Ties quotations to attributions and builds the quotes of one article."""

    def __init__(self, pd: ParsedDoc) -> None:
        self.pd = pd
        self.text = pd.text
        self.blocks = text_blocks(self.text)
        self.quotations = find_quotations(self.text, self.blocks)
        self.q_starts = [q.start for q in self.quotations]
        self.max_len = max((q.end - q.start for q in self.quotations), default=0)
        self.infos = [_quote_info(pd, q) for q in self.quotations]
        self.assigned: list[_Attribution | None] = [None] * len(self.quotations)
        self.cue_starts: list[int] = []  # cue offsets of the attributions being linked, sorted
        self.partial_of: list[_Attribution | None] = [None] * len(self.quotations)

    # quotations around and inside ranges
    def enclosing(self, start: int, end: int) -> int | None:
        """Index of the innermost quotation holding [start, end)."""
        best = None
        lo = bisect.bisect_left(self.q_starts, start - self.max_len)
        for i in range(bisect.bisect_right(self.q_starts, start) - 1, lo - 1, -1):
            q = self.quotations[i]
            if (
                q.start <= start
                and end <= q.end
                and (best is None or q.depth > self.quotations[best].depth)
            ):
                best = i
        return best

    def overlapping(self, start: int, end: int) -> list[int]:
        hi = bisect.bisect_left(self.q_starts, end)
        lo = bisect.bisect_left(self.q_starts, start - self.max_len)
        return [i for i in range(lo, hi) if self.quotations[i].end > start]

    def link(self, atts: list[_Attribution]) -> None:
        """Direct quotes first (by content, then by adjacency), then partial quotes."""
        for att in atts:
            if att.cue_start is not None:
                k = self.enclosing(att.cue_start, att.cue_end or att.cue_start)
                att.inside_quote = k is not None
        self.cue_starts = [a.cue_start or 0 for a in atts]
        usable = [a for a in atts if a.has_content and not (a.inside_quote and not a.speech)]
        for att in usable:
            self._balance(att)
        pending: list[tuple[_Attribution, list[int]]] = []
        for att in usable:
            cands = self._content_quotations(att)
            if cands and not self._link_direct(att, cands):
                pending.append((att, cands))
        for k in range(len(self.quotations)):
            if self.assigned[k] is None and self._quote_like(k):
                att = self._adjacent(k, atts)
                if att is None:
                    att = self._dash_source(k)
                    if att is not None:
                        i = bisect.bisect_right(self.cue_starts, att.cue_start or 0)
                        atts.insert(i, att)
                        self.cue_starts.insert(i, att.cue_start or 0)
                if att is not None:
                    self._make_direct(att, [k])
                    self._speaker_between(att, k)
        for att, cands in pending:
            if att.kind == "direct":
                continue
            a, b = att.content_start, att.content_end
            assert a is not None and b is not None
            for k in cands:
                q = self.quotations[k]
                if (
                    a <= q.inner_start
                    and q.inner_end <= b + 1
                    and self.partial_of[k] is None
                    and self.assigned[k] is None
                ):
                    self.partial_of[k] = att

    def _balance(self, att: _Attribution) -> None:
        """Stretch a content to the quotation marks it cuts: ‘Israel’s’ …, “… regime”."""
        a, b = att.content_start, att.content_end
        assert a is not None and b is not None
        for k in self.overlapping(a, b):
            q = self.quotations[k]
            if q.start < a <= q.inner_start:
                a = q.start
            if q.inner_end <= b < q.end and q.closed:
                b = q.end
        att.content_start, att.content_end = a, b

    def _quote_like(self, k: int) -> bool:
        """Quotation ``k`` reads as a whole utterance (not a phrase in running text)."""
        info = self.infos[k]
        if _is_utterance(info):
            return True
        q = self.quotations[k]
        bs, _ = self.blocks.span(self.blocks.index(q.start))
        return info.words > 0 and info.ends_sentence and _at_sentence_start(self.text, q.start, bs)

    def _content_quotations(self, att: _Attribution) -> list[int]:
        a, b = att.content_start, att.content_end
        assert a is not None and b is not None
        cue_q = (
            self.enclosing(att.cue_start, att.cue_end)
            if att.cue_start is not None and att.cue_end is not None
            else None
        )
        cands = []
        for k in self.overlapping(a, b):
            q = self.quotations[k]
            if att.cue_start is not None and q.start <= att.cue_start < q.end:
                continue
            if cue_q is not None and not (
                self.quotations[cue_q].start <= q.start and q.end <= self.quotations[cue_q].end
            ):
                continue
            if cue_q is None and q.depth > 0:
                continue
            cands.append(k)
        return cands

    def _link_direct(self, att: _Attribution, cands: list[int]) -> bool:
        """Make ``att`` a direct quote when its content lies (mostly) in quotation marks."""
        a, b = att.content_start, att.content_end
        assert a is not None and b is not None
        total = _nonspace(self.text, a, b)
        if att.cue_start is not None and att.cue_end is not None and a < att.cue_start < b:
            total -= _nonspace(self.text, att.cue_start, att.cue_end)
        if (
            att.speaker_start is not None
            and att.speaker_end is not None
            and a < att.speaker_start < b
        ):
            total -= _nonspace(self.text, att.speaker_start, att.speaker_end)
        inside = sum(
            _nonspace(self.text, max(a, self.quotations[k].start), min(b, self.quotations[k].end))
            for k in cands
        )
        free = [k for k in cands if self.assigned[k] is None]
        if not free or total <= 0:
            return False
        first = self.quotations[free[0]]
        prefix = self.text[a : first.start].strip(" \t\n\u00a0,:").lower()
        if prefix:
            # 'the plan was “a disaster”', 'said that “…”': quoted words inside reported speech
            return False
        if inside / total >= DIRECT_SHARE and any(self._quote_like(k) for k in free):
            self._make_direct(att, free)
            return True
        return False

    def _speaker_between(self, att: _Attribution, k: int) -> None:
        """“…,” Flynn, a top surrogate, said: the words between the quote and the cue are the speaker."""
        q = self.quotations[k]
        if att.cue_start is None or att.cue_start <= q.end:
            return
        if att.speaker_start is not None and q.end <= att.speaker_start < att.cue_start:
            return
        gap = self.text[q.end : att.cue_start]
        lead = len(gap) - len(gap.lstrip(AFTER_GAP_CHARS))
        body = gap.strip(AFTER_GAP_CHARS)
        if body and len(body) <= 120 and "\n" not in body and not SENTENCE_END.search(body):
            att.speaker_start = q.end + lead
            att.speaker_end = att.speaker_start + len(body)
            att.speaker_head = att.speaker_start

    def _make_direct(self, att: _Attribution, ks: list[int]) -> None:
        att.kind = "direct"
        for k in ks:
            self.assigned[k] = att
            att.quotations.append(self.quotations[k])
        att.quotations.sort(key=lambda q: q.start)
        att.content_start = att.quotations[0].start
        att.content_end = att.quotations[-1].end

    def _dash_source(self, k: int) -> _Attribution | None:
        """“…” ― Name: a quotation signed by a dash and a name after it."""
        q = self.quotations[k]
        _, be = self.blocks.span(self.blocks.index(max(q.end - 1, q.start)))
        m = DASH_SOURCE.match(self.text, q.end, be)
        if m is None:
            return None
        att = _Attribution(m.start(1), m.end(1), None, 0.8, True)
        att.speaker_start, att.speaker_end = m.start(2), m.end(2)
        att.speaker_head = att.speaker_start
        return att

    def _adjacent(self, k: int, atts: list[_Attribution]) -> _Attribution | None:
        """A cue next to quotation ``k``: “…,” he said. / He said: “…” / “…” — Name."""
        q = self.quotations[k]
        text = self.text
        _, be = self.blocks.span(self.blocks.index(max(q.end - 1, q.start)))
        inner = text[q.inner_start : q.inner_end].rstrip()
        full_stop = inner.endswith(".")
        cue_starts = self.cue_starts
        for a in atts[bisect.bisect_left(cue_starts, q.end) :]:
            if a.cue_start is None or a.cue_start < q.end:
                continue
            if a.cue_start > be or a.cue_start > q.end + AFTER_WINDOW:
                break
            if not a.speech or self._in_other_quote(a, k):
                continue
            if a.kind == "direct":
                # “A,” he said, “B.”: the cue already holds the quote after it
                if not a.quotations or a.quotations[0].start < q.end:
                    continue
            elif not self._free_for(a, q):
                continue
            first = a.cue_start
            if a.speaker_start is not None and q.end <= a.speaker_start < first:
                first = a.speaker_start
            gap = text[q.end : first]
            if gap.strip(AFTER_GAP_CHARS) and (
                len(gap) > 120
                or "\n" in gap
                or SENTENCE_END.search(gap)
                or self._has_verb(q.end, first)
            ):
                continue
            if full_stop and a.has_content:
                continue  # “… .” The network said it would …: a new sentence with its own content
            return a
        bs0, _ = self.blocks.span(self.blocks.index(q.start))
        best: _Attribution | None = None
        for a in atts[bisect.bisect_left(cue_starts, bs0) :]:
            if a.cue_start is None or a.cue_start >= q.start:
                break
            if (
                not a.speech
                or a.kind == "direct"
                or a.cue_start < bs0
                or self._in_other_quote(a, k)
            ):
                continue
            if not self._free_for(a, q):
                continue
            tail_from = max(a.cue_end or a.cue_start, a.speaker_end or 0)
            if tail_from > q.start:
                continue
            gap = text[tail_from : q.start]
            stripped = gap.strip()
            if len(gap) > BEFORE_GAP or "\n" in gap or SENTENCE_END.search(gap):
                continue
            if (
                not stripped
                or stripped[-1] in ":,—–―"
                or (
                    len(stripped.split()) <= 2 and not self._has_verb(tail_from, q.start)
                )  # "told us “…”"
            ):
                best = a
        return best

    @staticmethod
    def _free_for(a: _Attribution, q: Quotation) -> bool:
        """The attribution has no content of its own beyond ``q`` (its content, if any, lies in it)."""
        if not a.has_content:
            return True
        assert a.content_start is not None and a.content_end is not None
        return q.start - 2 <= a.content_start and a.content_end <= q.end + 2

    def _has_verb(self, start: int, end: int) -> bool:
        span = self.pd.doc.char_span(start, end, alignment_mode="contract")
        return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)

    def _in_other_quote(self, att: _Attribution, k: int) -> bool:
        if att.cue_start is None:
            return False
        e = self.enclosing(att.cue_start, att.cue_end or att.cue_start)
        if e is None:
            return False
        return not (
            self.quotations[e].start <= self.quotations[k].start
            and self.quotations[k].end <= self.quotations[e].end
        )


# --------------------------------------------------------------------------- building records


class _MentionIndex:
    """The resolved mentions of the actor layer, sorted for range look-ups."""

    def __init__(self, actors: ActorLayer) -> None:
        self.mentions = sorted(
            (m for m in actors.mentions if m.actor_id is not None), key=lambda m: m.start
        )
        self.starts = [m.start for m in self.mentions]
        self.max_len = max((m.end - m.start for m in self.mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, start - self.max_len)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start]


def _speaker_actor(index: _MentionIndex, start: int, end: int, head: int | None) -> str | None:
    """The actor of the mention overlapping the speaker span (the one holding its head word
    first, then the longest)."""
    best = _speaker_mention(index, start, end, head)
    return best.actor_id if best is not None else None


def _speaker_mention(index: _MentionIndex, start: int, end: int, head: int | None) -> Mention | None:
    best: Mention | None = None
    for m in index.overlapping(start, end):
        holds_head = head is not None and m.start <= head < m.end
        if best is None:
            best = m
            continue
        best_holds = head is not None and best.start <= head < best.end
        if (holds_head and not best_holds) or (
            holds_head == best_holds and m.end - m.start > best.end - best.start
        ):
            best = m
    return best


class _Speakers:
    """Who each attribution's speaker is, in document order.

    * The actor of the mention holding the speaker's head word; when none holds it, the mention
      of a name in apposition to the head ("The head of the district administration, Mykola
      Hnatiuk") before the longest overlapping mention.
    * A document as speaker ("the statement said", "according to a statement"): its issuer as the
      phrase gives it ("a statement by X", "X's statement", "a statement the governor posted"), as
      the clause gives it ("X said in a statement", "X issued a statement"), else, for "the
      statement", the issuer of the last statement named; for "a statement" with none, the
      subject of the reported clause when that is an actor ("The council called for ...,
      according to a statement"). With none of these the speaker stays unresolved.
    * A stand-alone quote with no attribution in the paragraph before takes the last person
      named as the subject of a sentence there (the speaker introduced before the quote).
    """

    def __init__(self, pd: ParsedDoc, actors: ActorLayer) -> None:
        self.pd = pd
        self.doc = pd.doc
        self.actors = actors
        self.index = _MentionIndex(actors)
        self.words = speaker_words()
        self.issued: list[tuple[int, str]] = []  # (char offset of a document noun, issuer's actor id)
        self._issuers_done = False

    def resolve(self, att: _Attribution) -> str | None:
        if att.speaker_start is None or att.speaker_end is None:
            return None
        head_tok = self.pd.token_at(att.speaker_head) if att.speaker_head is not None else None
        nouns = self.words.document_nouns
        if head_tok is not None and (head_tok.lemma_.lower() in nouns or head_tok.lower_ in nouns):
            aid = self._document_issuer(head_tok, att)
            if aid is not None:
                return aid
        best = _speaker_mention(self.index, att.speaker_start, att.speaker_end, att.speaker_head)
        if head_tok is not None and (best is None or not best.start <= head_tok.idx < best.end):
            for c in head_tok.children:
                if c.dep_ == "appos":
                    m = self._mention_at(c)
                    if m is not None and m.kind == "name":
                        return m.actor_id  # "The head of the district administration, X, said"
        return best.actor_id if best is not None else None

    def _mention_at(self, tok: Token) -> Mention | None:
        """The resolved mention holding ``tok`` (the shortest)."""
        best = None
        for m in self.index.overlapping(tok.idx, tok.idx + len(tok.text)):
            if m.start <= tok.idx < m.end and (best is None or m.end - m.start < best.end - best.start):
                best = m
        return best

    def _actor_of_subject(self, verb: Token) -> str | None:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                m = self._mention_at(c)
                return m.actor_id if m is not None else None
        return None

    def _own_issuer(self, d: Token) -> str | None:
        """The issuer a document's own phrase or clause names."""
        w = self.words
        for c in d.children:
            if c.dep_ == "poss":
                m = self._mention_at(c)  # "the ministry's statement"
                if m is not None:
                    return m.actor_id
            if c.dep_ == "prep" and c.lower_ in w.issuer_prepositions:
                for g in c.children:  # "a statement by the ministry", "a letter from X"
                    m = self._mention_at(g) if g.dep_ == "pobj" else None
                    if m is not None:
                        return m.actor_id
            if c.dep_ in ("relcl", "acl"):
                aid = self._actor_of_subject(c)  # "a statement the governor posted"
                if aid is None:
                    for g in c.children:  # "a statement issued by the council"
                        if g.dep_ == "agent":
                            for o in g.children:
                                m = self._mention_at(o) if o.dep_ == "pobj" else None
                                if m is not None:
                                    return m.actor_id
                if aid is not None:
                    return aid
        h = d.head
        if d.dep_ == "dobj" and h.lemma_.lower() in w.issue_verbs:
            return self._actor_of_subject(h)  # "X issued a statement"
        if d.dep_ == "pobj" and h.lower_ in w.medium_prepositions and h.head.i != h.i:
            return self._actor_of_subject(h.head)  # "X said in a statement"
        return None

    def _collect_issuers(self) -> None:
        if self._issuers_done:
            return
        self._issuers_done = True
        nouns = self.words.document_nouns
        for tok in self.doc:
            if tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in nouns or tok.lower_ in nouns):
                aid = self._own_issuer(tok)
                if aid is not None:
                    self.issued.append((tok.idx, aid))

    def _document_issuer(self, d: Token, att: _Attribution) -> str | None:
        self._collect_issuers()
        for pos, aid in self.issued:
            if pos == d.idx:
                return aid
        definite = any(c.dep_ == "det" and c.lower_ in self.words.definite_determiners for c in d.children)
        if definite:
            before = [aid for pos, aid in self.issued if pos < d.idx]
            if before:
                return before[-1]  # "the statement said": the statement named before
            return None
        aid = self._content_subject(att)  # "The council called for ..., according to a statement"
        if aid is not None:
            self.issued.append((d.idx, aid))
            self.issued.sort()
        return aid

    def _content_subject(self, att: _Attribution) -> str | None:
        if att.content_start is None or att.content_end is None:
            return None
        span = self.pd.span_chars(att.content_start, att.content_end)
        if span is None or len(span) == 0:
            return None
        root = span.root
        for c in root.children:
            if c.dep_ == "nsubj" and att.content_start <= c.idx < att.content_end:
                m = self._mention_at(c)
                if m is None:
                    return None
                a = self.actors.actor(m.actor_id)
                return a.id if a is not None and a.type in ("organisation", "state", "person") else None
        return None

    def standalone(self, att: _Attribution, blocks: Blocks) -> None:
        """A stand-alone quote left without a speaker: the last person named as a sentence
        subject in the paragraph before ("Vasyl Kravets, 54, had come to look for his brother.
        / “He went to that market every Saturday ...”")."""
        if att.content_start is None:
            return
        b = blocks.index(att.content_start)
        if b == 0:
            return
        bs, be = blocks.span(b - 1)
        found: Mention | None = None
        for m in self.index.overlapping(bs, be):
            if m.start < bs or m.end > be:
                continue
            a = self.actors.actor(m.actor_id)
            tok = self.pd.token_at(m.start)
            if a is None or a.type != "person" or tok is None:
                continue
            root = self.pd.span_chars(m.start, m.end)
            if root is not None and len(root) and root.root.dep_ in ("nsubj", "nsubjpass"):
                found = m
        if found is not None:
            att.speaker_start, att.speaker_end = found.start, found.end
            att.speaker_head = found.start
            att.speaker_actor_id = found.actor_id
            att.confidence = 0.5


def extract_quotes(doc: ParsedDoc, actors: ActorLayer) -> list[Quote]:
    """Quotes of the article: direct, partial and indirect, with content, cue and speaker."""
    text = doc.text
    if not text.strip() or len(doc.doc) == 0:
        return []
    lex = cue_lexicon()
    atts = _find_attributions(doc, lex)
    linker = _Linker(doc)
    atts += _colon_attributions(doc, linker)
    atts.sort(key=lambda a: a.cue_start or 0)
    linker.link(atts)
    quotes_atts: list[_Attribution] = [
        a for a in atts if a.has_content and (a.kind == "direct" or not a.inside_quote or a.speech)
    ]
    quotes_atts += _standalone_and_continuations(doc, linker, atts)
    quotes_atts += _partials(doc, linker)
    quotes_atts = [a for a in quotes_atts if a.has_content]
    quotes_atts.sort(key=lambda a: (a.content_start or 0, a.kind != "direct"))
    _assign_context_speakers(linker.blocks, quotes_atts)
    speakers = _Speakers(doc, actors)
    for a in quotes_atts:
        if a.speaker_start is not None and a.speaker_end is not None and a.speaker_actor_id is None:
            a.speaker_actor_id = speakers.resolve(a)
        elif a.standalone and a.speaker_start is None:
            speakers.standalone(a, linker.blocks)
    return _build_records(doc, quotes_atts)


def _colon_attributions(pd: ParsedDoc, linker: _Linker) -> list[_Attribution]:
    """ "NAME: words" lines: a transcript turn (name in capitals) or a headline whose source
    comes before a colon ("Pence: Flowers won't be at debate")."""
    text = pd.text
    blocks = linker.blocks
    filters = quote_filters()
    out: list[_Attribution] = []
    for b, (bs, be) in enumerate(zip(blocks.starts, blocks.ends, strict=True)):
        m = COLON_SOURCE.match(text, bs, be)
        if m is None:
            continue
        name = m.group("name").strip()
        if b == 0 and be - bs <= HEADLINE_MAX and not SENTENCE_END.search(text, bs, be - 1):
            span = pd.doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
            if span is None or name.lower().startswith(filters.not_sources):
                continue
            if not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in span) and (
                span[-1].lower_ not in filters.headline_sources
            ):
                continue
        elif not (
            name.replace(" ", "").replace(".", "").isalpha() and name.isupper() and len(name) > 1
        ):
            continue
        start, end = m.start("content"), be
        k = linker.enclosing(m.start("name"), m.end("name"))
        if k is not None and linker.quotations[k].start == bs:
            end = min(end, linker.quotations[k].inner_end)
            linker.assigned[k] = None
        trimmed = _trim(text, start, end)
        if trimmed is None:
            continue
        att = _Attribution(m.start("colon"), m.end("colon"), None, 0.7, True)
        att.speaker_start, att.speaker_end = m.start("name"), m.start("name") + len(name)
        att.speaker_head = att.speaker_start
        att.content_start, att.content_end = trimmed
        att.kind = "direct" if k is not None else "indirect"
        out.append(att)
        if k is not None:
            linker.assigned[k] = att
            att.quotations.append(linker.quotations[k])
    return out


def _standalone_and_continuations(
    pd: ParsedDoc, linker: _Linker, atts: list[_Attribution]
) -> list[_Attribution]:
    """Unattributed whole-utterance quotations: continuations of the direct quote before them
    in the paragraph, or stand-alone quotes whose speaker comes from the context."""
    out: list[_Attribution] = []
    text = pd.text
    blocks = linker.blocks
    cue_starts = sorted(
        a.cue_start
        for a in atts
        if a.cue_start is not None and (a.has_content or a.speech) and not a.inside_quote
    )
    last_direct: _Attribution | None = None
    for k, q in enumerate(linker.quotations):
        if q.depth > 0:
            continue
        owner = linker.assigned[k]
        if owner is not None:
            last_direct = owner
            continue
        if linker.partial_of[k] is not None or _is_title(pd, q, linker.infos[k]):
            continue
        block = blocks.index(q.start)
        bs, _ = blocks.span(block)
        sentence_like = (
            q.closed and linker.infos[k].words > 0 and _at_sentence_start(text, q.start, bs)
        )
        if (
            last_direct is not None
            and last_direct.content_end is not None
            and (sentence_like or _is_utterance(linker.infos[k]))
            and _continues(last_direct, k, blocks, cue_starts, linker)
        ):
            linker.assigned[k] = last_direct
            last_direct.quotations.append(q)
            last_direct.content_end = q.end
            continue
        if (
            not q.closed
            or not _at_sentence_start(text, q.start, bs)
            or not _is_utterance(linker.infos[k])
        ):
            continue
        att = _Attribution(None, None, None, 0.7, True, kind="direct", standalone=True)
        att.quotations.append(q)
        att.content_start, att.content_end = q.start, q.end
        linker.assigned[k] = att
        last_direct = att
        out.append(att)
    return out


def _continues(
    d: _Attribution, k: int, blocks: Blocks, cue_starts: list[int], linker: _Linker
) -> bool:
    """Quotation ``q`` continues direct quote ``d``: later in the same paragraph, or opening the
    next paragraph, with nothing attributed between."""
    q = linker.quotations[k]
    end = d.content_end
    assert end is not None
    if q.start < end:
        return False
    d_block, q_block = blocks.index(end - 1), blocks.index(q.start)
    if q_block == d_block + 1:
        if q.start != blocks.starts[q_block] or not q.closed or not _is_utterance(linker.infos[k]):
            return False
    elif q_block != d_block:
        return False
    i = bisect.bisect_left(cue_starts, end)
    if i < len(cue_starts) and cue_starts[i] < q.start and cue_starts[i] != d.cue_start:
        return False  # another attribution between the two
    # between the two quotations only the quote's own cue and speaker and a few words
    gap = q.start - end
    for a, b in ((d.cue_start, d.cue_end), (d.speaker_start, d.speaker_end)):
        if a is not None and b is not None and end <= a < q.start:
            gap -= b - a
    if gap > CONTINUATION_GAP:
        return False
    text = linker.text
    before = text[blocks.starts[q_block] : q.start].rstrip()
    if (
        gap > CONTINUATION_GAP_MID
        and not _at_sentence_start(text, q.start, blocks.starts[q_block])
        and not before.endswith((",", ":"))
    ):
        return False  # “A,” she said, but … about “B”: a quotation inside another clause
    return all(
        linker.quotations[j].depth > 0 or linker.assigned[j] is d
        for j in linker.overlapping(end, q.start)
    )


def _partials(pd: ParsedDoc, linker: _Linker) -> list[_Attribution]:
    out: list[_Attribution] = []
    filters = quote_filters()
    for k, q in enumerate(linker.quotations):
        parent = linker.partial_of[k]
        if parent is None or linker.assigned[k] is not None:
            continue
        info = linker.infos[k]
        if info.words == 0 or _is_title(pd, q, info):
            continue
        if info.name_like and info.words <= filters.max_scare_words:
            continue  # scare quotes around a name: framing, not speech
        att = _Attribution(
            parent.cue_start,
            parent.cue_end,
            parent.lemma,
            min(parent.confidence, 0.8),
            parent.speech,
            kind="partial",
        )
        att.speaker_start, att.speaker_end, att.speaker_head = (
            parent.speaker_start,
            parent.speaker_end,
            parent.speaker_head,
        )
        att.content_start, att.content_end = q.start, q.end
        att.quotations.append(q)
        att.parent = parent
        out.append(att)
    return out


def _assign_context_speakers(blocks: Blocks, atts: list[_Attribution]) -> None:
    """Stand-alone quotes take the speaker of the nearest attribution in the paragraph before
    (or earlier in their own paragraph); a run of stand-alone paragraphs keeps that speaker."""
    last: _Attribution | None = None
    last_block = -10
    for a in atts:
        if a.content_start is None:
            continue
        block = blocks.index(a.content_start)
        if a.standalone:
            if last is not None and block - last_block <= 1:
                a.speaker_start, a.speaker_end, a.speaker_head = (
                    last.speaker_start,
                    last.speaker_end,
                    last.speaker_head,
                )
                a.speaker_actor_id = last.speaker_actor_id
                a.confidence = 0.7
                last_block = block
            else:
                a.confidence = 0.5
            continue
        if a.has_speaker and a.parent is None and not a.inside_quote:
            last = a
            last_block = blocks.index(max(a.content_end or 0, a.speaker_end or 0) - 1)


def _span(text: str, start: int | None, end: int | None) -> Span | None:
    if start is None or end is None or end <= start:
        return None
    return Span(start, end, text[start:end])


def _build_records(pd: ParsedDoc, atts: list[_Attribution]) -> list[Quote]:
    text = pd.text
    aid = pd.article_id
    built: list[tuple[_Attribution, Quote]] = []
    seen: set[tuple[int, int, str]] = set()
    for a in atts:
        content = _span(text, a.content_start, a.content_end)
        if content is None:
            continue
        key = (content.start, content.end, a.kind)
        if key in seen:
            continue
        seen.add(key)
        cue = _span(text, a.cue_start, a.cue_end)
        speaker = _span(text, a.speaker_start, a.speaker_end)
        parts = [content] + ([cue] if cue is not None and not a.standalone else [])
        if speaker is not None and not a.standalone:
            parts.append(speaker)
        start = min(p.start for p in parts)
        end = max(p.end for p in parts)
        conf = a.confidence
        if any(not q.closed for q in a.quotations):
            conf *= 0.8
        qid = record_id("q", aid, content.start, content.end, a.kind, a.cue_start)
        a.quote_id = qid
        quote = Quote(
            id=qid,
            article_id=aid,
            sentence=pd.sentence_index(start),
            start=start,
            end=end,
            kind=a.kind,
            content=content,
            paragraph=pd.paragraph_index(content.start),
            cue=cue,
            cue_lemma=a.lemma,
            speaker=speaker,
            speaker_actor_id=a.speaker_actor_id,
            confidence=round(conf, 3),
        )
        built.append((a, quote))
    return _with_parents(built)


def _with_parents(built: list[tuple[_Attribution, Quote]]) -> list[Quote]:
    """Set ``parent_id``: a partial quote's parent is its attribution; any other quote whose
    whole attribution sits inside another quote's content is nested in the innermost one."""
    hosts = sorted((q for _, q in built if q.kind != "partial"), key=lambda q: q.content.start)
    marks = {q.id: a.quotations for a, q in built if q.kind == "direct"}
    starts = [q.content.start for q in hosts]
    max_len = max((q.content.end - q.content.start for q in hosts), default=0)
    out: list[Quote] = []
    for a, q in built:
        parent_id = None
        if a.parent is not None and a.parent.quote_id is not None:
            parent_id = a.parent.quote_id
        else:
            best: Quote | None = None
            # the cue and content must lie inside the host's content (a speaker may be
            # inherited from outside it: "X called on Y to show they …")
            q_start = min(q.content.start, q.cue.start) if q.cue is not None else q.content.start
            q_end = max(q.content.end, q.cue.end) if q.cue is not None else q.content.end
            lo = bisect.bisect_left(starts, q_start - max_len)
            hi = bisect.bisect_right(starts, q_start)
            for o in hosts[lo:hi]:
                if o.id == q.id or q_end > o.content.end or (o.start, o.end) == (q.start, q.end):
                    continue
                quoted = marks.get(o.id)
                if quoted and not any(m.start <= q_start and q_end <= m.end for m in quoted):
                    continue  # “A,” he said, adding that …, “B”: outside the quoted words
                if (
                    best is None
                    or o.content.end - o.content.start < best.content.end - best.content.start
                ):
                    best = o
            parent_id = best.id if best is not None else None
        out.append(q.replace(parent_id=parent_id) if parent_id else q)
    return out


def quote_at(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content holds the char range [start, end), or None."""
    best: Quote | None = None
    for q in quotes:
        if (
            q.content.start <= start
            and end <= q.content.end
            and (
                best is None
                or q.content.end - q.content.start < best.content.end - best.content.start
            )
        ):
            best = q
    return best
