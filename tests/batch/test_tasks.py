"""Batch tasks: large JSON Lines files read as byte ranges, absolute paths for the workers, and
no done marker for an input that could not be read."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsledger.batch import ShardTask, plan_tasks, process_shard, run_batch
from newsledger.config import Settings
from newsledger.ingest import read_jsonl_range
from newsledger.records import Article, Failure
from tests.builders import article_text, pipeline


def _jsonl(path: Path, n: int, *, bad: int | None = None) -> list[str]:
    ids, lines = [], []
    for i in range(n):
        if i == bad:
            lines.append("{not json")
            continue
        ids.append(f"a{i}")
        lines.append(json.dumps({"id": f"a{i}", "text": f"Item {i}. The council met on Monday to discuss the budget " + "again " * (i % 7), "title": "t"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


@pytest.mark.parametrize("step", [1, 7, 40, 333, 10_000])
def test_byte_ranges_tile_a_file_reading_every_line_once(tmp_path: Path, step: int) -> None:
    path = tmp_path / "big.jsonl"
    ids = _jsonl(path, 30, bad=11)
    size = path.stat().st_size
    seen: list[str] = []
    failures: list[Failure] = []
    ranges = 0
    for lo in range(0, size, step):
        ranges += 1
        for item in read_jsonl_range(path, lo, min(lo + step, size), Settings()):
            if isinstance(item, Article):
                seen.append(item.external_id or "")
            else:
                failures.append(item)
    assert ranges == -(-size // step)
    assert seen == ids  # every record once, in order, whatever the cut points
    assert [f.reason.split(":")[0] for f in failures] == ["malformed JSON"]
    offset = int(failures[0].source.rsplit("@", 1)[1])  # the bad line is named by its byte offset
    assert path.read_bytes()[offset:offset + 9] == b"{not json"


def test_plan_splits_only_large_uncompressed_json_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big, small = tmp_path / "big.jsonl", tmp_path / "small.jsonl"
    _jsonl(big, 40)
    _jsonl(small, 2)
    gz = tmp_path / "big.jsonl.gz"
    gz.write_bytes(gzip.compress(big.read_bytes()))
    monkeypatch.chdir(tmp_path)
    size = big.stat().st_size
    split = size // 3
    tasks = plan_tasks([Path("big.jsonl"), Path("small.jsonl"), Path("big.jsonl.gz")], split)
    parts = [t for t in tasks if t.path.endswith("big.jsonl")]
    assert len(parts) == -(-size // split) >= 3
    assert [(t.start, t.end) for t in parts] == [(lo, min(lo + split, size)) for lo in range(0, size, split)]
    assert all(os.path.isabs(t.path) for t in tasks)  # workers may run in another directory
    whole = [t for t in tasks if not t.path.endswith("big.jsonl")]
    assert [(Path(t.path).name, t.byte_range) for t in whole] == [("small.jsonl", None), ("big.jsonl.gz", None)]
    assert len({t.key for t in tasks}) == len(tasks)  # every part has its own outputs
    assert plan_tasks([big], None) == [ShardTask(str(big))]  # never split


def test_an_unreadable_input_gets_no_done_marker_and_is_tried_again(tmp_path: Path) -> None:
    src, out = tmp_path / "s.jsonl", tmp_path / "out"
    result = process_shard(str(src), str(out), Settings(), pipeline())
    assert (result.articles, result.failed, result.skipped) == (0, 1, False)
    assert not (out / "_done").exists() or not list((out / "_done").glob("*.json"))
    src.write_text(json.dumps({"id": "x", "text": article_text(0)}) + "\n")
    again = process_shard(str(src), str(out), Settings(), pipeline())
    assert (again.articles, again.failed) == (1, 0)
    assert len(list((out / "_done").glob("*.json"))) == 1
    # a file that was read but held only bad records is done: running it again changes nothing
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    assert process_shard(str(bad), str(out), Settings(), pipeline()).failed == 1
    assert len(list((out / "_done").glob("*.json"))) == 2


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value


class _ElsewhereClient:
    """A stand-in for a Dask client whose worker runs each task in another working directory."""

    def __init__(self, workdir: Path) -> None:
        self.workdir, self.args = workdir, []  # type: ignore[var-annotated]

    def register_plugin(self, plugin: Any) -> None:
        pass

    def submit(self, fn: Any, task: ShardTask, out: str, settings: Settings, pure: bool) -> _Done:
        self.args.append((task, out))
        here = os.getcwd()
        os.chdir(self.workdir)
        try:
            return _Done(fn(task, out, settings, pipeline()))
        finally:
            os.chdir(here)

    def close(self) -> None:
        pass


def test_relative_paths_reach_workers_in_another_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import distributed

    from newsledger.batch import cluster

    (tmp_path / "in").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "in" / "s.jsonl").write_text(json.dumps({"id": "x", "text": article_text(1)}) + "\n")
    client = _ElsewhereClient(tmp_path / "elsewhere")
    monkeypatch.setattr(cluster, "_connect", lambda *a: (client, None))
    monkeypatch.setattr(distributed, "as_completed", lambda futures: iter(futures))
    monkeypatch.chdir(tmp_path)
    report = run_batch(["in"], "out", settings=Settings())
    assert (report.articles, report.failed, report.tasks) == (1, 0, 1)
    assert [(os.path.isabs(t.path), os.path.isabs(o)) for t, o in client.args] == [(True, True)]
    assert len(list((tmp_path / "out" / "_done").glob("*.json"))) == 1
    assert not (tmp_path / "elsewhere" / "out").exists()  # nothing landed in the worker's directory
