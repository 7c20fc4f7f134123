"""The ledger's event linking: one happening, many reports (linking rules, thresholds, story
places, the second pass) on the invented market strike and pairs of invented reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import LedgerConfig, build_ledger, ledger_event, load_rules
from newsledger.ledger.places import story_places
from newsledger.ledger.rules import place_core
from newsledger.records import Actor
from newsledger.storage.store import Store
from tests.builders import (
    ALL_ACTORS,
    CIVILIANS,
    RUS,
    RUS_AND_UKR,
    RUS_MIL,
    RUS_STATE,
    UKR,
    UKR_CVL,
    UKR_MIL,
    UN,
    Doc,
    Strike,
    ledger_of,
    market_strike_docs,
    store_docs,
)


def test_five_outlets_reporting_the_strike_form_one_ledger_event(strike_on: Strike) -> None:
    store, docs = strike_on
    strike_events = [docs[k].events[0] for k in ("meridian", "pacific", "dnipro", "northern", "baltic")]
    strike_events.append(docs["northern"].events[1])  # the denial
    ids = {ledger_of(store, e.id) for e in strike_events}
    assert len(ids) == 1
    le = ledger_event(store, ids.pop())
    assert le is not None
    assert le.n_mentions == 6 and le.n_articles == 5 and le.n_outlets == 5
    assert set(le.outlets) == {"Meridian Wire", "Pacific Dispatch", "Dnipro Sentinel",
                               "The Northern Ledger", "Baltic Herald"}
    assert le.plover == "ASSAULT" and le.date_start == "2024-03-09" and le.date_end == "2024-03-10"
    assert le.place == "Verkhnia Dolyna"
    assert set(le.source_actor_ids) == {"RUS", "RUS-MIL"}
    assert set(le.why.fields) == {"type", "actors", "date", "place"}
    assert "Kharkiv region" in le.why.place and "named in each other's articles" in le.why.place
    # every mention keeps its evidence, outlet and claimant
    by_event = {m.event_id: m for m in le.mentions}
    denial = by_event[docs["northern"].events[1].id]
    assert denial.modality == "negated" and denial.claimed_by == "RUS" and denial.claimed_by_name == "Russia"
    first = le.mentions[0]
    assert first.position == 0 and first.matched == () and first.outlet == "Meridian Wire"
    text = docs["meridian"].text
    assert text[first.predicate.start:first.predicate.end] == "strike"
    assert first.source is not None and text[first.source.start:first.source.end] == "Russian forces"
    assert all(m.matched for m in le.mentions[1:])
    # the Northern Ledger article appeared a day later but Event.date puts the strike on Saturday
    northern = by_event[docs["northern"].events[0].id]
    assert northern.date == "2024-03-09" and northern.date_source == "event"


@pytest.mark.parametrize("doc", ["odesa", "later", "talks"])
def test_distractors_stay_apart(strike: Strike, doc: str) -> None:
    """Same dyad in another place; same place ten days later; a different event type."""
    store, docs = strike
    strike_id = ledger_of(store, docs["meridian"].events[0].id)
    other = ledger_of(store, docs[doc].events[0].id)
    assert other != strike_id
    le = ledger_event(store, other)
    assert le is not None and le.n_mentions == 1 and le.why.fields == ()


def test_hypothetical_events_are_not_in_the_ledger(strike_on: Strike) -> None:
    store, docs = strike_on
    hid = docs["hypothetical"].events[0].id
    assert store.conn.execute("SELECT COUNT(*) FROM ledger_event_mentions WHERE event_id = ?",
                              (hid,)).fetchone()[0] == 0
    n_events = store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    n_ledger = store.conn.execute("SELECT COUNT(*) FROM ledger_event_mentions").fetchone()[0]
    assert n_ledger == n_events - 1


@pytest.mark.parametrize(("config", "doc", "joins"), [
    (LedgerConfig(require_place_match=False), "odesa", True),
    (LedgerConfig(), "odesa", False),
    (LedgerConfig(window_days=14), "later", True),
    (LedgerConfig(window_days=3), "later", False),
    (LedgerConfig(modalities=("asserted", "negated", "hypothetical")), "hypothetical", True),
])
def test_thresholds_are_tunable(tmp_path: Path, config: LedgerConfig, doc: str, joins: bool) -> None:
    docs = market_strike_docs()
    store = store_docs(tmp_path / "t.db", list(docs.values()))
    build_ledger(store, config)
    assert (ledger_of(store, docs[doc].events[0].id)
            == ledger_of(store, docs["meridian"].events[0].id)) is joins


def _pair(tmp_path: Path, a: dict[str, object], b: dict[str, object], config: LedgerConfig | None = None,
          texts: tuple[str, str] = ("Troops attacked the village of Lomka on Monday.",
                                    "Soldiers attacked the village of Lomka on Monday, witnesses said."),
          name: str = "pair.db") -> bool:
    """Two single-event articles from two outlets; True when they end up in one ledger event."""
    d1 = Doc(texts[0], "Outlet One", str(a.pop("published", "2024-05-06")))
    d2 = Doc(texts[1], "Outlet Two", str(b.pop("published", "2024-05-06")))
    e1 = d1.event(predicate="attacked", **a)  # type: ignore[arg-type]
    e2 = d2.event(predicate="attacked", **b)  # type: ignore[arg-type]
    store = store_docs(tmp_path / name, [d1, d2])
    build_ledger(store, config)
    return ledger_of(store, e1.id) == ledger_of(store, e2.id)


SRC = ("Troops", RUS_MIL)
SRC2 = ("Soldiers", RUS_MIL)


@pytest.mark.parametrize(("a", "b", "config", "linked"), [
    # same type, dyad, day and place: linked
    ({"plover": "ASSAULT", "source": SRC, "place": "Lomka"},
     {"plover": "ASSAULT", "source": SRC2, "place": "Lomka"}, None, True),
    # compatible types (linking.yaml)
    ({"plover": "ASSAULT", "source": SRC}, {"plover": "COERCE", "source": SRC2}, None, True),
    # different types
    ({"plover": "ASSAULT", "source": SRC}, {"plover": "PROTEST", "source": SRC2}, None, False),
    # same dyad, different days beyond the window
    ({"plover": "ASSAULT", "source": SRC, "published": "2024-05-06"},
     {"plover": "ASSAULT", "source": SRC2, "published": "2024-05-10"}, None, False),
    # ... and within it
    ({"plover": "ASSAULT", "source": SRC, "published": "2024-05-06"},
     {"plover": "ASSAULT", "source": SRC2, "published": "2024-05-08"}, None, True),
    # Event.date overrides the publication date
    ({"plover": "ASSAULT", "source": SRC, "published": "2024-05-06"},
     {"plover": "ASSAULT", "source": SRC2, "published": "2024-05-20", "date": "2024-05-06"}, None, True),
    # same dyad, different places not named in each other's articles
    ({"plover": "ASSAULT", "source": SRC, "place": "Lomka"},
     {"plover": "ASSAULT", "source": SRC2, "place": "Borova"}, None, False),
    # place given by one only: fine
    ({"plover": "ASSAULT", "source": SRC, "place": "Lomka"}, {"plover": "ASSAULT", "source": SRC2}, None, True),
    # no shared actor
    ({"plover": "ASSAULT", "source": SRC}, {"plover": "ASSAULT", "source": ("Soldiers", UKR)}, None, False),
    # no actors at all: needs min_actor_overlap=0
    ({"plover": "ASSAULT"}, {"plover": "ASSAULT"}, None, False),
    ({"plover": "ASSAULT"}, {"plover": "ASSAULT"}, LedgerConfig(min_actor_overlap=0), True),
    # same country, nested sectors ("Russia" and "Russian armed forces") unless actor_match="id"
    ({"plover": "ASSAULT", "source": ("Troops", RUS)}, {"plover": "ASSAULT", "source": SRC2}, None, True),
    ({"plover": "ASSAULT", "source": ("Troops", RUS)}, {"plover": "ASSAULT", "source": SRC2},
     LedgerConfig(actor_match="id"), False),
    # same country, sectors not nested (civilians and the military are different actors)
    ({"plover": "ASSAULT", "source": ("Troops", UKR_CVL)},
     {"plover": "ASSAULT", "source": ("Soldiers", UKR_MIL)},
     None, False),
    # sources shared but targets conflict
    ({"plover": "ASSAULT", "source": SRC, "target": ("village", UKR_CVL)},
     {"plover": "ASSAULT", "source": SRC2, "target": ("village", UN)}, None, False),
    ({"plover": "ASSAULT", "source": SRC, "target": ("village", UKR_CVL)},
     {"plover": "ASSAULT", "source": SRC2, "target": ("village", UN)}, LedgerConfig(max_role_conflicts=1), True),
    # a requested event is not a report of a happening
    ({"plover": "ASSAULT", "source": SRC}, {"plover": "ASSAULT", "source": SRC2, "modality": "requested"},
     None, False),
])
def test_linking_rule(tmp_path: Path, a: dict[str, object], b: dict[str, object],
                      config: LedgerConfig | None, linked: bool) -> None:
    if b.get("modality") == "requested":
        d1 = Doc("Troops attacked the village of Lomka on Monday.", "Outlet One", "2024-05-06")
        d2 = Doc("Soldiers attacked the village of Lomka on Monday, witnesses said.", "Outlet Two", "2024-05-06")
        e1 = d1.event(predicate="attacked", **a)  # type: ignore[arg-type]
        d2.event(predicate="attacked", **b)  # type: ignore[arg-type]
        store = store_docs(tmp_path / "r.db", [d1, d2])
        build_ledger(store, config)
        le = ledger_event(store, ledger_of(store, e1.id))
        assert le is not None and (le.n_mentions == 2) is linked
        return
    assert _pair(tmp_path, dict(a), dict(b), config) is linked


@pytest.mark.parametrize(("a", "b", "config", "linked"), [
    # a generic kind of actor ("civilians") is compatible but does not corroborate
    ({"plover": "ASSAULT", "target": ("village", CIVILIANS)},
     {"plover": "ASSAULT", "target": ("village", CIVILIANS)}, None, False),
    ({"plover": "ASSAULT", "target": ("village", UKR_CVL)},
     {"plover": "ASSAULT", "target": ("village", UKR_CVL)}, None, True),
    ({"plover": "ASSAULT", "source": SRC, "target": ("village", CIVILIANS)},
     {"plover": "ASSAULT", "source": SRC2, "target": ("village", UKR_CVL)}, None, True),
    # the state and its armed forces are one actor when linking by country
    ({"plover": "ASSAULT", "source": ("Troops", RUS_STATE)}, {"plover": "ASSAULT", "source": SRC2}, None, True),
    # a compound actor shares its members
    ({"plover": "ASSAULT", "source": ("Troops", RUS_AND_UKR)}, {"plover": "ASSAULT", "source": ("Soldiers", RUS)},
     None, True),
    # one place, the perpetrator disputed: linked, unless places may not stand in for actors
    ({"plover": "ASSAULT", "source": SRC, "place": "Lomka"},
     {"plover": "ASSAULT", "source": ("Soldiers", UKR_MIL), "place": "Lomka"}, None, True),
    ({"plover": "ASSAULT", "source": SRC, "place": "Lomka"},
     {"plover": "ASSAULT", "source": ("Soldiers", UKR_MIL), "place": "Lomka"},
     LedgerConfig(place_corroborates=False), False),
    # one place and no actors at all
    ({"plover": "ASSAULT", "place": "Lomka"}, {"plover": "ASSAULT", "place": "Lomka"}, None, True),
    # a request by another source is another request, even at one place
    ({"plover": "REQUEST", "source": SRC, "place": "Lomka"},
     {"plover": "REQUEST", "source": ("Soldiers", UKR_MIL), "place": "Lomka"}, None, False),
    ({"plover": "REQUEST", "source": SRC, "place": "Lomka"},
     {"plover": "REQUEST", "source": SRC2, "place": "Lomka"}, None, True),
])
def test_actor_and_place_evidence(tmp_path: Path, a: dict[str, object], b: dict[str, object],
                                  config: LedgerConfig | None, linked: bool) -> None:
    assert _pair(tmp_path, dict(a), dict(b), config) is linked


def _story_docs() -> list[Doc]:
    """Three reports of one strike: the first names no place; the second only the town in its
    opening; the third both the actors of the first and the town."""
    d1 = Doc("Troops struck army positions on Monday, the ministry said.", "Outlet One", "2024-05-06T09:00")
    d1.event("ASSAULT", "struck", source=("Troops", RUS_MIL), target=("army positions", UKR_MIL))
    d2 = Doc("Civilians were killed in Lomka on Monday. Rescuers searched the ruins.", "Outlet Two",
             "2024-05-06T10:00")
    d2.event("ASSAULT", "killed", target=("Civilians", CIVILIANS))
    d2.place("Lomka")
    d3 = Doc("Troops struck army positions near Lomka on Monday, officials said.", "Outlet Three",
             "2024-05-06T11:00")
    d3.event("ASSAULT", "struck", source=("Troops", RUS_MIL), target=("army positions", UKR_MIL))
    d3.place("Lomka")
    return [d1, d2, d3]


def test_story_places_and_the_second_pass_link_all_reports(tmp_path: Path) -> None:
    docs = _story_docs()
    store = store_docs(tmp_path / "story.db", docs)
    build_ledger(store)
    ids = {ledger_of(store, d.events[0].id) for d in docs}
    assert len(ids) == 1
    le = ledger_event(store, ids.pop())
    assert le is not None and le.n_outlets == 3
    notes = [m.link_note for m in le.mentions]
    assert any(n.startswith("merged with an earlier ledger event") for n in notes)
    assert "Lomka" in le.why.place and "target disputed" in le.why.actors
    store.close()
    store = store_docs(tmp_path / "nostory.db", _story_docs())
    build_ledger(store, LedgerConfig(story_places=False))
    assert len({ledger_of(store, d.events[0].id) for d in docs}) == 2


# the actor stage reads a named town as its country's place ("country:XXX", type "country") and
# a capital standing for a government as the state; invented openings, places on every side
_SYR_PLACE = Actor(id="country:SYR", name="Syria", type="country", country="SYR")
_UKR_PLACE = Actor(id="country:UKR", name="Ukraine", type="country", country="UKR")
_RUS_PLACE = Actor(id="country:RUS", name="Russia", type="country", country="RUS")
_PSE_PLACE = Actor(id="country:PSE", name="Palestine", type="country", country="PSE")
_ISR_PLACE = Actor(id="country:ISR", name="Israel", type="country", country="ISR")


@pytest.mark.parametrize(("opening", "place", "actor", "story"), [
    # a town of the gazetteer read as its country: the story's place
    ("Shells hit a bakery in Aleppo on Monday.", "Aleppo", _SYR_PLACE, True),
    ("A drone hit a depot in Kharkiv on Monday.", "Kharkiv", _UKR_PLACE, True),
    ("Rockets hit a school in Sderot on Monday.", "Sderot", _ISR_PLACE, True),
    ("Shells hit a clinic in Khan Younis on Monday.", "Khan Younis", _PSE_PLACE, True),
    # a town no actor reads: the story's place, as before
    ("Shells hit a market in Lomka on Monday.", "Lomka", None, True),
    # a country's name, or its capital read as the country (a dateline): not the story's place
    ("MOSCOW - Shells hit a market on Monday.", "MOSCOW", _RUS_PLACE, False),
    ("Shells hit a market in Ukraine on Monday.", "Ukraine", _UKR_PLACE, False),
    # near misses: a region or territory of the gazetteer (many happenings), a capital read as
    # the government
    ("Shells hit a market in Gaza on Monday.", "Gaza", _PSE_PLACE, False),
    ("Shells hit a market in the Sumy region on Monday.", "Sumy", _UKR_PLACE, False),
    ("Rockets hit a school in the Belgorod region on Monday.", "Belgorod", _RUS_PLACE, False),
    ("Moscow said shells hit a market on Monday.", "Moscow", RUS_STATE, False),
])
def test_story_places_are_towns_not_countries_capitals_or_regions(
        tmp_path: Path, opening: str, place: str, actor: Actor | None, story: bool) -> None:
    d = Doc(opening, "Outlet One", "2024-05-06")
    d.mention(place, actor, label="GPE")
    store = Store(tmp_path / "story.db")
    assert store.add(d.analysis().replace(actors=(*ALL_ACTORS, _SYR_PLACE, _UKR_PLACE, _RUS_PLACE,
                                                  _PSE_PLACE, _ISR_PLACE))).stored
    found = story_places(store.conn, LedgerConfig(), load_rules())
    assert (found.get(d.id, ()) == ((place_core(place, load_rules()), place),)) is story
    store.close()


def test_places_named_in_each_others_articles_link(tmp_path: Path) -> None:
    texts = ("Troops attacked the market of Lomka, a town in the Borova district, on Monday.",
             "Soldiers attacked the village of Lomka in Borova on Monday.")
    a = {"plover": "ASSAULT", "source": SRC, "place": "Lomka"}
    b = {"plover": "ASSAULT", "source": SRC2, "place": "Borova district"}
    assert _pair(tmp_path, dict(a), dict(b), texts=texts)
    assert not _pair(tmp_path, dict(a), dict(b), LedgerConfig(cross_named_places=False), texts=texts,
                     name="strict.db")


def test_rebuilding_gives_the_same_ids_and_rows(strike_on: Strike) -> None:
    store, _ = strike_on
    tables = ("ledger_events", "ledger_event_mentions", "ledger_event_actors", "claim_threads",
              "claim_thread_claims", "claim_thread_actors", "ledger_outlets", "ledger_outlet_framing",
              "ledger_outlet_sources", "ledger_outlet_actors", "ledger_actor_names")

    def dump() -> dict[str, list[tuple[object, ...]]]:
        return {t: sorted((tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}")), key=repr)
                for t in tables}

    before = dump()
    assert before["ledger_events"] and before["claim_threads"]
    build_ledger(store)
    assert dump() == before


@pytest.mark.parametrize(("opening", "linked"), [
    ("LOMKA, May 2, 2024 (Wire B) - ", True),  # an undated article whose dateline has the date
    ("LOMKA, May 28, 2024 (Wire B) - ", False),  # a dateline weeks later: another happening
    ("LOMKA (Wire B) - ", False),  # no date anywhere: the mention stays on its own
])
def test_an_undated_article_links_by_its_dateline_date(tmp_path: Path, opening: str, linked: bool) -> None:
    a = Doc("Troops shelled the market of Lomka on Thursday.", "Wire A", "2024-05-02")
    ea = a.event("ASSAULT", "shelled", source=("Troops", RUS_MIL), place="Lomka")
    b = Doc(opening + "Troops shelled the market of Lomka.", "Wire B", None)
    eb = b.event("ASSAULT", "shelled", source=("Troops", RUS_MIL), place="Lomka")
    store = store_docs(tmp_path / "dateline.db", [a, b])
    build_ledger(store)
    assert (ledger_of(store, ea.id) == ledger_of(store, eb.id)) is linked
    source = store.conn.execute("SELECT date_source FROM ledger_event_mentions WHERE event_id = ?",
                                (eb.id,)).fetchone()[0]
    assert source == ("dateline" if "2024" in opening else "published")


def _ledger_rows(store: object) -> dict[str, list[str]]:
    conn = store.conn  # type: ignore[attr-defined]
    return {t: sorted(repr(tuple(r)) for r in conn.execute(f"SELECT * FROM {t}"))
            for t in ("ledger_events", "ledger_event_mentions", "ledger_event_actors", "claim_threads",
                      "claim_thread_claims")}


@pytest.mark.parametrize("config", [LedgerConfig(), LedgerConfig(min_actor_overlap=0),
                                    LedgerConfig(story_places=False, cross_named_places=False),
                                    LedgerConfig(require_place_match=False)])
def test_place_blocking_gives_the_same_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              config: LedgerConfig) -> None:
    """Looking a mention with a place up among unplaced ledger events only (and placed ones
    through their place words) changes which ledger events are compared, never the result."""
    from newsledger.ledger import linking

    docs = [*market_strike_docs().values(), *_story_docs()]
    store = store_docs(tmp_path / "on.db", docs)
    build_ledger(store, config)
    on = _ledger_rows(store)
    assert on["ledger_events"] and on["ledger_event_mentions"]
    monkeypatch.setattr(linking.Linker, "place_blocking", False)
    build_ledger(store, config)
    assert _ledger_rows(store) == on


def test_a_mention_is_not_compared_with_ledger_events_at_other_places(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten attacks by one actor, each at another village on one day: with place blocking no
    mention is compared with the ledger events of the other villages (each would be refused)."""
    from newsledger.ledger import linking

    villages = ["Lomka", "Borova", "Kelna", "Dubno", "Sarny", "Pyriv", "Halyn", "Vesta", "Tolmach", "Ruda"]
    docs = []
    for i, village in enumerate(villages):
        d = Doc(f"Troops attacked {village} on Monday.", f"Outlet {i}", "2024-05-06")
        d.event("ASSAULT", "attacked", source=("Troops", RUS_MIL), place=village)
        docs.append(d)
    checks: list[int] = []
    add = linking.Linker.add

    def counted(self: linking.Linker, m: linking.LinkMention) -> None:
        before = self.checks
        add(self, m)
        checks.append(self.checks - before)

    monkeypatch.setattr(linking.Linker, "add", counted)
    store = store_docs(tmp_path / "v.db", docs)
    summary = build_ledger(store)
    assert summary.ledger_events == 10 and len(checks) == 20  # each alone; two passes of ten
    assert sum(checks) == 0
    checks.clear()
    monkeypatch.setattr(linking.Linker, "place_blocking", False)
    assert build_ledger(store).ledger_events == 10
    assert sum(checks) == 2 * sum(range(10))  # without it: every earlier village, in both passes
