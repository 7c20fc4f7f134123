"""Row shapes: the tables a new database has are exactly ``rows.TABLES``, the rows an analysis
becomes have exactly their table's columns, and the record lists name real columns."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsledger.storage import compact_event_actors, compact_events, compact_quotes
from newsledger.storage.compact import COLUMNS, PHYSICAL
from newsledger.storage.compact_figures import LAYOUTS
from newsledger.storage.rows import (
    LISTINGS,
    RECORD_TABLES,
    TABLE_COLUMNS,
    TABLES,
    analysis_rows,
    failure_row,
)
from newsledger.storage.store import Store
from tests.builders import main_analysis


def test_a_new_sqlite_database_has_exactly_the_row_shapes(tmp_path: Path) -> None:
    """PRAGMA table_info of every record table equals its shape: names, order, SQL types, NOT
    NULL, defaults and primary key. (SQLite lets a one-column TEXT PRIMARY KEY hold NULL unless
    it is declared NOT NULL, which the DDL does not do; the store never writes one.)"""
    Store(tmp_path / "x.db").close()
    con = sqlite3.connect(tmp_path / "x.db")
    try:
        # table_xinfo: table_info leaves out generated columns (``record``)
        live = {t: [tuple(r[1:6]) for r in con.execute(f"PRAGMA table_xinfo({t})")] for t in RECORD_TABLES}
        views = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        stored = [r[1] for r in con.execute("PRAGMA table_info(mention_rows)")]
        stored_quotes = [r[1] for r in con.execute("PRAGMA table_info(quote_rows)")]
        stored_events = [r[1] for r in con.execute("PRAGMA table_info(event_rows)")]
        stored_actors = [r[1] for r in con.execute("PRAGMA table_info(event_actor_rows)")]
        stored_more = {t: [r[1] for r in con.execute(f"PRAGMA table_info({x.physical})")] for t, x in LAYOUTS.items()}
    finally:
        con.close()
    # schema 10, 11, 13, 14 and 15: mentions, quotes, events, figures, sentences, framing and event
    # actors are views (their columns' names and order; they declare no types or keys) over the
    # tables that store them
    assert set(PHYSICAL) == {"mentions", "quotes", "events", "event_actors", *LAYOUTS} and set(PHYSICAL) <= views
    assert stored == list(COLUMNS) and stored_quotes == list(compact_quotes.COLUMNS)
    assert stored_events == list(compact_events.COLUMNS) and stored_actors == list(compact_event_actors.COLUMNS)
    assert stored_more == {t: list(x.COLUMNS) for t, x in LAYOUTS.items()}
    for t in PHYSICAL:
        assert [c[0] for c in live.pop(t)] == list(TABLE_COLUMNS[t])
    expected = {}
    for t in (t for t in RECORD_TABLES if t not in PHYSICAL):
        shape = TABLES[t]
        single_key = shape.key if len(shape.key) == 1 else ()
        expected[t] = [(c.name, c.type, int(not c.nullable and c.name not in single_key), c.default,
                        shape.key.index(c.name) + 1 if c.name in shape.key else 0)
                       for c in shape.columns]
    assert set(TABLES) == set(RECORD_TABLES) and live == expected and len(live) == len(RECORD_TABLES) - len(PHYSICAL)


def test_both_backends_show_the_table_columns(db_target: str) -> None:
    with Store(db_target) as s:
        assert {t: tuple(s.columns(t)) for t in RECORD_TABLES} == TABLE_COLUMNS


def test_rows_of_an_analysis_have_exactly_their_table_columns() -> None:
    rows = analysis_rows(main_analysis(), "2024-01-01T00:00:00+00:00")
    assert set(rows) == set(RECORD_TABLES) - {"failures"}
    shapes = {t: {tuple(r) for r in table_rows} for t, table_rows in rows.items()}
    assert all(shapes.values())  # every table has rows in this analysis
    assert shapes == {t: {TABLE_COLUMNS[t]} for t in rows}
    assert tuple(failure_row("a.txt", "empty", None, "now")) == TABLE_COLUMNS["failures"]


def test_record_lists_name_columns_of_their_tables() -> None:
    types = {kind: [listing.sql_type(f) for f in listing.fields] for kind, listing in LISTINGS.items()}
    assert types["figures"][4:6] == ["REAL", "REAL"] and types["actors"][-1] == "INTEGER"
    assert [f.name for f in LISTINGS["quotes"].fields][5] == "speaker_actor"
    assert all(LISTINGS[k].fields[0].name in ("id", "source") for k in LISTINGS)
