"""Migration 11: quotes stored compactly in SQLite (``storage.compact_quotes``). The public
``quotes`` gives the same columns and values as the table it was, ``record`` included (a
version 10 database migrates and every row reads back the same), other writers can still write
it (triggers), the store writes the compact table itself, and the listings that sorted by its
rowid sort by its id."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger.profiles import in_table_order, outlet_rows, source_rows
from newsledger.records import Actor, Analysis, Article, Quote, Span, record_id
from newsledger.storage import compact, compact_quotes, db, migrations
from newsledger.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from newsledger.storage.query import Filters, query
from newsledger.storage.rows import TABLE_COLUMNS, quoted
from newsledger.storage.store import Store
from tests.builders import main_analysis

COLS = ", ".join(quoted(c) for c in TABLE_COLUMNS["quotes"])
WRITTEN = [c for c in TABLE_COLUMNS["quotes"] if c != "record"]

# invented sentences, with speakers from several sides, and characters outside ASCII (accents, a
# character outside the Basic Multilingual Plane) before the quotes
TEXT = ("\u00c0 Gen\u00e8ve \U0001F30D, the Israeli minister said: \u201cThe talks will go on.\u201d "
        "A Hamas official denied that the crossing was closed. "
        "Ukraine's envoy told reporters the Russian side \u201chad not answered\u201d, he said.")


def _span(art: Article, words: str, text: str | None = None) -> Span:
    start = art.text.index(words)
    return Span(start, start + len(words), words if text is None else text)


def _quote(art: Article, content: str, cue: str | None, speaker: str | None, actor: str | None, **kw: Any) -> Quote:
    c = _span(art, content)
    qid = kw.pop("qid", None) or record_id("q", art.id, c.start, c.end, kw.get("kind", "direct"))
    return Quote(qid, art.id, kw.pop("sentence", 0), c.start, c.end, kw.pop("kind", "direct"),
                 kw.pop("content_span", c), cue=_span(art, cue) if cue else None, cue_lemma=kw.pop("lemma", None),
                 speaker=kw.pop("speaker_span", None) or (_span(art, speaker) if speaker else None),
                 speaker_actor_id=actor, **kw)


def _analysis() -> Analysis:
    art = Article.create(TEXT, title="Talks", outlet="Wire", published="2024-05-02")
    actors = tuple(Actor(i, n, "state", country=c) for i, n, c in (
        ("state:ISR", "Israel", "ISR"), ("org:HAMAS", "Hamas", "PSE"), ("state:UKR", "Ukraine", "UKR"),
        ("state:RUS", "Russia", "RUS")))
    outer = _quote(art, "The talks will go on.", "said", "the Israeli minister", "state:ISR", lemma="say",
                   confidence=0.9)
    return Analysis(article=art, actors=actors, quotes=(
        outer,
        _quote(art, "the crossing was closed", "denied", "A Hamas official", "org:HAMAS", kind="indirect",
               lemma="deny", stance="denied", sentence=1),
        # a speaker written otherwise than the article has it: the text is stored
        _quote(art, "the Russian side \u201chad not answered\u201d", "told", "Ukraine's envoy", "state:UKR",
               kind="indirect", lemma="tell", sentence=2,
               speaker_span=_span(art, "Ukraine's envoy", "Ukraine\u2019s envoy")),
        # nested in the one before, no cue or speaker; an id of another form, kept as given
        _quote(art, "had not answered", None, None, None, kind="partial", sentence=2, qid="q-nested",
               parent_id=record_id("q", art.id, 0, 0, "x"), confidence=0.5),
    ))


def _quotes(store: Store) -> list[tuple[Any, ...]]:
    return sorted((tuple(r) for r in store.conn.execute(f"SELECT {COLS} FROM quotes")), key=repr)


def _odd_rows(store: Store) -> None:
    """Rows only another writer makes: a cue NULL while its offsets are not, a content that is not
    the article's text at its offsets, offsets outside the text, and a number as the id."""
    aid = _analysis().article.id
    marks = ", ".join("?" * len(WRITTEN))
    base = {c: None for c in WRITTEN} | {"article_id": aid, "sentence": 0, "start": 0, "end": 5, "kind": "direct",
                                        "paragraph": 0, "confidence": 1.0, "stance": "asserted", "extra": "{}"}
    rows = [base | {"id": "q_00000000000a", "content_start": 2, "content_end": 8, "content": TEXT[2:8],
                    "cue_start": 3, "cue_end": 4},
            base | {"id": "q_00000000000b", "content_start": 2, "content_end": 8, "content": "Gen\u00e8ve!"},
            base | {"id": "q_00000000000c", "content_start": len(TEXT) - 2, "content_end": len(TEXT) + 9,
                    "content": TEXT[-2:], "speaker": "they", "speaker_start": 1, "speaker_end": 0},
            base | {"id": 12, "content_start": 0, "content_end": 1, "content": TEXT[0]}]
    with store.conn:
        store.conn.executemany(f"INSERT INTO quotes({', '.join(quoted(c) for c in WRITTEN)}) VALUES ({marks})",
                               [tuple(r[c] for c in WRITTEN) for r in rows])


