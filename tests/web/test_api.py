"""The REST API in process (FastAPI's TestClient): reads, filters, paging, search and writes.

The database is built from hand-made analyses (``tests.builders.build_store``); one test posts
through the real pipeline.
"""

from __future__ import annotations

import asyncio
import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from newsledger.storage.store import Store
from newsledger.web import security
from newsledger.web.app import create_app
from tests.builders import (
    COUNCIL,
    EASTPORT,
    LIND,
    MAIN_TEXT,
    N_FILLER,
    N_NAMED,
    RESIDENTS,
    WESTVALE,
    FakePipeline,
    Sample,
    web_client,
)

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def test_health_and_openapi(client: TestClient) -> None:
    health = client.get("/api/health").json()
    assert health["status"] == "ok" and health["counts"]["articles"] == N_NAMED + N_FILLER
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/articles", "/api/articles/{article_id}", "/api/events", "/api/quotes",
            "/api/figures", "/api/actors", "/api/framing", "/api/search", "/api/ledger/events",
            "/api/ledger/claims", "/api/ledger/outlets", "/api/ledger/outlets/{outlet}",
            "/api/ledger/actors/{actor}", "/api/health"} <= paths
    assert not any(p.startswith("/articles") or p == "/" for p in paths)  # pages stay out
    assert client.get("/docs").status_code == 404  # Swagger UI loads from a CDN: switched off


def test_articles_are_paginated(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    assert first["items"][0]["published"] >= first["items"][1]["published"]
    ids: list[str] = []
    offset: int | None = 0
    pages = 0
    while offset is not None:
        page = client.get("/api/articles", params={"limit": 7, "offset": offset}).json()
        assert len(page["items"]) <= 7
        ids += [a["id"] for a in page["items"]]
        offset = page["next_offset"]
        pages += 1
    assert pages == -(-(N_NAMED + N_FILLER) // 7) > 0
    assert len(ids) == len(set(ids)) == N_NAMED + N_FILLER
    past = client.get("/api/articles", params={"offset": 500}).json()
    assert past["items"] == [] and past["next_offset"] is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"outlet": "Morning"}, {"second"}),
        ({"since": "2024-02-25"}, {"main", "second", "third"}),
        ({"since": "2024-02-01", "until": "2024-02-28"}, {"html"}),
        ({"actor": "Ana Lind"}, {"main"}),
        ({"q": "rebuild"}, {"main"}),
        ({"q": "floods", "outlet": "Daily"}, {"main"}),
        ({"q": "nothingmatchesthisword"}, set()),
    ],
)
def test_article_filters(client: TestClient, sample: Sample, params: dict[str, str],
                         expected: set[str]) -> None:
    names = {sample.main: "main", sample.second: "second", sample.third: "third", sample.html: "html"}
    items = client.get("/api/articles", params=params).json()["items"]
    assert {names.get(a["id"], "filler") for a in items} == expected


