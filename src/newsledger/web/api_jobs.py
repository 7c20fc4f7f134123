"""The API's writes: articles and uploaded files queued for analysis, and their jobs' status.

``POST /api/articles`` (one article as JSON) and ``POST /api/uploads`` (a ``.txt``, ``.html`` or
``.jsonl`` file's content as JSON) answer 202 at once with a job per article (``Location`` names
the first); ``GET /api/jobs/{id}`` tells where it got to (see ``jobs``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, FastAPI, HTTPException, Security
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field

from ..ingest import read_bytes
from ..records import Article
from .jobs import Job, JobQueue, QueueFull, Work, article_of_job
from .models import NewArticle, error_responses
from .params import ID_PATTERN
from .state import AppState, clean

_bearer = HTTPBearer(auto_error=False, description="Needed when the server has a token.")
UPLOAD_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson")
ARTICLE_META = ("title", "outlet", "url", "byline", "published")


class NewUpload(BaseModel):
    """A file's content (text) and its name, whose extension gives the format."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=300, description="The file name, e.g. story.html.")
    content: str = Field(min_length=1, description="The file's text.")


class IngestFailure(BaseModel):
    source: str
    reason: str


class Queued(BaseModel):
    """The jobs of the articles queued, and what could not be read."""

    jobs: list[Job]
    failures: list[IngestFailure] = []


class JobList(BaseModel):
    items: list[Job]
    waiting: int = Field(description="Jobs queued and not started yet.")
    ready: bool = Field(description="False while the analysis processes are still loading their "
                                    "pipelines (jobs then wait in the queue).")


def _queued(jobs: list[Job], failures: list[IngestFailure]) -> JSONResponse:
    body = Queued(jobs=jobs, failures=failures).model_dump(mode="json")
    if not jobs:
        return JSONResponse(body, status_code=400)
    return JSONResponse(body, status_code=202, headers={"Location": f"/api/jobs/{jobs[0].id}"})


def _submit(queue: JobQueue, work: Work, source: str) -> Job:
    try:
        return queue.submit(work, source)
    except QueueFull as exc:
        raise HTTPException(503, str(exc), headers={"Retry-After": "30"}) from exc


def _article_work(article: Article) -> Work:
    meta = {k: getattr(article, k) for k in ARTICLE_META if getattr(article, k)}
    return Work(text=article.text, meta=meta)


def add_job_api(app: FastAPI, state: AppState) -> None:
    """POST /api/articles, POST /api/uploads, GET /api/jobs and /api/jobs/{id}."""
    queue = state.jobs
    assert queue is not None
    guarded = state.config.token is not None
    codes = (400, 401, 413, 415, 503) if guarded else (400, 413, 415, 503)
    security = [Security(_bearer)] if guarded else []
    accepted = {202: {"model": Queued, "description": "Queued: follow Location (the job)"}}

    @app.post("/api/articles", status_code=202, tags=["articles"], response_model=Queued,
              responses={**accepted, **error_responses(*codes)}, dependencies=security)
    def post_article(article: Annotated[NewArticle, Body()]) -> JSONResponse:
        """Queue an article for analysis; answers 202 at once, with its job in ``Location``
        (``GET /api/jobs/{id}``: queued, analysing, stored with the article's id, or failed
        with the reason)."""
        meta = {k: clean(v) for k, v in article.model_dump(exclude={"text"}).items()}
        work = Work(text=article.text, meta={k: v for k, v in meta.items() if v})
        return _queued([_submit(queue, work, "POST /api/articles")], [])

    @app.post("/api/uploads", status_code=202, tags=["articles"], response_model=Queued,
              responses={**accepted, **error_responses(*codes)}, dependencies=security)
    def post_upload(upload: Annotated[NewUpload, Body()]) -> JSONResponse:
        """Queue every article of a file (``.txt``, ``.html`` or ``.jsonl``, one article a line)
        for analysis; answers 202 with a job per article and what could not be read (400 when
        nothing could)."""
        name = upload.name.strip()
        if not name.lower().endswith(UPLOAD_EXTENSIONS):
            raise HTTPException(400, f"{name}: upload a file ending in "
                                     f"{', '.join(UPLOAD_EXTENSIONS)}")
        jobs: list[Job] = []
        failures: list[IngestFailure] = []
        for item in read_bytes(upload.content.encode("utf-8"), name):
            if isinstance(item, Article):
                jobs.append(_submit(queue, _article_work(item), item.source_path or name))
            else:
                failures.append(IngestFailure(source=item.source, reason=item.reason))
        return _queued(jobs, failures)

    @app.get("/api/jobs", response_model=JobList, tags=["articles"])
    def list_jobs() -> JobList:
        """The newest analysis jobs of this server (kept in memory), newest first."""
        return JobList(items=queue.recent(100), waiting=queue.waiting(), ready=queue.ready())

    @app.get("/api/jobs/{job_id}", response_model=Job, tags=["articles"],
             responses=error_responses(404))
    def get_job(job_id: Annotated[str, PathParam(max_length=64, pattern=ID_PATTERN)]) -> Any:
        """One job: ``queued``, ``analysing``, ``stored`` (``article_id``; ``new`` false when the
        text was already stored) or ``failed`` (``reason``). After a restart a forgotten job is
        ``stored`` when its article is in the database (with a ``note``), else a 404."""
        job = queue.get(job_id)
        if job is None:
            return _forgotten(state, queue, job_id)
        return job


def _forgotten(state: AppState, queue: JobQueue, job_id: str) -> Job:
    """A job this server does not know: sent before it restarted (jobs are kept in memory), and
    stored when its article is in the database; else a 404 that says so."""
    article_id = article_of_job(job_id)
    row = None
    if article_id is not None:
        with state.reader() as store:
            row = store.conn.execute("SELECT length(text), analysed_at FROM articles WHERE id = ?",
                                     (article_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"no job {job_id!r} on this server, which started at "
                                 f"{queue.started_at}: jobs are kept in memory, so a job sent "
                                 "before a restart is forgotten, and its article is not stored "
                                 "(send it again)")
    chars = int(row[0])
    return Job(id=job_id, status="stored", source="sent before the server restarted", chars=chars,
               lane="large" if chars > queue.large_chars else "small", created=str(row[1]),
               finished=str(row[1]), article_id=article_id,
               note="found in the database after the server restarted (times are the article's)")
