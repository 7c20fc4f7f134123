"""Dates in news text: resolve a date expression ("on Sunday", "three days ago", "October 7")
to an ISO 8601 date, week, month or year, relative to the article's publication date; read the
date of an undated article from its dateline ("GAZA, Oct 18 (Reuters) -")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .words import MONTHS, NUMBER_WORDS, WEEKDAYS

YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# counts before "ago": "a week ago", "three days ago"
_AGO_COUNTS = {"a": 1, "an": 1, **{w: n for w, n in NUMBER_WORDS.items() if n <= 10}}
_AGO = re.compile(rf"\b(\d+|{'|'.join(_AGO_COUNTS)})\s+(day|week|month|year)s?\s+ago\b", re.I)


def parse_date(value: str | None) -> date | None:
    """The date an ISO timestamp or date starts with, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def resolve_date(expr: str, published: date | None, future: bool = False) -> str | None:
    """An ISO 8601 date (or week/month/year) for a date expression, relative to ``published``.

    Without a publication date only fully explicit dates resolve; otherwise ``None``. A day
    without a year is taken in the past (or, with ``future``, in the future) of ``published``.
    """
    low = expr.lower().strip()
    m = _ISO_DATE.search(low)
    if m:
        return m.group(0)
    year_m = YEAR_RE.search(low)
    year = int(year_m.group(1)) if year_m else None
    day_month = _day_month(low)
    if day_month is not None:
        return _day_month_date(day_month, year, published, future)
    month_only = next((MONTHS[w] for w in re.findall(r"[a-z]+", low) if w in MONTHS and len(w) > 2), None)
    if month_only is not None and year is not None:
        return f"{year:04d}-{month_only:02d}"
    if year is not None and re.fullmatch(r"(in\s+)?(the\s+year\s+)?\d{4}", low):
        return f"{year:04d}"
    if published is None:
        return None
    return _relative(low, published, future, month_only)


def _day_month_date(day_month: tuple[int, int], year: int | None, published: date | None,
                    future: bool) -> str | None:
    day, month = day_month
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            cand = date(year, month, day)
        except ValueError:
            return None
        if not future and cand > published + timedelta(days=1):
            year -= 1
        elif future and cand < published - timedelta(days=1):
            year += 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(low: str, published: date, future: bool, month_only: int | None) -> str | None:
    """A date named relative to the publication date: a weekday, "yesterday", "three days ago",
    "last week", or a month without a year."""
    for name, wd in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            delta = (published.weekday() - wd) % 7
            if future:
                return (published + timedelta(days=(wd - published.weekday()) % 7)).isoformat()
            if "last" in low and delta == 0:
                delta = 7
            return (published - timedelta(days=delta)).isoformat()
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return published.isoformat()
    if "yesterday" in low:
        return (published - timedelta(days=1)).isoformat()
    if "tomorrow" in low:
        return (published + timedelta(days=1)).isoformat()
    m = _AGO.search(low)
    if m:
        return _ago(m, published)
    shifted = _shifted(low, published)
    if shifted is not None:
        return shifted
    if month_only is not None:
        y = published.year
        if not future and month_only > published.month:
            y -= 1
        return f"{y:04d}-{month_only:02d}"
    return None


def _ago(m: re.Match[str], published: date) -> str:
    n = int(m.group(1)) if m.group(1).isdigit() else _AGO_COUNTS.get(m.group(1).lower(), 1)
    unit = m.group(2).lower()
    if unit == "day":
        return (published - timedelta(days=n)).isoformat()
    if unit == "week":
        return iso_week(published - timedelta(weeks=n))
    if unit == "month":
        y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
        return f"{y:04d}-{mo + 1:02d}"
    return f"{published.year - n:04d}"


def _shifted(low: str, published: date) -> str | None:
    """"last week", "this month", "next year"."""
    for word, shift in (("last", -1), ("this", 0), ("next", 1)):
        if re.search(rf"\b{word}\s+week\b", low):
            return iso_week(published + timedelta(weeks=shift))
        if re.search(rf"\b{word}\s+month\b", low):
            y, mo = divmod(published.year * 12 + published.month - 1 + shift, 12)
            return f"{y:04d}-{mo + 1:02d}"
        if re.search(rf"\b{word}\s+year\b", low):
            return f"{published.year + shift:04d}"
    return None


def _day_month(low: str) -> tuple[int, int] | None:
    for m in _MONTH_DAY.finditer(low):
        mon = MONTHS.get(m.group(1))
        if mon:
            return int(m.group(2)), mon
    for m in _DAY_MONTH.finditer(low):
        mon = MONTHS.get(m.group(2))
        if mon:
            return int(m.group(1)), mon
    return None


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
    low = expr.lower()
    dm = _day_month(low)
    if dm is None:
        return None
    year_m = YEAR_RE.search(low)
    td = TextDate(month=dm[1], day=dm[0], year=int(year_m.group(1)) if year_m else None)
    if td.near(date(2000, 6, 15)) is None:
        return None  # no such day ("February 30")
    return td


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


__all__ = ["YEAR_RE", "TextDate", "dateline_date", "iso_week", "parse_date", "resolve_date", "text_date"]
