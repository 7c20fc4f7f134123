"""The HTML pages: rendered on the server with Jinja2 (autoescaping on).

The article index, an article reader with its records highlighted, the ledger (claim threads
with charts, linked events), actor and outlet profiles, search, and the API description.
"""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse, Response

from .. import ledger
from ..errors import NewsledgerError, StoreError
from ..storage.query import Filters
from ..storage.query import query as query_records
from . import charts as web_charts
from . import lists
from .charts import actor_href
from .events import DEFAULT_SORT, count_events, ledger_event_view, sorted_events
from .events import SORTS as EVENT_SORTS
from .highlight import DEFAULT_ON, KINDS, highlight
from .overview import overview
from .params import (
    API_MAX_LIMIT,
    DATE_PATTERN,
    ID_PATTERN,
    PAGE_SIZE,
    SEARCH_KINDS,
    FormStr,
    PageQ,
)
from .placemap import add_map_page
from .search import MATCHES, run_search, search_hint
from .state import AppState, clean, page_of, pager, safe_href, table_rows
from .threads import ThreadFilters, count_threads, measures, ranked_threads, thread_view


def add_pages(app: FastAPI, state: AppState) -> None:
    """Add every page route."""
    _add_assets(app, state)
    _add_article_pages(app, state)
    _add_search_page(app, state)
    _add_profile_pages(app, state)
    _add_ledger_pages(app, state)
    add_map_page(app, state)
    _add_other_pages(app, state)


def _render(state: AppState, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    body = state.templates.get_template(template).render(**context)
    return HTMLResponse(body, status_code=status)


def _date_error(since: str | None, until: str | None) -> str | None:
    """What is wrong with the dates of a form (None: nothing)."""
    error = None
    for label, value in (("since", since), ("until", until)):
        if value and not re.match(DATE_PATTERN, value.strip()):
            error = f"{label}: use a date like 2024-03-01"
    return error


def _add_assets(app: FastAPI, state: AppState) -> None:
    """The plotly script and the favicon."""

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        if state.plotly_js is None:
            raise HTTPException(404, "plotly is not installed")
        return FileResponse(state.plotly_js, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)


def _add_article_pages(app: FastAPI, state: AppState) -> None:
    """The article index and the article reader."""

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        state.ensure_ledger()
        with state.reader() as store:
            counts = store.counts()
            view = overview(store)
        return _render(state, "overview.html", nav="overview", view=view, counts=counts,
                       n_outlets=view.n_outlets)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    def articles_page(request: Request, page: PageQ = 1, outlet: FormStr = None, q: FormStr = None,
                      since: FormStr = None, until: FormStr = None) -> HTMLResponse:
        form = {"outlet": outlet or "", "q": q or "", "since": since or "", "until": until or ""}
        error = _date_error(since, until)
        offset = (page - 1) * PAGE_SIZE
        filters = Filters(outlet=clean(outlet), text=clean(q), since=clean(since), until=clean(until),
                          limit=PAGE_SIZE + 1, offset=offset)
        items: list[dict[str, Any]] = []
        found = None
        nxt = None
        with state.reader() as store:
            counts = store.counts()
            choices = lists.outlets(store)
            if error is None:
                items, nxt = page_of(table_rows(query_records(store, "articles", filters)),
                                     PAGE_SIZE, offset)
                found = lists.total(store, "articles", filters)
        return _render(state, "articles.html", nav="articles", articles=items, counts=counts,
                       form=form, error=error, outlets=choices, total=found,
                       export_links=lists.export_links("articles", form),
                       paging=pager(request, page, nxt is not None, total=found, per_page=PAGE_SIZE))

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_page() -> HTMLResponse:
        return _render(state, "upload.html", nav="upload", guarded=state.config.token is not None,
                       max_body=state.config.max_body)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: Annotated[str, PathParam(max_length=64)]) -> Response:
        if not re.match(ID_PATTERN, article_id) or len(article_id) < 4:
            raise HTTPException(404, "no such article")

        def build() -> bytes:
            with state.reader() as store:
                an = store.get_analysis(article_id)
            if an is None or not an.article.id.startswith(article_id):
                raise HTTPException(404, f"no article with id {article_id}")
            hl = highlight(an, actor_href)
            return _render(state, "article.html", nav="articles", an=an, a=an.article, hl=hl, kinds=KINDS,
                           default_on=DEFAULT_ON, source_href=safe_href(an.article.url)).body

        return state.kept_response(request, ("page", article_id), "text/html", build)


