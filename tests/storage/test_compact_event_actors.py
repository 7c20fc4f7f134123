"""Migration 15: event actors stored compactly in SQLite (``storage.compact_event_actors``). The
public ``event_actors`` gives the same rows as the table it was (a version 14 database migrates
and every row reads back the same, on both backends), other writers can still write it
(triggers keep its constraints), the store writes the compact table itself (the same rows the
migration makes), and the queries that read it are served by the key or the actor index."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import build_ledger
from newsledger.records import Actor, Analysis, Article, Event, Span, record_id
from newsledger.storage import compact, compact_event_actors, db
from newsledger.storage.migrations import SCHEMA_VERSION
from newsledger.storage.query import Filters, query
from newsledger.storage.store import Store
from tests.builders import main_analysis, schema_up_to, text_span

OLD = compact_event_actors.VERSION - 1

# invented sentences: a strike by one side on the other, a meeting of two, a threat by a third
TEXT = ("Artillery from Vestland shelled a grain store in Osterby on Friday. "
        "The envoys of Vestland and Norrmark met in Lund to discuss a ceasefire. "
        "The Osterby militia threatened to block the river road.")


def _span(art: Article, words: str) -> Span:
    return text_span(art.text, words)


def _event(art: Article, words: str, predicate: str, plover: str, sentence: int, **kw: Any) -> Event:
    s, p = _span(art, words), _span(art, predicate)
    eid = kw.pop("eid", None) or record_id("ev", art.id, p.start, plover)
    return Event(eid, art.id, sentence, s.start, s.end, s.text, plover, p, **kw)


def _analysis() -> Analysis:
    art = Article.create(TEXT, title="Osterby", outlet="Wire", published="2024-06-07")
    actors = tuple(Actor(i, n, "state") for i, n in (
        ("state:VST", "Vestland"), ("state:NRM", "Norrmark"), ("group:osterby-militia", "the Osterby militia")))
    first, second, third = (s if s.endswith(".") else s + "." for s in TEXT.split(". "))
    return Analysis(article=art, actors=actors, events=(
        _event(art, first, "shelled", "ASSAULT", 0, source_actor_ids=("state:VST",),
               target_actor_ids=("group:osterby-militia",)),
        _event(art, second, "met", "CONSULT", 1, source_actor_ids=("state:VST", "state:NRM"),
               target_actor_ids=("state:NRM",)),
        # an id of another form (kept as text): its actors found by it all the same
        _event(art, third, "threatened", "THREATEN", 2, eid="ev-threat", source_actor_ids=("group:osterby-militia",)),
    ))


def _rows(store: Store, sql: str = "SELECT * FROM event_actors") -> list[tuple[Any, ...]]:
    return sorted((tuple(r) for r in store.conn.execute(sql)), key=repr)


def _at_old_version(target: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    with schema_up_to(monkeypatch, OLD), Store(target) as old:
        old.add(main_analysis())
        old.add(_analysis())
        build_ledger(old)
        assert old.schema_version() == OLD
        return _rows(old)


def test_a_database_of_the_version_before_migrates_and_every_row_reads_back_the_same(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _at_old_version(db_target, monkeypatch)
    with Store(db_target) as store:
        assert store.schema_version() == SCHEMA_VERSION >= compact_event_actors.VERSION
        assert len(before) == 6 + len(_rows(store, "SELECT 1 FROM event_actors WHERE event_id IN"
                                                   " (SELECT id FROM events WHERE article_id = '"
                                                   + main_analysis().article.id + "')"))
        ledger = _rows(store, "SELECT * FROM ledger_event_actors")
        assert _rows(store) == before and ledger
        if store.dialect == db.SQLITE:
            assert compact.stored_table(store.conn, "event_actors") == "event_actor_rows"
            stored = store.conn.execute("SELECT typeof(event), count(*) FROM event_actor_rows WHERE article ="
                                        " (SELECT rowid FROM articles WHERE id = ?) GROUP BY 1", (_analysis().article.id,))
            assert dict(stored.fetchall()) == {"integer": 5, "text": 1}  # ev-threat's one row: its id as text
            assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        build_ledger(store)  # built again on the new layout: the same ledger
        assert _rows(store, "SELECT * FROM ledger_event_actors") == ledger


def test_the_store_writes_what_the_migration_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: the rows the store writes (``compact_columns``) are those the migration makes of
    the same event actors, byte for byte (article and actor by id: their rowids may differ)."""
    _at_old_version(str(tmp_path / "old.db"), monkeypatch)
    sql = ("SELECT a.id, x.event, typeof(x.event), x.role, typeof(x.role), ac.id FROM event_actor_rows x"
           " JOIN articles a ON a.rowid = x.article JOIN actors ac ON ac.rowid = x.actor ORDER BY 1, 2, 4, 6")
    with Store(tmp_path / "old.db") as migrated, Store(tmp_path / "new.db") as new:
        new.add(main_analysis())
        new.add(_analysis())
        assert new.conn.execute(sql).fetchall() == migrated.conn.execute(sql).fetchall()
        assert len(_rows(new)) > 5