def test_one_article_with_its_records(client: TestClient, sample: Sample) -> None:
    body = client.get(f"/api/articles/{sample.main}").json()
    assert body["article"]["text"] == MAIN_TEXT
    assert {e["id"] for e in body["events"]} == {"e_killed", "e_rebuild", "e_urge"}
    assert [q["id"] for q in body["quotes"]] == ["q_lind"]
    assert {a["id"] for a in body["actors"]} == {EASTPORT.id, LIND.id, COUNCIL.id, RESIDENTS.id}
    assert len(body["framing"]) == 2 and len(body["mentions"]) == 4
    # a unique prefix works too
    assert client.get(f"/api/articles/{sample.main[:8]}").json()["article"]["id"] == sample.main


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/articles/0000000000000000", 404),
        ("/api/articles/abc", 422),  # shorter than 4
        ("/api/articles/ab%25cd", 422),  # not an id
        ("/api/articles/a_c_", 404),  # LIKE wildcards are not honoured
        ("/api/nothing-here", 404),
    ],
)
def test_unknown_and_invalid_ids(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert "detail" in r.json()


@pytest.mark.parametrize(
    ("path", "params", "ids"),
    [
        ("/api/events", {}, {"e_killed", "e_rebuild", "e_urge", "e2_killed", "e2_urge", "e3_killed"}),
        ("/api/events", {"type": "request"}, {"e_urge", "e2_urge"}),
        ("/api/events", {"actor": "Eastport council"}, {"e_urge", "e2_urge"}),
        ("/api/events", {"outlet": "Morning Wire"}, {"e2_killed", "e2_urge"}),
        ("/api/events", {"type": "PROTEST"}, set()),
        ("/api/quotes", {"type": "direct"}, {"q_lind"}),
        ("/api/quotes", {"type": "indirect"}, set()),
        ("/api/quotes", {"actor": "XEP_LIND"}, {"q_lind"}),
        ("/api/figures", {"type": "killed"}, {"f_42", "f2_45", "f3_38"}),
        ("/api/figures", {"until": "2024-03-02", "type": "killed"}, {"f_42"}),
        ("/api/figures", {"q": "Westvale"}, {"fh_300"}),
        ("/api/framing", {}, {"fr_fiasco", "fr_mayor"}),
        ("/api/framing", {"type": "honorific"}, {"fr_mayor"}),
        ("/api/actors", {}, {EASTPORT.id, LIND.id, COUNCIL.id, WESTVALE.id, RESIDENTS.id}),
        ("/api/actors", {"type": "person"}, {LIND.id}),
        ("/api/actors", {"country": "XWV"}, {WESTVALE.id}),
    ],
)
def test_record_lists_and_filters(client: TestClient, path: str, params: dict[str, str],
                                  ids: set[str]) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    assert {x["id"] for x in r.json()["items"]} == ids


def test_record_lists_are_paginated(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 2}).json()
    second = client.get("/api/events", params={"limit": 2, "offset": first["next_offset"]}).json()
    third = client.get("/api/events", params={"limit": 2, "offset": second["next_offset"]}).json()
    assert first["next_offset"] == 2 and second["next_offset"] == 4 and third["next_offset"] is None
    ids = [e["id"] for page in (first, second, third) for e in page["items"]]
    assert len(ids) == len(set(ids)) == 6
    actors = client.get("/api/actors", params={"limit": 1}).json()
    assert actors["items"][0]["mentions"] >= 2 and actors["next_offset"] == 1


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/articles", {"limit": 0}),
        ("/api/articles", {"limit": 501}),
        ("/api/articles", {"offset": -1}),
        ("/api/articles", {"limit": "many"}),
        ("/api/events", {"since": "March 1st"}),
        ("/api/events", {"until": "2024/03/01"}),
        ("/api/figures", {"offset": 10**12}),
        ("/api/search", {"kind": "users"}),
        ("/api/quotes", {"actor": "x" * 201}),
    ],
)
def test_validation_errors_are_422(client: TestClient, path: str, params: dict[str, Any]) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 422
    assert r.json()["detail"][0]["loc"][0] == "query"


def test_search_type_filters_records_not_articles(client: TestClient) -> None:
    plain = client.get("/api/search", params={"q": "floods"}).json()["items"]
    typed = client.get("/api/search", params={"q": "floods", "type": "ASSAULT"}).json()["items"]
    assert typed == plain and len(plain) == 3
    events = client.get("/api/search", params={"q": "floods", "kind": "events", "type": "ASSAULT",
                                               "match": "article"})
    assert {e["id"] for e in events.json()["items"]} == {"e_killed", "e2_killed", "e3_killed"}


def test_405_lists_the_allowed_methods(client: TestClient) -> None:
    r = client.put("/api/articles", json={"text": "x"})
    assert r.status_code == 405 and set(r.headers["allow"].split(", ")) >= {"GET", "POST"}
    assert client.delete("/api/health").status_code == 405


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "bridge"}, {"main"}),
        ({"q": "regional health"}, {"main", "second", "third"}),
        ({"q": '"health office" AND Thursday'}, {"second"}),
        ({"q": "parli*"}, {"html"}),
        ({"q": "U.S."}, set()),  # not FTS syntax: searched as plain words
        ({"q": '"unbalanced'}, set()),
        ({"q": "script"}, {"html"}),
        ({"q": "floods", "since": "2024-03-02"}, {"second", "third"}),
    ],
)
def test_search_articles(client: TestClient, sample: Sample, params: dict[str, str],
                         expected: set[str]) -> None:
    names = {sample.main: "main", sample.second: "second", sample.third: "third", sample.html: "html"}
    r = client.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["kind"] == "articles" and "title" in body["columns"]
    assert {names.get(a["id"], "filler") for a in body["items"]} == expected