def _add_search_page(app: FastAPI, state: AppState) -> None:
    """Search over articles and records."""

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: FormStr = None, kind: FormStr = "articles",
                    actor: FormStr = None, outlet: FormStr = None, type: FormStr = None,
                    since: FormStr = None, until: FormStr = None, match: FormStr = None,
                    page: PageQ = 1) -> HTMLResponse:
        kind = kind if kind in SEARCH_KINDS else "articles"
        match = match if match in MATCHES else "record"
        form = {"q": q or "", "kind": kind, "actor": actor or "", "outlet": outlet or "",
                "type": type or "", "since": since or "", "until": until or "", "match": match}
        error = _date_error(since, until)
        if kind == "articles" and type:
            error = "the type filter applies to records, not to articles"
        asked = any(clean(v) for v in (q, actor, outlet, type, since, until))
        result = None
        with state.reader() as store:
            choices = {"outlets": lists.outlets(store), "types": lists.types(store, kind)}
            if asked and error is None:
                filters = Filters(text=clean(q), actor=clean(actor), outlet=clean(outlet),
                                  type=clean(type), since=clean(since), until=clean(until),
                                  limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)
                try:
                    result = run_search(store, kind, filters, match)
                except StoreError:
                    raise
                except NewsledgerError:
                    error = ("this search could not be read: check its quotes and parentheses, "
                             "or search plain words (a trailing * finds word beginnings)")
        items, nxt = page_of(result.items if result else [], PAGE_SIZE, (page - 1) * PAGE_SIZE)
        params = {k: v for k, v in form.items() if k not in ("kind",)}
        return _render(state, "search.html", nav="search", form=form, kinds=SEARCH_KINDS, asked=asked,
                       error=error, columns=result.columns if result else [], items=items,
                       snippets=result.snippets if result else {}, choices=choices,
                       total=result.total if result else None, hint=search_hint(kind, form),
                       export_links=[lists.ExportLink(
                           "CSV", "/api/search?" + urlencode({**{k: v for k, v in params.items() if v},
                                                               "kind": kind, "limit": API_MAX_LIMIT,
                                                               "format": "csv"}),
                           f"the first {API_MAX_LIMIT} results")] if items else [],
                       paging=pager(request, page, nxt is not None,
                                    total=result.total if result else None, per_page=PAGE_SIZE))


