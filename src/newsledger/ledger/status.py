"""Whether the ledger is built, and from what: the marker of the data it was built from."""

from __future__ import annotations

import json
import sqlite3

from ..storage import compact, db
from ..storage.store import Store
from .types import LEDGER_SCHEMA_VERSION, LedgerConfig, LedgerError, LedgerStatus


def data_marker(store: Store) -> str:
    """What the ledger depends on: row counts and the last article's rowid (cheap to compute)."""
    c = store.conn
    parts = [LEDGER_SCHEMA_VERSION]
    for table in ("articles", "events", "figures", "quotes", "framing", "mentions"):
        counted = compact.stored_table(c, table) if store.dialect == db.SQLITE else None  # a view: its table
        parts.append(str(c.execute(compact.count_sql(counted) if counted else f"SELECT COUNT(*) FROM {table}"
                                   ).fetchone()[0]))
    parts.append(str(c.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0]))
    return ":".join(parts)


def has_tables(conn: sqlite3.Connection) -> bool:
    """True when the database has the ledger's tables (schema version 3 or later, or a ledger
    built by an older newsledger)."""
    return db.table_exists(conn, "ledger_state")


def _state(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM ledger_state")}


def ledger_status(store: Store) -> LedgerStatus:
    """Whether the ledger is built and whether the store changed since."""
    current = data_marker(store)
    if not has_tables(store.conn):
        return LedgerStatus(built=False, stale=True, marker=None, current_marker=current)
    st = _state(store.conn)
    marker = st.get("marker")
    config = LedgerConfig.from_dict(json.loads(st["config"])) if "config" in st else None
    return LedgerStatus(built=marker is not None, stale=marker != current, marker=marker,
                        current_marker=current, built_at=st.get("built_at"), config=config)


def require_ledger(store: Store) -> None:
    """Raise :class:`LedgerError` unless the ledger has been built."""
    built = has_tables(store.conn) and store.conn.execute(
        "SELECT 1 FROM ledger_state WHERE key = 'marker'").fetchone() is not None
    if not built:
        raise LedgerError(f"the ledger of {store.name} has not been built; run: newsledger ledger build")
