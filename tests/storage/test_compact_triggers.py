"""Migration 16: the INSTEAD OF triggers of ``mentions``, ``quotes`` and ``events`` declared again
with shorter SQL (``storage.compact_triggers``) that does the same: a stored id computed to the
same value, and every write through the views leaves the same stored rows as before."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsledger.storage import compact, compact_triggers
from newsledger.storage.compact_layout import released_key, short_key
from newsledger.storage.rows import TABLE_COLUMNS, quoted
from newsledger.storage.store import Store
from tests.builders import main_analysis, schema_up_to

OLD = compact_triggers.VERSION - 1


@pytest.mark.parametrize(("value", "prefix"), [
    ("m_0123456789ab", "m"),  # a record id: the integer of its digits
    ("ev_fedcba987650", "ev"),  # every digit above 9, and a 0 last
    ("q_000000000000", "q"),  # all zeros: 0
    ("ev-threat", "ev"),  # another form: kept as given
    ("m_0123456789aB", "m"),  # near miss: an upper-case digit is not written back the same
    ("ev_0123456789a", "ev"),  # near miss: 11 digits
    (12, "ev"),  # a number: its text, as the public column's affinity stores it
    (1.5, "q"),
])
def test_a_stored_id_is_computed_to_the_same_value_by_the_shorter_sql(value: Any, prefix: str) -> None:
    conn = sqlite3.connect(":memory:")
    old, new = (conn.execute(f"SELECT {key('?1', prefix)}, typeof({key('?1', prefix)})", (value,)).fetchone()
                for key in (released_key, short_key))
    assert new == old
    plain = [conn.execute(f"SELECT {sql}", (value,)).fetchone()[0]
             for sql in (compact.id_key_sql("?1", prefix), compact.short_key_sql("?1", prefix))]
    assert plain[0] == plain[1]
    if isinstance(value, str):  # the Python side agrees
        assert new[0] == compact.id_key(value, prefix)


def _triggers(store: Store) -> dict[str, int]:
    return {name: len(sql) for name, sql in store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB '*_[iud][np][sd]*'")}


def _writes(store: Store, rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """Insert ``rows`` (the written columns of mentions, quotes and events) through the views,
    update and delete some, and give the stored rows (article by id, codes by word)."""
    c = store.conn
    with c:
        for view in ("mentions", "quotes", "events"):
            cols = [x for x in TABLE_COLUMNS[view] if x != "record"]
            c.executemany(f"INSERT INTO {view}({', '.join(quoted(x) for x in cols)})"
                          f" VALUES ({', '.join('?' * len(cols))})", rows[view])
        first = {v: rows[v][0][0] for v in rows}
        c.execute("UPDATE mentions SET text = 'Eastport officials', confidence = 0.5 WHERE id = ?", (first["mentions"],))
        c.execute("UPDATE quotes SET stance = NULL, kind = 'indirect' WHERE id = ?", (first["quotes"],))
        c.execute("UPDATE events SET plover = 'PROTEST', id = 'ev_0000000000ff' WHERE id = ?", (first["events"],))
        c.execute("DELETE FROM mentions WHERE id = ?", (rows["mentions"][-1][0],))
    out = {}
    for view, stored, codes in (("mentions", "mention_rows", "mention_codes"), ("quotes", "quote_rows", "quote_codes"),
                                ("events", "event_rows", "event_codes")):
        out[view] = [tuple(r) for r in c.execute(f"SELECT * FROM {view} ORDER BY id")]
        out[stored] = [tuple(r) for r in c.execute(f"SELECT typeof(id), * FROM {stored} ORDER BY article, id")]
        out[codes] = [tuple(r) for r in c.execute(f"SELECT * FROM {codes} ORDER BY code")]
    return out


def test_writes_through_the_views_store_the_same_rows_as_before_with_shorter_triggers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    an = main_analysis()
    with Store(tmp_path / "ref.db") as ref:
        ref.add(an)
        rows = {v: [tuple(r) for r in ref.conn.execute(
            f"SELECT {', '.join(quoted(x) for x in TABLE_COLUMNS[v] if x != 'record')} FROM {v} ORDER BY id")]
            for v in ("mentions", "quotes", "events")}
    # and a row of each with an id of the record form (``records.record_id``), stored as an integer
    for view, new_id in (("mentions", "m_00000000abcd"), ("quotes", "q_0000000a00cd"), ("events", "ev_00f0000beef0")):
        rows[view].append((new_id, *rows[view][0][1:]))
    assert all(len(r) >= 2 for r in rows.values())
    with schema_up_to(monkeypatch, OLD), Store(tmp_path / "old.db") as old:
        old.add(an.replace(mentions=(), quotes=(), events=(), figures=()))
        before_sql = _triggers(old)
        before = _writes(old, rows)
    with schema_up_to(monkeypatch, compact_triggers.VERSION), Store(tmp_path / "new.db") as new:
        new.add(an.replace(mentions=(), quotes=(), events=(), figures=()))
        after_sql = _triggers(new)
        assert _writes(new, rows) == before
    assert after_sql.keys() == before_sql.keys() and len(after_sql) >= 9
    assert sum(after_sql.values()) < 0.6 * sum(before_sql.values())  # measured: 0.48
    # a database of the version before migrates to the same triggers
    with schema_up_to(monkeypatch, compact_triggers.VERSION), Store(tmp_path / "old.db") as migrated:
        assert _triggers(migrated) == after_sql
