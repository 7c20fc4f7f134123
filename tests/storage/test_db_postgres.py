"""PostgreSQL's typed columns (migration 8): new databases are created typed, a database of the
previous schema version is typed in place with its rows converted, and every reader gets the
values SQLite gives (ISO text for dates and times, 1 and 0 for flags, JSON as stored)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsledger.errors import StoreError
from newsledger.ledger import (
    actor_profile,
    build_ledger,
    claim_threads,
    iter_ledger_events,
    ledger_events,
    outlet_profiles,
)
from newsledger.storage import column_types, db, migrations
from newsledger.storage.ledger_schema import LEDGER_TABLES
from newsledger.storage.migrations import MIGRATIONS, SCHEMA_VERSION, TYPED_IN_POSTGRES
from newsledger.storage.query import Filters, query
from newsledger.storage.rows import RECORD_TABLES, quoted
from newsledger.storage.store import Store
from tests.builders import market_strike_docs, store_docs

ANALYSED_AT = "2024-03-11T09:30:00+00:00"
# the columns migrations after the version read here added (migration 11: the ledger's identity
# disputes), read back as they were
ADDED_LATER = frozenset({"counted_as"})

PREVIOUS = 7  # the schema before migration 8


def _types(store: Store) -> dict[tuple[str, str], str]:
    """Every column's type as information_schema gives it (data_type)."""
    rows = store.conn.execute("SELECT table_name, column_name, data_type FROM information_schema.columns"
                              " WHERE table_schema = current_schema()").fetchall()
    return {(str(t), str(c)): str(d) for t, c, d in rows}


def _everything(store: Store) -> dict[str, Any]:
    """What the store, the query layer and the ledger answer, and every table row by row."""
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id")]
    return {
        "analyses": [a.to_dict() for i in ids if (a := store.get_analysis(i)) is not None],
        "lists": {k: query(store, k, Filters(limit=1000)).rows
                  for k in ("articles", "events", "quotes", "figures", "framing", "actors", "failures")},
        "country": query(store, "events", Filters(country="UKR", limit=1000)).rows,
        "ledger": [e.to_dict() for e in ledger_events(store, limit=1000)],
        "ledger_all": [e.to_dict() for e in iter_ledger_events(store)],
        "ledger_since": [e.id for e in ledger_events(store, since="2024-03-10", limit=1000)],
        "threads": [t.to_dict() for t in claim_threads(store, limit=1000)],
        "outlets": [o.to_dict() for o in outlet_profiles(store, top=100)],
        "actors": {a: (p.to_dict() if (p := actor_profile(store, a, recent=100)) else None)
                   for a in ("RUS-MIL", "Russia", "ukraine", "civilians")},
        "tables": {t: sorted((tuple(r) for r in store.conn.execute(
            f"SELECT {', '.join(quoted(c) for c in store.columns(t) if c not in ADDED_LATER)} FROM {t}")), key=repr)
            for t in (*RECORD_TABLES, *LEDGER_TABLES, "loaded_shards")},
    }


def _built(target: str) -> Store:
    store = store_docs(target, list(market_strike_docs().values()))
    with store.conn:
        store.conn.execute("UPDATE articles SET analysed_at = ?", (ANALYSED_AT,))
        store.conn.execute("INSERT INTO failures(source, reason, article_id, failed_at)"
                           " VALUES ('bad.txt', 'empty input', NULL, '2024-03-11T10:00:00+00:00')")
        store.conn.execute("INSERT INTO loaded_shards(shard, loaded_at) VALUES ('s1', '2024-03-12T08:00:00+00:00')")
    build_ledger(store)
    return store


