"""Distributed batch on a local Dask cluster: killed midway, re-run, loaded, nothing lost or doubled."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from newsledger.batch import load_shards, process_shard, shard_inputs
from newsledger.cli import cli
from newsledger.config import Settings
from newsledger.errors import NewsledgerError
from newsledger.storage.store import Store
from tests.builders import article_text, pipeline

N_SHARDS, PER_SHARD = 8, 6


def _write_shards(folder: Path) -> set[str]:
    folder.mkdir(parents=True)
    ids = set()
    for s in range(N_SHARDS):
        rows = [{"id": f"{s}-{i}", "text": article_text(s * PER_SHARD + i), "title": f"t{s}-{i}",
                 "outlet": f"Outlet {s % 3}", "published": f"2024-03-{1 + s:02d}"} for i in range(PER_SHARD)]
        ids |= {r["id"] for r in rows}
        if s == N_SHARDS - 1:  # one shard as Parquet, with one bad record
            rows.append({"id": "bad", "text": "", "title": "x", "outlet": "o", "published": "2024-03-09"})
            pq.write_table(pa.Table.from_pylist(rows), folder / f"shard{s}.parquet")
        else:
            (folder / f"shard{s}.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return ids


def _batch_cmd(src: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "newsledger.cli", "batch", str(src), "--out", str(out), "--workers", "2"]


@pytest.mark.slow
def test_batch_killed_midway_resumes_and_loads_every_article_once(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    ids = _write_shards(src)
    proc = subprocess.Popen(_batch_cmd(src, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    deadline = time.monotonic() + 240
    killed = False
    while proc.poll() is None and time.monotonic() < deadline:
        done = list((out / "_done").glob("*.json")) if (out / "_done").exists() else []
        if 1 <= len(done) < N_SHARDS:
            os.killpg(proc.pid, signal.SIGKILL)  # the client, the scheduler and the workers
            killed = True
            break
        time.sleep(0.05)
    proc.wait()
    assert killed, "the batch finished before it could be killed"
    finished_before = len(list((out / "_done").glob("*.json")))
    assert 1 <= finished_before < N_SHARDS

    rerun = subprocess.run(_batch_cmd(src, out), capture_output=True, text=True, timeout=600)
    assert rerun.returncode in (0, 1), rerun.stderr  # 1 when it re-ran the shard with the bad record
    assert f"({finished_before} already done)" in rerun.stderr
    assert len(list((out / "_done").glob("*.json"))) == N_SHARDS

    db = tmp_path / "x.db"
    with Store(db) as store:
        first = load_shards(out, store)
        again = load_shards(out, store)
        assert (first.shards, first.articles_new) == (N_SHARDS, len(ids))
        assert (again.shards_skipped, again.articles_new) == (N_SHARDS, 0)
        stored = [r[0] for r in store.conn.execute("SELECT external_id FROM articles")]
        assert sorted(stored) == sorted(ids)  # every article exactly once
        assert [f.source.rsplit(":", 1)[1] for f in store.failures()] == ["7"]
        one = store.get_analysis(store.conn.execute("SELECT id FROM articles LIMIT 1").fetchone()[0])
        assert one is not None and one.sentences


def test_shard_inputs_rejects_other_files_and_skips_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(NewsledgerError, match="JSON Lines"):
        shard_inputs([tmp_path / "a.txt"])
    with pytest.raises(NewsledgerError, match="no such file"):
        shard_inputs([tmp_path / "missing.jsonl"])
    (tmp_path / "s.jsonl").write_text("{}\n")
    (tmp_path / "out" / "articles").mkdir(parents=True)
    (tmp_path / "out" / "articles" / "x.parquet").write_text("")
    assert shard_inputs([tmp_path], exclude=tmp_path / "out") == [tmp_path / "s.jsonl"]
    with pytest.raises(NewsledgerError, match="no JSON Lines"):
        shard_inputs([tmp_path / "out" / "articles" / ".."], exclude=tmp_path / "out")


def test_load_refuses_a_directory_without_shards(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as store, pytest.raises(NewsledgerError, match="no finished batch"):
        load_shards(tmp_path, store)


@pytest.fixture(scope="module")
def shard_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two small shards analysed in this process (no cluster), one of them with a bad record."""
    src = tmp_path_factory.mktemp("shards_in")
    out = tmp_path_factory.mktemp("shards_out")
    for s in range(2):
        rows = [{"id": f"{s}-{i}", "text": article_text(s * 3 + i), "title": f"t{s}-{i}",
                 "outlet": f"Outlet {s}", "published": f"2024-03-0{1 + s}"} for i in range(3)]
        if s == 1:
            rows.append({"id": "bad", "text": "", "title": "x"})
        (src / f"shard{s}.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
        process_shard(str(src / f"shard{s}.jsonl"), str(out), Settings(), pipeline())
    return out


def test_load_shards_into_either_backend_idempotently(shard_dir: Path, db_target: str) -> None:
    with Store(db_target) as store:
        first = load_shards(shard_dir, store)
        again = load_shards(shard_dir, store)
        assert (first.shards, first.shards_skipped, first.articles_new) == (2, 0, 6)
        assert (again.shards_skipped, again.articles_new) == (2, 0)
        assert sorted(r[0] for r in store.conn.execute("SELECT external_id FROM articles")) == [
            "0-0", "0-1", "0-2", "1-0", "1-1", "1-2"]
        assert len(store.failures()) == 1
        one = store.get_analysis(store.conn.execute("SELECT id FROM articles LIMIT 1").fetchone()[0])
        assert one is not None and one.sentences and one.mentions
        counts = store.counts()
    # the command does the same: every shard is loaded already, nothing changes
    res = CliRunner().invoke(cli, ["load", str(shard_dir), "--db", db_target])
    assert res.exit_code == 0, res.output
    assert "(2 loaded before), new articles 0" in res.stderr
    with Store(db_target, readonly=True) as store:
        assert store.counts() == counts


def test_two_processes_load_the_same_shards_at_once(shard_dir: Path, db_target: str) -> None:
    cmd = [sys.executable, "-m", "newsledger.cli", "load", str(shard_dir), "--db", db_target]
    Store(db_target).close()  # the schema exists; the two loads race for the rows
    procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    errs = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert sorted(int(e.rsplit("new articles ", 1)[1].split()[0]) for e in errs) in ([0, 6], [3, 3])
    with Store(db_target, readonly=True) as store:
        assert store.counts()["articles"] == 6
        assert store.conn.execute("SELECT COUNT(*) FROM loaded_shards").fetchone()[0] == 2
