"""Figure stage: numeric claims with qualifier, unit, measure, group and attribution.

``extract_figures(doc, actors, quotes) -> list[Figure]`` finds the quantities an article
states and reads what each one counts, who is counted, what happened to them, who did it,
when and where, and who says so. ``unattributed_figure_marks(doc, figures)`` turns the
casualty figures the outlet states in its own voice into framing marks.

How a figure is read
--------------------
1. Scanning (regular expressions over ``Article.text``): numerals with thousands separators
   and decimals ("12,300", "1.5"), number words ("twelve", "twenty-five", "a dozen"), mixed
   forms ("1.2 million", "12 thousand", "$35m", "25k"), fractions ("a third of"), vague
   amounts ("dozens", "several thousand") and explicit ranges ("between 200 and 300",
   "200-300", "200 to 300", "from 200 to 300").
2. Vague amounts are ranges (convention, also written in ``data/figures/vague.yaml``): a
   vague plural or "several/a few + scale" means at least two and less than ten of that
   scale: "dozens" 24-99, "hundreds" 200-999, "thousands" and "several thousand"
   2,000-9,999, "tens of thousands" 20,000-99,999, "hundreds of thousands"
   200,000-999,999, "millions" 2,000,000-9,999,999. ``Figure.qualifier`` then holds the
   vague phrase ("several thousand") unless an explicit qualifier precedes it.
   Exact numbers have ``value_low == value_high``.
3. Not figures: dates ("October 7", "7 October"), years ("2023", "in 1995"), times
   ("10.45pm", "17:22", "0401 GMT"), ages ("a 54-year-old man", "aged 54", "Smith, 54,"),
   ordinals ("22nd", "third"), decades ("the 1990s"), phone numbers, list markers
   ("1. "), numbers inside names ("Group of 20", "G7", "COVID-19", "Resolution 2334",
   "S&P 500"), sports scores ("2-1") and addresses ("10 Downing Street").
4. Unit and kind: a currency ("$", "US$", "euros") gives kind ``money`` and the unit in
   words ("dollars"); "%"/"per cent" give ``percent``; time units ``duration`` (never a
   casualty count: no measure); measurement units ``measure``; otherwise the noun the
   number counts (from the dependency parse: "12,300 Palestinians", "dozens of people")
   is the unit and the kind is ``count``; a number with neither is ``other`` unless a
   measure makes it a count ("the death toll rose to 31").
5. Measure (killed, injured, missing, displaced, detained, held hostage, ...): from the
   counted noun itself ("31 deaths"), the word after it ("31 dead", "30,000 injured"), the
   verb governing it ("have been killed", "the army killed") or the subject of a level
   verb ("the death toll rose to 31"). Lexicon: ``data/figures/measures.yaml``.
6. Structure: a figure after "including"/"among them"/"of whom" (or followed by "of them")
   is ``part_of`` the previous top-level count and inherits its measure, time scope,
   place, perpetrator and source. The perpetrator is the subject of an active measure
   verb or the agent of a passive one (``perpetrator`` as written, and the actor of the
   ActorLayer mention inside it). Time scope: the nearest DATE/TIME entity of the sentence
   with its preposition ("since October 7"); place: the nearest place entity after a
   locative preposition ("in Gaza" -> "Gaza").
7. Attribution: a figure inside a quote's content takes the quote's speaker
   (``quote_id``, ``attribution``, ``attribution_actor_id``); otherwise "according to X",
   "citing X" or the subject of a reporting verb ("the health ministry said") in its
   sentence; otherwise ``"unattributed"`` (the outlet's own voice).

All lexicons live in ``data/figures/*.yaml`` and are loaded once.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Token

from .nlp import ParsedDoc
from .records import ActorLayer, Figure, FramingMark, Mention, Quote, record_id

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data" / "figures"

KIND_COUNT = "count"
KIND_MONEY = "money"
KIND_PERCENT = "percent"
KIND_DURATION = "duration"
KIND_MEASURE = "measure"
KIND_OTHER = "other"

UNATTRIBUTED = "unattributed"
UNKNOWN_SPEAKER = "unidentified speaker"

_NOUNS = {"NOUN", "PROPN"}
_NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "LAW", "FAC", "WORK_OF_ART", "PERSON"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_TIME_LABELS = {"DATE", "TIME"}
_NOT_IN_COUNTED_PHRASE = {"last", "next", "this", "per", "each", "every", "a", "an", "the", ",", "("}
_BREAKS_COUNTED_PHRASE = {"CCONJ", "ADP", "VERB", "AUX", "PUNCT", "SCONJ", "PRON", "DET"}
_PRONOUN_DETERMINERS = {"this", "that", "the", "each", "every", "any", "no", "which",
                        "another", "someone", "anyone", "everyone", "some"}


# -- lexicon -----------------------------------------------------------------------------------

def _read_yaml(name: str) -> dict[str, Any]:
    path = DATA_DIR / name
    with path.open("r", encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"figure data file {name} is not a mapping")
    return data


def _strs(items: Any, what: str) -> list[str]:
    """A list of strings from a data file (YAML turns bare on/off/yes/no into booleans)."""
    out = list(items or [])
    bad = [x for x in out if not isinstance(x, str)]
    if bad:
        raise ValueError(f"figure data {what}: non-text entries {bad!r} (quote them)")
    return out


def _alternation(phrases: Iterable[str], flexible_space: bool = True) -> str:
    """A regex alternation of literal phrases, longest first (spaces match any whitespace)."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        esc = re.escape(p)
        if flexible_space:
            esc = esc.replace(r"\ ", r"\s+")
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class UnitInfo:
    """A unit surface form: its canonical name and the figure kind it gives."""

    name: str
    kind: str


@dataclass(frozen=True)
class ScaleAbbreviation:
    value: float
    attached_only: bool = False
    money_only: bool = False


@dataclass(frozen=True)
class FigureLexicon:
    """Everything the figure stage knows, read from ``data/figures`` and compiled once."""

    word_values: dict[str, int]
    scales: dict[str, int]
    dozen: int
    scale_abbr: dict[str, ScaleAbbreviation]
    fractions: dict[str, float]
    vague: dict[str, tuple[float, float]]
    vague_requires_of: frozenset[str]
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    currency_prefix: dict[str, str]
    units_ci: dict[str, UnitInfo]  # lower-cased surface -> unit (case-insensitive forms)
    units_cs: dict[str, UnitInfo]  # exact surface -> unit (symbols)
    measure_verbs: dict[str, str]
    measure_nouns: dict[str, str]
    measure_adjectives: dict[str, str]
    level_verbs: frozenset[str]
    people_nouns: frozenset[str]
    source_verbs: frozenset[str]
    time_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    # compiled patterns
    numeral_re: re.Pattern[str]
    word_number_re: re.Pattern[str]
    vague_re: re.Pattern[str]
    fraction_re: re.Pattern[str]
    fold_re: re.Pattern[str]
    blocked_re: re.Pattern[str]
    qualifier_before_re: re.Pattern[str]
    qualifier_after_re: re.Pattern[str]
    currency_before_re: re.Pattern[str]
    scale_after_re: re.Pattern[str]
    unit_after_ci_re: re.Pattern[str]
    unit_after_cs_re: re.Pattern[str]
    rate_after_re: re.Pattern[str]
    month_before_re: re.Pattern[str]
    month_after_re: re.Pattern[str]
    name_before_re: re.Pattern[str]
    street_after_re: re.Pattern[str]
    age_before_re: re.Pattern[str]
    age_after_re: re.Pattern[str]
    time_after_re: re.Pattern[str]
    year_before_re: re.Pattern[str]
    subset_before_re: re.Pattern[str]
    subset_after_re: re.Pattern[str]
    source_phrase_re: re.Pattern[str]
    time_scope_re: re.Pattern[str]
    among_measure_re: re.Pattern[str]
    connector_re: re.Pattern[str] = field(
        default=re.compile(r"\s*(?:-to-|[-–—]|to-?|and|through|till)\s*", re.I))


