"""Writes off the request path: a large article being analysed delays neither small articles nor
reads (ordering and overlap asserted, never speed), and the job queue's lanes and limits."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from newsledger.errors import InputError
from newsledger.records import Analysis, Article
from newsledger.web.app import create_app
from newsledger.web.jobs import JobQueue, QueueFull, Work
from tests.builders import EchoFactory, web_client

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

LARGE = 5_000  # characters above which the apps of these tests use the large lane


class SlowPipeline:
    """Analyses a large text only once the test releases it; small texts at once."""

    def __init__(self) -> None:
        self.large_started = threading.Event()
        self.release = threading.Event()
        self.order: list[str] = []

    def analyze_text(self, text: str, **meta: Any) -> Analysis:
        if len(text) > LARGE:
            self.large_started.set()
            assert self.release.wait(timeout=60), "the test never released the large article"
        if text.startswith("bad"):
            raise InputError("<text>", "not English")
        self.order.append(meta.get("title") or "?")
        return Analysis(article=Article.create(text, **meta))


def _status(client: TestClient, location: str) -> str:
    return str(client.get(location).json()["status"])


def test_a_large_article_delays_neither_small_ones_nor_reads(tmp_path: Path, wait_job: Any) -> None:
    slow = SlowPipeline()
    app = create_app(tmp_path / "j.db", pipeline_factory=lambda: slow, large_chars=LARGE)
    with web_client(app) as client:
        large = client.post("/api/articles", json={"text": "Long report. " * 1000, "title": "large"})
        assert large.status_code == 202 and large.json()["jobs"][0]["lane"] == "large"
        assert slow.large_started.wait(timeout=30)
        assert _status(client, large.headers["location"]) == "analysing"
        smalls = [client.post("/api/articles", json={"text": f"Short note number {i} from Oslo.",
                                                     "title": f"small {i}"}) for i in range(5)]
        assert [r.status_code for r in smalls] == [202] * 5
        done = [wait_job(client, r.headers["location"]) for r in smalls]
        assert [j["status"] for j in done] == ["stored"] * 5
        # every small one is stored, and readable, while the large one is still being analysed
        assert _status(client, large.headers["location"]) == "analysing"
        assert client.get("/api/health").json()["counts"]["articles"] == 5
        assert client.get("/").status_code == 200
        assert slow.order == [f"small {i}" for i in range(5)]
        slow.release.set()
        assert wait_job(client, large.headers["location"])["status"] == "stored"
        assert slow.order[-1] == "large"


def _store(analysis: Analysis) -> tuple[str, bool]:
    return analysis.article.id, True


def test_lanes_by_size_and_failures_keep_the_worker_going() -> None:
    slow = SlowPipeline()
    jobs = JobQueue(lambda: slow, _store, large_chars=LARGE)
    try:
        first = jobs.submit(Work("bad text"), "t")
        second = jobs.submit(Work("good text", {"title": "after"}), "t")
        big = jobs.submit(Work("x" * (LARGE + 1)), "t")
        assert (first.lane, second.lane, big.lane) == ("small", "small", "large")
        for _ in range(3000):
            if jobs.get(second.id).status == "stored":  # type: ignore[union-attr]
                break
            threading.Event().wait(0.01)
        failed, stored = jobs.get(first.id), jobs.get(second.id)
        assert failed is not None and failed.status == "failed" and failed.reason == "not English"
        assert stored is not None and stored.status == "stored" and stored.new is True
        assert slow.large_started.wait(timeout=30)
        assert jobs.get(big.id).status == "analysing"  # type: ignore[union-attr]
        assert [j.id for j in jobs.recent()] == [big.id, second.id, first.id]
    finally:
        slow.release.set()
        jobs.close()


def test_a_full_queue_refuses_more(tmp_path: Path) -> None:
    slow = SlowPipeline()
    jobs = JobQueue(lambda: slow, _store, large_chars=LARGE, max_queued=2)
    try:
        jobs.submit(Work("x" * (LARGE + 1)), "t")  # taken by the worker, which then waits
        assert slow.large_started.wait(timeout=30)
        jobs.submit(Work("y" * (LARGE + 1)), "t")
        jobs.submit(Work("z" * (LARGE + 1)), "t")
        with pytest.raises(QueueFull):
            jobs.submit(Work("w" * (LARGE + 1)), "t")
    finally:
        slow.release.set()
        jobs.close()
    app = create_app(tmp_path / "f.db", pipeline_factory=lambda: slow, large_chars=10)
    app.state.nl.jobs._max_queued = 0  # noqa: SLF001 - a queue that takes nothing
    with web_client(app) as client:
        r = client.post("/api/articles", json={"text": "Short note from Oslo."})
        assert r.status_code == 503 and r.headers["retry-after"] == "30"



def test_the_large_lane_in_a_child_process() -> None:
    stored: list[str] = []

    def store(analysis: Analysis) -> tuple[str, bool]:
        stored.append(analysis.article.title or "")
        return analysis.article.id, True

    jobs = JobQueue(EchoFactory(), store, large_chars=100, large_process=True)
    try:
        big = [jobs.submit(Work(prefix + "x" * 200, {"title": prefix}), "t")
               for prefix in ("long", "bad", "crash", "again")]
        small = jobs.submit(Work("short", {"title": "short"}), "t")
        done = []
        for job in [small, *big]:
            for _ in range(6000):
                found = jobs.get(job.id)
                if found is not None and found.status in ("stored", "failed"):
                    break
                threading.Event().wait(0.01)
            done.append(found)
        assert [(j.lane, j.status) for j in done if j is not None] == [
            ("small", "stored"), ("large", "stored"), ("large", "failed"), ("large", "failed"),
            ("large", "stored")]
        assert done[2] is not None and done[2].reason == "not English"
        assert done[3] is not None and done[3].reason == "internal error: ValueError: a bug"
        assert sorted(stored) == ["again", "long", "short"]  # analysed in the child, stored here
    finally:
        jobs.close()
