"""Dates in news text: resolve a date expression ("on Sunday", "three days ago", "October 7")
to an ISO 8601 date, week, month or year, relative to the article's publication date."""

from __future__ import annotations

import re
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


__all__ = ["YEAR_RE", "iso_week", "parse_date", "resolve_date"]
