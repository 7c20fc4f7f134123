"""The store on both backends: each test runs on a SQLite file and on a PostgreSQL database
(``db_target``), plus what only one backend has (SQLite pragmas, PostgreSQL connections)."""

from __future__ import annotations

import json
import multiprocessing
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newsledger.batch import load_shards
from newsledger.errors import NewsledgerError, StoreError
from newsledger.records import Actor, Analysis, Article, Event, Failure, Mention, Quote, Span
from newsledger.storage import db, migrations, sqlite_io
from newsledger.storage import store as store_module
from newsledger.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from newsledger.storage.query import Filters, fts_to_tsquery, query
from newsledger.storage.record_json import record_text
from newsledger.storage.rows import RECORD_TABLES, TABLE_COLUMNS
from newsledger.storage.store import Store


def _analysis(text: str = "Iran said it would talk.", outlet: str = "Wire A",
              published: str | None = "2024-03-01", extra_actors: tuple[Actor, ...] = ()) -> Analysis:
    art = Article.create(text, title="T " + text[:10], outlet=outlet, published=published)
    iran = Actor("state:IRN", "Iran", "state", country="IRN", sectors=("GOV",))
    isr = Actor("state:ISR", "Israel", "state", country="ISR", sectors=("GOV",))
    span = Span(0, 4, text[:4])
    return Analysis(
        article=art,
        mentions=(Mention(f"m-{art.id}", art.id, 0, 0, 4, text[:4], "GPE", actor_id="state:IRN"),
                  Mention(f"m2-{art.id}", art.id, 0, 5, 9, text[5:9], "GPE", actor_id=None),
                  *(Mention(f"m-{a.id}-{art.id}", art.id, 0, 0, 4, text[:4], "ORG", actor_id=a.id)
                    for a in extra_actors)),
        actors=(*extra_actors, iran, isr),
        quotes=(Quote(f"q-{art.id}", art.id, 0, 0, len(text), "indirect", Span(10, 23, text[10:23]),
                      speaker=span, speaker_actor_id="state:IRN"),),
        events=(Event(f"e-{art.id}", art.id, 0, 0, len(text), text, "ACCUSE", Span(5, 9, text[5:9]),
                      source_actor_ids=("state:IRN",), target_actor_ids=("state:ISR",)),),
    )


def test_add_is_idempotent_and_round_trips(db_target: str) -> None:
    an = _analysis()
    with Store(db_target) as s:
        assert s.add(an).stored is True
        assert s.add(an).stored is False
        counts = s.counts()
        assert counts["articles"] == 1 and counts["quotes"] == 1 and counts["event_actors"] == 2
        back = s.get_analysis(an.article.id)
        assert back is not None
        assert back.article == an.article
        assert back.quotes == an.quotes and back.events == an.events
        assert back.mentions == an.mentions
        assert back.mentions[1].actor_id is None  # unresolved mention kept
        assert s.get_analysis(an.article.id[:6]) is not None  # unique prefix
        assert s.get_analysis("zzzz") is None
    with Store(db_target, readonly=True) as s:
        assert s.get_analysis(an.article.id) == back


def test_schema_version_and_foreign_keys(db_target: str) -> None:
    with Store(db_target) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        with pytest.raises(db.INTEGRITY_ERRORS):
            s.conn.execute("INSERT INTO mentions(id, article_id, sentence, start, \"end\", text, label,"
                           " kind, confidence) VALUES ('m','no-such-article',0,0,1,'x','X','name',1)")
        assert s.counts()["mentions"] == 0