def _at_previous_version(target: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Build the sample at the schema version before migration 8; what it answers then."""
    with monkeypatch.context() as m:  # the newsledger of the previous schema version
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:PREVIOUS])
        m.setattr(migrations, "SCHEMA_VERSION", PREVIOUS)
        with _built(target) as old:
            assert old.schema_version() == PREVIOUS
            types = _types(old)
            assert {types[(t, c)] for t, c, _ in TYPED_IN_POSTGRES} <= {"text", "integer"}
            return _everything(old)


def test_typed_columns_come_from_what_each_column_holds() -> None:
    typed = {(t, c): pg for t, c, pg in TYPED_IN_POSTGRES}
    assert typed[("articles", "analysed_at")] == "TIMESTAMPTZ"
    assert typed[("ledger_events", "date_start")] == typed[("ledger_event_mentions", "date")] == "DATE"
    assert typed[("claim_threads", "is_series")] == typed[("claim_threads", "has_disagreement")] == "BOOLEAN"
    assert typed[("actors", "sectors")] == typed[("quotes", "record")] == typed[("ledger_events", "why")] == "JSON"
    # as written (a date, or a time with its own offset), a partial date, a sentence: text
    for table, column in (("articles", "published"), ("claim_threads", "first_published"),
                          ("events", "date"), ("claim_threads", "why"), ("articles", "id")):
        assert (table, column) not in typed
        assert column_types.postgres_type(table, column, "TEXT") is None
    # a column stored as something else than its kind's SQL type is left as it is
    assert column_types.postgres_type("quotes", "record", "BLOB") is None
    assert column_types.postgres_type("claim_threads", "is_series", "TEXT") is None
    assert column_types.postgres_type("claim_threads", "is_series", "INTEGER") == "BOOLEAN"
    # every column of a kind is typed, in every table that has one
    assert sum(k == "timestamp" for t, c, _ in TYPED_IN_POSTGRES
               if (k := column_types.column_kind(t, c, "TEXT"))) == 3  # analysed, failed, loaded at


def test_a_new_postgres_database_is_created_typed(postgres_db: str) -> None:
    with Store(postgres_db) as store:
        types = _types(store)
    expected = {"TIMESTAMPTZ": "timestamp with time zone", "DATE": "date", "BOOLEAN": "boolean",
                "JSON": "json"}
    checked = 0
    for table, column, pg in TYPED_IN_POSTGRES:
        assert types[(table, column)] == expected[pg], (table, column)
        checked += 1
    assert checked == len(TYPED_IN_POSTGRES) >= 15
    assert types[("articles", "published")] == types[("events", "date")] == "text"
    assert types[("events", "sentence")] == "integer" and types[("events", "goldstein")] == "double precision"


def test_the_previous_version_is_typed_in_place_and_reads_back_alike(
        postgres_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PostgreSQL database of the previous schema version, with records, failures and a
    built ledger, is migrated when opened for writing: its columns typed, and every reading
    of it the same as before, and the same as SQLite's."""
    before = _at_previous_version(postgres_db, monkeypatch)
    assert before["ledger"] and before["threads"] and before["tables"]["failures"]
    with Store(postgres_db, readonly=True) as ro:  # read-only: left as it is
        assert ro.schema_version() == PREVIOUS and _types(ro)[("articles", "analysed_at")] == "text"
    with Store(postgres_db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert _types(store)[("articles", "analysed_at")] == "timestamp with time zone"
        assert _types(store)[("claim_threads", "is_series")] == "boolean"
        after = _everything(store)
        # the ledger's views were dropped and made again around the change
        views = {r[0] for r in store.conn.execute("SELECT viewname FROM pg_views WHERE schemaname = current_schema()")}
        assert {"ledger_event_reports", "ledger_event_overview", "claim_ledger", "outlet_framing"} <= views
        assert store.conn.execute("SELECT COUNT(*) FROM ledger_event_reports").fetchone()[0] > 0
    differing = [k for k in before if after[k] != before[k]]
    assert differing == []
    with _built(str(tmp_path / "x.db")) as lite:
        on_sqlite = _everything(lite)
    for answers in (on_sqlite, after):  # the time the ledger was built
        answers["tables"].pop("ledger_state")
    assert [k for k in after if on_sqlite[k] != after[k]] == []


def test_a_value_that_is_not_its_type_stops_the_migration(
        postgres_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A date column holding something else: the migration fails whole, with the reason, and
    the database stays at the previous version, its rows unchanged."""
    _at_previous_version(postgres_db, monkeypatch)
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:PREVIOUS])
        m.setattr(migrations, "SCHEMA_VERSION", PREVIOUS)
        with Store(postgres_db) as old, old.conn:
            old.conn.execute("UPDATE ledger_events SET date_end = 'some day' WHERE date_end IS NOT NULL")
    with pytest.raises(StoreError, match=r"cannot upgrade the schema .*some day"):
        Store(postgres_db)
    with Store(postgres_db, readonly=True) as ro:
        assert ro.schema_version() == PREVIOUS
        assert _types(ro)[("articles", "analysed_at")] == "text"  # nothing of it stayed
        assert ro.conn.execute("SELECT COUNT(*) FROM ledger_events WHERE date_end = 'some day'").fetchone()[0] > 0


def test_typed_values_come_back_as_sqlite_gives_them(postgres_db: str) -> None:
    conn = db.connect_postgres(postgres_db)
    try:
        row = conn.execute("SELECT DATE '2024-03-05', TIMESTAMPTZ '2024-03-05T10:00:00+02:00',"
                           " TIMESTAMPTZ '2024-03-05T10:00:00.250+00:00', TRUE, FALSE, NULL::boolean,"
                           """ '{"b": 1,  "a":"é"}'::json, '["é", "x"]'::jsonb, 1.50::numeric, 7::numeric""").fetchone()
        assert tuple(row) == ("2024-03-05", "2024-03-05T08:00:00+00:00", "2024-03-05T10:00:00.250000+00:00",
                              1, 0, None, '{"b": 1,  "a":"é"}', '["\\u00e9", "x"]', 1.5, 7)
        # bool parameters fit boolean and integer columns alike (and come back as 1 and 0)
        conn.execute("CREATE TEMP TABLE flags (b BOOLEAN, i INTEGER)")
        conn.executemany("INSERT INTO flags VALUES (?, ?)", [(True, False), (False, True)])
        assert [tuple(r) for r in conn.execute("SELECT b, i FROM flags ORDER BY i")] == [(1, 0), (0, 1)]
        # dates compare with ISO text parameters
        assert conn.execute("SELECT DATE '2024-03-05' >= ?", ("2024-03-01",)).fetchone()[0] == 1
    finally:
        conn.close()


def test_a_pool_hands_out_connections_and_takes_them_back(postgres_db: str) -> None:
    Store(postgres_db).close()
    pool = db.PgPool(postgres_db, readonly=True, max_size=2)
    try:
        pids = set()
        for _ in range(10):
            with Store(postgres_db, readonly=True, connection=pool.connect()) as store:
                pids.add(store.conn.execute("SELECT pg_backend_pid()").fetchone()[0])
                with pytest.raises(db.DatabaseError, match="read-only"):
                    store.conn.execute("CREATE TABLE nope (x INTEGER)")
        assert len(pids) == 1 and pool.stats()["requests_num"] == 10
        with pool.connection() as a, pool.connection() as b:  # two at once: two connections
            assert a.execute("SELECT pg_backend_pid()").fetchone() != b.execute("SELECT pg_backend_pid()").fetchone()
            a.execute("BEGIN")  # given back inside a transaction: rolled back
        with pool.connection() as c:
            assert not c.in_transaction
        assert pool.stats()["connections_num"] <= 2
    finally:
        pool.close()
    assert pool.closed
    with pytest.raises(StoreError):
        pool.connect()
