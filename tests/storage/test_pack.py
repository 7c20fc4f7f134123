"""Packing a SQLite store (``newsledger vacuum``, ``storage.pack``): fewer pages, the same rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.errors import StoreError
from newsledger.storage import db
from newsledger.storage.pack import pack
from newsledger.storage.rows import RECORD_TABLES
from newsledger.storage.store import Store

from ..builders import build_store


def _contents(path: Path) -> dict[str, Any]:
    """Every public table's rows (sorted), the articles' rowids, and what a search finds."""
    con = sqlite3.connect(path)
    try:
        out: dict[str, Any] = {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}"))) for t in RECORD_TABLES}
        out["rowids"] = con.execute("SELECT rowid, id FROM articles ORDER BY rowid").fetchall()
        out["search"] = con.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'flood OR report'"
                                    " ORDER BY rowid").fetchall()
        return out
    finally:
        con.close()


def _size(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("PRAGMA page_count").fetchone()[0]) * int(con.execute("PRAGMA page_size").fetchone()[0])
    finally:
        con.close()


def test_vacuum_packs_a_store_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    build_store(path)
    con = sqlite3.connect(path)
    with con:  # some articles deleted: free pages, and rowids with gaps the compact rows follow
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("DELETE FROM articles WHERE title LIKE 'Filler report 1%'")
    con.close()
    before, size = _contents(path), _size(path)
    assert before["search"] and len(before["rowids"]) > 10 and before["mentions"], "the sample holds records"

    res = CliRunner().invoke(cli, ["vacuum", "--db", str(path)])
    assert res.exit_code == 0, res.output
    assert "KB ->" in res.stdout and "KB per article" in res.stdout
    assert _size(path) < size  # positive: fewer pages
    assert _contents(path) == before  # every row, rowid and search result the same
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")  # raises if not in step
    finally:
        con.close()
    with Store(path, readonly=True) as store:
        assert store.get_analysis(before["rowids"][0][1]) is not None


def test_packing_a_packed_store_changes_nothing(tmp_path: Path) -> None:
    """Near miss: a store with no free space and one full-text segment keeps its size."""
    path = tmp_path / "x.db"
    build_store(path)
    with Store(path) as store:
        first = pack(store)
        again = pack(store)
    assert first.after <= first.before and first.articles == again.articles > 0
    assert again.before == again.after == first.after == _size(path)


def test_packing_is_for_sqlite_only() -> None:
    """Negative: PostgreSQL packs its tables itself; asking for it is a clear error, not a no-op."""
    store = SimpleNamespace(dialect=db.POSTGRESQL, name="postgresql://db.example/news", conn=None)
    with pytest.raises(StoreError, match="autovacuum"):
        pack(store)


def test_vacuum_of_a_missing_file_makes_none(tmp_path: Path) -> None:
    """Negative: a path with no database is an error; no empty store is created there."""
    res = CliRunner().invoke(cli, ["vacuum", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "database not found" in res.stderr
    assert not (tmp_path / "none.db").exists()


def test_packing_while_another_process_writes_is_a_clear_error(tmp_path: Path) -> None:
    """Negative: a writer holding the database makes packing fail with one line, the file unchanged."""
    path = tmp_path / "x.db"
    build_store(path)
    before = _contents(path)
    writer = sqlite3.connect(path, timeout=0.1)
    writer.execute("BEGIN IMMEDIATE")
    try:
        with Store(path, timeout=0.2) as store, pytest.raises(StoreError, match=r"cannot pack .*locked"):
            pack(store)
    finally:
        writer.rollback()
        writer.close()
    assert _contents(path) == before
