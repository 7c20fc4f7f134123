"""API and page details a data journalist hits first: an outlet name with a slash, a filter
value with LIKE wildcards, and a record list as CSV."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

TEXT = "The mayor of Lisbon said on Monday that the new bridge would open in May. Residents welcomed it."


def _post(client: TestClient, text: str, outlet: str) -> None:
    r = client.post("/api/articles", json={"text": text, "outlet": outlet, "published": "2024-03-01"})
    assert r.status_code == 202, r.text
    for _ in range(3000):  # the job analyses and stores off the request
        if client.get(r.headers["location"]).json()["status"] in ("stored", "failed"):
            break
        time.sleep(0.01)
    assert client.get(r.headers["location"]).json()["status"] == "stored"


def test_an_outlet_with_a_slash_has_working_links(fresh: tuple[TestClient, Path]) -> None:
    client, _ = fresh
    _post(client, TEXT, "AP/Reuters")
    _post(client, TEXT + " More.", "Daily Planet")
    for path in (f"/api/ledger/outlets/{quote('AP/Reuters', safe='')}", "/api/ledger/outlets/AP/Reuters"):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text)
        assert r.json()["outlet"] == "AP/Reuters"
    page = client.get(f"/outlets/{quote('AP/Reuters', safe='')}")
    assert page.status_code == 200 and "AP/Reuters" in page.text
    assert client.get("/api/ledger/outlets/AP/Nobody").status_code == 404  # near miss


def test_like_wildcards_in_a_filter_are_taken_literally(fresh: tuple[TestClient, Path]) -> None:
    client, _ = fresh
    _post(client, TEXT, "Daily Planet")
    _post(client, TEXT + " Again.", "Wire_Service")
    names = lambda q: sorted(a["outlet"] for a in client.get("/api/articles", params={"outlet": q}).json()["items"])  # noqa: E731
    assert names("_") == ["Wire_Service"]  # not every outlet
    assert names("%") == []
    assert names("planet") == ["Daily Planet"]


def test_record_lists_as_csv(fresh: tuple[TestClient, Path]) -> None:
    client, _ = fresh
    _post(client, TEXT, "Daily Planet")
    as_json = client.get("/api/articles").json()["items"]
    r = client.get("/api/articles", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == len(as_json) == 1
    assert rows[0]["id"] == as_json[0]["id"] and rows[0]["outlet"] == "Daily Planet"
    for kind in ("events", "quotes", "figures", "actors", "framing"):
        r = client.get(f"/api/{kind}", params={"format": "csv"})
        assert r.status_code == 200 and r.text.splitlines()[0].startswith("id"), kind
    assert client.get("/api/quotes", params={"format": "xml"}).status_code == 422


def test_record_lists_as_parquet(fresh: tuple[TestClient, Path]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    client, _ = fresh
    _post(client, TEXT, "Daily Planet")
    r = client.get("/api/articles", params={"format": "parquet"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/vnd.apache.parquet"
    table = pq.read_table(io.BytesIO(r.content))
    assert table.num_rows == 1 and table.column("outlet").to_pylist() == ["Daily Planet"]
    empty = pq.read_table(io.BytesIO(client.get("/api/figures", params={"format": "parquet",
                                                                         "type": "nothing"}).content))
    assert empty.num_rows == 0 and empty.schema.field("value_low").type == pa.float64()
    assert empty.schema.field("sentence").type == pa.int64()
    assert client.get("/api/search", params={"q": "x", "format": "parquet"}).status_code == 422