@pytest.mark.parametrize(
    ("params", "ids"),
    [
        ({"kind": "figures", "q": "floods", "match": "article"}, {"f_42", "f2_45", "f3_38"}),
        ({"kind": "figures", "q": "floods", "outlet": "Daily", "match": "article"}, {"f_42"}),
        ({"kind": "events", "q": "bridge", "type": "AID", "match": "article"}, {"e_rebuild"}),
        # by default the words are looked for in the record itself, not in its article
        ({"kind": "quotes", "q": "Lind"}, {"q_lind"}),  # the speaker
        ({"kind": "quotes", "q": "bridge"}, {"q_lind"}),  # the words quoted
        ({"kind": "quotes", "q": "Eastport"}, set()),  # near miss: only the article names it
        ({"kind": "quotes", "q": "Eastport", "match": "article"}, {"q_lind"}),
        ({"kind": "figures", "q": "killed"}, {"f_42", "f2_45", "f3_38"}),  # the measure
        ({"kind": "figures", "q": "floods"}, set()),  # not in any figure
        ({"kind": "figures", "q": "people", "outlet": "Morning"}, {"f2_45"}),
        ({"kind": "events", "q": "Eastport council"}, {"e_urge", "e2_urge"}),  # an actor's name
        ({"kind": "events", "q": "request council"}, {"e_urge", "e2_urge"}),  # type and actor
        ({"kind": "events", "q": "rebuild", "type": "ASSAULT"}, set()),
        ({"kind": "quotes", "actor": "Lind"}, {"q_lind"}),
        ({"kind": "framing", "q": "fiasco", "type": "loaded_label"}, {"fr_fiasco"}),
        ({"kind": "events", "q": "Westvale"}, set()),
    ],
)
def test_search_records(client: TestClient, params: dict[str, str], ids: set[str]) -> None:
    body = client.get("/api/search", params=params).json()
    assert body["kind"] == params["kind"]
    assert {x["id"] for x in body["items"]} == ids


def test_search_is_paginated(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "council", "limit": 3}).json()
    assert len(body["items"]) == 3 and body["next_offset"] == 3
    assert body["total"] > 3 and body["total_capped"] is False


