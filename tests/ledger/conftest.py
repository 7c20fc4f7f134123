"""Fixtures of the ledger tests: the invented market strike (``tests.builders``) stored, with its
ledger built, in SQLite only or once per backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.ledger import build_ledger
from tests.builders import Strike, market_strike_docs, store_docs


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
