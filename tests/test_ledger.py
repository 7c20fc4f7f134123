"""The cross-source ledger: event linking, claim threads, profiles, staleness and the CLI.

Every analysis here is built by hand (no spaCy, no extraction stage): ``Doc`` turns an invented
article text and a few annotations into an ``Analysis`` and the tests store it with
``Store.add``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.ledger import (
    LedgerConfig,
    LedgerError,
    actor_profile,
    build_ledger,
    claim_threads,
    ensure_ledger,
    group_class,
    ledger_event,
    ledger_events,
    ledger_status,
    outlet_profile,
    outlet_profiles,
    place_core,
    places_match,
    scope_key,
)
from newsledger.records import (
    Actor,
    Analysis,
    Article,
    Event,
    Figure,
    FramingMark,
    Mention,
    Quote,
    Sentence,
    Span,
    record_id,
)
from newsledger.storage.store import Store

# -- builders ------------------------------------------------------------------------------------

RUS = Actor(id="RUS", name="Russia", type="state", country="RUS")
RUS_MIL = Actor(id="RUS-MIL", name="Russian armed forces", type="organisation", country="RUS",
                sectors=("MIL",))
UKR = Actor(id="UKR", name="Ukraine", type="state", country="UKR")
UKR_CVL = Actor(id="UKR-CVL", name="Ukrainian civilians", type="group", country="UKR", sectors=("CVL",))
HEALTH = Actor(id="ukr-health", name="Health Ministry of Ukraine", type="organisation", country="UKR",
               sectors=("GOV",))
GOVERNOR = Actor(id="person:dolyna-governor", name="Governor Petro Lysenko", type="person", country="UKR",
                 sectors=("GOV",))
SES = Actor(id="ukr-ses", name="State Emergency Service", type="organisation", country="UKR",
            sectors=("GOV",))
UN = Actor(id="UN", name="United Nations", type="organisation", sectors=("IGO",))
UKR_MIL = Actor(id="UKR-MIL", name="Ukrainian army", type="organisation", country="UKR", sectors=("MIL",))
CIVILIANS = Actor(id="sector:CVL", name="civilians", type="group", sectors=("CVL",), source="derived")
RUS_STATE = Actor(id="state:RUS", name="Russian state", type="state", country="RUS", sectors=("GOV",))
RUS_AND_UKR = Actor(id="compound:RUS+UKR", name="Russia and Ukraine", type="compound", members=("RUS", "UKR"),
                    source="derived")
ALL_ACTORS = (RUS, RUS_MIL, UKR, UKR_CVL, UKR_MIL, HEALTH, GOVERNOR, SES, UN, CIVILIANS, RUS_STATE, RUS_AND_UKR)


def find(text: str, sub: str, nth: int = 0) -> Span:
    starts = [m.start() for m in re.finditer(re.escape(sub), text)]
    assert len(starts) > nth, f"{sub!r} not in text"
    s = starts[nth]
    return Span(s, s + len(sub), sub)


@dataclass
class Doc:
    """An invented article and hand-made records about it."""

    text: str
    outlet: str | None
    published: str | None
    url: str | None = None
    title: str | None = None
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    framing: list[FramingMark] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.article = Article.create(self.text, outlet=self.outlet, published=self.published,
                                      url=self.url, title=self.title)
        self.sentences: list[Sentence] = []
        start = 0
        paragraph = 0
        for m in re.finditer(r"[^.!?\n]+[.!?]?", self.text):
            if not m.group().strip():
                continue
            if "\n\n" in self.text[start:m.start()]:
                paragraph += 1
            self.sentences.append(Sentence(index=len(self.sentences), paragraph=paragraph,
                                           start=m.start(), end=m.end()))
            start = m.end()

    @property
    def id(self) -> str:
        return self.article.id

    def sentence_of(self, char: int) -> int:
        for s in self.sentences:
            if s.start <= char < s.end:
                return s.index
        return len(self.sentences) - 1

    def mention(self, sub: str, actor: Actor | None, nth: int = 0, label: str = "ORG") -> Span:
        sp = find(self.text, sub, nth)
        self.mentions.append(Mention(id=record_id("m", self.id, sp.start, sp.end), article_id=self.id,
                                     sentence=self.sentence_of(sp.start), start=sp.start, end=sp.end,
                                     text=sub, label=label, actor_id=actor.id if actor else None))
        return sp

    def place(self, sub: str, nth: int = 0) -> None:
        """A place named in the text (a GPE mention that resolves to no actor)."""
        self.mention(sub, None, nth, label="GPE")

    def event(self, plover: str, predicate: str, *, source: tuple[str, Actor] | None = None,
              target: tuple[str, Actor] | None = None, modality: str = "asserted",
              date: str | None = None, place: str | None = None, claimed_by: str = "outlet",
              cameo: str | None = None, nth: int = 0) -> Event:
        pred = find(self.text, predicate, nth)
        sent = self.sentences[self.sentence_of(pred.start)]
        src = self.mention(*source) if source else None
        tgt = self.mention(*target) if target else None
        ev = Event(id=record_id("e", self.id, pred.start, plover), article_id=self.id,
                   sentence=sent.index, start=sent.start, end=sent.end,
                   text=self.text[sent.start:sent.end], plover=plover, predicate=pred,
                   source_actor_ids=(source[1].id,) if source else (),
                   target_actor_ids=(target[1].id,) if target else (), source=src, target=tgt,
                   modality=modality, claimed_by=claimed_by, date=date, place=place, cameo=cameo,
                   contexts=("military",) if plover == "ASSAULT" else ())
        self.events.append(ev)
        return ev

    def figure(self, written: str, low: float, high: float | None = None, *, measure: str = "killed",
               qualifier: str | None = None, group: str | None = "people",
               attribution: str = "unattributed", source: Actor | None = None,
               place: str | None = None, time_scope: str | None = None, kind: str = "count",
               part_of: str | None = None, nth: int = 0) -> Figure:
        sp = find(self.text, written, nth)
        fig = Figure(id=record_id("f", self.id, sp.start), article_id=self.id,
                     sentence=self.sentence_of(sp.start), start=sp.start, end=sp.end, text=written,
                     value_low=low, value_high=low if high is None else high, qualifier=qualifier,
                     unit=group, measure=measure, kind=kind, group=group, place=place,
                     time_scope=time_scope, attribution=attribution,
                     attribution_actor_id=source.id if source else None, part_of=part_of)
        self.figures.append(fig)
        return fig

    def quote(self, content: str, speaker: tuple[str, Actor]) -> Quote:
        c = find(self.text, content)
        sp = self.mention(*speaker)
        q = Quote(id=record_id("q", self.id, c.start), article_id=self.id, sentence=self.sentence_of(c.start),
                  start=min(c.start, sp.start), end=max(c.end, sp.end), kind="direct", content=c,
                  speaker=sp, speaker_actor_id=speaker[1].id, cue_lemma="say")
        self.quotes.append(q)
        return q

    def frame(self, written: str, kind: str, refers_to: Actor | None, voice: str = "outlet") -> None:
        sp = find(self.text, written)
        self.framing.append(FramingMark(id=record_id("fr", self.id, sp.start, kind), article_id=self.id,
                                        sentence=self.sentence_of(sp.start), start=sp.start, end=sp.end,
                                        text=written, kind=kind, refers_to=refers_to.id if refers_to else None,
                                        voice=voice))

    def analysis(self) -> Analysis:
        return Analysis(article=self.article, sentences=tuple(self.sentences),
                        mentions=tuple(self.mentions), actors=ALL_ACTORS, quotes=tuple(self.quotes),
                        figures=tuple(self.figures), events=tuple(self.events),
                        framing=tuple(self.framing))


def store_docs(path: Path, docs: list[Doc]) -> Store:
    store = Store(path)
    for d in docs:
        assert store.add(d.analysis()).stored
    return store


# -- the invented incident: a market strike reported by five outlets, and distractors ----------


def market_strike_docs() -> dict[str, Doc]:
    docs: dict[str, Doc] = {}
    d = Doc("A missile strike by Russian forces on the market in Verkhnia Dolyna, in the Kharkiv "
            "region, killed at least 27 people on Saturday, the regional governor said.\n\n"
            "Rescuers searched the rubble for survivors until the evening.",
            "Meridian Wire", "2024-03-09T10:00:00Z", url="https://meridian.example/strike")
    d.event("ASSAULT", "strike", source=("Russian forces", RUS_MIL), place="Verkhnia Dolyna", cameo="190")
    d.figure("at least 27 people", 27, qualifier="at least", attribution="the regional governor",
             source=GOVERNOR, place="Verkhnia Dolyna", time_scope="on Saturday")
    d.mention("the regional governor", GOVERNOR)
    docs["meridian"] = d

    d = Doc("Residents of Verkhnia Dolyna said between 20 and 35 people were killed when Russia "
            "struck the covered market.\n\nIt was reported that 31 people had died by the evening.",
            "Pacific Dispatch", "2024-03-09T12:00:00Z")
    d.event("ASSAULT", "struck", source=("Russia", RUS), place="Verkhnia Dolyna")
    d.figure("between 20 and 35 people", 20, 35, attribution="residents of Verkhnia Dolyna")
    d.figure("31 people", 31)
    docs["pacific"] = d

    d = Doc("Russian occupiers fired missiles at the central market of Verkhnia Dolyna, killing "
            "31 civilians, including 6 children, the State Emergency Service said.\n\n"
            "Svitlana Bondar said: \"There were people everywhere, and then smoke.\" Kyiv called it terror.",
            "Dnipro Sentinel", "2024-03-09T17:45:00Z", title="Terror at the market in the Kharkiv region")
    d.event("ASSAULT", "fired", source=("Russian occupiers", RUS_MIL), target=("civilians", UKR_CVL),
            place="Kharkiv region")
    whole = d.figure("31 civilians", 31, group="civilians", attribution="the State Emergency Service",
                     source=SES)
    d.figure("6 children", 6, group="children", attribution="the State Emergency Service", source=SES,
             part_of=whole.id)
    d.mention("the State Emergency Service", SES)
    d.frame("occupiers", "loaded_label", RUS_MIL)
    d.frame("terror", "loaded_label", None)
    docs["dnipro"] = d

    d = Doc("The death toll from the Russian strike on the market in Verkhnia Dolyna rose to 34 on "
            "Sunday, Ukraine's health ministry said.\n\nMoscow denied targeting civilians and said "
            "\"the strike hit a military depot\".", "The Northern Ledger", "2024-03-10T08:00:00Z")
    d.event("ASSAULT", "strike", source=("Russian", RUS), date="2024-03-09", place="Verkhnia Dolyna")
    d.event("ASSAULT", "targeting", source=("Moscow", RUS), target=("civilians", UKR_CVL),
            modality="negated", claimed_by="RUS")
    d.figure("34", 34, group=None, attribution="Ukraine's health ministry", source=HEALTH,
             time_scope="on Sunday")
    d.mention("health ministry", HEALTH)
    d.quote("the strike hit a military depot", ("Moscow", RUS))
    d.frame("the strike hit a military depot", "scare_quotes", None, voice="RUS")
    docs["northern"] = d

    d = Doc("European ministers condemned the Russian attack on Verkhnia Dolyna, where about 30 "
            "people were killed, officials said. The ministers accused Moscow of war crimes.",
            "Baltic Herald", "2024-03-10T15:00:00Z")
    d.event("ASSAULT", "attack", source=("Russian", RUS), target=("Verkhnia Dolyna", UKR),
            place="Verkhnia Dolyna")
    d.event("ACCUSE", "accused", source=("European ministers", UN), target=("Moscow", RUS))
    d.figure("about 30 people", 30, qualifier="about", attribution="officials")
    docs["baltic"] = d

    # distractors: same dyad in another place, the same place ten days later, another type,
    # and a hypothetical
    d = Doc("Russian drones struck a port in Odesa on Saturday, killing 3 people, officials said.",
            "Meridian Wire", "2024-03-09T16:00:00Z")
    d.event("ASSAULT", "struck", source=("Russian", RUS_MIL), target=("a port", UKR), place="Odesa")
    d.figure("3 people", 3, attribution="officials", place="Odesa")
    docs["odesa"] = d

    d = Doc("Russian forces shelled Verkhnia Dolyna again on Wednesday, damaging a school.",
            "Pacific Dispatch", "2024-03-20T09:00:00Z")
    d.event("ASSAULT", "shelled", source=("Russian forces", RUS_MIL), place="Verkhnia Dolyna")
    docs["later"] = d

    d = Doc("Russia and Ukraine held talks on a prisoner exchange in Istanbul on Saturday.",
            "The Northern Ledger", "2024-03-09T20:00:00Z")
    d.event("CONSULT", "held talks", source=("Russia", RUS), target=("Ukraine", UKR), place="Istanbul")
    docs["talks"] = d

    d = Doc("Analysts warned that Russia could strike Verkhnia Dolyna again within days.",
            "Baltic Herald", "2024-03-10T18:00:00Z")
    d.event("ASSAULT", "strike", source=("Russia", RUS), modality="hypothetical", place="Verkhnia Dolyna")
    docs["hypothetical"] = d
    return docs


@pytest.fixture
def strike(tmp_path: Path) -> tuple[Store, dict[str, Doc]]:
    docs = market_strike_docs()
    store = store_docs(tmp_path / "ledger.db", list(docs.values()))
    build_ledger(store)
    return store, docs


def ledger_of(store: Store, event_id: str) -> str:
    row = store.conn.execute("SELECT ledger_event_id FROM ledger_event_mentions WHERE event_id = ?",
                             (event_id,)).fetchone()
    assert row is not None, f"event {event_id} is not in the ledger"
    return str(row[0])


# -- event linking -------------------------------------------------------------------------------


def test_five_outlets_reporting_the_strike_form_one_ledger_event(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, docs = strike
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
def test_distractors_stay_apart(strike: tuple[Store, dict[str, Doc]], doc: str) -> None:
    """Same dyad in another place; same place ten days later; a different event type."""
    store, docs = strike
    strike_id = ledger_of(store, docs["meridian"].events[0].id)
    other = ledger_of(store, docs[doc].events[0].id)
    assert other != strike_id
    le = ledger_event(store, other)
    assert le is not None and le.n_mentions == 1 and le.why.fields == ()


def test_hypothetical_events_are_not_in_the_ledger(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, docs = strike
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


def test_places_named_in_each_others_articles_link(tmp_path: Path) -> None:
    texts = ("Troops attacked the market of Lomka, a town in the Borova district, on Monday.",
             "Soldiers attacked the village of Lomka in Borova on Monday.")
    a = {"plover": "ASSAULT", "source": SRC, "place": "Lomka"}
    b = {"plover": "ASSAULT", "source": SRC2, "place": "Borova district"}
    assert _pair(tmp_path, dict(a), dict(b), texts=texts)
    assert not _pair(tmp_path, dict(a), dict(b), LedgerConfig(cross_named_places=False), texts=texts,
                     name="strict.db")


def test_rebuilding_gives_the_same_ids_and_rows(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, _ = strike
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


# -- claim threads ---------------------------------------------------------------------------------


def test_casualty_figures_form_one_claim_thread(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, docs = strike
    threads = claim_threads(store, measure="killed", limit=100)
    people = [t for t in threads if t.group == "people"
              and any(c.outlet == "Dnipro Sentinel" for c in t.claims)]
    assert len(people) == 1
    t = people[0]
    assert [(c.outlet, c.value_low, c.value_high, c.qualifier) for c in t.claims] == [
        ("Meridian Wire", 27, 27, "at least"),
        ("Pacific Dispatch", 20, 35, None),
        ("Pacific Dispatch", 31, 31, None),
        ("Dnipro Sentinel", 31, 31, None),
        ("The Northern Ledger", 34, 34, None),
        ("Baltic Herald", 30, 30, "about"),
    ]
    assert [c.role for c in t.claims] == ["first", "agrees", "agrees", "agrees", "update", "agrees"]
    assert [c.attribution for c in t.claims][:2] == ["the regional governor", "residents of Verkhnia Dolyna"]
    assert t.claims[4].attribution_name == "Health Ministry of Ukraine"
    assert (t.spread.low, t.spread.high) == (20, 35)
    assert t.series and not t.disagreement
    assert t.n_outlets == 5 and t.n_claims == 6
    assert t.ledger_event_id == ledger_of(store, docs["meridian"].events[0].id)
    assert set(t.group_terms) == {"people", "civilians"}
    assert [p.date for p in t.evolution] == ["2024-03-09", "2024-03-10"]
    assert (t.evolution[1].value_low, t.evolution[1].value_high) == (30, 34)
    # the subset ("including 6 children") and the Odesa toll are other quantities
    children = [x for x in threads if x.group == "children"]
    assert len(children) == 1 and children[0].claims[0].value_low == 6
    odesa = [x for x in threads if any(c.value_low == 3 for c in x.claims)]
    assert len(odesa) == 1 and odesa[0].id != t.id and odesa[0].n_claims == 1


def _claims_store(tmp_path: Path, rows: list[dict[str, object]]) -> Store:
    """One article per claim: published, outlet, written, low/high/qualifier, source, place ..."""
    docs = []
    for i, r in enumerate(rows):
        r = dict(r)
        written = str(r.pop("written"))
        text = str(r.pop("text", f"Report {i}: {written} were killed in Khan Yunis, the source said."))
        d = Doc(text, str(r.pop("outlet")), str(r.pop("published")))
        low = float(r.pop("low"))  # type: ignore[arg-type]
        high = r.pop("high", None)
        d.figure(written, low, None if high is None else float(high), **r)  # type: ignore[arg-type]
        docs.append(d)
    store = store_docs(tmp_path / "claims.db", docs)
    build_ledger(store)
    return store


def test_different_sources_disagree(tmp_path: Path) -> None:
    store = _claims_store(tmp_path, [
        {"published": "2024-01-01T08:00", "outlet": "W", "written": "500 people", "low": 500,
         "attribution": "the health ministry", "place": "Khan Yunis"},
        {"published": "2024-01-01T09:00", "outlet": "X", "written": "471 people", "low": 471,
         "attribution": "the army", "place": "Khan Yunis"},
        {"published": "2024-01-01T10:00", "outlet": "Y", "written": "about 250 people", "low": 250,
         "qualifier": "about", "attribution": "the UN", "place": "Khan Yunis"},
        {"published": "2024-01-02T10:00", "outlet": "Z", "written": "100 to 300 people", "low": 100,
         "high": 300, "attribution": "monitors", "place": "Khan Yunis"},
    ])
    (t,) = claim_threads(store)
    assert [c.role for c in t.claims] == ["first", "disagreement", "disagreement", "agrees"]
    assert t.disagreement and not t.series
    assert (t.spread.low, t.spread.high) == (100, 500)
    assert t.n_sources == 4 and t.n_outlets == 4


def test_a_toll_rising_from_the_same_source_is_a_series(tmp_path: Path) -> None:
    store = _claims_store(tmp_path, [
        {"published": "2024-01-01", "outlet": "A", "written": "10 people", "low": 10,
         "attribution": "the ministry", "place": "Khan Yunis"},
        {"published": "2024-01-02", "outlet": "B", "written": "14 people", "low": 14,
         "attribution": "the ministry", "place": "Khan Yunis"},
        {"published": "2024-01-03T08:00", "outlet": "A", "written": "20 people", "low": 20,
         "attribution": "officials", "place": "Khan Yunis"},
        {"published": "2024-01-03T09:00", "outlet": "C", "written": "20 people", "low": 20,
         "attribution": "officials", "place": "Khan Yunis"},
    ])
    (t,) = claim_threads(store)
    assert [c.role for c in t.claims] == ["first", "update", "update", "repeat"]
    assert t.series and not t.disagreement
    assert "the ministry" in t.claims[1].role_note


@pytest.mark.parametrize(("first", "second", "same_thread"), [
    ({"written": "5 people", "group": "people"}, {"written": "5 civilians", "group": "civilians"}, True),
    ({"written": "5 people", "group": "people"}, {"written": "5 Palestinians", "group": "Palestinians"}, True),
    ({"written": "5 people", "group": "people"}, {"written": "5 were", "group": None}, True),
    ({"written": "5 people", "group": "people"}, {"written": "5 children", "group": "children"}, False),
    ({"written": "5 people", "group": "people"}, {"written": "5 soldiers", "group": "soldiers"}, False),
    ({"written": "5 people"}, {"written": "5 people", "measure": "injured"}, False),
    ({"written": "5 people", "place": "Khan Yunis"}, {"written": "5 people", "place": "Rafah"}, False),
    ({"written": "5 people", "place": "Khan Yunis"}, {"written": "5 people", "place": "Khan Yunis city"}, True),
    ({"written": "5 people", "time_scope": "since October"},
     {"written": "5 people", "time_scope": "on Monday"}, False),
    ({"written": "5 people", "time_scope": "since October"}, {"written": "5 people"}, True),
    ({"written": "5 people", "time_scope": "on Sunday"}, {"written": "5 people", "time_scope": "overnight"}, True),
    ({"written": "5 people", "time_scope": "since October"},
     {"written": "5 people", "time_scope": "this year"}, False),
    ({"written": "5 people", "published": "2024-01-01"}, {"written": "5 people", "published": "2024-01-12"}, False),
])
def test_claim_grouping(tmp_path: Path, first: dict[str, object], second: dict[str, object],
                        same_thread: bool) -> None:
    rows = []
    for n, spec in enumerate((first, second)):
        row: dict[str, object] = {"published": f"2024-01-0{n + 1}", "outlet": f"Outlet {n}", "low": 5,
                                  "place": "Khan Yunis"}
        row.update(spec)
        if "text" not in row:
            row["text"] = f"Report {n}. In Khan Yunis, {row['written']} killed, a source said."
        rows.append(row)
    store = _claims_store(tmp_path, rows)
    threads = claim_threads(store)
    assert (len(threads) == 1) is same_thread


def test_a_part_counted_in_the_same_group_is_another_quantity(tmp_path: Path) -> None:
    d = Doc("The toll in Lomka rose to 34, the ministry said, after three of the wounded died overnight.",
            "Ledger", "2024-03-10")
    whole = d.figure("34", 34, group=None, attribution="the ministry", place="Lomka")
    d.figure("three", 3, group=None, attribution="the ministry", part_of=whole.id, place="Lomka")
    e = Doc("At least 31 people were killed in Lomka, officials said.", "Wire", "2024-03-09")
    e.figure("At least 31 people", 31, qualifier="at least", attribution="officials", place="Lomka")
    store = store_docs(tmp_path / "part.db", [e, d])
    build_ledger(store)
    threads = {t.group: t for t in claim_threads(store)}
    assert set(threads) == {"people", "people (part)"}
    assert [c.value_low for c in threads["people"].claims] == [31, 34]
    assert threads["people"].claims[1].role == "update"  # "rose to"


def test_one_source_giving_two_figures_in_one_report_is_not_a_series(tmp_path: Path) -> None:
    store = _claims_store(tmp_path, [
        {"published": "2024-01-01", "outlet": "A", "written": "40 people", "low": 40, "attribution": "residents",
         "place": "Khan Yunis", "text": "In Khan Yunis 40 people were killed, or 27 people by another count."},
    ])
    assert claim_threads(store)[0].n_claims == 1
    d = Doc("In Khan Yunis about 40 people were killed, residents said, or at least 27 people.", "B", "2024-01-02")
    d.figure("about 40 people", 40, qualifier="about", attribution="residents", place="Khan Yunis")
    d.figure("at least 27 people", 27, qualifier="at least", attribution="residents", place="Khan Yunis")
    store2 = store_docs(tmp_path / "same.db", [d])
    build_ledger(store2)
    (t,) = claim_threads(store2)
    assert [c.role for c in t.claims] == ["first", "agrees"] and not t.series


def test_figure_without_place_joins_only_a_thread_its_article_names(tmp_path: Path) -> None:
    store = _claims_store(tmp_path, [
        {"published": "2024-01-01", "outlet": "A", "written": "9 people", "low": 9, "place": "Rafah",
         "text": "In Rafah, 9 people were killed."},
        {"published": "2024-01-01T05:00", "outlet": "B", "written": "8 people", "low": 8,
         "text": "8 people were killed in an air strike in Rafah."},
        {"published": "2024-01-01T06:00", "outlet": "C", "written": "2 people", "low": 2,
         "text": "2 people were killed when a bus overturned in the hills."},
    ])
    threads = claim_threads(store)
    sizes = sorted(t.n_claims for t in threads)
    assert sizes == [1, 2]


@pytest.mark.parametrize(("group", "expected"), [
    (None, "people"), ("", "people"), ("people", "people"), ("civilians", "people"),
    ("Ukrainians", "people"), ("Palestinians", "people"), ("residents", "people"),
    ("Palestinian civilians", "people"), ("children", "children"), ("schoolchildren", "children"),
    ("women", "women"), ("soldiers", "combatants"), ("Russian troops", "combatants"),
    ("aid workers", "aid workers"), ("journalists", "journalists"), ("police officers", "police"),
    ("sheep", "sheep"), ("cows", "cow"),
])
def test_group_class(group: str | None, expected: str) -> None:
    assert group_class(group) == expected


@pytest.mark.parametrize(("a", "b", "match"), [
    ("Verkhnia Dolyna", "the town of Verkhnia Dolyna", True),
    ("Kharkiv region", "Kharkiv", True),
    ("Ukraine's Kharkiv region", "Kharkiv", True),
    ("north-eastern Ukraine", "Ukraine", True),
    ("Kharkiv", "Odesa", False),
    ("Verkhnia Dolyna", None, False),
    ("the region", "Kharkiv", False),
])
def test_places_match(a: str | None, b: str | None, match: bool) -> None:
    assert places_match(a, b) is match


def test_place_core_drops_generic_words() -> None:
    assert place_core("in the town of Verkhnia Dolyna") == frozenset({"verkhnia", "dolyna"})
    assert place_core(None) == frozenset()


@pytest.mark.parametrize(("scope", "key"), [
    (None, None), ("", None), ("on Saturday", "day"), ("overnight", "day"), ("by the evening", "day"),
    ("since October 7", "period:october 7"), ("in the past 24 hours", "period:24 hours"),
    ("this year", "period:this year"), ("so far this year", "period:this year"),
])
def test_scope_key(scope: str | None, key: str | None) -> None:
    assert scope_key(scope) == key


# -- queries, profiles ---------------------------------------------------------------------------


def test_ledger_event_queries_filter(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, docs = strike
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


def test_claim_thread_queries_filter(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, _ = strike
    assert claim_threads(store, measure="injured") == []
    by_actor = claim_threads(store, actor="State Emergency")
    assert by_actor and all(any(c.attribution_actor_id == "ukr-ses" for c in t.claims) for t in by_actor)
    assert len(claim_threads(store, min_outlets=2)) == 1


def test_outlet_profile(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, _ = strike
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
    assert northern.events_unattributed == 2 and northern.events == 3
    assert ("Russia", 1, 0) in {(s.name, s.quotes, s.figures_cited) for s in northern.quoted}
    pacific = outlet_profile(store, "Pacific Dispatch")
    assert pacific is not None and pacific.figures_unattributed_share == 0.5
    assert outlet_profile(store, "No Such Outlet") is None
    assert outlet_profile(store, "e") is None  # ambiguous part of a name
    names = [p.outlet for p in outlet_profiles(store)]
    assert sorted(names) == ["Baltic Herald", "Dnipro Sentinel", "Meridian Wire", "Pacific Dispatch",
                             "The Northern Ledger"]


def test_actor_profile(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, _ = strike
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


def test_schema_is_browsable(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, _ = strike
    c = store.conn
    views = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='view'")}
    assert {"ledger_event_reports", "ledger_event_overview", "claim_ledger", "outlet_framing"} <= views
    outlets = {r[0] for r in c.execute("SELECT outlet FROM ledger_event_reports")}
    assert "Dnipro Sentinel" in outlets
    assert c.execute("SELECT COUNT(*) FROM claim_ledger").fetchone()[0] == 8
    fks = {r[2] for r in c.execute("PRAGMA foreign_key_list(ledger_event_mentions)")}
    assert fks == {"events", "ledger_events", "articles"}
    assert c.execute("PRAGMA foreign_key_check").fetchall() == []
    indexes = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ledger_event_actors_actor", "ledger_events_type_date", "ledger_events_date",
            "claim_threads_measure", "claim_thread_actors_actor", "ledger_figures_attribution"} <= indexes


def test_config_is_validated() -> None:
    with pytest.raises(LedgerError):
        LedgerConfig(window_days=-1)
    with pytest.raises(LedgerError):
        LedgerConfig(actor_match="name")


# -- CLI -----------------------------------------------------------------------------------------


@pytest.fixture
def strike_db(tmp_path: Path) -> str:
    store = store_docs(tmp_path / "cli.db", list(market_strike_docs().values()))
    store.close()
    return str(tmp_path / "cli.db")


def test_cli_ledger_build_and_auto_build(strike_db: str) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert any(e["n_outlets"] == 5 for e in data)  # built on first use
    res = runner.invoke(cli, ["ledger", "build", "--db", strike_db, "--window-days", "14"])
    assert res.exit_code == 0, res.output
    assert "ledger_events" in res.stdout
    with Store(strike_db) as store:
        st = ledger_status(store)
        assert st.config is not None and st.config.window_days == 14 and not st.stale


def test_cli_ledger_events_formats_and_filters(strike_db: str) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--type", "CONSULT", "--format", "csv"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.strip().splitlines()
    assert lines[0].startswith("id,date,type") and len(lines) == 2 and "CONSULT" in lines[1]
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--actor", "Russia", "--min-outlets", "2",
                              "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.strip().splitlines()) == 2 and "Meridian Wire" in res.stdout
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--actor", "Russia", "--role", "target",
                              "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert len(res.stdout.strip().splitlines()) == 2  # the ministers' accusation
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--since", "2024-03-15"])
    assert res.exit_code == 0, res.output
    assert "ledger events (1 shown)" in res.stdout
    res = runner.invoke(cli, ["ledger", "events", "--db", strike_db, "--mentions", "--format", "csv",
                              "--min-outlets", "2"])
    assert res.exit_code == 0
    assert len(res.stdout.strip().splitlines()) == 7  # header and six mentions


def test_cli_ledger_claims_outlets_actor(strike_db: str) -> None:
    runner = CliRunner()
    res = runner.invoke(cli, ["ledger", "claims", "--db", strike_db, "--measure", "killed", "--format", "csv",
                              "--min-outlets", "2"])
    assert res.exit_code == 0, res.output
    rows = res.stdout.strip().splitlines()
    assert len(rows) == 7 and "update" in res.stdout and "Health Ministry of Ukraine" in res.stdout
    res = runner.invoke(cli, ["ledger", "outlets", "--db", strike_db, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert {o["outlet"] for o in json.loads(res.stdout)} >= {"Dnipro Sentinel", "Baltic Herald"}
    res = runner.invoke(cli, ["ledger", "outlets", "Dnipro", "--db", strike_db])
    assert res.exit_code == 0, res.output
    assert "occupiers" in res.stdout
    res = runner.invoke(cli, ["ledger", "actor", "Russian armed forces", "--db", strike_db, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["actor"]["id"] == "RUS-MIL"
    res = runner.invoke(cli, ["ledger", "actor", "Nobody Known", "--db", strike_db])
    assert res.exit_code == 2 and "no actor" in res.stderr


def test_cli_ledger_missing_database(tmp_path: Path) -> None:
    res = CliRunner().invoke(cli, ["ledger", "events", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "not found" in res.stderr
    assert not (tmp_path / "none.db").exists()


def test_read_only_store_keeps_its_stale_ledger(strike_db: str) -> None:
    with Store(strike_db) as store:
        build_ledger(store)
        store.add(Doc("A new report about talks in Oslo on Friday.", "Wire", "2024-04-01").analysis())
    with Store(strike_db, readonly=True) as ro:
        assert ledger_status(ro).stale
        with pytest.raises(LedgerError):
            ensure_ledger(ro)
        assert any(e.n_outlets == 5 for e in ledger_events(ro))  # still readable as it was


def test_foreign_keys_cascade_when_articles_go(strike: tuple[Store, dict[str, Doc]]) -> None:
    store, docs = strike
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
    assert s.series_threads == 1 and s.disagreement_threads == 0 and s.outlets == 5
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT value FROM ledger_state WHERE key='marker'").fetchone()[0] == s.marker