@lru_cache(maxsize=1)
def lexicon() -> FigureLexicon:
    """The figure lexicons and patterns, loaded once per process."""
    numbers = _read_yaml("numbers.yaml")
    vague_data = _read_yaml("vague.yaml")
    quals = _read_yaml("qualifiers.yaml")
    units = _read_yaml("units.yaml")
    measures = _read_yaml("measures.yaml")
    ctx = _read_yaml("context.yaml")

    word_values: dict[str, int] = {**numbers["units"], **numbers["tens"]}
    scales: dict[str, int] = dict(numbers["scales"])
    dozen = int(numbers["dozen"])
    scale_abbr = {k: ScaleAbbreviation(float(v["value"]), bool(v.get("attached_only", False)),
                                       bool(v.get("money_only", False)))
                  for k, v in numbers["scale_abbreviations"].items()}
    fractions = {k: float(v) for k, v in numbers["fractions"].items()}
    vague = {k.lower(): (float(v[0]), float(v[1])) for k, v in vague_data["ranges"].items()}

    units_ci: dict[str, UnitInfo] = {}
    units_cs: dict[str, UnitInfo] = {}
    for section, kind, table in (
        ("currency_words", KIND_MONEY, units_ci), ("percent_words", KIND_PERCENT, units_ci),
        ("duration_words", KIND_DURATION, units_ci), ("measure_words", KIND_MEASURE, units_ci),
        ("currency_symbols_after", KIND_MONEY, units_cs), ("percent_symbols", KIND_PERCENT, units_cs),
        ("measure_symbols", KIND_MEASURE, units_cs),
    ):
        for surface, name in units[section].items():
            key = str(surface).lower() if table is units_ci else str(surface)
            table.setdefault(key, UnitInfo(str(name), kind))

    measure_verbs: dict[str, str] = {}
    measure_nouns: dict[str, str] = {}
    measure_adjs: dict[str, str] = {}
    for measure, cues in measures["measures"].items():
        for v in _strs(cues.get("verbs"), measure):
            measure_verbs.setdefault(v, measure)
        for n in _strs(cues.get("nouns"), measure):
            measure_nouns.setdefault(n, measure)
        for a in _strs(cues.get("adjectives"), measure):
            measure_adjs.setdefault(a, measure)

    word_alt = _alternation([*word_values, *scales, "dozen"], flexible_space=False)
    number_word_seq = (rf"\b(?:an?\s+(?=(?:{_alternation([*scales, 'dozen'])})\b))?{word_alt}"
                       rf"(?:(?:\s+and\s+|\s+|-){word_alt})*\b")
    months = _alternation(ctx["months"], flexible_space=False)
    weekdays = _alternation(ctx["weekdays"], flexible_space=False)
    frac_count = _alternation(["a", "one", "two", "three", "four", "five", "nine"])
    frac_alt = _alternation(fractions)
    blocked = "|".join([
        r"https?://\S+|www\.\S+|\S+@\S+\.\w+",                      # URLs, e-mail
        r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?",            # times 17:22, 9:35 pm
        r"\b\d{1,4}/\d{1,4}(?:/\d{1,4})?\b",                         # 24/7, 9/11, 10/12/2023
        r"\b\d{4}-\d{2}-\d{2}\b",                                    # ISO dates
        r"\b\d+(?:\.\d+){2,}\b",                                     # versions 1.2.3
        r"(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b",  # phone numbers
        r"\+\d{1,3}[\s.-]?\d{6,}",
    ])
    q_before = {k.lower(): v for k, v in quals["before"].items()}
    q_after = {k.lower(): v for k, v in quals["after"].items()}
    cur_prefixes = dict(units["currency_prefixes"])
    ci_units_alt = _alternation(units_ci)
    cs_units_alt = _alternation(units_cs)

    return FigureLexicon(
        word_values=word_values,
        scales=scales,
        dozen=dozen,
        scale_abbr=scale_abbr,
        fractions=fractions,
        vague=vague,
        vague_requires_of=frozenset(vague_data.get("requires_of") or []),
        qualifiers_before=q_before,
        qualifiers_after=q_after,
        currency_prefix=cur_prefixes,
        units_ci=units_ci,
        units_cs=units_cs,
        measure_verbs=measure_verbs,
        measure_nouns=measure_nouns,
        measure_adjectives=measure_adjs,
        level_verbs=frozenset(_strs(measures["level_verbs"], "level_verbs")),
        people_nouns=frozenset(w.lower() for w in _strs(measures["people_nouns"], "people_nouns")),
        source_verbs=frozenset(_strs(ctx["source_verbs"], "source_verbs")),
        time_prepositions=frozenset(_strs(ctx["time_prepositions"], "time_prepositions")),
        place_prepositions=frozenset(_strs(ctx["place_prepositions"], "place_prepositions")),
        numeral_re=re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?!\d)"),
        word_number_re=re.compile(number_word_seq, re.I),
        vague_re=re.compile(rf"\b{_alternation(vague)}\b", re.I),
        fraction_re=re.compile(
            rf"\b(?:(?P<count>{frac_count})[\s-]+(?P<frac>{frac_alt})\s+of\b"
            rf"|(?P<half>half)\s+(?:of|the)\b)", re.I),
        fold_re=re.compile(rf"\b(?P<word>{word_alt}|\d+)-?{numbers['fold_suffix']}\b", re.I),
        blocked_re=re.compile(blocked),
        qualifier_before_re=re.compile(rf"(?:^|(?<=[\s(\"“'‘]))(?P<q>{_alternation(q_before)})\s*$", re.I),
        qualifier_after_re=re.compile(rf"^(?:\s+|-)?(?P<q>{_alternation(q_after)})(?![\w])", re.I),
        currency_before_re=re.compile(rf"(?:^|(?<![A-Za-z]))(?P<c>{_alternation(cur_prefixes, False)})\s?$"),
        scale_after_re=re.compile(
            rf"^(?P<sep>\s+|-)?(?P<s>{_alternation(scales, False)}|"
            rf"{_alternation(scale_abbr, False)})(?![A-Za-z])", re.I),
        unit_after_ci_re=re.compile(rf"^(?P<sep>\s*-\s*|\s+)?(?P<u>{ci_units_alt})(?![A-Za-z])", re.I),
        unit_after_cs_re=re.compile(rf"^(?P<sep>\s*-\s*|\s+)?(?P<u>{cs_units_alt})(?![A-Za-z0-9])"),
        rate_after_re=re.compile(
            rf"^(?:\s+per\s+(?P<per>[A-Za-z]+)|(?:\s+|-)an?-?\s*(?P<a>{_alternation(units['duration_words'])})\b)",
            re.I),
        month_before_re=re.compile(rf"\b(?:{months}|{weekdays})\.?,?\s*(?:the\s+)?$"),
        month_after_re=re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{months})\b"),
        name_before_re=re.compile(rf"(?:^|(?<=[^\w]))(?:{_alternation(ctx['name_prefixes'])})\s*$"),
        street_after_re=re.compile(
            rf"^\s+(?:[A-Z][a-z]+\s+){{1,3}}{_alternation(ctx['street_words'], False)}\b"),
        age_before_re=re.compile(rf"\b(?:{_alternation(ctx['age_before'])})\s*$", re.I),
        age_after_re=re.compile(
            r"^(?:\s*-\s*|\s+)?(?:years?|months?|weeks?|days?|yr)[\s-]*old\b|^\s*years\s+of\s+age\b", re.I),
        time_after_re=re.compile(rf"^\s*(?:{_alternation(ctx['time_after'])})(?![A-Za-z])"),
        year_before_re=re.compile(
            r"\b(?:in|since|from|until|till|by|of|between|and|to|circa|c\.|A\.D\.|AD|BC|year|mid|early|late|before|after|during|spring|summer|autumn|fall|winter|the)\s*-?$",
            re.I),
        subset_before_re=re.compile(rf"\b{_alternation(measures['subset_before'])}\b", re.I),
        subset_after_re=re.compile(rf"^\s*{_alternation(measures['subset_after'])}\b", re.I),
        source_phrase_re=re.compile(rf"\b{_alternation(ctx['source_phrases'])}\s+", re.I),
        time_scope_re=re.compile(
            "|".join(f"(?:{p})" for p in _strs(ctx["time_scope_patterns"], "time_scope_patterns")), re.I),
        among_measure_re=re.compile(
            rf"\bamong\s+(?:the|those)\s+(?P<w>{_alternation([*measure_adjs, *measure_nouns])})\b", re.I),
    )


