"""Fault tests: killed processes, a locked database and a full disk lose or corrupt nothing."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsledger.errors import StoreError
from newsledger.records import Analysis, Article
from newsledger.storage.store import Store
from tests.builders import article_count, count_rows, write_articles

# columns that legitimately differ between two runs (wall-clock times)
VOLATILE = {"analysed_at", "failed_at"}


def db_fingerprint(db: Path) -> dict[str, str]:
    """A hash of every record table's content, ignoring timestamps and row order."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    out = {}
    try:
        for table in ("articles", "sentences", "actors", "mentions", "quotes", "figures", "events",
                      "event_actors", "framing", "failures"):
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in VOLATILE]
            rows = sorted(repr(r) for r in con.execute(f"SELECT {', '.join(map(repr, cols))} FROM {table}"))
            out[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    finally:
        con.close()
    return out


def _indexes(db: Path) -> set[tuple[str, str]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return set(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
    finally:
        con.close()


ENV = {**os.environ, "NEWSLEDGER_BATCH_SIZE": "4"}  # small batches: many points to kill at


def _ingest_cmd(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "newsledger.cli", "ingest", str(src), "--db", str(db), "--no-progress"]


@pytest.mark.slow
def test_sigkill_at_random_points_then_resume_equals_uninterrupted_run(tmp_path: Path) -> None:
    src = tmp_path / "in"
    write_articles(src, 120)
    (src / "empty.txt").write_text("")
    clean = tmp_path / "clean.db"
    assert subprocess.run(_ingest_cmd(src, clean), capture_output=True, timeout=600, env=ENV).returncode == 1

    rng = random.Random(7)
    faulty = tmp_path / "faulty.db"
    kills = 0
    for _ in range(3):
        threshold = article_count(faulty) + rng.randint(1, 12)
        proc = subprocess.Popen(_ingest_cmd(src, faulty), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env=ENV)
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if faulty.exists() and article_count(faulty) >= threshold:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
                break
            time.sleep(0.01)
        proc.wait()
    assert kills >= 1, f"no run was killed midway (count {article_count(faulty)}, exists {faulty.exists()})"
    final = subprocess.run(_ingest_cmd(src, faulty), capture_output=True, text=True, timeout=600, env=ENV)
    assert final.returncode == 1, final.stderr  # the empty file still fails, with its reason
    assert "empty.txt" in final.stderr
    assert db_fingerprint(faulty) == db_fingerprint(clean)


def _analysis(text: str) -> Analysis:
    return Analysis(article=Article.create(text, title="t"))


def test_locked_database_gives_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with Store(db) as s:
        s.add(_analysis("first article text"))
    blocker = sqlite3.connect(db)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with Store(db, timeout=0.2) as s, pytest.raises(StoreError, match="locked"):
            s.add(_analysis("second article text"))
    except StoreError as exc:  # opening may already hit the lock
        assert "locked" in str(exc)
    finally:
        blocker.rollback()
        blocker.close()
    with Store(db) as s:
        assert s.counts()["articles"] == 1
        assert s.add(_analysis("second article text")).stored


def test_full_disk_gives_a_clear_error_and_rolls_back(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with Store(db) as s:
        s.add(_analysis("small article"))
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        big = _analysis("word " * 200_000)
        with pytest.raises(StoreError, match="full"):
            s.add(big)
        assert s.counts()["articles"] == 1
        assert not s.has_article(big.article.id)
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_database_in_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="directory does not exist"):
        Store(tmp_path / "no" / "such" / "x.db")


@pytest.mark.slow
def test_sigkill_during_load_then_reload_equals_uninterrupted_load(tmp_path: Path) -> None:
    import json

    from newsledger.batch import process_shard
    from newsledger.config import Settings
    from tests.builders import article_text, pipeline

    src, out = tmp_path / "in", tmp_path / "shards"
    src.mkdir()
    n = 60
    for i in range(n):  # many small shards: many points at which to kill the load
        (src / f"s{i:03d}.jsonl").write_text(json.dumps({"id": str(i), "text": article_text(i)}) + "\n")
    for p in sorted(src.iterdir()):
        process_shard(str(p), str(out), Settings(), pipeline())

    def load_cmd(db: Path) -> list[str]:
        # 4 articles per transaction: many points at which to kill the load
        return [sys.executable, "-m", "newsledger.cli", "load", str(out), "--db", str(db), "--batch-articles", "4"]

    clean = tmp_path / "clean.db"
    assert subprocess.run(load_cmd(clean), capture_output=True, timeout=300).returncode == 0
    faulty = tmp_path / "faulty.db"
    proc = subprocess.Popen(load_cmd(faulty), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    killed_at = None
    deadline = time.monotonic() + 120
    threshold = random.Random(3).randint(2, 20)
    while proc.poll() is None and time.monotonic() < deadline:
        if faulty.exists() and count_rows(faulty, "loaded_shards") >= threshold:
            os.kill(proc.pid, signal.SIGKILL)
            killed_at = count_rows(faulty, "loaded_shards")
            break
        time.sleep(0.002)
    proc.wait()
    assert killed_at is not None and killed_at < n, "the load finished before it could be killed"
    # a batch of shards is loaded whole or not at all
    assert article_count(faulty) == count_rows(faulty, "loaded_shards")
    assert killed_at % 4 == 0, killed_at
    # the first transactions of a load into a new store build their indexes after the rows: a
    # kill leaves every index there and sound
    assert _indexes(faulty) == _indexes(clean) and len(_indexes(clean)) > 20
    con = sqlite3.connect(faulty)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    again = subprocess.run(load_cmd(faulty), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert db_fingerprint(faulty) == db_fingerprint(clean)
    assert article_count(faulty) == n
