"""What the list pages share: totals, the choices their filters offer, and export links.

Totals are counted with the same query as the list (``storage.query``), up to ``TOTAL_CAP``
(past it the page says "more than 10,000"). Choices are the distinct values stored (outlets,
record types), offered through ``<datalist>`` so that a part of a name still works. Export
links point at the API's ``format=csv`` for exactly the filters on screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from ..records import Record
from ..storage import compact_events
from ..storage.query import Filters
from ..storage.query import query as query_records
from ..storage.store import Store
from .params import API_MAX_LIMIT

PARQUET_TYPE = "application/vnd.apache.parquet"
TOTAL_CAP = 10_000
MAX_CHOICES = 300

# the column of each kind's type filter, and of its outlets (fixed names: no user input in SQL)
TYPE_SQL = {
    "events": "SELECT DISTINCT plover FROM events WHERE plover IS NOT NULL ORDER BY 1 LIMIT ?",
    "quotes": "SELECT DISTINCT kind FROM quotes WHERE kind IS NOT NULL ORDER BY 1 LIMIT ?",
    "figures": "SELECT DISTINCT measure FROM figures WHERE measure IS NOT NULL ORDER BY 1 LIMIT ?",
    "framing": "SELECT DISTINCT kind FROM framing WHERE kind IS NOT NULL ORDER BY 1 LIMIT ?",
    "actors": "SELECT DISTINCT type FROM actors WHERE type IS NOT NULL ORDER BY 1 LIMIT ?",
}
OUTLET_SQL = "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY 1 LIMIT ?"


@dataclass(frozen=True)
class Total(Record):
    """How many items match: ``count`` (at most ``TOTAL_CAP``) and whether there are more."""

    count: int
    capped: bool = False

    def text(self, noun: str) -> str:
        more = "more than " if self.capped else ""
        return f"{more}{self.count:,} {noun}{'' if self.count == 1 and not self.capped else 's'}"


def total(store: Store, kind: str, filters: Filters, cap: int = TOTAL_CAP) -> Total:
    """The number of ``kind`` rows matching ``filters`` (limit and offset ignored)."""
    found = query_records(store, kind, filters.replace(limit=cap + 1, offset=0))
    return Total(count=min(len(found.rows), cap), capped=len(found.rows) > cap)


def outlets(store: Store) -> list[str]:
    return [str(r[0]) for r in store.conn.execute(OUTLET_SQL, [MAX_CHOICES]).fetchall() if r[0]]


def types(store: Store, kind: str) -> list[str]:
    sql = compact_events.TYPES_SQL if kind == "events" and store.compact(kind) else TYPE_SQL.get(kind)
    if sql is None:
        return []
    return [str(r[0]) for r in store.conn.execute(sql, [MAX_CHOICES]).fetchall() if r[0]]


def page_parquet(model: Any, items: list[dict[str, Any]]) -> bytes:
    """A page of a record list as a Parquet file, typed by its row model (text, integer, real),
    so that an empty page has the same columns as a full one."""
    import io

    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {str: pa.string(), int: pa.int64(), float: pa.float64()}
    fields = []
    for name, info in model.model_fields.items():
        py = next((t for t in (int, float, str) if t is info.annotation or t in getattr(
            info.annotation, "__args__", ())), str)
        fields.append(pa.field(name, arrow[py]))
    schema = pa.schema(fields)
    table = pa.Table.from_pylist([{f.name: row.get(f.name) for f in fields} for row in items],
                                 schema=schema)
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


@dataclass(frozen=True)
class ExportLink(Record):
    label: str
    href: str
    note: str


def export_links(kind: str, params: dict[str, Any]) -> list[ExportLink]:
    """Links that download what the page shows, filtered alike (the first ``API_MAX_LIMIT`` rows
    per file; ``offset`` for more): CSV, Parquet and JSON from the API's record list."""
    given = {k: v for k, v in params.items() if v not in (None, "")}
    base = f"/api/{kind}?"
    note = f"the first {API_MAX_LIMIT} rows matching the filters"
    return [
        ExportLink("CSV", base + urlencode({**given, "limit": API_MAX_LIMIT, "format": "csv"}), note),
        ExportLink("Parquet", base + urlencode({**given, "limit": API_MAX_LIMIT, "format": "parquet"}),
                   note),
        ExportLink("JSON", base + urlencode({**given, "limit": API_MAX_LIMIT}), note),
    ]
