"""The web app and REST API behind ``newsledger serve``.

Pages are rendered on the server with Jinja2 (autoescaping on): the article index, an article
reader with its records highlighted, the ledger (claim threads with charts, linked events),
actor and outlet profiles, and search. The REST API lives under ``/api``; FastAPI describes
it at ``/api/openapi.json`` and ``/api-docs`` lists it as a page (no third-party assets: the
Swagger UI, which loads from a CDN, is switched off).

Security: article text is untrusted, so every piece of it is escaped; every response carries a
Content-Security-Policy that lets in only the app's own scripts and styles (no inline script);
request bodies are capped before they are read; SQL goes through the parameterised Store and
query APIs; the server binds to 127.0.0.1 unless a bearer token guards the write endpoints.

>>> app = create_app("news.db")          # an ASGI app, e.g. for uvicorn or a test client
>>> run("news.db", host="127.0.0.1", port=8000)
"""

from __future__ import annotations

import importlib.util
import ipaddress
import json
import logging
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Body, FastAPI, HTTPException, Query, Request, Security
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.security import HTTPBearer
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import __version__
from .config import Settings, load_settings
from .db import is_url
from .errors import InputError, NewsledgerError, StoreError
from .query import Filters, Table
from .query import query as run_query
from .records import Analysis, Record
from .store import Store
from .web import STATIC_DIR, TEMPLATES_DIR
from .web import charts as web_charts
from .web.charts import actor_href, article_href, outlet_href
from .web.highlight import KIND_LABELS, KINDS, highlight

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1_000_000
PAGE_SIZE = 25
API_DEFAULT_LIMIT = 50
API_MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000
MIN_TOKEN_CHARS = 16
LEDGER_RECHECK_SECONDS = 30.0
TOKEN_ENV = "NEWSLEDGER_TOKEN"
WRITE_ROUTES = frozenset({("POST", "/api/articles")})  # (method, path) that take a body
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]{0,25})?$"
ID_PATTERN = r"^[A-Za-z0-9_\-]+$"
SEARCH_KINDS = ("articles", "events", "quotes", "figures", "framing")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")

# Plotly draws with SVG and sets styles through the CSSOM, which CSP allows; it needs neither
# 'unsafe-eval' (only its WebGL traces compile code, and the app uses none) nor inline script.
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
)

T = TypeVar("T")


# -- configuration and start-up checks --------------------------------------------------------
@dataclass(frozen=True)
class ServeConfig(Record):
    """How one app instance is set up."""

    db: str
    token: str | None = None
    max_body: int = MAX_BODY_BYTES
    allowed_hosts: tuple[str, ...] = ("*",)


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach (127.0.0.0/8, ::1, localhost)."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_token(token: str | None) -> str | None:
    """The token given, else the one in ``NEWSLEDGER_TOKEN``; blank means none."""
    value = token if token is not None else os.environ.get(TOKEN_ENV)
    return value.strip() or None if value is not None else None


def check_bind(host: str, token: str | None) -> None:
    """Refuse a bind that would expose the write endpoints without a token."""
    if is_loopback(host):
        return
    if not token:
        raise NewsledgerError(
            f"refusing to listen on {host}: other machines could add articles. Give a bearer "
            f"token with --token or the {TOKEN_ENV} environment variable (write requests must then "
            "send 'Authorization: Bearer <token>'), or listen on 127.0.0.1"
        )
    if len(token) < MIN_TOKEN_CHARS:
        raise NewsledgerError(
            f"the token is too short to guard a server on {host}: use at least {MIN_TOKEN_CHARS} "
            "characters (for example the output of: python -c \"import secrets; "
            "print(secrets.token_urlsafe(24))\")"
        )


def _token_ok(header: str | None, token: str) -> bool:
    scheme, _, value = (header or "").partition(" ")
    return scheme.lower() == "bearer" and secrets.compare_digest(value.strip().encode(), token.encode())


def plotly_js_path() -> Path | None:
    """``plotly.min.js`` as shipped inside the installed ``plotly`` package (not imported)."""
    spec = importlib.util.find_spec("plotly")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "package_data" / "plotly.min.js"
        if path.is_file():
            return path
    return None


_INLINE_STYLE = re.compile(
    rb'getElementById\("([0-9a-f]{16,64})"\)\)\{var \w+=document\.createElement\("style"\)')


def plotly_inline_style_ids(path: Path | None) -> tuple[str, ...]:
    """Ids of the ``<style>`` blocks plotly.js injects on load unless an element has that id.

    They style map traces, which the app does not draw; the pages carry empty elements with these
    ids so that plotly skips them instead of tripping the Content-Security-Policy.
    """
    if path is None:
        return ()
    return tuple(dict.fromkeys(m.decode() for m in _INLINE_STYLE.findall(path.read_bytes())))


