"""Reading the ledger: event and claim queries, outlet and actor profiles, staleness, the
browsable schema, and the build summary."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsledger.ledger import (
    LedgerConfig,
    LedgerError,
    actor_profile,
    build_ledger,
    claim_threads,
    ensure_ledger,
    ledger_events,
    ledger_status,
    outlet_profile,
    outlet_profiles,
)
from tests.builders import Strike, ledger_of, market_strike_docs, store_docs


def test_ledger_event_queries_filter(strike_on: Strike) -> None:
    store, docs = strike_on
    strike_id = ledger_of(store, docs["meridian"].events[0].id)
    by_actor = ledger_events(store, actor="Russia")
    assert strike_id in {e.id for e in by_actor}
    assert {e.id for e in ledger_events(store, actor="RUS-MIL", role="target")} == set()
    consult = ledger_events(store, type="consult")
    assert [e.plover for e in consult] == ["CONSULT"]
    assert [e.id for e in ledger_events(store, since="2024-03-15")] == [
        ledger_of(store, docs["later"].events[0].id)]
    assert strike_id not in {e.id for e in ledger_events(store, until="2024-03-08")}
    assert [e.id for e in ledger_events(store, min_outlets=2)] == [strike_id]
    page1 = ledger_events(store, limit=2)
    page2 = ledger_events(store, limit=2, offset=2)
    assert len(page1) == 2 and not {e.id for e in page1} & {e.id for e in page2}
    dates = [e.date_start for e in ledger_events(store, limit=100)]
    assert dates == sorted(dates, reverse=True)
    with pytest.raises(LedgerError):
        ledger_events(store, limit=0)


def test_claim_thread_queries_filter(strike_on: Strike) -> None:
    store, _ = strike_on
    assert claim_threads(store, measure="injured") == []
    by_actor = claim_threads(store, actor="State Emergency")
    assert by_actor and all(any(c.attribution_actor_id == "ukr-ses" for c in t.claims) for t in by_actor)
    assert len(claim_threads(store, min_outlets=2)) == 1


def test_outlet_profile(strike_on: Strike) -> None:
    store, _ = strike_on
    p = outlet_profile(store, "Dnipro")
    assert p is not None and p.outlet == "Dnipro Sentinel"
    assert p.articles == 1 and p.events == 1 and p.events_unattributed == 1
    assert p.figures == 2 and p.figures_unattributed == 0 and p.figures_unattributed_share == 0
    kinds = {k.kind: k for k in p.framing_by_kind}
    assert kinds["loaded_label"].outlet_voice == 2 and kinds["loaded_label"].quoted == 0
    occupiers = [f for f in p.framing_by_referent if f.text == "occupiers"]
    assert occupiers and occupiers[0].referent_name == "Russian armed forces" and occupiers[0].voice == "outlet"
    assert {(s.name, s.figures_cited) for s in p.quoted} == {("State Emergency Service", 2)}
    roles = {a.actor_id: (a.as_source, a.as_target) for a in p.actors}
    assert roles == {"RUS-MIL": (1, 0), "UKR-CVL": (0, 1)}
    assert p.ledger_events == 1 and p.shared_ledger_events == 1
    northern = outlet_profile(store, "The Northern Ledger")
    assert northern is not None
    assert {k.kind: k.quoted for k in northern.framing_by_kind} == {"scare_quotes": 1}
    # the speaker's words are not the outlet's framing: not in its count, not in its top framing
    assert northern.framing_marks == 0 and northern.framing_by_referent == ()
    assert p.framing_marks == 2
    assert northern.events_unattributed == 2 and northern.events == 3
    assert ("Russia", 1, 0) in {(s.name, s.quotes, s.figures_cited) for s in northern.quoted}
    pacific = outlet_profile(store, "Pacific Dispatch")
    assert pacific is not None and pacific.figures_unattributed_share == 0.5
    assert outlet_profile(store, "No Such Outlet") is None
    assert outlet_profile(store, "e") is None  # ambiguous part of a name
    names = [p.outlet for p in outlet_profiles(store)]
    assert sorted(names) == ["Baltic Herald", "Dnipro Sentinel", "Meridian Wire", "Pacific Dispatch",
                             "The Northern Ledger"]


def test_actor_profile(strike_on: Strike) -> None:
    store, _ = strike_on
    p = actor_profile(store, "Russian armed forces")
    assert p is not None and p.actor.id == "RUS-MIL"
    assert p.n_did == 4 and p.n_suffered == 0 and p.n_said == 0
    assert p.n_ledger_did == 3  # the market strike, the Odesa strike, the later shelling
    assert {(n.text, n.outlet) for n in p.names} >= {("Russian forces", "Meridian Wire"),
                                                     ("Russian occupiers", "Dnipro Sentinel")}
    assert [(f.text, f.outlet) for f in p.labels] == [("occupiers", "Dnipro Sentinel")]
    assert [e.date_start for e in p.did] == sorted((e.date_start for e in p.did), reverse=True)
    russia = actor_profile(store, "RUS")
    assert russia is not None and russia.n_said == 1 and russia.said[0].content == "the strike hit a military depot"
    assert russia.n_suffered == 1  # accused by the ministers
    # the words it spoke inside a quotation are counted for it, as quoted
    assert [(f.text, f.voice, f.outlet) for f in russia.voiced] == [
        ("the strike hit a military depot", "quoted", "The Northern Ledger")]
    assert p.voiced == ()
    health = actor_profile(store, "health ministry")
    assert health is not None and health.n_claimed == 1 and health.claimed[0].value_low == 34
    assert health.claimed[0].role == "update"
    assert actor_profile(store, "nobody at all") is None


def test_queries_need_a_built_ledger(tmp_path: Path) -> None:
    store = store_docs(tmp_path / "x.db", [market_strike_docs()["talks"]])
    with pytest.raises(LedgerError, match="ledger build"):
        ledger_events(store)


def test_staleness_marker_and_ensure_ledger(tmp_path: Path) -> None:
    docs = market_strike_docs()
    store = store_docs(tmp_path / "s.db", [docs["meridian"], docs["pacific"]])
    assert ledger_status(store).stale and not ledger_status(store).built
    assert ensure_ledger(store) is not None
    st = ledger_status(store)
    assert st.built and not st.stale
    assert ensure_ledger(store) is None  # up to date
    store.add(docs["dnipro"].analysis())
    assert ledger_status(store).stale
    summary = ensure_ledger(store)
    assert summary is not None and summary.cross_outlet_events == 1
    # a rebuild without settings keeps the last build's settings
    build_ledger(store, LedgerConfig(window_days=5))
    store.add(docs["northern"].analysis())
    ensure_ledger(store)
    status = ledger_status(store)
    assert status.config is not None and status.config.window_days == 5
    assert ensure_ledger(store, LedgerConfig()) is not None  # other settings: rebuilt


def test_schema_is_browsable(strike: Strike) -> None:
    store, _ = strike
    c = store.conn
    views = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='view'")}
    assert {"ledger_event_reports", "ledger_event_overview", "claim_ledger", "outlet_framing"} <= views
    outlets = {r[0] for r in c.execute("SELECT outlet FROM ledger_event_reports")}
    assert "Dnipro Sentinel" in outlets
    assert c.execute("SELECT COUNT(*) FROM claim_ledger").fetchone()[0] == 8
    # schema 13: events is a view (SQLite), which cannot be a foreign key's parent; triggers keep
    # the reference to it (tests/storage/test_compact_events.py)
    fks = {r[2] for r in c.execute("PRAGMA foreign_key_list(ledger_event_mentions)")}
    assert fks == {"ledger_events", "articles"}
    triggers = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                        " AND tbl_name = 'ledger_event_mentions'")}
    assert triggers == {"ledger_event_mentions_event_bi", "ledger_event_mentions_event_bu"}
    assert c.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ledger_event_actors_actor", "ledger_events_type_date", "ledger_events_date",
            "claim_threads_measure", "claim_thread_actors_actor", "ledger_figures_attribution"} <= indexes


def test_config_is_validated() -> None:
    with pytest.raises(LedgerError):
        LedgerConfig(window_days=-1)
    with pytest.raises(LedgerError):
        LedgerConfig(actor_match="name")


def test_foreign_keys_cascade_when_articles_go(strike_on: Strike) -> None:
    store, docs = strike_on
    with store.conn:
        store.conn.execute("DELETE FROM articles WHERE id = ?", (docs["odesa"].id,))
    left = store.conn.execute(
        "SELECT COUNT(*) FROM ledger_event_mentions WHERE article_id = ?", (docs["odesa"].id,)).fetchone()[0]
    assert left == 0
    assert ledger_status(store).stale


def test_ledger_summary_counts(tmp_path: Path) -> None:
    docs = market_strike_docs()
    store = store_docs(tmp_path / "n.db", list(docs.values()))
    s = build_ledger(store)
    assert s.events_considered == 10  # eleven events, one hypothetical
    assert s.ledger_events == 5  # strike (6 mentions), Odesa, later, talks, accusation
    assert s.linked_events == 1 and s.cross_outlet_events == 1
    assert s.claim_threads == 3 and s.claims == 8
    assert s.series_threads == 1 and s.disagreement_threads == 1 and s.outlets == 5
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT value FROM ledger_state WHERE key='marker'").fetchone()[0] == s.marker
