"""The incremental ledger update gives the full build's ledger, row for row: on the synthetic
corpus of bench/bench_ledger.py (articles added after the others, and added in the middle of
the timeline), and on the invented market strike; and it falls back to a full build, saying
why, when the store changed in other ways than by added articles."""

from __future__ import annotations

import logging
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import LEDGER_TABLES, LedgerConfig, build_ledger, ensure_ledger
from newsledger.ledger.claims import (
    anchor_figures,
    claim_order,
    load_figures,
)
from newsledger.ledger.places import ArticleWords, PlaceWords, story_places
from newsledger.ledger.rethread import stored_anchors
from newsledger.ledger.rules import load_rules
from newsledger.ledger.threader import RestoreError, Threader
from newsledger.storage.store import Store
from tests.builders import UKR, Doc, market_strike_docs, store_docs

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_ledger import Rows, generate, insert, make_world, populate, split_rows

TABLES = [t for t in LEDGER_TABLES if t != "ledger_state"]


def _tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every ledger table, its rows sorted."""
    return {t: sorted((tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}")), key=repr)
            for t in TABLES}


def _synthetic(path: Path, n: int, seed: int = 3) -> list[Rows]:
    """A database of ``n`` synthetic articles (with its actors), and the rows of 100 articles
    more (returned, not stored), in chunks of 100."""
    rng = random.Random(seed)
    world = make_world(rng)
    populate(path, 0, seed)  # the actors
    chunks = list(generate(n + 100, rng, world, chunk=100))
    store = Store(path)
    for rows in chunks[:-1]:
        insert(store.conn, rows)
    store.close()
    return chunks[-1:]


def _compare_with_full(store: Store) -> None:
    """The ledger of ``store`` equals a full build over the same articles (built after it)."""
    incremental = _tables(store)
    assert build_ledger(store).mode == "full"
    expected = _tables(store)
    for t in TABLES:
        assert incremental[t] == expected[t], t
    assert sum(len(v) for v in expected.values()) > 0


def test_added_articles_update_to_the_full_build(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "ledger.db"
    extra = _synthetic(db, 600)
    with Store(db) as store:
        build_ledger(store)
        before = _tables(store)
        for rows in extra:
            insert(store.conn, rows)
        with caplog.at_level(logging.INFO, logger="newsledger.ledger"):
            summary = build_ledger(store, incremental=True)
        assert summary.mode == "incremental" and summary.added_articles == 100
        assert "ledger updated" in caplog.text
        # the new articles were linked to the others: some ledger events of the first build changed
        now = _tables(store)
        assert len(set(now["ledger_events"]) - set(before["ledger_events"])) > 0
        assert len(set(before["ledger_events"]) - set(now["ledger_events"])) > 0
        _compare_with_full(store)


def _split(db: Path, n: int, late: int, seed: int = 5) -> tuple[Rows, Rows]:
    """A synthetic corpus of ``n`` articles (its actors stored in ``db``) cut in two: ``late``
    articles taken at random over the whole timeline, and the others."""
    rng = random.Random(seed)
    world = make_world(rng)
    populate(db, 0, seed)
    rows = next(generate(n, rng, world, chunk=n))
    ids = {r[0] for r in random.Random(1).sample(rows.articles, late)}
    return split_rows(rows, ids)


@pytest.mark.parametrize(("late", "mode"), [(40, "incremental"), (150, "full")])
def test_articles_added_in_the_middle_of_the_timeline(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                      late: int, mode: str) -> None:
    """Articles of any date: the replay starts wherever they fall, in several segments; when they
    fall all over the timeline, a full build is quicker and done instead."""
    db = tmp_path / "ledger.db"
    first, second = _split(db, 500, late)
    with Store(db) as store:
        insert(store.conn, first)
        build_ledger(store)
        insert(store.conn, second)
        with caplog.at_level(logging.INFO, logger="newsledger.ledger"):
            assert build_ledger(store, incremental=True).mode == mode
        assert ("a full build is quicker" in caplog.text) == (mode == "full")
        assert ("segment(s)" in caplog.text) == (mode == "incremental")
        _compare_with_full(store)


def test_market_strike_reports_added_one_by_one(db_target: str) -> None:
    """On both backends: each report added updates the ledger (``ensure_ledger``)."""
    docs = list(market_strike_docs().values())
    store = store_docs(db_target, docs[:3])
    try:
        build_ledger(store)
        for d in docs[3:]:
            assert store.add(d.analysis()).stored
            assert ensure_ledger(store) is not None
        status_summary = build_ledger(store, incremental=True)
        assert status_summary.mode == "incremental" and status_summary.added_articles == 0
        _compare_with_full(store)
    finally:
        store.close()


@pytest.mark.parametrize("change, reason", [
    ("DELETE FROM articles WHERE rowid = (SELECT MIN(rowid) FROM articles)", "articles were deleted"),
    # a quote of one of the first articles (the quotes view has no rowid: schema 11)
    ("DELETE FROM quotes WHERE id = (SELECT MIN(q.id) FROM quotes q JOIN articles a ON a.id = q.article_id"
     " WHERE a.rowid <= 100)", "quotes of articles the last build saw"),
])
def test_a_store_changed_otherwise_is_rebuilt_whole(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                                    change: str, reason: str) -> None:
    db = tmp_path / "ledger.db"
    extra = _synthetic(db, 200)
    with Store(db) as store:
        build_ledger(store)
        for rows in extra:
            insert(store.conn, rows)
        with store.conn:
            store.conn.execute(change)
        with caplog.at_level(logging.INFO, logger="newsledger.ledger"):
            summary = build_ledger(store, incremental=True)
        assert summary.mode == "full"
        assert f"full ledger build: {reason}" in caplog.text
        _compare_with_full(store)


def test_other_settings_or_a_forced_build_rebuild_whole(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "ledger.db"
    extra = _synthetic(db, 200)
    with Store(db) as store:
        build_ledger(store)
        for rows in extra:
            insert(store.conn, rows)
        with caplog.at_level(logging.INFO, logger="newsledger.ledger"):
            assert build_ledger(store, LedgerConfig(window_days=2), incremental=True).mode == "full"
        assert "the settings differ" in caplog.text
        assert build_ledger(store, LedgerConfig(window_days=2), incremental=True).mode == "incremental"
        summary = ensure_ledger(store, LedgerConfig(window_days=2), force=True)
        assert summary is not None and summary.mode == "full"


def test_a_ledger_that_no_longer_matches_its_records_is_rebuilt(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    """A ledger event of the last build whose mentions no longer link as written (here: its
    second mention given another type) cannot be rebuilt where the update starts: the update
    says so and the ledger is built whole."""
    db = tmp_path / "ledger.db"
    first, second = _split(db, 500, 40)
    with Store(db) as store:
        insert(store.conn, first)
        build_ledger(store)
        insert(store.conn, second)
        start = store.conn.execute(  # the first day the new articles' mentions give
            "SELECT MIN(COALESCE(e.date, substr(a.published, 1, 10))) FROM events e JOIN articles a"
            " ON a.id = e.article_id WHERE a.rowid > (SELECT MAX(article_rowid) FROM (SELECT a2.rowid AS"
            " article_rowid FROM ledger_event_mentions m JOIN articles a2 ON a2.id = m.article_id))"
            " AND e.modality IN ('asserted', 'negated')").fetchone()[0]
        day = date.fromisoformat(start)
        found = store.conn.execute(
            "SELECT lem.event_id, le.plover FROM ledger_events le"
            " JOIN ledger_event_mentions lem ON lem.ledger_event_id = le.id"
            " WHERE lem.position = 1 AND le.date_start >= ? AND lem.date < ? ORDER BY le.date_start DESC LIMIT 1",
            ((day - timedelta(days=3)).isoformat(), start)).fetchone()
        assert found is not None
        with store.conn:  # a type compatible with none of the synthetic corpus's others
            store.conn.execute("UPDATE events SET plover = ? WHERE id = ?",
                               ("PROTEST" if found[1] == "AID" else "AID", found[0]))
        with caplog.at_level(logging.INFO, logger="newsledger.ledger"):
            summary = build_ledger(store, incremental=True)
        assert summary.mode == "full" and "no longer joins ledger event" in caplog.text
        _compare_with_full(store)


def test_threads_restored_from_their_claims_join_as_they_did(tmp_path: Path) -> None:
    """``Threader.restore`` gives each claim the note it joined with; a claim moved to a thread
    it could not have joined is refused."""

    db = tmp_path / "ledger.db"
    _synthetic(db, 300)
    with Store(db) as store:
        build_ledger(store)
        rules = load_rules()
        figs = sorted(load_figures(store.conn, rules), key=claim_order)
        anchor_figures(figs, stored_anchors(store.conn, rules, {f.article_id for f in figs}), rules)
        texts = PlaceWords(store.conn, [f.core for f in figs] + [f.event_core for f in figs])
        built = Threader(LedgerConfig(), texts, rules.event_day_gap)
        for f in figs:
            built.add(f)
        again = Threader(LedgerConfig(), texts, rules.event_day_gap)
        again.restore([t.members for t in built.threads.values()])
        assert [t.notes for t in again.threads.values()] == [t.notes for t in built.threads.values()]
        assert any(len(t.members) > 1 for t in again.threads.values())
        groups = [t.members for t in built.threads.values() if len(t.members) > 1]
        far = [t.members for t in built.threads.values() if t.members[0].day and groups[0][0].day
               and (t.members[0].day - groups[0][0].day).days > 30]
        with pytest.raises(RestoreError):  # a claim placed in a thread a month older
            Threader(LedgerConfig(), texts, rules.event_day_gap).restore([groups[0] + far[0][:1]])


def test_article_words_answer_as_place_words(tmp_path: Path) -> None:
    """The words an update reads article by article are those a full build reads at once."""
    store = store_docs(tmp_path / "ledger.db", list(market_strike_docs().values()))
    try:
        rules = load_rules()
        ids = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        story = story_places(store.conn, LedgerConfig(), rules)
        assert story == story_places(store.conn, LedgerConfig(), rules, ids)
        cores = [core for places in story.values() for core, _ in places] + [frozenset({"verkhnia", "dolyna"})]
        full = PlaceWords(store.conn, cores)
        lazy = ArticleWords(store.conn)
        lazy.load(ids)
        lazy.learn(cores)
        assert [lazy.words(a) for a in ids] == [full.words(a) for a in ids]
        assert [lazy.names(c, a) for a in ids for c in cores] == [full.names(c, a) for a in ids for c in cores]
        assert any(full.names(c, a) for a in ids for c in cores)
    finally:
        store.close()


def test_a_day_stated_by_a_later_report_updates_to_the_full_build(tmp_path: Path, three_builds: Any) -> None:
    """The day that dates a ledger event for threading is the first its mentions state
    (``claims.stated_day``): a report stating it, added after reports dated only by their
    publication (a fact-check four days later), re-anchors their claims as a full build and a
    streamed build do."""
    a = Doc("A rocket hit the bus station in Lomka, killing 40 people.", "Wire A", "2024-05-02")
    a.event("ASSAULT", "hit", source=("rocket", UKR), place="Lomka")
    a.figure("40 people", 40, place="Lomka")
    b = Doc("We found no evidence that more than 90 people were killed in Lomka. The city's own count is 44.",
            "Checker", "2024-05-06")
    b.event("ASSAULT", "killed", place="Lomka")
    b.figure("44", 44, group=None, attribution="The city")
    c = Doc("The rocket that hit Lomka on Thursday killed 41 people.", "Wire C", "2024-05-03")
    c.event("ASSAULT", "hit", source=("rocket", UKR), place="Lomka", date="2024-05-02")
    c.figure("41 people", 41, place="Lomka")
    store = store_docs(tmp_path / "stated.db", [a])
    try:
        incremental, full, streamed = three_builds(store, [b, c])
    finally:
        store.close()
    # one thread: the fact-check's count is not kept apart as another day's incident
    assert len(full["claim_thread_claims"]) == 3 and len({r[1] for r in full["claim_thread_claims"]}) == 1
    for t in TABLES:
        assert incremental[t] == full[t], t
        assert streamed[t] == full[t], t