# -- scanning ----------------------------------------------------------------------------------

@dataclass
class _Quantity:
    """A number found in the text, as it is being read (internal, mutable)."""

    start: int  # first char of the number itself (after currency and qualifier)
    end: int  # end of the number and its scale word
    low: float
    high: float
    raw: float = 0.0  # the value before any scale
    source: str = "numeral"  # numeral, word, vague, fraction
    scale: float | None = None
    currency: str | None = None
    cur_start: int | None = None
    unit: str | None = None
    unit_kind: str | None = None
    unit_end: int | None = None
    qualifier: str | None = None
    qual_start: int | None = None
    vague: str | None = None
    integer: bool = True
    has_separator: bool = False
    skip: str | None = None  # reason it is not a figure
    range_with: _Quantity | None = None

    @property
    def core_start(self) -> int:
        return self.cur_start if self.cur_start is not None else self.start

    @property
    def span_start(self) -> int:
        return self.qual_start if self.qual_start is not None else self.core_start

    @property
    def span_end(self) -> int:
        return self.unit_end if self.unit_end is not None else self.end


def _parse_number_words(words: list[str], lex: FigureLexicon) -> list[tuple[int, int, float]]:
    """Values of a run of number words: (first word index, last word index + 1, value).

    A run may hold several numbers ("two three" is two numbers); "and" only joins after
    a scale word ("three hundred and twenty").
    """
    out: list[tuple[int, int, float]] = []
    total = 0.0
    current = 0.0
    start = 0
    last: str | None = None  # unit, teen, tens, scale
    i = 0

    def flush(end: int) -> None:
        nonlocal total, current, start
        if end > start:
            out.append((start, end, total + current))
        total = 0.0
        current = 0.0

    while i < len(words):
        w = words[i].lower()
        if w == "and":
            i += 1
            continue
        if w in ("a", "an"):
            start = i
            current = 1.0
            last = "article"
            i += 1
            continue
        if w in lex.word_values:
            v = lex.word_values[w]
            kind = "tens" if v >= 20 else ("teen" if v >= 10 else "unit")
            ok = last in (None, "scale", "article") or (last == "tens" and kind == "unit")
            if last == "article":
                ok = False
            if not ok:
                flush(i)
                start = i
            current += v
            last = kind
        elif w in lex.scales or w == "dozen":
            s = lex.scales.get(w, lex.dozen)
            if last is None:
                start = i
                current = 1.0
            if s >= 1000:
                total += max(current, 1.0) * s
                current = 0.0
            else:
                current = max(current, 1.0) * s
            last = "scale"
        i += 1
    flush(len(words))
    return out


def _value_of_numeral(text: str) -> tuple[float, bool, bool]:
    """(value, is integer, has thousands separators) of a numeral like "12,300.5"."""
    clean = text.replace(",", "")
    value = float(clean)
    return value, "." not in clean, "," in text


def _scan(text: str, lex: FigureLexicon) -> list[_Quantity]:
    """Every number in the text, with the reason it is not a figure where it is not one."""
    blocked: list[tuple[int, int]] = [(m.start(), m.end()) for m in lex.blocked_re.finditer(text)]
    taken: list[tuple[int, int]] = []
    found: list[_Quantity] = []

    def free(s: int, e: int) -> bool:
        return not any(bs < e and s < be for bs, be in blocked) and not any(
            ts < e and s < te for ts, te in taken)

    for m in lex.vague_re.finditer(text):
        phrase = " ".join(m.group(0).lower().split())
        if phrase in lex.vague_requires_of and not re.match(r"\s+of\b", text[m.end():m.end() + 5]):
            continue
        low, high = lex.vague[phrase]
        found.append(_Quantity(m.start(), m.end(), low, high, raw=low, source="vague",
                               vague=phrase, integer=True))
        taken.append((m.start(), m.end()))

    for m in lex.fraction_re.finditer(text):
        if not free(m.start(), m.end()):
            continue
        if m.group("half"):
            prev = text[max(0, m.start() - 12):m.start()].lower()
            if re.search(r"(first|second|the|a|one|and)\s+$", prev):
                continue
            value = lex.fractions["half"]
            end = m.start("half") + 4
        else:
            count_word = m.group("count").lower()
            count = 1 if count_word in ("a", "one") else lex.word_values.get(count_word, 1)
            value = count * lex.fractions[m.group("frac").lower()]
            end = m.end("frac")
        found.append(_Quantity(m.start(), end, value, value, raw=value, source="fraction",
                               integer=False))
        taken.append((m.start(), end))

    for m in lex.fold_re.finditer(text):
        if not free(m.start(), m.end()):
            continue
        word = m.group("word").lower()
        value = float(word) if word.isdigit() else float(lex.word_values.get(word, 0))
        if value <= 0:
            continue
        q = _Quantity(m.start(), m.end(), value, value, raw=value, source="fold")
        q.unit, q.unit_kind, q.unit_end = "fold", KIND_OTHER, m.end()
        found.append(q)
        taken.append((m.start(), m.end()))

    for m in lex.word_number_re.finditer(text):
        if not free(m.start(), m.end()):
            continue
        tokens = [(t.group(0), t.start(), t.end()) for t in re.finditer(r"[A-Za-z]+", m.group(0))]
        words = [t[0] for t in tokens]
        for first, last, value in _parse_number_words(words, lex):
            if words[last - 1].lower() == "and":
                last -= 1
            if words[first].lower() in lex.scales or words[first].lower() == "dozen":
                continue  # a bare scale word: taken by a numeral ("12 thousand") or not a number
            s = m.start() + tokens[first][1]
            e = m.start() + tokens[last - 1][2]
            scale = None
            for w in words[first:last]:
                if w.lower() in lex.scales:
                    scale = float(lex.scales[w.lower()])
            found.append(_Quantity(s, e, value, value, raw=value, source="word", scale=scale))
            taken.append((s, e))

    for m in lex.numeral_re.finditer(text):
        if not free(m.start(), m.end()):
            continue
        value, integer, sep = _value_of_numeral(m.group(0))
        q = _Quantity(m.start(), m.end(), value, value, raw=value, integer=integer,
                      has_separator=sep)
        after = text[m.end():m.end() + 2]
        if re.match(r"\.\d", after):
            q.skip = "version"
        elif not sep and integer and len(m.group(0)) >= 10:
            q.skip = "identifier"  # tweet and record ids, not amounts
        found.append(q)

    found.sort(key=lambda q: q.start)
    return found


