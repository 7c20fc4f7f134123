"""The data dictionary: every table, view and column of a newsledger database, with the
migration that created it, written out as ``docs/DATA_DICTIONARY.md``.

Tables and columns are a public interface (other tools read them): a change adds a migration,
and the dictionary is regenerated (``python -m newsledger.storage.catalog > docs/DATA_DICTIONARY.md``;
a test fails while it is out of date).
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass

from .migrations import MIGRATIONS, POSTGRES_ONLY, SQLITE_ONLY

# PostgreSQL's type of a column the migrations create as TEXT, INTEGER or REAL, unless a
# PostgreSQL-only migration typed it (``POSTGRES_ONLY``)
_PG_TYPES = {"TEXT": "text", "INTEGER": "integer", "REAL": "double precision"}
_PG_TYPED = {(t, c): pg.lower() for typed in POSTGRES_ONLY.values() for t, c, pg in typed}


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str  # table or view
    migration: int
    # name, type, not null, primary key, computed (a generated column: stored nowhere in SQLite)
    columns: tuple[tuple[str, str, bool, bool, bool], ...]
    added: bool = False  # columns a later migration added to an existing table
    redeclared: bool = False  # a table a later migration declared again (same columns)


def _columns(conn: sqlite3.Connection, name: str) -> tuple[tuple[str, str, bool, bool, bool], ...]:
    # table_xinfo: table_info leaves generated columns out (hidden 2 and 3; 1 is a virtual
    # table's hidden column, such as FTS5's rank)
    return tuple((r[1], r[2] or "", bool(r[3]), bool(r[5]), r[6] in (2, 3))
                 for r in conn.execute(f'PRAGMA table_xinfo("{name}")') if r[6] != 1)


def _only_renamed(sql: str, before: str) -> bool:
    """The same table, only renamed into place (``CREATE TABLE "x"`` for ``CREATE TABLE x_v7``)."""
    head = sql.split("(", 1)
    return len(head) == 2 and head[1] == before.split("(", 1)[-1]


def catalog() -> list[Entry]:
    """The tables and views each migration adds, and the columns it adds to existing tables,
    applied in order to an empty SQLite database."""
    conn = sqlite3.connect(":memory:")
    try:
        seen: dict[str, dict[str, bool]] = {}  # table -> column -> computed
        declared: dict[str, str] = {}
        out: list[Entry] = []
        for m in MIGRATIONS:
            conn.executescript(m.sqlite + m.sqlite_after)
            rows = conn.execute("SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view') "
                                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
            for name, kind, sql in rows:
                if "_fts_" in name:
                    continue
                cols = _columns(conn, name)
                if name not in seen:
                    out.append(Entry(name, kind, m.version, cols))
                else:
                    # columns added, or made computed (a stored column replaced by a generated one);
                    # a table made a view (over a compact table) shows none computed: only new names
                    new = tuple(c for c in cols if (c[0] not in seen[name] if kind == "view"
                                                    else seen[name].get(c[0]) != c[4]))
                    if new:
                        out.append(Entry(name, kind, m.version, new, added=True))
                    elif sql != declared[name] and not _only_renamed(sql, declared[name]):
                        out.append(Entry(name, kind, m.version, cols, redeclared=True))
                seen[name] = {c[0]: seen[name].get(c[0], c[4]) if kind == "view" and name in seen else c[4]
                              for c in cols}
                declared[name] = sql
        return out
    finally:
        conn.close()


def final_columns() -> dict[str, tuple[tuple[str, str, bool, bool, bool], ...]]:
    """Every table of the latest schema with its columns, in the order a new database has them.
    A table a later migration made a view over a compact table (``mentions``, migration 10;
    ``quotes``, migration 11)
    keeps the columns it had as a table (its public shape: the view gives the same columns and
    values; PostgreSQL keeps the table)."""
    conn = sqlite3.connect(":memory:")
    try:
        tables: dict[str, tuple[tuple[str, str, bool, bool, bool], ...]] = {}
        for m in MIGRATIONS:
            conn.executescript(m.sqlite + m.sqlite_after)
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
            tables.update((n, _columns(conn, n)) for n in names if "_fts_" not in n)
        views = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        live = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {n: cols for n, cols in tables.items() if n in live or n in views}
    finally:
        conn.close()


_SQLITE_VIEWS = {v for views, _ in SQLITE_ONLY.values() for v in views}
_SQLITE_TABLES = {t for _, tables in SQLITE_ONLY.values() for t in tables}


def _pg_type(entry: Entry, column: str, sql_type: str) -> str:
    if entry.name in _SQLITE_VIEWS and entry.kind == "view":  # a table there, its columns typed as before
        return "as before (a table)"
    if entry.kind != "table" or entry.name in _SQLITE_TABLES:
        return "-"
    return _PG_TYPED.get((entry.name, column)) or _PG_TYPES.get(sql_type.upper(), sql_type.lower() or "-")


def markdown() -> str:
    """The data dictionary as Markdown."""
    lines = ["# Data dictionary", "",
             "Every table and view of a newsledger database (SQLite; PostgreSQL has the same names",
             "and columns, with the types in the PostgreSQL column; a view's columns have the types",
             "of what they read), in the order the migrations create them. Generated by",
             "`python -m newsledger.storage.catalog`; do not edit by hand. Names never change: a new",
             "column or table comes with a new migration (`src/newsledger/storage/migrations.py`).",
             "A column whose type says (computed) is built from the row's other columns when it is read",
             "(a virtual generated column in SQLite, stored nowhere; PostgreSQL stores it).", ""]
    entries = catalog()
    for m in MIGRATIONS:
        lines += [f"## Migration {m.version}: {m.description}", ""]
        for e in (x for x in entries if x.migration == m.version):
            title = (f"### `{e.name}`: columns added{' or now computed' * any(c[4] for c in e.columns)}"
                     if e.added
                     else f"### `{e.name}` ({e.kind}, declared again)" if e.redeclared
                     else f"### `{e.name}` ({e.kind})")
            lines += [title, "", "| column | type | PostgreSQL | required | key |",
                      "| --- | --- | --- | --- | --- |"]
            lines += [f"| `{c}` | {t or '-'}{' (computed)' if gen else ''} | {_pg_type(e, c, t)} |"
                      f" {'yes' if nn else ''} | {'yes' if pk else ''} |" for c, t, nn, pk, gen in e.columns]
            lines.append("")
        if m.version in SQLITE_ONLY:
            views, tables = SQLITE_ONLY[m.version]
            lines += ["In PostgreSQL nothing changes: " + ", ".join(f"`{v}`" for v in views)
                      + " stays the table it was, with the same columns and values as the view here;",
                      "there is no " + " or ".join(f"`{t}`" for t in tables) + ".", ""]
        if m.version in POSTGRES_ONLY:
            lines += ["Nothing changes in SQLite. In PostgreSQL these columns take the type shown in their",
                      "tables' PostgreSQL column, their rows converted:", ""]
            lines += [f"- `{t}.{c}`: {pg.lower()}" for t, c, pg in POSTGRES_ONLY[m.version]]
            lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(markdown())
