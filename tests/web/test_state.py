"""What pages and the API share: the read-only store each thread keeps for a SQLite file."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from newsledger.storage.store import Store
from newsledger.web.app import create_app
from newsledger.web.state import AppState
from tests.builders import FakePipeline, main_analysis, second_analysis


@pytest.fixture
def state(tmp_path: Path) -> AppState:
    db = tmp_path / "state.db"
    with Store(db) as store:
        store.add(main_analysis())
    app_state: AppState = create_app(db, pipeline_factory=FakePipeline, page_cache_bytes=0).state.nl
    return app_state


def _name(state: AppState, actor_id: str) -> str:
    with state.reader() as store:
        return str(store.get_actors([actor_id])[0].name)


def test_a_thread_keeps_its_store_and_other_threads_have_their_own(state: AppState) -> None:
    with state.reader() as first:
        pass
    with state.reader() as again:
        assert again is first
    other: list[Store] = []
    thread = threading.Thread(target=lambda: other.append(state.reader().__enter__()))
    thread.start()
    thread.join()
    assert len(other) == 1 and other[0] is not first


def test_a_kept_store_reads_what_another_connection_committed(state: AppState) -> None:
    assert _name(state, "XEP_LIND") == "Ana Lind"
    with sqlite3.connect(state.config.db) as con:
        con.execute("UPDATE actors SET name = 'Anna Lindqvist' WHERE id = 'XEP_LIND'")
    assert _name(state, "XEP_LIND") == "Anna Lindqvist"


def test_a_transaction_left_open_by_a_request_is_ended(state: AppState) -> None:
    """A request that began a transaction and did not end it would hold an old snapshot of the
    database for every later request of its thread."""
    with state.reader() as store:
        store.conn.execute("BEGIN")
        store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()
    with Store(state.config.db) as writer:
        writer.add(second_analysis())
    with state.reader() as store:
        assert not store.conn.in_transaction
        assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2


def test_after_an_error_the_store_is_opened_again(state: AppState) -> None:
    with state.reader() as first:
        pass
    with pytest.raises(sqlite3.OperationalError), state.reader() as store:
        store.conn.execute("SELECT no_such_column FROM articles")
    with state.reader() as store:
        assert store is not first
        assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_a_file_replaced_under_the_server_is_opened_again(state: AppState, tmp_path: Path) -> None:
    with state.reader() as first:
        pass
    other = tmp_path / "other.db"
    with Store(other) as store:
        an = main_analysis()
        store.add(dataclasses.replace(an, framing=()))
        store.add(second_analysis())
    for suffix in ("-wal", "-shm"):
        Path(state.config.db + suffix).unlink(missing_ok=True)
    os.replace(other, state.config.db)
    with state.reader() as store:
        assert store is not first
        assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 2
        assert store.conn.execute("SELECT COUNT(*) FROM framing").fetchone()[0] == 0