def _read_numeral_surroundings(text: str, q: _Quantity, lex: FigureLexicon) -> None:
    """Currency before, sign, scale, unit and attached letters after a number."""
    before = text[max(0, q.start - 12):q.start]
    # a sign: "-5 yards", "minus-130", "$-50.8bn"
    if q.source == "numeral":
        if re.search(r"(?:^|[\s($])[-−]$", before):
            q.low = q.high = q.raw = -q.raw
            q.start -= 1
            before = before[:-1]
        elif re.search(r"\bminus[-\s]$", before, re.I):
            q.low = q.high = q.raw = -q.raw
    cm = lex.currency_before_re.search(before)
    if cm:
        q.currency = lex.currency_prefix[cm.group("c")]
        q.cur_start = q.start - (len(before) - cm.start("c"))
    elif q.source == "numeral" and re.search(r"[A-Za-z]$", before):
        q.skip = q.skip or "name"  # G7, PS5, A320
    elif q.source == "numeral" and re.search(r"(?:^|\s)(?:[A-Z][A-Za-z]*|[A-Z]+)[-‑]$", before):
        q.skip = q.skip or "name"  # COVID-19, F-35, TA-35

    rest = text[q.end:q.end + 40]
    if q.source in ("numeral", "word"):
        sm = lex.scale_after_re.match(rest)
        if sm:
            word = sm.group("s")
            attached = not sm.group("sep")
            scale: float | None = None
            if word.lower() in lex.scales and (q.source == "numeral" or word.lower() not in lex.scales):
                scale = float(lex.scales[word.lower()])
            elif word in lex.scale_abbr:
                ab = lex.scale_abbr[word]
                if (attached or not ab.attached_only) and (not ab.money_only or q.currency):
                    scale = ab.value
                elif word == "m" and attached and re.match(r"m\s+of\b", rest):
                    scale = ab.value
            if scale is not None:
                q.scale = scale if q.scale is None else q.scale * scale
                q.low *= scale
                q.high *= scale
                q.end += sm.end()
                rest = text[q.end:q.end + 40]
                more = lex.scale_after_re.match(rest)  # "1.2 hundred thousand" is rare; one more
                if more and more.group("s").lower() in lex.scales and more.group("sep"):
                    s2 = float(lex.scales[more.group("s").lower()])
                    q.scale *= s2
                    q.low *= s2
                    q.high *= s2
                    q.end += more.end()
                    rest = text[q.end:q.end + 40]

    if q.source == "numeral" and rest[:1].isalpha():
        letters = re.match(r"[A-Za-z]+", rest)
        suffix = letters.group(0) if letters else ""
        if suffix.lower() in ("st", "nd", "rd", "th"):
            q.skip = q.skip or "ordinal"
        elif suffix in ("s",) or rest.startswith("s "):
            q.skip = q.skip or "decade"
        elif suffix.lower() in ("am", "pm"):
            q.skip = q.skip or "time"
    if q.skip:
        return
    _read_unit(text, q, lex)


def _read_unit(text: str, q: _Quantity, lex: FigureLexicon) -> None:
    rest = text[q.end:q.end + 60]
    if q.unit is None:
        um = lex.unit_after_cs_re.match(rest)
        info = lex.units_cs.get(um.group("u")) if um else None
        ci = lex.unit_after_ci_re.match(rest)
        ci_info = lex.units_ci.get(" ".join(ci.group("u").lower().split())) if ci else None
        if ci and ci_info and (not um or ci.end() >= um.end()):
            um, info = ci, ci_info
        if um and info:
            sep = um.group("sep") or ""
            # a symbol after a space must not be the start of a word ("5 m" yes, "5 more" no):
            # guaranteed by the look-ahead; a one-letter symbol after a space is only taken
            # for degrees and metres
            if not (len(um.group("u")) == 1 and sep.strip() == "" and sep and um.group("u") not in "mgCFWV°%"):
                q.unit, q.unit_kind = info.name, info.kind
                q.unit_end = q.end + um.end()
        elif q.source == "numeral" and rest[:1].isalpha():
            q.skip = "name"  # 5G, 3D, 4x4: letters glued to a number
            return
    if q.unit is not None and q.currency is None:
        rm = lex.rate_after_re.match(text[q.unit_end or q.end:(q.unit_end or q.end) + 30])
        if rm and q.unit_kind in (KIND_MONEY, KIND_MEASURE):
            per = rm.group("per") or rm.group("a")
            q.unit = f"{q.unit} per {per.lower()}"
            q.unit_end = (q.unit_end or q.end) + rm.end()
    if q.currency is not None:
        if q.unit is not None and q.unit_kind != KIND_MONEY:
            q.unit = f"{q.currency} per {q.unit}" if q.unit_kind == KIND_MEASURE else q.unit
        else:
            q.unit = q.currency if q.unit is None else q.unit
            q.unit_kind = KIND_MONEY
        end = q.unit_end or q.end
        rm = lex.rate_after_re.match(text[end:end + 30])
        if rm:
            per = rm.group("per") or rm.group("a")
            q.unit = f"{q.unit} per {per.lower()}"
            q.unit_end = end + rm.end()


