"""The HTML pages in process: index, article reader, search, actors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from newsledger.web import params
from tests.builders import (
    N_FILLER,
    N_NAMED,
    Sample,
)

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def test_articles_list_with_pagination_totals_and_exports(client: TestClient) -> None:
    first = client.get("/articles").text
    assert first.count('class="article-link"') == params.PAGE_SIZE
    assert 'href="/articles?page=2"' in first and "Flood toll rises in Eastport" in first
    assert f"{N_NAMED + N_FILLER} articles" in first and "page 1 of 2" in first
    second = client.get("/articles?page=2").text
    assert second.count('class="article-link"') == N_NAMED + N_FILLER - params.PAGE_SIZE
    assert 'href="/articles?page=1"' in second and 'rel="next"' not in second
    morning = client.get("/articles?outlet=Morning").text
    table = morning.split("<table")[1]
    assert "Morning Wire" in table and "Daily Planet" not in table and ">1 article<" in morning
    assert 'href="/api/articles?outlet=Morning&amp;limit=500&amp;format=csv"' in morning
    assert '<datalist id="outlet-choices"><option value="Daily Planet">' in first
    dated = client.get("/articles", params={"since": "2024-03-01", "until": "2024-03-01"}).text
    assert dated.count('class="article-link"') == 1
    assert "use a date like" in client.get("/articles", params={"since": "soon"}).text
    none = client.get("/articles", params={"q": "nothingmatchesthis"}).text
    assert "match these filters: try fewer words" in none


def test_overview_is_the_home_page(client: TestClient, sample: Sample) -> None:
    html = client.get("/").text
    disputed = html.split('id="disputed"')[1].split("</section>")[0]
    assert "killed" in disputed and f'href="/articles/{sample.third}#rec-f3_38"' in disputed
    events = html.split('id="events"')[1].split("</section>")[0]
    assert 'href="/ledger/events?id=' in events and "outlet(s)" in events
    timeline = html.split('id="timeline"')[1].split("</section>")[0]
    # 2023-01 to 2024-03: month by month, each bar a link to its articles
    assert '<svg class="timeline"' in timeline and 'aria-label="Articles per month"' in timeline
    assert 'href="/articles?since=2024-03-01&amp;until=2024-03-31"' in timeline
    assert timeline.count('<rect class="bar"') == 15
    assert "Daily Planet" in html.split('id="outlets"')[1]
    assert 'aria-current="page">Overview' in html


def test_overview_of_an_empty_database(fresh: tuple[TestClient, Any]) -> None:
    client, _ = fresh
    html = client.get("/").text
    assert "No articles yet" in html and "No figure is disputed" in html
    assert "No article has a publication date" in html


def test_upload_page(client: TestClient) -> None:
    html = client.get("/upload").text
    assert 'id="upload-form"' in html and '<script src="/static/upload.js" defer></script>' in html
    assert 'accept=".txt,.text,.html,.htm,.jsonl,.ndjson"' in html and 'name="token"' not in html
    assert client.get("/static/upload.js").status_code == 200


def test_article_page_has_highlights_legend_and_records(client: TestClient, sample: Sample) -> None:
    html = client.get(f"/articles/{sample.main}").text
    kinds = ("actor", "event", "quote", "figure", "framing")
    missing = [k for k in kinds if f'class="toggle" data-kind="{k}"' not in html or f"t-{k}" not in html]
    assert missing == []
    assert html.count('class="record ') == 11  # 4 mentions, 3 events, 1 quote, 1 figure, 2 framing
    assert 'data-id="f_42"' in html and "at least" in html
    assert '<script src="/static/reader.js" defer></script>' in html
    # quotes and figures highlighted when the reader opens, the other layers on demand
    assert 'class="article-text hide-actor hide-event hide-framing"' in html
    assert 'data-kind="quote" checked>' in html and 'data-kind="actor">' in html
    assert 'href="/actors/XEP_LIND"' in html
    assert 'href="https://example.invalid/floods" rel="noopener noreferrer nofollow"' in html


@pytest.mark.parametrize(
    ("path", "status"),
    [("/articles/0000000000000000", 404), ("/articles/%3Cscript%3E", 404), ("/articles?page=0", 422),
     ("/nowhere", 404)],
)
def test_page_errors_are_html(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text


def test_search_page(client: TestClient) -> None:
    html = client.get("/search", params={"q": "killed", "kind": "figures"}).text
    assert "at least 42 people" in html and "45 people" in html and "3 results" in html
    assert '#rec-f_42' in html and "<mark>at least 42 people</mark>" in html
    assert 'href="/api/search?q=killed' in html and "format=csv" in html
    quotes = client.get("/search", params={"q": "Eastport", "kind": "quotes"}).text
    assert "Nothing matches: no quotes whose speaker or words hold every word" in quotes
    assert "Nothing found" not in quotes
    quotes = client.get("/search", params={"q": "Eastport", "kind": "quotes", "match": "article"}).text
    assert "We will rebuild every bridge" in quotes
    for broken in ('"unbalanced', "(floods", "toll*)", "AND"):  # no FTS5 jargon, results or a hint
        html = client.get("/search", params={"q": broken}).text
        assert "fts5" not in html.lower() and "syntax error" not in html.lower(), broken
        assert "Nothing matches" in html or "results" in html or "could not be read" in html, broken
    html = client.get("/search", params={"q": "floods", "kind": "articles", "outlet": "Morning"}).text
    assert "Eastport toll climbs to 45" in html and "Flood toll rises" not in html
    bad = client.get("/search", params={"q": "floods", "since": "soon"}).text
    assert "use a date like" in bad
    page = client.get("/search", params={"q": "council"}).text
    assert 'rel="next"' in page


def test_actors_page(client: TestClient) -> None:
    html = client.get("/actors").text
    assert "Eastport council" in html and 'href="/actors/XEP_COUNCIL"' in html
    assert "Ana Lind" in client.get("/actors", params={"type": "person"}).text
    assert "Eastport council" not in client.get("/actors", params={"type": "person"}).text


def test_filters_offer_choices_and_lists_count(client: TestClient) -> None:
    actors = client.get("/actors").text
    assert '<datalist id="type-choices">' in actors and '<option value="person">' in actors
    assert "5 actors" in actors and 'href="/api/actors?limit=500&amp;format=csv"' in actors
    person = client.get("/actors", params={"type": "person"}).text
    assert ">1 actor<" in person and "type=person" in person.split('class="exports"')[1]
    events = client.get("/ledger/events").text
    assert '<option value="ASSAULT">' in events and '<option value="Morning Wire">' in events
    search = client.get("/search", params={"kind": "quotes"}).text
    assert '<option value="direct">' in search


def test_api_page_gives_whole_descriptions(client: TestClient) -> None:
    html = client.get("/api-docs").text
    assert "with ``match=article`` the records of the articles whose text matches." in html.replace(
        "&#96;", "`")
    assert "(``GET /api/jobs/{id}``: queued, analysing, stored with the article&#39;s id, or failed" in html
