"""Small builders shared by the tests (no fixtures here: see conftest.py)."""

from __future__ import annotations

import json
import re
import sqlite3
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newsledger.errors import InputError
from newsledger.evaluation.metrics import half
from newsledger.nlp import ParsedDoc
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
)

PLACES = ["Lisbon", "Nairobi", "Oslo", "Lima", "Hanoi", "Accra", "Quito", "Riga", "Dakar", "Muscat"]
TOPICS = ["water prices", "a new rail line", "fishing quotas", "school reform", "port fees",
          "wind farms", "bus fares", "grain storage", "flood defences", "tax rules"]


def article_text(i: int, words: int = 120) -> str:
    """A distinct, plain English news paragraph set; ``i`` makes it unique."""
    place = PLACES[i % len(PLACES)]
    topic = TOPICS[(i // len(PLACES)) % len(TOPICS)]
    body = (
        f"Officials in {place} met on Monday to discuss {topic}, the city council said in a statement. "
        f"The mayor told reporters that the plan number {i} would be reviewed by the end of the month. "
        "Residents have protested against the changes for several weeks, and the opposition "
        "called on the government to publish its figures. "
    )
    out = body
    while len(out.split()) < words:
        out += f"According to the council, {i + 3} districts will be affected and talks will continue. "
    return f"Council in {place} weighs {topic} ({i})\n\n" + out.strip() + "\n"


def write_articles(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"a{i:04d}.txt"
        p.write_text(article_text(i), encoding="utf-8")
        paths.append(p)
    return paths


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n",
                    encoding="utf-8")
    return path


def count_rows(db: Path, table: str) -> int:
    """Rows in a table, read without disturbing a writer (0 when it cannot be read yet)."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def article_count(db: Path) -> int:
    return count_rows(db, "articles")


# -- stages ------------------------------------------------------------------------------------

_PIPELINES: dict[tuple[str, ...], Any] = {}


def outlet_labels(text: str) -> list[str]:
    """The framing marks of ``text`` in the outlet's own voice, as written."""
    from newsledger.stages.framing import OUTLET_VOICE

    an = pipeline().analyze_text(text)
    return [an.article.text[m.start:m.end] for m in an.framing
            if m.voice == OUTLET_VOICE and m.kind != "unattributed_figure"]


def pipeline(*data_files: str, **settings: Any) -> Any:
    """A ``Pipeline`` with default settings (plus ``settings``), shared by the tests that ask for
    the same thing: loading the model and the stages' data takes a second or two."""
    from newsledger.config import Settings
    from newsledger.pipeline import Pipeline

    key = (*data_files, *(f"{k}={v}" for k, v in sorted(settings.items())))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(Settings(data_files=tuple(data_files), **settings))
    return _PIPELINES[key]


def last_quote_speaker(text: str) -> str | None:
    """The actor name of the speaker of the last quote (by where its words start) of ``text``."""
    analysis = pipeline().analyze_text(text)
    actors = {a.id: a.name for a in analysis.actors}
    quotes = sorted(analysis.quotes, key=lambda q: q.content.start)
    assert quotes, text
    return actors.get(quotes[-1].speaker_actor_id or "")


def assert_short_name(kind: str, text: str, name: str, actor: str | None) -> None:
    """The one-word name ``name`` of ``text`` is the mention of ``actor``; with ``actor`` None, of none of the
    people named in full (several words) in the text."""
    an = pipeline().analyze_text(text)
    found = [m for m in an.mentions if m.text == name]
    assert len(found) == 1, (kind, text, [(m.text, m.actor_id) for m in an.mentions])
    if actor is None:
        full = {m.actor_id for m in an.mentions if m.text != name and " " in m.text}
        assert found[0].actor_id not in full, (kind, text, found[0])
    else:
        assert found[0].actor_id == actor, (kind, text, found[0])


def quotes_holding(text: str, words: str) -> tuple[Any, list[Quote]]:
    """The analysis of ``text`` and its quotes whose content holds ``words``, in document order."""
    an = pipeline().analyze_text(text)
    return an, [q for q in an.quotes if words in q.content.text]


def written_speaker(text: str, words: str) -> str | None:
    """The speaker as written of the first quote of the analysed ``text`` whose content holds
    ``words`` (None: no such quote, or it has no speaker)."""
    _, found = quotes_holding(text, words)
    return found[0].speaker.text if found and found[0].speaker is not None else None


def assert_speaker_text(text: str, words: str, speaker: str | None, name: str) -> None:
    """The one quote of the analysed ``text`` whose content holds ``words`` has the speaker
    written ``speaker`` (None: no speaker)."""
    quotes = quotes_holding(text, words)[1]
    assert len(quotes) == 1, (name, quotes)
    found = quotes[0].speaker.text if quotes[0].speaker is not None else None
    assert found == speaker, (name, found)


def quote_speaker_names(text: str) -> list[str | None]:
    """The actor names of the speakers of the analysed ``text``'s quotes, in order (None: no actor)."""
    analysis = pipeline().analyze_text(text)
    actors = {a.id: a.name for a in analysis.actors}
    return [actors.get(q.speaker_actor_id or "") for q in analysis.quotes]


def speaker_kinds(text: str) -> list[tuple[str | None, str | None]]:
    """The actor names and types of the speakers of the analysed ``text``'s quotes, in order."""
    analysis = pipeline().analyze_text(text)
    actors = {a.id: (a.name, a.type) for a in analysis.actors}
    return [actors.get(q.speaker_actor_id or "", (None, None)) for q in analysis.quotes]


def assert_person_speakers(text: str, person: str | None, name: str) -> None:
    """The analysed ``text`` has quotes, each spoken by the person ``person`` (None: no quote's
    speaker is a person)."""
    found = speaker_kinds(text)
    assert found, name
    if person is None:
        assert all(kind != "person" for _, kind in found), (name, found)
    else:
        assert all(who == person and kind == "person" for who, kind in found), (name, found)


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


def assert_all_speakers(text: str, person: str, name: str) -> None:
    """Every quote of the analysed ``text`` has a speaker, and its actor is named ``person``."""
    found = quote_speaker_names(text)
    assert found, name
    assert all(who == person for who in found), (name, found)


def assert_first_source(text: str, value: float, source: str | None, name: str) -> None:
    """The first figure of ``value`` in the analysed ``text`` has the source ``source`` as written
    (:func:`assert_source`)."""
    figures = figures_of_value(text, value)
    assert figures, name
    assert_source(figures[0], source, name)


def figures_of_value(text: str, value: float, **meta: Any) -> list[Figure]:
    """The figures of the analysed ``text`` (article metadata ``meta``, such as its outlet) whose
    value starts at ``value``, in document order."""
    return [f for f in pipeline().analyze_text(text, **meta).figures if f.value_low == value]


def assert_first_figure(text: str, value: float, attr: str, expected: Any, name: str) -> None:
    """The analysed ``text`` has a figure of ``value``, and the first one's ``attr`` ("measure",
    "stance") is ``expected``."""
    figures = figures_of_value(text, value)
    assert figures, name
    assert getattr(figures[0], attr) == expected, (name, getattr(figures[0], attr))


def assert_figure_measure(text: str, figure: str, measure: str | None, name: str) -> None:
    """The analysed ``text`` has exactly one figure written ``figure``, and it counts ``measure``
    (None: no measure)."""
    found = [f for f in pipeline().analyze_text(text).figures if f.text == figure]
    assert len(found) == 1, (name, [f.text for f in pipeline().analyze_text(text).figures])
    assert found[0].measure == measure, (name, found[0].measure)


def assert_source(f: Figure, source: str | None, name: str) -> None:
    """The figure's source as written holds ``source``; None: the outlet's own voice."""
    if source is None:
        assert f.attribution == "unattributed", (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)


def stage_data(name: str) -> Any:
    """The loaded data of stage ``name`` in the default pipeline."""
    return pipeline().data[name]


def run_stage(name: str, doc: Any, **inputs: Any) -> Any:
    """Run stage ``name`` of the default pipeline over ``doc`` with the given inputs (the outputs
    of the stages it requires)."""
    p = pipeline()
    stage = next(s for s in p.stages if s.name == name)
    return stage.run(doc, p.data[name], inputs)


# -- quotes, figures, framing ------------------------------------------------------------------


def stage_outputs(doc: Any, p: Any = None) -> dict[str, Any]:
    """The output of every stage of pipeline ``p`` (default: ``pipeline()``) over ``doc``, by
    stage name."""
    p = p if p is not None else pipeline()
    outputs: dict[str, Any] = {}
    for stage in p.stages:
        outputs[stage.name] = stage.run(doc, p.data[stage.name], {n: outputs[n] for n in stage.requires})
    return outputs


def write_data_file(folder: Path, text: str, name: str = "data.yaml") -> Path:
    """A user data file (``--data``) with ``text``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- actors (write_test_dictionary) ------------------------------------------------------------

TEST_DICTIONARY = """\
countries:
  - {code: RUR, name: Ruritania, formal_name: Kingdom of Ruritania, demonyms: Ruritanian|Ruritanians,
     adjectives: Ruritanian, capital: Strelsau, region: Europe, ambiguous: 0}
  - {code: ISR, name: Israel, formal_name: State of Israel, demonyms: Israeli|Israelis, adjectives: Israeli,
     capital: Jerusalem, ambiguous: 0}
  - {code: PSE, name: Palestine, formal_name: State of Palestine, aliases: Gaza|Gaza Strip,
     demonyms: Palestinian|Palestinians, adjectives: Palestinian, capital: Ramallah, ambiguous: 0}
  - {code: IRN, name: Iran, demonyms: Iranian|Iranians, adjectives: Iranian, capital: Tehran, ambiguous: 0}
  - {code: USA, name: United States, aliases: US|U.S.|America, demonyms: American|Americans,
     adjectives: American|U.S., capital: Washington, ambiguous: 1, ambiguous_terms: Washington|US}
  - {code: JOR, name: Jordan, demonyms: Jordanian|Jordanians, adjectives: Jordanian, capital: Amman,
     ambiguous: 1, ambiguous_terms: Jordan}
  - {code: GEO, name: Georgia, demonyms: Georgian|Georgians, adjectives: Georgian, capital: Tbilisi,
     ambiguous: 1, ambiguous_terms: Georgia}
  - {code: RUS, name: Russia, demonyms: Russian|Russians, adjectives: Russian, capital: Moscow, ambiguous: 0}
  - {code: DEU, name: Germany, demonyms: German|Germans, adjectives: German, capital: Berlin, ambiguous: 0}
  - {code: FRA, name: France, demonyms: French, adjectives: French, capital: Paris, ambiguous: 0}
  - {code: ITA, name: Italy, demonyms: Italian|Italians, adjectives: Italian, capital: Rome, ambiguous: 0}
  - {code: EGY, name: Egypt, demonyms: Egyptian|Egyptians, adjectives: Egyptian, capital: Cairo, ambiguous: 0}
  - {code: TCD, name: Chad, demonyms: Chadian|Chadians, adjectives: Chadian, capital: N'Djamena,
     ambiguous: 1, ambiguous_terms: Chad}
  - {code: SYC, name: Seychelles, aliases: the Seychelles, demonyms: Seychellois, adjectives: Seychellois,
     capital: Victoria, ambiguous: 1, ambiguous_terms: Victoria}
  - {code: COG, name: Congo, demonyms: Congolese, adjectives: Congolese, capital: Brazzaville, ambiguous: 1,
     ambiguous_terms: Congolese}
  - {code: COD, name: DR Congo, demonyms: Congolese, adjectives: Congolese, capital: Kinshasa, ambiguous: 1,
     ambiguous_terms: Congolese}
people:
  - {id: person:anna-presta, name: Anna Presta, aliases: Presta, country: RUR, sector: GOV,
     role: president, titles: President, start: 2010-01-01, end: 2015-12-31}
  - {id: person:boris-kandel, name: Boris Kandel, aliases: Kandel, country: RUR, sector: GOV,
     role: president, titles: President, start: 2016-01-01, end: ""}
  - {id: person:vera-lind, name: Vera Lind, aliases: Lind, country: RUR, sector: GOV,
     role: foreign minister, start: 2019-03-01, end: ""}
  - {id: person:omar-testa, name: Omar Testa, aliases: Testa, country: RUR, sector: GOV,
     role: supreme leader, titles: Leader of the Revolution|His Eminence, start: 2001-01-01, end: ""}
  - {id: karl-wendt, name: Karl Wendt, aliases: Wendt, country: FREE-HAND, sector: REB,
     role: Commander, titles: Hand chief, start: 2018-01-01, end: 2021-12-31}
  - {id: lena-wendt, name: Lena Wendt, country: FREE-HAND, sector: REB,
     role: Commander, titles: Hand chief, start: 2022-01-01, end: ""}
organisations:
  - {id: org:free-hand, name: Free Hand, aliases: Free Hand Movement, country: RUR, sectors: REB,
     type: armed group}
  - {id: free-hand-youth, name: Free Hand Youth Wing, aliases: Youth Wing, country: RUR, sectors: REB,
     type: armed group, parent: free-hand, ambiguous_aliases: Youth Wing}
  - {id: zenda-pact, name: Zenda Pact, aliases: Zenda Pact Organisation, sectors: IGO, type: igo}
groups:
  - {id: group:northern-governments, name: Northern governments, aliases: northern states|northern countries,
     sectors: GOV, members: ""}
  - {id: rur-ita, name: Ruritania and Italy, aliases: Ruritania and Italy, sectors: GOV, members: RUR|ITA}
  - {id: highlanders, name: Highlanders, aliases: Highlanders, sectors: CVL, members: ""}
  - {id: zenda-pact-members, name: Zenda Pact members, aliases: Zenda Pact members|Zenda Pact states,
     sectors: GOV, members: RUR|ITA, member_orgs: zenda-pact}
  - {id: hand-factions, name: Hand factions, aliases: Hand factions, sectors: REB,
     member_orgs: free-hand|free-hand-youth}
places:
  - {name: Zenda, aliases: Zenda Castle, country: RUR, kind: city, note: ""}
sectors:
  - {term: troop, plural: troops, sectors: MIL, type: group}
  - {term: soldier, plural: soldiers, sectors: MIL, type: person}
  - {term: armed forces, plural: armed forces, sectors: MIL, type: organisation}
  - {term: police, plural: police, sectors: COP, type: group}
  - {term: child, plural: children, sectors: CVL, type: person}
  - {term: woman, plural: women, sectors: CVL, type: person}
  - {term: civilian, plural: civilians, sectors: CVL, type: person}
  - {term: people, plural: people, sectors: CVL, type: group}
  - {term: government, plural: governments, sectors: GOV, type: organisation}
  - {term: leader, plural: leaders, sectors: GOV, type: person}
  - {term: regime, plural: regimes, sectors: GOV, type: organisation}
  - {term: rebel, plural: rebels, sectors: REB, type: person}
framing:
  - {term: Strelsau clique, kind: loaded_label, refers_to: RUR, sector: GOV, conflict: test, used_by: "", note: ""}
  - {term: His Eminence, kind: honorific, refers_to: "", sector: "", conflict: "", used_by: "", note: ""}
  - {term: His Holiness, kind: honorific, refers_to: "", sector: "", conflict: "", used_by: "", note: ""}
  - {term: rebel movement, kind: loaded_label, refers_to: "", sector: REB, conflict: "", used_by: "", note: ""}
  - {term: massacre, kind: loaded_term, refers_to: "", sector: "", conflict: "", used_by: "", note: ""}
"""


def write_test_dictionary(folder: Path) -> Path:
    path = folder / "test_actors.yaml"
    path.write_text(TEST_DICTIONARY, encoding="utf-8")
    return path


# -- events (stages/events) --------------------------------------------------------------------

# surface form: (actor id, type, country); the event tests build the actor layer by hand from
# these, so that the event rules are tested apart from actor resolution
EVENT_ACTORS: dict[str, tuple[str, str, str | None]] = {
    "Russia": ("state:RUS", "state", "RUS"),
    "Russian": ("country:RUS", "state", "RUS"),
    "Ukraine": ("state:UKR", "state", "UKR"),
    "Ukrainian": ("country:UKR", "state", "UKR"),
    "Germany": ("state:DEU", "state", "DEU"),
    "Iran": ("state:IRN", "state", "IRN"),
    "Israel": ("state:ISR", "state", "ISR"),
    "Brazil": ("state:BRA", "state", "BRA"),
    "Chile": ("state:CHL", "state", "CHL"),
    "Peru": ("state:PER", "state", "PER"),
    "Jordan": ("state:JOR", "state", "JOR"),
    "Egypt": ("state:EGY", "state", "EGY"),
    "Spain": ("state:ESP", "state", "ESP"),
    "France": ("state:FRA", "state", "FRA"),
    "Italy": ("state:ITA", "state", "ITA"),
    "Kenya": ("state:KEN", "state", "KEN"),
    "Uganda": ("state:UGA", "state", "UGA"),
    "Somalia": ("state:SOM", "state", "SOM"),
    "Norway": ("state:NOR", "state", "NOR"),
    "Sudan": ("state:SDN", "state", "SDN"),
    "Cuba": ("state:CUB", "state", "CUB"),
    "Canada": ("state:CAN", "state", "CAN"),
    "Hamas": ("org:hamas", "organisation", "PSE"),
    "William Ruto": ("person:william-ruto", "person", "KEN"),
    "Kharkiv": ("country:UKR", "state", "UKR"),
    "the United Nations": ("org:un", "organisation", None),
}
# more actors, for the argument conventions (groups and sectors)
MORE_EVENT_ACTORS: dict[str, tuple[str, str, str | None]] = {
    **EVENT_ACTORS,
    "Ugandan advisers": ("sector:UGA:MIL", "group", "UGA"),
    "Russian soldiers": ("sector:RUS:MIL", "group", "RUS"),
    "Israelis": ("sector:ISR:CVL", "group", "ISR"),
    "rebels": ("sector:REB", "group", None),
}


def event_layer(pd: Any, names: dict[str, tuple[str, str, str | None]] | None = None) -> Any:
    """An actor layer with a mention for every occurrence of a known name (longest names first,
    no overlaps)."""
    import re

    from newsledger.records import Actor, ActorLayer, Mention, record_id

    names = EVENT_ACTORS if names is None else names
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    actors: dict[str, Actor] = {}
    for surface in sorted(names, key=len, reverse=True):
        aid, kind, country = names[surface]
        for m in re.finditer(rf"\b{re.escape(surface)}\b", pd.text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            label = "GPE" if kind == "state" else ("PERSON" if kind == "person" else "ORG")
            mentions.append(Mention(id=record_id("m", pd.article_id, m.start()), article_id=pd.article_id,
                                    sentence=pd.sentence_index(m.start()), start=m.start(), end=m.end(),
                                    text=surface, label=label, actor_id=aid))
            sectors = ("IGO",) if country is None else ()
            actors[aid] = Actor(id=aid, name=surface, type=kind, country=country, sectors=sectors)
    return ActorLayer(mentions=tuple(sorted(mentions, key=lambda m: m.start)), actors=tuple(actors.values()))


def run_events(pd: Any, layer: Any = None, quotes: tuple[Any, ...] = ()) -> list[Any]:
    """The events the default pipeline's event stage finds in ``pd`` with the given actor layer
    (by default :func:`event_layer`) and quotes."""
    return list(run_stage("events", pd, actors=event_layer(pd) if layer is None else layer, quotes=quotes))


def top_events(events: list[Any]) -> list[Any]:
    return [e for e in events if e.parent_id is None]


def find_event(events: list[Any], plover: str) -> Any:
    """The most confident event of type ``plover`` (the test fails when there is none)."""
    hits = [e for e in events if e.plover == plover]
    assert hits, f"no {plover} event in {[(e.plover, e.predicate.text) for e in events]}"
    return max(hits, key=lambda e: e.confidence)


# -- ledger ------------------------------------------------------------------------------------
# Hand-made analyses (no spaCy, no extraction stage): ``Doc`` turns an invented article text and
# a few annotations into an ``Analysis``; ``store_docs`` stores them.

from dataclasses import field  # noqa: E402

from newsledger.records import (  # noqa: E402
    record_id,
)
from newsledger.storage.store import Store  # noqa: E402

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


# -- web: a database of hand-made analyses (``build_store``) for the web app's tests, so that
# nothing there depends on how well the extraction stages do

MAIN_TEXT = (
    "Officials in Eastport said on Tuesday that at least 42 people were killed in the floods, "
    "according to the regional health office. \"We will rebuild every bridge,\" Mayor Ana Lind "
    "said. The opposition called the relief effort a fiasco and urged the council to resign."
)
SECOND_TEXT = (
    "Rescue teams in Eastport said on Thursday that 45 people were killed in the floods, citing "
    "the regional health office. The council met again and the opposition urged it to resign."
)
THIRD_TEXT = (
    "Officials in Eastport said on Friday that 38 people were killed in the floods, a figure "
    "the regional health office disputed."
)
HTML_TEXT = (
    "Protesters gathered outside <b>parliament</b> in Westvale on Friday. "
    "<script>window.__pwned = 1;</script> Organisers said <img src=x onerror=\"window.__pwned=2\"> "
    "about 300 people took part & the march ended peacefully."
)
HTML_TITLE = "<script>window.__pwned=3</script>March in <i>Westvale</i>"
N_FILLER = 28
N_NAMED = 4

EASTPORT = Actor(id="XEP_GOV", name="Eastport city government", type="organisation",
                 country="XEP", sectors=("GOV",))
LIND = Actor(id="XEP_LIND", name="Ana Lind", type="person", country="XEP", sectors=("GOV",))
COUNCIL = Actor(id="XEP_COUNCIL", name="Eastport council", type="organisation", country="XEP",
                sectors=("LEG",))
WESTVALE = Actor(id="XWV", name="Westvale", type="state", country="XWV")
RESIDENTS = Actor(id="XEP_CVL", name="Eastport residents", type="group", country="XEP",
                  sectors=("CVL",))


def text_span(text: str, part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, m in enumerate(re.finditer(r"[.!?](\"|\s|$)", text)):
        out.append(Sentence(index=i, paragraph=0, start=start, end=m.end()))
        start = m.end()
    return tuple(out)


def sentence_of(sentences: tuple[Sentence, ...], char: int) -> int:
    return next((s.index for s in sentences if s.start <= char < s.end), 0)


def main_analysis() -> Analysis:
    """An article with every record type, and overlapping spans (event in quote, framing in name)."""
    t = MAIN_TEXT
    a = Article.create(t, title="Flood toll rises in Eastport", outlet="Daily Planet",
                       published="2024-03-01", url="https://example.invalid/floods",
                       byline="Jo Reporter")
    sents = split_sentences(t)

    def s(span: Span) -> int:
        return sentence_of(sents, span.start)

    eastport, lind = text_span(t, "Eastport"), text_span(t, "Mayor Ana Lind")
    opposition, council = text_span(t, "The opposition"), text_span(t, "the council")
    mentions = (
        Mention("m_eastport", a.id, s(eastport), eastport.start, eastport.end, eastport.text, "GPE",
                actor_id=EASTPORT.id),
        Mention("m_lind", a.id, s(lind), lind.start, lind.end, lind.text, "PERSON", actor_id=LIND.id),
        Mention("m_opposition", a.id, s(opposition), opposition.start, opposition.end,
                opposition.text, "NOMINAL", kind="nominal"),
        Mention("m_council", a.id, s(council), council.start, council.end, council.text, "NOMINAL",
                actor_id=COUNCIL.id, kind="nominal"),
    )
    content, cue = text_span(t, "We will rebuild every bridge,"), text_span(t, "said", 1)
    quote = Quote("q_lind", a.id, s(content), content.start - 1, cue.end, "direct", content,
                  cue=cue, cue_lemma="say", speaker=Span(lind.start, lind.end, lind.text),
                  speaker_actor_id=LIND.id)
    fig = text_span(t, "at least 42 people")
    figure = Figure("f_42", a.id, s(fig), fig.start, fig.end, fig.text, 42, 42, qualifier="at least",
                    unit="people", measure="killed", group="people", place="Eastport",
                    attribution="the regional health office")
    killed, rebuild, urged = text_span(t, "killed"), text_span(t, "rebuild"), text_span(t, "urged")
    events = (
        Event("e_killed", a.id, s(killed), sents[0].start, sents[0].end, t[sents[0].start:sents[0].end],
              "ASSAULT", killed, modality="asserted", claimed_by="outlet", place="Eastport",
              date="2024-02-27", target_actor_ids=(RESIDENTS.id,)),
        Event("e_rebuild", a.id, s(rebuild), content.start, content.end, content.text, "AID",
              rebuild, modality="future", claimed_by=LIND.id, quote_id=quote.id,
              source_actor_ids=(LIND.id,), source=Span(lind.start, lind.end, lind.text)),
        Event("e_urge", a.id, s(urged), sents[-1].start, sents[-1].end, t[sents[-1].start:],
              "REQUEST", urged, modality="asserted", claimed_by="outlet",
              target_actor_ids=(COUNCIL.id,), source=opposition, target=council),
    )
    fiasco, mayor = text_span(t, "a fiasco"), text_span(t, "Mayor")
    framing = (
        FramingMark("fr_fiasco", a.id, s(fiasco), fiasco.start, fiasco.end, fiasco.text,
                    "loaded_label", voice="outlet", note="the outlet's word, not a quote"),
        FramingMark("fr_mayor", a.id, s(mayor), mayor.start, mayor.end, mayor.text, "honorific",
                    refers_to=LIND.id),
    )
    return Analysis(article=a, sentences=sents, mentions=mentions,
                    actors=(EASTPORT, LIND, COUNCIL, RESIDENTS),
                    quotes=(quote,), figures=(figure,), events=events, framing=framing)


def second_analysis() -> Analysis:
    """Another outlet's report of the same toll, two days later and with a different figure."""
    t = SECOND_TEXT
    a = Article.create(t, title="Eastport toll climbs to 45", outlet="Morning Wire",
                       published="2024-03-03")
    sents = split_sentences(t)
    fig, killed, eastport = text_span(t, "45 people"), text_span(t, "killed"), text_span(t, "Eastport")
    urged, council = text_span(t, "urged"), text_span(t, "The council")
    return Analysis(
        article=a, sentences=sents, actors=(EASTPORT, COUNCIL, RESIDENTS),
        mentions=(Mention("m2_eastport", a.id, 0, eastport.start, eastport.end, eastport.text, "GPE",
                          actor_id=EASTPORT.id),
                  Mention("m2_council", a.id, 1, council.start, council.end, council.text,
                          "NOMINAL", actor_id=COUNCIL.id, kind="nominal")),
        figures=(Figure("f2_45", a.id, 0, fig.start, fig.end, fig.text, 45, 45, unit="people",
                        measure="killed", group="people", place="Eastport",
                        attribution="the regional health office"),),
        events=(Event("e2_killed", a.id, 0, sents[0].start, sents[0].end, t[sents[0].start:sents[0].end],
                      "ASSAULT", killed, place="Eastport", date="2024-02-27",
                      target_actor_ids=(RESIDENTS.id,)),
                Event("e2_urge", a.id, 1, sents[1].start, sents[1].end, t[sents[1].start:],
                      "REQUEST", urged, target_actor_ids=(COUNCIL.id,))),
    )


def third_analysis() -> Analysis:
    """A third outlet with a lower toll: it disagrees with the two before."""
    t = THIRD_TEXT
    a = Article.create(t, title="Eastport officials give lower toll", outlet="Evening Star",
                       published="2024-03-04")
    fig, killed = text_span(t, "38 people"), text_span(t, "killed")
    return Analysis(
        article=a, sentences=split_sentences(t), actors=(RESIDENTS,),
        figures=(Figure("f3_38", a.id, 0, fig.start, fig.end, fig.text, 38, 38, unit="people",
                        measure="killed", group="people", place="Eastport",
                        attribution="officials"),),
        events=(Event("e3_killed", a.id, 0, 0, len(t), t, "ASSAULT", killed, place="Eastport",
                      date="2024-02-28", target_actor_ids=(RESIDENTS.id,)),),
    )


def html_analysis() -> Analysis:
    """An article whose text and title carry HTML and script tags: they must stay inert text."""
    t = HTML_TEXT
    a = Article.create(t, title=HTML_TITLE, outlet="Westvale <i>Herald</i>", published="2024-02-20",
                       url="javascript:alert(1)")
    fig, place = text_span(t, "about 300 people"), text_span(t, "Westvale")
    return Analysis(
        article=a, sentences=split_sentences(t), actors=(WESTVALE,),
        mentions=(Mention("mh_westvale", a.id, 0, place.start, place.end, place.text, "GPE",
                          actor_id=WESTVALE.id),),
        figures=(Figure("fh_300", a.id, 2, fig.start, fig.end, fig.text, 300, 300, qualifier="about",
                        unit="people", measure="protesters", attribution="Organisers"),),
    )


ODD_TEXT = (
    "Zoë O'Hara & the \"Northmere Alliance\" said <on Monday> that 0.00001 percent of the "
    "harbour fund, some 20 quadrillion dollars, was lost. \"We deny it,\" said Ravi Sen of "
    "Southmere's port board \u2013 a claim the 'watchdog' called a scandal. Troops shelled the "
    "hills near Lowmarsh.\n\nAbout 0.3 percent of residents fled."
)
NORTHMERE = Actor(id="XNM/alliance o'hara", name="Northmere Alliance <NMA>", type="organisation",
                  country="XNM", sectors=("OPP", "CVL"))
SEN = Actor(id="XSM_SEN", name="Ravi Sen", type="person", country="XSM", sectors=("BUS",),
            members=("XSM", "XSM_PORT"), source="user")


def odd_values_analysis() -> Analysis:
    """An article whose records carry what rendering can get wrong: quotes, apostrophes, '&'
    and '<' in text, names and ids; non-ASCII; floats of every size; unresolved actor ids;
    nested and overlapping spans; a denied quote and an event coded from its place."""
    t = ODD_TEXT
    a = Article.create(t, title="Fund \"lost\" & O'Hara's <claim>", outlet="Harbour & Co",
                       published="2024-05-06", byline="A. Writer <desk>", url="http://example.invalid/a?b=1&c='2'")
    sents = split_sentences(t)

    def s(span: Span) -> int:
        return sentence_of(sents, span.start)

    zoe, alliance, sen = text_span(t, "Zoë O'Hara"), text_span(t, "\"Northmere Alliance\""), text_span(t, "Ravi Sen")
    mentions = (
        Mention("m_zoe", a.id, s(zoe), zoe.start, zoe.end, zoe.text, "PERSON", confidence=0.123456789),
        Mention("m_alliance", a.id, s(alliance), alliance.start, alliance.end, alliance.text, "ORG",
                actor_id=NORTHMERE.id, confidence=0.30000000000000004),
        Mention("m_sen", a.id, s(sen), sen.start, sen.end, sen.text, "PERSON", actor_id=SEN.id),
    )
    content, cue = text_span(t, "We deny it,"), text_span(t, "said", 1)
    quote = Quote("q_sen", a.id, s(content), content.start - 1, sen.end, "direct", content, cue=cue,
                  cue_lemma="say", speaker=sen, speaker_actor_id=SEN.id, confidence=0.95, stance="denied")
    small, huge, share = (text_span(t, "0.00001 percent"), text_span(t, "20 quadrillion dollars"),
                          text_span(t, "About 0.3 percent of residents"))
    figures = (
        Figure("f_small", a.id, s(small), small.start, small.end, small.text, 1e-05, 1e-05,
               unit="percent", kind="percent", attribution="Zoë O'Hara & the alliance",
               attribution_actor_id=NORTHMERE.id),
        Figure("f_huge", a.id, s(huge), huge.start, huge.end, huge.text, 2e16, 2.5e16, qualifier="some",
               unit="dollars", kind="money", time_scope="since <2020>", quote_id="q_missing"),
        Figure("f_share", a.id, s(share), share.start, share.end, share.text, 0.1 + 0.2, 0.3,
               qualifier="about", unit="percent", measure="displaced", group="residents",
               group_actor_id="XLM_CVL", perpetrator="the \"troops\"", part_of="f_huge",
               stance="negated", confidence=2.5e-07),
    )
    shelled, troops, hills = text_span(t, "shelled"), text_span(t, "Troops"), text_span(t, "the hills")
    deny = text_span(t, "deny")
    events = (
        Event("e_shell", a.id, s(shelled), troops.start, hills.end, t[troops.start:hills.end], "ASSAULT",
              shelled, mode="aerial", contexts=("military", "a&b"), cameo="195", quad_class=4,
              goldstein=-9.5, source_actor_ids=("XLM",), target_actor_ids=("XLM_CVL", SEN.id),
              source=troops, target=hills, place="Lowmarsh", date="2024-05-05", source_basis="place",
              acled_type="Explosions/Remote violence", acled_subtype="Shelling/artillery/missile attack",
              scope="acled", confidence=1e-09),
        Event("e_deny", a.id, s(deny), content.start, content.end, content.text, "ACCUSE", deny,
              modality="negated", claimed_by=SEN.id, quote_id=quote.id, stance="denied",
              source_actor_ids=(SEN.id,), source=sen, goldstein=0.0, parent_id="e_shell"),
    )
    scandal, watchdog = text_span(t, "a scandal"), text_span(t, "'watchdog'")
    framing = (
        FramingMark("fr_scandal", a.id, s(scandal), scandal.start, scandal.end, scandal.text,
                    "loaded_label", voice=SEN.id, note="a <loaded> word & more"),
        FramingMark("fr_watchdog", a.id, s(watchdog), watchdog.start, watchdog.end, watchdog.text,
                    "scare_quotes", refers_to=NORTHMERE.id),
    )
    return Analysis(article=a, sentences=sents, mentions=mentions, actors=(NORTHMERE, SEN),
                    quotes=(quote,), figures=figures, events=events, framing=framing,
                    pipeline={"version": "0.0-test", "model": "none & \"fake\""})


@dataclass(frozen=True)
class Sample:
    db: Path
    main: str
    second: str
    third: str
    html: str


def build_store(path: Path) -> Sample:
    """A database with the three analyses above and filler articles for pagination."""
    from newsledger.storage.store import Store

    main, second, third, html = main_analysis(), second_analysis(), third_analysis(), html_analysis()
    with Store(path) as store:
        for an in (main, second, third, html):
            store.add(an)
        for i in range(N_FILLER):
            text = article_text(i, words=40)
            art = Article.create(text, title=f"Filler report {i}", outlet=("Filler Times", "Filler Post")[i % 2],
                                 published=f"2023-01-{i % 28 + 1:02d}")
            store.add(Analysis(article=art, sentences=split_sentences(text)))
    return Sample(db=path, main=main.article.id, second=second.article.id, third=third.article.id,
                  html=html.article.id)


class FakePipeline:
    """Stands in for the pipeline in POST tests: records nothing, rejects texts starting 'bad'."""

    def analyze_text(self, text: str, **meta: Any) -> Analysis:
        if text.startswith("bad"):
            raise InputError("<text>", "not English (only 2% English function words); skipped")
        return Analysis(article=Article.create(text, **meta))



def web_client(app: Any) -> Any:
    """A FastAPI TestClient of ``app`` on http://127.0.0.1."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette now prefers httpx2
        from fastapi.testclient import TestClient

    return TestClient(app, base_url="http://127.0.0.1")


def inline_or_remote_assets(html: str) -> list[str]:
    """What in a page breaks the Content-Security-Policy or loads from another origin: inline or
    remote scripts, inline event handlers and styles, links to assets elsewhere."""
    problems = [f"inline or remote script: {tag}" for tag in re.findall(r"<script\b[^>]*>", html)
                if not re.search(r'\ssrc="/', tag)]
    tags = re.findall(r"<[a-zA-Z][^>]*>", html)
    problems += [f"inline event handler: {tag}" for tag in tags if re.search(r"\son[a-z]+\s*=", tag)]
    problems += [f"inline style: {tag}" for tag in tags if "style=" in tag]
    if re.search(r'(src|href)="(https?:)?//', html.replace('href="https://example.invalid/floods"', "")):
        problems.append("asset from another origin")
    return problems


def actor_data(*actors_files: str | Path) -> Any:
    """The actor stage's data loaded afresh: the packaged dictionary merged with ``actors_files``."""
    from newsledger.config import Settings
    from newsledger.resources import Resources
    from newsledger.stages.actors import ActorsStage

    settings = Settings(actors_files=tuple(str(p) for p in actors_files))
    return ActorsStage().load(settings, Resources(settings.data_files))


def actor_layer(doc: Any, data: Any = None) -> Any:
    """The actor layer of a parsed document, with ``data`` (default: the default pipeline's)."""
    from newsledger.stages.actors import ActorsStage

    return ActorsStage().run(doc, data if data is not None else stage_data("actors"), {})


ROW_KINDS = frozenset({"positive", "negative", "near miss"})


def acled_subtype(text: str) -> str | None:
    """The ACLED sub-event type (or outside-ACLED scope) of a text's main event, as the ACLED
    evaluation picks it (None: no main event), by the shared default pipeline; like the evaluation, with
    no language check (a headline of names and verbs has too few English function words to pass it)."""
    from newsledger.evaluation.acled import predict

    return predict(pipeline().analyze(Article.create(text))).subtype


def acled_subtype_at(text: str, predicate: str) -> str | None:
    """The ACLED sub-event type (or outside-ACLED scope) of the event of ``text`` whose predicate is the word
    ``predicate`` (the first such event; None when there is none or it has neither), by the shared default
    pipeline: one event of a sentence that tells two."""
    events = pipeline().analyze(Article.create(text)).events
    event = next((e for e in events if e.predicate.text.lower() == predicate.lower()), None)
    if event is None:
        return None
    return event.acled_subtype if event.scope == "acled" else event.scope


def row_kinds(rows: Any) -> dict[str, set[str]]:
    """The kinds of row ("positive", "negative", "near miss") each rule of a test table has, the
    rule being a row's first field and the kind its second."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        kinds.setdefault(row[0], set()).add(row[1])
    return kinds


def incomplete_rules(rows: Any) -> list[str]:
    """The rules of a test table that lack a positive, a negative or a near-miss row."""
    return [rule for rule, seen in row_kinds(rows).items() if seen != {"positive", "negative", "near miss"}]


def rule_params(rows: Any) -> list[Any]:
    """A rule table's rows (rule, kind, text, expected) as pytest parameters named by rule, kind and
    the text's start."""
    return [pytest.param(*r, id=f"{r[0]}:{r[1]}:{r[2][:30]}") for r in rows]


# a PLOVER probe row's expected (type, source codes, target codes)
Triple = tuple[str, tuple[str, ...], tuple[str, ...]]


def counted_events(text: str) -> list[Any]:
    """The counted events of ``text`` analysed as one article, most confident first, as the PLOVER
    evaluation counts them (no language check)."""
    from newsledger.evaluation.events import predictions

    return predictions(pipeline().analyze(Article.create(text)))


# a row of an ACCUSE class probe: (id, text, "ACCUSE" | "-" | "NONE", source codes, target codes)
AccuseRow = tuple[str, str, str, str, str]


def accuse_counted(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
    """The (type, source, target) of every counted event of ``text`` but NONE."""
    return [(e.plover, e.source, e.target) for e in counted_events(text) if e.plover != "NONE"]


def accuse_row_holds(row: AccuseRow) -> bool:
    """An ACCUSE class probe row holds: ``ACCUSE`` when some counted event is ACCUSE; ``NONE`` when there
    is no counted event; ``-`` when no counted event is ACCUSE."""
    _rid, text, plover, _source, _target = row
    preds = accuse_counted(text)
    if plover == "NONE":
        return not preds
    if plover == "-":
        return all(p[0] != "ACCUSE" for p in preds)
    return any(p[0] == "ACCUSE" for p in preds)


def accuse_probe_scores(rows: list[AccuseRow]) -> dict[str, float]:
    """Rows right, ACCUSE rows right and the ACCUSE triple right (some counted ACCUSE event with the row's
    source and target; a ``NONE`` / ``-`` row's triple is right when the row holds), as shares."""
    right = accuse = accuse_n = triple = 0
    for row in rows:
        ok = accuse_row_holds(row)
        right += ok
        if row[2] == "ACCUSE":
            accuse_n += 1
            accuse += ok
            want = ("ACCUSE", frozenset(row[3].split()), frozenset(row[4].split()))
            triple += want in accuse_counted(row[1])
        else:
            triple += ok
    return {"rows": float(len(rows)), "right": right / len(rows), "accuse": accuse / accuse_n,
            "triple": triple / len(rows)}


# a rule row of the real-set rule tests (set 3p, set 4p): (rule, kind, plover, text, expected triple or None)
RuleRow = tuple[str, str, str, str, Triple | None]


def rule_row_holds(row: RuleRow) -> bool:
    """A rule row holds: with ``expected`` (type, source codes, target codes), some counted event has that
    triple; with ``expected`` None, no counted event is of the row's PLOVER type."""
    _rule, _kind, plover, text, expected = row
    preds = [p for p in counted_events(text) if p.plover != "NONE"]
    if expected is None:
        return all(p.plover != plover for p in preds)
    return any((p.plover, p.source, p.target) == (expected[0], frozenset(expected[1]), frozenset(expected[2]))
               for p in preds)


def probe_ok(rule: str, kind: str, text: str, expected: Triple | None) -> bool:
    """A PLOVER probe row holds: with ``expected`` None, no counted event of the rule's type (the
    rule's first word); otherwise the most confident counted event is the expected triple."""
    preds = counted_events(text)
    if expected is None:
        return all(p.plover != rule.split()[0] for p in preds)
    if not preds:
        return False
    top = preds[0]
    return (top.plover, top.source, top.target) == (expected[0], frozenset(expected[1]), frozenset(expected[2]))


# the ACLED sub-event types and outside-ACLED categories, as the ACLED probes write them
AC = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
AIR = "Air/drone strike"
SHL = "Shelling/artillery/missile attack"
REM = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
GRN = "Grenade"
CHM = "Chemical weapon"
ATK = "Attack"
ABD = "Abduction/forced disappearance"
SEX = "Sexual violence"
PEA = "Peaceful protest"
PWI = "Protest with intervention"
EXF = "Excessive force against protesters"
VDM = "Violent demonstration"
MOB = "Mob violence"
AGR = "Agreement"
ARR = "Arrests"
CHG = "Change to group/activity"
DIS = "Disrupted weapons use"
HQ = "Headquarters or base established"
LOO = "Looting/property destruction"
NVT = "Non-violent transfer of territory"
OTH = "Other"
ORG = "organised_crime"
NAT = "natural_disaster"
MAN = "man_made_disaster"
DIP = "diplomacy"
CLM = "claim_of_responsibility"
# a probe row's label when the snippet holds no ACLED event (a verdict, a drill, a debunked rumour)
NONE = "no ACLED event"
OUTSIDE_ACLED = frozenset({ORG, NAT, MAN, DIP, CLM})


def acled_row_holds(label: str, text: str) -> bool:
    """An ACLED probe row holds: the main event's sub-event type (or outside-ACLED scope) is
    ``label``; with ``NONE``, the main event is no ACLED event (none at all, or one outside ACLED)."""
    got = acled_subtype(text)
    if label == NONE:
        return got is None or got in OUTSIDE_ACLED
    return got == label


def acled_family_holds(label: str, text: str) -> bool:
    """An ACLED probe row's family holds: the main event's ACLED event type (or ``outside ACLED``) is the
    one ``label`` belongs to (by the CASE code table); with ``NONE``, no main event or one outside ACLED."""
    from newsledger.evaluation.acled import CASE_CODES, OUTSIDE, predict

    got = predict(pipeline().analyze(Article.create(text))).family
    if label == NONE:
        return got is None or got == OUTSIDE
    return got == {sub: fam for fam, sub in CASE_CODES.values()}[label]


def acled_main_parties(text: str) -> tuple[str | None, str | None]:
    """The words of the source and of the target of a text's main event as the ACLED evaluation picks it
    (None where the event has no such span, or there is no main event)."""
    from newsledger.evaluation.acled import main_event

    e = main_event(pipeline().analyze(Article.create(text)))
    if e is None:
        return None, None
    return (e.source.text if e.source else None), (e.target.text if e.target else None)


def acled_probe_params(rows: Any, gaps: Any) -> list[Any]:
    """An ACLED probe's rows (label, shape or style, text) as pytest parameters, those in
    ``gaps`` (by text) as strict xfails; a mapping of gaps gives each its reason."""
    import pytest

    def reason(text: str) -> str:
        return str(gaps[text]) if isinstance(gaps, dict) else "probe gap"

    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason(row[2])), id=f"{row[0]}:{row[1]}:{row[2][:30]}")
            if row[2] in gaps else pytest.param(*row, id=f"{row[0]}:{row[1]}:{row[2][:30]}") for row in rows]


