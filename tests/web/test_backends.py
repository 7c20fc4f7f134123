"""The web app over PostgreSQL: every read endpoint answers exactly as over SQLite, and writes work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsledger.web.app import create_app
from tests.builders import FakePipeline, build_store

READS = [
    "/api/health",
    "/api/articles?limit=50",
    "/api/articles?limit=5&offset=5",
    "/api/articles?outlet=filler%20post&limit=100",
    "/api/articles?q=Eastport",
    "/api/articles?q=%22toll%20climbs%22",
    "/api/articles?q=east*",
    "/api/articles?q=it%27s%20(broken",  # not FTS5 syntax: searched as plain words
    "/api/articles?since=2024-03-02&until=2024-03-03",
    "/api/events?limit=100",
    "/api/events?type=assault",
    "/api/quotes?limit=100",
    "/api/figures?limit=100",
    "/api/figures?type=killed&outlet=wire",
    "/api/framing?limit=100",
    "/api/actors?limit=100",
    "/api/actors?type=group",
    "/api/search?q=Eastport&kind=figures",
    "/api/search?q=council&kind=events&actor=council",
    "/api/search?q=lind&kind=quotes",  # the words in the record: speaker, any case
    "/api/search?q=Eastport%20council&kind=events",
    "/api/search?q=people&kind=figures&outlet=morning",
    "/api/search?q=Eastport&kind=quotes&match=article",
    "/api/search?q=(floods",
    "/api/ledger/events?limit=100",
    "/api/ledger/events?min_outlets=2",
    "/api/ledger/claims?limit=100",
    "/api/ledger/claims?sort=disputed&limit=100",
    "/api/ledger/events?sort=outlets&limit=100",
    "/api/ledger/outlets",
    "/api/ledger/outlets/Morning%20Wire",
    "/api/ledger/actors/council",
    "/api/ledger/actors/nobody-at-all",
]
PAGES = ["/", "/articles", "/search?q=Eastport", "/search?q=killed&kind=figures", "/actors", "/outlets",
         "/ledger", "/ledger/events"]


def _client(db: str | Path) -> TestClient:
    return TestClient(create_app(db, pipeline_factory=FakePipeline), base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory, postgres_url: str) -> Iterator[tuple[TestClient, TestClient]]:
    """The sample database of tests.builders.build_store on SQLite and on PostgreSQL, each behind the app."""
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS serve_sample WITH (FORCE)")
        conn.execute("CREATE DATABASE serve_sample")
    pg_url = postgres_url.rsplit("/", 1)[0] + "/serve_sample"
    lite = build_store(tmp_path_factory.mktemp("serve") / "news.db")
    pg = build_store(pg_url)  # type: ignore[arg-type]
    assert (lite.main, lite.html) == (pg.main, pg.html)
    with _client(lite.db) as a, _client(pg_url) as b:
        yield a, b


def _normal(data: Any) -> Any:
    """A response body without what differs between two databases built at different times."""
    if isinstance(data, dict):
        return {k: _normal(v) for k, v in data.items() if k not in ("analysed_at", "built_at")}
    if isinstance(data, list):
        return [_normal(v) for v in data]
    return data


@pytest.mark.parametrize("url", READS)
def test_read_endpoints_answer_alike(both: tuple[TestClient, TestClient], url: str) -> None:
    lite, pg = both
    a, b = lite.get(url), pg.get(url)
    assert (b.status_code, _normal(b.json())) == (a.status_code, _normal(a.json()))
    assert a.status_code in (200, 404)


def test_article_and_pages_answer_alike(both: tuple[TestClient, TestClient]) -> None:
    lite, pg = both
    first = lite.get("/api/articles?limit=1").json()["items"][0]["id"]
    urls = (f"/api/articles/{first}", f"/api/articles/{first[:6]}", f"/articles/{first}", *PAGES)
    checked = 0
    for url in urls:
        a, b = lite.get(url), pg.get(url)
        assert b.status_code == a.status_code == 200, url
        if url.startswith("/api/"):
            assert _normal(b.json()) == _normal(a.json())
        checked += 1
    assert checked == len(urls) > 0


def test_posting_articles_to_postgresql(postgres_db: str, post_and_wait: Any) -> None:
    with _client(postgres_db) as client:
        text = "The council of Eastport met on Monday and agreed to repair the bridge by May."
        first = post_and_wait(client, {"text": text, "outlet": "Wire"})
        again = post_and_wait(client, {"text": text, "outlet": "Wire"})
        assert (first["status"], first["new"], again["status"], again["new"]) == (
            "stored", True, "stored", False)
        assert first["article_id"] == again["article_id"]
        assert client.get("/api/health").json()["counts"]["articles"] == 1
        assert client.get("/api/ledger/events").status_code == 200  # the ledger builds in PostgreSQL


def test_claims_and_events_pages_rank_alike(both: tuple[TestClient, TestClient]) -> None:
    """The claims page's dispute ranking and the events page's outlet order run in SQL: both
    databases give the same order."""
    import re

    lite, pg = both
    urls = ("/ledger", "/ledger?disputed=1", "/ledger/events", "/ledger/events?sort=newest")
    checked = 0
    for url in urls:
        a, b = lite.get(url).text, pg.get(url).text
        titles = re.findall(r"<h2>([^<]*)", a)
        assert titles and re.findall(r"<h2>([^<]*)", b) == titles, url
        assert re.findall(r'data-axis-max="([^"]+)"', b) == re.findall(r'data-axis-max="([^"]+)"', a)
        checked += 1
    assert checked == len(urls)


def _backends(admin_url: str, dbname: str) -> int:
    """How many newsledger connections the server has open to ``dbname``."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        row = conn.execute("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = %s"
                           " AND application_name = 'newsledger'", (dbname,)).fetchone()
    return int(row[0]) if row else 0


