"""Migration 18 (``storage.compact_grid``, ``storage.grid``): confidences on the grid of hundredths
stored as small integers, read back as the very float they were; other values as given."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsledger.storage import compact_grid, db, grid
from newsledger.storage.rows import TABLE_COLUMNS, quoted
from newsledger.storage.store import Store
from tests.builders import main_analysis, schema_up_to

OLD = compact_grid.VERSION - 1


@pytest.mark.parametrize(("value", "kept"), [
    (0.85, 85), (0.7, 70), (1.0, 100), (0.0, 0), (0.07, 7),  # on the grid: hundredths
    (-0.25, -25), (250.5, 25050),  # a negative value, one above 1
    (1, 100), (True, 100),  # an integer (a bool binds as one): the REAL it was in the public column
    (1 / 3, None), (0.123, None),  # off the grid: the REAL itself
    (0.7000000000000001, None),  # near miss: one unit in the last place above 0.7
    (1e20, None), (float("inf"), None),  # too large for exact hundredths
    ("high", "high"), (None, None),  # not a number: as given
])
def test_a_value_on_the_grid_is_stored_as_hundredths_and_read_back_exactly(value: Any, kept: Any) -> None:
    conn = sqlite3.connect(":memory:")
    want = kept if kept is not None or value is None else float(value)
    python = grid.stored(value)
    assert python == want and type(python) is type(want)
    sql, kind = conn.execute(f"SELECT {grid.stored_sql('?1')}, typeof({grid.stored_sql('?1')})", (value,)).fetchone()
    assert (sql, kind) == (want, {int: "integer", float: "real", str: "text"}.get(type(want), "null"))
    public = float(value) if isinstance(value, int) else value
    back = grid.public(python)
    assert back == public or back != back == public != public  # inf is equal to itself; no NaN here
    assert type(back) is type(public)
    assert conn.execute(f"SELECT {grid.public_sql('?1')}", (sql,)).fetchone()[0] == public


def _public(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for view in ("mentions", "quotes", "events"):
        cols = ", ".join(quoted(c) for c in TABLE_COLUMNS[view])
        out[view] = [tuple(r) for r in store.conn.execute(f"SELECT {cols} FROM {view} ORDER BY id")]
    return out


def _mentions(store: Store) -> list[tuple[Any, ...]]:
    return _public(store)["mentions"]


# rows only another writer makes: a confidence off the grid, an integer one, one on the grid
_OTHER = [("m_00000000000a", 0.123456789), ("m_00000000000b", 1), ("m_00000000000c", 0.35)]


def _write_others(store: Store) -> None:
    c = store.conn
    aid = c.execute("SELECT id FROM articles").fetchone()[0]
    with c:
        for mid, confidence in _OTHER:
            c.execute('INSERT INTO mentions(id, article_id, sentence, start, "end", text, label, kind,'
                      " confidence) VALUES (?, ?, 0, 0, 3, 'abc', 'PERSON', 'name', ?)", (mid, aid, confidence))
        quote, event = (c.execute(f"SELECT id FROM {t} ORDER BY id").fetchone()[0] for t in ("quotes", "events"))
        c.execute("UPDATE quotes SET confidence = ? WHERE id = ?", (2 / 3, quote))
        c.execute("UPDATE events SET confidence = 1, goldstein = ? WHERE id = ?", (-7.25, event))


def test_a_database_of_the_version_before_migrates_with_every_public_row_the_same(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    an = main_analysis()
    with schema_up_to(monkeypatch, OLD), Store(db_target) as old:
        old.add(an)
        _write_others(old)
        before, analysis = _public(old), old.get_analysis(an.article.id)
    assert len(before["mentions"]) == len(an.mentions) + len(_OTHER) and before["quotes"] and before["events"]
    assert 2 / 3 in {r[TABLE_COLUMNS["quotes"].index("confidence")] for r in before["quotes"]}
    with Store(db_target) as store:
        assert store.schema_version() == compact_grid.VERSION
        assert _public(store) == before  # ``record`` included
        assert store.get_analysis(an.article.id) == analysis
        if store.dialect == db.SQLITE:  # stored: integers on the grid, the REAL off it as it was
            kinds = dict(store.conn.execute("SELECT confidence, typeof(confidence) FROM mention_rows").fetchall())
            assert kinds[0.123456789] == "real"
            assert kinds[35] == kinds[100] == "integer"
            assert store.conn.execute("SELECT typeof(confidence) FROM quote_rows WHERE confidence = ?",
                                      (2 / 3,)).fetchone()[0] == "real"
            assert store.conn.execute("SELECT COUNT(*) FROM event_rows WHERE goldstein = -725").fetchone()[0] == 1
            assert not store.conn.execute("PRAGMA foreign_key_check").fetchall()
            assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize(("view", "rows", "column"), [
    ("mentions", "mention_rows", "confidence"), ("quotes", "quote_rows", "confidence"),
    ("events", "event_rows", "goldstein")])
def test_the_store_and_the_view_write_the_same_stored_rows(tmp_path: Path, view: str, rows: str, column: str) -> None:
    an = main_analysis()
    with Store(tmp_path / "a.db") as store:
        c = store.conn
        store.add(an)
        stored = c.execute(f"SELECT * FROM {rows} ORDER BY article, id").fetchall()
        public = _public(store)[view]
        assert stored and all(type(r["confidence"]) is int for r in stored)  # all on the grid here
        got = store.get_analysis(an.article.id)
        for part in ("mentions", "quotes", "events"):  # read back equal (in the order of their ids)
            assert sorted(getattr(got, part), key=str) == sorted(getattr(an, part), key=str)
        cols = [x for x in TABLE_COLUMNS[view] if x != "record"]
        with c:  # the same rows again, through the view's triggers
            c.execute(f"DELETE FROM {rows}")
            c.executemany(f"INSERT INTO {view}({', '.join(quoted(x) for x in cols)}) VALUES ({', '.join('?' * len(cols))})",
                          [r[:len(cols)] for r in public])
        assert c.execute(f"SELECT * FROM {rows} ORDER BY article, id").fetchall() == stored
        assert _public(store)[view] == public
        with c:  # an update through the view
            c.execute(f"UPDATE {view} SET {column} = 0.45 WHERE id = ?", (public[0][0],))
        assert c.execute(f"SELECT {column} FROM {view} WHERE id = ?", (public[0][0],)).fetchone()[0] == 0.45
        assert c.execute(f"SELECT {column} FROM {rows} WHERE {column} = 45").fetchone() is not None