# -- ASGI middleware ----------------------------------------------------------------------------
async def _send_error(scope: Scope, receive: Receive, send: Send, status: int, detail: str,
                      headers: dict[str, str] | None = None) -> None:
    await JSONResponse({"detail": detail}, status_code=status, headers=headers)(scope, receive, send)


class RequestGuard:
    """Checks requests to the write endpoints before any body is read: token, media type, size.

    The size cap holds for chunked bodies too: at most ``max_body`` bytes are ever read. Other
    requests pass through (no other route reads a body; wrong methods get 405 from the router).
    """

    def __init__(self, app: ASGIApp, *, max_body: int, token: str | None,
                 write_routes: frozenset[tuple[str, str]] = WRITE_ROUTES) -> None:
        self.app = app
        self.max_body = max_body
        self.token = token
        self.write_routes = write_routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or (scope["method"], scope["path"].rstrip("/")) not in self.write_routes:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if self.token and not _token_ok(headers.get("authorization"), self.token):
            await _send_error(scope, receive, send, 401,
                              "missing or wrong bearer token (send 'Authorization: Bearer <token>')",
                              {"WWW-Authenticate": "Bearer"})
            return
        media = headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            await _send_error(scope, receive, send, 415,
                              "send the request body as JSON (Content-Type: application/json)")
            return
        too_big = f"request body too large (limit {self.max_body:,} bytes)"
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await _send_error(scope, receive, send, 400, "invalid Content-Length header")
                return
            if int(declared) > self.max_body:
                await _send_error(scope, receive, send, 413, too_big)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _send_error(scope, receive, send, 413, too_big)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class SecurityHeaders:
    """Adds the Content-Security-Policy and related headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# -- API models ---------------------------------------------------------------------------------
class Page(BaseModel, Generic[T]):
    """One page of results; ask for the next with ``offset=next_offset`` (null: no more)."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = None


class _Row(BaseModel):
    model_config = ConfigDict(extra="allow")


class ArticleRow(_Row):
    id: str
    published: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class EventRow(_Row):
    id: str
    published: str | None = None
    outlet: str | None = None
    plover: str | None = None
    cameo: str | None = None
    source_text: str | None = None
    predicate: str | None = None
    target_text: str | None = None
    modality: str | None = None
    claimed_by: str | None = None
    article_id: str | None = None
    sentence: int | None = None


class QuoteRow(_Row):
    id: str
    published: str | None = None
    outlet: str | None = None
    kind: str | None = None
    speaker: str | None = None
    speaker_actor: str | None = None
    cue_lemma: str | None = None
    content: str | None = None
    article_id: str | None = None
    sentence: int | None = None


class FigureRow(_Row):
    id: str
    published: str | None = None
    outlet: str | None = None
    qualifier: str | None = None
    value_low: float | None = None
    value_high: float | None = None
    unit: str | None = None
    measure: str | None = None
    group: str | None = None
    attribution: str | None = None
    text: str | None = None
    article_id: str | None = None
    sentence: int | None = None


class FramingRow(_Row):
    id: str
    published: str | None = None
    outlet: str | None = None
    kind: str | None = None
    text: str | None = None
    refers_to: str | None = None
    voice: str | None = None
    article_id: str | None = None
    sentence: int | None = None


class ActorRow(_Row):
    id: str
    name: str | None = None
    type: str | None = None
    country: str | None = None
    code: str | None = None
    mentions: int | None = None


class SearchResult(BaseModel):
    kind: str
    q: str | None = None
    columns: list[str]
    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None = None


