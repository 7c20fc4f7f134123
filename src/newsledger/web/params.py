"""Limits, patterns and the query parameters the API and the pages take."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

PAGE_SIZE = 25
API_DEFAULT_LIMIT = 50
API_MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]{0,25})?$"
ID_PATTERN = r"^[A-Za-z0-9_\-]+$"
SEARCH_KINDS = ("articles", "events", "quotes", "figures", "framing")

# -- the REST API
Limit = Annotated[int, Query(ge=1, le=API_MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=500, description="Full-text search over article text (FTS5).")]
ActorQ = Annotated[str | None, Query(max_length=200, description="Actor id or part of its name.")]
CountryQ = Annotated[str | None, Query(max_length=10, description="ISO 3166 alpha-3 code.")]
TypeQ = Annotated[str | None, Query(max_length=100)]
OutletQ = Annotated[str | None, Query(max_length=200, description="Outlet name or part of it.")]
DateQ = Annotated[str | None, Query(pattern=DATE_PATTERN, description="ISO date (YYYY-MM-DD).")]
RoleQ = Annotated[str | None, Query(pattern="^(source|target)$",
                                    description="Only events with the actor in this role.")]
MinOutletsQ = Annotated[int, Query(ge=1, le=1000, description="Reported by at least this many outlets.")]
FormatQ = Annotated[Literal["json", "csv", "parquet"], Query(
    description="json: a page of items; csv: the same page as CSV (a header line, then one row per "
                "item); parquet: the same page as a Parquet file (columns typed as stored).")]

SearchFormatQ = Annotated[Literal["json", "csv"], Query(
    description="json: a page of results; csv: the same page as CSV.")]
MatchQ = Annotated[Literal["record", "article"], Query(
    description="record: the words in the record's own fields; article: in its article's text.")]

# -- pages
PageQ = Annotated[int, Query(ge=1, le=100_000)]
FormStr = Annotated[str | None, Query(max_length=500)]
# -- ledger orders (API)
ThreadSortQ = Annotated[Literal["newest", "disputed"], Query(
    description="newest: most recently reported first; disputed: incompatible sources first.")]
EventSortQ = Annotated[Literal["newest", "outlets"], Query(
    description="newest: latest first; outlets: the events most outlets report first.")]
