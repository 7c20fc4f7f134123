"""Migration 10: mentions stored compactly in SQLite (``storage.compact``). The public
``mentions`` gives the same columns and values as the table it was (a version 9 database
migrates and every row reads back the same), other writers can still write it (triggers),
and the store writes the compact table itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsledger.records import Actor, Analysis, Article, Mention, record_id
from newsledger.storage import compact, db, migrations
from newsledger.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from newsledger.storage.rows import TABLE_COLUMNS, quoted
from newsledger.storage.store import Store
from tests.builders import main_analysis

COLS = ", ".join(quoted(c) for c in TABLE_COLUMNS["mentions"])

# invented sentences, with parties from several sides, and characters outside ASCII (accents,
# a combining mark, a character outside the Basic Multilingual Plane) before the mentions
TEXT = ("Les ministres d\u2019Isra\u00ebl et de Palestine se sont parl\u00e9 \U0001F30D \u00e0 Gen\u00e8ve. "
        "The Russian army and Ukrainian officials met in Zu\u0308rich; Hamas and the IDF were absent.")


def _mention(art: Article, word: str, label: str, actor: str | None, *, kind: str = "name",
             mid: str | None = None, text: str | None = None, confidence: float = 1.0) -> Mention:
    start = art.text.index(word)
    end = start + len(word)
    return Mention(mid or record_id("m", art.id, start, end), art.id, 0, start, end,
                   word if text is None else text, label, actor_id=actor, kind=kind,  # type: ignore[arg-type]
                   confidence=confidence)


def _analysis() -> Analysis:
    art = Article.create(TEXT, title="Talks", outlet="Wire", published="2024-05-02")
    actors = tuple(Actor(i, n, "state", country=c) for i, n, c in (
        ("state:ISR", "Israel", "ISR"), ("state:PSE", "Palestine", "PSE"), ("state:RUS", "Russia", "RUS"),
        ("state:UKR", "Ukraine", "UKR"), ("org:HAMAS", "Hamas", "PSE"), ("org:IDF", "IDF", "ISR")))
    mentions = (
        _mention(art, "Isra\u00ebl", "GPE", "state:ISR"),
        _mention(art, "Palestine", "GPE", "state:PSE", confidence=0.75),
        _mention(art, "Gen\u00e8ve", "GPE", None, confidence=0.4),  # after the astral character
        _mention(art, "Russian army", "NOMINAL", "state:RUS", kind="nominal"),
        _mention(art, "Ukrainian officials", "NOMINAL", "state:UKR", kind="demonym"),
        _mention(art, "Zu\u0308rich", "GPE", None),  # a combining mark: two characters
        _mention(art, "Hamas", "ORG", "org:HAMAS", mid="m-hamas"),  # an id of another form, kept as given
        _mention(art, "IDF", "ORG", "org:IDF", text="Israel Defense Forces"),  # not the article's text
    )
    return Analysis(article=art, mentions=mentions, actors=actors)


def _mentions(store: Store) -> list[tuple[Any, ...]]:
    return sorted((tuple(r) for r in store.conn.execute(f"SELECT {COLS} FROM mentions")), key=repr)


def _at_version_9(target: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    with monkeypatch.context() as m:  # the newsledger of schema version 9
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:9])
        m.setattr(migrations, "SCHEMA_VERSION", 9)
        with Store(target) as old:
            old.add(main_analysis())
            old.add(_analysis())
            assert old.schema_version() == 9
            return _mentions(old)


def test_a_version_9_database_migrates_and_every_mention_reads_back_the_same(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _at_version_9(db_target, monkeypatch)
    assert len(before) == len(main_analysis().mentions) + len(_analysis().mentions)
    with Store(db_target) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 10
        assert _mentions(store) == before
        got = store.get_analysis(_analysis().article.id)
        assert got is not None and got.mentions == tuple(sorted(_analysis().mentions, key=lambda m: (m.start, m.id)))
        if store.dialect == db.SQLITE:  # the text held once, in the article, where it is the same
            mine = " FROM mention_rows WHERE article = (SELECT rowid FROM articles WHERE id = ?)"
            aid = (_analysis().article.id,)
            stored = dict(store.conn.execute("SELECT typeof(id), count(*)" + mine + " GROUP BY 1", aid).fetchall())
            assert stored == {"integer": len(_analysis().mentions) - 1, "text": 1}
            texts = [r[0] for r in store.conn.execute("SELECT text" + mine + " AND text IS NOT NULL", aid)]
            assert texts == ["Israel Defense Forces"]
            # the ledger counts the table under the view (its marker of what changed): the same counts
            assert compact.stored_table(store.conn, "mentions") == "mention_rows"
            assert compact.stored_table(store.conn, "articles") is None  # a table stored as it is
            counts = [store.conn.execute(q).fetchone()[0] for q in (
                "SELECT COUNT(*) FROM mention_rows", "SELECT COUNT(*) FROM mentions",
                "SELECT COUNT(*) FROM mention_rows WHERE article > 1",
                "SELECT COUNT(*) FROM mentions WHERE article_id IN (SELECT id FROM articles WHERE rowid > 1)")]
            assert counts[0] == counts[1] == len(before) and counts[2] == counts[3] == len(_analysis().mentions)
            # the store's own read path (``get_analysis``) gives the view's rows in the view's order
            for art in (_analysis().article, main_analysis().article):
                view = [tuple(r) for r in store.conn.execute(
                    'SELECT id, sentence, start, "end", text, label, kind, confidence, actor_id FROM mentions'
                    " WHERE article_id = ? ORDER BY start, id", (art.id,))]
                assert view and compact.read_mentions(store.conn, art.id, art.text) == view


def test_the_store_writes_what_the_migration_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: the rows the store writes (``compact_values``) are those migration 10 makes of
    the same mentions, byte for byte."""
    _at_version_9(str(tmp_path / "old.db"), monkeypatch)
    with Store(tmp_path / "old.db") as migrated, Store(tmp_path / "new.db") as new:
        new.add(main_analysis())
        new.add(_analysis())
        rows = "SELECT a.id, m.id, typeof(m.id), m.sentence, m.start, m.\"end\", m.text, l.word, k.word," \
               " m.confidence, ac.id FROM mention_rows m JOIN articles a ON a.rowid = m.article" \
               " JOIN mention_codes l ON l.code = m.label JOIN mention_codes k ON k.code = m.kind" \
               " LEFT JOIN actors ac ON ac.rowid = m.actor ORDER BY 1, 2"
        assert new.conn.execute(rows).fetchall() == migrated.conn.execute(rows).fetchall()
        assert _mentions(new) == _mentions(migrated)


