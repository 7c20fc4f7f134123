"""The full build streamed by date window gives the in-memory build's ledger, row for row and in
the same order: on the synthetic corpus of bench/bench_ledger.py (with articles dated only by
their dateline, undated ones, events dated to a month only and a publication date that is no
date), on the invented market strike on both backends, and whatever the window; and it holds
only the ledger events and threads still open, not the whole ledger."""

from __future__ import annotations

import logging
import random
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import LEDGER_TABLES, LedgerConfig, build_ledger, stream
from newsledger.ledger.linking import Linker
from newsledger.ledger.mentions import load_actors, load_mentions
from newsledger.ledger.places import PlaceWords, WindowWords, place_vocabulary, story_places
from newsledger.ledger.rules import load_rules
from newsledger.ledger.stream import EventStream, mention_windows, odd_records, undated_articles
from newsledger.storage.store import Store
from tests.builders import market_strike_docs, store_docs, synthetic_ledger_db

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_ledger import generate, insert, make_world, populate

TABLES = [t for t in LEDGER_TABLES if t != "ledger_state"]


def _rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every ledger table's rows in the order they were written (SQLite), or sorted (PostgreSQL
    keeps no insertion order)."""
    if store.dialect == "sqlite":
        return {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in TABLES}
    return {t: sorted((tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}")), key=repr) for t in TABLES}


def _both_ways(store: Store) -> tuple[dict[str, list[tuple[Any, ...]]], dict[str, list[tuple[Any, ...]]]]:
    build_ledger(store, streamed=False)
    in_memory = _rows(store)
    summary = build_ledger(store)
    assert summary.mode == "full"
    return in_memory, _rows(store)


def _synthetic(path: Path, n: int, seed: int = 11) -> None:
    """``n`` synthetic articles, some of them made harder to date."""
    rng = random.Random(seed)
    world = make_world(rng)
    populate(path, 0, seed)  # the actors
    with Store(path) as store:
        for rows in generate(n, rng, world, chunk=100):
            insert(store.conn, rows)
        c = store.conn
        ids = [r[0] for r in c.execute("SELECT id FROM articles ORDER BY id")]
        with c:
            for aid in ids[:12]:  # dated only by the dateline
                day = c.execute("SELECT substr(published, 1, 10) FROM articles WHERE id = ?", (aid,)).fetchone()[0]
                c.execute("UPDATE articles SET published = NULL, text = ? || text WHERE id = ?",
                          (f"KHARKIV, {int(day[8:10])} {_MONTHS[int(day[5:7]) - 1]} {day[:4]} (Reuters) - ", aid))
            c.execute("UPDATE articles SET published = NULL WHERE id IN (?, ?, ?)", ids[12:15])  # undated
            c.execute("UPDATE articles SET published = 'unknown' WHERE id = ?", (ids[15],))  # no date
            c.execute("UPDATE events SET date = substr(date, 1, 7) WHERE date IS NOT NULL AND id IN"
                      " (SELECT id FROM events WHERE date IS NOT NULL ORDER BY id LIMIT 20)")  # a month only


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


@pytest.mark.parametrize("days", [1, 7, 400])
def test_the_streamed_build_is_the_in_memory_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    days: int) -> None:
    db = tmp_path / "ledger.db"
    _synthetic(db, 900)
    monkeypatch.setattr(stream, "STREAM_DAYS", days)
    with Store(db) as store:
        odd = undated_articles(store.conn)
        assert len(odd) == 16
        mentions, figures = odd_records(store.conn, LedgerConfig(), load_rules(), odd)
        assert {m.date_source for m in mentions} == {"dateline", "published"}  # ... and undated
        assert any(f.day is None for f in figures) and any(f.day is not None for f in figures)
        in_memory, streamed = _both_ways(store)
    assert len(in_memory["ledger_events"]) > 500 and len(in_memory["claim_threads"]) > 100
    checked = 0
    for t in TABLES:
        assert streamed[t] == in_memory[t], t
        checked += 1
    assert checked == len(TABLES)


def test_without_undated_claims_threads_are_written_as_they_close(tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    """With every article dated, the build holds a small part of the ledger at any time."""
    db = synthetic_ledger_db(tmp_path / "ledger.db", 1500, seed=5)
    with Store(db) as store:
        build_ledger(store, streamed=False)
        in_memory = _rows(store)
        with caplog.at_level(logging.INFO, logger="newsledger.ledger.build"):
            summary = build_ledger(store)
        assert _rows(store) == in_memory
    held = re.search(r"at most (\d+) ledger events and (\d+) threads held at once", caplog.text)
    assert held is not None
    assert 0 < int(held[1]) < summary.ledger_events / 10
    assert 0 < int(held[2]) < summary.claim_threads / 10


def test_the_event_stream_emits_the_linkers_ledger_events_in_order(tmp_path: Path) -> None:
    """Both passes over a window at a time give :meth:`Linker.merged`'s ledger events, in its
    order, and forget the ones they emitted."""
    db = tmp_path / "ledger.db"
    _synthetic(db, 400, seed=4)
    config, rules = LedgerConfig(), load_rules()
    with Store(db) as store:
        conn = store.conn
        actors = load_actors(conn)
        story = story_places(conn, config, rules)
        everything = load_mentions(conn, config, rules, story)
        texts = PlaceWords(conn, [m.core for m in everything] + [c for p in story.values() for c, _ in p])
        linker = Linker(config, actors, texts, rules)
        for m in everything:
            linker.add(m)
        expected = [[m.event_id for m in c.members] for c in linker.merged()]
        words = WindowWords(conn, place_vocabulary(conn, config, rules))
        events = EventStream(config, actors, words, rules)
        got: list[list[str]] = []
        odd, _ = odd_records(conn, config, rules, undated_articles(conn))
        for ms in mention_windows(conn, config, rules, words, odd):
            for m in ms:
                events.add(m)
            got += [[m.event_id for m in c.members] for c in events.take()]
            assert len(events.first.clusters) + len(events.second.clusters) < len(expected) / 4
        got += [[m.event_id for m in c.members] for c in events.finish()]
        assert not events.first.clusters and not events.second.clusters
    assert got == expected and len(got) > 100


def test_the_market_strike_streamed_on_both_backends(db_target: str) -> None:
    with store_docs(db_target, list(market_strike_docs().values())) as store:
        in_memory, streamed = _both_ways(store)
    assert streamed == in_memory
    assert in_memory["ledger_events"] and in_memory["claim_threads"]


def test_the_streamed_build_writes_with_foreign_key_checks_paused(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The build's rows refer to records read in its own transaction: SQLite's checks are paused
    while it writes, and back on after; every reference holds."""
    from newsledger.ledger import build as build_module

    db = tmp_path / "ledger.db"
    _synthetic(db, 300, seed=6)
    seen: list[int] = []
    write = build_module.write_profiles

    def spy(conn: Any) -> int:
        seen.append(conn.execute("PRAGMA foreign_keys").fetchone()[0])
        return write(conn)

    monkeypatch.setattr(build_module, "write_profiles", spy)
    with Store(db) as store:
        build_ledger(store)
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert store.conn.execute("SELECT COUNT(*) FROM ledger_event_mentions").fetchone()[0] > 500
        # near miss: inside a transaction already open the setting cannot change, and is not touched
        store.conn.execute("INSERT INTO ledger_state(key, value) VALUES ('probe', '1')")
        assert store.conn.in_transaction
        with build_module.own_references(store.conn):
            assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        store.conn.rollback()
    assert seen and set(seen) == {0}
