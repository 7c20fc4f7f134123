"""The ledger's tables are migration 3 of the store: a new database has them (empty, the ledger
not built), and a database of schema version 2, with or without a ledger whose tables an older
newsledger created when it first built it, is migrated and reads back the same."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.ledger import (
    LEDGER_TABLES,
    LedgerError,
    actor_profile,
    build_ledger,
    claim_threads,
    ensure_ledger,
    iter_ledger_events,
    ledger_events,
    ledger_status,
    outlet_profiles,
)
from newsledger.ledger import claims as ledger_claims
from newsledger.ledger import mentions as ledger_mentions
from newsledger.storage import db, ledger_schema
from newsledger.storage import migrations as store_module
from newsledger.storage import store as store_rows_module
from newsledger.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from newsledger.storage.rows import TABLE_COLUMNS, quoted
from newsledger.storage.store import Store
from tests.builders import market_strike_docs, store_docs

# the advisory lock the ledger of schema version 2 took to create its tables on PostgreSQL
_OLD_BUILD_LOCK = 0x6E6C_4C45_4447_4552


def _old_ledger_tables(store: Store) -> None:
    """What the ledger of schema version 2 did before its first build: create its own tables."""
    conn = store.conn
    if store.dialect == db.POSTGRESQL:
        with conn:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (_OLD_BUILD_LOCK,))
            conn.executescript(ledger_schema.postgresql(db.postgres_ddl))
        return
    with conn:
        conn.executescript(ledger_schema.SQLITE)


def _v2_store(target: str, monkeypatch: pytest.MonkeyPatch, *, with_ledger: bool) -> dict[str, Any] | None:
    """The market strike stored by a newsledger of schema version 2 (and its ledger built the
    old way when ``with_ledger``); returns what that ledger answered."""
    with monkeypatch.context() as m:
        m.setattr(store_module, "MIGRATIONS", MIGRATIONS[:2])
        m.setattr(store_module, "SCHEMA_VERSION", 2)
        # its tables had no stance column (migration 4) nor the events' ACLED typology
        # (migration 5), and its ledger read every figure
        later = ("stance", "acled_type", "acled_subtype", "scope")
        m.setattr(store_rows_module, "TABLE_COLUMNS", {t: tuple(c for c in cols if c not in later)
                                                       for t, cols in TABLE_COLUMNS.items()})
        m.setattr(ledger_claims, "CLAIM_STANCE_SQL", "")
        m.setattr(ledger_mentions, "MENTION_STANCE", "'asserted'")
        with store_docs(target, list(market_strike_docs().values())) as old:
            assert old.schema_version() == 2
            assert not db.table_exists(old.conn, "ledger_state")
            if not with_ledger:
                return None
            _old_ledger_tables(old)
            build_ledger(old)
            return _answers(old)


# the columns later migrations added to the ledger's tables (read back as they were)
LATER = ("counted_as",)


def _old_columns(store: Store, table: str) -> str:
    return ", ".join(quoted(c) for c in store.columns(table) if c not in LATER)


def _answers(store: Store) -> dict[str, Any]:
    """What the ledger answers, and its tables row by row (the columns the ledger of schema
    version 2 had)."""
    return {
        "events": [e.to_dict() for e in ledger_events(store, limit=1000)],
        "all_events": [e.to_dict() for e in iter_ledger_events(store)],
        "threads": [t.to_dict() for t in claim_threads(store, limit=1000)],
        "outlets": [o.to_dict() for o in outlet_profiles(store, top=100)],
        "actor": (p.to_dict() if (p := actor_profile(store, "RUS-MIL", recent=100)) else None),
        "tables": {t: sorted((tuple(r) for r in store.conn.execute(f"SELECT {_old_columns(store, t)} FROM {t}")),
                             key=repr) for t in LEDGER_TABLES if t != "ledger_state"},
        "state": {r[0]: r[1] for r in store.conn.execute("SELECT key, value FROM ledger_state")
                  if r[0] != "built_at"},
    }


def test_the_ledger_tables_are_migration_3() -> None:
    m = MIGRATIONS[2]
    assert m.version == 3 <= SCHEMA_VERSION
    assert m.sqlite == ledger_schema.SQLITE
    assert "CREATE OR REPLACE VIEW" in m.postgresql and "string_agg(" in m.postgresql
    assert "group_concat(" not in m.postgresql and 'TEXT COLLATE "C"' in m.postgresql


def test_a_new_database_has_the_ledger_tables_but_no_ledger(db_target: str) -> None:
    with Store(db_target) as store:
        present = [t for t in LEDGER_TABLES if db.table_exists(store.conn, t)]
        assert present == list(LEDGER_TABLES)
        status = ledger_status(store)
        assert not status.built and status.stale and status.marker is None
        with pytest.raises(LedgerError, match="ledger build"):
            claim_threads(store)


def test_a_v2_database_with_an_old_style_ledger_is_migrated(db_target: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    before = _v2_store(db_target, monkeypatch, with_ledger=True)
    assert before is not None and before["events"] and before["threads"] and before["outlets"]
    with Store(db_target, readonly=True) as ro:  # read-only: left at version 2, still readable
        assert ro.schema_version() == 2
        assert _answers(ro) == before
    with Store(db_target) as store:
        assert store.schema_version() == SCHEMA_VERSION
        status = ledger_status(store)
        assert status.built and not status.stale
        assert ensure_ledger(store) is None  # nothing to rebuild
        assert _answers(store) == before
        stances = dict(store.conn.execute("SELECT modality, stance FROM events").fetchall())
        assert len(stances) >= 2 and all(m == st for m, st in stances.items())  # migration 4: stance = modality
        build_ledger(store)  # today's rules: a negated mention names no one as having done it
        rebuilt = _answers(store)
        assert [e["id"] for e in rebuilt["all_events"]] == [e["id"] for e in before["all_events"]]
        assert rebuilt["threads"] == before["threads"]
    with Store(db_target) as again:  # up to date: nothing more to do
        assert again.schema_version() == SCHEMA_VERSION and _answers(again) == rebuilt


def test_a_v2_database_without_a_ledger_is_migrated(db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _v2_store(db_target, monkeypatch, with_ledger=False) is None
    with Store(db_target, readonly=True) as ro:  # no ledger tables, and none can be made here
        assert not ledger_status(ro).built
        with pytest.raises(LedgerError):
            ensure_ledger(ro)
        with pytest.raises(LedgerError, match="ledger build"):
            ledger_events(ro)
    with Store(db_target) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert not ledger_status(store).built
        summary = ensure_ledger(store)
        assert summary is not None and summary.ledger_events == 5 and summary.claim_threads == 3
        assert ledger_status(store).built