def test_sqlite_settings(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        assert s.dialect == "sqlite"
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_newer_schema_is_refused(db_target: str) -> None:
    with Store(db_target) as s, s.conn:
        s.conn.execute("UPDATE meta SET value='999' WHERE key='schema_version'")
    with pytest.raises(StoreError, match="newer"):
        Store(db_target)


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


def test_postgres_missing_foreign_or_unreachable_database(postgres_db: str) -> None:
    base = postgres_db.rsplit("/", 1)[0]
    for readonly in (True, False):
        with pytest.raises(StoreError, match="database not found"):
            Store(base + "/no_such_database", readonly=readonly)
    conn = db.connect_postgres(postgres_db)
    conn.execute("CREATE TABLE t(x int)")
    conn.close()
    with pytest.raises(StoreError, match="not a newsledger database"):
        Store(postgres_db, readonly=True)
    from tests.pg import free_port

    with pytest.raises(StoreError, match="cannot connect"):
        Store(f"postgresql://nobody:secret@127.0.0.1:{free_port()}/x", timeout=2)


def test_password_stays_out_of_messages() -> None:
    assert db.display_name("postgresql://u:pw@db.example:5433/news") == "postgresql://u:***@db.example:5433/news"
    assert db.display_name("postgresql://u@h/news") == "postgresql://u@h/news"
    assert db.display_name("news.db") == "news.db"
    assert db.is_url("postgres://h/x") and db.is_url("POSTGRESQL://h/x")
    assert not db.is_url("postgresql.db") and not db.is_url(Path("postgresql://h/x"))


def test_readonly_store_refuses_writes(db_target: str) -> None:
    with Store(db_target) as s:
        s.add(_analysis())
    with Store(db_target, readonly=True) as s, pytest.raises(StoreError, match="read"):
        s.add(_analysis("Another article entirely."))
    with Store(db_target, readonly=True) as s:
        assert s.counts()["articles"] == 1


def test_failures_recorded_and_cleared_on_success(db_target: str) -> None:
    with Store(db_target) as s:
        s.add_failure(Failure("a.txt", "empty input"))
        s.add_failure(Failure("a.txt", "binary file"))
        assert [(f.source, f.reason) for f in s.failures()] == [("a.txt", "binary file")]
        an = _analysis()
        s.add(an.replace(article=an.article.replace(source_path="a.txt")))
        assert s.failures() == []


def test_fts_and_query_filters(db_target: str) -> None:
    with Store(db_target) as s:
        s.add(_analysis("Iran said it would talk about water.", outlet="Wire A", published="2024-03-01"))
        s.add(_analysis("Iran said it would talk about grain.", outlet="Herald B", published="2024-03-05"))
        assert len(query(s, "articles").rows) == 2
        assert len(query(s, "articles", Filters(text="grain")).rows) == 1
        assert len(query(s, "events", Filters(outlet="herald")).rows) == 1
        assert len(query(s, "events", Filters(country="ISR")).rows) == 2  # as target
        assert len(query(s, "events", Filters(country="FRA")).rows) == 0
        assert len(query(s, "quotes", Filters(actor="Iran")).rows) == 2
        assert len(query(s, "quotes", Filters(actor="iRaN")).rows) == 2  # LIKE ignores case
        assert len(query(s, "quotes", Filters(actor="Israel")).rows) == 0  # not a speaker
        assert len(query(s, "events", Filters(type="accuse", since="2024-03-02")).rows) == 1
        assert len(query(s, "events", Filters(until="2024-03-01")).rows) == 1
        assert len(query(s, "events", Filters(type="ASSAULT")).rows) == 0
        assert query(s, "actors").rows[0][1] == "Iran"
        page = query(s, "articles", Filters(limit=1, offset=1))
        assert len(page.rows) == 1
        # SQL in a filter value is data, not code
        assert query(s, "events", Filters(outlet="x' OR '1'='1")).rows == ()
        assert query(s, "events", Filters(actor="100%")).rows == ()


@pytest.mark.parametrize(("search", "expected"), [
    ("grain", {"grain"}),
    ("GRAIN", {"grain"}),  # case does not matter
    ("water OR grain", {"water", "grain"}),
    ("talk NOT water", {"grain", "rice"}),
    ("talk AND (water OR rice)", {"water", "rice"}),
    ('"talk about grain"', {"grain"}),
    ('"about talk"', set()),  # a phrase keeps its word order
    ("gra*", {"grain"}),
    ("Iran rice", {"rice"}),  # every term must match
    ("wheat", set()),
    ("gra\x00in", {"grain"}),  # a NUL character, which no text holds, is left out of the search
    ("\x00", {"water", "grain", "rice"}),  # ... and a search of NULs alone searches nothing
])
def test_full_text_search_syntax_on_both_backends(db_target: str, search: str, expected: set[str]) -> None:
    with Store(db_target) as s:
        for crop in ("water", "grain", "rice"):
            s.add(_analysis(f"Iran said it would talk about {crop}.", published="2024-03-01"))
        texts = {r[0]: r[1] for r in s.conn.execute("SELECT id, text FROM articles")}
        found = {texts[r[0]].rstrip(".").rsplit(" ", 1)[-1]
                 for r in query(s, "articles", Filters(text=search)).rows}
        assert found == expected


@pytest.mark.parametrize(("search", "tsquery"), [
    ("water", "'water'"),
    ("water grain", "'water' & 'grain'"),
    ('"rail line" fees', "('rail' <-> 'line') & 'fees'"),
    ("port* OR dock", "'port':* | 'dock'"),
    ("a NOT b", "'a' & ! 'b'"),
    ("(a OR b) c", "( 'a' | 'b' ) & 'c'"),
    ("it's", "'it''s'"),
    ('"unclosed phrase', "('unclosed' <-> 'phrase')"),
])
def test_fts5_syntax_as_tsquery(search: str, tsquery: str) -> None:
    assert fts_to_tsquery(search) == tsquery


@pytest.mark.parametrize("bad", ["(a OR b", "a OR b)", "a AND", "a OR ()"])
def test_fts5_syntax_errors_are_reported(bad: str) -> None:
    with pytest.raises(NewsledgerError, match="query failed"):
        fts_to_tsquery(bad)


def test_results_are_ordered_alike_with_missing_dates(db_target: str) -> None:
    with Store(db_target) as s:
        s.add(_analysis("Iran said it would talk about water.", published=None))
        s.add(_analysis("Iran said it would talk about grain.", published="2024-03-05"))
        s.add(_analysis("Iran said it would talk about rice.", published="2024-03-01"))
        rows = query(s, "articles").rows
        assert [r[1] for r in rows] == ["2024-03-05", "2024-03-01", None]  # undated last
        assert [an.article.published for an in s.iter_analyses()] == [None, "2024-03-01", "2024-03-05"]


# -- migrations ---------------------------------------------------------------------------------


def test_an_older_schema_is_upgraded_in_place(db_target: str, monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    """A database written by a newsledger with schema version 1 is upgraded when opened for
    writing: every migration since runs once, and nothing stored is lost or changed."""
    assert SCHEMA_VERSION >= 2
    an = _analysis("Iran said it would talk about water.")
    with monkeypatch.context() as m:  # the newsledger of schema version 1
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:1])
        m.setattr(migrations, "SCHEMA_VERSION", 1)
        # ... whose tables had no stance column (added by migration 4) nor the ACLED typology
        # of events (migration 5)
        # ... nor the span offsets and ``extra`` of migration 7, and wrote ``record`` itself
        later = ("stance", "acled_type", "acled_subtype", "scope", "extra", "cue_start", "cue_end",
                 "speaker_start", "speaker_end", "predicate_start", "predicate_end", "source_start",
                 "source_end", "target_start", "target_end")
        m.setattr(store_module, "TABLE_COLUMNS", {t: tuple(c for c in cols if c not in later)
                                                  for t, cols in TABLE_COLUMNS.items()})
        with Store(db_target) as old:
            assert old.schema_version() == 1
            old.add(an)
            old.add_failure(Failure("bad.txt", "empty input"))
            stored = old.get_analysis(an.article.id)
            before = {t: sorted(map(str, map(_comparable, old.table_rows(t)))) for t in RECORD_TABLES}
            with pytest.raises(db.ERRORS):
                old.conn.execute("SELECT COUNT(*) FROM loaded_shards")
    with Store(db_target, readonly=True) as ro:  # read-only: left as it is
        assert ro.schema_version() == 1
        assert ro.get_analysis(an.article.id) is not None
    with Store(db_target) as s:
        assert s.schema_version() == SCHEMA_VERSION
        rows = {t: list(s.table_rows(t)) for t in RECORD_TABLES}
        # migration 7: every record reads as its columns give it, the same text on both backends
        texts = [(r["record"], record_text(t, r)) for t in ("quotes", "figures", "events") for r in rows[t]]
        assert texts and all(stored == computed for stored, computed in texts)
        stances = [r.pop("stance") for t in ("quotes", "figures", "events") for r in rows[t]]
        assert stances and set(stances) == {"asserted"}  # migration 4's default
        acled = [r.pop(c) for r in rows["events"] for c in ("acled_type", "acled_subtype", "scope")]
        assert acled and set(acled) == {None}  # migration 6: none until analysed again
        # migration 7: the offsets of the spans, from each stored record
        quote, speaker = rows["quotes"][0], an.quotes[0].speaker
        assert speaker is not None and [quote[c] for c in ("speaker_start", "speaker_end", "cue_start")] == [
            speaker.start, speaker.end, None]
        assert rows["events"][0]["predicate_start"] == an.events[0].predicate.start
        for t in RECORD_TABLES:
            for r in rows[t]:
                for c in later[4:]:
                    r.pop(c, None)
        after = {t: sorted(map(str, map(_comparable, rows[t]))) for t in RECORD_TABLES}
        assert after == before
        assert stored is not None and s.get_analysis(an.article.id) == stored
        assert len(query(s, "articles", Filters(text="water")).rows) == 1
        assert s.conn.execute("SELECT COUNT(*) FROM loaded_shards").fetchone()[0] == 0  # added by v2
        (tmp_path / "shards" / "_done").mkdir(parents=True)
        assert load_shards(tmp_path / "shards", s).shards == 0
    with Store(db_target) as again:  # up to date: nothing more to do
        assert again.schema_version() == SCHEMA_VERSION