def acled_probe_covers_every_label(rows: Any, gaps: Any) -> bool:
    """An ACLED probe has at least five rows for each of the 29 labels, and its gaps are rows."""
    labels = {r[0] for r in rows}
    return (len(labels) == 29 and all(sum(r[0] == label for r in rows) >= 5 for label in labels)
            and set(gaps) <= {r[2] for r in rows})


# the type of a probe row whose sentence should give no counted event (negated, not done)
NO_EVENT = "NONE"


def triple_row_result(row: tuple[str, str, str, tuple[str, ...], tuple[str, ...]]) -> tuple[bool, bool]:
    """(type right, triple right) for one PLOVER probe row (id, text, type, source codes, target
    codes), from the most confident counted event; a row of type ``NO_EVENT`` holds when there is
    no counted event at all."""
    _rid, text, plover, source, target = row
    preds = counted_events(text)
    if plover == NO_EVENT:
        return not preds, not preds
    if not preds:
        return False, False
    top = preds[0]
    type_ok = top.plover == plover
    return type_ok, type_ok and (top.source, top.target) == (frozenset(source), frozenset(target))


def plover_probe_scores(rows: Any) -> dict[str, float]:
    """The PLOVER evaluation's metrics on probe ``rows`` (id, text, type, source codes, target
    codes), as ``evaluation.events.score`` gives them on dev records (type accuracy of the most
    confident counted event, triple and actor F1 over every counted event), with the main event's
    triple accuracy, the share of rows with no counted event and the number of rows."""
    from newsledger.evaluation.events import GoldEvent, score

    gold = [GoldEvent(r[0], r[1], r[2], frozenset(r[3]), frozenset(r[4])) for r in rows]
    preds = [counted_events(r[1]) for r in rows]
    scores = score(gold, preds)
    scores["triple_accuracy"] = sum(
        bool(p) and (p[0].plover, p[0].source, p[0].target) == (g.plover, g.source, g.target)
        for g, p in zip(gold, preds, strict=True)) / len(gold)
    scores["no_event_rate"] = sum(not p for p in preds) / len(gold)
    scores["rows"] = float(len(gold))
    return scores


