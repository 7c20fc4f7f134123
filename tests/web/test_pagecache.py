"""The cache of rendered article pages and API entries: kept bodies are served byte for byte, and
dropped as soon as the stored analysis changes (another connection writes, the file is replaced)."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger.records import Analysis
from newsledger.storage.store import Store
from newsledger.web.app import create_app, page_cache_bytes
from newsledger.web.pagecache import PageCache
from tests.builders import (
    FakePipeline,
    main_analysis,
    odd_values_analysis,
    second_analysis,
    web_client,
)


def _store(path: Path, *analyses: Analysis) -> None:
    with Store(path) as store:
        for an in analyses:
            store.add(an)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Any, Path, Analysis]]:
    db = tmp_path / "cache.db"
    an = main_analysis()
    _store(db, an)
    with web_client(create_app(db, pipeline_factory=FakePipeline)) as c:
        yield c, db, an


def _cache(client: Any) -> PageCache:
    cache: PageCache = client.app.state.nl.pages
    return cache


PATHS = ["/articles/{}", "/api/articles/{}"]


@pytest.mark.parametrize("path", PATHS)
def test_a_page_asked_again_is_the_kept_one_byte_for_byte(served: tuple[Any, Path, Analysis],
                                                          path: str) -> None:
    client, _, an = served
    first = client.get(path.format(an.article.id))
    second = client.get(path.format(an.article.id))
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    assert first.headers["content-type"] == second.headers["content-type"]
    # the first: neither the gzipped body nor the body kept; the second: the gzipped one kept
    assert (_cache(client).misses, _cache(client).hits) == (2, 1)


@pytest.mark.parametrize("path", PATHS)
def test_a_change_to_the_stored_analysis_is_shown_at_once(served: tuple[Any, Path, Analysis],
                                                          path: str) -> None:
    """An actor renamed and a quote removed by another connection (as another process would):
    the next request shows the database as it is now, not the kept page."""
    client, db, an = served
    url = path.format(an.article.id)
    quote = ('data-id="q_lind"', '"id":"q_lind"')
    before = client.get(url).text
    assert "Anna Lindqvist" not in before and any(q in before for q in quote)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE actors SET name = 'Anna Lindqvist' WHERE id = 'XEP_LIND'")
        con.execute("DELETE FROM quotes WHERE id = 'q_lind'")
    after = client.get(url).text
    assert "Anna Lindqvist" in after and not any(q in after for q in quote)
    assert client.get(url).text == after  # and that one is kept in turn
    assert _cache(client).hits == 1


def test_a_database_file_replaced_under_the_server_is_read_afresh(served: tuple[Any, Path, Analysis],
                                                                   tmp_path: Path) -> None:
    """The same article id analysed differently in a new file moved over the old one."""
    client, db, an = served
    url = f"/articles/{an.article.id}"
    assert "fr_fiasco" in client.get(url).text
    other = tmp_path / "other.db"
    _store(other, dataclasses.replace(an, framing=(), mentions=an.mentions[:1]))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    os.replace(other, db)
    page = client.get(url).text
    assert "fr_fiasco" not in page and page.count('<div class="record rec-actor"') == 1


def test_a_new_article_stored_drops_what_was_kept(served: tuple[Any, Path, Analysis]) -> None:
    """Any write counts (a new article can make an id prefix ambiguous)."""
    client, db, an = served
    prefix = f"/api/articles/{an.article.id[:6]}"
    assert client.get(prefix).status_code == 200
    _store(db, second_analysis(), odd_values_analysis())
    client.get(prefix)
    assert (_cache(client).misses, _cache(client).hits) == (4, 0)  # gzipped and not, twice


def test_with_no_cache_nothing_is_kept(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    an = main_analysis()
    _store(db, an)
    with web_client(create_app(db, pipeline_factory=FakePipeline, page_cache_bytes=0)) as c:
        bodies = {c.get(f"/articles/{an.article.id}").content for _ in range(3)}
        assert len(bodies) == 1
        assert (_cache(c).hits, _cache(c).misses, _cache(c).size) == (0, 0, 0)


def test_the_least_recently_used_go_first_beyond_the_size(tmp_path: Path) -> None:
    db = tmp_path / "small.db"
    _store(db, main_analysis())
    cache = PageCache(str(db), max_bytes=10)
    for key in "abc":
        _, generation = cache.lookup(("page", key))
        cache.put(("page", key), b"12345", generation)
    assert cache.lookup(("page", "a"))[0] is None
    assert cache.lookup(("page", "c"))[0] == b"12345" and cache.size == 10
    cache.put(("page", "d"), b"x" * 11, cache.lookup(("page", "d"))[1])  # larger than it all
    assert cache.lookup(("page", "d"))[0] is None
    cache.close()


def test_over_postgresql_nothing_is_kept() -> None:
    cache = PageCache("postgresql://user@127.0.0.1/news", max_bytes=1 << 20)
    body, generation = cache.lookup(("page", "abcd"))
    cache.put(("page", "abcd"), b"<p>page</p>", generation)
    assert (body, generation, cache.lookup(("page", "abcd"))[0]) == (None, None, None)


@pytest.mark.parametrize(("value", "expected"), [("", 64 << 20), ("0", 0), ("1.5", 3 << 19)])
def test_the_cache_size_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str,
                                                   expected: int) -> None:
    monkeypatch.setenv("NEWSLEDGER_PAGE_CACHE_MB", value)
    assert page_cache_bytes() == expected


@pytest.mark.parametrize("path", PATHS)
@pytest.mark.parametrize("encoding", ["gzip, deflate", "identity"])
def test_kept_responses_are_sent_as_built_ones(tmp_path: Path, path: str, encoding: str) -> None:
    """The same body and headers with the cache on (built, then kept) as with it off, for a
    client that takes gzip (a kept page is compressed once) and for one that does not."""
    db = tmp_path / "same.db"
    an = odd_values_analysis()
    _store(db, an)
    url = path.format(an.article.id)
    seen = []
    for size in (0, 1 << 20):
        with web_client(create_app(db, pipeline_factory=FakePipeline, page_cache_bytes=size)) as c:
            for _ in range(2):
                r = c.get(url, headers={"accept-encoding": encoding})
                headers = {k: v for k, v in r.headers.items() if k != "content-length"}
                seen.append((r.status_code, r.content, headers))
    assert len(seen) == 4 and all(s == seen[0] for s in seen)
    assert seen[0][2].get("content-encoding") == ("gzip" if encoding.startswith("gzip") else None)