class NewArticle(BaseModel):
    """An article to analyse and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article body (English).")
    title: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=4000)
    byline: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, pattern=DATE_PATTERN,
                                  description="ISO 8601 date (YYYY-MM-DD) or date and time.")


class StoredAnalysis(BaseModel):
    stored: bool = Field(description="False when the same text was already in the database.")
    analysis: Analysis


class Health(BaseModel):
    status: str
    version: str
    counts: dict[str, int]
    ledger: bool


class ErrorDetail(BaseModel):
    detail: str


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {400: "Bad input", 401: "Missing or wrong bearer token", 404: "Not found",
            413: "Request body too large", 415: "Body is not JSON",
            503: "The ledger is not available"}
    return {c: {"model": ErrorDetail, "description": text[c]} for c in codes}


# -- helpers shared by pages and API ------------------------------------------------------------
def _ledger() -> ModuleType | None:
    """The ledger module, imported on first use (it is optional for the rest of the app)."""
    try:
        from . import ledger
    except ImportError as exc:
        log.debug("ledger not available: %s", exc)
        return None
    return ledger


def _fts_quoted(text: str) -> str | None:
    """A search string as plain FTS5 terms (each word quoted), for input that is not FTS syntax."""
    words = [w.replace('"', '""') for w in text.split()]
    return " ".join(f'"{w}"' for w in words) or None


def _query(store: Store, kind: str, filters: Filters) -> Table:
    """``query.query`` that retries a search the FTS5 parser rejects as quoted plain words."""
    try:
        return run_query(store, kind, filters)
    except NewsledgerError:
        if not filters.text:
            raise
        quoted = _fts_quoted(filters.text)
        if quoted == filters.text:
            raise
        return run_query(store, kind, filters.replace(text=quoted))


def _rows(table: Table) -> list[dict[str, Any]]:
    return [dict(zip(table.columns, r, strict=True)) for r in table.rows]


def _page_of(items: list[Any], limit: int, offset: int) -> tuple[list[Any], int | None]:
    """Items fetched with ``limit + 1`` cut to ``limit``, and the next offset if there are more."""
    more = len(items) > limit
    return items[:limit], (offset + limit if more else None)


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _safe_href(url: str | None) -> str | None:
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


def _pager(request: Request, page: int, has_next: bool, param: str = "page") -> Pager:
    def url(p: int) -> str:
        target = request.url.include_query_params(**{param: p})
        return f"{target.path}?{target.query}"

    return Pager(page=page, has_next=has_next, prev_url=url(page - 1) if page > 1 else None,
                 next_url=url(page + 1) if has_next else None)


class _Analyzer:
    """The pipeline, loaded on the first POST and shared; one analysis at a time."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._pipeline: Any = None
        self._lock = threading.Lock()

    def analyze(self, text: str, **meta: Any) -> Analysis:
        with self._lock:
            if self._pipeline is None:
                log.info("loading the pipeline")
                self._pipeline = self._factory()
            result: Analysis = self._pipeline.analyze_text(text, **meta)
            return result


