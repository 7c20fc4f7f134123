"""Actor dictionaries and hand-made actor / event layers for the stage tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsledger.records import (
    Actor,
    Mention,
)
from tests.builders.basics import run_stage, stage_data

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


def mention_of(layer: Any, text: str, nth: int = 0) -> Any:
    """The ``nth`` mention of ``layer`` whose text is ``text`` (failing when there is none)."""
    found = [m for m in layer.mentions if m.text == text]
    assert len(found) > nth, f"no mention {text!r} in {[m.text for m in layer.mentions]}"
    return found[nth]


def check_words_country(layer: Any, words: str, country: str | None, why: object = None) -> None:
    """The mentions of ``layer`` holding ``words``: with ``country`` None, none has an actor of a
    country; otherwise the mention that is exactly ``words`` has an actor of ``country``."""
    found = [(m.text, layer.actor(m.actor_id)) for m in layer.mentions if m.actor_id and words in m.text]
    if country is None:
        assert all(a is None or a.country is None for _, a in found), (why, found)
    else:
        assert any(t == words and a is not None and a.country == country for t, a in found), (why, found)


def code_of(layer: Any, text: str, nth: int = 0) -> str | None:
    """The code (country and sectors) of the actor of the ``nth`` mention ``text``."""
    a = layer.actor(mention_of(layer, text, nth).actor_id)
    return a.code if a is not None else None
