"""What the pages and the API share: the app's configuration and state (database connections,
the analysis job queue, the ledger kept up to date), record queries, paging and templates."""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import __version__, ledger
from ..errors import NewsledgerError
from ..records import Analysis, Record
from ..storage import db
from ..storage.query import Table
from ..storage.store import Store
from . import TEMPLATES_DIR
from . import charts as web_charts
from .charts import actor_href, article_href, outlet_href
from .highlight import KIND_LABELS
from .jobs import JobQueue
from .pagecache import Key, PageCache
from .security import MAX_BODY_BYTES

log = logging.getLogger(__name__)

LEDGER_RECHECK_SECONDS = 30.0
# responses are gzipped (GZipMiddleware, app.py) from this size, at this level: zlib's own
# default; on the article pages (143 KB of HTML on average, PolNeAR dev articles) a third of
# the CPU time of level 9 (Starlette's default), for 4% more bytes (13.3 KB against 12.8)
GZIP_MIN_BYTES = 2048
GZIP_LEVEL = 6
GZIP_HEADERS = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
# PostgreSQL connections the app keeps for reading (requests beyond wait for a free one); writes
# go one at a time (``AppState.lock``) through a pool of their own, of at most two
POOL_SIZE = 8
WRITE_POOL_SIZE = 2


@dataclass(frozen=True)
class ServeConfig(Record):
    """How one app instance is set up."""

    db: str
    token: str | None = None
    max_body: int = MAX_BODY_BYTES
    allowed_hosts: tuple[str, ...] = ("*",)
    pool_size: int = POOL_SIZE  # PostgreSQL: connections the app keeps open for reading at most



# -- helpers shared by pages and API ------------------------------------------------------------
def table_rows(table: Table) -> list[dict[str, Any]]:
    return [dict(zip(table.columns, r, strict=True)) for r in table.rows]


def page_of(items: list[Any], limit: int, offset: int) -> tuple[list[Any], int | None]:
    """Items fetched with ``limit + 1`` cut to ``limit``, and the next offset if there are more."""
    more = len(items) > limit
    return items[:limit], (offset + limit if more else None)


def clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def safe_href(url: str | None) -> str | None:
    """Only http(s) links to the article's source; anything else is shown as text."""
    if url and re.match(r"^https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


@dataclass(frozen=True)
class Pager(Record):
    page: int
    has_next: bool
    prev_url: str | None = None
    next_url: str | None = None
    pages: int | None = None  # how many pages in all (None: not counted, or past the count cap)
    total: int | None = None  # how many items in all (at most the count cap)
    capped: bool = False  # more items than counted


def pager(request: Request, page: int, has_next: bool, param: str = "page", *,
          total: Any = None, per_page: int = 1) -> Pager:
    """Links to the previous and next pages; ``total`` (a ``lists.Total``) adds the totals."""
    def url(p: int) -> str:
        target = request.url.include_query_params(**{param: p})
        return f"{target.path}?{target.query}"

    count = getattr(total, "count", None)
    capped = bool(getattr(total, "capped", False))
    pages = None if count is None or capped else max(1, -(-count // per_page))
    return Pager(page=page, has_next=has_next, prev_url=url(page - 1) if page > 1 else None,
                 next_url=url(page + 1) if has_next else None, pages=pages, total=count,
                 capped=capped)



@dataclass
class AppState:
    config: ServeConfig
    templates: Environment
    plotly_js: Path | None
    jobs: JobQueue | None = None  # set by create_app (it needs store_analysis)
    lock: threading.Lock = field(default_factory=threading.Lock)
    ledger_lock: threading.Lock = field(default_factory=threading.Lock)
    ledger_dirty: bool = True  # check (and rebuild if stale) before the next ledger read
    ledger_checked: float = 0.0  # time.monotonic() of the last check
    # PostgreSQL: the pools of connections requests take theirs from (read-only, and for
    # writing), opened on first use, closed at shutdown (``close``). A SQLite file is opened
    # for writing per request; for reading, once per thread of the server's pool and kept
    # (``_sqlite_reader``: a new connection reads the whole schema first, 0.6 ms a request)
    pools: dict[bool, db.PgPool] = field(default_factory=dict)
    readers: threading.local = field(default_factory=threading.local)
    pools_lock: threading.Lock = field(default_factory=threading.Lock)
    closed: bool = False
    # rendered article pages and API entries (set by create_app; see ``pagecache``)
    pages: PageCache = field(default_factory=lambda: PageCache("", 0))

    def _store(self, readonly: bool) -> Store:
        if not db.is_url(self.config.db):
            return Store(self.config.db, readonly=readonly)
        with self.pools_lock:
            if self.closed:
                raise HTTPException(503, "the server is shutting down")
            pool = self.pools.get(readonly)
            if pool is None:
                size = self.config.pool_size if readonly else WRITE_POOL_SIZE
                pool = self.pools[readonly] = db.PgPool(self.config.db, readonly=readonly, max_size=size)
        return Store(self.config.db, readonly=readonly, connection=pool.connect())

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only store for one request (its PostgreSQL connection from the pool; over
        SQLite, the one this thread keeps)."""
        if not db.is_url(self.config.db):
            with self._sqlite_reader() as kept:
                yield kept
            return
        store = self._store(readonly=True)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def _sqlite_reader(self) -> Iterator[Store]:
        """The read-only store of this thread, opened again when the file was replaced (another
        device or inode number) or written other than through its write-ahead log (its
        modification time: a store opened as immutable, see ``Store``, would not see that).
        After each request any transaction left open is rolled back, so that the next one reads
        what is committed; after an error the store is dropped."""
        try:
            st = os.stat(self.config.db)
            file = (st.st_dev, st.st_ino, st.st_mtime_ns)
        except OSError:
            file = None
        kept: tuple[tuple[int, int, int] | None, Store] | None = getattr(self.readers, "store", None)
        if kept is None or kept[0] != file or file is None:
            if kept is not None:
                kept[1].close()
                self.readers.store = None
            kept = (file, self._store(readonly=True))
            if file is not None:
                self.readers.store = kept
        store = kept[1]
        try:
            yield store
        except BaseException:
            self.readers.store = None
            store.close()
            raise
        if file is None:
            store.close()
        elif store.conn.in_transaction:
            store.conn.rollback()

    @contextmanager
    def writer(self) -> Iterator[Store]:
        store = self._store(readonly=False)
        try:
            yield store
        finally:
            store.close()

    def kept_response(self, request: Request, key: Key, media_type: str, build: Callable[[], bytes]
                      ) -> Response:
        """The response for ``key`` (an article page or API entry) as the page cache keeps it, or
        built by ``build`` and kept. For a client that takes gzip, the body is compressed once
        and kept so, and sent as ``GZipMiddleware`` would send it (which leaves it alone then)."""
        gzip_ok = "gzip" in request.headers.get("accept-encoding", "")
        zipped_key = (f"{key[0]}.gz", key[1])
        if gzip_ok:
            zipped, _ = self.pages.lookup(zipped_key)
            if zipped is not None:
                return Response(zipped, media_type=media_type, headers=GZIP_HEADERS)
        body, generation = self.pages.lookup(key)
        if body is None:
            body = build()
            self.pages.put(key, body, generation)
        if gzip_ok and self.pages.enabled and len(body) >= GZIP_MIN_BYTES:
            zipped = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
            self.pages.put(zipped_key, zipped, generation)
            return Response(zipped, media_type=media_type, headers=GZIP_HEADERS)
        return Response(body, media_type=media_type)

    def close(self) -> None:
        """Close the connection pools (at shutdown)."""
        with self.pools_lock:
            self.closed = True
            pools, self.pools = list(self.pools.values()), {}
        for pool in pools:
            pool.close()
        self.pages.close()

    def store_analysis(self, analysis: Analysis) -> tuple[str, bool]:
        """Store one analysis (a job's last step): its article id, and whether it is new."""
        with self.lock, self.writer() as store:
            result = store.add(analysis)
        if result.stored:
            self.ledger_dirty = True
        return result.article_id, result.stored

    def ensure_ledger(self) -> None:
        """Build the ledger, or rebuild it when the stored data changed.

        The check runs after every article the app stores, and otherwise at most every
        ``LEDGER_RECHECK_SECONDS`` (another process may be ingesting into the same file).
        """
        if not self.ledger_dirty and time.monotonic() - self.ledger_checked < LEDGER_RECHECK_SECONDS:
            return
        with self.ledger_lock:
            if self.ledger_dirty or time.monotonic() - self.ledger_checked >= LEDGER_RECHECK_SECONDS:
                self._check_ledger()

    def _check_ledger(self) -> None:
        problem = None
        try:
            with self.lock, self.writer() as store:
                summary = ledger.ensure_ledger(store)
            if summary is not None:
                log.info("built the ledger: %d ledger events, %d claim threads",
                         summary.ledger_events, summary.claim_threads)
        except NewsledgerError as exc:  # e.g. a database file this process cannot write
            problem = str(exc)
            log.warning("cannot build the ledger: %s", exc)
        self.ledger_dirty = False
        self.ledger_checked = time.monotonic()
        if problem is not None:
            with self.reader() as store:
                built = ledger.ledger_status(store).built
            if not built:
                self.ledger_dirty = True
                raise HTTPException(503, f"the ledger is not built and cannot be built "
                                         f"here: {problem}")


def build_templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = web_charts.fmt_number
    env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    env.globals.update(actor_url=actor_href, outlet_url=outlet_href, article_url=article_href,
                       version=__version__, kind_labels=KIND_LABELS)
    return env