# rows another writer inserts through the view: (event, actor, role) -> the error, or None and
# the row read back
@pytest.mark.parametrize(("row", "error"), [
    (("shelled", "state:NRM", "target"), None),  # an event and actor stored, a role of the two
    (("ev-threat", "state:VST", "source"), None),  # an id of another form
    (("shelled", "state:NRM", "witness"), "CHECK constraint failed"),  # no such role
    (("shelled", "state:NRM", None), "NOT NULL constraint failed: event_actors.role"),
    (("ev_000000000001", "state:NRM", "target"), "FOREIGN KEY"),  # near miss: an event id not stored
    (("shelled", "state:NRM ", "target"), "FOREIGN KEY"),  # near miss: an actor id not stored (a space)
    (("shelled", "state:VST", "source"), "UNIQUE"),  # a row there already
])
def test_other_writers_insert_through_the_view_with_the_tables_constraints(
        tmp_path: Path, row: tuple[Any, ...], error: str | None) -> None:
    an = _analysis()
    shelled = an.events[0].id
    event = shelled if row[0] == "shelled" else row[0]
    values = (event, *row[1:])
    with Store(tmp_path / "x.db") as store:
        store.add(an)
        c = store.conn
        if error is not None:
            with pytest.raises(sqlite3.IntegrityError, match=error), c:
                c.execute("INSERT INTO event_actors VALUES (?, ?, ?)", values)
            if error != "UNIQUE":  # the store's writer too (a row there already: left as it is)
                with pytest.raises(sqlite3.IntegrityError, match=error.split(":")[0]), c:
                    store.insert_values("event_actors", [values])
            return
        with c:
            c.execute("INSERT INTO event_actors VALUES (?, ?, ?)", values)
        assert [tuple(r) for r in c.execute("SELECT * FROM event_actors WHERE event_id = ? AND actor_id = ?"
                                            " AND role = ?", values)] == [values]


def test_updates_and_deletes_go_to_the_stored_rows_and_references_hold(tmp_path: Path) -> None:
    """An UPDATE or DELETE of the view changes the rows under it; deleting an event or its
    article deletes its actors; an actor they name cannot be deleted or given another id."""
    an = _analysis()
    shelled, met, threat = (e.id for e in an.events)
    with Store(tmp_path / "x.db") as store:
        store.add(an)
        c = store.conn
        with c:
            c.execute("UPDATE event_actors SET actor_id = 'group:osterby-militia' WHERE event_id = ? AND role = 'target'",
                      (met,))
            c.execute("DELETE FROM event_actors WHERE event_id = ? AND actor_id = 'state:VST'", (met,))
        assert _rows(store, f"SELECT actor_id, role FROM event_actors WHERE event_id = '{met}'") == [
            ("group:osterby-militia", "target"), ("state:NRM", "source")]
        for sql in ("DELETE FROM actors WHERE id = 'state:NRM'", "UPDATE actors SET id = 'x' WHERE id = 'state:NRM'"):
            with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:
                c.execute(sql)
        with c:
            c.execute("DELETE FROM events WHERE id = ?", (shelled,))
        assert {r[0] for r in c.execute("SELECT event_id FROM event_actors")} == {met, threat}
        with c:
            c.execute("DELETE FROM articles WHERE id = ?", (an.article.id,))
        assert c.execute("SELECT count(*) FROM event_actor_rows").fetchone()[0] == 0


def _plan(store: Store, sql: str, params: tuple[Any, ...] = ()) -> str:
    return " | ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


@pytest.mark.parametrize(("sql", "params", "served_by"), [
    # an event's actors: its id through the events index, then the key
    ("SELECT actor_id FROM event_actors WHERE event_id = ?", ("ev_0123456789ab",),
     "SEARCH x USING PRIMARY KEY (article=? AND event=?)"),
    ("SELECT actor_id FROM event_actors WHERE event_id = ?", ("ev_0123456789ab",), "SEARCH r USING COVERING INDEX events_id (<expr>=?)"),
    # an actor's events by role (a profile's counts), and an IN list of actors (a search)
    ("SELECT COUNT(*) FROM event_actors WHERE actor_id = ? AND role = ?", ("state:VST", "target"),
     "SEARCH x USING COVERING INDEX event_actors_actor (actor=?)"),
    ("SELECT event_id FROM event_actors ea WHERE ea.actor_id IN (?, ?)", ("state:VST", "state:NRM"),
     "USING COVERING INDEX event_actors_actor (actor=?)"),
    # near miss: every row (the ledger's read) scans the table in its own order
    ("SELECT event_id, actor_id, role FROM event_actors", (), "SCAN x"),
])
def test_queries_of_the_view_are_served_by_the_key_or_an_index(
        tmp_path: Path, sql: str, params: tuple[Any, ...], served_by: str) -> None:
    with Store(tmp_path / "x.db") as store:
        store.add(_analysis())
        assert served_by in _plan(store, sql, params)


def test_events_filtered_by_actor_read_the_view_on_both_backends(db_target: str) -> None:
    """The listing's actor filter (either role) gives the same events on both backends."""
    with Store(db_target) as store:
        store.add(_analysis())
        cases = [("Vestland", 2), ("Norrmark", 1), ("the Osterby militia", 2)]
        for actor, want in cases:
            assert len(query(store, "events", Filters(actor=actor)).rows) == want, actor
        assert len(cases) == 3
