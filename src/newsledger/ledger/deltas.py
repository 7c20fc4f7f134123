"""The profiles of an incremental update: the new articles' counts added to the stored ones.

Every profile table is a sum over articles (``profiles.write_profiles``), so adding articles
adds their sums: ``add_profiles`` computes the same GROUP BY queries over the new articles
only and adds each row to the stored row of the same key (or inserts it). The two ledger
columns of ``ledger_outlets`` (ledger events an outlet reported, and those shared with other
outlets) follow the ledger events the update deleted and wrote.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..storage import db
from .profiles import ACTOR_NAMES_SQL, FRAMING_SQL, OUTLET_ACTORS_SQL, outlet_rows, source_rows

Row = tuple[Any, ...]

# table: key columns, summed columns
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ledger_outlet_framing": (("outlet", "kind", "text", "voice", "refers_to"), ("n",)),
    "ledger_outlet_sources": (("outlet", "actor_id", "name"), ("quotes", "figures_cited")),
    "ledger_outlet_actors": (("outlet", "actor_id"), ("as_source", "as_target")),
    "ledger_actor_names": (("actor_id", "outlet", "text"), ("n",)),
}


def _add_rows(conn: sqlite3.Connection, table: str, rows: list[Row]) -> None:
    """Add each row's sums to the stored row of its key, or insert it (stored rows are found by
    their row address: SQLite's rowid, PostgreSQL's ctid, stable within the transaction)."""
    keys, sums = TABLES[table]
    where = "ctid = CAST(? AS tid)" if db.dialect(conn) == db.POSTGRESQL else "rowid = ?"
    address = "CAST(ctid AS text)" if db.dialect(conn) == db.POSTGRESQL else "rowid"
    stored = {tuple(r[1:1 + len(keys)]): (r[0], tuple(r[1 + len(keys):]))
              for r in conn.execute(f"SELECT {address}, {', '.join(keys + sums)} FROM {table}")}
    updates, inserts = [], []
    for r in rows:
        key, add = tuple(r[:len(keys)]), tuple(r[len(keys):])
        old = stored.get(key)
        if old is None:
            inserts.append(tuple(r))
        else:
            updates.append((*(a + b for a, b in zip(old[1], add, strict=True)), old[0]))
    conn.executemany(f"UPDATE {table} SET {', '.join(c + ' = ?' for c in sums)} WHERE {where}", updates)
    conn.executemany(f"INSERT INTO {table}({', '.join(keys + sums)}) VALUES ({','.join('?' * (len(keys) + len(sums)))})",
                     inserts)


def _merge_outlet(old: list[Any], new: Row) -> list[Any]:
    out = list(old)
    out[1] += new[1]
    firsts = [x for x in (old[2], new[2]) if x is not None]
    lasts = [x for x in (old[3], new[3]) if x is not None]
    out[2] = min(firsts) if firsts else None
    out[3] = max(lasts) if lasts else None
    for i in range(4, 10):
        out[i] += new[i]
    return out


def _ledger_counts(deleted: list[Row], written: list[Row]) -> dict[str, list[int]]:
    """Per outlet, the change in ledger events reported and shared (rows: outlets, n_outlets)."""
    out: dict[str, list[int]] = {}
    for rows, sign in ((deleted, -1), (written, 1)):
        for outlets, n in rows:
            for o in json.loads(outlets):
                d = out.setdefault(o, [0, 0])
                d[0] += sign
                d[1] += sign * (n > 1)
    return out


def add_profiles(conn: sqlite3.Connection, since: int, deleted: list[Row], written: list[Row]) -> int:
    """Add the articles after rowid ``since`` to the profiles; ``deleted`` and ``written`` are the
    (outlets, n_outlets) of the ledger events the update removed and wrote. Returns the number
    of outlets."""
    where, params = " AND {col} IN (SELECT id FROM articles WHERE rowid > ?)", (since,)
    stored = {r[0]: list(r) for r in conn.execute(
        "SELECT outlet, articles, first_published, last_published, events, events_unattributed, figures,"
        " figures_unattributed, quotes, framing_marks, ledger_events, shared_ledger_events FROM ledger_outlets")}
    changed: dict[str, list[Any]] = {}
    fresh: set[str] = set()
    for row in outlet_rows(conn, where, params):
        if row[0] in stored:
            changed[row[0]] = _merge_outlet(stored[row[0]], row)
        else:
            changed[row[0]] = list(row)
            fresh.add(row[0])
    for outlet, (n, shared) in _ledger_counts(deleted, written).items():
        cur = changed.get(outlet) or stored.get(outlet)
        if cur is not None and (n or shared):
            cur[10] += n
            cur[11] += shared
            changed[outlet] = cur
    for outlet, r in sorted(changed.items()):
        if outlet in fresh:
            conn.execute("INSERT INTO ledger_outlets VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", tuple(r))
        else:
            conn.execute("UPDATE ledger_outlets SET articles = ?, first_published = ?, last_published = ?,"
                         " events = ?, events_unattributed = ?, figures = ?, figures_unattributed = ?,"
                         " quotes = ?, framing_marks = ?, ledger_events = ?, shared_ledger_events = ?"
                         " WHERE outlet = ?", (*r[1:], outlet))
    for table, sql, col in (("ledger_outlet_framing", FRAMING_SQL, "fr.article_id"),
                            ("ledger_outlet_actors", OUTLET_ACTORS_SQL, "e.article_id"),
                            ("ledger_actor_names", ACTOR_NAMES_SQL, "m.article_id")):
        _add_rows(conn, table, conn.execute(sql.format(where=where.format(col=col)), params).fetchall())
    _add_rows(conn, "ledger_outlet_sources", source_rows(conn, where, params))
    return len(stored) + len(fresh)