def _merge_ranges(text: str, qs: list[_Quantity], lex: FigureLexicon) -> list[_Quantity]:
    """Join "between A and B", "A to B", "from A to B", "A-B" into one quantity."""
    out: list[_Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if b is not None and not a.skip and not b.skip and a.source in ("numeral", "word") \
                and b.source in ("numeral", "word"):
            merged = _try_range(text, a, b, lex)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _try_range(text: str, a: _Quantity, b: _Quantity, lex: FigureLexicon) -> _Quantity | None:
    gap = text[a.span_end:b.core_start]
    cm = lex.connector_re.fullmatch(gap)
    if not cm:
        return None
    conn = gap.strip().lower()
    if _year_like(a) and not _year_like(b):
        return None  # "rose 60% in 2018 to 3.9 million"
    before = text[max(0, a.core_start - 12):a.core_start].lower()
    opener = re.search(r"\b(between|from)\s+$", before)
    if conn == "and" and not (opener and opener.group(1) == "between"):
        return None
    if conn not in ("and",) and re.search(r"\bby\s+$", before):
        return None
    if conn in ("-", "–", "—") and gap == conn and a.source == b.source == "numeral" \
            and a.integer and b.integer and a.unit is None and a.currency is None \
            and a.raw >= b.raw and b.raw < 200 and a.raw < 200:
        a.skip = b.skip = "score"
        return None
    a_unit = a.unit
    if a_unit is not None and b.unit is not None and a_unit.lower() != b.unit.lower() \
            and not b.unit.lower().startswith(a_unit.lower() + " per "):
        return None
    if a_unit is not None and b.unit is None and not opener:
        return None
    # carry the scale, unit and currency of the second number to the first
    if a.scale is None and b.scale is not None and not a.has_separator and abs(a.raw) < 1000 \
            and a.raw <= b.raw:
        a.low = a.high = a.raw * b.scale
    unit = b.unit or a.unit
    kind = b.unit_kind or a.unit_kind
    currency = b.currency or a.currency
    low, high = sorted((a.low, b.high))
    return _Quantity(
        start=a.start, end=b.end, low=low, high=high, raw=a.raw, source=a.source,
        scale=b.scale or a.scale, currency=currency, cur_start=a.cur_start,
        unit=unit, unit_kind=kind, unit_end=b.unit_end,
        integer=a.integer and b.integer, has_separator=a.has_separator or b.has_separator,
        range_with=b,
    )


def _year_like(q: _Quantity) -> bool:
    return (q.source == "numeral" and q.integer and not q.has_separator and q.currency is None
            and q.scale is None and q.unit is None and 1000 <= q.raw <= 2100)


def _read_qualifier(text: str, q: _Quantity, lex: FigureLexicon) -> None:
    start = q.core_start
    before = text[max(0, start - 30):start]
    if q.range_with is not None and re.search(r"\b(?:between|from)\s+$", before, re.I):
        return
    qm = lex.qualifier_before_re.search(before)
    if qm:
        phrase = " ".join(qm.group("q").lower().split())
        canonical = lex.qualifiers_before.get(phrase)
        if canonical:
            q.qualifier = canonical
            q.qual_start = start - (len(before) - qm.start("q"))
    if q.qualifier is None:
        _read_qualifier_after(text, q, q.span_end, lex)
    if q.qualifier is None and q.vague:
        q.qualifier = q.vague


def _read_qualifier_after(text: str, q: _Quantity, end: int, lex: FigureLexicon) -> None:
    after = text[end:end + 20]
    am = lex.qualifier_after_re.match(after)
    if am:
        phrase = " ".join(am.group("q").lower().split())
        canonical = lex.qualifiers_after.get(phrase)
        if canonical and not (phrase == "plus" and not after.startswith("-")):
            q.qualifier = canonical


def _text_filters(text: str, q: _Quantity, lex: FigureLexicon) -> None:
    """Dates, years, times, ages, list markers, names and addresses."""
    if q.skip:
        return
    start = q.core_start
    before = text[max(0, start - 30):start]
    end = q.range_with.end if q.range_with is not None else q.end
    after = text[end:end + 30]
    after_span = text[q.span_end:q.span_end + 30]
    if q.source in ("numeral", "word") and q.currency is None and q.unit is None:
        if lex.month_before_re.search(before) and q.raw < 32 and q.integer:
            q.skip = "date"
            return
        if lex.month_after_re.match(after) and q.raw < 32 and q.integer:
            q.skip = "date"
            return
    if q.source in ("numeral", "word") and lex.time_after_re.match(after):
        q.skip = "time"
        return
    if lex.age_after_re.match(after) or lex.age_before_re.search(before):
        q.skip = "age"
        return
    if q.source == "numeral" and q.currency is None and lex.name_before_re.search(before):
        q.skip = "name"
        return
    if q.source == "numeral" and lex.street_after_re.match(after_span):
        q.skip = "address"
        return
    if q.source == "numeral" and q.integer and q.raw < 1000 and q.range_with is None:
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip() and re.match(r"[.)]\s", text[q.end:q.end + 2]):
            q.skip = "list marker"
            return
        if text[line_start:start].strip() == "(" and text[q.end:q.end + 1] == ")":
            q.skip = "list marker"
            return
    if _looks_like_year(text, q, lex, before):
        q.skip = "year"


def _looks_like_year(text: str, q: _Quantity, lex: FigureLexicon, before: str) -> bool:
    if q.source != "numeral" or not q.integer or q.has_separator or q.currency or q.scale:
        return False
    if q.unit_kind in (KIND_PERCENT, KIND_MEASURE, KIND_MONEY):
        return False
    values = [q.raw] + ([q.range_with.raw] if q.range_with is not None else [])
    if not all(float(v).is_integer() for v in values):
        return False
    if q.qualifier is not None and q.qualifier not in ("about", "around", "circa"):
        return False
    for v in values:
        if not 1000 <= v <= 2100:
            return False
        if v < 1900 and not lex.year_before_re.search(before):
            return False
    return True


# -- the parse ---------------------------------------------------------------------------------

class _TokenIndex:
    """Character offset -> spaCy token, by binary search over token starts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def covering(self, start: int, end: int) -> list[Token]:
        if not self.starts or end <= start:
            return []
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        j = bisect.bisect_left(self.starts, end)
        return [t for t in self.doc[i:j] if t.idx + len(t.text) > start]


def _token_filters(q: _Quantity, tokens: list[Token], text: str) -> None:
    """Filters that need the parse: names (entities), pronoun "one", appositive ages."""
    if q.skip or not tokens:
        return
    first = tokens[0]
    if q.source == "numeral" and first.ent_type_ in _NAME_LABELS and not q.currency \
            and q.unit_kind not in (KIND_PERCENT, KIND_MEASURE, KIND_MONEY):
        ent = next((e for e in first.doc.ents if e.start <= first.i < e.end), None)
        if ent is not None and not ent[0].like_num and ent[0].i < first.i \
                and ent[0].lower_ not in ("$", "the", "some", "about", "at", "more", "over", "nearly"):
            q.skip = "name"
            return
    if q.source == "word":
        word = first.lower_
        if word == "one":
            prev = first.doc[first.i - 1] if first.i > 0 else None
            if first.tag_ != "CD" or (prev is not None and prev.lower_ in _PRONOUN_DETERMINERS):
                q.skip = "pronoun"
                return
            nxt = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
            if nxt is not None and (nxt.lower_ in ("another", "day", "time", "way", "thing")
                                    or nxt.like_num):
                q.skip = "idiom"
                return
            if q.unit is None and _counted_noun(first, tokens) is None:
                q.skip = "pronoun"  # a bare "one" ("get their hands on one")
                return
        if first.text[:1].isupper() and first.i > first.sent.start:
            prev = first.doc[first.i - 1]
            if prev.text[:1].isupper() and prev.is_alpha:
                q.skip = "name"  # BBC One, Formula One
                return
    if q.source == "numeral" and q.integer and q.raw < 130 and q.unit is None and q.currency is None:
        if first.dep_ == "appos" and text[q.end:q.end + 1] in (",", ")") \
                and re.search(r"[,(]\s*$", text[max(0, q.start - 3):q.start]):
            q.skip = "age"


@dataclass
class _Reading:
    """A figure being read from the parse (internal)."""

    q: _Quantity
    sentence: int
    anchor: Token
    noun: Token | None = None
    group: str | None = None
    group_start: int | None = None
    group_end: int | None = None
    measure: str | None = None
    kind: str = KIND_OTHER
    unit: str | None = None
    perpetrator: str | None = None
    perp_start: int | None = None
    perp_end: int | None = None
    time_scope: str | None = None
    place: str | None = None
    start: int = 0
    end: int = 0
    id: str = ""
    part_of: int | None = None  # index of the parent reading
    confidence: float = 1.0


def _counted_noun(anchor: Token, tokens: list[Token]) -> Token | None:
    """The noun a number counts: "12,300 Palestinians", "dozens of people"."""
    span_ids = {t.i for t in tokens}
    doc = anchor.doc
    after = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    t = anchor
    breaks = after is not None and after.pos_ in _BREAKS_COUNTED_PHRASE and after.dep_ not in (
        "amod", "compound", "nmod")
    for _ in range(0 if after is None or breaks else 3):
        head = t.head
        if head is t or t.dep_ not in ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod"):
            break
        if head.i <= anchor.i or head.i - anchor.i > 6 or any(
                t2.lower_ in _NOT_IN_COUNTED_PHRASE for t2 in anchor.doc[anchor.i + 1:head.i]):
            break
        t = head
        if head.i not in span_ids and head.pos_ in _NOUNS and not head.like_num:
            return head
    for child in anchor.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for gc in child.children:
                if gc.dep_ == "pobj" and gc.pos_ in _NOUNS and not gc.like_num:
                    return gc
    if anchor.i + 1 < len(doc):
        nxt = doc[anchor.i + 1]
        if nxt.i not in span_ids and nxt.tag_ in ("NNS", "NNPS") and not nxt.like_num:
            return nxt
    return None


def _is_people(noun: Token, lex: FigureLexicon) -> bool:
    return (noun.lemma_.lower() in lex.people_nouns or noun.lower_ in lex.people_nouns
            or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS")


def _measure_of_noun(tok: Token, lex: FigureLexicon) -> str | None:
    prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    two = f"{prev} {tok.lemma_.lower()}"
    if two in lex.measure_nouns:
        return lex.measure_nouns[two]
    for child in tok.children:
        if child.dep_ == "compound":
            key = f"{child.lower_} {tok.lemma_.lower()}"
            if key in lex.measure_nouns:
                return lex.measure_nouns[key]
    return lex.measure_nouns.get(tok.lemma_.lower()) or lex.measure_nouns.get(tok.lower_)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    return None


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"))


@dataclass
class _MeasureHit:
    measure: str
    verb: Token | None = None
    passive: bool = False
    np_is_subject: bool = False  # "12 people died": the counted are the subject


def _find_measure(anchor: Token, noun: Token | None, lex: FigureLexicon) -> _MeasureHit | None:
    """What happened to the counted: the word after them, the verb over them, or the noun."""
    doc = anchor.doc
    # the word right after the number or the counted noun: "31 dead", "30,000 injured"
    for tok in (noun, anchor):
        if tok is None or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        m = lex.measure_adjectives.get(nxt.lower_)
        if m and nxt.sent.start == tok.sent.start:
            return _MeasureHit(m, nxt if nxt.pos_ == "VERB" else None, passive=True)
    # climb from the noun phrase to the verb that governs it
    t = noun if noun is not None and anchor in noun.subtree else anchor
    for _ in range(5):
        head = t.head
        if head is t:
            break
        dep = t.dep_
        if head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB"):
            lemma = head.lemma_.lower()
            if lemma in lex.measure_verbs:
                passive = dep == "nsubjpass" or _is_passive(head)
                return _MeasureHit(lex.measure_verbs[lemma], head, passive=passive,
                                   np_is_subject=dep == "nsubj")
            if head.lower_ in lex.measure_adjectives:  # "are still missing"
                return _MeasureHit(lex.measure_adjectives[head.lower_], head, passive=True,
                                   np_is_subject=True)
            for child in head.children:  # "were left homeless", "are dead"
                if child.dep_ in ("acomp", "oprd") and child.lower_ in lex.measure_adjectives:
                    return _MeasureHit(lex.measure_adjectives[child.lower_], None)
            if lemma in lex.level_verbs:
                subj = _subject(head)
                if subj is not None and subj is not t:
                    m = _measure_of_noun(subj, lex)
                    if m:
                        return _MeasureHit(m)
            if dep in ("conj", "xcomp") and head.head is not head:
                t = head
                continue
            break
        if head.pos_ in _NOUNS and dep in ("pobj", "prep", "appos", "conj", "nummod", "compound", "attr"):
            m = _measure_of_noun(head, lex)
            if m:
                return _MeasureHit(m)
        t = head
    if noun is not None:
        m = _measure_of_noun(noun, lex)
        if m:
            return _MeasureHit(m)
    return None


def _perpetrator(hit: _MeasureHit, np_tokens: set[int]) -> Token | None:
    """Who did it: the subject of an active measure verb, or the agent of a passive one."""
    verb = hit.verb
    if verb is None or hit.np_is_subject:
        return None
    if not hit.passive:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i not in np_tokens and subj.lower_ not in ("who", "that", "which"):
            return subj
        return None
    for child in verb.children:
        if child.dep_ == "agent":
            for gc in child.children:
                if gc.dep_ == "pobj":
                    return gc
    return None


def _phrase_bounds(tok: Token, limit: int = 10) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``tok`` (left modifiers, capped)."""
    left = tok.left_edge
    right = tok
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "appos") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = child.right_edge
    if right.i - left.i > limit:
        right = tok
    if tok.i - left.i > limit:
        left = tok
    while left.i < tok.i and (left.is_punct or left.dep_ == "cc"):
        left = left.doc[left.i + 1]
    return left.idx, right.idx + len(right.text)


