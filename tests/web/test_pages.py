"""The HTML pages in process: index, article reader, search, actors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newsledger.web import params
from tests.builders import (
    N_FILLER,
    N_NAMED,
    Sample,
)

if TYPE_CHECKING:
    from fastapi.testclient import TestClient


def test_index_lists_articles_with_pagination(client: TestClient) -> None:
    first = client.get("/").text
    assert first.count('class="article-link"') == params.PAGE_SIZE
    assert 'href="/?page=2"' in first and "Flood toll rises in Eastport" in first
    second = client.get("/?page=2").text
    assert second.count('class="article-link"') == N_NAMED + N_FILLER - params.PAGE_SIZE
    assert 'href="/?page=1"' in second and 'rel="next"' not in second
    assert "Morning Wire" in client.get("/?outlet=Morning").text
    assert "Daily Planet" not in client.get("/?outlet=Morning").text


def test_article_page_has_highlights_legend_and_records(client: TestClient, sample: Sample) -> None:
    html = client.get(f"/articles/{sample.main}").text
    kinds = ("actor", "event", "quote", "figure", "framing")
    missing = [k for k in kinds if f'class="toggle" data-kind="{k}"' not in html or f"t-{k}" not in html]
    assert missing == []
    assert html.count('class="record ') == 11  # 4 mentions, 3 events, 1 quote, 1 figure, 2 framing
    assert 'data-id="f_42"' in html and "at least" in html
    assert '<script src="/static/reader.js" defer></script>' in html
    assert 'href="/actors/XEP_LIND"' in html
    assert 'href="https://example.invalid/floods" rel="noopener noreferrer nofollow"' in html


@pytest.mark.parametrize(
    ("path", "status"),
    [("/articles/0000000000000000", 404), ("/articles/%3Cscript%3E", 404), ("/?page=0", 422),
     ("/nowhere", 404)],
)
def test_page_errors_are_html(client: TestClient, path: str, status: int) -> None:
    r = client.get(path)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text


def test_search_page(client: TestClient) -> None:
    html = client.get("/search", params={"q": "floods", "kind": "figures"}).text
    assert "at least 42 people" in html and "45 people" in html
    assert '#rec-f_42' in html
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
