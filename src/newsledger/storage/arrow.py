"""Arrow schemas of the store's tables, explicit rather than guessed from the values (so that an
empty file has the same column types as a full one).

``storage_schema`` gives each column its SQL type (TEXT string, INTEGER int64, REAL float64): the
layout of the batch shards, which are loaded back into a store as they are. ``export_schema``
reads what the text columns hold, for the Parquet export: dates (``date32``), timestamps
(microseconds, UTC), booleans, JSON lists (``list<string>``); JSON objects stay text, marked
``format: json`` in the field metadata. Column names are those of the store (``end`` and
``group`` included: the tables' columns are a public interface).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from .catalog import final_columns
from .column_types import column_kind

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def table_columns() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """Every table of the schema: its columns as (name, SQL type, not null), in order."""
    return {name: tuple((c[0], c[1].upper(), c[2]) for c in cols) for name, cols in final_columns().items()}


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    return {"date": pa.date32(), "timestamp": pa.timestamp("us", tz="UTC"), "boolean": pa.bool_(),
            "list": pa.list_(pa.string()), "int64": pa.int64(), "float64": pa.float64()}.get(kind, pa.string())


def storage_schema(table: str) -> Any:
    """The table's columns with their SQL types as Arrow types (the batch shards' layout)."""
    import pyarrow as pa

    return pa.schema([pa.field(name, _arrow_type({"INTEGER": "int64", "REAL": "float64"}.get(t, "string")))
                      for name, t, _ in table_columns()[table]])


def export_schema(table: str, descriptions: Mapping[str, str] | None = None) -> Any:
    """The table's columns typed by what they hold, each with its description (and, for JSON
    text, ``format: json``) in the field metadata."""
    import pyarrow as pa

    fields = []
    for name, sql_type, not_null in table_columns()[table]:
        kind = column_kind(table, name, sql_type)
        meta = {"sql_type": sql_type or "TEXT"}
        if descriptions and descriptions.get(name):
            meta["description"] = descriptions[name]
        if kind == "json":
            meta["format"] = "json"
        # a typed reading may be null (a value that does not parse): only plain columns keep NOT NULL
        plain = kind in ("string", "int64", "float64", "json")
        fields.append(pa.field(name, _arrow_type(kind), nullable=not (not_null and plain), metadata=meta))
    return pa.schema(fields, metadata={"table": table})


def _timestamp(value: str) -> datetime:
    dt = datetime.fromisoformat(value) if len(value) > 10 else datetime.combine(date.fromisoformat(value),
                                                                                 datetime.min.time())
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _convert(kind: str, value: Any) -> Any:
    if value is None or value == "":
        return None if kind != "string" or value is None else value
    if kind == "date":
        return date.fromisoformat(str(value)[:10])
    if kind == "timestamp":
        return _timestamp(str(value))
    if kind == "boolean":
        return bool(value)
    if kind == "list":
        items = json.loads(value) if isinstance(value, str) else value
        return [str(x) for x in items]
    return value


def typed_columns(table: str, rows: Iterable[Mapping[str, Any] | Sequence[Any]]) -> dict[str, list[Any]]:
    """Rows of ``table`` (mappings keyed by column, or tuples in the table's column order) as
    typed column values for :func:`export_schema`. A date or timestamp that does not parse is
    written as null, and counted in a warning."""
    columns = table_columns()[table]
    out: dict[str, list[Any]] = {name: [] for name, _, _ in columns}
    kinds = [column_kind(table, name, t) for name, t, _ in columns]
    unreadable = 0
    for row in rows:
        values = [row.get(n) for n, _, _ in columns] if isinstance(row, Mapping) else list(row)
        for (name, _, _), kind, value in zip(columns, kinds, values, strict=True):
            try:
                out[name].append(_convert(kind, value))
            except (ValueError, TypeError):
                unreadable += 1
                out[name].append(None)
    if unreadable:
        log.warning("%s: %d value(s) that are not the date, time or list their column holds, written as null",
                    table, unreadable)
    return out
