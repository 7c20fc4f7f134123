"""The ledger and the stance of records: a denied or negated figure is no claim in a thread, a
denied event names no one as having done it, and an actor's profile counts its denials apart."""

from __future__ import annotations

from pathlib import Path

from newsledger.ledger import actor_profile, build_ledger, claim_threads, ledger_events
from newsledger.ledger.tables import actor_table
from newsledger.records import Article
from newsledger.storage.store import Store
from tests.builders import pipeline

ARTICLES = [
    ("Russian forces shelled the market in Verkhnia Dolyna on Saturday, killing at least 27 people, "
     "the regional governor said.", "Meridian Wire", "2024-03-09"),
    ("Moscow has denied shelling the market in Verkhnia Dolyna. There are not 27 dead, a Russian "
     "official said.", "Northern Ledger", "2024-03-10"),
]


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "stance.db")
    p = pipeline()
    for i, (text, outlet, published) in enumerate(ARTICLES):
        store.add(p.analyze(Article.create(text, outlet=outlet, published=published, external_id=f"s{i}")))
    build_ledger(store)
    return store


def test_denied_figure_is_no_claim_and_denial_is_no_deed(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        stances = dict(store.conn.execute("SELECT a.outlet, f.stance FROM figures f"
                                          " JOIN articles a ON a.id = f.article_id WHERE f.value_low = 27"))
        assert stances == {"Meridian Wire": "asserted", "Northern Ledger": "negated"}
        claims = [c for t in claim_threads(store) for c in t.claims if c.value_low == 27]
        assert [c.outlet for c in claims] == ["Meridian Wire"]  # the denied 27 is in no thread
        mentions = [m for e in ledger_events(store) for m in e.mentions if m.plover == "ASSAULT"]
        assert sorted(m.stance for m in mentions) == ["asserted", "denied"]
        profile = actor_profile(store, "Russia")
        assert profile is not None
        assert profile.n_denied >= 1
        rows = {r[3]: r[4] for r in actor_table(profile).rows}
        assert rows["denied (quotes and event mentions)"] == profile.n_denied
        denied_events = store.conn.execute(
            "SELECT COUNT(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id"
            " WHERE e.stance = 'denied' AND ea.role = 'source'").fetchone()[0]
        assert denied_events >= 1  # the record keeps who was said to have done it ...
        did = store.conn.execute("SELECT COUNT(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id"
                                 " WHERE ea.actor_id = ? AND ea.role = 'source'", (profile.actor.id,)).fetchone()[0]
        assert profile.n_did == did - denied_events  # ... but the profile does not count it as done
