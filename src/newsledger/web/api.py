"""The REST API under ``/api``: articles (read and post), record lists, search and the ledger.

FastAPI describes it at ``/api/openapi.json``; the row models of the record lists come from
the row shapes of ``storage.rows`` (see ``models``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request, Response
from fastapi import Path as PathParam
from fastapi.security import HTTPBearer
from pydantic import TypeAdapter

from .. import __version__, ledger
from ..records import Analysis
from ..storage.query import Filters
from ..storage.query import query as query_records
from .api_jobs import add_job_api
from .events import sorted_events
from .lists import PARQUET_TYPE, Total, page_parquet, total
from .models import (
    ActorRow,
    ArticleRow,
    EventRow,
    FigureRow,
    FramingRow,
    Health,
    Page,
    QuoteRow,
    RowModel,
    SearchResult,
    error_responses,
)
from .params import (
    API_DEFAULT_LIMIT,
    ID_PATTERN,
    SEARCH_KINDS,
    ActorQ,
    CountryQ,
    DateQ,
    EventSortQ,
    FormatQ,
    Limit,
    MatchQ,
    MinOutletsQ,
    Offset,
    OutletQ,
    RoleQ,
    SearchFormatQ,
    Text,
    ThreadSortQ,
    TypeQ,
)
from .search import run_search
from .state import AppState, clean, page_of, table_rows
from .threads import ThreadFilters, ranked_threads

_bearer = HTTPBearer(auto_error=False, description="Needed when the server has a token.")
# an article's JSON: what FastAPI writes for the response model Analysis, written here so that
# the bytes can be kept (``pagecache``)
ANALYSIS_JSON = TypeAdapter(Analysis)


RECORD_LISTS: tuple[tuple[str, type[RowModel], str], ...] = (
    ("events", EventRow, "Events (type: PLOVER type), newest articles first."),
    ("quotes", QuoteRow, "Quotes (type: direct, partial, indirect)."),
    ("figures", FigureRow, "Figures (type: measure, e.g. killed)."),
    ("framing", FramingRow, "Framing marks (type: their kind)."),
    ("actors", ActorRow, "Actors, most mentioned first (type: actor type)."),
)


def add_api(app: FastAPI, state: AppState) -> None:
    """Add every API route (in the order the OpenAPI description lists them)."""
    _add_article_api(app, state)
    add_job_api(app, state)
    for kind, model, doc in RECORD_LISTS:
        _add_record_list(app, state, kind, model, doc, dated=kind != "actors")
    _add_search_api(app, state)
    _add_ledger_event_api(app, state)
    _add_ledger_profile_api(app, state)


def _listing(state: AppState, kind: str, filters: Filters
             ) -> tuple[list[dict[str, Any]], int | None, Total]:
    """A page of a record list, the next offset, and the total."""
    with state.reader() as store:
        table = query_records(store, kind, filters.replace(limit=filters.limit + 1))
        items, nxt = page_of(table_rows(table), filters.limit, filters.offset)
        if filters.offset == 0 and nxt is None:  # all of it on one page: no need to count
            found = Total(count=len(items))
        else:
            found = total(store, kind, filters)
    return items, nxt, found


def _add_article_api(app: FastAPI, state: AppState) -> None:
    @app.get("/api/health", response_model=Health, tags=["meta"])
    def health() -> Health:
        """Version, record counts and whether the ledger is there."""
        with state.reader() as store:
            counts = store.counts()
        return Health(status="ok", version=__version__, counts=counts, ledger=True)

    @app.get("/api/articles", response_model=Page[ArticleRow], tags=["articles"],
             responses={**CSV_RESPONSE, **error_responses(400)})
    def list_articles(limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0, outlet: OutletQ = None,
                      actor: ActorQ = None, since: DateQ = None, until: DateQ = None,
                      q: Text = None, format: FormatQ = "json") -> Any:
        """Stored articles, newest first."""
        filters = Filters(outlet=clean(outlet), actor=clean(actor), since=since, until=until,
                          text=clean(q), limit=limit, offset=offset)
        items, nxt, found = _listing(state, "articles", filters)
        if format != "json":
            return _page_csv(ArticleRow, items, format)
        return Page[ArticleRow](items=[ArticleRow(**r) for r in items], limit=limit, offset=offset,
                                next_offset=nxt, total=found.count, total_capped=found.capped)

    @app.get("/api/articles/{article_id}", response_model=Analysis, tags=["articles"],
             responses=error_responses(404))
    def get_article(request: Request, article_id: Annotated[str, PathParam(min_length=4, max_length=64,
                                                                           pattern=ID_PATTERN)]) -> Any:
        """One article with all its records (id, or a unique prefix of at least 4 characters)."""

        def build() -> bytes:
            with state.reader() as store:
                an = store.get_analysis(article_id)
            if an is None or not an.article.id.startswith(article_id):
                raise HTTPException(404, f"no article with id {article_id!r}")
            return ANALYSIS_JSON.dump_json(an, by_alias=True)  # as FastAPI serialises the model

        return state.kept_response(request, ("api", article_id), "application/json", build)


# the CSV form of a record list, as the OpenAPI description gives it
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}},
                      PARQUET_TYPE: {"schema": {"type": "string", "format": "binary"}}},
          "description": "A page of items (JSON), or with format=csv or format=parquet the same "
                         "rows as CSV or Parquet."}}


def _page_csv(model: type[RowModel], items: list[dict[str, Any]], fmt: str = "csv") -> Response:
    """A page of rows as CSV (the row model's columns as header), or as Parquet."""
    if fmt == "parquet":
        return Response(page_parquet(model, items), media_type=PARQUET_TYPE,
                        headers={"Content-Disposition": 'attachment; filename="page.parquet"'})
    return _rows_csv(list(model.model_fields), items)


def _rows_csv(columns: list[str], items: list[dict[str, Any]]) -> Response:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(items)
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8")


def _add_record_list(app: FastAPI, state: AppState, kind: str, model: type[RowModel], doc: str, *,
                     dated: bool = True) -> None:
    def page(filters: Filters, fmt: str) -> Any:
        items, nxt, found = _listing(state, kind, filters)
        if fmt != "json":
            return _page_csv(model, items, fmt)
        return Page[model](items=[model(**r) for r in items], limit=filters.limit,  # type: ignore[valid-type]
                           offset=filters.offset, next_offset=nxt, total=found.count,
                           total_capped=found.capped)

    if dated:
        def endpoint(limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0, actor: ActorQ = None,
                     country: CountryQ = None, type: TypeQ = None, outlet: OutletQ = None,
                     since: DateQ = None, until: DateQ = None, q: Text = None,
                     format: FormatQ = "json") -> Any:
            return page(Filters(actor=clean(actor), country=clean(country), type=clean(type),
                                outlet=clean(outlet), since=since, until=until, text=clean(q),
                                limit=limit, offset=offset), format)
    else:
        def endpoint(limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0, actor: ActorQ = None,
                     country: CountryQ = None, type: TypeQ = None, format: FormatQ = "json") -> Any:
            return page(Filters(actor=clean(actor), country=clean(country), type=clean(type),
                                limit=limit, offset=offset), format)

    endpoint.__doc__ = doc
    app.get(f"/api/{kind}", response_model=Page[model], tags=["records"],  # type: ignore[valid-type]
            responses={**CSV_RESPONSE, **error_responses(400)}, name=f"list_{kind}")(endpoint)


def _add_search_api(app: FastAPI, state: AppState) -> None:
    @app.get("/api/search", response_model=SearchResult, tags=["search"],
             responses={**CSV_RESPONSE, **error_responses(400)})
    def search(q: Text = None, kind: Annotated[str, Query(pattern="^(" + "|".join(SEARCH_KINDS) + ")$")] = "articles",
               actor: ActorQ = None, outlet: OutletQ = None, type: TypeQ = None,
               since: DateQ = None, until: DateQ = None, match: MatchQ = "record",
               limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0,
               format: SearchFormatQ = "json") -> Any:
        """Articles whose text matches ``q`` (FTS5 syntax; what it cannot read is searched as
        plain words), or records: with ``match=record`` (the default) records whose own fields
        hold every word (quotes: speaker or words; figures: measure, value, group, source;
        events: type, actors, sentence; framing: words, kind), quotes by the speaker first;
        with ``match=article`` the records of the articles whose text matches. ``type`` filters
        records by their type and is ignored for articles. Each item has a ``snippet``: its
        words in the article. ``total`` counts every match (up to 10,000)."""
        filters = Filters(actor=clean(actor), outlet=clean(outlet),
                          type=None if kind == "articles" else clean(type),
                          since=since, until=until, text=clean(q), limit=limit + 1, offset=offset)
        with state.reader() as store:
            found = run_search(store, kind, filters, match)
        items, nxt = page_of(found.items, limit, offset)
        for item in items:
            snippet = found.snippets.get(str(item.get("id")))
            item["snippet"] = snippet.striptags() if snippet is not None else None
        if format == "csv":
            return _rows_csv([*found.columns, "snippet"], items)
        return SearchResult(kind=kind, q=q, columns=[*found.columns, "snippet"], items=items,
                            limit=limit, offset=offset, next_offset=nxt, total=found.total.count,
                            total_capped=found.total.capped)


def _add_ledger_event_api(app: FastAPI, state: AppState) -> None:
    event_t, thread_t = ledger.LedgerEvent, ledger.ClaimThread

    @app.get("/api/ledger/events", response_model=Page[event_t], tags=["ledger"],
             responses=error_responses(400, 503))
    def ledger_events(actor: ActorQ = None, role: RoleQ = None, type: TypeQ = None,
                      outlet: OutletQ = None, since: DateQ = None, until: DateQ = None,
                      min_outlets: MinOutletsQ = 1, limit: Limit = API_DEFAULT_LIMIT,
                      offset: Offset = 0, sort: EventSortQ = "newest") -> Any:
        """Events linked across articles and outlets, newest first (``sort=outlets``: the
        events most outlets report first), each with its reports."""
        state.ensure_ledger()
        with state.reader() as store:
            if sort == "outlets":
                found = sorted_events(store, actor=clean(actor), role=role, type=clean(type),
                                      outlet=clean(outlet), since=since, until=until,
                                      min_outlets=min_outlets, sort=sort, limit=limit + 1,
                                      offset=offset)
            else:
                found = ledger.ledger_events(store, actor=clean(actor), role=role, type=clean(type),
                                             outlet=clean(outlet), since=since, until=until,
                                             min_outlets=min_outlets, limit=limit + 1, offset=offset)
        items, nxt = page_of(found, limit, offset)
        return Page[event_t](items=items, limit=limit, offset=offset, next_offset=nxt)

    @app.get("/api/ledger/events/{ledger_event_id}", response_model=event_t, tags=["ledger"],
             responses=error_responses(404, 503))
    def ledger_event(ledger_event_id: Annotated[str, PathParam(max_length=64, pattern=ID_PATTERN)]
                     ) -> Any:
        """One ledger event with all its reports."""
        state.ensure_ledger()
        with state.reader() as store:
            found = ledger.ledger_event(store, ledger_event_id)
        if found is None:
            raise HTTPException(404, f"no ledger event {ledger_event_id!r}")
        return found

    @app.get("/api/ledger/claims", response_model=Page[thread_t], tags=["ledger"],
             responses=error_responses(400, 503))
    def ledger_claims(measure: TypeQ = None, actor: ActorQ = None,
                      group: Annotated[str | None, Query(max_length=100)] = None,
                      since: DateQ = None, until: DateQ = None, min_outlets: MinOutletsQ = 1,
                      limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0,
                      sort: ThreadSortQ = "newest") -> Any:
        """Claim threads: one quantity as each outlet and source gave it, most recent first
        (``sort=disputed``: threads whose sources give incompatible values first, then by the
        number of sources, as on the claims page)."""
        state.ensure_ledger()
        with state.reader() as store:
            if sort == "disputed":
                filters = ThreadFilters(measure=clean(measure), actor=clean(actor), group=clean(group),
                                        since=since, until=until, min_outlets=min_outlets)
                ranked, more = ranked_threads(store, filters, limit=limit, offset=offset)
                return Page[thread_t](items=[r.thread for r in ranked], limit=limit, offset=offset,
                                      next_offset=offset + limit if more else None)
            found = ledger.claim_threads(store, measure=clean(measure), actor=clean(actor),
                                         group=clean(group), since=since, until=until,
                                         min_outlets=min_outlets, limit=limit + 1, offset=offset)
        items, nxt = page_of(found, limit, offset)
        return Page[thread_t](items=items, limit=limit, offset=offset, next_offset=nxt)


def _add_ledger_profile_api(app: FastAPI, state: AppState) -> None:
    outlet_t, actor_t = ledger.OutletProfile, ledger.ActorProfile

    @app.get("/api/ledger/outlets", response_model=Page[outlet_t], tags=["ledger"],
             responses=error_responses(503))
    def ledger_outlets(limit: Limit = API_DEFAULT_LIMIT, offset: Offset = 0,
                       top: Annotated[int, Query(ge=0, le=100, description="Entries per list.")] = 10
                       ) -> Any:
        """Every outlet's profile (most articles first): volume, sourcing, framing."""
        state.ensure_ledger()
        with state.reader() as store:
            found = ledger.outlet_profiles(store, top=top)
        items, nxt = page_of(found[offset:offset + limit + 1], limit, offset)
        return Page[outlet_t](items=items, limit=limit, offset=offset, next_offset=nxt)

    @app.get("/api/ledger/outlets/{outlet:path}", response_model=outlet_t, tags=["ledger"],
             responses=error_responses(404, 503))
    def ledger_outlet(outlet: Annotated[str, PathParam(min_length=1, max_length=200)]) -> Any:
        """One outlet's profile (its name, or a part of it that only one outlet's name has)."""
        state.ensure_ledger()
        with state.reader() as store:
            found = ledger.outlet_profile(store, outlet)
        if found is None:
            raise HTTPException(404, f"no single outlet matching {outlet!r}")
        return found

    @app.get("/api/ledger/actors/{actor}", response_model=actor_t, tags=["ledger"],
             responses=error_responses(404, 503))
    def ledger_actor(actor: Annotated[str, PathParam(min_length=1, max_length=200)]) -> Any:
        """One actor's profile: what it said, did, suffered and claimed (actor id or name)."""
        state.ensure_ledger()
        with state.reader() as store:
            found = ledger.actor_profile(store, actor)
        if found is None:
            raise HTTPException(404, f"no actor {actor!r}")
        return found

