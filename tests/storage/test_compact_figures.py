"""Migration 14: figures, sentences and framing marks stored compactly in SQLite
(``storage.compact_figures``). Each public table gives the same columns and values as the table
it was (a version 13 database, events already compact, migrates and every row reads back the same,
``record`` included), other writers can still write it (triggers), the store writes the compact tables itself, the
queries that read them keep an index or the key, and the ledger builds the same tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import build_ledger
from newsledger.ledger.claims import load_figures
from newsledger.records import (
    Analysis,
    Article,
    Figure,
    FramingMark,
    Quote,
    Sentence,
    Span,
    record_id,
)
from newsledger.storage import compact, compact_figures, db, migrations
from newsledger.storage.ledger_schema import LEDGER_TABLES
from newsledger.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from newsledger.storage.query import Filters, query
from newsledger.storage.rows import TABLE_COLUMNS, quoted
from newsledger.storage.store import Store
from tests.builders import ledger_rules, main_analysis, second_analysis, third_analysis

TABLES = ("figures", "sentences", "framing")
BEFORE = compact_figures.VERSION - 1

# invented sentences, with characters outside ASCII (an accent, a character outside the Basic
# Multilingual Plane) before the figures
TEXT = ("\u00c0 Gen\u00e8ve \U0001F30D, the ministry said at least 12 people were killed. "
        "Nearly 300 families fled the district, a so-called security zone, aid groups said. "
        "Of the 12 dead, three were children.")


def _span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def _figure(art: Article, words: str, low: float, sentence: int, **kw: Any) -> Figure:
    s = _span(art.text, words)
    fid = kw.pop("fid", None) or record_id("fig", art.id, s.start, s.end)
    return Figure(fid, art.id, sentence, s.start, s.end, kw.pop("text", s.text), low, low, **kw)


def _analysis() -> Analysis:
    art = Article.create(TEXT, title="Toll", outlet="Wire", published="2024-05-02")
    ends = [TEXT.index(".") + 1, TEXT.index("said.", TEXT.index("Nearly")) + 5, len(TEXT)]
    sents = tuple(Sentence(i, 0, 0 if i == 0 else ends[i - 1] + 1, e) for i, e in enumerate(ends))
    content = _span(TEXT, "at least 12 people were killed")
    quote = Quote(record_id("q", art.id, content.start, content.end), art.id, 0, content.start, content.end,
                  "indirect", content, cue_lemma="say")
    whole = _figure(art, "at least 12 people", 12, 0, qualifier="at least", unit="people", measure="killed",
                    attribution="the ministry", quote_id=quote.id)
    zone = _span(TEXT, "a so-called security zone")
    return Analysis(article=art, sentences=sents, quotes=(quote,), figures=(
        whole,
        _figure(art, "Nearly 300 families", 300, 1, qualifier="nearly", unit="families", measure="displaced",
                attribution="aid groups", stance="uncertain"),
        # a part of the whole; written otherwise than the article has it: the text is stored
        _figure(art, "three were children", 3, 2, unit="children", measure="killed", part_of=whole.id,
                text="three were kids"),
        # an id of another form, kept as given
        _figure(art, "12 dead", 12, 2, measure="killed", fid="fig-other", kind="count"),
    ), framing=(
        FramingMark(record_id("fm", art.id, zone.start, zone.end), art.id, 1, zone.start, zone.end, zone.text,
                    "scare_quotes", voice="outlet"),
        FramingMark("fm-other", art.id, 1, zone.start + 2, zone.end, "so-called", "distancing",
                    note="a text the offsets do not hold", voice="source"),
    ))


def _rows(store: Store, table: str) -> list[tuple[Any, ...]]:
    cols = ", ".join(quoted(c) for c in (TABLE_COLUMNS[table] if table in TABLE_COLUMNS else store.columns(table)))
    return sorted((tuple(r) for r in store.conn.execute(f"SELECT {cols} FROM {table}")), key=repr)


def _odd_rows(store: Store) -> None:
    """Rows only another writer makes: a number as the id, a text past the article's end, a
    figure inserted without a stance (the column's default)."""
    aid = _analysis().article.id
    written = [c for c in TABLE_COLUMNS["figures"] if c not in ("record", "stance")]
    base = {c: None for c in written} | {"article_id": aid, "sentence": 0, "value_low": 1.0, "value_high": 1.0,
                                        "kind": "count", "attribution": "unattributed", "confidence": 1.0,
                                        "extra": "{}"}
    rows = [base | {"id": 7, "start": 2, "end": 8, "text": TEXT[2:8]},
            base | {"id": "fig_00000000000c", "start": len(TEXT) - 2, "end": len(TEXT) + 9, "text": TEXT[-2:]}]
    with store.conn:
        store.conn.executemany(f"INSERT INTO figures({', '.join(quoted(c) for c in written)})"
                               f" VALUES ({', '.join('?' * len(written))})", [tuple(r[c] for c in written) for r in rows])
        store.conn.execute("INSERT INTO sentences(article_id, idx, paragraph, start, \"end\") VALUES (?, 9, 1, 0, 2)",
                           (aid,))


def _at_version_13(target: str, monkeypatch: pytest.MonkeyPatch, *, ledger: bool = False) -> dict[str, Any]:
    with monkeypatch.context() as m:  # the newsledger of the schema version before
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:BEFORE])
        m.setattr(migrations, "SCHEMA_VERSION", BEFORE)
        with Store(target) as old:
            for an in (main_analysis(), second_analysis(), third_analysis(), _analysis()):
                old.add(an)
            if old.dialect == db.SQLITE and not ledger:
                _odd_rows(old)
            if ledger:
                build_ledger(old)
            assert old.schema_version() == BEFORE
            return _readings(old)