def _comparable(row: dict[str, Any]) -> dict[str, Any]:
    """A row with its ``record`` read as JSON (computed in SQLite: the same JSON, written compact)."""
    return {**row, "record": json.loads(row["record"])} if "record" in row else row


def test_sqlite_file_of_the_first_release_is_upgraded(tmp_path: Path) -> None:
    """A file as the first release wrote it (its whole schema in one script) opens and upgrades."""
    path = tmp_path / "v1.db"
    con = sqlite3.connect(path)
    con.executescript(MIGRATIONS[0].sqlite)
    con.execute("INSERT INTO meta(key, value) VALUES ('schema_version', '1')")
    con.commit()
    con.close()
    with Store(path) as s:
        assert s.schema_version() == SCHEMA_VERSION
        assert s.add(_analysis()).stored


def test_every_migration_has_both_dialects() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS and all(m.sqlite.strip() and m.postgresql.strip() and m.description
                              for m in MIGRATIONS)
    assert 'COLLATE "C"' in MIGRATIONS[0].postgresql and "tsvector" in MIGRATIONS[0].postgresql
    assert "fts5" in MIGRATIONS[0].sqlite and "fts5" not in MIGRATIONS[0].postgresql


# -- concurrent writers -------------------------------------------------------------------------

def _side_articles(side: int, n: int) -> list[Analysis]:
    """What one of two writers stores: article k names two actors new to the database, which
    the other writer's article k names too, in the opposite order; every fourth article is the
    same in both."""
    out = []
    for k in range(n):
        pair = (Actor(f"org:{k}:x", f"Org {k} X", "organization", country="IRN"),
                Actor(f"org:{k}:y", f"Org {k} Y", "organization", country="ISR"))
        if k % 4 == 0:
            out.append(_analysis(f"Iran said it would talk about shared item {k}.", extra_actors=pair))
        else:
            text = f"Iran said it would talk about item {k} of writer {side}."
            out.append(_analysis(text, extra_actors=pair if side == 0 else pair[::-1]))
    return out


