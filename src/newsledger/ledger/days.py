"""The day a claim says it counts, read from its time scope ("on Tuesday", "on 7 October", "in
April 2022") and the day it was stated: the day a claim thread is placed at and claims are
compared by (``threader.Threader``)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.dates import resolve_date, text_date
from .rules import as_date

if TYPE_CHECKING:
    from .claims import ClaimFigure


def told_day(f: ClaimFigure, day: date | None, reference: date | None = None) -> date | None:
    """The day a claim says it counts, from its time scope: relative to the day it was stated
    ("on Tuesday"), or (undated) only when the scope names the month and day ("on 7 October",
    placed near ``reference``); else, for a retrospective's toll ("three weeks after gunmen killed
    47 people", ``retro``), the day it points back to from the day it was stated."""
    told = scope_day(f.time_scope, f.scope, day, reference)
    if told is None and f.back and day is not None:
        return day - timedelta(days=f.back)
    return told


def scope_day(time_scope: str | None, scope: str | None, day: date | None,
              reference: date | None = None) -> date | None:
    """:func:`told_day` of a time scope (``scope``: its :func:`scope_key`)."""
    if not time_scope or scope != "day":
        return None
    if day is not None:
        told = resolve_date(time_scope, day)
        if told and len(told) == 7 and told != day.isoformat()[:7]:
            return _nearest_day_of_month(told, day)  # "in April 2022": another month than the day's
        return as_date(told) if told and len(told) == 10 else None
    if reference is None:
        return None
    td = text_date(time_scope)
    return td.near(reference) if td is not None else None


def _nearest_day_of_month(month: str, day: date) -> date | None:
    """The day of ``month`` ("2022-04") nearest ``day``: a month named as the time of a count
    ("killed 61 people in April 2022") places it no nearer the day it was told than that."""
    first = as_date(f"{month}-01")
    if first is None or first > day:
        return first
    nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)