def _best_mention(actors: ActorLayer, start: int, end: int) -> Mention | None:
    best: Mention | None = None
    for m in actors.mentions:
        if m.start < end and start < m.end:
            key = (m.actor_id is not None, m.end - m.start)
            if best is None or key > (best.actor_id is not None, best.end - best.start):
                best = m
    return best


def _time_scope(doc: ParsedDoc, sent_start: int, sent_end: int, r: _Reading,
                lex: FigureLexicon, cache: dict[int, list[tuple[int, int, str]]]) -> str | None:
    cands = cache.get(r.sentence)
    if cands is None:
        cands = []
        sent = doc.doc.char_span(sent_start, sent_end, alignment_mode="expand")
        for ent in (sent.ents if sent is not None else ()):
            if ent.label_ not in _TIME_LABELS or re.search(r"\bold\b", ent.text):
                continue
            start = ent.start_char
            label = ent.text
            prev = doc.doc[ent.start - 1] if ent.start > 0 else None
            if ent[0].lower_ in lex.time_prepositions:
                pass
            elif prev is not None and prev.lower_ in lex.time_prepositions:
                start = prev.idx
                label = doc.text[start:ent.end_char]
                p2 = doc.doc[prev.i - 1] if prev.i > 0 else None
                if p2 is not None and f"{p2.lower_} {prev.lower_}" in lex.time_prepositions:
                    start = p2.idx
                    label = doc.text[start:ent.end_char]
            elif re.match(r"[\d.,]+\b|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", label, re.I):
                continue  # a bare duration ("15 years") is a figure, not a time scope
            cands.append((start, ent.end_char, label))
        sent_text = doc.text[sent_start:sent_end]
        for m in lex.time_scope_re.finditer(sent_text):
            s, e = sent_start + m.start(), sent_start + m.end()
            if not any(cs <= s and e <= ce for cs, ce, _ in cands):
                cands.append((s, e, m.group(0)))
        cache[r.sentence] = cands
    best: tuple[int, str] | None = None
    for s, e, label in cands:
        if s < r.end and r.start < e:
            continue  # the figure's own words ("more than 40 days")
        dist = r.start - e if e <= r.start else s - r.end
        if best is None or dist < best[0]:
            best = (dist, label)
    return best[1] if best else None


