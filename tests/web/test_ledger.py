"""The ledger in the web app: its API and its pages, kept up to date as articles come in."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from newsledger.storage.store import Store
from newsledger.web.app import create_app
from tests.builders import (
    LIND,
    Sample,
    inline_or_remote_assets,
    web_client,
)

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def test_ledger_events_api(client: TestClient) -> None:
    body = client.get("/api/ledger/events").json()
    by_type = {e["plover"]: e for e in body["items"]}
    assert set(by_type) == {"ASSAULT", "REQUEST"} and body["next_offset"] is None
    assault = by_type["ASSAULT"]
    assert assault["n_outlets"] == 3
    assert {m["event_id"] for m in assault["mentions"]} == {"e_killed", "e2_killed", "e3_killed"}
    assert "actors" in assault["why"]["fields"]
    request = by_type["REQUEST"]
    assert request["target_names"] == ["Eastport council"]
    one = client.get(f"/api/ledger/events/{assault['id']}").json()
    assert one["id"] == assault["id"] and len(one["mentions"]) == 3
    assert client.get("/api/ledger/events/le_000000000000").status_code == 404


@pytest.mark.parametrize(
    ("params", "types"),
    [
        ({"type": "assault"}, {"ASSAULT"}),
        ({"actor": "Eastport council"}, {"REQUEST"}),
        ({"actor": "Eastport council", "role": "source"}, set()),
        ({"outlet": "Evening Star"}, {"ASSAULT"}),
        ({"min_outlets": 3}, {"ASSAULT"}),
        ({"since": "2024-03-01"}, {"REQUEST"}),
        ({"until": "2024-02-28"}, {"ASSAULT"}),
        ({"type": "PROTEST"}, set()),
    ],
)
def test_ledger_event_filters(client: TestClient, params: dict[str, Any], types: set[str]) -> None:
    r = client.get("/api/ledger/events", params=params)
    assert r.status_code == 200, r.text
    assert {e["plover"] for e in r.json()["items"]} == types


def test_ledger_events_pagination_and_errors(client: TestClient) -> None:
    first = client.get("/api/ledger/events", params={"limit": 1}).json()
    second = client.get("/api/ledger/events", params={"limit": 1, "offset": 1}).json()
    assert first["next_offset"] == 1 and second["next_offset"] is None
    assert first["items"][0]["id"] != second["items"][0]["id"]
    assert client.get("/api/ledger/events", params={"role": "victim"}).status_code == 422
    assert client.get("/api/ledger/events", params={"min_outlets": 0}).status_code == 422


def test_ledger_claims_api(client: TestClient) -> None:
    body = client.get("/api/ledger/claims", params={"measure": "killed"}).json()
    [thread] = body["items"]
    assert [(c["outlet"], c["value_low"], c["role"]) for c in thread["claims"]] == [
        ("Daily Planet", 42.0, "first"), ("Morning Wire", 45.0, "update"),
        ("Evening Star", 38.0, "disagreement")]
    assert thread["spread"] == {"low": 38.0, "high": 45.0} and thread["disagreement"] is True
    assert client.get("/api/ledger/claims", params={"measure": "injured"}).json()["items"] == []
    assert len(client.get("/api/ledger/claims", params={"min_outlets": 2}).json()["items"]) == 1
    page = client.get("/api/ledger/claims", params={"limit": 1}).json()
    assert len(page["items"]) == 1 and page["next_offset"] == 1


def test_ledger_outlets_api(client: TestClient) -> None:
    first = client.get("/api/ledger/outlets", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    names: list[str] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get("/api/ledger/outlets", params={"limit": 4, "offset": offset}).json()
        names += [o["outlet"] for o in page["items"]]
        offset = page["next_offset"]
    assert sorted(names) == sorted(["Daily Planet", "Morning Wire", "Evening Star",
                                    "Westvale <i>Herald</i>", "Filler Times", "Filler Post"])
    planet = client.get("/api/ledger/outlets/Daily Planet").json()
    assert planet["quotes"] == 1 and planet["framing_marks"] == 2
    assert {k["kind"] for k in planet["framing_by_kind"]} == {"honorific", "loaded_label"}
    assert client.get("/api/ledger/outlets/Filler").status_code == 404  # two outlets match
    assert client.get("/api/ledger/outlets/Nobody Daily").status_code == 404


def test_ledger_actor_api(client: TestClient) -> None:
    lind = client.get("/api/ledger/actors/Ana Lind").json()
    assert lind["actor"]["id"] == LIND.id and lind["n_said"] == 1
    assert lind["said"][0]["content"] == "We will rebuild every bridge,"
    assert client.get("/api/ledger/actors/XEP_COUNCIL").json()["n_suffered"] == 2
    assert client.get("/api/ledger/actors/Nobody At All").status_code == 404


def test_ledger_follows_new_articles(fresh: tuple[TestClient, Path], post_and_wait: Any) -> None:
    client, _ = fresh
    assert client.get("/api/ledger/outlets").json()["items"] == []
    job = post_and_wait(client, {"text": "The council met in Oslo on Monday.",
                                 "outlet": "Fjord Post", "published": "2024-06-01"})
    assert job["status"] == "stored"
    assert client.get("/api/ledger/outlets/Fjord Post").json()["articles"] == 1


def test_ledger_that_cannot_be_built_is_503(sample: Sample, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger import ledger

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise ledger.LedgerError("attempt to write a readonly database")

    monkeypatch.setattr(ledger, "ensure_ledger", refuse)
    db = tmp_path / "unbuilt.db"
    Store(db).close()
    with web_client(create_app(db)) as client:
        r = client.get("/api/ledger/claims")
        assert r.status_code == 503 and "readonly" in r.json()["detail"]
        page = client.get("/ledger")
        assert page.status_code == 503 and "not built" in page.text


def test_ledger_page_has_charts_and_discrepancy_table(client: TestClient) -> None:
    html = client.get("/ledger").text
    assert inline_or_remote_assets(html) == []
    assert "killed · people · Eastport" in html and "disputed" in html
    # the thread charts are SVG drawn on the server: no chart script on the page
    assert "plotly" not in html and "data-figure=" not in html
    charts = re.findall(r'<svg class="range-chart".*?</svg>', html, re.S)
    assert len(charts) == 2
    first = charts[0]
    assert {"the regional health office", "officials"} <= set(re.findall(r'class="source"[^>]*>([^<]*)<', first))
    assert {"Daily Planet · 2024-03-01", "Morning Wire · 2024-03-03", "Evening Star · 2024-03-04"} <= set(
        re.findall(r'class="sub"[^>]*>([^<]*)<', first))
    assert 'data-kind="at_least"' in first  # "at least 42": an open-ended bar
    assert "disputed" in html and 'href="/articles/' in html and "#rec-f3_38" in html
    # the outlet name with markup is escaped in the page and in the chart
    assert "Westvale &lt;i&gt;Herald&lt;/i&gt;" in html and "<i>Herald" not in html
    assert "killed" not in client.get("/ledger", params={"measure": "protesters"}).text.split(
        "<h2>")[1]


def test_ledger_events_page(client: TestClient) -> None:
    html = client.get("/ledger/events").text
    assert "ASSAULT" in html and "REQUEST" in html and "Evening Star" in html
    assert 'href="/actors/XEP_COUNCIL"' in html and "#rec-e2_urge" in html
    only = client.get("/ledger/events", params={"type": "REQUEST"}).text
    assert "REQUEST" in only and "ASSAULT ·" not in only
    assert "use a date like" in client.get("/ledger/events", params={"since": "soon"}).text
    event_id = client.get("/api/ledger/events", params={"type": "ASSAULT"}).json()["items"][0]["id"]
    one = client.get("/ledger/events", params={"id": event_id}).text.split("</form>")[1]
    assert event_id in one and "REQUEST" not in one  # (the form's type choices list it)


def test_outlet_pages(client: TestClient) -> None:
    listing = client.get("/outlets").text
    assert 'href="/outlets/Daily%20Planet"' in listing and "Westvale &lt;i&gt;Herald&lt;/i&gt;" in listing
    profile = client.get("/outlets/Daily Planet").text
    assert inline_or_remote_assets(profile) == []
    assert "Framing marks by kind" in profile and "Who it quotes and cites" in profile
    assert profile.count('class="chart"') == 3 and "plotly.min.js" in profile
    assert client.get("/outlets/Nobody Daily").status_code == 404


def test_actor_page(client: TestClient) -> None:
    html = client.get("/actors/XEP_LIND").text
    assert inline_or_remote_assets(html) == []
    assert "Ana Lind" in html and "We will rebuild every bridge," in html
    assert "#rec-q_lind" in html and "Mayor Ana Lind" in html
    council = client.get("/actors/Eastport council").text
    assert "What it suffered" in council
    r = client.get("/actors/Nobody At All")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


def test_ledger_pages_count_their_totals(client: TestClient) -> None:
    threads = client.get("/api/ledger/claims", params={"limit": 500}).json()["items"]
    page = client.get("/ledger").text
    assert f'data-total="{len(threads)}"' in page and len(threads) > 0
    disputed = client.get("/ledger", params={"disputed": "1"}).text  # the Eastport death toll only
    assert 'data-total="1"' in disputed and ">1 claim thread<" in disputed
    events = client.get("/api/ledger/events", params={"limit": 500}).json()["items"]
    assert f'data-total="{len(events)}"' in client.get("/ledger/events").text
    requests = [e for e in events if e["plover"] == "REQUEST"]
    assert f'data-total="{len(requests)}"' in client.get("/ledger/events", params={"type": "REQUEST"}).text
    assert len(requests) > 0