@dataclass
class _State:
    config: ServeConfig
    analyzer: _Analyzer
    templates: Environment
    plotly_js: Path | None
    lock: threading.Lock = field(default_factory=threading.Lock)
    ledger_lock: threading.Lock = field(default_factory=threading.Lock)
    ledger_dirty: bool = True  # check (and rebuild if stale) before the next ledger read
    ledger_checked: float = 0.0  # time.monotonic() of the last check

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only connection for one request (connections stay in one thread)."""
        store = Store(self.config.db, readonly=True)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def writer(self) -> Iterator[Store]:
        store = Store(self.config.db)
        try:
            yield store
        finally:
            store.close()

    def ledger(self) -> ModuleType:
        """The ledger module, with the ledger built, or rebuilt when the stored data changed.

        The check runs after every article the app stores, and otherwise at most every
        ``LEDGER_RECHECK_SECONDS`` (another process may be ingesting into the same file).
        """
        module = _ledger()
        if module is None:
            raise HTTPException(503, "the ledger module is not available in this installation")
        if not self.ledger_dirty and time.monotonic() - self.ledger_checked < LEDGER_RECHECK_SECONDS:
            return module
        with self.ledger_lock:
            if self.ledger_dirty or time.monotonic() - self.ledger_checked >= LEDGER_RECHECK_SECONDS:
                problem = None
                try:
                    with self.lock, self.writer() as store:
                        summary = module.ensure_ledger(store)
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
                        built = module.ledger_status(store).built
                    if not built:
                        self.ledger_dirty = True
                        raise HTTPException(503, f"the ledger is not built and cannot be built "
                                                 f"here: {problem}")
        return module


def _templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = web_charts.fmt_number
    env.filters["tojson_attr"] = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))
    env.globals.update(actor_url=actor_href, outlet_url=outlet_href, article_url=article_href,
                       version=__version__, kind_labels=KIND_LABELS)
    return env


# -- the app ------------------------------------------------------------------------------------
def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_body: int = MAX_BODY_BYTES,
    allowed_hosts: tuple[str, ...] = ("*",),
    settings: Settings | None = None,
    pipeline_factory: Callable[[], Any] | None = None,
) -> FastAPI:
    """The newsledger web app over the database ``db`` (created empty when missing).

    ``token`` guards the write endpoints (``Authorization: Bearer``); ``allowed_hosts`` limits the
    ``Host`` header (against DNS rebinding when serving on loopback); ``pipeline_factory`` builds
    the analysis pipeline on the first POST (default: ``Pipeline(settings)``).
    """
    db = str(db)
    if is_url(db):
        Store(db).close()  # connects, and creates or upgrades the schema
    elif not Path(db).exists():
        log.info("creating an empty database at %s", db)
        Store(db).close()
    else:
        Store(db, readonly=True).close()  # fail now, clearly, if it is not a newsledger database

    if pipeline_factory is None:
        def pipeline_factory() -> Any:
            from .pipeline import Pipeline

            return Pipeline(settings or load_settings())

    state = _State(config=ServeConfig(db=db, token=token, max_body=max_body,
                                      allowed_hosts=tuple(allowed_hosts)),
                   analyzer=_Analyzer(pipeline_factory), templates=_templates(),
                   plotly_js=plotly_js_path())
    if state.plotly_js is None:
        log.warning("plotly is not installed: pages will show tables without charts")
    state.templates.globals["plotly_inline_ids"] = plotly_inline_style_ids(state.plotly_js)

    app = FastAPI(title="newsledger", version=__version__, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="Who did, said and claimed what in the news, with the evidence. "
                              "Read endpoints are open; POST /api/articles needs a bearer token "
                              "when the server was started with one.")
    app.state.nl = state
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(RequestGuard, max_body=max_body, token=token)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    _add_error_handlers(app, state)
    _add_api(app, state)
    _add_pages(app, state)
    return app


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path == "/api" or path.startswith("/api/"))


def _add_error_handlers(app: FastAPI, state: _State) -> None:
    def html_error(request: Request, status: int, message: str) -> HTMLResponse:
        body = state.templates.get_template("error.html").render(
            nav="", status=status, message=message, path=request.url.path)
        return HTMLResponse(body, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:  # list every method the path takes, not only the first route's
            headers["Allow"] = ", ".join(_allowed_methods(request))
        if _wants_html(request):
            page = html_error(request, exc.status_code, str(exc.detail))
            page.headers.update(headers)
            return page
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _wants_html(request):
            problems = "; ".join(f"{'.'.join(map(str, e.get('loc', ())[1:]))}: {e.get('msg')}"
                                 for e in exc.errors())
            return html_error(request, 422, f"invalid request: {problems}")
        return JSONResponse({"detail": _jsonable_errors(exc.errors())}, status_code=422)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> Response:
        if _wants_html(request):
            return html_error(request, 400, exc.reason)
        return JSONResponse({"detail": exc.reason}, status_code=400)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("database error: %s", exc)
        if _wants_html(request):
            return html_error(request, 503, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(NewsledgerError)
    async def bad_request(request: Request, exc: NewsledgerError) -> Response:
        if _wants_html(request):
            return html_error(request, 400, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=400)


def _allowed_methods(request: Request) -> list[str]:
    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def _jsonable_errors(errors: Any) -> list[dict[str, Any]]:
    out = []
    for e in errors:
        item = {k: v for k, v in e.items() if k in ("type", "loc", "msg")}
        item["loc"] = [x if isinstance(x, str | int) else str(x) for x in item.get("loc", ())]
        out.append(item)
    return out


# -- the REST API -------------------------------------------------------------------------------
Limit = Annotated[int, Query(ge=1, le=API_MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=500, description="Full-text search over article text (FTS5).")]
ActorQ = Annotated[str | None, Query(max_length=200, description="Actor id or part of its name.")]
CountryQ = Annotated[str | None, Query(max_length=10, description="ISO 3166 alpha-3 code.")]
TypeQ = Annotated[str | None, Query(max_length=100)]
OutletQ = Annotated[str | None, Query(max_length=200, description="Outlet name or part of it.")]
DateQ = Annotated[str | None, Query(pattern=DATE_PATTERN, description="ISO date (YYYY-MM-DD).")]

_bearer = HTTPBearer(auto_error=False, description="Needed when the server has a token.")


def _add_api(app: FastAPI, state: _State) -> None:
    def listing(kind: str, filters: Filters) -> tuple[list[dict[str, Any]], int | None]:
        with state.reader() as store:
            table = _query(store, kind, filters.replace(limit=filters.limit + 1))
        return _page_of(_rows(table), filters.limit, filters.offset)

    @app.get("/api/health", response_model=Health, tags=["meta"])
    def health() -> Health:
        """Version, record counts and whether the ledger is there."""
        with state.reader() as store:
            counts = store.counts()
        return Health(status="ok", version=__version__, counts=counts, ledger=_ledger() is not None)

    @app.get("/api/articles", response_model=Page[ArticleRow], tags=["articles"],
             responses=_errors(400))
    def list_articles(limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0, outlet: OutletQ = None,
                      actor: ActorQ = None, since: DateQ = None, until: DateQ = None,
                      q: Text = None) -> Page[ArticleRow]:
        """Stored articles, newest first."""
        items, nxt = listing("articles", Filters(outlet=_clean(outlet), actor=_clean(actor),
                                                 since=since, until=until, text=_clean(q),
                                                 limit=limit, offset=offset))
        return Page[ArticleRow](items=[ArticleRow(**r) for r in items], limit=limit, offset=offset,
                                next_offset=nxt)

    @app.get("/api/articles/{article_id}", response_model=Analysis, tags=["articles"],
             responses=_errors(404))
    def get_article(article_id: Annotated[str, PathParam(min_length=4, max_length=64,
                                                         pattern=ID_PATTERN)]) -> Any:
        """One article with all its records (id, or a unique prefix of at least 4 characters)."""
        with state.reader() as store:
            an = store.get_analysis(article_id)
        if an is None or not an.article.id.startswith(article_id):
            raise HTTPException(404, f"no article with id {article_id!r}")
        return an

    guarded = state.config.token is not None

    @app.post("/api/articles", response_model=StoredAnalysis, status_code=201, tags=["articles"],
              responses={200: {"model": StoredAnalysis, "description": "Already stored"},
                         **_errors(*((400, 401, 413, 415) if guarded else (400, 413, 415)))},
              dependencies=[Security(_bearer)] if guarded else [])
    def post_article(article: Annotated[NewArticle, Body()], response: Response) -> StoredAnalysis:
        """Analyse an article and store it; returns its analysis (status 200 if already stored)."""
        meta = {k: _clean(v) for k, v in article.model_dump(exclude={"text"}).items()}
        analysis = state.analyzer.analyze(article.text, **{k: v for k, v in meta.items() if v})
        with state.lock, state.writer() as store:
            result = store.add(analysis)
            state.ledger_dirty = state.ledger_dirty or result.stored
            if not result.stored:
                analysis = store.get_analysis(result.article_id) or analysis
                response.status_code = 200
        return StoredAnalysis(stored=result.stored, analysis=analysis)

    def record_endpoint(kind: str, model: type[_Row], doc: str, *, dated: bool = True) -> None:
        if dated:
            def endpoint(limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0, actor: ActorQ = None,
                         country: CountryQ = None, type: TypeQ = None, outlet: OutletQ = None,
                         since: DateQ = None, until: DateQ = None, q: Text = None) -> Any:
                items, nxt = listing(kind, Filters(
                    actor=_clean(actor), country=_clean(country), type=_clean(type),
                    outlet=_clean(outlet), since=since, until=until, text=_clean(q),
                    limit=limit, offset=offset))
                return Page[model](items=[model(**r) for r in items], limit=limit,  # type: ignore[valid-type]
                                   offset=offset, next_offset=nxt)
        else:
            def endpoint(limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0, actor: ActorQ = None,
                         country: CountryQ = None, type: TypeQ = None) -> Any:
                items, nxt = listing(kind, Filters(actor=_clean(actor), country=_clean(country),
                                                   type=_clean(type), limit=limit, offset=offset))
                return Page[model](items=[model(**r) for r in items], limit=limit,  # type: ignore[valid-type]
                                   offset=offset, next_offset=nxt)

        endpoint.__doc__ = doc
        app.get(f"/api/{kind}", response_model=Page[model], tags=["records"],  # type: ignore[valid-type]
                responses=_errors(400), name=f"list_{kind}")(endpoint)

    record_endpoint("events", EventRow, "Events (type: PLOVER type), newest articles first.")
    record_endpoint("quotes", QuoteRow, "Quotes (type: direct, partial, indirect).")
    record_endpoint("figures", FigureRow, "Figures (type: measure, e.g. killed).")
    record_endpoint("framing", FramingRow, "Framing marks (type: their kind).")
    record_endpoint("actors", ActorRow, "Actors, most mentioned first (type: actor type).",
                    dated=False)

    @app.get("/api/search", response_model=SearchResult, tags=["search"], responses=_errors(400))
    def search(q: Text = None, kind: Annotated[str, Query(pattern="^(" + "|".join(SEARCH_KINDS) + ")$")] = "articles",
               actor: ActorQ = None, outlet: OutletQ = None, type: TypeQ = None,
               since: DateQ = None, until: DateQ = None, limit: Limit = API_DEFAULT_LIMIT,
               offset: Offset = 0) -> SearchResult:
        """Articles, or records in articles, matching a full-text search and filters (``type``
        filters records by their type and is ignored for articles)."""
        filters = Filters(actor=_clean(actor), outlet=_clean(outlet),
                          type=None if kind == "articles" else _clean(type),
                          since=since, until=until, text=_clean(q), limit=limit + 1, offset=offset)
        with state.reader() as store:
            table = _query(store, kind, filters)
        items, nxt = _page_of(_rows(table), limit, offset)
        return SearchResult(kind=kind, q=q, columns=list(table.columns), items=items, limit=limit,
                            offset=offset, next_offset=nxt)

    _add_ledger_api(app, state)


def _ledger_types() -> tuple[Any, Any, Any, Any]:
    """The ledger's result types for the OpenAPI description (plain objects without the ledger)."""
    module = _ledger()
    if module is None:
        return (dict[str, Any],) * 4
    return module.LedgerEvent, module.ClaimThread, module.OutletProfile, module.ActorProfile