@pytest.mark.parametrize(("mention_id", "stored"), [
    ("m_0123456789ab", 0x0123456789AB),  # as record_id makes them: the integer of its digits
    ("m_000000000000", 0),
    ("m_ffffffffffff", 0xFFFFFFFFFFFF),
    ("m-hamas", "m-hamas"),  # another form: kept as given
    ("m_0123456789AB", "m_0123456789AB"),  # near misses: upper-case digits,
    ("m_0123456789a", "m_0123456789a"),  # 11 digits,
    ("m_0123456789abc", "m_0123456789abc"),  # 13 digits,
    ("x_0123456789ab", "x_0123456789ab"),  # another prefix
    ("123", "123"),  # digits only: text, not a number
])
def test_an_id_is_stored_as_an_integer_only_when_the_view_writes_it_back_the_same(
        mention_id: str, stored: Any) -> None:
    conn = sqlite3.connect(":memory:")
    got = compact.id_key(mention_id)
    assert got == stored and type(got) is type(stored)
    sql = conn.execute(f"SELECT {compact.id_key_sql('?1')}", (mention_id,)).fetchone()[0]
    assert sql == stored and type(sql) is type(stored)
    shown = conn.execute("SELECT CASE WHEN typeof(?1) = 'integer' THEN printf('m_%012x', ?1) ELSE ?1 END",
                         (got,)).fetchone()[0]
    assert shown == mention_id