PloverRow = tuple[str, str, str, tuple[str, ...], tuple[str, ...]]


def plover_row(rid: str, text: str, plover: str, source: str, target: str) -> PloverRow:
    """A PLOVER probe row: id ``CODE-construction``, text, PLOVER type, source and target codes
    (space-separated, "" for none)."""
    return rid, text, plover, tuple(source.split()), tuple(target.split())


def cameo_probe_layout(rows: Any, gaps: dict[str, str], constructions: tuple[str, ...]) -> dict[str, Any]:
    """How a CAMEO-code probe's rows (ids ``CODE-construction``) are laid out: the row count, the
    largest count of one id, the codes' row counts, the constructions' row counts, the codes whose
    two rows share a construction, gaps naming no row and the PLOVER types used."""
    ids = Counter(row[0] for row in rows)
    kinds = Counter(rid.split("-")[1] for rid in ids)
    by_code: dict[str, set[str]] = {}
    for rid in ids:
        by_code.setdefault(rid.split("-")[0], set()).add(rid.split("-")[1])
    return {"rows": len(rows), "max_id": max(ids.values()), "codes": Counter(rid.split("-")[0] for rid in ids),
            "kinds": kinds, "same_kind": [c for c, k in by_code.items() if len(k) < 2],
            "unknown_kinds": set(kinds) - set(constructions), "stray_gaps": set(gaps) - set(ids),
            "types": {row[2] for row in rows}}