RoleQ = Annotated[str | None, Query(pattern="^(source|target)$",
                                    description="Only events with the actor in this role.")]
MinOutletsQ = Annotated[int, Query(ge=1, le=1000, description="Reported by at least this many outlets.")]


def _add_ledger_api(app: FastAPI, state: _State) -> None:
    event_t, thread_t, outlet_t, actor_t = _ledger_types()

    @app.get("/api/ledger/events", response_model=Page[event_t], tags=["ledger"],
             responses=_errors(400, 503))
    def ledger_events(actor: ActorQ = None, role: RoleQ = None, type: TypeQ = None,
                      outlet: OutletQ = None, since: DateQ = None, until: DateQ = None,
                      min_outlets: MinOutletsQ = 1, limit: Limit = API_DEFAULT_LIMIT,
                      offset: Offset = 0) -> Any:
        """Events linked across articles and outlets, newest first, each with its reports."""
        ledger = state.ledger()
        with state.reader() as store:
            found = ledger.ledger_events(store, actor=_clean(actor), role=role, type=_clean(type),
                                         outlet=_clean(outlet), since=since, until=until,
                                         min_outlets=min_outlets, limit=limit + 1, offset=offset)
        items, nxt = _page_of(found, limit, offset)
        return Page[event_t](items=items, limit=limit, offset=offset, next_offset=nxt)

    @app.get("/api/ledger/events/{ledger_event_id}", response_model=event_t, tags=["ledger"],
             responses=_errors(404, 503))
    def ledger_event(ledger_event_id: Annotated[str, PathParam(max_length=64, pattern=ID_PATTERN)]
                     ) -> Any:
        """One ledger event with all its reports."""
        ledger = state.ledger()
        with state.reader() as store:
            found = ledger.ledger_event(store, ledger_event_id)
        if found is None:
            raise HTTPException(404, f"no ledger event {ledger_event_id!r}")
        return found

    @app.get("/api/ledger/claims", response_model=Page[thread_t], tags=["ledger"],
             responses=_errors(400, 503))
    def ledger_claims(measure: TypeQ = None, actor: ActorQ = None,
                      group: Annotated[str | None, Query(max_length=100)] = None,
                      since: DateQ = None, until: DateQ = None, min_outlets: MinOutletsQ = 1,
                      limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0) -> Any:
        """Claim threads: one quantity as each outlet and source gave it, most recent first."""
        ledger = state.ledger()
        with state.reader() as store:
            found = ledger.claim_threads(store, measure=_clean(measure), actor=_clean(actor),
                                         group=_clean(group), since=since, until=until,
                                         min_outlets=min_outlets, limit=limit + 1, offset=offset)
        items, nxt = _page_of(found, limit, offset)
        return Page[thread_t](items=items, limit=limit, offset=offset, next_offset=nxt)

    @app.get("/api/ledger/outlets", response_model=Page[outlet_t], tags=["ledger"],
             responses=_errors(503))
    def ledger_outlets(limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0,
                       top: Annotated[int, Query(ge=0, le=100, description="Entries per list.")] = 10
                       ) -> Any:
        """Every outlet's profile (most articles first): volume, sourcing, framing."""
        ledger = state.ledger()
        with state.reader() as store:
            found = ledger.outlet_profiles(store, top=top)
        items, nxt = _page_of(found[offset:offset + limit + 1], limit, offset)
        return Page[outlet_t](items=items, limit=limit, offset=offset, next_offset=nxt)

    @app.get("/api/ledger/outlets/{outlet}", response_model=outlet_t, tags=["ledger"],
             responses=_errors(404, 503))
    def ledger_outlet(outlet: Annotated[str, PathParam(min_length=1, max_length=200)]) -> Any:
        """One outlet's profile (its name, or a part of it that only one outlet's name has)."""
        ledger = state.ledger()
        with state.reader() as store:
            found = ledger.outlet_profile(store, outlet)
        if found is None:
            raise HTTPException(404, f"no single outlet matching {outlet!r}")
        return found

    @app.get("/api/ledger/actors/{actor}", response_model=actor_t, tags=["ledger"],
             responses=_errors(404, 503))
    def ledger_actor(actor: Annotated[str, PathParam(min_length=1, max_length=200)]) -> Any:
        """One actor's profile: what it said, did, suffered and claimed (actor id or name)."""
        ledger = state.ledger()
        with state.reader() as store:
            found = ledger.actor_profile(store, actor)
        if found is None:
            raise HTTPException(404, f"no actor {actor!r}")
        return found


