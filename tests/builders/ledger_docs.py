"""Hand-made analyses (no spaCy, no extraction stage) for the ledger and store tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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

# -- ledger ------------------------------------------------------------------------------------
# Hand-made analyses (no spaCy, no extraction stage): ``Doc`` turns an invented article text and
# a few annotations into an ``Analysis``; ``store_docs`` stores them.

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
    extra_actors: tuple[Actor, ...] = ()  # actors of this article beyond ALL_ACTORS

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
               part_of: str | None = None, nth: int = 0, group_actor: Actor | None = None) -> Figure:
        sp = find(self.text, written, nth)
        fig = Figure(id=record_id("f", self.id, sp.start), article_id=self.id,
                     sentence=self.sentence_of(sp.start), start=sp.start, end=sp.end, text=written,
                     value_low=low, value_high=low if high is None else high, qualifier=qualifier,
                     unit=group, measure=measure, kind=kind, group=group, place=place,
                     time_scope=time_scope, attribution=attribution,
                     attribution_actor_id=source.id if source else None, part_of=part_of,
                     group_actor_id=group_actor.id if group_actor else None)
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
                        mentions=tuple(self.mentions), actors=ALL_ACTORS + self.extra_actors,
                        quotes=tuple(self.quotes),
                        figures=tuple(self.figures), events=tuple(self.events),
                        framing=tuple(self.framing))


def store_docs(path: Path | str, docs: list[Doc]) -> Store:
    """A store (SQLite file or PostgreSQL URL) holding the analyses of ``docs``."""
    store = Store(path)
    stored = [store.add(d.analysis()).stored for d in docs]
    assert stored and all(stored)
    return store


# the invented incident: a market strike reported by five outlets, and distractors


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


# an incident's dead counted by two sides (tests/ledger/test_identity.py, the claims page)


def toll_doc(place: str, day: str, outlet: str = "Meridian Wire", value: int = 40, *,
             figure_place: str | None = None) -> Doc:
    """Residents' count of the civilians a strike on ``place`` killed (``figure_place``: the
    place the figure stage read for the count)."""
    d = Doc(f"An airstrike hit the market of {place} on Sunday, killing at least {value} civilians, residents said.",
            outlet, f"{day}T10:00:00Z")
    d.event("ASSAULT", "airstrike", place=place)
    d.figure(f"at least {value} civilians", value, qualifier="at least", group="civilians", attribution="residents",
             place=figure_place)
    return d


def side_count_doc(side: str, label: str, place: str, day: str, *, outlet: str = "Sahel Courier", measure: str = "killed",
          both: bool = False, time_scope: str | None = None, figure_place: str | None = None) -> Doc:
    """A side's count of the fighters its operation at ``place`` killed (``both``: with the
    civilians it killed too; ``figure_place``: the place the figure stage read for the count)."""
    verb = "wounded" if measure == "injured" else "killed"
    counted = f"21 passengers and 31 {label}" if both else f"31 {label}"
    since = f" {time_scope}" if time_scope else ""
    d = Doc(f"{side[:1].upper() + side[1:]} said its operation in {place} on Sunday had {verb} {counted}{since}.",
            outlet, f"{day}T15:00:00Z")
    d.event("ASSAULT", "operation", place=place)
    if both:
        d.figure("21 passengers", 21, group="passengers", attribution=side)
    d.figure(f"31 {label}", 31, group=label, attribution=side, measure=measure, time_scope=time_scope,
             place=figure_place)
    return d


Strike = tuple[Store, dict[str, Doc]]  # the market strike stored (see tests/ledger/conftest.py)


def ledger_of(store: Store, event_id: str) -> str:
    """The ledger event an event was linked into."""
    row = store.conn.execute("SELECT ledger_event_id FROM ledger_event_mentions WHERE event_id = ?",
                             (event_id,)).fetchone()
    assert row is not None, f"event {event_id} is not in the ledger"
    return str(row[0])


_LEDGER_RULES: dict[str, Any] = {}


def ledger_rules() -> Any:
    """The ledger's rules (``newsledger.ledger.load_rules``) from the packaged data files."""
    from newsledger.ledger import load_rules

    if "rules" not in _LEDGER_RULES:
        _LEDGER_RULES["rules"] = load_rules()
    return _LEDGER_RULES["rules"]


def claim_groups(path: Path, docs: list[Any]) -> dict[float, str]:
    """The claim-thread group of every claim of ``docs``' figures, by value, in a ledger built
    at ``path``."""
    from newsledger.ledger import build_ledger, claim_threads

    store = store_docs(path, docs)
    build_ledger(store)
    return {c.value_low: t.group for t in claim_threads(store) for c in t.claims}


def claim_thread_ids(path: Path, docs: list[Any]) -> dict[str, str]:
    """The claim thread of every figure kept as a claim, by figure id, in a ledger built at
    ``path`` from ``docs``."""
    from newsledger.ledger import build_ledger

    store = store_docs(path, docs)
    build_ledger(store)
    return {str(r[0]): str(r[1]) for r in
            store.conn.execute("SELECT figure_id, thread_id FROM claim_thread_claims").fetchall()}
