"""Reading what surrounds a number in the text: ranges ("between 200 and 300"), qualifiers
("at least"), and what is not a figure (dates, years, times, ages, names, addresses)."""

from __future__ import annotations

import re

from ...nlp.dates import YEAR_RE
from .types import KIND_MEASURE, KIND_MONEY, KIND_OTHER, KIND_PERCENT, FigureLexicon, Quantity


def merge_ranges(text: str, qs: list[Quantity], lex: FigureLexicon) -> list[Quantity]:
    """Join "between A and B", "A to B", "from A to B", "A-B" into one quantity, and two vague
    amounts of one estimate ("dozens or low hundreds")."""
    out: list[Quantity] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        if b is not None and not a.skip and not b.skip and a.source in ("numeral", "word") \
                and b.source in ("numeral", "word"):
            merged = _try_range(text, a, b, lex)
        elif b is not None and a.source == b.source == "vague":
            merged = _vague_span(text, a, b, lex)
        else:
            merged = None
        if merged is not None:
            out.append(merged)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _vague_span(text: str, a: Quantity, b: Quantity, lex: FigureLexicon) -> Quantity | None:
    """Two vague amounts of one estimate, the smaller first ("dozens or low hundreds",
    "hundreds, if not thousands"): one quantity from the first's low to the second's high."""
    if a.high >= b.high or not lex.vague_span_re.fullmatch(text[a.end:b.start]):
        return None
    return Quantity(start=a.start, end=b.end, low=a.low, high=b.high, raw=a.raw, source="vague",
                    vague=f"{a.vague} to {b.vague}", integer=True, range_with=b)


def _count_change(text: str, a: Quantity, b: Quantity, from_at: int, lex: FigureLexicon) -> bool:
    """A count changed "from A to B" after a word of change: the old and the new value. A
    measurement ("increased from 13.5 to 14.0 mm", "from $2 to $3") stays one from-to quantity."""
    if any(q.unit is not None or q.currency is not None for q in (a, b)):
        return False
    start = max(0, a.core_start - 12)
    reach = lex.change_reach + 20  # the word of change itself, and "from"
    return lex.change_re.search(text[max(0, start + from_at - reach):start + from_at]) is not None


def _guess(a: Quantity, b: Quantity) -> bool:
    """Two number words joined by "or" that are one guess at a count ("seven or eight bodies",
    "two or three people"): two numbers in a row. Numerals so joined are two values a source may
    give or deny ("not 200 or 500 dead"), and so are "five or fifty", "ten or twelve" and "eight
    or five"; and so are two amounts of money or of a unit ("eight or nine euros": two prices)."""
    if a.source != "word" or b.source != "word" or not (a.integer and b.integer) \
            or any(q.unit is not None or q.currency is not None for q in (a, b)):
        return False
    return 0 < a.raw and b.raw == a.raw + 1


def _try_range(text: str, a: Quantity, b: Quantity, lex: FigureLexicon) -> Quantity | None:
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
    if conn == "or" and not _guess(a, b):
        return None
    if opener and opener.group(1) == "from" and _count_change(text, a, b, opener.start(), lex):
        return None  # "revised from 500 to 10-50", "rose from 300 to 471": a change, not a range
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
    return Quantity(
        start=a.start, end=b.end, low=low, high=high, raw=a.raw, source=a.source,
        scale=b.scale or a.scale, currency=currency, cur_start=a.cur_start,
        unit=unit, unit_kind=kind, unit_end=b.unit_end,
        integer=a.integer and b.integer, has_separator=a.has_separator or b.has_separator,
        range_with=b,
    )


def _year_like(q: Quantity) -> bool:
    return (q.source == "numeral" and q.integer and not q.has_separator and q.currency is None
            and q.scale is None and q.unit is None and 1000 <= q.raw <= 2100)