def _place(doc: ParsedDoc, r: _Reading, lex: FigureLexicon) -> str | None:
    sent = r.anchor.sent
    best: tuple[int, str] | None = None
    for ent in sent.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        if ent.start_char < r.end and r.start < ent.end_char:
            continue
        prev = doc.doc[ent.start - 1] if ent.start > 0 else None
        if prev is None or prev.lower_ not in lex.place_prepositions:
            continue
        dist = abs(ent.start_char - r.start)
        if best is None or dist < best[0]:
            best = (dist, ent.text)
    return best[1] if best else None


@dataclass(frozen=True)
class _Source:
    text: str
    start: int
    end: int


def _source_in_sentence(doc: ParsedDoc, r: _Reading, actors: ActorLayer,
                        lex: FigureLexicon) -> _Source | None:
    sent = r.anchor.sent
    # "according to the UN", "citing officials"
    m = lex.source_phrase_re.search(sent.text)
    if m:
        s = sent.start_char + m.end()
        tok = doc.doc.char_span(s, s + 1, alignment_mode="expand")
        if tok is not None and len(tok):
            head = tok[0]
            while head.head is not head and head.head.i >= head.i and head.head.i < sent.end \
                    and head.dep_ in ("det", "compound", "amod", "poss", "nmod", "case"):
                head = head.head
            right = head.right_edge
            end_tok = right
            for t in doc.doc[head.i:right.i + 1]:
                if t.text in (",", ";", "(", "—", "–") or t.is_sent_end:
                    end_tok = doc.doc[max(t.i - 1, head.i)]
                    break
            start = tok[0].idx
            end = end_tok.idx + len(end_tok.text)
            for men in actors.mentions:  # a name the parse cut short
                if start <= men.start < end < men.end <= sent.end_char:
                    end = men.end
            if end > start and not (start < r.end and r.start < end):
                return _Source(doc.text[start:end].rstrip(" .,"), start, end)
    # a reporting verb with a subject: "the health ministry said"
    best: tuple[int, _Source] | None = None
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.source_verbs:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in ("it", "which", "that", "who"):
            continue
        s, e = _phrase_bounds(subj)
        if s < r.end and r.start < e:
            continue
        governs = r.anchor in tok.subtree
        rank = 0 if governs else 1
        if best is None or rank < best[0]:
            best = (rank, _Source(doc.text[s:e], s, e))
    return best[1] if best else None