def plover_row_params(rows: Any, gaps: dict[str, str]) -> list[Any]:
    """A PLOVER probe's rows (id, text, type, source codes, target codes) as pytest parameters
    named by their id, the rows of ``gaps`` strict xfails with their failure class as reason."""
    return [pytest.param(r, id=r[0], marks=[pytest.mark.xfail(strict=True, reason=gaps[r[0]])] if r[0] in gaps else [])
            for r in rows]


def check_class_probe_rows(rows: Any, classes: dict[str, Any], gaps: dict[str, str], size: tuple[int, int],
                           min_positive: int) -> None:
    """A class probe's rows (id "class-NN", near misses "class-nN"): unique ids, ``size`` rows at
    least and at most, every gap a row, the classes exactly ``classes``, and each class with three
    near misses or more and ``min_positive`` other rows or more."""
    ids = [r[0] for r in rows]
    assert size[0] <= len(ids) == len(set(ids)) <= size[1]
    assert set(gaps) <= set(ids)
    assert set(Counter(rid.split("-")[0] for rid in ids)) == set(classes)
    seen = 0
    for name, members in classes.items():
        near = [r for r in members if "-n" in r[0]]
        assert len(near) >= 3 and len(members) - len(near) >= min_positive, name
        seen += 1
    assert seen == len(classes)


