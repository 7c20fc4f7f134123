"""Fixtures of the ledger tests: the invented market strike (``tests.builders``) stored, with its
ledger built, in SQLite only or once per backend; and the ledger of a store built the three
ways (``three_builds``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import LEDGER_TABLES, build_ledger, ensure_ledger, stream
from newsledger.storage.store import Store
from tests.builders import Doc, Strike, market_strike_docs, store_docs

Tables = dict[str, list[tuple[Any, ...]]]
BUILT_TABLES = [t for t in LEDGER_TABLES if t != "ledger_state"]


def ledger_tables(store: Store) -> Tables:
    """Every ledger table, its rows sorted."""
    return {t: sorted((tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}")), key=repr) for t in BUILT_TABLES}


@pytest.fixture
def three_builds(monkeypatch: pytest.MonkeyPatch) -> Callable[[Store, list[Doc]], tuple[Tables, Tables, Tables]]:
    """Build a store's ledger, add ``docs`` one by one (each updating it), and give its tables as
    updated, as built whole in memory and as built streamed by one-day windows."""
    def run(store: Store, docs: list[Doc]) -> tuple[Tables, Tables, Tables]:
        build_ledger(store)
        for d in docs:
            assert store.add(d.analysis()).stored
            assert ensure_ledger(store) is not None
        incremental = ledger_tables(store)
        build_ledger(store, streamed=False)
        in_memory = ledger_tables(store)
        monkeypatch.setattr(stream, "STREAM_DAYS", 1)
        build_ledger(store)
        return incremental, in_memory, ledger_tables(store)
    return run


@pytest.fixture
def strike(tmp_path: Path) -> Iterator[Strike]:
    """The market strike in a SQLite file, its ledger built."""
    docs = market_strike_docs()
    store = store_docs(tmp_path / "ledger.db", list(docs.values()))
    build_ledger(store)
    yield store, docs
    store.close()


@pytest.fixture
def strike_on(db_target: str) -> Iterator[Strike]:
    """The market strike stored and its ledger built, once per backend."""
    docs = market_strike_docs()
    store = store_docs(db_target, list(docs.values()))
    build_ledger(store)
    yield store, docs
    store.close()


@pytest.fixture
def strike_db(db_target: str) -> str:
    """A database (once per backend) holding the market strike, its ledger not built."""
    store_docs(db_target, list(market_strike_docs().values())).close()
    return db_target