def _add_profile_pages(app: FastAPI, state: AppState) -> None:
    """Actor and outlet lists and profiles."""

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, page: PageQ = 1, name: FormStr = None,
                    type: FormStr = None) -> HTMLResponse:
        offset = (page - 1) * PAGE_SIZE
        filters = Filters(actor=clean(name), type=clean(type), limit=PAGE_SIZE + 1, offset=offset)
        with state.reader() as store:
            table = query_records(store, "actors", filters)
            found = lists.total(store, "actors", filters)
            types = lists.types(store, "actors")
        items, nxt = page_of(table_rows(table), PAGE_SIZE, offset)
        return _render(state, "actors.html", nav="actors", actors=items, name=name or "", type=type or "",
                       total=found, types=types,
                       export_links=lists.export_links("actors", {"actor": name, "type": type}),
                       paging=pager(request, page, nxt is not None, total=found, per_page=PAGE_SIZE))

    @app.get("/actors/{actor}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(actor: Annotated[str, PathParam(max_length=200)]) -> HTMLResponse:
        state.ensure_ledger()
        with state.reader() as store:
            found = ledger.actor_profile(store, actor)
        if found is None:
            raise HTTPException(404, f"no actor {actor}")
        profile = web_charts.actor_profile_view(found)
        return _render(state, "profile.html", nav="actors", profile=profile,
                       charts=bool(profile.charts) and state.plotly_js is not None)

    @app.get("/outlets", response_class=HTMLResponse, include_in_schema=False)
    def outlets_page(request: Request, page: PageQ = 1) -> HTMLResponse:
        state.ensure_ledger()
        offset = (page - 1) * PAGE_SIZE
        with state.reader() as store:
            found = ledger.outlet_profiles(store, top=0)
        table = web_charts.outlets_table(found[offset:offset + PAGE_SIZE])
        return _render(state, "outlets.html", nav="outlets", outlets=table,
                       paging=pager(request, page, len(found) > offset + PAGE_SIZE))

    @app.get("/outlets/{outlet:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(outlet: Annotated[str, PathParam(max_length=200)]) -> HTMLResponse:
        state.ensure_ledger()
        with state.reader() as store:
            found = ledger.outlet_profile(store, outlet)
        if found is None:
            raise HTTPException(404, f"no single outlet matching {outlet}")
        profile = web_charts.outlet_profile_view(found)
        return _render(state, "profile.html", nav="outlets", profile=profile,
                       charts=bool(profile.charts) and state.plotly_js is not None)


def _add_ledger_pages(app: FastAPI, state: AppState) -> None:
    """Claim threads and linked events."""

    @app.get("/ledger", response_class=HTMLResponse, include_in_schema=False)
    def ledger_page(request: Request, page: PageQ = 1, measure: FormStr = None,
                    actor: FormStr = None, min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
                    disputed: FormStr = None) -> HTMLResponse:
        state.ensure_ledger()
        per_page = 10  # each thread has a chart
        offset = (page - 1) * per_page
        filters = ThreadFilters(measure=clean(measure), actor=clean(actor), min_outlets=min_outlets,
                                disputed_only=bool(clean(disputed)))
        with state.reader() as store:
            found, more = ranked_threads(store, filters, limit=per_page, offset=offset)
            known = measures(store)
            counted = lists.Total(count=count_threads(store, filters))
        threads = [thread_view(t, f"chart-{offset + i}") for i, t in enumerate(found)]
        return _render(state, "ledger.html", nav="ledger", threads=threads, measures=known,
                       form={"measure": measure or "", "actor": actor or "",
                             "min_outlets": min_outlets, "disputed": filters.disputed_only},
                       total=counted, paging=pager(request, page, more, total=counted, per_page=per_page))

    @app.get("/ledger/events", response_class=HTMLResponse, include_in_schema=False)
    def ledger_events_page(request: Request, page: PageQ = 1, actor: FormStr = None,
                           type: FormStr = None, outlet: FormStr = None, since: FormStr = None,
                           until: FormStr = None,
                           min_outlets: Annotated[int, Query(ge=1, le=1000)] = 1,
                           sort: FormStr = None,
                           id: Annotated[str | None, Query(max_length=64)] = None) -> HTMLResponse:
        state.ensure_ledger()
        sort = sort if sort in EVENT_SORTS else DEFAULT_SORT
        form = {"actor": actor or "", "type": type or "", "outlet": outlet or "",
                "since": since or "", "until": until or "", "min_outlets": min_outlets, "sort": sort}
        error = _date_error(since, until)
        found = []
        counted = None
        offset = (page - 1) * PAGE_SIZE
        with state.reader() as store:
            outlets, types = lists.outlets(store), lists.types(store, "events")
            if error is None and id:
                one = ledger.ledger_event(store, id)
                found = [one] if one is not None else []
            elif error is None:
                chosen: dict[str, Any] = {"actor": clean(actor), "type": clean(type),
                                          "outlet": clean(outlet), "since": clean(since),
                                          "until": clean(until), "min_outlets": min_outlets}
                found = sorted_events(store, **chosen, sort=sort, limit=PAGE_SIZE + 1, offset=offset)
                counted = lists.Total(count=count_events(store, **chosen))
        events = [ledger_event_view(e) for e in found[:PAGE_SIZE]]
        return _render(state, "ledger_events.html", nav="events", events=events, error=error, form=form,
                       outlets=outlets, types=types, total=counted,
                       one=bool(id), sorts=EVENT_SORTS,
                       paging=pager(request, page, len(found) > PAGE_SIZE, total=counted,
                                    per_page=PAGE_SIZE))


def _add_other_pages(app: FastAPI, state: AppState) -> None:
    """The API description page."""

    @app.get("/api-docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs() -> HTMLResponse:
        return _render(state, "api.html", nav="api", endpoints=web_charts.endpoints(app.openapi()))

