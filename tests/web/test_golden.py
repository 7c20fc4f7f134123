"""The article page and the article API, byte for byte, against saved outputs.

The saved outputs (``tests/web/golden/``) were written by the code before the article page's
renderer was rewritten for speed (issue 19): any change of the HTML or JSON fails here. After a
deliberate change of the page or the API, write them again with
``NEWSLEDGER_WRITE_GOLDEN=1 pytest tests/web/test_golden.py`` and review the difference.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger import __version__
from newsledger.storage.store import Store
from newsledger.web.app import create_app
from tests.builders import (
    FakePipeline,
    html_analysis,
    main_analysis,
    odd_values_analysis,
    second_analysis,
    web_client,
)

GOLDEN = Path(__file__).parent / "golden"
ANALYSES = {"main": main_analysis, "second": second_analysis, "html": html_analysis,
            "odd": odd_values_analysis}
WRITE = bool(os.environ.get("NEWSLEDGER_WRITE_GOLDEN"))


@pytest.fixture(scope="module")
def golden_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, dict[str, str]]]:
    db = tmp_path_factory.mktemp("golden") / "golden.db"
    ids = {}
    with Store(db) as store:
        for name, build in ANALYSES.items():
            an = build()
            store.add(an)
            ids[name] = an.article.id
    with web_client(create_app(db, pipeline_factory=FakePipeline)) as c:
        yield c, ids


def _body(client: Any, path: str) -> bytes:
    r = client.get(path)
    assert r.status_code == 200, path
    # the version is in the page's footer: the outputs hold a placeholder
    return r.content.replace(f"newsledger {__version__} ·".encode(), b"newsledger VERSION \xc2\xb7")


@pytest.mark.parametrize("name", sorted(ANALYSES))
@pytest.mark.parametrize(("kind", "path", "suffix"), [("page", "/articles/{}", "html"),
                                                      ("api", "/api/articles/{}", "json")])
def test_article_output_is_unchanged(golden_client: tuple[Any, dict[str, str]], name: str, kind: str,
                                     path: str, suffix: str) -> None:
    client, ids = golden_client
    body = _body(client, path.format(ids[name]))
    saved = GOLDEN / f"{name}.{kind}.{suffix}"
    if WRITE:
        GOLDEN.mkdir(exist_ok=True)
        saved.write_bytes(body)
    assert body == saved.read_bytes()


def test_the_outputs_cover_what_rendering_can_get_wrong() -> None:
    """The saved outputs hold escaped markup, non-ASCII text, floats of every size, a denied
    record and percent-encoded actor links (so that the comparison above tests them)."""
    page = (GOLDEN / "odd.page.html").read_text(encoding="utf-8")
    api = (GOLDEN / "odd.api.json").read_text(encoding="utf-8")
    in_page = ["&lt;on Monday&gt;", "Zoë O&#39;Hara", "&#34;Northmere Alliance&#34;", "&amp;",
               "/actors/XNM%2Falliance%20o%27hara", "stance-denied", "Value</dt><dd>0.3–0.3</dd>",
               "Value</dt><dd>20,000,000,000,000,000–25,000,000,000,000,000</dd>"]
    in_api = ['"value_low":0.00001', '"value_high":2.5e+16', '"confidence":0.30000000000000004',
              '"confidence":2.5e-7', '"Zoë O\'Hara"', '"goldstein":-9.5']
    assert [n for n in in_page if n not in page] == [] and len(in_page) == 8
    assert [n for n in in_api if n not in api] == [] and len(in_api) == 6
    main_page = (GOLDEN / "main.page.html").read_text(encoding="utf-8")
    assert main_page.count('class="hl ') >= 8 and main_page.count('<div class="record ') == 11
