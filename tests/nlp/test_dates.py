"""Date expressions resolved against a publication date."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.nlp.dates import (
    TextDate,
    dateline_date,
    iso_week,
    parse_date,
    resolve_date,
    text_date,
)

DATES = [
    ("on Sunday", "2023-11-20", "2023-11-19"),  # the Sunday before a Monday
    ("Sunday", "2023-11-19", "2023-11-19"),
    ("yesterday", "2023-11-20", "2023-11-19"),
    ("last week", "2023-11-20", "2023-W46"),
    ("October 7", "2023-11-20", "2023-10-07"),
    ("7 October", "2023-11-20", "2023-10-07"),
    ("December 30", "2024-01-02", "2023-12-30"),  # a past date late in the previous year
    ("last month", "2023-01-15", "2022-12"),
    ("three days ago", "2023-11-20", "2023-11-17"),
    ("an hour ago", "2023-11-20", None),  # no unit the resolver knows
    ("two weeks ago", "2023-11-20", "2023-W45"),
    ("Sept. 3", "2023-11-20", "2023-09-03"),
    ("in March", "2023-11-20", "2023-03"),
    ("October 7, 2023", None, "2023-10-07"),
    ("2023-10-07", None, "2023-10-07"),
    ("in 1988", None, "1988"),
    ("on Sunday", None, None),  # no publication date: cannot resolve
    ("February 30", "2023-11-20", None),  # no such day
]


@pytest.mark.parametrize(("expr", "published", "expected"), DATES)
def test_resolve_date(expr: str, published: str | None, expected: str | None) -> None:
    pub = date.fromisoformat(published) if published else None
    assert resolve_date(expr, pub) == expected


def test_future_dates_look_ahead() -> None:
    pub = date(2023, 12, 30)
    assert resolve_date("January 5", pub, future=True) == "2024-01-05"
    assert resolve_date("Monday", date(2023, 11, 22), future=True) == "2023-11-27"


def test_parse_date_and_iso_week() -> None:
    assert parse_date("2023-11-20T10:00:00Z") == date(2023, 11, 20)
    assert parse_date("not a date") is None and parse_date(None) is None
    assert iso_week(date(2023, 1, 1)) == "2022-W52"


@pytest.mark.parametrize(("opening", "expected"), [
    ("HARBOUR CITY, Aug 14 (Coast Wire) - Ferries stopped.", TextDate(8, 14)),  # wire dateline
    ("TALLINN, Estonia, 3 February 2025 – The council met.", TextDate(2, 3, 2025)),  # with country, year
    ("Posted on September 2, 2022 by the desk\nFloods hit the valley.", TextDate(9, 2, 2022)),  # full date
    ("HARBOUR CITY (Coast Wire) - Ferries stopped.", None),  # a dateline without a date
    ("The 14 August ceasefire held in Harbour City.", None),  # a day in the text, not a dateline
    ("HARBOUR CITY, Aug 32 (Coast Wire) - Ferries stopped.", None),  # no such day
])
def test_dateline_date(opening: str, expected: TextDate | None) -> None:
    assert dateline_date(opening) == expected


def test_a_date_without_year_is_placed_nearest_its_reference() -> None:
    td = text_date("Dec. 30")
    assert td == TextDate(12, 30)
    assert td.near(date(2024, 1, 2)) == date(2023, 12, 30)
    assert td.near(date(2024, 12, 20)) == date(2024, 12, 30)
    assert td.exact() is None and TextDate(12, 30, 2021).exact() == date(2021, 12, 30)
    assert text_date("on Tuesday") is None
