"""Confidences on a grid stored as small integers (SQLite, migration ``VERSION``; see ``grid``):
``mention_rows.confidence`` is declared again without a type and each value on the grid of
hundredths stored as its hundredths; the view ``mentions`` reads them back as the same REAL
(``grid.public_sql``), its insert trigger stores them so (``grid.stored_sql``), the store's
bulk writer and reader convert in Python (``compact.compact_columns``, ``compact.read_mentions``).

SQLite cannot change a column's type in place: the table is made again under another name, its
rows copied in key order, the old one dropped and the new one renamed (without the check of the
views and triggers that name it, which name it again once it is there: ``legacy_alter_table``),
then its actor index, the view and the view's triggers made again. The triggers on ``articles``
and ``actors`` that delete or guard its rows name the table and stay. PostgreSQL keeps its
``mentions`` table (nothing changes there).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import compact, compact_events, compact_quotes, grid
from .compact_layout import Layout, short_key
from .compact_triggers import MENTION_AGAIN

VERSION = 18  # one place: the lead renumbers at merge


def _rebuilt(view: str, rows: str, columns: Sequence[str], on_grid: Sequence[str], tables_sql: str) -> str:
    """``rows`` (the table under ``view``, its CREATE statement in ``tables_sql``) made again with
    its ``on_grid`` columns untyped and their values on the grid stored as hundredths (the view
    dropped first; its indexes, view and triggers are made again by the caller)."""
    create = re.search(rf"CREATE TABLE {rows} \(.*?\) WITHOUT ROWID;", tables_sql, re.S)
    assert create is not None, rows
    table = create.group(0).replace(f"TABLE {rows} (", f"TABLE {rows}_grid (")
    for c in on_grid:
        assert table.count(f" {c} REAL") == 1, c
        table = table.replace(f" {c} REAL", f" {c}")
    cols = ", ".join(f'"{c}"' for c in columns)
    values = ", ".join(grid.stored_sql(f'"{c}"') if c in on_grid else f'"{c}"' for c in columns)
    return f"""
PRAGMA legacy_alter_table = ON;
DROP VIEW {view};
{table}
INSERT INTO {rows}_grid({cols})
    SELECT {values}
    FROM {rows} ORDER BY article, id;
DROP TABLE {rows};
ALTER TABLE {rows}_grid RENAME TO {rows};
PRAGMA legacy_alter_table = OFF;
"""


def _layout_rebuilt(layout: Layout, tables_sql: str) -> str:
    return _rebuilt(layout.table, layout.rows, layout.columns, layout.grid, tables_sql)


_MENTIONS = (_rebuilt("mentions", "mention_rows", compact.COLUMNS, ("confidence",), compact.TABLES_SQL)
             + compact.ACTOR_INDEX_SQL + compact.view_sql(grid.public_sql("m.confidence")) + compact.instead_of_sql(
                 "mentions", compact.insert_body(compact.short_key_sql, grid.stored_sql("NEW.confidence")),
                 compact.delete_body(compact.short_key_sql),
                 compact.delete_body(compact.short_key_sql) + MENTION_AGAIN) + "\n")


_Q = compact_quotes.GRID
_QUOTES = (_layout_rebuilt(_Q, compact_quotes.TABLES_SQL) + compact_quotes.SPEAKER_INDEX_SQL + _Q.view_sql("q")
           + compact.instead_of_sql("quotes", _Q.insert_body(short_key), _Q.delete_body(short_key),
                                    _Q.delete_body(short_key) + _Q.insert_again()) + "\n")
_E = compact_events.GRID
_EVENTS = (_layout_rebuilt(_E, compact_events.TABLES_SQL) + compact_events.INDEXES_SQL + _E.view_sql("e")
           + compact_events.instead_of_triggers(short_key, _E.insert_again(), _E))

MIGRATION_SQL = _MENTIONS + _QUOTES + _EVENTS
DESCRIPTION = ("confidences on a grid stored as small integers (SQLite): `mention_rows.confidence`,"
               " `quote_rows.confidence`, `event_rows.confidence` and `event_rows.goldstein` without a type, a value"
               " that is a whole number of hundredths stored as that number (the views read the same REAL back);"
               " other values as given. Public columns and values unchanged; PostgreSQL unchanged")