def _at_version_10(target: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    with monkeypatch.context() as m:  # the newsledger of schema version 10
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:10])
        m.setattr(migrations, "SCHEMA_VERSION", 10)
        with Store(target) as old:
            old.add(main_analysis())
            old.add(_analysis())
            if old.dialect == db.SQLITE:  # PostgreSQL keeps its table: no layout to try
                _odd_rows(old)
            assert old.schema_version() == 10
            return _quotes(old)


def test_a_version_10_database_migrates_and_every_quote_reads_back_the_same(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _at_version_10(db_target, monkeypatch)
    with Store(db_target) as store:
        odd = 4 if store.dialect == db.SQLITE else 0
        assert len(before) == len(main_analysis().quotes) + len(_analysis().quotes) + odd
        assert store.schema_version() == SCHEMA_VERSION >= 11
        assert _quotes(store) == before  # every column, ``record`` included
        an = _analysis()
        got = store.get_analysis(an.article.id)
        assert got is not None and {q.id: q for q in got.quotes} == {q.id: q for q in an.quotes} | {
            q.id: q for q in got.quotes if q.id not in {x.id for x in an.quotes}}
        if store.dialect == db.SQLITE:
            assert compact.stored_table(store.conn, "quotes") == "quote_rows"
            mine = " FROM quote_rows WHERE article = (SELECT rowid FROM articles WHERE id = ?)"
            kept = store.conn.execute("SELECT count(content), count(cue), count(speaker)" + mine,
                                      (an.article.id,)).fetchone()
            # stored: one odd row's content (the other ends past the text: the text to its end), the
            # cue NULL while its offsets are not (X''), the envoy's speaker and an odd row's
            assert tuple(kept) == (1, 1, 2)
            # the store's own read path gives the view's rows in the view's order
            for art in (an.article, main_analysis().article):
                view = [dict(r) for r in store.conn.execute(
                    f"SELECT {', '.join(quoted(c) for c in WRITTEN)} FROM quotes WHERE article_id = ?"
                    " ORDER BY start, id", (art.id,))]
                assert view and compact_quotes.read_quotes(store.conn, art.id, art.text) == view


def test_the_store_writes_what_the_migration_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: the rows the store writes (``compact_columns``) are those migration 11 makes of
    the same quotes, byte for byte."""
    _at_version_10(str(tmp_path / "old.db"), monkeypatch)
    with Store(tmp_path / "old.db") as migrated, Store(tmp_path / "new.db") as new:
        new.add(main_analysis())
        new.add(_analysis())
        _odd_rows(new)
        cols = ", ".join(f"q.{quoted(c)}, typeof(q.{quoted(c)})" for c in compact_quotes.COLUMNS[1:]
                         if c not in (*compact_quotes.CODED, "speaker_actor"))
        rows = (f"SELECT a.id, {cols}, k.word, l.word, s.word, ac.id FROM quote_rows q"
                " JOIN articles a ON a.rowid = q.article JOIN quote_codes k ON k.code = q.kind"
                " JOIN quote_codes s ON s.code = q.stance LEFT JOIN quote_codes l ON l.code = q.cue_lemma"
                " LEFT JOIN actors ac ON ac.rowid = q.speaker_actor ORDER BY 1, 2")
        assert new.conn.execute(rows).fetchall() == migrated.conn.execute(rows).fetchall()
        assert _quotes(new) == _quotes(migrated)


# a span's text as stored: NULL where the article holds it at the offsets
@pytest.mark.parametrize(("text", "start", "end", "stored"), [
    ("Gen\u00e8ve", 2, 8, None),  # the article's text at the offsets (after an accented letter)
    ("minister", TEXT.index("minister"), TEXT.index("minister") + 8, None),  # after an astral character
    ("Geneva", 2, 8, "Geneva"),  # other words: stored
    ("Gen\u00e8v", 2, 8, "Gen\u00e8v"),  # near miss: one character short of the offsets
    ("Gen\u00e8ve", 1, 7, "Gen\u00e8ve"),  # near miss: the offsets one character early
    (None, 2, 8, b""),  # no text though offsets: the empty BLOB no text equals
    (None, None, None, None),  # no span at all
])
def test_a_cue_is_stored_only_when_the_article_does_not_hold_it(
        tmp_path: Path, text: Any, start: Any, end: Any, stored: Any) -> None:
    an = _analysis()
    with Store(tmp_path / "x.db") as store:
        store.add(an.replace(quotes=()))
        row = {c: None for c in WRITTEN} | {
            "id": "q_0123456789ab", "article_id": an.article.id, "sentence": 0, "start": 0, "end": 9, "kind": "direct",
            "paragraph": 0, "content_start": 0, "content_end": 1, "content": TEXT[0], "confidence": 1.0,
            "stance": "asserted", "extra": "{}", "cue": text, "cue_start": start, "cue_end": end}
        python = compact_quotes.compact_values(store.conn, WRITTEN, [tuple(row[c] for c in WRITTEN)])
        assert python[0][compact_quotes.COLUMNS.index("cue")] == stored
        with store.conn:  # the trigger's SQL stores the same
            store.conn.execute(f"INSERT INTO quotes({', '.join(quoted(c) for c in WRITTEN)})"
                               f" VALUES ({', '.join('?' * len(WRITTEN))})", [row[c] for c in WRITTEN])
        assert store.conn.execute("SELECT cue FROM quote_rows").fetchone()[0] == stored
        assert store.conn.execute("SELECT cue FROM quotes").fetchone()[0] == text  # read back as given


@pytest.mark.parametrize(("quote_id", "stored"), [
    ("q_0123456789ab", 0x0123456789AB),  # as record_id makes them: the integer of its digits
    ("m_0123456789ab", "m_0123456789ab"),  # near miss: a mention's prefix
    ("q-nested", "q-nested"),  # another form: kept as given
    ("7", "7"),  # digits: text
])
def test_a_quote_id_is_an_integer_only_when_the_view_writes_it_back_the_same(quote_id: str, stored: Any) -> None:
    got = compact.id_key(quote_id, "q")
    assert got == stored and type(got) is type(stored)
    conn = sqlite3.connect(":memory:")
    shown = conn.execute(f"SELECT {compact.id_sql('?1', 'q')}", (got,)).fetchone()[0]
    assert shown == quote_id


def test_other_writers_write_the_view(tmp_path: Path) -> None:
    """SQLite: INSERT, UPDATE and DELETE of quotes go to the table under it; a quote of an
    article not stored, or without content, fails as the table's constraints did; deleting an
    article deletes its quotes; an actor a quote names cannot be deleted or renamed."""
    an = _analysis()
    with Store(tmp_path / "x.db") as store:
        store.add(an.replace(quotes=()))
        c = store.conn
        with Store(tmp_path / "ref.db") as ref:
            ref.add(an)
            written = [tuple(r) for r in ref.conn.execute(f"SELECT {', '.join(quoted(x) for x in WRITTEN)} FROM quotes")]
        marks = ", ".join("?" * len(WRITTEN))
        insert = f"INSERT INTO quotes({', '.join(quoted(x) for x in WRITTEN)}) VALUES ({marks})"
        with c:
            c.executemany(insert, written)
        assert sorted(r[:-1] for r in _quotes(store)) == sorted(written)
        with pytest.raises(sqlite3.IntegrityError), c:
            c.execute(insert, written[0])  # the same key again
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:
            c.execute(insert, ("q_1", "nope", *written[0][2:]))
        at = WRITTEN.index("content")
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"), c:
            c.execute(insert, ("q_2", *written[0][1:at], None, *written[0][at + 1:]))
        hamas = an.quotes[1].id
        with c:
            c.execute("UPDATE quotes SET stance = 'asserted', speaker = 'Hamas' WHERE id = ?", (hamas,))
            c.execute("DELETE FROM quotes WHERE id = ?", (an.quotes[0].id,))
        got = {r["id"]: (r["stance"], r["speaker"]) for r in c.execute("SELECT * FROM quotes")}
        assert len(got) == len(written) - 1 and an.quotes[0].id not in got
        assert got[hamas] == ("asserted", "Hamas")
        for change in ("DELETE FROM actors WHERE id = 'org:HAMAS'", "UPDATE actors SET id = 'x' WHERE id = 'org:HAMAS'"):
            with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:  # a quote's speaker
                c.execute(change)
        with c:
            c.execute("DELETE FROM articles WHERE id = ?", (an.article.id,))
            c.execute("DELETE FROM actors WHERE id = 'org:HAMAS'")  # named by no quote now
        assert c.execute("SELECT count(*) FROM quote_rows").fetchone()[0] == 0


def test_queries_of_the_view_use_the_key_and_the_speaker_index(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as store:
        store.add(_analysis())
        plans = {q: " ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + q, p))
                 for q, p in (("SELECT * FROM quotes WHERE article_id = ?", ("x",)),
                              ("SELECT count(*) FROM quotes WHERE speaker_actor_id = ?", ("state:ISR",)),
                              ("SELECT * FROM quotes WHERE speaker_actor_id IN (?, ?) AND speaker_actor_id >= ''",
                               ("state:ISR", "org:HAMAS")))}
        assert [("quotes_speaker (speaker_actor=?)" in p, "PRIMARY KEY (article=?)" in p) for p in plans.values()] == [
            (False, True), (True, False), (True, False)]


def test_listings_of_quotes_sort_by_date_then_id(db_target: str) -> None:
    """A view has no rowid: quotes of the same date are listed in the order of their ids, on
    both backends, filtered by speakers from either side."""
    with Store(db_target) as store:
        store.add(_analysis())
        store.add(main_analysis())
        rows = query(store, "quotes", Filters(limit=100)).rows
        assert len(rows) == len(_analysis().quotes) + len(main_analysis().quotes)
        keys = [(r[1], r[0]) for r in rows]
        assert keys == sorted(sorted(keys, key=lambda k: k[1]), key=lambda k: k[0] or "", reverse=True)
        for actor, want in (("Hamas", 1), ("Israel", 1), ("Ukraine", 1), ("Russia", 0)):
            assert len(query(store, "quotes", Filters(actor=actor)).rows) == want, actor


def test_the_profiles_count_quotes_in_the_table_under_the_view(tmp_path: Path) -> None:
    """SQLite: the whole-store counts of each outlet's quotes and speakers read quote_rows
    (``in_table_order``); the same counts as through the view (the path of an incremental update,
    by article)."""
    with Store(tmp_path / "x.db") as store:
        store.add(_analysis())
        store.add(main_analysis())
        whole = outlet_rows(store.conn)
        assert "quote_rows" in in_table_order(store.conn, "SELECT a.outlet, COUNT(*) FROM quotes q"
                                                          " JOIN articles a ON a.id = q.article_id WHERE 1 = 1")
        by_article = outlet_rows(store.conn, " AND {col} IN (SELECT id FROM articles WHERE rowid > ?)", (0,))
        assert whole == by_article and sum(r[8] for r in whole) == len(_analysis().quotes) + len(main_analysis().quotes)
        # whom each outlet quotes: the same read from quote_rows (a speaker text cut from the article)
        sources = source_rows(store.conn)
        assert sources == source_rows(store.conn, " AND {col} IN (SELECT id FROM articles WHERE rowid > ?)", (0,))
        assert {(r[1], r[2]) for r in sources if r[3]} >= {("state:ISR", "Israel"), ("org:HAMAS", "Hamas")}
