"""Analysis off the request path: a small job queue with worker threads and a status per job.

``POST /api/articles`` and ``POST /api/uploads`` do not analyse on the request: each article
becomes a :class:`Job` (``queued`` → ``analysing`` → ``stored``, or ``failed`` with its reason),
the request returns 202 with the job's address (``/api/jobs/{id}``), and worker threads analyse
and store. Texts longer than ``large_chars`` go to their own lane with its own worker, so a long
article never holds up short ones, and reads never wait for an analysis (they run on other
threads; the pipeline is loaded once, on the first job, and shared by the workers). With
``large_process`` (as ``newsledger serve`` runs) the large lane analyses in a child process
with its own pipeline, so that a long analysis runs beside the server instead of sharing its
interpreter lock with the short ones and the reads.

The jobs are kept in memory (the newest ``keep`` finished ones); the queue holds at most
``max_queued`` waiting jobs and refuses more (the API answers 503).
"""

from __future__ import annotations

import logging
import queue
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

from ..errors import InputError, NewsledgerError
from ..records import Analysis, Record

log = logging.getLogger(__name__)

JobStatus = Literal["queued", "analysing", "stored", "failed"]
LARGE_CHARS = 20_000  # texts longer than this go to the large lane
MAX_QUEUED = 1000
KEEP_FINISHED = 1000
LANES = ("small", "large")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


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


@dataclass(frozen=True)
class Work:
    """What a job analyses: the text and the article's metadata."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)


Store = Callable[[Analysis], tuple[str, bool]]  # stores an analysis: (article id, newly stored)


def _child_loop(factory: Callable[[], Any], conn: Any) -> None:
    """The child process of the large lane: one pipeline, one article at a time."""
    pipeline = factory()
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        text, meta = item
        try:
            conn.send(("ok", pipeline.analyze_text(text, **meta)))
        except InputError as exc:
            conn.send(("input", (exc.source, exc.reason)))
        except NewsledgerError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # reported as the job's reason; the process goes on
            conn.send(("error", f"internal error: {type(exc).__name__}: {exc}"))


class ChildAnalyser:
    """A child process with its own pipeline (built by a picklable ``factory``), so that long
    analyses run beside the server's threads instead of sharing their interpreter lock."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._conn: Any = None
        self._proc: Any = None

    def _start(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_child_loop, args=(self._factory, child), daemon=True,
                           name="newsledger-large-lane")
        proc.start()
        child.close()
        self._conn, self._proc = parent, proc

    def analyze_text(self, text: str, **meta: Any) -> Analysis:
        if self._proc is None or not self._proc.is_alive():
            self._start()
        try:
            self._conn.send((text, meta))
            kind, value = self._conn.recv()
        except (EOFError, OSError) as exc:
            self._proc = None
            raise NewsledgerError("the analysis process stopped before it finished") from exc
        if kind == "ok":
            return value  # type: ignore[no-any-return]
        if kind == "input":
            raise InputError(*value)
        raise NewsledgerError(value)

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
    """Worker threads analysing queued articles with one shared pipeline; one lane per size."""

    def __init__(self, factory: Callable[[], Any], store: Store, *, large_chars: int = LARGE_CHARS,
                 workers: int = 1, max_queued: int = MAX_QUEUED, keep: int = KEEP_FINISHED,
                 large_process: bool = False) -> None:
        self._factory = factory
        # the large lane in a child process (its factory must then be picklable)
        self._child = ChildAnalyser(factory) if large_process else None
        self._store = store
        self.large_chars = large_chars
        self._workers = workers
        self._max_queued = max_queued
        self._keep = keep
        self._pipeline: Any = None
        self._load_lock = threading.Lock()
        self._lock = threading.Lock()  # guards _jobs
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._queues: dict[str, queue.Queue[tuple[str, Work] | None]] = {
            lane: queue.Queue() for lane in LANES}
        self._threads: list[threading.Thread] = []

    # -- the client's side
    def submit(self, work: Work, source: str) -> Job:
        """Queue one article; returns its job (status ``queued``)."""
        lane = "large" if len(work.text) > self.large_chars else "small"
        job = Job(id=secrets.token_hex(8), status="queued", source=source, chars=len(work.text),
                  lane=lane, created=_now())
        with self._lock:
            if self.waiting() >= self._max_queued:
                raise QueueFull(f"{self._max_queued} articles are waiting for analysis; try later")
            self._jobs[job.id] = job
            self._forget_old()
        self._start()
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

    def close(self) -> None:
        """Stop the workers once they finish the job in hand (queued jobs are dropped)."""
        for lane, q in self._queues.items():
            for _ in range(sum(1 for t in self._threads if t.name.startswith(f"jobs-{lane}"))):
                q.put(None)
        self._threads = []
        if self._child is not None:
            self._child.close()

    # -- the workers' side
    def _start(self) -> None:
        with self._load_lock:
            if self._threads:
                return
            for lane in LANES:
                for i in range(self._workers):
                    t = threading.Thread(target=self._work, args=(lane,), daemon=True,
                                         name=f"jobs-{lane}-{i}")
                    t.start()
                    self._threads.append(t)

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
        """The pipeline, built on first use and shared by every worker."""
        with self._load_lock:
            if self._pipeline is None:
                log.info("loading the pipeline")
                self._pipeline = self._factory()
            return self._pipeline

    def _work(self, lane: str) -> None:
        q = self._queues[lane]
        while True:
            item = q.get()
            if item is None:
                return
            job_id, work = item
            self._update(job_id, status="analysing", started=_now())
            try:
                analyser = self._child if lane == "large" and self._child else self.pipeline()
                analysis = analyser.analyze_text(work.text, **work.meta)
                article_id, new = self._store(analysis)
            except NewsledgerError as exc:
                reason = getattr(exc, "reason", None) or str(exc)
                self._update(job_id, status="failed", reason=reason, finished=_now())
            except Exception as exc:  # a bug in one analysis must not stop the worker
                log.exception("job %s failed", job_id)
                self._update(job_id, status="failed", finished=_now(),
                             reason=f"internal error: {type(exc).__name__}: {exc}")
            else:
                self._update(job_id, status="stored", article_id=article_id, new=new,
                             finished=_now())
