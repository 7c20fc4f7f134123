"""Dates in news text: resolve a date expression ("on Sunday", "three days ago", "October 7") to an
ISO 8601 date, week, month or year, relative to the article's publication date; read the date of an
undated article from its dateline ("GAZA, Oct 18 (Reuters) -").

The calendar work is python-dateutil's: its parser reads the dates an expression writes ("Oct. 17",
"17 October 2023", "October the 17th", "10/17/2023", "2023-10-17T08:00Z"), and ``relativedelta``
does the arithmetic ("last Tuesday" is ``TU(-1)`` from the day before publication, "two months
ago" ``months=-2``, "a decade ago" ``years=-10``). This module decides only what the library
cannot know: which expressions name a date at all ("10 killed", "the 1990s", "two-day" do not), which
way a date without a year lies from the publication date (before it in a report, after it with
``future``, or as "last"/"next" says), and how precise the answer is (a day, an ISO week, a month or
a year). A numeric date whose day and month could be swapped ("03/04/2024") is not resolved.

Cost, measured on the DATE/TIME entities spaCy finds in 120 news articles (1,115 expressions;
the events stage resolves 1.7 of them an article): 8-15 µs an expression once the written-date
reading is cached (it is, by expression: it does not depend on the publication date), 28-70 µs
on first sight (two dateutil parses for an expression that names a month), against 28-48 µs for
the hand-written parser this replaced: well under 0.1 ms of an article's budget of about 10 ms.
``dateparser`` was measured too and not used: 900-1,300 µs an expression (about 5 ms on the events
stage's own expressions), a cache by expression and publication date would spare 31 calls in 199,
and it reads durations as dates ("two-year", "50 years", "Three months" as days in the past).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dateutil.parser import ParserError, parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from .words import MONTHS, NUMBER_WORDS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span

YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# dateutil's weekday objects, in date.weekday() order: TU(-1) is "the last Tuesday on or before"
_WEEKDAY_RD = (MO, TU, WE, TH, FR, SA, SU)
# two defaults that differ in every field (both leap years, for February 29): a field the parser
# returns the same under both was written in the expression
_DEFAULTS = (datetime(2000, 1, 1), datetime(2004, 2, 2))
_PARSER = parser()
# a numeric date with a four-digit year ("10/17/2023", "17.10.2023", "2023-10-17")
_NUMERIC_DATE = re.compile(r"\b(?:(\d{1,2})[/.](\d{1,2})[/.](?:19|20)\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})\b")
_YEAR_ONLY = re.compile(r"(in\s+)?(the\s+year\s+)?\d{4}")
# counts before "ago": "a week ago", "three days ago"
_AGO_COUNTS = {"a": 1, "an": 1, **{w: n for w, n in NUMBER_WORDS.items() if n <= 10}}
_AGO = re.compile(rf"\b(\d+|{'|'.join(_AGO_COUNTS)})\s+(day|week|fortnight|month|year|decade)s?\s+ago\b", re.I)
# a unit of "ago" and "last/this/next ...": its relativedelta and the precision of the answer
_UNITS = {"day": ({"days": 1}, "day"), "week": ({"weeks": 1}, "week"), "fortnight": ({"weeks": 2}, "week"),
          "month": ({"months": 1}, "month"), "year": ({"years": 1}, "year"), "decade": ({"years": 10}, "year")}
# days named relative to the publication day, in the order they are tried ("the day before
# yesterday" before "yesterday", "today" before "tomorrow" in "today, tomorrow")
_DAY_WORDS = (
    (re.compile(r"\bday\s+before\s+yesterday\b"), -2),
    (re.compile(r"\bday\s+after\s+tomorrow\b"), 2),
    (re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b"), 0),
    (re.compile(r"\byesterday\b"), -1),
    (re.compile(r"\btomorrow\b"), 1),
)
_SHIFTS = {"last": -1, "this": 0, "next": 1}
_SHIFTED = re.compile(r"\b(last|this|next)\s+(week|month|year)\b")  # "last week", "next year"
_MONTH_NAME = re.compile(rf"\b({'|'.join(w for w in MONTHS if len(w) > 2)})\b")
_WEEKDAY_NAME = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")
_BEFORE = re.compile(r"\b(last|past|previous)\s+$")  # "last Tuesday", "this past Tuesday"
_AFTER = re.compile(r"\b(next|coming)\s+$")  # "next Tuesday", "this coming Tuesday"


def parse_date(value: str | None) -> date | None:
    """The date an ISO timestamp or date starts with, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def written_fields(expr: str) -> tuple[int | None, int | None, int | None] | None:
    """The (year, month, day) an expression writes, each None when not written, as dateutil's
    parser reads them; None when the expression writes no calendar date.

    Only expressions that name a month ("Oct. 17", "mid-March") or write a numeric date with its
    year are read: the parser would take any number for a day or a year ("10 killed", "SU 35"). A
    year the parser finds but the text does not write in four digits ("5" in "March 3-5") is
    dropped; a numeric date whose day and month could be swapped ("03/04/2024") gives None."""
    low = expr.lower()
    numeric = _NUMERIC_DATE.search(expr)
    if numeric is None and not _MONTH_NAME.search(low):
        return None
    if numeric is not None and numeric.group(1):
        first, second = int(numeric.group(1)), int(numeric.group(2))
        if first <= 12 and second <= 12 and first != second:
            return None
    try:
        a, b = (_PARSER.parse(expr, default=d, fuzzy=True) for d in _DEFAULTS)
    except (ParserError, ValueError, OverflowError):
        return None
    year = a.year if a.year == b.year else None
    if year is not None and str(year) not in YEAR_RE.findall(expr):
        year = None  # another number read as a year: "5" in "March 3-5", "32" in "Aug 32"
    month = a.month if a.month == b.month else None
    day = a.day if a.day == b.day else None
    if month is None:
        return None
    return year, month, day