def plover_probe_shortfalls(rows: Any, measured: dict[str, float]) -> list[str]:
    """The PLOVER probe metrics of ``rows`` that fell below their ``measured`` figure (more than
    half a point; for the share of rows with no event, rose above it), or a changed row count."""
    scores = plover_probe_scores(rows)
    out = [] if scores["rows"] == measured["rows"] else [f"rows {scores['rows']}"]
    out += [f"{k} {scores[k]:.3f}" for k in ("type_accuracy", "triple_f1", "actor_f1") if scores[k] < measured[k] - 0.005]
    if scores["no_event_rate"] > measured["no_event_rate"] + 0.005:
        out.append(f"no_event_rate {scores['no_event_rate']:.3f}")
    return out


def triple_probe_scores(rows: Any) -> dict[str, float]:
    """Type accuracy and (type, source, target) accuracy of the main event over every row."""
    results = [triple_row_result(r) for r in rows]
    n = len(results)
    return {"type_accuracy": sum(t for t, _ in results) / n,
            "triple_accuracy": sum(x for _, x in results) / n, "rows": float(n)}


def mention_of(layer: Any, text: str, nth: int = 0) -> Any:
    """The ``nth`` mention of ``layer`` whose text is ``text`` (failing when there is none)."""
    found = [m for m in layer.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r} in {[m.text for m in layer.mentions]}"
    return found[nth]


