"""Analysis off the request path: a small job queue with worker threads and a status per job.

``POST /api/articles`` and ``POST /api/uploads`` do not analyse on the request: each article
becomes a :class:`Job` (``queued`` → ``analysing`` → ``stored``, or ``failed`` with its reason),
the request returns 202 with the job's address (``/api/jobs/{id}``), and worker threads analyse
and store. Texts longer than ``large_chars`` go to their own lane with its own worker, so a long
article never holds up short ones, and reads never wait for an analysis (they run on other
threads; the pipeline is loaded once, on the first job, and shared by the workers).

The small lane's worker takes every short article waiting (up to ``batch``) and analyses them
together in one ``nlp.pipe`` call, so that ten articles sent at once are stored together, a few
seconds after they arrive, instead of the tenth waiting for the nine before it; each job tells
how long its analysis took (``analysis_seconds``, its batch's) and with how many others
(``batch``). With ``large_process`` and ``small_process`` (as ``newsledger serve`` runs) each
lane analyses in a child process of its own, started with the server so that its pipeline is
loaded before the first article comes: analyses then run beside the server instead of sharing
its interpreter lock with the reads, and the server process only reads and stores; the
lane processes run at a lower priority (``CHILD_NICENESS``), so that reads come first when
the cores are busy.

The jobs are kept in memory (the newest ``keep`` finished ones); the queue holds at most
``max_queued`` waiting jobs and refuses more (the API answers 503). A job's id starts with the
id its article will have, so that after a restart the API can still answer for a job it has
forgotten: stored (its article is in the database) or a 404 that says the server restarted.
"""

from __future__ import annotations

import logging
import os
import queue
import re
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import MappingProxyType
from typing import Any, Literal

from ..errors import InputError, NewsledgerError
from ..ingest import check_article, normalise_text
from ..records import Analysis, Article, Record, content_id

log = logging.getLogger(__name__)

JobStatus = Literal["queued", "analysing", "stored", "failed"]
LARGE_CHARS = 20_000  # texts longer than this go to the large lane
MAX_QUEUED = 1000
KEEP_FINISHED = 1000
BATCH = 16  # small articles analysed together at most (one nlp.pipe call)
# added to a lane process's niceness: the server's reads first, then short articles, then long
CHILD_NICENESS = MappingProxyType({"small": 5, "large": 10})
BATCH_WINDOW = 0.2  # seconds a small lane's worker waits for more articles sent at the same time
LANES = ("small", "large")


_JOB_ID = re.compile(r"^([0-9a-f]{16})-[0-9a-f]{8}$")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_job_id(text: str) -> str:
    """A job's id: the id its article will have (the hash of its text) and a random part, so
    that a server restarted since (jobs are kept in memory) can still tell whether the article
    of a job it no longer knows was stored."""
    return f"{content_id(normalise_text(text))}-{secrets.token_hex(4)}"


def article_of_job(job_id: str) -> str | None:
    """The id of the article a job was to store (None: not a job id of this form)."""
    m = _JOB_ID.match(job_id)
    return m[1] if m else None


class QueueFull(NewsledgerError):
    """The job queue holds as many waiting jobs as it may."""


@dataclass(frozen=True)
class Job(Record):
    """One article to analyse and store, and where it got to."""

    id: str
    status: JobStatus
    source: str  # "POST /api/articles", or the uploaded file's name (with ":line" for JSON Lines)
    chars: int
    lane: str
    created: str
    started: str | None = None
    finished: str | None = None
    reason: str | None = None  # why it failed
    article_id: str | None = None
    new: bool | None = None  # False: the same text was already stored
    analysis_seconds: float | None = None  # how long its analysis took (its batch's, when batched)
    batch: int | None = None  # how many articles were analysed together with it (itself included)
    note: str | None = None  # e.g. that it was found in the database after a restart


