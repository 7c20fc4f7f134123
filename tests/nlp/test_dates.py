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
    written_fields,
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


THU = date(2024, 3, 14)  # a Thursday

# (expression, publication date, future, expected): positive rows, negatives (no date about a
# day, month or year) and near misses, all invented
RESOLVED = [
    # weekdays: the latest such day up to publication in a report, the first from it on ahead
    ("last Tuesday", THU, False, "2024-03-12"),
    ("Tuesday", THU, False, "2024-03-12"),  # a past-tense report
    ("on Thursday", THU, False, "2024-03-14"),  # the publication day itself
    ("last Thursday", THU, False, "2024-03-07"),  # near miss: "last" on the same weekday is a week back
    ("Tuesday", THU, True, "2024-03-19"),  # ahead, with a future modality
    ("next Thursday", THU, False, "2024-03-21"),  # "next" says the direction even in a report
    ("this coming Saturday", THU, False, "2024-03-16"),
    ("this past Monday", THU, True, "2024-03-11"),  # "past" wins over the future modality
    ("Tuesday", None, False, None),  # negative: no publication date to count from
    # days and units counted from publication
    ("two days ago", THU, False, "2024-03-12"),
    ("yesterday", THU, False, "2024-03-13"),
    ("the day before yesterday", THU, False, "2024-03-12"),  # near miss of "yesterday"
    ("the day after tomorrow", THU, True, "2024-03-16"),
    ("a fortnight ago", THU, False, "2024-W09"),
    ("a decade ago", THU, False, "2014"),
    ("next month", THU, True, "2024-04"),
    ("next month", date(2024, 12, 5), True, "2025-01"),  # across the year boundary
    ("last month", date(2024, 1, 5), False, "2023-12"),
    ("three weeks later", THU, False, None),  # negative: later than an unknown time
    ("an hour ago", THU, False, None),  # negative: no day, week, month or year
    # a day and month without a year, placed around publication
    ("March 3", date(2024, 1, 10), False, "2023-03-03"),  # past: the previous year
    ("March 3", date(2024, 1, 10), True, "2024-03-03"),  # future: this year
    ("March 3", date(2024, 3, 2), False, "2024-03-03"),  # near miss: a day ahead is within slack
    ("March 3", date(2024, 3, 1), False, "2023-03-03"),  # two days ahead is not
    ("December 30", date(2024, 1, 2), False, "2023-12-30"),  # back across the year boundary
    ("January 3", date(2023, 12, 29), True, "2024-01-03"),  # ahead across it
    ("February 29", date(2025, 3, 1), False, None),  # negative: no such day in 2025
    # written dates and months
    ("Oct. 17, 2023", None, False, "2023-10-17"),
    ("the 17th of October", THU, False, "2023-10-17"),
    ("mid-October", THU, False, "2023-10"),
    ("December 2021", None, False, "2021-12"),
    ("in March", date(2023, 11, 20), True, "2024-03"),
    ("July last year", THU, False, "2023-07"),
    ("last March", date(2024, 3, 20), False, "2023-03"),  # near miss of "March" in March
    ("March", date(2024, 3, 20), False, "2024-03"),
    ("03/04/2024", THU, False, None),  # negative: March 4 or April 3
    # not dates about a day, month or year
    ("the 1990s", THU, False, None),
    ("10 killed", THU, False, None),
    ("two-day", THU, False, None),
    ("50 years", THU, False, None),
    ("Christmas", THU, False, None),
]


@pytest.mark.parametrize(("expr", "published", "future", "expected"), RESOLVED)
def test_resolve_date_table(expr: str, published: date | None, future: bool, expected: str | None) -> None:
    assert resolve_date(expr, published, future=future) == expected


# dates the hand-written parser this module replaced got wrong and dateutil's parser reads
LIBRARY_READS = [
    ("October the 17th", THU, "2023-10-17"),  # was the month only
    ("10/17/2023", None, "2023-10-17"),  # a numeric date with its year: was None
    ("2023/10/17", None, "2023-10-17"),
    ("17.10.2023", None, "2023-10-17"),
]


@pytest.mark.parametrize(("expr", "published", "expected"), LIBRARY_READS)
def test_dates_the_library_reads_better(expr: str, published: date | None, expected: str) -> None:
    assert resolve_date(expr, published) == expected


@pytest.mark.parametrize(("expr", "expected"), [
    ("Oct. 17", (None, 10, 17)),
    ("Tuesday, 5 March 2024", (2024, 3, 5)),
    ("December 2021", (2021, 12, None)),
    ("March 3-5", (None, 3, 3)),  # near miss: "5" is no year
    ("10 killed", None),  # no month named: never read as a date
    ("SU 35", None),
    ("the 1990s", None),
])
def test_written_fields(expr: str, expected: tuple[int | None, int | None, int | None] | None) -> None:
    assert written_fields(expr) == expected


def test_text_date_reads_written_forms() -> None:
    assert text_date("October the 17th") == TextDate(10, 17)
    assert text_date("the 3rd of March, 2022") == TextDate(3, 3, 2022)
    assert text_date("February 30") is None and text_date("mid-October") is None