def _writer(target: str, side: int, n: int, barrier: object, results: object) -> None:
    """One process: open the store when the other does, then store its articles."""
    analyses = _side_articles(side, n)
    barrier.wait()  # type: ignore[attr-defined]
    try:
        with Store(target) as s:
            stored = sum(s.add(an).stored for an in analyses)
        results.put(("ok", stored))  # type: ignore[attr-defined]
    except Exception as exc:
        results.put(("error", repr(exc)))  # type: ignore[attr-defined]


def test_two_processes_write_overlapping_articles_at_once(db_target: str) -> None:
    """Two writers on one new database at once, with overlapping articles and actors shared in
    opposite orders: no error, no deadlock, every article and actor stored once."""
    n = 60
    shared = len(range(0, n, 4))
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(db_target, side, n, barrier, results)) for side in (0, 1)]
    try:
        for p in procs:
            p.start()
        outcomes = [results.get(timeout=180) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        assert [p.exitcode for p in procs] == [0, 0]
    finally:
        for p in procs:
            if p.is_alive():
                p.kill()
    assert [o[0] for o in outcomes] == ["ok", "ok"], outcomes
    articles = 2 * n - shared
    assert sum(o[1] for o in outcomes) == articles  # each article stored by exactly one of them
    with Store(db_target, readonly=True) as s:
        counts = s.counts()
        assert counts["articles"] == articles
        assert counts["actors"] == 2 * n + 2
        assert counts["mentions"] == articles * 4
        assert counts["event_actors"] == articles * 2
        assert s.schema_version() == SCHEMA_VERSION


# -- the commands take a path or a URL ------------------------------------------------------------


def test_commands_read_either_backend(db_target: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from newsledger.cli import cli

    with Store(db_target) as s:
        an = _analysis("Iran said it would talk about grain.")
        s.add(an)
        s.add(_analysis("Iran said it would talk about water.", outlet="Herald B"))
    runner = CliRunner()
    res = runner.invoke(cli, ["summary", "--db", db_target])
    assert res.exit_code == 0, res.output
    assert re.search(r"articles\s*│\s*2\s*│", res.stdout), res.stdout
    res = runner.invoke(cli, ["show", an.article.id[:8], "--db", db_target, "--json"])
    assert res.exit_code == 0, res.output
    assert '"grain' in res.stdout or "grain." in res.stdout
    res = runner.invoke(cli, ["query", "articles", "--db", db_target, "--text", "grain", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert [r["id"] for r in json.loads(res.stdout)] == [an.article.id]
    res = runner.invoke(cli, ["query", "events", "--db", db_target, "--outlet", "herald", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.strip().splitlines()) == 2
    res = runner.invoke(cli, ["export", "--db", db_target, "--format", "csv", "--out", str(tmp_path / "csv")])
    assert res.exit_code == 0, res.output
    assert len((tmp_path / "csv" / "articles.csv").read_text().strip().splitlines()) == 3
    res = runner.invoke(cli, ["show", "zzzz", "--db", db_target])
    assert res.exit_code == 2 and "no single article" in res.stderr


def test_commands_report_an_unreachable_server_clearly() -> None:
    from click.testing import CliRunner

    from newsledger.cli import cli
    from tests.pg import free_port

    url = f"postgresql://reader:hunter2@127.0.0.1:{free_port()}/news"
    res = CliRunner().invoke(cli, ["summary", "--db", url])
    assert res.exit_code == 2
    assert "cannot connect" in res.stderr and "hunter2" not in res.stderr and "***" in res.stderr


def test_add_many_stores_a_batch_in_one_transaction(db_target: str) -> None:
    """A batch: the new articles stored with all their records, the known ones left as they
    are, an article given twice stored once; the result in the order given."""
    first, second, third = (_analysis(f"Iran said talk number {i} went well.") for i in range(3))
    with Store(db_target) as s:
        assert s.add(first).stored
        s.add_failure(Failure(source="in/b.txt", reason="empty"))
        second = Analysis(article=Article.create(second.article.text, source_path="in/b.txt"),
                          mentions=(), actors=second.actors)
        results = s.add_many([first, second, third, third])
        assert [(r.article_id, r.stored) for r in results] == [
            (first.article.id, False), (second.article.id, True), (third.article.id, True),
            (third.article.id, False)]
        counts = s.counts()
        assert counts["articles"] == 3 and counts["quotes"] == 2 and counts["event_actors"] == 4
        assert counts["actors"] == 2  # shared actors stored once
        assert s.failures() == []  # the source stored now: its failure is cleared
        assert s.get_analysis(third.article.id) == Store(db_target, readonly=True).get_analysis(third.article.id)
        assert s.add_many([]) == []


def test_add_many_is_all_or_nothing(db_target: str) -> None:
    """One article whose rows cannot be written: nothing of the batch is stored, and the
    error names the batch."""
    good = _analysis("Iran said the first talk went well.")
    bad = _analysis("Iran said the second talk went well.")
    broken = Mention("m-broken", bad.article.id, 0, 0, 4, None, "GPE")  # type: ignore[arg-type]
    bad = Analysis(article=bad.article, mentions=(broken,))
    with Store(db_target) as s:
        with pytest.raises(StoreError, match=r"cannot write 2 articles \("):
            s.add_many([good, bad])
        assert s.counts()["articles"] == 0 and s.counts()["mentions"] == 0
        assert [r.stored for r in s.add_many([good])] == [True]


def test_batched_load_equals_one_shard_per_transaction(db_target: str, tmp_path: Path) -> None:
    """Shards loaded several to a transaction give the same rows as one per transaction; a
    re-run loads nothing; a shard already loaded is left out of a batch."""
    from newsledger.batch import process_shard
    from newsledger.batch.shards import SHARD_TABLES, _load_groups
    from newsledger.config import Settings

    class Fake:
        def analyze_many(self, items, n_process=None):  # type: ignore[no-untyped-def]
            for item in items:
                yield item if isinstance(item, Failure) else _analysis(item.text)

    src, out = tmp_path / "in", tmp_path / "shards"
    src.mkdir()
    for i in range(7):  # 1, 2, 3, 1, 2, 3, 1 articles; shard 2 with a broken line
        lines = [json.dumps({"text": f"Iran said talk {i}.{j} went well."}) for j in range(i % 3 + 1)]
        (src / f"s{i}.jsonl").write_text("\n".join(lines) + ("\n{broken\n" if i == 2 else "\n"))
    for p in sorted(src.iterdir()):
        process_shard(str(p), str(out), Settings(), Fake())  # type: ignore[arg-type]
    keys = sorted(p.name[:-5] for p in (out / "_done").iterdir())
    assert [len(g) for g in _load_groups(out / "_done", keys, 4)] == [2, 2, 1, 2]
    assert [len(g) for g in _load_groups(out / "_done", keys, 1)] == [1] * 7
    cols = {t: [c for c in TABLE_COLUMNS[t] if c not in ("analysed_at", "failed_at", "end", "group")]
            for t in SHARD_TABLES}

    def rows(s: Store) -> dict[str, list[str]]:
        return {t: sorted(repr(tuple(r)) for r in s.conn.execute(f"SELECT {', '.join(cols[t])} FROM {t}"))
                for t in SHARD_TABLES}

    def wipe(s: Store) -> None:
        for t in ("event_actors", "mentions", "quotes", "events", "sentences", "figures", "framing",
                  "failures", "articles", "actors", "loaded_shards"):
            s.conn.execute(f"DELETE FROM {t}")

    with Store(db_target) as s:
        one = load_shards(out, s, batch_articles=1)
        assert (one.shards, one.articles_new) == (7, 13)
        expected = rows(s)
        assert len(expected["failures"]) == 1 and len(expected["articles"]) == 13
        wipe(s)
        batched = load_shards(out, s, batch_articles=4)
        assert (batched.shards, batched.shards_skipped, batched.articles_new) == (7, 0, 13)
        assert rows(s) == expected
        again = load_shards(out, s, batch_articles=4)
        assert (again.shards_skipped, again.articles_new) == (7, 0)
        wipe(s)
        s.conn.execute("INSERT INTO loaded_shards(shard, loaded_at) VALUES (?, '2024-03-01T00:00:00+00:00')", (keys[2],))
        partial = load_shards(out, s)  # shard 2 (3 articles) counts as loaded: not loaded again
        assert (partial.shards_skipped, partial.articles_new) == (1, 10)


@pytest.mark.parametrize(("writable_dir", "wal_file", "immutable"), [
    # a database in a directory this process cannot write to (a read-only mount, another user's
    # files) is read as immutable: SQLite could not make the shared-memory file of a WAL database
    (False, False, True),
    # negative: a writable directory, the usual read-only connection
    (True, False, False),
    # near miss: a write under way (a -wal file) is never read as immutable
    (False, True, False),
])
def test_a_read_only_store_in_a_directory_it_cannot_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writable_dir: bool, wal_file: bool, immutable: bool
) -> None:
    import os

    path = tmp_path / "n.db"
    Store(path).close()
    if wal_file:
        (tmp_path / "n.db-wal").write_bytes(b"")
    real_access = os.access
    monkeypatch.setattr(sqlite_io.os, "access",
                        lambda p, mode: writable_dir if Path(p) == tmp_path else real_access(p, mode))
    uris: list[str] = []
    real_connect = sqlite3.connect

    def connect(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        uris.append(database)
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_module.sqlite3, "connect", connect)
    with Store(path, readonly=True) as ro:
        assert ro.schema_version() is not None
    assert len(uris) == 1 and uris[0].startswith("file:") and "mode=ro" in uris[0]
    assert ("immutable=1" in uris[0]) == immutable


def _indexes(s: Store) -> set[tuple[str, str, str]]:
    return {(r[0], r[1], r[2]) for r in s.conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}


def test_indexes_built_after_a_bulk_transaction_into_a_small_store(tmp_path: Path) -> None:
    """SQLite: a transaction adding at least half as many articles as are stored drops the
    tables' secondary indexes and creates them again before its commit (the same indexes,
    the same answers); one adding fewer leaves them; outside a transaction, on PostgreSQL's
    absent dialect or with nothing to add, nothing happens."""
    with Store(tmp_path / "a.db") as s:
        before = _indexes(s)
        # schema 10: the actor index of mentions is on the table that stores them
        mentions = {name for name, table, _ in before if table == "mention_rows"}
        assert mentions == {"mentions_actor"}
        with s.indexes_built_after(["mentions"], 10) as rebuilt:  # no transaction begun
            assert not rebuilt
        with s.conn:
            s.conn.execute("INSERT INTO loaded_shards(shard, loaded_at) VALUES ('x', 'now')")
            with s.indexes_built_after(["mentions"], 0) as rebuilt:
                assert not rebuilt
            with s.indexes_built_after(["mentions", "events"], 1) as rebuilt:
                assert rebuilt
                left = _indexes(s)
                # schema 13: the id index of event_rows stays, the triggers that check event_actors'
                # events read it (without it each row written there would read the whole table)
                assert {name for name, table, _ in left if table in ("mention_rows", "event_rows")} == {"events_id"}
                assert {name for name, table, _ in left if table == "quote_rows"}  # not asked: kept
                s.add_many([_analysis(f"Iran said talk {i} went well.") for i in range(3)])
        assert _indexes(s) == before
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        plan = " ".join(r[-1] for r in s.conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM mentions WHERE actor_id = 'state:IRN'"))
        assert "mentions_actor" in plan
        assert s.conn.execute("SELECT count(*) FROM mentions WHERE actor_id = 'state:IRN'").fetchone()[0] == 3
        with s.conn:  # 3 articles stored: a transaction of 1 (< 3 / 2) keeps its indexes
            s.conn.execute("INSERT INTO loaded_shards(shard, loaded_at) VALUES ('y', 'now')")
            with s.indexes_built_after(["mentions"], 1) as rebuilt:
                assert not rebuilt
                assert _indexes(s) == before


def test_indexes_dropped_for_a_bulk_transaction_come_back_when_it_fails(tmp_path: Path) -> None:
    """An error inside the transaction rolls the drop back with the rows."""
    with Store(tmp_path / "a.db") as s:
        before = _indexes(s)
        with pytest.raises(RuntimeError), s.conn:
            s.conn.execute("INSERT INTO loaded_shards(shard, loaded_at) VALUES ('x', 'now')")
            with s.indexes_built_after(["mentions", "quotes"], 5) as rebuilt:
                assert rebuilt and _indexes(s) != before
                raise RuntimeError("stop")
        assert _indexes(s) == before
        assert s.conn.execute("SELECT count(*) FROM loaded_shards").fetchone()[0] == 0


def test_insert_columns_stores_none_as_null_in_every_column_type(tmp_path: Path) -> None:
    """SQLite: a None of a column (bound as NaN, which SQLite never stores) reads back as
    NULL, in TEXT, INTEGER and REAL columns, whether the whole column or a few of its values
    are None; a real NaN of a REAL column is NULL too, as SQLite has always stored it; a NOT
    NULL column given None fails as it would have."""
    with Store(tmp_path / "a.db") as s, s.conn:
        art = _analysis("Iran said the talk went well.").article
        s.add_many([_analysis("Iran said the talk went well.")])
        cols = ("id", "article_id", "sentence", "start", "end", "text", "plover", "mode", "quad_class",
                "goldstein", "predicate", "modality", "claimed_by", "confidence", "extra")
        data = [["e1", "e2", "e3"], [art.id] * 3, [0, 0, 0], [0, 1, 2], [4, 5, 6], ["a", "b", "c"],
                ["ACCUSE"] * 3, [None, "verbal", None], [None, None, None], [None, 2.5, float("nan")],
                ["p", "p", "p"], ["asserted"] * 3, ["outlet"] * 3, [0.5, 0.5, 0.5], ["{}"] * 3]
        assert s.insert_columns("events", cols, data) == 3
        rows = s.conn.execute("SELECT id, typeof(mode), mode, typeof(quad_class), typeof(goldstein), goldstein"
                              " FROM events WHERE id IN ('e1', 'e2', 'e3') ORDER BY id").fetchall()
        assert [tuple(r) for r in rows] == [("e1", "null", None, "null", "null", None),
                                            ("e2", "text", "verbal", "null", "real", 2.5),
                                            ("e3", "null", None, "null", "null", None)]
        assert json.loads(s.conn.execute("SELECT record FROM events WHERE id = 'e1'").fetchone()[0])["mode"] is None
        data[5] = ["d", None, "f"]  # text is NOT NULL
        data[0] = ["e4", "e5", "e6"]
        with pytest.raises(sqlite3.IntegrityError, match="NOT NULL"):
            s.insert_columns("events", cols, data)
