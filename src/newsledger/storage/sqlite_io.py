"""SQLite plumbing of the store: the URI that opens a file for reading, and multi-row INSERT
statements sized to the connection's limit on bound parameters."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .rows import quoted

# rows per INSERT statement in SQLite (fewer, longer statements: less work per row in the
# sqlite3 module), and bound parameters at most when the connection cannot tell its own limit
# (SQLite's: 32,766 since 3.32, 999 before)
ROWS_PER_STATEMENT = 200
PARAMS_PER_STATEMENT = 999


def read_only_uri(path: Path) -> str:
    """The URI that opens a SQLite file for reading. A file in a directory this process cannot
    write to (a read-only mount, another user's files) is opened as immutable when no write is
    under way (no ``-wal`` file beside it): SQLite cannot create the shared-memory file a WAL
    database needs even for reading, and would report "attempt to write a readonly database"."""
    resolved = path.resolve()
    uri = f"file:{resolved}?mode=ro"
    wal = resolved.with_name(resolved.name + "-wal")
    if not os.access(resolved.parent, os.W_OK) and not wal.exists():
        uri += "&immutable=1"
    return uri


def max_params(conn: sqlite3.Connection) -> int:
    """The bound parameters one statement of ``conn`` may have."""
    try:
        return int(conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except (AttributeError, sqlite3.Error):  # not a plain sqlite3 connection
        return PARAMS_PER_STATEMENT


def insert_flat(conn: sqlite3.Connection, table: str, cols: Sequence[str], flat: list[Any], n: int) -> int:
    """Insert ``n`` rows into a SQLite table, given as one flat list of values (row after row,
    each with the values of ``cols``), ``ROWS_PER_STATEMENT`` rows to an INSERT statement, in
    the order given (so that the table and its key index grow in key order); returns how many
    were new (a row whose key is there already is left as it is)."""
    k = len(cols)
    one = f"({', '.join('?' * k)})"
    head = f"INSERT INTO {table}({', '.join(quoted(c) for c in cols)}) VALUES "
    per = max(1, min(ROWS_PER_STATEMENT, max_params(conn) // k))
    full = n - n % per
    new = 0
    if full:
        sql = head + ", ".join([one] * per) + " ON CONFLICT DO NOTHING"
        step = per * k
        for i in range(0, full * k, step):
            new += conn.execute(sql, flat[i:i + step]).rowcount
    if full < n:
        new += conn.execute(head + ", ".join([one] * (n - full)) + " ON CONFLICT DO NOTHING", flat[full * k:]).rowcount
    return new
