"""Migration 13: events stored compactly in SQLite (``storage.compact_events``). The public
``events`` gives the same columns and values as the table it was, ``record`` included (a version
12 database migrates and every row of events, event_actors and the ledger's event mentions reads
back the same), other writers can still write it (triggers, which also keep the references of
event_actors and ledger_event_mentions to it), the store writes the compact table itself, and
the queries that read events are served by the key or an index."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import build_ledger
from newsledger.records import Actor, Analysis, Article, Event, Span, record_id
from newsledger.storage import compact, compact_events, db, migrations
from newsledger.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from newsledger.storage.query import Filters, query
from newsledger.storage.rows import TABLE_COLUMNS, quoted
from newsledger.storage.store import Store
from tests.builders import main_analysis, text_span

OLD = compact_events.VERSION - 1
COLS = ", ".join(quoted(c) for c in TABLE_COLUMNS["events"])
WRITTEN = [c for c in TABLE_COLUMNS["events"] if c != "record"]

# invented sentences, characters outside ASCII (an accent, a character outside the Basic
# Multilingual Plane) before the events
TEXT = ("\u00c0 Gen\u00e8ve \U0001F30D, drones struck a depot near Kherson on Monday. "
        "Kyiv denied that its forces shelled the market. "
        "The mayor urged residents to leave the riverside districts.")


def _span(art: Article, words: str, text: str | None = None) -> Span:
    span = text_span(art.text, words)
    return span if text is None else span.replace(text=text)


def _event(art: Article, words: str, predicate: str, plover: str, **kw: Any) -> Event:
    s, p = _span(art, words), _span(art, predicate)
    eid = kw.pop("eid", None) or record_id("ev", art.id, p.start, plover)
    return Event(eid, art.id, kw.pop("sentence", 0), s.start, s.end, kw.pop("text", s.text), plover, p, **kw)


def _analysis() -> Analysis:
    art = Article.create(TEXT, title="Depot", outlet="Wire", published="2024-05-02")
    actors = tuple(Actor(i, n, "state", country=c) for i, n, c in (
        ("state:UKR", "Ukraine", "UKR"), ("state:RUS", "Russia", "RUS"), ("person:mayor", "the mayor", "UKR")))
    first = "drones struck a depot near Kherson on Monday."
    return Analysis(article=art, actors=actors, events=(
        _event(art, first, "struck", "ASSAULT", mode="aerial", contexts=("military",), cameo="195",
               quad_class=4, goldstein=-10.0, source=_span(art, "drones"), target=_span(art, "a depot"),
               target_actor_ids=("state:UKR",), date="2024-04-29", place="Kherson", confidence=0.8,
               acled_type="Explosions/Remote violence", acled_subtype="Air/drone strike", scope="acled"),
        # denied by its claimant; a source written otherwise than the article has it: stored
        _event(art, "Kyiv denied that its forces shelled the market.", "shelled", "ASSAULT", sentence=1,
               source=_span(art, "its forces", "its forces (Kyiv)"), source_actor_ids=("state:UKR",),
               claimed_by="state:UKR", stance="denied", quote_id=record_id("q", art.id, 0, 0, "x")),
        # an id of another form, kept as given; a sentence written otherwise (stored)
        _event(art, "The mayor urged residents to leave the riverside districts.", "urged", "REQUEST",
               sentence=2, eid="ev-urge", text="The mayor urged residents to leave.", modality="future",
               source=_span(art, "The mayor"), source_actor_ids=("person:mayor",), claimed_by="person:mayor",
               parent_id="ev-x"),
    ))


def _rows(store: Store, table: str, cols: str = "*") -> list[tuple[Any, ...]]:
    return sorted((tuple(r) for r in store.conn.execute(f"SELECT {cols} FROM {table}")), key=repr)


def _readings(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {"events": _rows(store, "events", COLS), "event_actors": _rows(store, "event_actors"),
            "ledger_event_mentions": _rows(store, "ledger_event_mentions")}


def _odd_rows(store: Store) -> None:
    """Rows only another writer makes: a source text NULL while its offsets are not, a text that
    is not the article's at its offsets, offsets outside the text, and a number as the id."""
    aid = _analysis().article.id
    base = {c: None for c in WRITTEN} | {
        "article_id": aid, "sentence": 0, "start": 2, "end": 8, "text": TEXT[2:8], "plover": "PROTEST",
        "predicate": TEXT[2:5], "predicate_start": 2, "predicate_end": 5, "modality": "asserted",
        "claimed_by": "outlet", "confidence": 1.0, "stance": "asserted", "extra": "{}"}
    rows = [base | {"id": "ev_00000000000a", "source_start": 3, "source_end": 4},
            base | {"id": "ev_00000000000b", "text": "Gen\u00e8ve!", "target_text": "x", "target_start": 1,
                    "target_end": 0},
            base | {"id": "ev_00000000000c", "start": len(TEXT) - 2, "end": len(TEXT) + 9, "text": TEXT[-2:]},
            base | {"id": 12}]
    with store.conn:
        store.conn.executemany(f"INSERT INTO events({', '.join(quoted(c) for c in WRITTEN)})"
                               f" VALUES ({', '.join('?' * len(WRITTEN))})", [tuple(r[c] for c in WRITTEN) for r in rows])


