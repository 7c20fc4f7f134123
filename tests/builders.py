"""Small builders shared by the tests (no fixtures here: see conftest.py)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

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


def pipeline(*data_files: str, **settings: Any) -> Any:
    """A ``Pipeline`` with default settings (plus ``settings``), shared by the tests that ask for
    the same thing: loading the model and the stages' data takes a second or two."""
    from newsledger.config import Settings
    from newsledger.pipeline import Pipeline

    key = (*data_files, *(f"{k}={v}" for k, v in sorted(settings.items())))
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(Settings(data_files=tuple(data_files), **settings))
    return _PIPELINES[key]


def stage_data(name: str) -> Any:
    """The loaded data of stage ``name`` in the default pipeline."""
    return pipeline().data[name]


def run_stage(name: str, doc: Any, **inputs: Any) -> Any:
    """Run stage ``name`` of the default pipeline over ``doc`` with the given inputs (the outputs
    of the stages it requires)."""
    p = pipeline()
    stage = next(s for s in p.stages if s.name == name)
    return stage.run(doc, p.data[name], inputs)


# -- actors

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
    """Write the small test actor dictionary (``TEST_DICTIONARY``) into ``folder``; its path."""
    path = folder / "test_actors.yaml"
    path.write_text(TEST_DICTIONARY, encoding="utf-8")
    return path


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


def code_of(layer: Any, text: str, nth: int = 0) -> str | None:
    """The code (country and sectors) of the actor of the ``nth`` mention ``text``."""
    a = layer.actor(mention_of(layer, text, nth).actor_id)
    return a.code if a is not None else None