def _quote_for(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content holds [start, end)."""
    from . import quotes as quotes_module

    finder = getattr(quotes_module, "quote_at", None)
    if finder is not None:
        try:
            found = finder(quotes, start, end)
        except Exception:  # a sibling stage's helper must not sink this one
            log.exception("quote_at failed; using the figure stage's own lookup")
            found = None
        if isinstance(found, Quote) and found.content.start <= start and end <= found.content.end:
            return found
    best: Quote | None = None
    for q in quotes:
        if q.content.start <= start and end <= q.content.end:
            if best is None or q.content.end - q.content.start < best.content.end - best.content.start:
                best = q
    return best


# -- the stage ---------------------------------------------------------------------------------

def _quantities(text: str, lex: FigureLexicon) -> list[_Quantity]:
    qs = _scan(text, lex)
    kept: list[_Quantity] = []
    for q in qs:
        if kept and q.start < kept[-1].span_end and q.start >= kept[-1].core_start:
            continue  # a scale or unit word another number has taken ("$8 billion")
        if q.source in ("numeral", "word"):
            _read_numeral_surroundings(text, q, lex)
        kept.append(q)
    qs = _merge_ranges(text, kept, lex)
    for q in qs:
        if not q.skip:
            _read_qualifier(text, q, lex)
            _text_filters(text, q, lex)
    return qs


def extract_figures(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote]) -> list[Figure]:
    """Numeric claims of the article, with what they count and who says so."""
    lex = lexicon()
    text = doc.text
    index = _TokenIndex(doc.doc)
    readings: list[_Reading] = []
    for q in _quantities(text, lex):
        if q.skip:
            continue
        tokens = index.covering(q.start, q.end)
        _token_filters(q, tokens, text)
        if q.skip or not tokens:
            continue
        r = _read(doc, q, tokens, lex)
        if r is not None:
            readings.append(r)
    _link_subsets(doc, readings, lex)
    time_cache: dict[int, list[tuple[int, int, str]]] = {}
    figures: list[Figure] = []
    for r in readings:
        sent = doc.sentences[r.sentence] if r.sentence < len(doc.sentences) else None
        if sent is not None:
            r.time_scope = _time_scope(doc, sent.start, sent.end, r, lex, time_cache)
        r.place = _place(doc, r, lex)
    for r in readings:
        parent = readings[r.part_of] if r.part_of is not None else None
        if parent is not None:
            r.measure = r.measure or parent.measure
            if r.measure and r.kind == KIND_OTHER:
                r.kind = KIND_COUNT
            r.time_scope = r.time_scope or parent.time_scope
            r.place = r.place or parent.place
            if r.perpetrator is None:
                r.perpetrator, r.perp_start, r.perp_end = (
                    parent.perpetrator, parent.perp_start, parent.perp_end)
        figures.append(_figure(doc, r, readings, actors, quotes, lex))
    # a subset says what its whole says: one source for both
    by_id = {f.id: f for f in figures}
    for i, f in enumerate(figures):
        parent_fig = by_id.get(f.part_of or "")
        if parent_fig is not None and f.attribution == UNATTRIBUTED and f.quote_id is None \
                and parent_fig.attribution != UNATTRIBUTED:
            figures[i] = f.replace(attribution=parent_fig.attribution,
                                   attribution_actor_id=parent_fig.attribution_actor_id,
                                   quote_id=parent_fig.quote_id)
    return figures


def _read(doc: ParsedDoc, q: _Quantity, tokens: list[Token], lex: FigureLexicon) -> _Reading | None:
    anchor = tokens[-1]
    sentence = doc.sentence_index(q.span_start)
    r = _Reading(q=q, sentence=sentence, anchor=anchor)
    r.start, r.end = q.span_start, q.span_end
    if q.vague or q.source == "fraction":
        r.confidence = 0.8
    elif q.source == "word" and q.raw == 1:
        r.confidence = 0.8
    if q.unit is not None:
        r.unit = q.unit
        r.kind = q.unit_kind or KIND_OTHER
        return r
    noun = _counted_noun(anchor, tokens)
    if noun is not None and noun.i > anchor.i and noun.idx >= q.end:
        duration = lex.units_ci.get(noun.lower_)
        r.noun = noun
        r.unit = noun.text
        if duration is not None:
            r.kind = duration.kind
            r.unit = duration.name if duration.kind != KIND_MEASURE else noun.text
        else:
            r.kind = KIND_COUNT
        if noun.i - anchor.i <= 6:
            r.end = max(r.end, noun.idx + len(noun.text))
    elif noun is not None:
        r.noun = noun
        r.unit = noun.text
        r.kind = KIND_COUNT
    countable = (r.kind in (KIND_COUNT, KIND_OTHER) and r.unit is None) or (
        r.noun is not None and _is_people(r.noun, lex))
    if r.measure is None and countable:
        sent = doc.sentences[sentence] if sentence < len(doc.sentences) else None
        am = lex.among_measure_re.search(doc.text[sent.start:r.start]) if sent is not None else None
        if am:  # "Among the dead were 12 children"
            w = am.group("w").lower()
            r.measure = lex.measure_adjectives.get(w) or lex.measure_nouns.get(w)
            r.kind = KIND_COUNT
    if q.qualifier is None and r.end > q.span_end:
        _read_qualifier_after(doc.text, q, r.end, lex)  # "40 people or more"
    if r.kind in (KIND_COUNT, KIND_OTHER) and (
            noun is None or _is_people(noun, lex) or _measure_of_noun(noun, lex)):
        hit = _find_measure(anchor, noun, lex) if r.measure is None else None
        if hit is not None:
            r.measure = hit.measure
            r.kind = KIND_COUNT
            np_ids = {t.i for t in tokens} | ({noun.i} if noun is not None else set())
            perp = _perpetrator(hit, np_ids)
            if perp is not None:
                s, e = _phrase_bounds(perp)
                r.perpetrator, r.perp_start, r.perp_end = doc.text[s:e], s, e
        if noun is not None and (_is_people(noun, lex) or r.measure is not None):
            if noun.i > anchor.i and noun.i - anchor.i <= 6:
                first = anchor.i + 1
                while first < noun.i and (doc.doc[first].like_num or doc.doc[first].lower_ in lex.scales
                                          or doc.doc[first].lower_ in ("of", "the", "-")):
                    first += 1
                gs = doc.doc[first].idx
            else:
                gs = noun.idx
            r.group, r.group_start, r.group_end = doc.text[gs:noun.idx + len(noun.text)], gs, noun.idx + len(noun.text)
    return r


def _link_subsets(doc: ParsedDoc, readings: list[_Reading], lex: FigureLexicon) -> None:
    """Mark "including more than 5,000 children" as part of the figure before it."""
    text = doc.text
    last_top: int | None = None
    prev: int | None = None
    for i, r in enumerate(readings):
        if r.kind not in (KIND_COUNT, KIND_OTHER) or r.sentence >= len(doc.sentences):
            continue
        sent_start = doc.sentences[r.sentence].start
        same_sentence_top = last_top is not None and readings[last_top].sentence == r.sentence
        gap_start = readings[prev].end if prev is not None and readings[prev].sentence == r.sentence \
            else sent_start
        gap = text[gap_start:r.start]
        parent: int | None = None
        if same_sentence_top and lex.subset_before_re.search(gap):
            parent = last_top
        elif prev is not None and readings[prev].part_of is not None \
                and readings[prev].sentence == r.sentence \
                and re.fullmatch(r"\s*(?:,|and|, and|as well as|plus)\s*", gap):
            parent = readings[prev].part_of
        elif same_sentence_top and lex.subset_after_re.match(text[r.end:r.end + 20]):
            parent = last_top
        elif last_top is not None and readings[last_top].sentence == r.sentence - 1 \
                and lex.subset_before_re.match(text[sent_start:r.start].lstrip()):
            parent = last_top  # "... killed 40 people. Among the dead were 12 children."
        if parent is not None and r.measure is not None and readings[parent].measure is not None \
                and r.measure != readings[parent].measure:
            parent = None  # "killed 40 people, 12 of them children, and wounded 80"
        if parent is not None and readings[parent].kind == KIND_COUNT and (
                readings[parent].measure is not None or readings[parent].group is not None):
            r.part_of = parent
        elif r.kind == KIND_COUNT:
            last_top = i
        prev = i


def _figure(doc: ParsedDoc, r: _Reading, readings: list[_Reading], actors: ActorLayer,
            quotes: Sequence[Quote], lex: FigureLexicon) -> Figure:
    q = r.q
    fid = record_id("fig", doc.article_id, r.start, r.end)
    r.id = fid
    group_actor = None
    if r.group_start is not None and r.group_end is not None:
        m = _best_mention(actors, r.group_start, r.group_end)
        group_actor = m.actor_id if m is not None else None
    perp_actor = None
    if r.perp_start is not None and r.perp_end is not None:
        m = _best_mention(actors, r.perp_start, r.perp_end)
        perp_actor = m.actor_id if m is not None else None
    attribution, attribution_actor, quote_id = UNATTRIBUTED, None, None
    quote = _quote_for(quotes, r.start, r.end)
    if quote is not None:
        quote_id = quote.id
        attribution = quote.speaker.text if quote.speaker is not None else UNKNOWN_SPEAKER
        attribution_actor = quote.speaker_actor_id
    else:
        src = _source_in_sentence(doc, r, actors, lex)
        if src is not None:
            attribution = src.text
            m = _best_mention(actors, src.start, src.end)
            attribution_actor = m.actor_id if m is not None else None
    part_of = readings[r.part_of].id or record_id(
        "fig", doc.article_id, readings[r.part_of].start, readings[r.part_of].end) \
        if r.part_of is not None else None
    return Figure(
        id=fid,
        article_id=doc.article_id,
        sentence=r.sentence,
        start=r.start,
        end=r.end,
        text=doc.text[r.start:r.end],
        value_low=float(q.low),
        value_high=float(q.high),
        qualifier=q.qualifier,
        unit=r.unit,
        measure=r.measure if r.kind == KIND_COUNT else None,
        kind=r.kind,
        group=r.group,
        group_actor_id=group_actor,
        part_of=part_of,
        time_scope=r.time_scope,
        place=r.place,
        perpetrator=r.perpetrator,
        perpetrator_actor_id=perp_actor,
        attribution=attribution,
        attribution_actor_id=attribution_actor,
        quote_id=quote_id,
        confidence=r.confidence,
    )


def unattributed_figure_marks(doc: ParsedDoc, figures: Sequence[Figure]) -> list[FramingMark]:
    """Casualty figures stated in the outlet's own voice, with no source, as framing marks."""
    marks = []
    for f in figures:
        if not f.is_casualty or f.attribution != UNATTRIBUTED or f.quote_id is not None:
            continue
        marks.append(FramingMark(
            id=record_id("fm", doc.article_id, "unattributed_figure", f.start, f.end),
            article_id=doc.article_id,
            sentence=f.sentence,
            start=f.start,
            end=f.end,
            text=f.text,
            kind="unattributed_figure",
            refers_to=f.group_actor_id,
            note=f"{f.measure} figure stated without a source",
            voice="outlet",
        ))
    return marks


def vague_phrase(text: str) -> str | None:
    """The vague-amount phrase in ``text`` ("dozens", "tens of thousands"), if any."""
    m = lexicon().vague_re.search(text)
    return " ".join(m.group(0).lower().split()) if m else None

