"""The ledger on PostgreSQL: the invented market strike of test_ledger gives on PostgreSQL what it
gives on SQLite (the same ledger events, claim threads and profiles, row for row), and the
ledger's checks and commands pass on a PostgreSQL database too."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger.ledger import (
    actor_profile,
    build_ledger,
    claim_threads,
    iter_ledger_events,
    ledger_events,
    ledger_status,
    outlet_profiles,
)
from newsledger.storage.store import Store

from . import test_ledger as tl

LEDGER_TABLES = ("ledger_events", "ledger_event_mentions", "ledger_event_actors", "claim_threads",
                 "claim_thread_claims", "claim_thread_actors", "ledger_outlets", "ledger_outlet_framing",
                 "ledger_outlet_sources", "ledger_outlet_actors", "ledger_actor_names")


def _built(target: str) -> tuple[Store, dict[str, tl.Doc]]:
    docs = tl.market_strike_docs()
    store = tl.store_docs(target, list(docs.values()))  # type: ignore[arg-type]
    build_ledger(store)
    return store, docs


@pytest.fixture
def strike_on(db_target: str) -> Iterator[tuple[Store, dict[str, tl.Doc]]]:
    """The market strike stored and its ledger built, once per backend."""
    store, docs = _built(db_target)
    yield store, docs
    store.close()


def _everything(store: Store) -> dict[str, Any]:
    """What the ledger answers, as plain data, and its tables row by row."""
    return {
        "events": [e.to_dict() for e in ledger_events(store, limit=1000)],
        "all_events": [e.to_dict() for e in iter_ledger_events(store)],
        "threads": [t.to_dict() for t in claim_threads(store, limit=1000)],
        "outlets": [o.to_dict() for o in outlet_profiles(store, top=100)],
        "actors": {a: (p.to_dict() if (p := actor_profile(store, a, recent=100)) else None)
                   for a in ("RUS-MIL", "Russia", "ukraine", "civilians", "Nobody")},
        "tables": {t: sorted((tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}")), key=repr)
                   for t in LEDGER_TABLES},
        "marker": ledger_status(store).current_marker.split(":")[:-1],  # counts (not the rowid)
    }


def test_postgresql_ledger_equals_sqlite_ledger(tmp_path: Path, postgres_db: str) -> None:
    lite, _ = _built(str(tmp_path / "x.db"))
    pg, _ = _built(postgres_db)
    try:
        a, b = _everything(lite), _everything(pg)
        assert a["events"] and a["threads"] and a["outlets"]
        for key in a:
            assert b[key] == a[key], key
    finally:
        lite.close()
        pg.close()


@pytest.mark.parametrize("check", [
    tl.test_five_outlets_reporting_the_strike_form_one_ledger_event,
    tl.test_hypothetical_events_are_not_in_the_ledger,
    tl.test_rebuilding_gives_the_same_ids_and_rows,
    tl.test_casualty_figures_form_one_claim_thread,
    tl.test_ledger_event_queries_filter,
    tl.test_claim_thread_queries_filter,
    tl.test_outlet_profile,
    tl.test_actor_profile,
    tl.test_foreign_keys_cascade_when_articles_go,
], ids=lambda f: f.__name__.removeprefix("test_"))
def test_ledger_checks_on_both_backends(strike_on: tuple[Store, dict[str, tl.Doc]],
                                        check: Callable[[tuple[Store, dict[str, tl.Doc]]], None]) -> None:
    check(strike_on)


@pytest.mark.parametrize("check", [
    tl.test_cli_ledger_build_and_auto_build,
    tl.test_cli_ledger_events_formats_and_filters,
    tl.test_cli_ledger_claims_outlets_actor,
    tl.test_read_only_store_keeps_its_stale_ledger,
], ids=lambda f: f.__name__.removeprefix("test_"))
def test_ledger_commands_on_postgresql(postgres_db: str, check: Callable[[str], None]) -> None:
    tl.store_docs(postgres_db, list(tl.market_strike_docs().values())).close()  # type: ignore[arg-type]
    check(postgres_db)


def _files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by relative path, but ledger_state (it holds the build time)."""
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "ledger_state.csv"}


def test_exports_are_the_same_from_both_backends(tmp_path: Path, postgres_db: str) -> None:
    from newsledger.exports import export

    outputs = []
    for name, target in (("lite", str(tmp_path / "x.db")), ("pg", postgres_db)):
        store, _ = _built(target)
        with store, store.conn:  # the same time of analysis in both, as if ingested together
            store.conn.execute("UPDATE articles SET analysed_at = '2024-03-11T00:00:00+00:00'")
        with Store(target) as store:
            for fmt in ("csv", "gdelt"):
                export(store, fmt, tmp_path / name / fmt)
            export(store, "plover", tmp_path / name / "plover.jsonl")
            export(store, "jsonl", tmp_path / name / "all.jsonl")
        outputs.append(_files(tmp_path / name))
    lite, pg = outputs
    assert {"csv/articles.csv", "csv/ledger_events.csv", "plover.jsonl", "all.jsonl"} <= set(lite)
    assert any(k.startswith("gdelt/") for k in lite) and lite["plover.jsonl"]
    assert sorted(pg) == sorted(lite)
    for name in lite:
        if name.startswith("csv/"):  # tables, in no particular row order
            assert sorted(pg[name].splitlines()) == sorted(lite[name].splitlines()), name
        else:  # records in the order the exports give them
            assert pg[name] == lite[name], name
