"""Loading batch shards (``load_shards``): what it stores is what ``Store.add_many`` stores for
the same analyses, column for column, on both backends, however the shards are split into
transactions and parts; shards of an older layout load the same."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsledger.batch import load_shards, process_shard
from newsledger.batch import shards as shards_module
from newsledger.config import Settings
from newsledger.errors import StoreError
from newsledger.records import Actor, Analysis, Article, Failure, Mention
from newsledger.storage import sqlite_io
from newsledger.storage.rows import TABLES
from newsledger.storage.store import Store
from tests.builders import main_analysis, second_analysis, third_analysis

# written when a row is stored: not the same in two stores filled at different times
VOLATILE = {"analysed_at", "failed_at", "loaded_at"}


def _many_mentions(n: int) -> Analysis:
    """An article with ``n`` mentions of shared actors (more rows than one INSERT holds)."""
    text = "The officials said that the talks with the other side would go on for a week. " * (n // 10 + 1)
    art = Article.create(text, title="Many", outlet="Wire M", published="2024-05-01")
    actors = tuple(Actor(f"X{i}", f"Actor {i}", "person", source="dictionary") for i in range(7))
    mentions = tuple(Mention(f"mm-{art.id}-{i}", art.id, 0, 6 * i, 6 * i + 5, text[6 * i:6 * i + 5], "PERSON",
                             actor_id=actors[i % 7].id if i % 3 else None) for i in range(n))
    return Analysis(article=art, mentions=mentions, actors=actors)


def _analyses() -> list[Analysis]:
    return [main_analysis(), second_analysis(), third_analysis(), _many_mentions(130)]


class _Fake:
    """Stands in for the pipeline: the analysis whose article has the text read."""

    def __init__(self, analyses: list[Analysis]) -> None:
        self.by_text = {an.article.text.strip(): an for an in analyses}

    def analyze_many(self, items: Any, n_process: int | None = None) -> Any:
        for item in items:
            yield item if isinstance(item, Failure) else self.by_text[item.text.strip()]


def _write_shards(folder: Path, analyses: list[Analysis]) -> Path:
    """One shard per analysis, then one repeating the first two; a broken line in the last."""
    src, out = folder / "in", folder / "shards"
    src.mkdir()
    groups = [[an] for an in analyses] + [analyses[:2]]
    for i, group in enumerate(groups):
        lines = [json.dumps({"text": an.article.text}) for an in group]
        (src / f"s{i}.jsonl").write_text("\n".join(lines) + ("\n{broken\n" if i == len(groups) - 1 else "\n"))
    for p in sorted(src.iterdir()):
        process_shard(str(p), str(out), Settings(), _Fake(analyses))  # type: ignore[arg-type]
    return out


def _table_rows(store: Store, table: str) -> list[tuple[Any, ...]]:
    """Every row of a table with every column (SQLite's computed ``record`` too) but the
    times of writing, ordered by key."""
    cols = [c for c in store.columns(table) if c not in VOLATILE]
    key = ", ".join(f'"{k}"' for k in TABLES[table].key)
    names = ", ".join(f'"{c}"' for c in cols)
    return [tuple(r) for r in store.conn.execute(f"SELECT {names} FROM {table} ORDER BY {key}")]


TABLES_COMPARED = ("articles", "actors", "sentences", "mentions", "quotes", "figures", "events",
                   "event_actors", "framing")


# (2000, 1): one transaction of many parts, more than there are reader threads
@pytest.mark.parametrize("batch_articles, part_articles", [(2000, 200), (3, 2), (1, 1), (2000, 1)])
def test_load_stores_what_add_many_stores(db_target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          batch_articles: int, part_articles: int) -> None:
    analyses = _analyses()
    out = _write_shards(tmp_path, analyses)
    monkeypatch.setattr(shards_module, "_PART_ARTICLES", part_articles)
    monkeypatch.setattr(sqlite_io, "ROWS_PER_STATEMENT", 50)  # the mentions take several statements
    if part_articles == 1:  # more parts than reader threads: the read-ahead is topped up
        from newsledger.batch.shards import _READERS, _parts

        assert len(_parts([f"s{i}" for i in range(len(analyses))], {})) > _READERS
    with Store(db_target) as s:
        report = load_shards(out, s, batch_articles=batch_articles)
        assert (report.shards, report.articles_new) == (len(analyses) + 1, len(analyses))
        loaded = {t: _table_rows(s, t) for t in TABLES_COMPARED}
        failures = [r[0] for r in s.conn.execute("SELECT reason FROM failures")]
        for t in ("event_actors", "mentions", "quotes", "events", "sentences", "figures", "framing",
                  "failures", "articles", "actors", "loaded_shards"):
            s.conn.execute(f"DELETE FROM {t}")
        assert all(r.stored for r in s.add_many(analyses))
        added = {t: _table_rows(s, t) for t in TABLES_COMPARED}
    checked = 0
    for t in TABLES_COMPARED:
        assert loaded[t] == added[t], t
        checked += len(added[t])
    # the many mentions span several INSERT statements; every table was compared
    assert len(loaded["mentions"]) > 130 and checked > len(loaded["mentions"]) + 20
    assert len(failures) == 1


def test_a_transaction_is_read_in_parts_growing_from_a_small_first_one() -> None:
    """The first part (read before anything can be written) is small, each next one half as
    large again, up to the part size; every shard once, in order; a larger shard is a part alone."""
    from newsledger.batch.shards import _parts

    keys = [f"s{i:03d}" for i in range(100)]
    parts = _parts(keys, dict.fromkeys(keys, 10))
    assert [len(p) * 10 for p in parts] == [20, 30, 40, 60, 100, 150, 200, 200, 200]
    assert [k for p in parts for k in p] == keys
    assert _parts(["a", "b", "c"], {"a": 5000, "b": 1, "c": 1}) == [["a"], ["b", "c"]]
    assert _parts([], {}) == []


def test_a_shard_of_an_older_layout_loads_the_same(tmp_path: Path) -> None:
    """Shards written before migration 7 hold ``record`` and no ``extra`` (or an empty
    ``extra``): loaded into SQLite, every record reads as the analysis gives it."""
    analyses = _analyses()[:2]
    out = _write_shards(tmp_path, analyses)
    n = 0
    for table in ("quotes", "figures", "events"):
        for i, path in enumerate(sorted((out / table).glob("*.parquet"))):
            data = pq.read_table(path)
            if data.num_rows == 0:
                continue
            at = data.column_names.index("extra")
            # every other file without the column, the others with it empty
            data = data.remove_column(at) if i % 2 else data.set_column(at, "extra", pa.nulls(data.num_rows, pa.string()))
            pq.write_table(data, path)
            n += 1
    assert n >= 3
    with Store(tmp_path / "x.db") as s:
        assert load_shards(out, s).articles_new == 2
        for table, attr in (("quotes", "quotes"), ("figures", "figures"), ("events", "events")):
            back = {r[0]: json.loads(r[1]) for r in s.conn.execute(f"SELECT id, record FROM {table}")}
            want = {x.id: x.to_dict() for an in analyses for x in getattr(an, attr)}
            assert back == want and want, table
            assert s.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE extra IS NULL").fetchone()[0] == 0


def test_a_row_referring_to_nothing_fails_its_transaction(db_target: str, tmp_path: Path) -> None:
    """A mention naming an actor no shard and no stored row has: the load fails as the
    database's own foreign-key check would, with nothing of that transaction written, and
    the connection's settings are as before."""
    analyses = _analyses()
    out = _write_shards(tmp_path, analyses)
    broken = sorted((out / "mentions").glob("*.parquet"))[1]
    data = pq.read_table(broken)
    at = data.column_names.index("actor_id")
    pq.write_table(data.set_column(at, "actor_id", pa.array(["nobody"] * data.num_rows, pa.string())), broken)
    with Store(db_target) as s:
        with pytest.raises(StoreError, match=r"(?i)foreign key"):
            load_shards(out, s, batch_articles=2000)
        assert s.counts()["articles"] == 0
        assert s.conn.execute("SELECT COUNT(*) FROM loaded_shards").fetchone()[0] == 0
        if s.dialect == "sqlite":
            assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert s.conn.execute("PRAGMA cache_size").fetchone()[0] == -32 * 1024


def test_references_are_checked_against_the_part_and_the_database(tmp_path: Path) -> None:
    analyses = _analyses()
    cols = ("id", "article_id", "actor_id")
    with Store(tmp_path / "x.db") as s:
        s.add_many(analyses[:1])
        aid, actor = analyses[0].article.id, analyses[0].actors[0].id
        # one article stored, one in the part itself; a mention of no actor
        s.check_references({"mentions": (cols, [["m1", "m2"], [aid, "new"], [actor, None]]),
                            "articles": (("id",), [["new"]])})
        with pytest.raises(sqlite3.IntegrityError, match=r"mentions\.article_id 'gone'"):
            s.check_references({"mentions": (cols, [["m1"], ["gone"], [None]])})
        with pytest.raises(sqlite3.IntegrityError, match=r"mentions\.actor_id 'nobody'"):
            s.check_references({"mentions": (cols, [["m1"], [aid], ["nobody"]])})
        assert ("article_id", "articles", "id") in s.references("mentions")


def test_the_failures_file_of_a_shard_without_failures_is_not_read(tmp_path: Path) -> None:
    """A shard whose done marker counts no failure has an empty failures file, which the load
    does not open (one file fewer for most shards): loads the same without it; a shard with
    failures, or whose marker does not say, has its file read."""
    analyses = _analyses()
    out = _write_shards(tmp_path, analyses)
    markers = {p.stem: json.loads(p.read_text()) for p in (out / "_done").glob("*.json")}
    clean = [k for k, m in markers.items() if m["failed"] == 0]
    failed = [k for k, m in markers.items() if m["failed"]]
    assert len(clean) == len(analyses) and len(failed) == 1
    for key in clean:
        (out / "failures" / f"{key}.parquet").unlink()
    unknown = dict(markers[failed[0]])
    del unknown["failed"]  # a marker that does not count the failures: its file is read
    (out / "_done" / f"{failed[0]}.json").write_text(json.dumps(unknown))
    with Store(tmp_path / "x.db") as s:
        assert load_shards(out, s).articles_new == len(analyses)
        assert [r[0] for r in s.conn.execute("SELECT reason FROM failures")] != []
        assert s.counts()["articles"] == len(analyses)
    from newsledger.batch.shards import _shard_counts

    counts = _shard_counts(out / "_done", sorted(markers))
    assert {k: f for k, (_, f) in counts.items()} == {**dict.fromkeys(clean, 0), failed[0]: None}
