from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsledger.batch import export, ingest
from newsledger.pipeline import Pipeline
from newsledger.storage.rows import TABLE_COLUMNS
from newsledger.storage.store import Store
from tests.builders import article_count, write_articles, write_jsonl


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_ingest_then_reingest_stores_each_article_once(tmp_path: Path, pipeline: Pipeline,
                                                       db_target: str) -> None:
    write_articles(tmp_path / "in", 6)
    (tmp_path / "in" / "copy.txt").write_text((tmp_path / "in" / "a0000.txt").read_text())
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    with Store(db_target) as s:
        r1 = ingest([tmp_path / "in"], s, pipeline)
        assert (r1.read, r1.stored, r1.skipped, r1.failed) == (7, 6, 1, 1)
        assert r1.failures[0].source.endswith("bad.txt")
        r2 = ingest([tmp_path / "in"], s, pipeline)
        assert (r2.stored, r2.skipped, r2.failed) == (0, 7, 1)
        assert s.counts()["articles"] == 6
        assert s.counts()["failures"] == 1


def test_export_formats(tmp_path: Path, pipeline: Pipeline, db_target: str) -> None:
    write_articles(tmp_path / "in", 2)
    with Store(db_target) as s:
        ingest([tmp_path / "in"], s, pipeline)
        rep = export(s, "jsonl", tmp_path / "out.jsonl.gz")
        assert rep.rows == 2
        rep = export(s, "parquet", tmp_path / "pq")
        table = pq.read_table(tmp_path / "pq" / "articles.parquet")
        assert table.num_rows == 2 and "text" in table.column_names
        rep = export(s, "csv", tmp_path / "csv")
        assert (tmp_path / "csv" / "mentions.csv").read_text().startswith("id,article_id")
        header = (tmp_path / "csv" / "articles.csv").read_text().splitlines()[0]
        assert header.split(",") == list(TABLE_COLUMNS["articles"])  # no backend-only columns


def test_parallel_analysis_matches_serial(tmp_path: Path, pipeline: Pipeline,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """`ingest -j 2` stores what one process does, and this process loads no pipeline of its
    own for it (the workers do)."""
    from newsledger.config import Settings

    write_articles(tmp_path / "in", 5)
    write_jsonl(tmp_path / "in" / "bad.jsonl", ["{broken"])
    with Store(tmp_path / "a.db") as a, Store(tmp_path / "b.db") as b:
        ingest([tmp_path / "in"], a, pipeline, n_process=1)

        def no_pipeline(*_args: object, **_kwargs: object) -> None:
            raise AssertionError("the parent process loaded a pipeline")

        monkeypatch.setattr(Pipeline, "__init__", no_pipeline)
        ingest([tmp_path / "in"], b, settings=Settings(), n_process=2)
        tables = ("articles", "mentions", "failures")
        compared = 0
        for table in tables:
            cols = "id" if table != "failures" else "source, reason"
            rows_a = a.conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1").fetchall()
            rows_b = b.conn.execute(f"SELECT {cols} FROM {table} ORDER BY 1").fetchall()
            assert [tuple(r) for r in rows_a] == [tuple(r) for r in rows_b]
            compared += 1
        assert compared == len(tables) > 0


@pytest.mark.slow
def test_killed_ingest_resumes_with_nothing_lost_or_duplicated(tmp_path: Path) -> None:
    n = 150
    write_articles(tmp_path / "in", n)
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "newsledger.cli", "ingest", str(tmp_path / "in"), "--db", str(db),
           "--no-progress"]
    env = {**os.environ, "NEWSLEDGER_BATCH_SIZE": "4"}  # small batches: many points to kill at
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    killed_at = None
    while time.monotonic() < deadline and proc.poll() is None:
        c = article_count(db) if db.exists() else 0
        if c >= 10:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            killed_at = c
            break
        time.sleep(0.02)
    assert killed_at is not None and killed_at < n, "the ingest finished before it could be killed"
    before = article_count(db)
    assert 0 < before < n
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr
    assert f"already stored {before}" in done.stderr.replace("\n", " ")
    with Store(db, readonly=True) as s:
        assert s.counts()["articles"] == n
        ids = [r[0] for r in s.conn.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids)) == n
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # every stored article has its sentences: no half-written article
        assert s.conn.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0] == 0


def test_two_ingests_of_overlapping_inputs_at_once(tmp_path: Path, db_target: str) -> None:
    """Two `newsledger ingest` processes on overlapping folders, into one database at the same
    time: both finish without an error and every article is stored once."""
    write_articles(tmp_path / "one", 8, start=0)
    write_articles(tmp_path / "two", 8, start=4)  # articles 4-7 are in both
    cmds = [[sys.executable, "-m", "newsledger.cli", "ingest", str(tmp_path / d), "--db", db_target,
             "--no-progress"] for d in ("one", "two")]
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for c in cmds]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    stored = [int(re.search(r"stored (\d+)", e).group(1)) for e in errs]  # type: ignore[union-attr]
    assert sum(stored) == 12  # each article stored by one of the two
    with Store(db_target, readonly=True) as s:
        assert s.counts()["articles"] == 12
        assert s.conn.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM sentences s WHERE s.article_id = a.id)").fetchone()[0] == 0