def test_requests_share_a_bounded_pool_closed_at_shutdown(postgres_db: str, post_and_wait: Any) -> None:
    """Many requests, reads and a write, reuse a few pooled connections (at most the pool's
    size) instead of opening one each; shutting the app down closes them."""
    from concurrent.futures import ThreadPoolExecutor

    build_store(postgres_db)  # type: ignore[arg-type]
    admin, dbname = postgres_db.rsplit("/", 1)[0] + "/postgres", postgres_db.rsplit("/", 1)[1]
    app = create_app(postgres_db, pipeline_factory=FakePipeline, pool_size=3)
    state = app.state.nl
    assert state.config.pool_size == 3
    urls = ["/api/articles?limit=5", "/api/events", "/api/search?q=Eastport&kind=figures", "/articles",
            "/api/ledger/events"] * 12
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert state.pools == {}  # opened on first use
        with ThreadPoolExecutor(max_workers=6) as workers:  # requests at the same time, too
            codes = list(workers.map(lambda u: client.get(u).status_code, urls))
        assert codes == [200] * len(urls)
        posted = post_and_wait(client, {"text": "The council of Eastport met on Monday.", "outlet": "Wire"})
        assert posted["status"] == "stored"
        reads, writes = state.pools[True].stats(), state.pools[False].stats()
        assert reads["requests_num"] >= len(urls) and writes["requests_num"] >= 1
        assert 1 <= reads["connections_num"] <= state.config.pool_size < len(urls)
        assert 1 <= writes["connections_num"] <= 2
        assert 2 <= _backends(admin, dbname) <= state.config.pool_size + 2
        pools = list(state.pools.values())
        assert all(not p.closed for p in pools)
    assert pools and all(p.closed for p in pools) and state.pools == {}  # shut down: closed


def test_a_sqlite_app_needs_no_pool(tmp_path: Path) -> None:
    lite = build_store(tmp_path / "news.db")
    app = create_app(lite.db, pipeline_factory=FakePipeline)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        assert client.get("/api/articles?limit=5").status_code == 200
        assert app.state.nl.pools == {}
