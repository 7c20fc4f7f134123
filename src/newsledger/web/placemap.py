"""The map of events: where the ledger's events happened, drawn on the server as inline SVG.

Each ledger event keeps the place its reports name ("Kharkiv (UKR)"); the places are resolved
to coordinates with the offline gazetteer (``newsledger.geo``, as the GDELT and PLOVER exports
do) and drawn on an equirectangular projection (longitude and latitude as plain x and y) with a
graticule every 30 degrees: one dot per place, its area growing with the number of events there,
each dot a link to the events at that place (``/map?place=...``, listed under the map). A place
the gazetteer does not know, or a whole country (no single point), is not drawn: it is listed
as unplaced, with its events one click away too.

No script, no remote asset and no inline style: the page's stylesheet colours the map through
its classes. Country outlines are not drawn: no package the project installs ships country
shapes, and the map must not fetch any at run time (see the README).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse

from ..exports.common import locate
from ..geo import Geo
from ..ledger.read import load_events
from ..ledger.status import require_ledger
from ..records import Record
from ..storage.store import Store
from .events import LedgerEventView, ledger_event_view
from .state import AppState, clean

WIDTH = 720  # 2 units per degree of longitude
HEIGHT = 360  # 2 units per degree of latitude
GRATICULE_STEP = 30  # degrees between graticule lines
DOT_MIN_R = 3.0
DOT_MAX_R = 18.0
DOT_SCALE = 2.5  # radius grows with the square root of the count: area with the count
EVENTS_AT_PLACE = 50  # events listed under the map for one place


@dataclass(frozen=True)
class Dot(Record):
    """A place drawn on the map."""

    place: str  # as the ledger keeps it ("Kharkiv (UKR)")
    name: str  # as the gazetteer names it
    lat: float
    lon: float
    x: float
    y: float
    r: float
    events: int
    href: str


@dataclass(frozen=True)
class Unplaced(Record):
    """A place not drawn, and why."""

    place: str
    events: int
    href: str
    why: str


@dataclass(frozen=True)
class GridLine(Record):
    """A meridian (``vertical``) or parallel of the graticule, at ``at`` in map units."""

    at: float
    label: str
    vertical: bool


@dataclass(frozen=True)
class MapView(Record):
    width: int
    height: int
    grid: tuple[GridLine, ...]
    dots: tuple[Dot, ...]  # largest first, so that small dots are drawn over large ones
    unplaced: tuple[Unplaced, ...]
    without_place: int  # ledger events that name no place at all


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: x from longitude (-180 at the left edge), y from latitude (90 at the top)."""
    return (round((lon + 180.0) / 360.0 * WIDTH, 2), round((90.0 - lat) / 180.0 * HEIGHT, 2))


def dot_radius(events: int) -> float:
    return round(min(DOT_MAX_R, DOT_MIN_R + DOT_SCALE * math.sqrt(max(0, events - 1))), 2)


def place_href(place: str) -> str:
    return "/map?" + urlencode({"place": place}) + "#events"


def graticule() -> tuple[GridLine, ...]:
    lines = []
    for lon in range(-180, 181, GRATICULE_STEP):
        label = f"{abs(lon)}°{'E' if lon > 0 else 'W' if lon < 0 else ''}"
        lines.append(GridLine(at=project(0, lon)[0], label=label, vertical=True))
    for lat in range(-90, 91, GRATICULE_STEP):
        label = f"{abs(lat)}°{'N' if lat > 0 else 'S' if lat < 0 else ''}"
        lines.append(GridLine(at=project(lat, 0)[1], label=label, vertical=False))
    return tuple(lines)


def place_counts(store: Store) -> tuple[list[tuple[str, int]], int]:
    """Every place of the ledger's events with its number of events (most first), and how many
    events name no place."""
    require_ledger(store)
    rows = store.conn.execute(
        "SELECT place, COUNT(*) FROM ledger_events WHERE place IS NOT NULL AND place <> ''"
        " GROUP BY place ORDER BY COUNT(*) DESC, place").fetchall()
    none = store.conn.execute(
        "SELECT COUNT(*) FROM ledger_events WHERE place IS NULL OR place = ''").fetchone()[0]
    return [(str(r[0]), int(r[1])) for r in rows], int(none)


def map_view(counts: list[tuple[str, int]], without_place: int = 0,
             resolve: Callable[[str], Geo | None] = locate) -> MapView:
    """The map of ``counts`` (place, events): a dot per place with coordinates."""
    dots: list[Dot] = []
    unplaced: list[Unplaced] = []
    for place, n in counts:
        geo = resolve(place)
        if geo is None or geo.lat is None or geo.lon is None:
            why = ("a whole country: no single point" if geo is not None and geo.kind == "country"
                   else "not in the gazetteer")
            unplaced.append(Unplaced(place=place, events=n, href=place_href(place), why=why))
            continue
        x, y = project(geo.lat, geo.lon)
        dots.append(Dot(place=place, name=geo.name, lat=geo.lat, lon=geo.lon, x=x, y=y,
                        r=dot_radius(n), events=n, href=place_href(place)))
    dots.sort(key=lambda d: (-d.events, d.place))
    return MapView(width=WIDTH, height=HEIGHT, grid=graticule(), dots=tuple(dots),
                   unplaced=tuple(unplaced), without_place=without_place)


def events_at(store: Store, place: str, limit: int = EVENTS_AT_PLACE) -> list[LedgerEventView]:
    """The ledger events at ``place`` (as the ledger keeps it), most outlets first."""
    require_ledger(store)
    rows = store.conn.execute(
        "SELECT * FROM ledger_events le WHERE le.place = ?"
        " ORDER BY le.n_outlets DESC, le.n_articles DESC, le.date_start DESC, le.id LIMIT ?",
        (place, int(limit))).fetchall()
    return [ledger_event_view(e) for e in load_events(store.conn, rows, 200)]


def add_map_page(app: FastAPI, state: AppState) -> None:
    """``GET /map``: the map, and with ``place`` the events at that place under it."""

    @app.get("/map", response_class=HTMLResponse, include_in_schema=False)
    def map_page(place: Annotated[str | None, Query(max_length=300)] = None) -> HTMLResponse:
        state.ensure_ledger()
        chosen = clean(place)
        with state.reader() as store:
            counts, without = place_counts(store)
            events = events_at(store, chosen) if chosen else []
        view = map_view(counts, without)
        body = state.templates.get_template("map.html").render(
            nav="map", map=view, place=chosen, events=events)
        return HTMLResponse(body)