def code_of(layer: Any, text: str, nth: int = 0) -> str | None:
    """The code (country and sectors) of the actor of the ``nth`` mention ``text``."""
    a = layer.actor(mention_of(layer, text, nth).actor_id)
    return a.code if a is not None else None


# -- web jobs (web/jobs.py) ---------------------------------------------------------------------

class EchoPipeline:
    """A pipeline that analyses nothing: refuses texts starting 'bad' (an input error), fails on
    'crash' (a bug); picklable, for the web app's lane processes."""

    def analyze_text(self, text: str, **meta: Any) -> Any:
        from newsledger.errors import InputError
        from newsledger.records import Analysis, Article

        if text.startswith("bad"):
            raise InputError("<text>", "not English")
        if text.startswith("crash"):
            raise ValueError("a bug")
        return Analysis(article=Article.create(text, **meta))


class EchoFactory:
    def __call__(self) -> EchoPipeline:
        return EchoPipeline()


def synthetic_ledger_db(db: Path, n: int, seed: int) -> Path:
    """A store of ``n`` synthetic articles from the ledger benchmark's generator (its actors, then
    the articles of a world drawn with ``seed``), as the ledger tests build on."""
    import random
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from bench_ledger import generate, insert, make_world, populate

    rng = random.Random(seed)
    populate(db, 0, seed)
    with Store(db) as store:
        for rows in generate(n, rng, make_world(random.Random(seed)), chunk=100):
            insert(store.conn, rows)
    return db