def read_qualifier(text: str, q: Quantity, lex: FigureLexicon) -> None:
    start = q.core_start
    before = text[max(0, start - 30):start]
    if q.range_with is not None and re.search(r"\b(?:between|from)\s+$", before, re.I):
        return
    qm = lex.qualifier_before_re.search(before)
    if qm:
        phrase = " ".join(qm.group("q").lower().split())
        canonical = lex.qualifiers_before.get(phrase)
        if q.range_with is not None and phrase in lex.range_estimates:
            return  # "could reach 18,000 to 20,000": the range is the estimate, no bound of it
        if canonical:
            q.qualifier = canonical
            q.qual_start = start - (len(before) - qm.start("q"))
    if q.qualifier is None:
        read_qualifier_after(text, q, q.span_end, lex)
    if q.qualifier is None and q.vague:
        q.qualifier = q.vague


def read_qualifier_after(text: str, q: Quantity, end: int, lex: FigureLexicon) -> None:
    after = text[end:end + 20]
    am = lex.qualifier_after_re.match(after)
    if am:
        phrase = " ".join(am.group("q").lower().split())
        canonical = lex.qualifiers_after.get(phrase)
        if canonical and not (phrase == "plus" and not after.startswith("-")):
            q.qualifier = canonical


def markup_reason(text: str, q: Quantity, lex: FigureLexicon) -> str | None:
    """Why the number is in text that is not prose: a file name or web address (the run of
    characters around it without a space: "strike-500-dead.jpg", "example.com/2023/10/17"), or a
    style declaration on its line ("padding-bottom: 79.13%;"), or a reference mark: a number alone in
    square brackets written onto the word or stop before it ("... in central Pryoskolsk.[1]",
    "centers.”[6]"), as think tanks and encyclopedias mark their notes."""
    start, end = q.start, q.end
    if text[start - 1:start] == "[" and text[end:end + 1] == "]" and start >= 2 and not text[start - 2].isspace():
        return "reference mark"
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    word = text[start:end]
    if lex.markup.file_name_re.search(word) or any(m in word for m in lex.markup.address_markers):
        return "file name or address"
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    # a declaration holds a colon and ends at ";" or "}": a line without them is not searched
    if ":" in line and (";" in line or "}" in line) and lex.markup.style_re.search(line):
        return "markup"
    return None


def _count_after_weekday(q: Quantity, before: str, after: str, lex: FigureLexicon) -> bool:
    """A number after a weekday that counts the word after it, not a day of the month: a comma
    after the weekday, or a number in words, and a word that is no month after it ("On Monday,
    14 people were killed", "On Tuesday, twelve Kenyans lost their lives"; not "Monday, 14
    November", "on Thursday 14 ...")."""
    m = lex.weekday_before_re.search(before)
    return m is not None and (m.group("comma") is not None or q.source == "word") \
        and lex.counted_word_after_re.match(after) is not None and lex.month_after_re.match(after) is None


def _count_after_dated_month(before: str, after: str, lex: FigureLexicon) -> bool:
    """A number after a month that has its day before it and a comma after it, counting the
    word after it ("On 13 November, seven soldiers were killed", "As of 2 May, 40 people ..."):
    the day is given, so the number is none (not "13 November, 14 November")."""
    return lex.dated_month_before_re.search(before) is not None \
        and lex.counted_word_after_re.match(after) is not None and lex.month_after_re.match(after) is None


def text_filters(text: str, q: Quantity, lex: FigureLexicon) -> None:
    """Markup, dates, years, times, ages, list markers, names and addresses."""
    if q.skip:
        return
    reason = markup_reason(text, q, lex)
    if reason is not None:
        q.skip = reason
        return
    start = q.core_start
    before = text[max(0, start - 30):start]
    end = q.range_with.end if q.range_with is not None else q.end
    after = text[end:end + 30]
    after_span = text[q.span_end:q.span_end + 30]
    if q.source in ("numeral", "word") and q.currency is None and q.unit is None:
        if lex.month_before_re.search(before) and q.raw < 32 and q.integer \
                and not _count_after_weekday(q, before, after, lex) and not _count_after_dated_month(before, after, lex):
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
    reason = _name_reason(text, q, lex, before, after_span)
    if reason is not None:
        q.skip = reason
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
        return
    if q.source in ("numeral", "word") and q.unit is None and _proportion(text, q, lex):
        q.unit, q.unit_kind = "proportion", KIND_OTHER  # a number, kept, but no count of people