def _readings(store: Store) -> dict[str, Any]:
    out: dict[str, Any] = {t: _rows(store, t) for t in (*TABLES, *LEDGER_TABLES) if t != "ledger_state"}
    out["claim_ledger"] = sorted((tuple(r) for r in store.conn.execute("SELECT * FROM claim_ledger")), key=repr)
    return out


def test_a_version_13_database_migrates_and_every_row_reads_back_the_same(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _at_version_13(db_target, monkeypatch)
    with Store(db_target) as store:
        odd = 2 if store.dialect == db.SQLITE else 0
        assert len(before["figures"]) == 1 + 1 + 1 + len(_analysis().figures) + odd
        assert store.schema_version() == SCHEMA_VERSION >= compact_figures.VERSION
        now = _readings(store)
        assert [t for t in TABLES if now[t] != before[t]] == []  # every column, ``record`` included
        an = _analysis()
        got = store.get_analysis(an.article.id)
        assert got is not None and set(got.figures) >= set(an.figures) and set(got.framing) == set(an.framing)
        assert got.sentences[:3] == an.sentences
        if store.dialect == db.SQLITE:
            assert {t: compact.stored_table(store.conn, t) for t in TABLES} == {
                "figures": "figure_rows", "sentences": "sentence_rows", "framing": "framing_rows"}
            mine = " WHERE article = (SELECT rowid FROM articles WHERE id = ?)"
            kept = [store.conn.execute(f"SELECT count(text), count(*) FROM {t}{mine}", (an.article.id,)).fetchone()
                    for t in ("figure_rows", "framing_rows")]
            # stored: the kids' text (the odd row past the article's end has the text to its end:
            # not stored); the distancing mark's
            assert [tuple(k) for k in kept] == [(1, 6), (1, 2)]
            ids = {r[0] for r in store.conn.execute("SELECT id FROM figure_rows")}
            assert {type(i) for i in ids} == {int, str} and "fig-other" in ids and "7" in ids


def test_the_store_writes_what_the_migration_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite: the rows the store writes (``Layout.compact_columns``) are those migration 14
    makes of the same records, value for value and type for type."""
    _at_version_13(str(tmp_path / "old.db"), monkeypatch)
    with Store(tmp_path / "old.db") as migrated, Store(tmp_path / "new.db") as new:
        for an in (main_analysis(), second_analysis(), third_analysis(), _analysis()):
            new.add(an)
        _odd_rows(new)
        for layout in compact_figures.LAYOUTS.values():
            cols = ", ".join(f"r.{quoted(c)}, typeof(r.{quoted(c)})" if c not in layout.coded else
                             f"(SELECT word FROM {layout.codes} WHERE code = r.{quoted(c)})" for c in layout.COLUMNS[1:])
            sql = f"SELECT a.id, {cols} FROM {layout.physical} r JOIN articles a ON a.rowid = r.article ORDER BY 1, 2"
            assert new.conn.execute(sql).fetchall() == migrated.conn.execute(sql).fetchall(), layout.public
        assert [_rows(new, t) for t in TABLES] == [_rows(migrated, t) for t in TABLES]


# a figure's text as stored: NULL where the article holds it at the offsets
@pytest.mark.parametrize(("text", "start", "end", "stored"), [
    ("Gen\u00e8ve", 2, 8, None),  # the article's text at the offsets (after an accented letter)
    ("ministry", TEXT.index("ministry"), TEXT.index("ministry") + 8, None),  # after an astral character
    ("Geneva", 2, 8, "Geneva"),  # other words: stored
    ("Gen\u00e8v", 2, 8, "Gen\u00e8v"),  # near miss: one character short of the offsets
    ("Gen\u00e8ve", 1, 7, "Gen\u00e8ve"),  # near miss: the offsets one character early
])
def test_a_figure_text_is_stored_only_when_the_article_does_not_hold_it(
        tmp_path: Path, text: str, start: int, end: int, stored: Any) -> None:
    an = _analysis()
    with Store(tmp_path / "x.db") as store:
        store.add(an.replace(figures=()))
        written = compact_figures.FIGURES.written
        row = {c: None for c in written} | {
            "id": "fig_0123456789ab", "article_id": an.article.id, "sentence": 0, "start": start, "end": end,
            "text": text, "value_low": 1.0, "value_high": 1.0, "kind": "count", "attribution": "unattributed",
            "confidence": 1.0, "stance": "asserted", "extra": "{}"}
        python = compact_figures.FIGURES.compact_values(store.conn, written, [tuple(row[c] for c in written)])
        assert python[0][compact_figures.FIGURES.COLUMNS.index("text")] == stored
        with store.conn:  # the trigger's SQL stores the same
            store.conn.execute(f"INSERT INTO figures({', '.join(quoted(c) for c in written)})"
                               f" VALUES ({', '.join('?' * len(written))})", [row[c] for c in written])
        assert store.conn.execute("SELECT text FROM figure_rows").fetchone()[0] == stored
        assert store.conn.execute("SELECT text FROM figures").fetchone()[0] == text  # read back as given


@pytest.mark.parametrize(("prefix", "record", "stored"), [
    ("fig", "fig_0123456789ab", 0x0123456789AB),  # as record_id makes a figure's: its digits' integer
    ("fm", "fm_0123456789ab", 0x0123456789AB),  # a framing mark's
    ("fig", "fm_0123456789ab", "fm_0123456789ab"),  # near miss: another record's prefix
    ("fig", "fig_0123456789AB", "fig_0123456789AB"),  # near miss: upper-case digits (not written back so)
    ("fig", "fig_0123456789a", "fig_0123456789a"),  # near miss: a digit short
])
def test_an_id_with_a_longer_prefix_is_an_integer_only_when_the_view_writes_it_back_the_same(
        prefix: str, record: str, stored: Any) -> None:
    got = compact.id_key(record, prefix)
    assert got == stored and type(got) is type(stored)
    conn = sqlite3.connect(":memory:")
    assert conn.execute(f"SELECT {compact.id_key_sql('?1', prefix)}", (record,)).fetchone()[0] == stored
    assert conn.execute(f"SELECT {compact.id_sql('?1', prefix)}", (got,)).fetchone()[0] == record


def test_other_writers_write_the_views(tmp_path: Path) -> None:
    """SQLite: INSERT, UPDATE and DELETE of each view go to the table under it; a row of an
    article not stored, or a figure without text, fails as the table's constraints did; a figure
    without a stance takes the default; deleting an article deletes its rows."""
    an = _analysis()
    with Store(tmp_path / "x.db") as store, Store(tmp_path / "ref.db") as ref:
        store.add(an.replace(figures=(), framing=(), sentences=()))
        ref.add(an)
        c = store.conn
        for table in TABLES:
            written = compact_figures.LAYOUTS[table].written
            rows = [tuple(r) for r in ref.conn.execute(f"SELECT {', '.join(quoted(x) for x in written)} FROM {table}")]
            insert = f"INSERT INTO {table}({', '.join(quoted(x) for x in written)}) VALUES ({', '.join('?' * len(written))})"
            with c:
                c.executemany(insert, rows)
            assert _rows(store, table) == _rows(ref, table), table
            with pytest.raises(sqlite3.IntegrityError), c:
                c.execute(insert, rows[0])  # the same key again
            at = written.index("article_id")
            with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), c:
                c.execute(insert, (*rows[0][:at], "nope", *rows[0][at + 1:]))
        at = compact_figures.FIGURES.written.index("text")
        with pytest.raises(sqlite3.IntegrityError, match=r"NOT NULL constraint failed: figures\.text"), c:
            c.execute("INSERT INTO figures(id, article_id, sentence, start, \"end\", text, value_low, value_high,"
                      " kind, attribution, confidence) VALUES ('fig_1', ?, 0, 0, 1, NULL, 1, 1, 'count', 'x', 1)",
                      (an.article.id,))
        kids = an.figures[2].id
        with c:
            c.execute("INSERT INTO figures(id, article_id, sentence, start, \"end\", text, value_low, value_high,"
                      " kind, attribution, confidence) VALUES ('fig_x', ?, 0, 0, 1, 'x', 1, 1, 'count', 'x', 1)",
                      (an.article.id,))
            c.execute("UPDATE figures SET stance = 'denied', text = 'three children' WHERE id = ?", (kids,))
            c.execute("UPDATE sentences SET paragraph = 4 WHERE idx = 1")
            c.execute("DELETE FROM framing WHERE id = 'fm-other'")
        got = {r["id"]: (r["stance"], r["text"]) for r in c.execute("SELECT * FROM figures")}
        assert got["fig_x"][0] == "asserted" and got[kids] == ("denied", "three children")
        assert [r[0] for r in c.execute("SELECT paragraph FROM sentences ORDER BY idx")] == [0, 4, 0]
        assert [r[0] for r in c.execute("SELECT id FROM framing")] == [an.framing[0].id]
        with c:
            c.execute("DELETE FROM articles WHERE id = ?", (an.article.id,))
        assert [c.execute(f"SELECT count(*) FROM {t}_rows").fetchone()[0] for t in ("figure", "sentence", "framing")] == [0, 0, 0]


def _plan(store: Store, sql: str, params: tuple[Any, ...] = ()) -> str:
    return " ; ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_queries_of_the_views_use_the_key_and_the_indexes(tmp_path: Path) -> None:
    """An article's rows are read through the key, a measure or source actor through its index,
    a claim's figure through its article and id; a figure's sentence by its key, not every
    sentence of the store; no full read of figure_rows."""
    with Store(tmp_path / "x.db") as store:
        for an in (main_analysis(), second_analysis(), third_analysis()):
            store.add(an)
        build_ledger(store)
        by_article = [_plan(store, f"SELECT * FROM {t} WHERE article_id = ?", ("x",)) for t in TABLES]
        assert all("USING PRIMARY KEY (article=?)" in p for p in by_article), by_article
        measures = _plan(store, "SELECT DISTINCT measure FROM figures WHERE measure IS NOT NULL ORDER BY 1")
        assert "INDEX figures_measure" in measures
        assert "INDEX ledger_figures_attribution" in _plan(
            store, "SELECT COUNT(*) FROM figures WHERE attribution_actor_id = ?", ("x",))
        claims = _plan(store, "SELECT * FROM claim_ledger WHERE thread_id = ?", ("x",))
        assert "USING PRIMARY KEY (article=?)" in claims and "SCAN r" not in claims
        traced: list[str] = []
        store.conn.set_trace_callback(traced.append)
        figs = load_figures(store.conn, ledger_rules(), " AND a.id IN (?)", (main_analysis().article.id,))
        store.conn.set_trace_callback(None)
        assert [f.id for f in figs] == ["f_42"]
        plan = _plan(store, traced[0].replace(f"'{main_analysis().article.id}'", "?"), (main_analysis().article.id,))
        assert "MATERIALIZE" not in plan and "SCAN" not in plan, plan


def test_listings_of_figures_and_framing_sort_by_date_then_id(db_target: str) -> None:
    """A view has no rowid: figures and framing marks of the same date are listed in the order
    of their ids, on both backends."""
    with Store(db_target) as store:
        store.add(_analysis())
        store.add(main_analysis())
        listed = {kind: [(r[1], r[0]) for r in query(store, kind, Filters(limit=100)).rows]
                  for kind in ("figures", "framing")}
        assert {k: len(v) for k, v in listed.items()} == {
            k: len(getattr(_analysis(), k)) + len(getattr(main_analysis(), k)) for k in listed}
        assert listed == {k: sorted(sorted(v, key=lambda x: x[1]), key=lambda x: x[0] or "", reverse=True)
                          for k, v in listed.items()}


def test_the_ledger_builds_the_same_tables_after_the_migration(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _at_version_13(db_target, monkeypatch, ledger=True)
    assert before["claim_threads"] and before["claim_ledger"]
    with Store(db_target) as store:
        assert _readings(store) == before  # read through the views
        build_ledger(store)  # built again from the views
        assert _readings(store) == before


def test_a_claim_goes_with_its_figure(tmp_path: Path) -> None:
    """SQLite: the claims' table no longer names the view as a foreign key's parent (every write
    to it failed so), and deleting a figure, or its article, deletes its claim as the foreign
    key did; a figure without a claim deletes none."""
    with Store(tmp_path / "x.db") as store:
        for an in (main_analysis(), second_analysis(), third_analysis()):
            store.add(an)
        build_ledger(store)
        c = store.conn
        assert not [r for r in c.execute("PRAGMA foreign_key_list(claim_thread_claims)") if r[2] == "figures"]
        claims = {r[0] for r in c.execute("SELECT figure_id FROM claim_thread_claims")}
        assert {"f_42", "f2_45"} <= claims
        with c:
            c.execute("DELETE FROM figures WHERE id = 'f_42'")
            c.execute("DELETE FROM figures WHERE id = 'no-such-figure'")
            c.execute("DELETE FROM articles WHERE id = ?", (second_analysis().article.id,))
        assert {r[0] for r in c.execute("SELECT figure_id FROM claim_thread_claims")} == claims - {"f_42", "f2_45"}