@dataclass(frozen=True)
class Work:
    """What a job analyses: the text and the article's metadata."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)


Store = Callable[[Analysis], tuple[str, bool]]  # stores an analysis: (article id, newly stored)
Outcome = tuple[str, Any]  # ("ok", Analysis), ("input", (source, reason)) or ("error", reason)


def _analyse_one(pipeline: Any, text: str, meta: dict[str, Any]) -> Outcome:
    try:
        return ("ok", pipeline.analyze_text(text, **meta))
    except InputError as exc:
        return ("input", (exc.source, exc.reason))
    except NewsledgerError as exc:
        return ("error", str(exc))
    except Exception as exc:  # reported as the job's reason; the worker goes on
        log.exception("analysis failed")
        return ("error", f"internal error: {type(exc).__name__}: {exc}")


def analyse_batch(pipeline: Any, items: list[tuple[str, dict[str, Any]]]) -> list[Outcome]:
    """Each text's outcome, in order. Several texts of a pipeline that can batch
    (``analyze_serial``) are parsed together in one ``nlp.pipe`` call, as ``ingest`` does;
    otherwise (one text, or a pipeline without it) one at a time."""
    if len(items) == 1 or not hasattr(pipeline, "analyze_serial"):
        return [_analyse_one(pipeline, text, meta) for text, meta in items]
    outcomes: list[Outcome | None] = []
    articles: list[Article] = []
    for text, meta in items:
        try:
            article = Article.create(normalise_text(text), **meta)
            articles.append(check_article(article, meta.get("source_path") or "<text>",
                                          pipeline.settings))
            outcomes.append(None)  # filled from the batch below
        except InputError as exc:
            outcomes.append(("input", (exc.source, exc.reason)))
    try:
        analysed = iter(list(pipeline.analyze_serial(articles, batch_size=max(1, len(articles)))))
    except Exception:  # the batch failed as a whole: each its own reason, one by one
        log.exception("batch analysis failed; analysing one by one")
        return [o or _analyse_one(pipeline, text, meta) for o, (text, meta) in zip(outcomes, items,
                                                                                  strict=True)]
    done: list[Outcome] = []
    for outcome in outcomes:
        if outcome is None:
            result = next(analysed)
            outcome = ("ok", result) if isinstance(result, Analysis) else ("error", result.reason)
        done.append(outcome)
    return done


def _child_loop(factory: Callable[[], Any], conn: Any, niceness: int = 0) -> None:
    """A child process of a lane: one pipeline (loaded at once), one batch at a time, at a
    lower scheduling priority (``niceness``) than the server, whose reads come first when the
    cores are busy."""
    try:
        os.nice(niceness)
    except (AttributeError, OSError):  # no nice() here: the same priority as the server
        pass
    pipeline = factory()
    conn.send("ready")
    while True:
        try:
            items = conn.recv()
        except (EOFError, OSError):
            return
        if items is None:
            return
        conn.send(analyse_batch(pipeline, items))


class ChildAnalyser:
    """A child process with its own pipeline (built by a picklable ``factory``), so that
    analyses run beside the server's threads instead of sharing their interpreter lock."""

    def __init__(self, factory: Callable[[], Any], name: str, niceness: int = 0) -> None:
        self._factory = factory
        self._name = name
        self._niceness = niceness
        self._conn: Any = None
        self._proc: Any = None
        self._loaded = False

    def start(self) -> None:
        """Start the process (it loads its pipeline at once), unless it runs."""
        if self._proc is not None and self._proc.is_alive():
            return
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_child_loop, args=(self._factory, child, self._niceness), daemon=True,
                           name=self._name)
        proc.start()
        child.close()
        self._conn, self._proc, self._loaded = parent, proc, False

    def wait_loaded(self) -> None:
        """Wait until the process has loaded its pipeline (its first message)."""
        self.start()
        if not self._loaded:
            try:
                self._conn.recv()
            except (EOFError, OSError) as exc:
                self._proc = None
                raise NewsledgerError("the analysis process stopped while loading") from exc
            self._loaded = True

    def analyse(self, items: list[tuple[str, dict[str, Any]]]) -> list[Outcome]:
        self.wait_loaded()
        try:
            self._conn.send(items)
            outcomes: list[Outcome] = self._conn.recv()
        except (EOFError, OSError) as exc:
            self._proc = None
            raise NewsledgerError("the analysis process stopped before it finished") from exc
        return outcomes

    def close(self) -> None:
        if self._proc is not None:
            try:
                self._conn.send(None)
            except OSError:
                pass
            self._proc.join(5)
            if self._proc.is_alive():
                self._proc.terminate()
            self._proc = None