def resolve_date(expr: str, published: date | None, future: bool = False) -> str | None:
    """An ISO 8601 date (or week/month/year) for a date expression, relative to ``published``.

    Without a publication date only fully explicit dates resolve; otherwise ``None``. A day
    without a year is taken in the past (or, with ``future``, in the future) of ``published``;
    "last", "next" and "ago" say the direction themselves.
    """
    low = expr.lower().strip()
    written = written_fields(expr.strip())
    if written is not None:
        return _written_date(written, low, published, future)
    if YEAR_RE.search(low) and _YEAR_ONLY.fullmatch(low):
        return low[-4:]
    if published is None:
        return None
    return _relative(low, published, future)


def _written_date(written: tuple[int | None, int | None, int | None], low: str, published: date | None,
                  future: bool) -> str | None:
    year, month, day = written
    assert month is not None  # written_fields gives None without a month
    if year is not None:
        return f"{year:04d}-{month:02d}-{day:02d}" if day is not None else f"{year:04d}-{month:02d}"
    if published is None:
        return None
    if day is not None:
        return _place_day(month, day, published, future)
    return _place_month(month, low, published, future)


def _place_day(month: int, day: int, published: date, future: bool) -> str | None:
    """A day without a year in the year that puts it before (or, with ``future``, after) the
    publication date, a day's slack either way (a report written late about today)."""
    try:
        cand = date(published.year, month, day)
        if not future and cand > published + timedelta(days=1):
            cand = cand.replace(year=cand.year - 1)
        elif future and cand < published - timedelta(days=1):
            cand = cand.replace(year=cand.year + 1)
    except ValueError:  # no such day (February 29 outside a leap year)
        return None
    return cand.isoformat()


def _place_month(month: int, low: str, published: date, future: bool) -> str:
    """A month without a year: in the year "last year"/"this year"/"next year" names, else the
    latest such month up to the publication month (or, with ``future``, the first from it on);
    "last March" written in March is a year earlier, "next March" a year later."""
    shifted = _SHIFTED.search(low)
    if shifted is not None and shifted.group(2) == "year":
        return f"{published.year + _SHIFTS[shifted.group(1)]:04d}-{month:02d}"
    named = _MONTH_NAME.search(low)
    ahead = low[:named.start()] if named is not None else ""
    before, after = _BEFORE.search(ahead) is not None, _AFTER.search(ahead) is not None
    y = published.year
    if after or (future and not before):
        if month < published.month or (after and month == published.month):
            y += 1
    elif month > published.month or (before and month == published.month):
        y -= 1
    return f"{y:04d}-{month:02d}"


def _relative(low: str, published: date, future: bool) -> str | None:
    """A date named relative to the publication date: a weekday, "yesterday", "three days ago",
    "last week"."""
    weekday = _weekday(low, published, future)
    if weekday is not None:
        return weekday.isoformat()
    for pattern, days in _DAY_WORDS:
        if pattern.search(low):
            return _moved(published, days=days).isoformat()
    m = _AGO.search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _AGO_COUNTS.get(m.group(1).lower(), 1)
        return _shifted_by(published, m.group(2).lower(), -n)
    m = _SHIFTED.search(low)
    return _shifted_by(published, m.group(2), _SHIFTS[m.group(1)]) if m else None