# -- whole-article speaker probes (tests/stages/quotes/test_article_*.py) ----------------------

# (construction, quoted words, expected speaker words)
ArticleCheck = tuple[str, str, str]
# (article id, paragraphs (the first is the headline), checks)
ProbeArticle = tuple[str, tuple[str, ...], tuple[ArticleCheck, ...]]
ArticleRow = tuple[str, str, str, str]  # article id, construction, quoted words, expected


def speaker_names(an: Any, words: str) -> tuple[bool, list[str]]:
    """(a quote covers half the words or more, the speaker as written and its actor's name)."""
    start = an.article.text.find(words)
    assert start >= 0 and an.article.text.find(words, start + 1) < 0, words
    end = start + len(words)

    def shared(q: Any) -> int:
        return min(end, q.content.end) - max(start, q.content.start)

    covering = [q for q in an.quotes if shared(q) >= len(words) / 2]
    if not covering:
        return False, []
    # the quote that is most nearly these words (an inner quote over the one around it)
    q = max(covering, key=lambda q: shared(q) / (max(end, q.content.end) - min(start, q.content.start)))
    actors = {a.id: a.name for a in an.actors}
    names = [q.speaker.text if q.speaker else "", actors.get(q.speaker_actor_id or "", "")]
    return True, [re.sub(r"\s+", " ", n) for n in names if n]


@dataclass(frozen=True)
class Fig:
    """A figure: the number as written."""

    number: str


@dataclass(frozen=True)
class Quo:
    """A quote: words it holds."""

    words: str


def number_span(text: str, number: str) -> tuple[int, int]:
    hits = [m.span() for m in re.finditer(rf"(?<![\w.,]){re.escape(number)}(?![\w]|[.,]\d)", text)]
    assert len(hits) == 1, (number, text)
    return hits[0]


def figure_names(an: Analysis, number: str) -> tuple[bool, list[str]]:
    """(a figure covers the number, [] for the outlet's voice or the source as written and its actor)."""
    start, end = number_span(an.article.text, number)
    figs = [f for f in an.figures if f.start < end and start < f.end]
    if not figs:
        return False, []
    f = min(figs, key=lambda f: f.end - f.start)
    if f.attribution == "unattributed":
        return True, []
    actors = {a.id: a.name for a in an.actors}
    return True, [n for n in (f.attribution, actors.get(f.attribution_actor_id or "")) if n]


def target_result(an: Analysis, target: Fig | Quo, expected: str | None) -> tuple[bool, bool]:
    """(the probe row's target was found, its source or speaker is ``expected``): a figure's source
    as written or its actor (None: the outlet's own voice), a quote's speaker (None: no quote over
    the words has one, which counts as found)."""
    if isinstance(target, Fig):
        found, names = figure_names(an, target.number)
        return found, found and (not names if expected is None else bool(names) and names_match(expected, names))
    found, names = speaker_names(an, target.words)
    if expected is None:
        return True, not (found and names)
    return found, found and names_match(expected, names)


def fig_quo_key(row: tuple[Any, ...]) -> tuple[str, str]:
    """A probe row's key: its construction and its target's number or words."""
    target = row[3]
    return row[0], target.number if isinstance(target, Fig) else target.words


def probe_accuracies(parts: list[tuple[str, list[tuple[bool, bool]]]], label: str) -> dict[str, float]:
    """A probe's measure, printed: for each part (name, the rows' (found, right)), the accuracy among
    the targets found and the share of rows right (a target not found is wrong)."""
    out: dict[str, float] = {}
    for name, results in parts:
        found = sum(f for f, _ in results)
        right = sum(ok for _, ok in results)
        out[f"{name}_accuracy"] = round(right / found, 3) if found else 0.0
        out[f"{name}_rows_right"] = round(right / len(results), 3)
        out[f"{name}_found"] = found
        out[f"{name}_rows"] = len(results)
    print(f"{label}:", out)
    return out


def assert_speaker(text: str, words: str, expected: str | None) -> None:
    """A quote over ``words`` of the analysed ``text`` is spoken by ``expected`` (``names_match``
    words); None: no quote over them has a speaker."""
    found, names = speaker_names(pipeline().analyze_text(text), words)
    if expected is None:
        assert not (found and names), (text, names)
    else:
        assert found and names_match(expected, names), (text, names)


def assert_probe_rows(keys: list[str], gaps: set[str], least: int) -> None:
    """A probe's rows by key: no two alike, at least ``least`` of them, and every gap one of them."""
    assert len(keys) == len(set(keys)) and len(keys) >= least
    assert gaps <= set(keys), gaps - set(keys)


def gap_params(rows: list[Any], key: Any, gaps: set[Any], reason: str) -> list[Any]:
    """Probe rows as test parameters (id: the first fields of the row), those whose ``key`` is in
    ``gaps`` strict xfails."""
    return [pytest.param(r, id=f"{r[0]}:{r[1]}:{r[2][:30]}",
                         marks=[pytest.mark.xfail(strict=True, reason=reason)] if key(r) in gaps else [])
            for r in rows]


def names_match(expected: str, names: list[str]) -> bool:
    words = [w.lower() for w in expected.split("|")]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", n.lower()) for w in words for n in names)


PROBES = Path(__file__).resolve().parents[1] / "eval" / "probes" / "claims"


def probe_misses(name: str, n_docs: int, floors: dict[str, float], ceilings: dict[str, float]) -> dict[str, Any]:
    """Run ``newsledger eval claims`` on the incident probe ``eval/probes/claims/<name>`` and
    return the metrics under their floor or over their ceiling (empty when all hold). Every
    metric of the claims evaluation must have a floor or a ceiling (the side gap is the gate's)."""
    from newsledger.evaluation.claims import METRICS, evaluate

    result = evaluate(PROBES / name, pipeline())
    m = result.metrics
    assert result.n_docs == n_docs
    assert set(floors) | set(ceilings) == set(METRICS) - {"framing_side_gap"}
    low = {k: (round(m[k], 3), floor) for k, floor in floors.items() if m[k] < floor}
    high = {k: (m[k], ceiling) for k, ceiling in ceilings.items() if m[k] > ceiling}
    return {**low, **high}