def _at_old_version(target: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple[Any, ...]]]:
    with monkeypatch.context() as m:  # the newsledger of the schema before
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:OLD])
        m.setattr(migrations, "SCHEMA_VERSION", OLD)
        with Store(target) as old:
            old.add(main_analysis())
            old.add(_analysis())
            if old.dialect == db.SQLITE:  # PostgreSQL keeps its table: no layout to try
                _odd_rows(old)
            build_ledger(old)
            assert old.schema_version() == OLD
            return _readings(old)


def test_a_database_of_the_version_before_migrates_and_every_row_reads_back_the_same(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _at_old_version(db_target, monkeypatch)
    with Store(db_target) as store:
        odd = 4 if store.dialect == db.SQLITE else 0
        assert len(before["events"]) == len(main_analysis().events) + len(_analysis().events) + odd
        assert before["event_actors"] and before["ledger_event_mentions"]
        assert store.schema_version() == SCHEMA_VERSION >= compact_events.VERSION
        assert _readings(store) == before  # every column, ``record`` included
        an = _analysis()
        got = store.get_analysis(an.article.id)
        assert got is not None and {e.id: e for e in an.events}.items() <= {e.id: e for e in got.events}.items()
        if store.dialect == db.SQLITE:
            assert compact.stored_table(store.conn, "events") == "event_rows"
            kept = store.conn.execute(
                "SELECT count(text), count(predicate), count(source_text), count(target_text) FROM event_rows"
                " WHERE article = (SELECT rowid FROM articles WHERE id = ?)", (an.article.id,)).fetchone()
            # stored: the mayor's sentence and an odd row's other text (the one ending past the text
            # is the text to its end: not stored), the source written otherwise, an odd row's source
            # NULL while its offsets are not (X''), an odd row's target with offsets the wrong way round
            assert tuple(kept) == (2, 0, 2, 1)
            assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
            # the store's own read path gives the view's rows in the view's order
            for art in (an.article, main_analysis().article):
                view = [dict(r) for r in store.conn.execute(
                    f"SELECT {', '.join(quoted(c) for c in WRITTEN)} FROM events WHERE article_id = ?"
                    " ORDER BY start, id", (art.id,))]
                # (the reader of schema 18 and later, which reads the confidences stored on the grid back)
                assert view and compact_events.GRID.read(store.conn, art.id, art.text) == view
        build_ledger(store)  # built again on the new layout: the same ledger
        assert _readings(store)["ledger_event_mentions"] == before["ledger_event_mentions"]


def test_the_store_writes_what_the_migration_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: the rows the store writes (``compact_columns``) are those the migration makes of
    the same events, byte for byte."""
    _at_old_version(str(tmp_path / "old.db"), monkeypatch)
    with Store(tmp_path / "old.db") as migrated, Store(tmp_path / "new.db") as new:
        new.add(main_analysis())
        new.add(_analysis())
        _odd_rows(new)
        plain = [c for c in compact_events.COLUMNS[1:] if c not in compact_events.LAYOUT.coded]
        codes = "".join(f", (SELECT word FROM event_codes WHERE code = e.{c})" for c in compact_events.LAYOUT.coded)
        rows = (f"SELECT a.id, {', '.join(f'e.{quoted(c)}, typeof(e.{quoted(c)})' for c in plain)}{codes}"
                " FROM event_rows e JOIN articles a ON a.rowid = e.article ORDER BY 1, 2")
        assert new.conn.execute(rows).fetchall() == migrated.conn.execute(rows).fetchall()
        assert _rows(new, "events", COLS) == _rows(migrated, "events", COLS)


def test_every_event_reads_back_as_stored(db_target: str) -> None:
    """Round trip, on both backends: the events of each analysis come back equal."""
    analyses = (_analysis(), main_analysis())
    with Store(db_target) as store:
        checked = 0
        for an in analyses:
            store.add(an)
            got = store.get_analysis(an.article.id)
            assert got is not None and sorted(got.events, key=lambda e: e.id) == sorted(an.events, key=lambda e: e.id)
            checked += len(got.events)
        assert checked == sum(len(an.events) for an in analyses) > 3


# an event's sentence as stored: NULL where the article holds it at the offsets
@pytest.mark.parametrize(("text", "start", "end", "stored"), [
    ("Gen\u00e8ve", 2, 8, None),  # the article's text at the offsets (after an accented letter)
    ("drones", TEXT.index("drones"), TEXT.index("drones") + 6, None),  # after an astral character
    ("Geneva", 2, 8, "Geneva"),  # other words: stored
    ("Gen\u00e8v", 2, 8, "Gen\u00e8v"),  # near miss: one character short of the offsets
    ("Gen\u00e8ve", 1, 7, "Gen\u00e8ve"),  # near miss: the offsets one character early
])
def test_a_text_is_stored_only_when_the_article_does_not_hold_it(
        tmp_path: Path, text: str, start: int, end: int, stored: Any) -> None:
    an = _analysis()
    with Store(tmp_path / "x.db") as store:
        store.add(an.replace(events=()))
        row = {c: None for c in WRITTEN} | {
            "id": "ev_0123456789ab", "article_id": an.article.id, "sentence": 0, "start": start, "end": end,
            "text": text, "plover": "ASSAULT", "predicate": TEXT[0], "predicate_start": 0, "predicate_end": 1,
            "modality": "asserted", "claimed_by": "outlet", "confidence": 1.0, "stance": "asserted", "extra": "{}"}
        python = compact_events.compact_values(store.conn, WRITTEN, [tuple(row[c] for c in WRITTEN)])
        assert python[0][compact_events.COLUMNS.index("text")] == stored
        with store.conn:  # the trigger's SQL stores the same
            store.conn.execute(f"INSERT INTO events({', '.join(quoted(c) for c in WRITTEN)})"
                               f" VALUES ({', '.join('?' * len(WRITTEN))})", [row[c] for c in WRITTEN])
        assert store.conn.execute("SELECT text FROM event_rows").fetchone()[0] == stored
        assert store.conn.execute("SELECT text FROM events").fetchone()[0] == text  # read back as given


@pytest.mark.parametrize(("event_id", "stored"), [
    ("ev_0123456789ab", 0x0123456789AB),  # as record_id makes them: the integer of its digits
    ("e_0123456789ab", "e_0123456789ab"),  # near miss: a one-letter prefix
    ("ev_0123456789AB", "ev_0123456789AB"),  # near miss: upper-case digits would not be written back
    ("ev-urge", "ev-urge"),  # another form: kept as given
])
def test_an_event_id_is_an_integer_only_when_the_view_writes_it_back_the_same(event_id: str, stored: Any) -> None:
    got = compact.id_key(event_id, "ev")
    assert got == stored and type(got) is type(stored)
    conn = sqlite3.connect(":memory:")
    assert conn.execute(f"SELECT {compact.id_key_sql('?1', 'ev')}", (event_id,)).fetchone()[0] == stored
    assert conn.execute(f"SELECT {compact.id_sql('?1', 'ev')}", (got,)).fetchone()[0] == event_id


def test_other_writers_write_the_view_and_its_children_keep_their_references(tmp_path: Path) -> None:
    """SQLite: INSERT, UPDATE and DELETE of events go to the table under it; an event of an
    article not stored, or without a type, fails as the table's constraints did; event_actors
    and ledger_event_mentions must name an event; deleting an event or its article deletes its
    actors and ledger mentions; an event that has them cannot be given another id."""
    an = _analysis()
    with Store(tmp_path / "x.db") as store:
        store.add(an.replace(events=()))
        c = store.conn
        with Store(tmp_path / "ref.db") as ref:
            ref.add(an)
            written = [tuple(r) for r in ref.conn.execute(f"SELECT {', '.join(quoted(x) for x in WRITTEN)} FROM events")]
            actors = [tuple(r) for r in ref.conn.execute("SELECT * FROM event_actors")]
        insert = f"INSERT INTO events({', '.join(quoted(x) for x in WRITTEN)}) VALUES ({', '.join('?' * len(WRITTEN))})"
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:  # no such event yet
            c.executemany("INSERT INTO event_actors VALUES (?, ?, ?)", actors)
        with c:
            c.executemany(insert, written)
            c.executemany("INSERT INTO event_actors VALUES (?, ?, ?)", actors)
        assert sorted(r[:-1] for r in _rows(store, "events", COLS)) == sorted(written) and len(actors) == 3
        with pytest.raises(sqlite3.IntegrityError), c:
            c.execute(insert, written[0])  # the same key again
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:
            c.execute(insert, ("ev_1", "nope", *written[0][2:]))
        at = WRITTEN.index("plover")
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"), c:
            c.execute(insert, ("ev_2", *written[0][1:at], None, *written[0][at + 1:]))
        struck, denied, urged = (e.id for e in an.events)
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:  # its actors name it
            c.execute("UPDATE events SET id = 'ev_x' WHERE id = ?", (struck,))
        with c:
            c.execute("UPDATE events SET stance = 'asserted', source_text = 'Kyiv' WHERE id = ?", (denied,))
            c.execute("DELETE FROM event_actors WHERE event_id = ?", (urged,))
            c.execute("UPDATE events SET id = 'ev_y' WHERE id = ?", (urged,))  # named by no actor row now
            c.execute("DELETE FROM events WHERE id = ?", (struck,))
        got = {r["id"]: (r["stance"], r["source_text"]) for r in c.execute("SELECT * FROM events")}
        assert set(got) == {denied, "ev_y"} and got[denied] == ("asserted", "Kyiv")
        assert [r[0] for r in c.execute("SELECT event_id FROM event_actors")] == [denied]  # struck's went with it
        with c:
            c.execute("DELETE FROM articles WHERE id = ?", (an.article.id,))
        assert [c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("event_rows", "event_actors")] == [0, 0]


def _plan(store: Store, sql: str, params: tuple[Any, ...] = ()) -> str:
    return " | ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


@pytest.mark.parametrize(("sql", "params", "served_by"), [
    ("SELECT record FROM events WHERE article_id = ? ORDER BY start", ("x",), "SEARCH e USING PRIMARY KEY (article=?)"),
    ("SELECT * FROM events WHERE id = ?", ("ev_0123456789ab",), "SEARCH e USING INDEX events_id (<expr>=?)"),
    ("SELECT e.record FROM ledger_event_mentions lem JOIN events e ON e.id = lem.event_id"
     " WHERE lem.ledger_event_id IN (?, ?)", ("a", "b"), "SEARCH e USING INDEX events_id (<expr>=?)"),
    ("SELECT count(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id WHERE ea.actor_id = ? AND ea.role = ?",
     ("state:UKR", "source"), "SEARCH e USING COVERING INDEX events_id (<expr>=?)"),
    ("SELECT MIN(date) FROM events WHERE date >= ?", ("2024",), "SEARCH e USING COVERING INDEX events_date (date>?)"),
    ("SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id WHERE a.rowid > ?", (0,),
     "SEARCH e USING PRIMARY KEY (article=?)"),
    (compact_events.CLAIMED_COUNT_SQL, ("state:UKR", "denied"), "USING COVERING INDEX events_claimed (claimed_by=? AND stance=?)"),
    (compact_events.TYPES_SQL, (10,), "SEARCH r USING COVERING INDEX events_plover (plover=?)"),
    # near miss: a whole read scans the table itself, not through an index (random reads)
    ("SELECT e.id, a.outlet FROM events e JOIN articles a ON a.id = e.article_id WHERE e.modality = ?",
     ("asserted",), "SCAN e |"),
])
def test_queries_of_the_view_are_served_by_the_key_or_an_index(
        tmp_path: Path, sql: str, params: tuple[Any, ...], served_by: str) -> None:
    with Store(tmp_path / "x.db") as store:
        store.add(_analysis())
        build_ledger(store)
        assert served_by in _plan(store, sql, params) + " |"


def test_listings_of_events_sort_by_date_then_id(db_target: str) -> None:
    """A view has no rowid: events of the same date are listed in the order of their ids, on
    both backends, filtered by actors from either role."""
    with Store(db_target) as store:
        store.add(_analysis())
        store.add(main_analysis())
        rows = query(store, "events", Filters(limit=100)).rows
        assert len(rows) == len(_analysis().events) + len(main_analysis().events)
        keys = [(r[1], r[0]) for r in rows]
        assert keys == sorted(sorted(keys, key=lambda k: k[1]), key=lambda k: k[0] or "", reverse=True)
        for actor, want in (("Ukraine", 2), ("the mayor", 1), ("Russia", 0)):
            assert len(query(store, "events", Filters(actor=actor)).rows) == want, actor


@pytest.mark.parametrize(("stored", "read"), [
    ("event_rows", "SCAN event_rows USING COVERING INDEX events_id"),  # the id index: a fifth of the pages
    ("mention_rows", "SCAN mention_rows"),  # near miss: its only index holds some rows (with an actor)
])
def test_the_ledger_counts_stored_rows_from_their_smallest_tree(tmp_path: Path, stored: str, read: str) -> None:
    with Store(tmp_path / "x.db") as store:
        store.add(_analysis())
        store.add(main_analysis())
        sql = compact.count_sql(stored)
        public = {"event_rows": "events", "mention_rows": "mentions"}[stored]
        want = store.conn.execute(f"SELECT COUNT(*) FROM {public}").fetchone()[0]
        assert store.conn.execute(sql).fetchone()[0] == want > 0
        assert _plan(store, sql) == read


def test_what_the_view_cannot_ask_of_an_index_is_asked_of_the_table_with_the_same_answer(tmp_path: Path) -> None:
    """SQLite: a claimant's denials (the actor profile) and the types a form offers, read from
    event_rows through their indexes, are what the view gives; without an event, none."""
    with Store(tmp_path / "x.db") as store:
        store.add(_analysis())
        store.add(main_analysis())
        c = store.conn
        cases = [("state:UKR", "denied", 1), ("state:UKR", "asserted", 0), ("person:mayor", "asserted", 1),
                 ("state:RUS", "denied", 0)]
        for claimant, stance, want in cases:
            view = c.execute("SELECT COUNT(*) FROM events WHERE claimed_by = ? AND stance = ?", (claimant, stance))
            assert c.execute(compact_events.CLAIMED_COUNT_SQL, (claimant, stance)).fetchone()[0] == want
            assert view.fetchone()[0] == want
        types = [r[0] for r in c.execute("SELECT DISTINCT plover FROM events ORDER BY 1")]
        assert [r[0] for r in c.execute(compact_events.TYPES_SQL, (300,))] == types and "REQUEST" in types
        assert [r[0] for r in c.execute(compact_events.TYPES_SQL, (1,))] == types[:1]
        with c:
            c.execute("DELETE FROM events")
        assert c.execute(compact_events.TYPES_SQL, (300,)).fetchall() == []  # its words stay coded, unused


@pytest.mark.parametrize(("version", "renders"), [
    (SCHEMA_VERSION, False),  # quotes and events views, figures' record a generated column
    (compact_events.VERSION - 1, False),  # near miss: events a table whose record is generated
    (6, True),  # record stored as a column (before migration 7): written as SQLite would compute it
])
def test_add_many_renders_record_text_only_where_the_database_stores_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: int, renders: bool) -> None:
    from newsledger.storage import rows

    rendered: list[str] = []
    real = rows.record_text
    monkeypatch.setattr(rows, "record_text", lambda table, row: rendered.append(table) or real(table, row))
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:version])
        m.setattr(migrations, "SCHEMA_VERSION", version)
        with Store(tmp_path / "x.db") as store:
            store.add_many([_analysis(), main_analysis()])
            assert store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 3 + len(main_analysis().events)
    assert ("events" in rendered) is renders and (len(rendered) > 5) is renders
