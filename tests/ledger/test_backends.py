"""The ledger on PostgreSQL: the invented market strike gives on PostgreSQL what it gives on
SQLite (the same ledger events, claim threads and profiles, row for row, and the same exports).
The ledger's other checks and commands run on both backends through the ``strike_on`` and
``strike_db`` fixtures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
from tests.builders import market_strike_docs, store_docs

LEDGER_TABLES = ("ledger_events", "ledger_event_mentions", "ledger_event_actors", "claim_threads",
                 "claim_thread_claims", "claim_thread_actors", "ledger_outlets", "ledger_outlet_framing",
                 "ledger_outlet_sources", "ledger_outlet_actors", "ledger_actor_names")


def _built(target: str) -> Store:
    store = store_docs(target, list(market_strike_docs().values()))
    build_ledger(store)
    return store


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
    lite = _built(str(tmp_path / "x.db"))
    pg = _built(postgres_db)
    try:
        a, b = _everything(lite), _everything(pg)
        assert a["events"] and a["threads"] and a["outlets"]
        assert sorted(b) == sorted(a)
        differing = [key for key in a if b[key] != a[key]]
        assert differing == []
    finally:
        lite.close()
        pg.close()


def _files(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by relative path, but ledger_state (it holds the build time)."""
    return {str(p.relative_to(folder)): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "ledger_state.csv"}


def _same_rows(a: str, b: str) -> bool:
    return sorted(a.splitlines()) == sorted(b.splitlines())


def test_exports_are_the_same_from_both_backends(tmp_path: Path, postgres_db: str) -> None:
    from newsledger.exports import export

    outputs = []
    for name, target in (("lite", str(tmp_path / "x.db")), ("pg", postgres_db)):
        store = _built(target)
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
    # tables in no particular row order; records in the order the exports give them
    differing = [name for name in lite
                 if not (_same_rows(pg[name], lite[name]) if name.startswith("csv/") else pg[name] == lite[name])]
    assert differing == []