def _name_reason(text: str, q: Quantity, lex: FigureLexicon, before: str, after_span: str) -> str | None:
    """Why a number is part of a name, a calibre or an address rather than a quantity."""
    if q.source in ("numeral", "word") and q.currency is None and (
            lex.name_before_re.search(before) or lex.classifier_before_re.search(before)):
        return "name"  # "Article 51", "the Group of Seven", "verse six"; "type 2 diabetes", "a category 5 storm"
    if q.source == "numeral" and lex.calibre_after_re is not None and (
            lex.calibre_after_re.match(text[q.end:q.end + 60]) or lex.calibre_after_re.match(after_span)):
        return "calibre"  # "155mm shells": the weapon's calibre
    if q.source == "numeral" and lex.street_after_re.match(after_span):
        return "address"
    return None


_PROPORTION_JOIN = re.compile(r"\s+(?:in|out\s+of)\s+$", re.I)


def _proportion(text: str, q: Quantity, lex: FigureLexicon) -> bool:
    """Either number of a proportion "N in M" or "N out of M" whose M ends its phrase ("nine in ten
    of Gaza's population", "one in five, aid groups say"): a share, not a count of people (not "5
    in 10 days", whose second number counts something)."""
    m = re.match(r"\s+(?:in|out\s+of)\s+", text[q.end:q.end + 12], re.I)
    if m is not None:
        second = _number_at(text, q.end + m.end(), lex)
        if second is not None and m.group(0).strip().lower() == "in" \
                and YEAR_RE.fullmatch(text[q.end + m.end():second]):
            return False  # "rose from 88 in 2023 to 388 in 2024": a time, not a share
        return second is not None and bool(re.match(r"\s*(?:[,.;:)]|of\b|$)", text[second:second + 4]))
    join = _PROPORTION_JOIN.search(text[max(0, q.start - 12):q.start])
    if join is None or not re.match(r"\s*(?:[,.;:)]|of\b|$)", text[q.end:q.end + 4]):
        return False
    before = text[max(0, q.start - 12 - 30):q.start - len(join.group(0))]
    return bool(re.search(rf"(?:{lex.numeral_re.pattern}|{lex.word_number_re.pattern})$", before, re.I))


def _number_at(text: str, at: int, lex: FigureLexicon) -> int | None:
    """The end of a number written at ``at``, or None."""
    for pattern in (lex.numeral_re, lex.word_number_re):
        m = pattern.match(text, at)
        if m is not None:
            return m.end()
    return None


def _compared_year(text: str, q: Quantity) -> bool:
    """"up 14% over 2017", "down on 2019": after "over" a year-like number that counts nothing
    (no word follows it in its phrase) is the year compared with, not "more than 2017"."""
    return (q.qualifier == "over" and q.range_with is None and 1900 <= q.raw <= 2100
            and re.match(r"\s*(?:[,.;:)]|$|and\b|or\b|but\b|when\b|as\b|levels?\b|figures?\b)",
                         text[q.end:q.end + 8]) is not None)


def _looks_like_year(text: str, q: Quantity, lex: FigureLexicon, before: str) -> bool:
    if q.source != "numeral" or not q.integer or q.has_separator or q.currency or q.scale:
        return False
    if q.unit_kind in (KIND_PERCENT, KIND_MEASURE, KIND_MONEY):
        return False
    values = [q.raw] + ([q.range_with.raw] if q.range_with is not None else [])
    if not all(float(v).is_integer() for v in values):
        return False
    if q.qualifier is not None and q.qualifier not in ("about", "around", "circa") and not _compared_year(text, q):
        return False
    for v in values:
        if not 1000 <= v <= 2100:
            return False
        if v < 1900 and not lex.year_before_re.search(before):
            return False
    return True

