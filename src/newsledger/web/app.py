"""The web app and REST API behind ``newsledger serve``.

Pages are rendered on the server with Jinja2 (autoescaping on): the article index, an article
reader with its records highlighted, the ledger (claim threads with charts, linked events),
actor and outlet profiles, and search (``pages``). The REST API lives under ``/api`` (``api``);
FastAPI describes it at ``/api/openapi.json`` and ``/api-docs`` lists it as a page (no
third-party assets: the Swagger UI, which loads from a CDN, is switched off).

Security (``security``): article text is untrusted, so every piece of it is escaped; every
response carries a Content-Security-Policy that lets in only the app's own scripts and styles
(no inline script); request bodies are capped before they are read; SQL goes through the
parameterised Store and query APIs; the server binds to 127.0.0.1 unless a bearer token guards
the write endpoints.

>>> app = create_app("news.db")          # an ASGI app, e.g. for uvicorn or a test client
>>> run("news.db", host="127.0.0.1", port=8000)
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Match

from .. import __version__
from ..config import Settings, load_settings
from ..errors import InputError, NewsledgerError, StoreError
from ..storage.db import is_url
from ..storage.store import Store
from . import STATIC_DIR
from .api import add_api
from .jobs import LARGE_CHARS, JobQueue
from .pagecache import PageCache
from .pages import add_pages
from .security import (
    LOOPBACK_HOSTS,
    MAX_BODY_BYTES,
    ReadGuard,
    RequestGuard,
    SecurityHeaders,
    check_bind,
    is_loopback,
    resolve_cors,
    resolve_read_token,
    resolve_token,
)
from .state import GZIP_LEVEL, GZIP_MIN_BYTES, POOL_SIZE, AppState, ServeConfig, build_templates

log = logging.getLogger(__name__)

# rendered article pages and API entries kept in memory (bytes; NEWSLEDGER_PAGE_CACHE_MB for serve)
PAGE_CACHE_BYTES = 64 << 20


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



class PipelineFactory:
    """Builds ``Pipeline(settings)``; picklable, so that a child process can build its own."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self) -> Any:
        from ..pipeline import Pipeline

        return Pipeline(self.settings)


# -- the app ------------------------------------------------------------------------------------
def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    max_body: int = MAX_BODY_BYTES,
    allowed_hosts: tuple[str, ...] = ("*",),
    settings: Settings | None = None,
    pipeline_factory: Callable[[], Any] | None = None,
    large_chars: int = LARGE_CHARS,
    large_process: bool = False,
    small_process: bool = False,
    read_token: str | None = None,
    cors_origins: tuple[str, ...] = (),
    pool_size: int = POOL_SIZE,
    page_cache_bytes: int = PAGE_CACHE_BYTES,
) -> FastAPI:
    """The newsledger web app over the database ``db`` (created empty when missing).

    ``token`` guards the write endpoints (``Authorization: Bearer``); ``allowed_hosts`` limits the
    ``Host`` header (against DNS rebinding when serving on loopback); ``pipeline_factory`` builds
    the analysis pipeline on the first POST (default: ``Pipeline(settings)``); POSTed articles
    longer than ``large_chars`` are analysed in their own lane (``large_process``: in a child
    process, whose ``pipeline_factory`` must be picklable; see ``jobs``; ``small_process``: the
    short ones too, in another; both are started, and load their pipelines, with the app). ``read_token``
    guards every request, reads included (see ``security.ReadGuard``); ``cors_origins`` lets
    front-ends served from those origins call the API from a browser (off by default).
    ``pool_size``: over PostgreSQL, the reading connections the app keeps at most (see
    ``AppState.pools``). ``page_cache_bytes``: rendered article pages and API entries kept in
    memory, up to this many bytes (0: none; see ``pagecache``).
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
        pipeline_factory = PipelineFactory(settings or load_settings())

    state = AppState(config=ServeConfig(db=db, token=token, max_body=max_body,
                                      allowed_hosts=tuple(allowed_hosts), pool_size=pool_size),
                   templates=build_templates(), plotly_js=plotly_js_path(),
                   pages=PageCache(db, page_cache_bytes))
    state.jobs = JobQueue(pipeline_factory, state.store_analysis, large_chars=large_chars,
                          large_process=large_process, small_process=small_process)
    if state.plotly_js is None:
        log.warning("plotly is not installed: pages will show tables without charts")
    state.templates.globals["plotly_inline_ids"] = plotly_inline_style_ids(state.plotly_js)

    app = FastAPI(title="newsledger", version=__version__, openapi_url="/api/openapi.json",
                  docs_url=None, redoc_url=None,
                  description="Who did, said and claimed what in the news, with the evidence. "
                              "Read endpoints are open; POST /api/articles and POST /api/uploads "
                              "need a bearer token when the server was started with one. Writes "
                              "are analysed off the request: they answer 202 with the address of "
                              "a job (GET /api/jobs/{id}: queued, analysing, stored or failed).")
    app.state.nl = state
    if large_process or small_process:  # the child processes load their pipelines now
        app.router.on_startup.append(state.jobs.start)
    app.router.on_shutdown.append(state.jobs.close)
    app.router.on_shutdown.append(state.close)  # after the jobs: their last writes need a connection
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=GZIP_LEVEL)
    app.add_middleware(RequestGuard, max_body=max_body, token=token)
    if read_token:
        app.add_middleware(ReadGuard, read_token=read_token, write_token=token)
    if cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"], expose_headers=["Location"],
                           max_age=600)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    _add_error_handlers(app, state)
    add_api(app, state)
    add_pages(app, state)
    return app


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path == "/api" or path.startswith("/api/"))


def _add_error_handlers(app: FastAPI, state: AppState) -> None:
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



# -- running ------------------------------------------------------------------------------------
def page_cache_bytes() -> int:
    """The page cache's size: ``NEWSLEDGER_PAGE_CACHE_MB`` megabytes (0: none), else the default."""
    value = os.environ.get("NEWSLEDGER_PAGE_CACHE_MB", "").strip()
    if not value:
        return PAGE_CACHE_BYTES
    try:
        return max(0, int(float(value) * (1 << 20)))
    except ValueError as exc:
        raise InputError("NEWSLEDGER_PAGE_CACHE_MB", f"not a number of megabytes: {value!r}") from exc


def run(db: str | Path, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
        settings: Settings | None = None, log_level: str = "info", read_token: str | None = None,
        cors_origins: tuple[str, ...] | None = None) -> None:
    """Serve the app with uvicorn until interrupted (refuses an unguarded public bind).

    ``read_token`` (default: ``NEWSLEDGER_READ_TOKEN``) guards reads too; ``cors_origins``
    (default: ``NEWSLEDGER_CORS_ORIGINS``, comma-separated) switches CORS on for those origins."""
    import uvicorn

    token = resolve_token(token)
    check_bind(host, token)
    read_token = resolve_read_token(read_token)
    if not is_loopback(host) and read_token is None:
        log.warning("serving on %s with open reads: anyone who reaches it can read the database "
                    "(set NEWSLEDGER_READ_TOKEN to require a token for reads)", host)
    if is_loopback(host):
        allowed = tuple(dict.fromkeys([*LOOPBACK_HOSTS, host.strip("[]")]))
    else:
        allowed = ("*",)
    app = create_app(db, token=token, allowed_hosts=allowed, settings=settings, read_token=read_token,
                     large_process=True, small_process=True,
                     cors_origins=resolve_cors(cors_origins), page_cache_bytes=page_cache_bytes())
    uvicorn.run(app, host=host.strip("[]"), port=port, log_level=log_level,
                proxy_headers=False, server_header=False)
