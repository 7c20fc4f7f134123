"""The map of events: where the ledger's events happened, drawn on the server as inline SVG.

Each ledger event keeps the place its reports name ("Kharkiv (UKR)"); the places are resolved
to coordinates with the offline gazetteer (``newsledger.geo``, as the GDELT and PLOVER exports
do) and drawn on an equirectangular projection (longitude and latitude as plain x and y) with a
graticule: one dot per place, its area growing with the number of events there,
each dot a link to the events at that place (``/map?place=...``, listed under the map). A place
the gazetteer does not know, or a whole country (no single point), is not drawn: it is listed
as unplaced, with its events one click away too. The map shows the part of the world around the
dots (at least ``MIN_SPAN_LON`` degrees wide, twice as wide as high, the graticule's step fitted
to it), or the whole world with ``world=1``.

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
GRATICULE_STEPS = (30, 10, 5, 2, 1)  # degrees between graticule lines: the widest giving 4 or more
MIN_SPAN_LON = 40.0  # degrees: the narrowest window the map zooms to
PAD_DEGREES = 4.0  # around the outermost dots
LABELS = 12  # the largest dots are labelled with their place's name
DOT_MIN_R = 3.0
DOT_MAX_R = 18.0
DOT_SCALE = 2.5  # radius grows with the square root of the count: area with the count
EVENTS_AT_PLACE = 50  # events listed under the map for one place


@dataclass(frozen=True)
class Window(Record):
    """The part of the world drawn, in degrees."""

    west: float
    east: float
    south: float
    north: float


WORLD = Window(-180.0, 180.0, -90.0, 90.0)


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
    label: bool = False  # among the largest: its name is written beside it


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
    window: Window
    zoomed: bool  # a part of the world, not the whole
    grid: tuple[GridLine, ...]
    dots: tuple[Dot, ...]  # largest first, so that small dots are drawn over large ones
    unplaced: tuple[Unplaced, ...]
    without_place: int  # ledger events that name no place at all


def project(lat: float, lon: float, window: Window = WORLD) -> tuple[float, float]:
    """Equirectangular: x from longitude (``window.west`` at the left edge), y from latitude
    (``window.north`` at the top)."""
    x = (lon - window.west) / (window.east - window.west) * WIDTH
    y = (window.north - lat) / (window.north - window.south) * HEIGHT
    return (round(x, 2), round(y, 2))


def window_for(points: list[tuple[float, float]]) -> Window:
    """The window around ``points`` (lat, lon): padded, at least ``MIN_SPAN_LON`` wide, twice as
    wide as high, inside the world (the whole world when they spread too far)."""
    if not points:
        return WORLD
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    span_lon = max(max(lons) - min(lons) + 2 * PAD_DEGREES, MIN_SPAN_LON,
                   2 * (max(lats) - min(lats) + 2 * PAD_DEGREES))
    if span_lon >= 360.0:
        return WORLD
    span_lat = span_lon / 2
    mid_lon, mid_lat = (max(lons) + min(lons)) / 2, (max(lats) + min(lats)) / 2
    west = min(max(mid_lon - span_lon / 2, -180.0), 180.0 - span_lon)
    south = min(max(mid_lat - span_lat / 2, -90.0), 90.0 - span_lat)
    return Window(west, west + span_lon, south, south + span_lat)


def dot_radius(events: int) -> float:
    return round(min(DOT_MAX_R, DOT_MIN_R + DOT_SCALE * math.sqrt(max(0, events - 1))), 2)


def place_href(place: str) -> str:
    return "/map?" + urlencode({"place": place}) + "#events"


def _degrees(value: float, positive: str, negative: str) -> str:
    text = f"{abs(value):g}°"
    return text + (positive if value > 0 else negative if value < 0 else "")


def graticule(window: Window = WORLD) -> tuple[GridLine, ...]:
    """Meridians and parallels every N degrees, N the widest step giving four or more meridians."""
    span = window.east - window.west
    step = next((s for s in GRATICULE_STEPS if span / s >= 4), GRATICULE_STEPS[-1])
    lines = []
    for lon in range(math.ceil(window.west / step) * step, math.floor(window.east) + 1, step):
        lines.append(GridLine(at=project(0, lon, window)[0], label=_degrees(lon, "E", "W"),
                              vertical=True))
    for lat in range(math.ceil(window.south / step) * step, math.floor(window.north) + 1, step):
        lines.append(GridLine(at=project(lat, 0, window)[1], label=_degrees(lat, "N", "S"),
                              vertical=False))
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
             resolve: Callable[[str], Geo | None] = locate, world: bool = False) -> MapView:
    """The map of ``counts`` (place, events): a dot per place with coordinates, in the window
    around them (``world``: the whole world)."""
    located: list[tuple[str, int, Geo]] = []
    unplaced: list[Unplaced] = []
    for place, n in counts:
        geo = resolve(place)
        if geo is None or geo.lat is None or geo.lon is None:
            why = ("a whole country: no single point" if geo is not None and geo.kind == "country"
                   else "not in the gazetteer")
            unplaced.append(Unplaced(place=place, events=n, href=place_href(place), why=why))
        else:
            located.append((place, n, geo))
    located.sort(key=lambda x: (-x[1], x[0]))
    window = WORLD if world else window_for([(g.lat or 0.0, g.lon or 0.0) for _, _, g in located])
    dots = []
    for i, (place, n, geo) in enumerate(located):
        lat, lon = geo.lat or 0.0, geo.lon or 0.0
        x, y = project(lat, lon, window)
        dots.append(Dot(place=place, name=geo.name, lat=lat, lon=lon, x=x, y=y, r=dot_radius(n),
                        events=n, href=place_href(place), label=i < LABELS))
    return MapView(width=WIDTH, height=HEIGHT, window=window, zoomed=window != WORLD,
                   grid=graticule(window), dots=tuple(dots), unplaced=tuple(unplaced),
                   without_place=without_place)


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
    def map_page(place: Annotated[str | None, Query(max_length=300)] = None,
                 world: Annotated[bool, Query()] = False) -> HTMLResponse:
        state.ensure_ledger()
        chosen = clean(place)
        with state.reader() as store:
            counts, without = place_counts(store)
            events = events_at(store, chosen) if chosen else []
        view = map_view(counts, without, world=world)
        body = state.templates.get_template("map.html").render(
            nav="map", map=view, place=chosen, events=events, world=world)
        return HTMLResponse(body)
