"""Migration 17: the indexes of actors' names and countries, which no query reads, are dropped
(``storage.actor_indexes``); the queries that read actors give the same answers, by id through the
actors' key, by a part of a name or a country by reading the table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsledger.storage import actor_indexes, db
from newsledger.storage.query import Filters, query
from newsledger.storage.store import Store
from tests.builders import main_analysis, schema_up_to

OLD = actor_indexes.VERSION - 1


def _indexes(store: Store) -> set[str]:
    if store.dialect == db.POSTGRESQL:
        sql = "SELECT indexname FROM pg_indexes WHERE tablename = 'actors'"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'actors'"
    return {r[0] for r in store.conn.execute(sql)}


def _answers(store: Store) -> list[Any]:
    return [query(store, kind, f).rows for kind in ("actors", "events", "quotes", "articles")
            for f in (Filters(actor="Lind"), Filters(country="XEP"), Filters(actor="XEP_LIND"))]


def test_a_database_of_the_version_before_loses_the_two_indexes_and_answers_the_same(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with schema_up_to(monkeypatch, OLD), Store(db_target) as old:
        old.add(main_analysis())
        before, indexes = _answers(old), _indexes(old)
    assert {"actors_name", "actors_country"} <= indexes and any(before)
    with Store(db_target) as store:
        assert _indexes(store) == indexes - {"actors_name", "actors_country"}
        assert _answers(store) == before


def _plan(store: Store, sql: str, params: tuple[Any, ...]) -> str:
    return " | ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql, params))


@pytest.mark.parametrize(("sql", "params", "plan"), [
    # an actor by id: the key
    ("SELECT * FROM actors WHERE id = ?", ("XEP_LIND",), "SEARCH actors USING INDEX sqlite_autoindex_actors_1 (id=?)"),
    # a part of a name, in any case: the whole table, as before (a B-tree of names could not serve it)
    ("SELECT * FROM actors WHERE name LIKE ? ESCAPE '\\' LIMIT 50", ("%lind%",), "SCAN actors"),
    ("SELECT id FROM actors WHERE (id = ? OR name LIKE ? ESCAPE '\\')", ("x", "%lind%"), "SCAN actors"),
    # near miss: a country alone is an equality an index could serve, but the filter ORs it with a JSON match
    ("SELECT id FROM actors WHERE (country = UPPER(?) OR CAST(members AS TEXT) LIKE ?)", ("xep", '%"XEP"%'),
     "SCAN actors"),
])
def test_the_queries_of_actors_read_the_key_or_the_table(tmp_path: Path, sql: str, params: tuple[Any, ...],
                                                         plan: str) -> None:
    with Store(tmp_path / "x.db") as store:
        store.add(main_analysis())
        assert _indexes(store) == {"sqlite_autoindex_actors_1"}
        assert _plan(store, sql, params).startswith(plan)
        assert store.conn.execute(sql, params).fetchall()