def test_other_writers_write_the_view(tmp_path: Path) -> None:
    """SQLite: INSERT, UPDATE and DELETE of mentions go to the table under it; a mention of an
    article not stored, or without a text, fails as the table's constraints did; deleting an
    article deletes its mentions."""
    an = _analysis()
    with Store(tmp_path / "x.db") as store:
        store.add(an.replace(mentions=()))
        c = store.conn
        marks = ", ".join("?" * len(TABLE_COLUMNS["mentions"]))
        written = [tuple(m.id if c == "id" else getattr(m, c) for c in TABLE_COLUMNS["mentions"]) for m in an.mentions]
        with c:
            c.executemany(f"INSERT INTO mentions({COLS}) VALUES ({marks})", written)
        assert _mentions(store) == sorted(written, key=repr)
        assert c.execute("SELECT count(*) FROM mention_rows WHERE text IS NOT NULL").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError), c:
            c.execute(f"INSERT INTO mentions({COLS}) VALUES ({marks})", written[0])  # the same key again
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:
            c.execute(f"INSERT INTO mentions({COLS}) VALUES ({marks})", ("m_1", "nope", *written[0][2:]))
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"), c:
            c.execute(f"INSERT INTO mentions({COLS}) VALUES ({marks})", ("m_2", an.article.id, 0, 0, 3, None,
                                                                         "GPE", "name", 1.0, None))
        with c:
            c.execute("UPDATE mentions SET label = 'NORP', text = 'Palestinian' WHERE id = ?", (an.mentions[1].id,))
            c.execute("DELETE FROM mentions WHERE id = ?", (an.mentions[0].id,))
        got = {r["id"]: (r["label"], r["text"]) for r in c.execute("SELECT * FROM mentions")}
        assert len(got) == len(written) - 1 and an.mentions[0].id not in got
        assert got[an.mentions[1].id] == ("NORP", "Palestinian")
        for change in ("DELETE FROM actors WHERE id = 'state:PSE'", "UPDATE actors SET id = 'x' WHERE id = 'state:PSE'"):
            with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:  # an actor mentions name
                c.execute(change)
        with c:
            c.execute("UPDATE actors SET name = 'State of Palestine' WHERE id = 'state:PSE'")  # not its id
            c.execute("DELETE FROM articles WHERE id = ?", (an.article.id,))
            c.execute("DELETE FROM actors WHERE id = 'state:PSE'")  # named by no mention now
        assert c.execute("SELECT count(*) FROM mention_rows").fetchone()[0] == 0


def test_the_store_refuses_a_mention_without_text_or_article(tmp_path: Path) -> None:
    an = _analysis()
    with Store(tmp_path / "x.db") as store:
        store.add(an.replace(mentions=()))
        row = {c: getattr(an.mentions[0], c) for c in TABLE_COLUMNS["mentions"]}
        for bad, error in (({"text": None}, "NOT NULL"), ({"article_id": "nope"}, "FOREIGN KEY"),
                           ({"actor_id": "state:NOPE"}, "FOREIGN KEY")):
            with pytest.raises(sqlite3.IntegrityError, match=error), store.conn:
                store.insert_rows("mentions", [{**row, **bad}])
        with store.conn:
            assert store.insert_rows("mentions", [row]) == 1
        assert _mentions(store) == [tuple(row.values())]


def test_vacuum_keeps_the_rowids_the_rows_follow(tmp_path: Path) -> None:
    """SQLite: the rows of mention_rows hold the rowids of their article and actor; VACUUM keeps
    them (even with gaps left by deleted rows), so every mention reads back the same."""
    with Store(tmp_path / "x.db") as store:
        for i in range(6):  # several articles, some deleted: rowids with gaps
            an = _analysis()
            art = Article.create(an.article.text + f" ({i})", outlet="Wire")
            store.add(an.replace(article=art, mentions=tuple(m.replace(article_id=art.id) for m in an.mentions)))
        with store.conn:
            store.conn.execute("DELETE FROM articles WHERE rowid IN (1, 4)")
        before = _mentions(store)
        assert len(before) == 4 * len(_analysis().mentions)
        store.conn.execute("VACUUM")
        assert _mentions(store) == before
        plans = {q: " ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + q, p))
                 for q, p in (("SELECT count(*) FROM mentions WHERE actor_id = ?", ("state:ISR",)),
                              # an IN list with a comparison (see ``query``): an IN list alone scans
                              ("SELECT * FROM mentions WHERE actor_id IN (?, ?) AND actor_id >= ''",
                               ("state:ISR", "org:IDF")),
                              ("SELECT * FROM mentions WHERE article_id = ?", ("x",)))}
        assert [("mentions_actor (actor=?)" in p, "PRIMARY KEY (article=?)" in p) for p in plans.values()] == [
            (True, False), (True, False), (False, True)]