# -- victims (whose people a figure counts, whom an attack targets) ------------------------------
# An expected identity is one or more alternatives joined by "|", each "CTRY" (that country, no
# sector but civilians), "CTRY KIND" (that country and the sector KIND, "*" any sector), "-" (no
# actor, or one with no country and no sector but civilians) or "- KIND" (no country, sector KIND).


def _victim_alternatives(spec: str) -> list[tuple[str | None, str | None]]:
    out: list[tuple[str | None, str | None]] = []
    for alt in spec.split("|"):
        parts = alt.split()
        country = None if parts[0] == "-" else parts[0]
        out.append((country, parts[1] if len(parts) > 1 else None))
    return out


def victim_matches(actor: Any, spec: str) -> bool:
    country = actor.country if actor is not None else None
    sectors = set(actor.sectors) if actor is not None else set()
    for want_country, kind in _victim_alternatives(spec):
        if country != want_country:
            continue
        if kind is None and sectors <= {"CVL"}:
            return True
        if kind == "*" or (kind is not None and kind in sectors):
            return True
    return False


def _actor_code(actor: Any) -> str:
    return "none" if actor is None else (actor.code or f"<{actor.id}>")


def figure_victims(analysis: Any, key: str) -> tuple[bool, Any] | None:
    """The first casualty figure whose text holds ``key``, and its group's actor (None: no such figure)."""
    for f in analysis.figures:
        if f.is_casualty and key in f.text:
            return True, analysis.actor(f.group_actor_id)
    return None


def assault_targets(analysis: Any) -> list[Any] | None:
    """The target actors of the most confident top-level ASSAULT event (None: no ASSAULT event)."""
    hits = [e for e in analysis.events if e.plover == "ASSAULT" and e.parent_id is None]
    if not hits:
        return None
    top = max(hits, key=lambda e: e.confidence)
    return [analysis.actor(a) for a in top.target_actor_ids]


def check_victim_row(text: str, key: str | None, spec: str, event: bool) -> dict[str, str]:
    """Outcome of a row per check ("ok", "miss: CODE", "no figure", "no event")."""
    a = pipeline().analyze(Article.create(text))
    out: dict[str, str] = {}
    if key is not None:
        got = figure_victims(a, key)
        if got is None:
            out["figure"] = "no figure"
        else:
            out["figure"] = "ok" if victim_matches(got[1], spec) else f"miss: {_actor_code(got[1])}"
    if event:
        targets = assault_targets(a)
        if targets is None:
            out["event"] = "no event"
        else:
            ok = all(victim_matches(t, spec) for t in targets) if targets else victim_matches(None, spec)
            out["event"] = "ok" if ok else "miss: " + ",".join(_actor_code(t) for t in targets)
    return out


@contextmanager
def schema_up_to(monkeypatch: Any, version: int) -> Iterator[None]:
    """Inside: the newsledger of schema ``version`` (a store opened here migrates only that far),
    to make a database of a version before a migration under test."""
    from newsledger.storage import migrations

    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:version])
        m.setattr(migrations, "SCHEMA_VERSION", version)
        yield


# -- framing probes (tests/stages/test_framing_*probe.py, test_framing_epithets.py, ...) ----------


def _overlaps_mark(mark: FramingMark, start: int, end: int) -> bool:
    return mark.start < end and start < mark.end


def probe_marks(parse: Callable[..., ParsedDoc], text: str) -> list[FramingMark]:
    """The label marks of ``text`` through the real pipeline: no figure or blame marks (the
    probe is about wording that labels a party, place or act)."""
    out = stage_outputs(parse(text), pipeline())
    return [m for m in out["framing"] if m.kind not in ("unattributed_figure", "unattributed_blame")]


def row_result(marks: list[FramingMark], text: str, wording: tuple[str, ...], voice: str) -> tuple[int, int, int]:
    """(wordings marked in the right voice, wordings, marks over no expected wording)."""
    found, spans = 0, []
    for w in wording:
        start = text.index(w)
        spans.append((start, start + len(w)))
        hit = [m for m in marks if _overlaps_mark(m, start, start + len(w))]
        if any((m.voice == "outlet") == (voice == "outlet") for m in hit):
            found += 1
    extra = sum(1 for m in marks if not any(_overlaps_mark(m, s, e) for s, e in spans))
    return found, len(wording), extra


def probe_params(rows: list[tuple[str, str, str, tuple[str, ...], str]], gaps: set[str],
                 negative: str = "neg") -> list[object]:
    """The rows as test parameters, those in ``gaps`` strict xfails."""
    return [pytest.param(*row, id=f"{row[0]}-{row[1] or negative}-{i}",
                         marks=[pytest.mark.xfail(strict=True)] if row[2] in gaps else [])
            for i, row in enumerate(rows)]


def framing_row_right(parse: Callable[..., ParsedDoc], row: tuple[str, str, str, tuple[str, ...], str]) -> bool:
    """A framing probe's positive row with its wording marked in its voice; a near miss with nothing
    marked where it expects no wording, its wording in a quoted voice where it has one."""
    _, _, text, wording, voice = row
    marks = probe_marks(parse, text)
    found, wanted, _ = row_result(marks, text, wording, voice)
    return found == wanted and (bool(wording) or not marks)


def framing_probe_scores(parse: Callable[..., ParsedDoc], rows: list[tuple[str, str, str, tuple[str, ...], str]],
                         sides: Any, conflicts: dict[str, str]) -> dict[str, float]:
    """A framing class-by-side probe's recall of its positive rows, whole, by half, by class and by
    side; its near misses read wrong; and the largest gap between the two sides of a conflict."""
    right = {row[2]: framing_row_right(parse, row) for row in rows}
    out: dict[str, float] = {}

    def ratio(key: str, chosen: list[tuple[str, str, str, tuple[str, ...], str]]) -> None:
        out[key] = round(sum(right[r[2]] for r in chosen) / len(chosen), 3)

    positives = [r for r in rows if r[1]]
    for part in ("tune", "check"):
        ratio(f"recall_{part}", [r for r in positives if half(r[2]) == part])
    ratio("recall_whole", positives)
    for key in sorted({r[0] for r in rows}):
        ratio(f"class_{key}", [r for r in positives if r[0] == key])
    for key in sorted(sides):
        ratio(f"side_{key}", [r for r in positives if r[1] == key])
    out["near_misses_wrong"] = sum(not right[r[2]] for r in rows if not r[1])
    out["side_gap"] = max(abs(out[f"side_{a}"] - out[f"side_{b}"]) for a, b in conflicts.items())
    return out


def check_side_probe_rows(rows: list[tuple[str, str, str, tuple[str, ...], str]], sides: Any, n_classes: int) -> None:
    """A framing class-by-side probe's rows: ``n_classes`` classes, unique texts, a side exactly
    where a row has wording, every class written once for each side with three near misses or
    more, and rows in both halves."""
    classes: dict[str, list[str]] = {}
    for cls, side, text, wording, _ in rows:
        assert (side in sides) == bool(side) and (bool(wording) or not side), text
        classes.setdefault(cls, []).append(side)
    assert len(classes) == n_classes and len(rows) == len({r[2] for r in rows})
    for cls, written in classes.items():
        assert sorted(s for s in written if s) == sorted(sides), cls
        assert written.count("") >= 3, cls
    assert {half(r[2]) for r in rows} == {"tune", "check"}


def check_framing_floors(scores: dict[str, float], floors: dict[str, float]) -> None:
    """A framing class-by-side probe's scores at or above its floors (recall whole and check) and at
    or under its ceilings (side gap, near misses read wrong)."""
    assert scores["recall_whole"] >= floors["recall_whole"]
    assert scores["recall_check"] >= floors["recall_check"]
    assert scores["side_gap"] <= floors["side_gap"] + 1e-9
    assert scores["near_misses_wrong"] <= floors["near_misses_wrong"]


def check_row(parse: Callable[..., ParsedDoc], text: str, wording: tuple[str, ...], voice: str) -> None:
    """Every wording of a row marked in its voice; a negative row with no mark at all."""
    marks = probe_marks(parse, text)
    found, wanted, _ = row_result(marks, text, wording, voice)
    assert found == wanted
    if not wording:
        assert [m.text for m in marks] == []