def _weekday(low: str, published: date, future: bool) -> date | None:
    """The day a weekday name stands for: the latest such day up to the publication day in a
    report, the first from it on with ``future``; "last Tuesday" is strictly before, "next
    Tuesday" strictly after."""
    m = _WEEKDAY_NAME.search(low)
    if m is None:
        return None
    rd = _WEEKDAY_RD[WEEKDAYS[m.group(1)]]
    if _AFTER.search(low[:m.start()]):
        return _moved(published, days=1, weekday=rd(+1))
    if _BEFORE.search(low[:m.start()]):
        return _moved(published, days=-1, weekday=rd(-1))
    return _moved(published, weekday=rd(+1) if future else rd(-1))


def _moved(d: date, **delta: Any) -> date:
    """``d`` moved by a ``relativedelta`` (days, weeks, months, years, a weekday object)."""
    out: date = d + relativedelta(**delta)
    return out


def _shifted_by(published: date, unit: str, n: int) -> str:
    """The publication date moved by ``n`` units, as precise as the unit."""
    delta, precision = _UNITS[unit]
    d = _moved(published, **{k: v * n for k, v in delta.items()})
    if precision == "day":
        return d.isoformat()
    if precision == "week":
        return iso_week(d)
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}"


def iso_week(d: date) -> str:
    """The ISO week of a date: "2023-W46"."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


@dataclass(frozen=True)
class TextDate:
    """A date written in a text; ``year`` is None when the text gives only the day and month
    ("KYIV, March 9 (Wire) -"): :meth:`near` then places it in the year closest to a reference."""

    month: int
    day: int
    year: int | None = None

    def exact(self) -> date | None:
        if self.year is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            return None

    def near(self, reference: date) -> date | None:
        """This date, in its own year or (without one) the year that puts it closest to
        ``reference``."""
        if self.year is not None:
            return self.exact()
        best: date | None = None
        for y in (reference.year - 1, reference.year, reference.year + 1):
            try:
                cand = date(y, self.month, self.day)
            except ValueError:
                continue
            if best is None or abs((cand - reference).days) < abs((best - reference).days):
                best = cand
        return best


# a dateline: a place in capitals (optionally ", Country"), a comma, then the date, before the
# wire credit or the dash: "GAZA, Oct 18 (Reuters) -", "KYIV, Ukraine, March 9, 2024 -"
_DATELINE = re.compile(
    r"^[A-Z][A-Z .'/-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?,\s*"
    r"(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+(?:19|20)\d\d)?)"
    r"\s*(?:\([^()\n]{1,60}\)\s*)?[-–—:]", re.M)
# a full date written in an article's opening ("October 18, 2023", "18 October 2023")
_FULL_DATE = re.compile(
    r"\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d)\b")


def text_date(expr: str) -> TextDate | None:
    """The day and month (and year, when written) an expression names, or None."""
    written = written_fields(expr.strip())
    if written is None or written[1] is None or written[2] is None:
        return None
    return TextDate(month=written[1], day=written[2], year=written[0])


def dateline_date(text: str, opening: int = 400) -> TextDate | None:
    """The date an undated article gives in its opening: the date of a dateline ("GAZA,
    Oct 18 (Reuters) -", with or without a year), else a full date with its year written in
    the opening ("October 18, 2023"). None when the opening gives neither."""
    head = text[:opening]
    m = _DATELINE.search(head)
    if m:
        td = text_date(m.group("date"))
        if td is not None:
            return td
    m = _FULL_DATE.search(head)
    return text_date(m.group(0)) if m else None


def with_day_before(ent: Span) -> Span:
    """A date entity that opens on a month's name, with the day of the month the parser left out
    before it ("on 9 October": the entity "October", "9" a cardinal): the span from that day;
    else the entity itself ("October 9", "in October", "last week")."""
    if ent.start == 0 or ent[0].lower_.rstrip(".") not in MONTHS:
        return ent
    day = ent.doc[ent.start - 1]
    if not (day.text.isdigit() and 1 <= int(day.text) <= 31) or day.ent_type_ in ("DATE", "TIME"):
        return ent
    return ent.doc[ent.start - 1:ent.end]


__all__ = ["YEAR_RE", "TextDate", "dateline_date", "iso_week", "parse_date", "resolve_date", "text_date",
           "with_day_before", "written_fields"]
