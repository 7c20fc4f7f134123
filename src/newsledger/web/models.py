"""The API's request and response models.

The record lists' row models (``ArticleRow``, ``EventRow`` ...) are derived from the row shapes
of ``storage.rows.LISTINGS``: a field per column, typed by the column's SQL type; the id is
required, every other field may be null.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..records import Analysis
from ..storage.rows import LISTINGS, PY_TYPES
from .params import DATE_PATTERN

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of results; ask for the next with ``offset=next_offset`` (null: no more).
    ``total``: every item matching, counted up to 10,000 (``total_capped``: more than that);
    null where a list is not counted."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = None
    total: int | None = None
    total_capped: bool = False


class RowModel(BaseModel):
    """A row of a record list (columns beyond the documented ones are kept)."""

    model_config = ConfigDict(extra="allow")


def row_model(name: str, kind: str) -> type[RowModel]:
    """The API model of one row of the record list ``kind``."""
    listing = LISTINGS[kind]
    fields: dict[str, Any] = {}
    for i, f in enumerate(listing.fields):
        py = PY_TYPES[listing.sql_type(f)]
        fields[f.name] = (py, ...) if i == 0 else (py | None, None)
    return create_model(name, __base__=RowModel, **fields)


ArticleRow = row_model("ArticleRow", "articles")
EventRow = row_model("EventRow", "events")
QuoteRow = row_model("QuoteRow", "quotes")
FigureRow = row_model("FigureRow", "figures")
FramingRow = row_model("FramingRow", "framing")
ActorRow = row_model("ActorRow", "actors")


class SearchResult(BaseModel):
    kind: str
    q: str | None = None
    columns: list[str]
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None = None
    total: int | None = Field(None, description="Every match, counted up to 10,000.")
    total_capped: bool = Field(False, description="More matches than ``total``.")


class NewArticle(BaseModel):
    """An article to analyse and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article body (English).")
    title: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=4000)
    byline: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, pattern=DATE_PATTERN,
                                  description="ISO 8601 date (YYYY-MM-DD) or date and time.")


class StoredAnalysis(BaseModel):
    stored: bool = Field(description="False when the same text was already in the database.")
    analysis: Analysis


class Health(BaseModel):
    status: str
    version: str
    counts: dict[str, int]
    ledger: bool


class ErrorDetail(BaseModel):
    detail: str


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {400: "Bad input", 401: "Missing or wrong bearer token", 404: "Not found",
            413: "Request body too large", 415: "Body is not JSON",
            503: "The ledger is not available"}
    return {c: {"model": ErrorDetail, "description": text[c]} for c in codes}