class JobQueue:
    """A lane per size, each with worker threads analysing queued articles with one shared
    pipeline, or (``*_process``) handing them to a child process of its own.

    A small lane's worker takes every small article waiting (up to ``batch``) and analyses them
    together, so that articles sent at the same time are stored together instead of each
    waiting for the ones before it; a large article is analysed alone.
    """

    def __init__(self, factory: Callable[[], Any], store: Store, *, large_chars: int = LARGE_CHARS,
                 workers: int = 1, max_queued: int = MAX_QUEUED, keep: int = KEEP_FINISHED,
                 large_process: bool = False, small_process: bool = False,
                 batch: int = BATCH) -> None:
        self._factory = factory
        # a lane in a child process (its factory must then be picklable)
        self._children = {lane: ChildAnalyser(factory, f"newsledger-{lane}-lane", CHILD_NICENESS[lane])
                          for lane, on in (("large", large_process), ("small", small_process)) if on}
        self._store = store
        self.large_chars = large_chars
        self._workers = workers
        self._max_queued = max_queued
        self._keep = keep
        self._batch = {"small": max(1, batch), "large": 1}
        self._pipeline: Any = None
        self._load_lock = threading.Lock()  # guards _pipeline
        self._start_lock = threading.Lock()  # guards _threads
        self._lock = threading.Lock()  # guards _jobs
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._queues: dict[str, queue.Queue[tuple[str, Work] | None]] = {
            lane: queue.Queue() for lane in LANES}
        self._threads: list[threading.Thread] = []
        self._loaded = {lane: threading.Event() for lane in self._children}
        self.started_at = _now()

    # -- the client's side
    def submit(self, work: Work, source: str) -> Job:
        """Queue one article; returns its job (status ``queued``)."""
        lane = "large" if len(work.text) > self.large_chars else "small"
        job = Job(id=new_job_id(work.text), status="queued", source=source, chars=len(work.text),
                  lane=lane, created=_now())
        with self._lock:
            if self.waiting() >= self._max_queued:
                raise QueueFull(f"{self._max_queued} articles are waiting for analysis; try later")
            self._jobs[job.id] = job
            self._forget_old()
        self.start()
        self._queues[lane].put((job.id, work))
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self, limit: int = 50) -> list[Job]:
        """The newest jobs first."""
        with self._lock:
            return list(reversed(self._jobs.values()))[:limit]

    def waiting(self) -> int:
        return sum(q.qsize() for q in self._queues.values())

    def ready(self) -> bool:
        """Whether every lane's child process has loaded its pipeline (True without any)."""
        return all(e.is_set() for e in self._loaded.values())

    def start(self) -> None:
        """Start the workers, and the lanes' child processes (which load their pipelines now,
        so that the first article does not wait for it); done by the first ``submit`` too."""
        with self._start_lock:
            if self._threads:
                return
            for child in self._children.values():
                child.start()
            for lane in LANES:
                for i in range(self._workers):
                    t = threading.Thread(target=self._work, args=(lane,), daemon=True,
                                         name=f"jobs-{lane}-{i}")
                    t.start()
                    self._threads.append(t)

    def close(self) -> None:
        """Stop the workers once they finish the job in hand (queued jobs are dropped)."""
        with self._start_lock:
            for lane, q in self._queues.items():
                for _ in range(sum(1 for t in self._threads if t.name.startswith(f"jobs-{lane}"))):
                    q.put(None)
            self._threads = []
        for child in self._children.values():
            child.close()

    # -- the workers' side
    def _update(self, job_id: str, **changes: Any) -> None:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is not None:
                self._jobs[job_id] = replace(job, **changes)

    def _forget_old(self) -> None:
        finished = [j.id for j in self._jobs.values() if j.status in ("stored", "failed")]
        for job_id in finished[:max(0, len(finished) - self._keep)]:
            del self._jobs[job_id]

    def pipeline(self) -> Any:
        """The pipeline, built on first use and shared by every worker thread."""
        with self._load_lock:
            if self._pipeline is None:
                log.info("loading the pipeline")
                self._pipeline = self._factory()
            return self._pipeline

    def _take(self, lane: str) -> list[tuple[str, Work]] | None:
        """The next job of the lane and, up to the lane's batch, every other one waiting
        (None: stop)."""
        q = self._queues[lane]
        first = q.get()
        if first is None:
            return None
        items = [first]
        until = time.monotonic() + (BATCH_WINDOW if self._batch[lane] > 1 else 0.0)
        while len(items) < self._batch[lane]:
            try:  # what arrives within the window joins the batch
                item = q.get(timeout=max(0.0, until - time.monotonic()))
            except queue.Empty:
                break
            if item is None:
                q.put(None)  # for the next round
                break
            items.append(item)
        return items

    def _work(self, lane: str) -> None:
        child = self._children.get(lane)
        if child is not None:  # jobs wait in the queue (not "analysing") while it loads
            try:
                child.wait_loaded()
            except NewsledgerError:
                log.exception("the %s lane's process did not load its pipeline", lane)
            self._loaded[lane].set()
        while True:
            items = self._take(lane)
            if items is None:
                return
            self._run(lane, items)

    def _analyse(self, lane: str, items: list[tuple[str, dict[str, Any]]]) -> list[Outcome]:
        child = self._children.get(lane)
        if child is not None:
            return child.analyse(items)
        return analyse_batch(self.pipeline(), items)

    def _run(self, lane: str, items: list[tuple[str, Work]]) -> None:
        for job_id, _ in items:
            self._update(job_id, status="analysing", started=_now(), batch=len(items))
        began = time.perf_counter()
        try:
            outcomes = self._analyse(lane, [(w.text, w.meta) for _, w in items])
        except NewsledgerError as exc:
            outcomes = [("error", str(exc))] * len(items)
        except Exception as exc:  # a bug in one analysis must not stop the worker
            log.exception("analysis failed")
            outcomes = [("error", f"internal error: {type(exc).__name__}: {exc}")] * len(items)
        seconds = round(time.perf_counter() - began, 3)
        for (job_id, _), (kind, value) in zip(items, outcomes, strict=True):
            self._update(job_id, analysis_seconds=seconds)
            if kind == "ok":
                self._finish(job_id, value)
            else:
                reason = value[1] if kind == "input" else str(value)
                self._update(job_id, status="failed", reason=reason, finished=_now())

    def _finish(self, job_id: str, analysis: Analysis) -> None:
        try:
            article_id, new = self._store(analysis)
        except NewsledgerError as exc:
            self._update(job_id, status="failed", reason=str(exc), finished=_now())
        except Exception as exc:  # a bug in one store must not stop the worker
            log.exception("job %s failed", job_id)
            self._update(job_id, status="failed", finished=_now(),
                         reason=f"internal error: {type(exc).__name__}: {exc}")
        else:
            self._update(job_id, status="stored", article_id=article_id, new=new, finished=_now())
