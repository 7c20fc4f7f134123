"""Articles sent together are analysed together (one batch), lanes in child processes say when
they are loaded, and a restarted server still answers for the jobs it has forgotten. Order and
grouping are asserted, never speed."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsledger.config import Settings
from newsledger.records import Analysis, Article, Failure, content_id
from newsledger.web.app import create_app
from newsledger.web.jobs import (
    CHILD_NICENESS,
    Job,
    JobQueue,
    Work,
    analyse_batch,
    article_of_job,
    new_job_id,
)
from tests.builders import EchoFactory, web_client

ENGLISH = ("The minister said on {} that the talks with the union would continue next week, "
           "and that the government had offered a new proposal to the workers.")


def _text(day: str) -> str:
    return ENGLISH.format(day)


class BatchingPipeline:
    """Records each batch it is given; holds the first one until the test releases it."""

    def __init__(self) -> None:
        self.settings = Settings()
        self.batches: list[list[str]] = []
        self.first_started = threading.Event()
        self.release = threading.Event()

    def analyze_text(self, text: str, **meta: Any) -> Analysis:
        self.batches.append([meta.get("title") or "?"])
        return Analysis(article=Article.create(text, **meta))

    def analyze_serial(self, items: Iterable[Article | Failure], batch_size: int) -> Iterator[Analysis | Failure]:
        articles = [a for a in items if isinstance(a, Article)]
        assert batch_size == len(articles)
        self.batches.append([a.title or "?" for a in articles])
        for a in articles:
            if a.title == "broken":
                yield Failure(a.id, "analysis error: a bug", a.id)
            else:
                yield Analysis(article=a)



def _wait(jobs: JobQueue, job: Job, rounds: int = 3000) -> Job:
    for _ in range(rounds):
        found = jobs.get(job.id)
        if found is not None and found.status in ("stored", "failed"):
            return found
        threading.Event().wait(0.01)
    raise AssertionError(f"job {job.id} not finished")


def _store(analysis: Analysis) -> tuple[str, bool]:
    return analysis.article.id, True


def test_analyse_batch_keeps_order_and_fails_each_text_for_its_own_reason() -> None:
    pipeline = BatchingPipeline()
    items = [(_text("Monday"), {"title": "one"}), ("Le ministre a dit que les discussions avec le "
                                                    "syndicat continueraient la semaine prochaine.",
                                                    {"title": "french"}),
             (_text("Tuesday"), {"title": "broken"}), (_text("Friday"), {"title": "two"})]
    outcomes = analyse_batch(pipeline, items)
    assert pipeline.batches == [["one", "broken", "two"]]  # one parse for every readable text
    assert [kind for kind, _ in outcomes] == ["ok", "input", "error", "ok"]
    assert outcomes[0][1].article.title == "one" and outcomes[3][1].article.title == "two"
    assert "not English" in outcomes[1][1][1]
    assert outcomes[2][1] == "analysis error: a bug"


def test_analyse_batch_of_one_text_or_without_batching_goes_one_by_one() -> None:
    pipeline = BatchingPipeline()
    assert [k for k, _ in analyse_batch(pipeline, [(_text("Monday"), {"title": "alone"})])] == ["ok"]
    assert pipeline.batches == [["alone"]]


def test_articles_sent_while_one_is_analysed_are_analysed_together() -> None:
    pipeline = BatchingPipeline()
    hold = threading.Event()
    original = pipeline.analyze_text

    def first(text: str, **meta: Any) -> Analysis:
        pipeline.first_started.set()
        assert hold.wait(timeout=60)
        return original(text, **meta)

    pipeline.analyze_text = first  # type: ignore[method-assign]
    jobs = JobQueue(lambda: pipeline, _store, large_chars=10_000)
    try:
        head = jobs.submit(Work(_text("Sunday"), {"title": "head"}), "t")
        assert pipeline.first_started.wait(timeout=30)
        rest = [jobs.submit(Work(_text(day), {"title": day}), "t")
                for day in ("Monday", "Tuesday", "Wednesday")]
        assert [jobs.get(j.id).status for j in rest] == ["queued"] * 3  # type: ignore[union-attr]
        hold.set()
        done = [_wait(jobs, j) for j in [head, *rest]]
    finally:
        hold.set()
        jobs.close()
    assert pipeline.batches == [["head"], ["Monday", "Tuesday", "Wednesday"]]
    assert [(j.status, j.batch) for j in done] == [("stored", 1)] + [("stored", 3)] * 3
    assert all(j.analysis_seconds is not None for j in done)
    assert len({j.analysis_seconds for j in done[1:]}) == 1  # the batch's own time, shared
    assert [j.article_id for j in done] == [content_id(j_text) for j_text in
                                            (_text("Sunday"), _text("Monday"), _text("Tuesday"),
                                             _text("Wednesday"))]


def test_the_small_lane_in_a_child_process_says_when_it_is_loaded() -> None:
    jobs = JobQueue(EchoFactory(), _store, large_chars=100, small_process=True)
    assert not jobs.ready()  # its process has not loaded a pipeline yet
    try:
        jobs.start()
        for _ in range(6000):
            if jobs.ready():
                break
            threading.Event().wait(0.01)
        assert jobs.ready()
        done = [_wait(jobs, jobs.submit(Work(text, {"title": text}), "t"))
                for text in ("short", "bad one", "crash now")]
    finally:
        jobs.close()
    assert [(j.lane, j.status, j.reason) for j in done] == [
        ("small", "stored", None), ("small", "failed", "not English"),
        ("small", "failed", "internal error: ValueError: a bug")]


def test_job_ids_carry_their_article_id() -> None:
    job_id = new_job_id("Some  text\r\nhere.")
    assert article_of_job(job_id) == content_id("Some text\nhere.")
    assert new_job_id("x") != new_job_id("x")  # the random part
    not_ours = ("abc", "0123456789abcdef", "0123456789abcdef-zz", "0123456789ABCDEF-00000000")
    assert [article_of_job(x) for x in not_ours] == [None] * 4


def test_a_restarted_server_answers_for_the_jobs_it_forgot(tmp_path: Path, wait_job: Any) -> None:
    db = tmp_path / "r.db"
    with web_client(create_app(db, pipeline_factory=BatchingPipeline)) as client:
        stored = client.post("/api/articles", json={"text": _text("Monday"), "title": "kept"})
        lost = client.post("/api/articles", json={"text": _text("Tuesday"), "title": "lost"})
        first = wait_job(client, stored.headers["location"])
        wait_job(client, lost.headers["location"])
    assert first["status"] == "stored"
    from newsledger.storage.store import Store

    with Store(db) as store:  # as if the second had not been stored before the restart
        store.conn.execute("DELETE FROM articles WHERE id = ?", (article_of_job(lost.json()["jobs"][0]["id"]),))
        store.conn.commit()
    with web_client(create_app(db, pipeline_factory=BatchingPipeline)) as client:
        found = client.get(stored.headers["location"])
        gone = client.get(lost.headers["location"])
        unknown = client.get("/api/jobs/nothing-like-ours")
        listed = client.get("/api/jobs").json()
    assert found.status_code == 200
    job = found.json()
    assert (job["status"], job["article_id"]) == ("stored", first["article_id"])
    assert "restarted" in job["note"] and job["lane"] == "small"
    assert gone.status_code == 404 and "before a restart" in gone.json()["detail"]
    assert "send it again" in gone.json()["detail"]
    assert unknown.status_code == 404 and listed["items"] == [] and listed["ready"] is True


def test_a_stored_job_says_how_long_its_analysis_took(fresh: Any, post_and_wait: Any) -> None:
    client, _ = fresh
    job = post_and_wait(client, {"text": _text("Thursday"), "title": "timed"})
    assert job["status"] == "stored" and job["batch"] == 1
    assert isinstance(job["analysis_seconds"], float) and job["analysis_seconds"] >= 0
    assert job["note"] is None


class NicenessPipeline:
    """Tells the niceness of the process it runs in, as the article's title (picklable)."""

    def analyze_text(self, text: str, **meta: Any) -> Analysis:
        return Analysis(article=Article.create(text, title=str(os.nice(0))))


class NicenessFactory:
    def __call__(self) -> NicenessPipeline:
        return NicenessPipeline()


def test_lane_processes_run_at_lower_priorities_than_the_server() -> None:
    titles: list[str] = []

    def store(analysis: Analysis) -> tuple[str, bool]:
        titles.append(analysis.article.title or "")
        return analysis.article.id, True

    jobs = JobQueue(NicenessFactory(), store, large_chars=100, small_process=True, large_process=True)
    try:
        done = [_wait(jobs, jobs.submit(Work(text), "t")) for text in ("short", "long " * 30)]
    finally:
        jobs.close()
    assert [(j.lane, j.status) for j in done] == [("small", "stored"), ("large", "stored")]
    here = os.nice(0)
    small, large = (min(19, here + CHILD_NICENESS[lane]) for lane in ("small", "large"))
    assert titles == [str(small), str(large)]
    assert here < small < large or here == 19  # reads first, then short articles, then long
