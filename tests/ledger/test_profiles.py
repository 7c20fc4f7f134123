"""Writing the profiles in a full build: the whole-table aggregates read in each record table's
own order on SQLite (``profiles.in_table_order``) give the rows SQLite's own plans give."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import build_ledger, profiles
from newsledger.ledger.profiles import ACTOR_NAMES_SQL, FRAMING_SQL, in_table_order
from newsledger.storage.store import Store
from tests.builders import synthetic_ledger_db

PROFILE_TABLES = ("ledger_outlets", "ledger_outlet_framing", "ledger_outlet_sources", "ledger_outlet_actors",
                  "ledger_actor_names")


def _profile_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in PROFILE_TABLES}


@pytest.fixture
def synthetic(tmp_path: Path) -> Path:
    return synthetic_ledger_db(tmp_path / "profiles.db", 400, seed=3)


def test_profiles_read_in_table_order_are_the_planners_rows(synthetic: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(synthetic) as store:
        build_ledger(store)
        ours = _profile_rows(store)
        monkeypatch.setattr(profiles, "in_table_order", lambda conn, sql: sql)  # SQLite's own plans
        build_ledger(store)
        planners = _profile_rows(store)
    checked = 0
    for t in PROFILE_TABLES:
        assert ours[t] == planners[t], t
        checked += bool(ours[t])
    assert checked == len(PROFILE_TABLES)  # every table has rows


def test_in_table_order_scans_the_record_table(synthetic: Path) -> None:
    with Store(synthetic) as store:
        conn = store.conn

        def plan(sql: str) -> list[str]:
            return [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)]

        names = ACTOR_NAMES_SQL.format(where="")
        assert "NOT INDEXED" in in_table_order(conn, names)  # schema 10: on the table under the view
        assert plan(in_table_order(conn, names))[0] == "SCAN m"  # mentions in their own order
        events = ("SELECT a.outlet, COUNT(*) FROM events e JOIN articles a ON a.id = e.article_id"
                  " WHERE 1 = 1 GROUP BY a.outlet")
        assert plan(in_table_order(conn, events))[0].startswith("SCAN e")  # not the articles by outlet
        assert plan(events)[0].startswith("SCAN a")  # what SQLite chooses itself
        # the same rows either way
        for sql in (names, events, FRAMING_SQL.format(where="")):
            ours = sorted(map(tuple, conn.execute(in_table_order(conn, sql))), key=repr)
            assert ours and ours == sorted(map(tuple, conn.execute(sql)), key=repr)
        # near miss: a query that joins no article and reads no mentions is left as it is
        other = "SELECT actor_id, COUNT(*) FROM event_actors GROUP BY actor_id"
        assert in_table_order(conn, other) == other


def test_in_table_order_leaves_postgresql_to_its_planner() -> None:
    class PgLike:
        dialect = "postgresql"

    sql = ACTOR_NAMES_SQL.format(where="")
    assert in_table_order(PgLike(), sql) == sql  # type: ignore[arg-type]
