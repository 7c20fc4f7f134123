"""What each text column of the store holds (a date, a time, a flag, JSON), written once: the
typed Parquet export (``arrow``) and PostgreSQL's column types (migration 8) are read from here.

SQLite stores these values as TEXT and INTEGER (its own types); the records they come from
(``records.py``, ``ledger/types.py``) hold them as ISO strings, bools and lists. A column not
named here holds what its SQL type says. This module imports nothing from newsledger (the
migrations read it while they are being defined).
"""

from __future__ import annotations

# what the text columns hold, by (table, column), or by column name in every table ("*")
# (``events.date`` is not one: it is a day, a month or a year, as precise as the text: "2024-03")
DATE_COLUMNS = frozenset({("ledger_events", "date_start"), ("ledger_events", "date_end"),
                          ("ledger_event_mentions", "date"), ("ledger_event_actors", "date_start")})
TIMESTAMP_COLUMNS = frozenset({("*", "published"), ("*", "first_published"), ("*", "last_published"),
                               ("*", "analysed_at"), ("*", "failed_at"), ("*", "loaded_at")})
BOOLEAN_COLUMNS = frozenset({("claim_threads", "has_disagreement"), ("claim_threads", "is_series")})
LIST_COLUMNS = frozenset({("actors", "sectors"), ("actors", "members"), ("ledger_events", "outlets"),
                          ("claim_threads", "outlets"), ("claim_threads", "group_terms")})
# (``claim_threads.why`` is a sentence, not JSON: "measure killed, group civilians; ...")
JSON_COLUMNS = frozenset({("*", "record"), ("ledger_events", "why")})
# An article's date as the input wrote it: an ISO date, or a date and time with its own offset
# ("2024-03-05", "2024-03-05T10:00:00+02:00"). The Parquet export reads it as a UTC instant;
# PostgreSQL keeps the text, which neither ``date`` nor ``timestamptz`` can hold (one drops the
# time, the other the offset and whether there was a time at all).
AS_WRITTEN_COLUMNS = frozenset({("*", "published"), ("*", "first_published"), ("*", "last_published")})

# PostgreSQL's type for each kind. JSON is ``json``, which keeps the text as stored: what the
# store wrote is what every reader and export gets back, byte for byte, on both backends.
# ``jsonb`` would not: it re-orders an object's keys (shortest first) and re-spaces and
# un-escapes what it prints (the ledger writes some lists ASCII-escaped, some not). Cast in a
# query for jsonb's operators and indexes: ``sectors::jsonb @> '["GOV"]'``.
POSTGRES_TYPES = {"date": "DATE", "timestamp": "TIMESTAMPTZ", "boolean": "BOOLEAN", "list": "JSON",
                  "json": "JSON"}


def _is(kind: frozenset[tuple[str, str]], table: str, column: str) -> bool:
    return (table, column) in kind or ("*", column) in kind


def column_kind(table: str, column: str, sql_type: str) -> str:
    """What a column holds: date, timestamp, boolean, list, json, or its SQL type as string,
    int64 or float64 (the names of the Parquet export)."""
    for kind, columns in (("date", DATE_COLUMNS), ("timestamp", TIMESTAMP_COLUMNS),
                          ("boolean", BOOLEAN_COLUMNS), ("list", LIST_COLUMNS), ("json", JSON_COLUMNS)):
        if _is(columns, table, column):
            return kind
    return {"INTEGER": "int64", "REAL": "float64"}.get(sql_type.upper(), "string")


def postgres_type(table: str, column: str, sql_type: str) -> str | None:
    """The PostgreSQL type of a column that holds more than its SQL type says (None: the column
    keeps the type its DDL gives it). Only a TEXT column is read as a date, time or JSON, and
    only an INTEGER one as a flag."""
    if _is(AS_WRITTEN_COLUMNS, table, column):
        return None
    kind = column_kind(table, column, sql_type)
    stored_as = "INTEGER" if kind == "boolean" else "TEXT"
    return POSTGRES_TYPES.get(kind) if sql_type.upper() == stored_as else None


__all__ = ["AS_WRITTEN_COLUMNS", "BOOLEAN_COLUMNS", "DATE_COLUMNS", "JSON_COLUMNS", "LIST_COLUMNS",
           "POSTGRES_TYPES", "TIMESTAMP_COLUMNS", "column_kind", "postgres_type"]