def test_search_results_have_snippets_and_csv(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "Lind", "kind": "quotes"}).json()
    assert body["items"][0]["snippet"].count("We will rebuild every bridge") == 1
    figures = client.get("/api/search", params={"q": "killed", "kind": "figures"}).json()["items"]
    assert len(figures) == 3 and all("killed" in f["snippet"] for f in figures)
    articles = client.get("/api/search", params={"q": "parli*"}).json()["items"]
    assert len(articles) == 1 and "parli" in articles[0]["snippet"].lower()
    r = client.get("/api/search", params={"q": "killed", "kind": "figures", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert r.headers["content-type"].startswith("text/csv") and len(rows) == 3
    assert {"id", "measure", "snippet"} <= set(rows[0])


def test_record_lists_count_their_totals(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == N_NAMED + N_FILLER and first["total_capped"] is False
    killed = client.get("/api/figures", params={"type": "killed", "limit": 1, "offset": 1}).json()
    assert killed["total"] == 3 and len(killed["items"]) == 1
    none = client.get("/api/quotes", params={"type": "indirect"}).json()
    assert none["total"] == 0


# -- writing --------------------------------------------------------------------------------------
def test_post_article_queues_a_job_that_stores_it(fresh: tuple[TestClient, Path],
                                                  post_and_wait: Any, wait_job: Any) -> None:
    client, db = fresh
    body = {"text": "The ministers met in Lisbon on Monday to agree on port fees.",
            "title": "Port fees", "outlet": "Harbour News", "url": "https://example.invalid/p",
            "published": "2024-05-01"}
    r = client.post("/api/articles", json=body)
    assert r.status_code == 202, r.text
    queued = r.json()["jobs"][0]
    assert r.headers["location"] == f"/api/jobs/{queued['id']}"
    assert queued["status"] in ("queued", "analysing", "stored") and queued["lane"] == "small"
    job = wait_job(client, r.headers["location"])
    assert (job["status"], job["new"], job["reason"]) == ("stored", True, None)
    article = client.get(f"/api/articles/{job['article_id']}").json()["article"]
    assert (article["title"], article["outlet"], article["published"]) == (
        "Port fees", "Harbour News", "2024-05-01")
    again = post_and_wait(client, body)
    assert (again["status"], again["new"], again["article_id"]) == ("stored", False, job["article_id"])
    with Store(db, readonly=True) as store:
        assert store.counts()["articles"] == 1
    assert client.get("/api/jobs/0123456789abcdef").status_code == 404
    assert client.get("/api/jobs/not%20an%20id").status_code == 422
    listed = client.get("/api/jobs").json()
    assert [j["id"] for j in listed["items"]] == [again["id"], job["id"]] and listed["waiting"] == 0


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        ({"text": ""}, 422, None),
        ({"title": "no text"}, 422, None),
        ({"text": "fine text here", "published": "yesterday"}, 422, None),
        ({"text": "fine text here", "colour": "red"}, 422, None),  # unknown field
        ({"text": 42}, 422, None),
        ([1, 2, 3], 422, None),
    ],
)
def test_post_article_errors(fresh: tuple[TestClient, Path], body: Any, status: int,
                             detail: str | None) -> None:
    client, _ = fresh
    r = client.post("/api/articles", json=body)
    assert r.status_code == status, r.text
    if detail:
        assert detail in r.json()["detail"]


def test_a_job_that_fails_says_why(fresh: tuple[TestClient, Path], post_and_wait: Any) -> None:
    client, db = fresh
    job = post_and_wait(client, {"text": "bad text in some other language"})
    assert job["status"] == "failed" and "not English" in job["reason"] and job["article_id"] is None
    with Store(db, readonly=True) as store:
        assert store.counts()["articles"] == 0


def test_upload_queues_every_article_of_a_file(fresh: tuple[TestClient, Path], wait_job: Any) -> None:
    client, _ = fresh
    lines = ['{"text": "The port of Lisbon reopened on Monday after the strike.", "outlet": "Tejo"}',
             '{"title": "no text here"}',
             '{"text": "Dock workers in Porto voted to end their strike on Tuesday."}']
    r = client.post("/api/uploads", json={"name": "batch.jsonl", "content": "\n".join(lines)})
    assert r.status_code == 202, r.text
    out = r.json()
    assert [j["source"] for j in out["jobs"]] == ["batch.jsonl:1", "batch.jsonl:3"]
    assert [f["source"] for f in out["failures"]] == ["batch.jsonl:2"]
    done = [wait_job(client, f"/api/jobs/{j['id']}") for j in out["jobs"]]
    assert [j["status"] for j in done] == ["stored", "stored"]
    assert client.get(f"/api/articles/{done[0]['article_id']}").json()["article"]["outlet"] == "Tejo"
    html = client.post("/api/uploads", json={"name": "story.html", "content":
                       "<html><head><title>Harbour</title></head><body><p>The harbour of Vigo "
                       "closed on Friday.</p></body></html>"})
    assert html.status_code == 202
    job = wait_job(client, html.headers["location"])
    assert client.get(f"/api/articles/{job['article_id']}").json()["article"]["title"] == "Harbour"
    refused = client.post("/api/uploads", json={"name": "scan.pdf", "content": "%PDF"})
    assert refused.status_code == 400 and ".jsonl" in refused.json()["detail"]
    empty = client.post("/api/uploads", json={"name": "none.jsonl", "content": '{"x": 1}'})
    assert empty.status_code == 400 and empty.json()["failures"]


def test_post_errors_on_media_type_and_malformed_json(fresh: tuple[TestClient, Path]) -> None:
    client, _ = fresh
    r = client.post("/api/articles", content=b'{"text": "x y z"}', headers={"content-type": "text/plain"})
    assert r.status_code == 415
    r = client.post("/api/articles", content=b"text=hello", headers={
        "content-type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415
    r = client.post("/api/articles", content=b'{"text": ', headers={"content-type": "application/json"})
    assert r.status_code == 422


def test_body_size_limit_by_header(fresh: tuple[TestClient, Path]) -> None:
    client, _ = fresh  # limit 10,000 bytes in this app
    big = {"text": "word " * 3000}
    r = client.post("/api/articles", json=big)
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    small = client.post("/api/articles", json={"text": "word " * 100})
    assert small.status_code == 202


def test_body_size_limit_without_content_length() -> None:
    """A chunked body is cut off as soon as it passes the limit, before the app sees it."""
    reached: list[bool] = []
    chunks_read: list[int] = []
    sent: list[dict[str, Any]] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append(True)

    async def endless_body() -> dict[str, Any]:
        chunks_read.append(1)
        return {"type": "http.request", "body": b"a" * 1000, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/api/articles", "query_string": b"",
             "headers": [(b"content-type", b"application/json")]}
    asyncio.run(security.RequestGuard(app, max_body=10_000, token=None)(scope, endless_body, send))
    assert sent[0]["status"] == 413 and not reached
    assert len(chunks_read) == 11  # 11,000 bytes read of an endless body, then it stopped


def test_default_body_limit_is_one_megabyte(client: TestClient) -> None:
    r = client.post("/api/articles", content=b" " * 1_000_001, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "1,000,000" in r.json()["detail"]


def test_token_guards_writes_not_reads(tmp_path: Path) -> None:
    token = "s3cret-token-for-tests-0123"
    app = create_app(tmp_path / "t.db", token=token, pipeline_factory=FakePipeline)
    with web_client(app) as client:
        body = {"text": "The council met in Oslo on Monday."}
        r = client.post("/api/articles", json=body)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        r = client.post("/api/articles", json=body, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401
        r = client.post("/api/articles", json=body, headers={"Authorization": f"Basic {token}"})
        assert r.status_code == 401
        # the token is checked before the body: an unauthenticated huge body is refused with 401
        r = client.post("/api/articles", content=b" " * 2_000_000,
                        headers={"content-type": "application/json"})
        assert r.status_code == 401
        r = client.post("/api/articles", json=body, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 202
        r = client.post("/api/uploads", json={"name": "a.txt", "content": "Oslo."})
        assert r.status_code == 401
        assert client.get("/api/articles").status_code == 200
        post = client.get("/api/openapi.json").json()["paths"]["/api/articles"]["post"]
        assert post["security"] == [{"HTTPBearer": []}] and "401" in post["responses"]


def test_no_token_no_security_in_openapi(client: TestClient) -> None:
    post = client.get("/api/openapi.json").json()["paths"]["/api/articles"]["post"]
    assert "security" not in post and "401" not in post["responses"]
    assert {"202", "400", "413", "415", "422", "503"} <= set(post["responses"])


def test_post_with_the_real_pipeline(tmp_path: Path, post_and_wait: Any) -> None:
    with web_client(create_app(tmp_path / "real.db")) as client:
        text = ("The finance minister of Norway said on Monday that the government would raise "
                "fuel taxes next year. Opposition leaders criticised the plan, and several unions "
                "called for protests in Oslo.")
        job = post_and_wait(client, {"text": text, "outlet": "Nordic Post", "published": "2024-04-02"})
        assert job["status"] == "stored", job
        analysis = client.get(f"/api/articles/{job['article_id']}").json()
        assert analysis["article"]["text"] == text and analysis["sentences"]
        german = ("Der Finanzminister sagte am Montag, dass die Regierung die Steuern im nächsten "
                  "Jahr erhöhen werde, und die Opposition kündigte Proteste an.")
        job = post_and_wait(client, {"text": german})
        assert job["status"] == "failed" and "not English" in job["reason"]
