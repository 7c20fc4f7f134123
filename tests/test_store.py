from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsledger.errors import StoreError
from newsledger.query import Filters, query
from newsledger.records import Actor, Analysis, Article, Event, Failure, Mention, Quote, Span
from newsledger.store import SCHEMA_VERSION, Store


def _analysis(text: str = "Iran said it would talk.", outlet: str = "Wire A",
              published: str = "2024-03-01") -> Analysis:
    art = Article.create(text, title="T " + text[:10], outlet=outlet, published=published)
    iran = Actor("state:IRN", "Iran", "state", country="IRN", sectors=("GOV",))
    isr = Actor("state:ISR", "Israel", "state", country="ISR", sectors=("GOV",))
    span = Span(0, 4, text[:4])
    return Analysis(
        article=art,
        mentions=(Mention(f"m-{art.id}", art.id, 0, 0, 4, text[:4], "GPE", actor_id="state:IRN"),
                  Mention(f"m2-{art.id}", art.id, 0, 5, 9, text[5:9], "GPE", actor_id=None)),
        actors=(iran, isr),
        quotes=(Quote(f"q-{art.id}", art.id, 0, 0, len(text), "indirect", Span(10, 23, text[10:23]),
                      speaker=span, speaker_actor_id="state:IRN"),),
        events=(Event(f"e-{art.id}", art.id, 0, 0, len(text), text, "ACCUSE", Span(5, 9, text[5:9]),
                      source_actor_ids=("state:IRN",), target_actor_ids=("state:ISR",)),),
    )


def test_add_is_idempotent_and_round_trips(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    an = _analysis()
    with Store(db) as s:
        assert s.add(an).stored is True
        assert s.add(an).stored is False
        counts = s.counts()
        assert counts["articles"] == 1 and counts["quotes"] == 1 and counts["event_actors"] == 2
        back = s.get_analysis(an.article.id)
        assert back is not None
        assert back.article == an.article
        assert back.quotes == an.quotes and back.events == an.events
        assert back.mentions[1].actor_id is None  # unresolved mention kept
        assert s.get_analysis(an.article.id[:6]) is not None  # unique prefix
        assert s.get_analysis("zzzz") is None


def test_schema_settings(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        with pytest.raises(sqlite3.IntegrityError):
            s.conn.execute("INSERT INTO mentions(id, article_id, sentence, start, \"end\", text, label,"
                           " kind, confidence) VALUES ('m','no-such-article',0,0,1,'x','X','name',1)")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with Store(db) as s, s.conn:
        s.conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="newer"):
        Store(db)


def test_readonly_open_of_missing_or_foreign_db(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not found"):
        Store(tmp_path / "missing.db", readonly=True)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(StoreError, match="not a newsledger database"):
        Store(other, readonly=True)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError):
        Store(junk)


def test_failures_recorded_and_cleared_on_success(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        s.add_failure(Failure("a.txt", "empty input"))
        s.add_failure(Failure("a.txt", "binary file"))
        assert [(f.source, f.reason) for f in s.failures()] == [("a.txt", "binary file")]
        an = _analysis()
        s.add(an.replace(article=an.article.replace(source_path="a.txt")))
        assert s.failures() == []


def test_fts_and_query_filters(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        s.add(_analysis("Iran said it would talk about water.", outlet="Wire A", published="2024-03-01"))
        s.add(_analysis("Iran said it would talk about grain.", outlet="Herald B", published="2024-03-05"))
        assert len(query(s, "articles").rows) == 2
        assert len(query(s, "articles", Filters(text="grain")).rows) == 1
        assert len(query(s, "events", Filters(outlet="herald")).rows) == 1
        assert len(query(s, "events", Filters(country="ISR")).rows) == 2  # as target
        assert len(query(s, "events", Filters(country="FRA")).rows) == 0
        assert len(query(s, "quotes", Filters(actor="Iran")).rows) == 2
        assert len(query(s, "quotes", Filters(actor="Israel")).rows) == 0  # not a speaker
        assert len(query(s, "events", Filters(type="accuse", since="2024-03-02")).rows) == 1
        assert len(query(s, "events", Filters(until="2024-03-01")).rows) == 1
        assert len(query(s, "events", Filters(type="ASSAULT")).rows) == 0
        assert query(s, "actors").rows[0][1] == "Iran"
        page = query(s, "articles", Filters(limit=1, offset=1))
        assert len(page.rows) == 1
        # SQL in a filter value is data, not code
        assert query(s, "events", Filters(outlet="x' OR '1'='1")).rows == ()