# -- pages --------------------------------------------------------------------------------------
PageQ = Annotated[int, Query(ge=1, le=100_000)]
FormStr = Annotated[str | None, Query(max_length=500)]


def _add_pages(app: FastAPI, state: _State) -> None:
    def render(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        body = state.templates.get_template(template).render(**context)
        return HTMLResponse(body, status_code=status)

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        if state.plotly_js is None:
            raise HTTPException(404, "plotly is not installed")
        return FileResponse(state.plotly_js, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request, page: PageQ = 1, outlet: FormStr = None) -> HTMLResponse:
        offset = (page - 1) * PAGE_SIZE
        with state.reader() as store:
            counts = store.counts()
            table = _query(store, "articles", Filters(outlet=_clean(outlet), limit=PAGE_SIZE + 1,
                                                      offset=offset))
        items, nxt = _page_of(_rows(table), PAGE_SIZE, offset)
        return render("index.html", nav="articles", articles=items, counts=counts,
                      paging=_pager(request, page, nxt is not None), outlet=outlet or "")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: Annotated[str, PathParam(max_length=64)]) -> HTMLResponse:
        if not re.match(ID_PATTERN, article_id) or len(article_id) < 4:
            raise HTTPException(404, "no such article")
        with state.reader() as store:
            an = store.get_analysis(article_id)
        if an is None or not an.article.id.startswith(article_id):
            raise HTTPException(404, f"no article with id {article_id}")
        hl = highlight(an, actor_href)
        return render("article.html", nav="articles", an=an, a=an.article, hl=hl, kinds=KINDS,
                      source_href=_safe_href(an.article.url))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: FormStr = None, kind: FormStr = "articles",
                    actor: FormStr = None, outlet: FormStr = None, type: FormStr = None,
                    since: FormStr = None, until: FormStr = None, page: PageQ = 1) -> HTMLResponse:
        kind = kind if kind in SEARCH_KINDS else "articles"
        form = {"q": q or "", "kind": kind, "actor": actor or "", "outlet": outlet or "",
                "type": type or "", "since": since or "", "until": until or ""}
        error = None
        for label, value in (("since", since), ("until", until)):
            if value and not re.match(DATE_PATTERN, value.strip()):
                error = f"{label}: use a date like 2024-03-01"
        if kind == "articles" and type:
            error = "the type filter applies to records, not to articles"
        columns: list[str] = []
        items: list[dict[str, Any]] = []
        nxt = None
        asked = any(_clean(v) for v in (q, actor, outlet, type, since, until))
        if asked and error is None:
            offset = (page - 1) * PAGE_SIZE
            filters = Filters(text=_clean(q), actor=_clean(actor), outlet=_clean(outlet),
                              type=_clean(type), since=_clean(since), until=_clean(until),
                              limit=PAGE_SIZE + 1, offset=offset)
            try:
                with state.reader() as store:
                    table = _query(store, kind, filters)
                columns = list(table.columns)
                items, nxt = _page_of(_rows(table), PAGE_SIZE, offset)
            except StoreError:
                raise
            except NewsledgerError as exc:
                error = str(exc)
        return render("search.html", nav="search", form=form, kinds=SEARCH_KINDS, asked=asked,
                      error=error, columns=columns, items=items,
                      paging=_pager(request, page, nxt is not None))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, page: PageQ = 1, name: FormStr = None,
                    type: FormStr = None) -> HTMLResponse:
        offset = (page - 1) * PAGE_SIZE
        with state.reader() as store:
            table = _query(store, "actors", Filters(actor=_clean(name), type=_clean(type),
                                                    limit=PAGE_SIZE + 1, offset=offset))
        items, nxt = _page_of(_rows(table), PAGE_SIZE, offset)
        return render("actors.html", nav="actors", actors=items, name=name or "", type=type or "",
                      paging=_pager(request, page, nxt is not None))

    @app.get("/actors/{actor}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(actor: Annotated[str, PathParam(max_length=200)]) -> HTMLResponse:
        ledger = state.ledger()
        with state.reader() as store:
            found = ledger.actor_profile(store, actor)
        if found is None:
            raise HTTPException(404, f"no actor {actor}")
        profile = web_charts.actor_profile_view(found)
        return render("profile.html", nav="actors", profile=profile,
                      charts=bool(profile.charts) and state.plotly_js is not None)

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request, page: PageQ = 1) -> HTMLResponse:
        ledger = state.ledger()
        offset = (page - 1) * PAGE_SIZE
        with state.reader() as store:
            found = ledger.outlet_profiles(store, top=0)
        table = web_charts.outlets_table(found[offset:offset + PAGE_SIZE])
        return render("outlets.html", nav="outlets", outlets=table,
                      paging=_pager(request, page, len(found) > offset + PAGE_SIZE))

    @app.get("/outlets/{outlet}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(outlet: Annotated[str, PathParam(max_length=200)]) -> HTMLResponse:
        ledger = state.ledger()
        with state.reader() as store:
            found = ledger.outlet_profile(store, outlet)
        if found is None:
            raise HTTPException(404, f"no single outlet matching {outlet}")
        profile = web_charts.outlet_profile_view(found)
        return render("profile.html", nav="outlets", profile=profile,
                      charts=bool(profile.charts) and state.plotly_js is not None)

    @app.get("/ledger", response_class=HTMLResponse, include_in_schema=False)
    def ledger_page(request: Request, page: PageQ = 1, measure: FormStr = None,
                    actor: FormStr = None, min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1
                    ) -> HTMLResponse:
        ledger = state.ledger()
        per_page = 10  # each thread has a chart
        offset = (page - 1) * per_page
        with state.reader() as store:
            found = ledger.claim_threads(store, measure=_clean(measure), actor=_clean(actor),
                                         min_outlets=min_outlets, limit=per_page + 1, offset=offset)
        threads = [web_charts.thread_view(t, f"chart-{i}") for i, t in enumerate(found[:per_page])]
        return render("ledger.html", nav="ledger", threads=threads,
                      form={"measure": measure or "", "actor": actor or "",
                            "min_outlets": min_outlets},
                      charts=bool(threads) and state.plotly_js is not None,
                      paging=_pager(request, page, len(found) > per_page))

    @app.get("/ledger/events", response_class=HTMLResponse, include_in_schema=False)
    def ledger_events_page(request: Request, page: PageQ = 1, actor: FormStr = None,
                           type: FormStr = None, outlet: FormStr = None, since: FormStr = None,
                           until: FormStr = None,
                           min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
                           id: Annotated[str | None, Query(max_length=64)] = None) -> HTMLResponse:
        ledger = state.ledger()
        form = {"actor": actor or "", "type": type or "", "outlet": outlet or "",
                "since": since or "", "until": until or "", "min_outlets": min_outlets}
        error = None
        for label, value in (("since", since), ("until", until)):
            if value and not re.match(DATE_PATTERN, value.strip()):
                error = f"{label}: use a date like 2024-03-01"
        found = []
        offset = (page - 1) * PAGE_SIZE
        if error is None:
            with state.reader() as store:
                if id:
                    one = ledger.ledger_event(store, id)
                    found = [one] if one is not None else []
                else:
                    found = ledger.ledger_events(store, actor=_clean(actor), type=_clean(type),
                                                 outlet=_clean(outlet), since=_clean(since),
                                                 until=_clean(until), min_outlets=min_outlets,
                                                 limit=PAGE_SIZE + 1, offset=offset)
        events = [web_charts.ledger_event_view(e) for e in found[:PAGE_SIZE]]
        return render("ledger_events.html", nav="events", events=events, error=error, form=form,
                      one=bool(id), paging=_pager(request, page, len(found) > PAGE_SIZE))

    @app.get("/api-docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return render("api.html", nav="api", endpoints=web_charts.endpoints(app.openapi()))

    @app.get("/articles", include_in_schema=False)
    def articles_redirect() -> RedirectResponse:
        return RedirectResponse("/", status_code=307)


# -- running ------------------------------------------------------------------------------------
def run(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
        settings: Settings | None = None, log_level: str = "info") -> None:
    """Serve the app with uvicorn until interrupted (refuses an unguarded public bind)."""
    import uvicorn

    token = resolve_token(token)
    check_bind(host, token)
    if is_loopback(host):
        allowed = tuple(dict.fromkeys([*LOOPBACK_HOSTS, host.strip("[]")]))
    else:
        allowed = ("*",)
    app = create_app(db, token=token, allowed_hosts=allowed, settings=settings)
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level=log_level,
                proxy_headers=False, server_header=False)
