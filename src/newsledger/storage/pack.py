"""Packing a SQLite store after a load (``newsledger vacuum``): the same rows in fewer pages.

Rows written article by article leave pages part full: an index whose keys arrive in no order
(a mention's actor, a quote's speaker, an actor's id) splits its pages as it grows and keeps them
about 70% full, and the full-text index is a set of segments FTS5 merges only now and then.
Packing merges the full-text index into one segment (FTS5's ``'optimize'``) and rewrites the
file (``VACUUM``): every table, view, index and trigger holds what it held, each row its values
and its rowid (the compact tables hold their article's and actor's rowids; SQLite's VACUUM keeps
the rowids of tables whose rows such keys follow, and a test checks it). It rewrites the whole
file, so it is for the end of a load, not after every article: a store that keeps growing fills
its pages part full again. PostgreSQL packs its tables itself (autovacuum), and has nothing here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from . import db


@dataclass(frozen=True)
class Packed:
    """A store's size before and after packing (bytes: pages times page size)."""

    before: int
    after: int
    articles: int


def _size(conn: Any) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    return int(pages) * int(conn.execute("PRAGMA page_size").fetchone()[0])


def pack(store: Any) -> Packed:
    """Merge the full-text index into one segment and rewrite the SQLite file of ``store``
    (a writable Store) without free space; returns its size before and after."""
    if store.dialect != db.SQLITE:
        raise StoreError(f"{store.name}: packing is for SQLite files; PostgreSQL packs its tables itself (autovacuum)")
    conn = store.conn
    if conn.in_transaction:
        conn.commit()
    before = _size(conn)
    try:
        with conn:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        conn.execute("VACUUM")
        # in WAL mode the rewritten pages are in the log until a checkpoint copies them back
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:  # another process writing: nothing changed (each step is atomic)
        raise StoreError(f"cannot pack {store.name}: {db.explain(exc)}") from exc
    articles = int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    return Packed(before, _size(conn), articles)
