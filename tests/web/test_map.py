"""The map of events: places with coordinates become dots linking to their events; places
without are listed as unplaced; the SVG is drawn on the server with no script or remote asset."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsledger.geo import Geo
from newsledger.web.app import create_app
from newsledger.web.placemap import (
    HEIGHT,
    MIN_SPAN_LON,
    WIDTH,
    WORLD,
    Window,
    dot_radius,
    graticule,
    map_view,
    place_href,
    project,
    window_for,
)
from tests.builders import (
    FakePipeline,
    inline_or_remote_assets,
    market_strike_docs,
    store_docs,
    web_client,
)

KYIV = Geo("Kyiv", "city", "UKR", "UA", lat=50.45, lon=30.52)
UKRAINE = Geo("Ukraine", "country", "UKR", "UA")


def _resolve(place: str) -> Geo | None:
    return {"Kyiv (UKR)": KYIV, "Ukraine": UKRAINE}.get(place)


@pytest.mark.parametrize(("lat", "lon", "xy"), [
    (90, -180, (0.0, 0.0)), (-90, 180, (WIDTH, HEIGHT)), (0, 0, (WIDTH / 2, HEIGHT / 2)),
    (50.45, 30.52, (421.04, 79.1)),
])
def test_equirectangular_projection(lat: float, lon: float, xy: tuple[float, float]) -> None:
    assert project(lat, lon) == pytest.approx(xy)


def test_the_window_fits_the_dots_twice_as_wide_as_high_inside_the_world() -> None:
    assert window_for([]) == WORLD
    one = window_for([(50.45, 30.52)])
    assert one.east - one.west == MIN_SPAN_LON and one.north - one.south == MIN_SPAN_LON / 2
    assert one.west < 30.52 < one.east and one.south < 50.45 < one.north
    polar = window_for([(89.0, 179.0), (85.0, 170.0)])  # pushed back inside the world
    assert polar.north == 90.0 and polar.east == 180.0
    assert window_for([(10.0, -179.0), (0.0, 179.0)]) == WORLD  # spread over the whole world
    x, y = project(50.45, 30.52, one)
    assert 0 < x < WIDTH and 0 < y < HEIGHT
    assert project(one.north, one.west, one) == (0.0, 0.0)


def test_the_graticule_step_fits_the_window() -> None:
    world = graticule(WORLD)
    assert [g.label for g in world if g.vertical][:3] == ["180°W", "150°W", "120°W"]
    assert len([g for g in world if g.vertical]) == 13 and len(world) == 13 + 7
    narrow = graticule(Window(10.0, 50.0, 30.0, 50.0))
    meridians = [g.label for g in narrow if g.vertical]
    assert meridians == ["10°E", "20°E", "30°E", "40°E", "50°E"]
    assert [g.label for g in narrow if not g.vertical] == ["30°N", "40°N", "50°N"]


def test_a_place_with_coordinates_is_a_dot_and_the_others_are_unplaced() -> None:
    view = map_view([("Kyiv (UKR)", 4), ("Ukraine", 2), ("Verkhnia Dolyna", 1)], without_place=3,
                    resolve=_resolve, world=True)
    assert [(d.place, d.events, d.href) for d in view.dots] == [
        ("Kyiv (UKR)", 4, "/map?place=Kyiv+%28UKR%29#events")]
    assert (view.dots[0].x, view.dots[0].y) == project(50.45, 30.52)
    assert [(u.place, u.why) for u in view.unplaced] == [
        ("Ukraine", "a whole country: no single point"), ("Verkhnia Dolyna", "not in the gazetteer")]
    assert view.without_place == 3 and not view.zoomed and view.dots[0].label
    zoomed = map_view([("Kyiv (UKR)", 4)], resolve=_resolve)
    assert zoomed.zoomed and (zoomed.dots[0].x, zoomed.dots[0].y) == project(50.45, 30.52, zoomed.window)


def test_dots_grow_with_their_count_up_to_a_cap() -> None:
    sizes = [dot_radius(n) for n in (1, 2, 10, 100, 10_000)]
    assert sizes == sorted(sizes) and sizes[0] < sizes[2] < sizes[-1]
    assert sizes[-1] == sizes[-2]  # capped


def test_nothing_to_place_draws_no_dot() -> None:
    view = map_view([("Nowhere Town", 2)], resolve=lambda _: None)
    assert view.dots == () and [u.place for u in view.unplaced] == ["Nowhere Town"]
    assert place_href("A&B (X)") == "/map?place=A%26B+%28X%29#events"


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = tmp_path_factory.mktemp("map") / "m.db"
    store_docs(db, list(market_strike_docs().values())).close()
    with web_client(create_app(db, pipeline_factory=FakePipeline)) as client:
        yield client


def _dots(html: str) -> dict[str, str]:
    return dict(re.findall(r'<a href="([^"]+)" class="place[^"]*" data-place="([^"]+)"', html))


def test_the_map_page_links_each_located_place_to_its_events(market: Any) -> None:
    r = market.get("/map")
    assert r.status_code == 200 and '<svg class="event-map"' in r.text
    dots = {place: href for href, place in _dots(r.text).items()}
    assert dots == {"Istanbul": "/map?place=Istanbul#events", "Odesa": "/map?place=Odesa#events"}
    unplaced = r.text.split('id="unplaced"', 1)[1]
    assert "Verkhnia Dolyna" in unplaced and "not in the gazetteer" in unplaced
    assert "Verkhnia Dolyna" not in _dots(r.text).values()
    assert inline_or_remote_assets(r.text) == []
    assert 'href="/map?world=1"' in r.text and "Odesa</text>" in r.text
    world = market.get("/map", params={"world": "1"})
    assert world.status_code == 200 and 'href="/map">Zoom to the events' in world.text
    assert _dots(world.text) == _dots(r.text)  # the same links, the whole world
    events = market.get(dots["Odesa"].split("#")[0])
    assert events.status_code == 200
    listed = re.findall(r'<section class="ledger-event" id="([^"]+)"', events.text)
    assert len(listed) == 1 and "Events at Odesa" in events.text
    assert "Russian drones struck a port in Odesa" in events.text
    assert 'class="place chosen" data-place="Odesa"' in events.text


def test_a_place_with_no_events_says_so(market: Any) -> None:
    r = market.get("/map", params={"place": "Atlantis"})
    assert r.status_code == 200 and "No ledger event at this place." in r.text
    assert market.get("/map", params={"place": "x" * 301}).status_code == 422


def test_an_empty_database_has_an_empty_map(tmp_path: Path) -> None:
    with web_client(create_app(tmp_path / "e.db", pipeline_factory=FakePipeline)) as client:
        r = client.get("/map")
    assert r.status_code == 200 and "No event has a place the gazetteer can locate." in r.text
    assert _dots(r.text) == {}


def test_the_map_reads_alike_from_postgresql(market: Any, postgres_url: str) -> None:
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS map_sample WITH (FORCE)")
        conn.execute("CREATE DATABASE map_sample")
    pg_url = postgres_url.rsplit("/", 1)[0] + "/map_sample"
    store_docs(pg_url, list(market_strike_docs().values())).close()
    with web_client(create_app(pg_url, pipeline_factory=FakePipeline)) as pg:
        pages = [(market.get(url), pg.get(url)) for url in ("/map", "/map?place=Odesa")]
    assert [(a.status_code, b.status_code) for a, b in pages] == [(200, 200)] * 2
    assert _dots(pages[0][1].text) == _dots(pages[0][0].text) != {}
    assert "Russian drones struck a port in Odesa" in pages[1][1].text
