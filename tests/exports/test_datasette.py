"""A newsledger database in Datasette: the full-text index declared the way Datasette and
sqlite-utils detect it (so ``?_search=`` filters), the shipped metadata describing every table
and column, and the migration that upgrades an older database's index."""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.exports import datasette_metadata, export, undescribed
from newsledger.storage import migrations
from newsledger.storage import store as store_module
from newsledger.storage.catalog import catalog
from newsledger.storage.migrations import MIGRATIONS
from newsledger.storage.rows import TABLE_COLUMNS
from newsledger.storage.store import Store
from tests.builders import market_strike_docs, store_docs

SHIPPED = Path(__file__).resolve().parents[2] / "docs" / "datasette" / "metadata.json"
FTS_MIGRATION = next(m for m in MIGRATIONS if "Datasette" in m.description)


def _needed(module: str) -> Any:
    """A module of the test extra: skipped when missing locally, required in CI (CI=true)."""
    if os.environ.get("CI") == "true":
        return importlib.import_module(module)
    return pytest.importorskip(module)


def _datasette_get(db: Path, path: str, metadata: dict[str, Any] | None = None) -> Any:
    datasette_app = _needed("datasette.app")

    async def run() -> Any:
        ds = datasette_app.Datasette(files=[str(db)], metadata=metadata)
        await ds.invoke_startup()
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(run())


def _titles(db: Path, search: str) -> list[str]:
    data = _datasette_get(db, f"/{db.stem}/articles.json?_search={search}&_shape=objects&_col=title")
    return [r["title"] for r in data["rows"]]


@pytest.fixture
def built_db(tmp_path: Path) -> Path:
    store_docs(tmp_path / "news.db", list(market_strike_docs().values())).close()
    return tmp_path / "news.db"


def test_datasette_search_filters_the_articles(built_db: Path) -> None:
    with sqlite3.connect(built_db) as con:
        n_articles = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        (n_market,) = con.execute("SELECT COUNT(*) FROM articles WHERE text LIKE '%market%'").fetchone()
    assert 0 < n_market < n_articles
    assert len(_titles(built_db, "market")) == n_market       # search finds what it should
    assert _titles(built_db, "zzyzxnotaword") == []             # and not every row (it was ignored)


def test_sqlite_utils_detects_the_index(built_db: Path) -> None:
    sqlite_utils = pytest.importorskip("sqlite_utils")  # optional: Datasette does not need it
    assert sqlite_utils.Database(built_db)["articles"].detect_fts() == "articles_fts"


def test_an_older_index_is_redeclared_and_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    earlier = tuple(m for m in MIGRATIONS if m.version < FTS_MIGRATION.version)
    with monkeypatch.context() as m:  # a database written before the FTS migration
        m.setattr(migrations, "MIGRATIONS", earlier)
        m.setattr(migrations, "SCHEMA_VERSION", earlier[-1].version)
        later = {c for mig in MIGRATIONS if mig.version > FTS_MIGRATION.version
                 for c in ("acled_type", "acled_subtype", "scope") if c in mig.sqlite}
        m.setattr(store_module, "TABLE_COLUMNS", {t: tuple(c for c in cols if c not in later)
                                                  for t, cols in TABLE_COLUMNS.items()})
        store_docs(tmp_path / "old.db", list(market_strike_docs().values())).close()
    with sqlite3.connect(tmp_path / "old.db") as con:
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name='articles_fts'").fetchone()[0]
    assert "content='articles'" in sql  # the form Datasette does not detect
    with Store(tmp_path / "old.db") as store:  # opened for writing: upgraded
        conn = store.conn
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name='articles_fts'").fetchone()[0]
        assert "content=[articles]" in sql
        assert conn.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'market'").fetchone()[0] > 0
        # the update trigger keeps the index in step with an edited row
        conn.execute("UPDATE articles SET title = 'Quetzalcoatl bulletin' WHERE rowid = 1")
        conn.commit()
        hits = conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Quetzalcoatl'").fetchall()
        assert [r[0] for r in hits] == [1]
    assert _titles(tmp_path / "old.db", "Quetzalcoatl") == ["Quetzalcoatl bulletin"]


def test_metadata_describes_every_table_and_column() -> None:
    assert undescribed() == []
    meta = datasette_metadata("news")
    tables = meta["databases"]["news"]["tables"]
    checked = 0
    for entry in catalog():
        assert entry.name in tables
        assert list(tables[entry.name]["columns"]) == list(dict.fromkeys(
            c[0] for e in catalog() if e.name == entry.name and not e.redeclared for c in e.columns))
        for column, *_ in entry.columns:
            description = tables[entry.name]["columns"][column]
            assert description and description != column, f"{entry.name}.{column}"
            checked += 1
    assert checked > 250
    for internal in ("meta", "loaded_shards", "ledger_state", "sentences", "articles_fts"):
        assert tables[internal]["hidden"] is True
    assert "hidden" not in tables["events"] and "plover" in tables["events"]["facets"]
    assert tables["articles"]["fts_table"] == "articles_fts" and tables["articles"]["fts_pk"] == "rowid"
    assert "?_nocol=record" in tables["quotes"]["columns"]["record"]


def test_shipped_metadata_is_current() -> None:
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == datasette_metadata("newsledger"), (
        "regenerate: python -m newsledger.exports.datasette > docs/datasette/metadata.json")


def test_datasette_serves_the_metadata(built_db: Path, tmp_path: Path) -> None:
    with Store(built_db, readonly=True) as store:
        export(store, "datasette", tmp_path / "metadata.json")
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    assert list(meta["databases"]) == ["news"]  # Datasette names a database by its file name
    data = _datasette_get(built_db, "/news.json", meta)
    shown = {t["name"]: t for t in data["tables"]}
    views = {v["name"] if isinstance(v, dict) else v for v in data.get("views", [])}
    # schema 13: events is a view (SQLite) over event_rows, which the table list hides
    assert shown["meta"]["hidden"] and shown["event_rows"]["hidden"] and "events" in views
    table = _datasette_get(built_db, "/news/events.json?_facet=plover&_shape=objects", meta)
    assert table["facet_results"]


def test_cli_writes_the_metadata(built_db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "--db", str(built_db), "--format", "datasette",
                              "--out", str(tmp_path / "m.json")])
    assert res.exit_code == 0, res.output
    assert "news" in json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["databases"]
    res = runner.invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--format", "datasette",
                              "--out", str(tmp_path / "n.json")])
    assert res.exit_code == 2 and not (tmp_path / "none.db").exists()
