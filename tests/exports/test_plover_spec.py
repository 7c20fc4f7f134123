"""The PLOVER export against the PLOVER manual's vocabularies, on the sample corpus analysed by the
real pipeline, and the POLECAT-style flat table built from the same records."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger.batch import ingest
from newsledger.exports import export, export_spec, plover_problems
from newsledger.ledger import build_ledger
from newsledger.records import Actor
from newsledger.storage.store import Store

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"
SPEC = export_spec()
VOCAB = SPEC.vocabulary

# Facts of the PLOVER manual (draft 2.0), written out here independently of the data file the
# exporter reads, so that a wrong data file fails these tests.
MANUAL_MODES = {
    "AGREE": set(), "CONSULT": {"visit", "third-party", "multilateral", "phone"}, "SUPPORT": set(),
    "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"}, "ACCUSE": {"disapprove", "investigate", "allege"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional", "sideAB"},
}
MANUAL_CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking"}
MANUAL_ENTITY_CODES = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
MANUAL_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR",
                  "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
MANUAL_SCORES = {"AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
                 "RETREAT": 6.5, "REQUEST": 0, "ACCUSE": 3, "REJECT": -2, "THREATEN": -3.5,
                 "PROTEST": -5, "SANCTION": -6, "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9}
MANUAL_MODE_SCORES = {("CONSULT", "visit"): 4, ("ACCUSE", "disapprove"): -2, ("ASSAULT", "aerial"): -9.5,
                      ("RETREAT", "withdraw"): 8, ("COERCE", "martial-law"): -7.5}
ENTITY_FIELDS = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "religion",
                 "ethnicity", "office", "gender", "age"}
LOCATION_FIELDS = {"extracted_place", "resolved_place", "geonameid", "lat", "lon", "city", "district",
                   "province", "country", "country_code", "feature_class", "feature_code", "resolution"}


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store(tmp_path_factory.mktemp("samples") / "samples.db")
    report = ingest([SAMPLES], store)
    assert report.failed == 0
    build_ledger(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def records(sample_store: Store, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    path = tmp_path_factory.mktemp("plover") / "samples.jsonl"
    export(sample_store, "plover", path)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_vocabulary_file_holds_the_manuals_tables() -> None:
    assert {t: set(m) for t, m in VOCAB.modes.items()} == MANUAL_MODES
    assert set(VOCAB.contexts) == MANUAL_CONTEXTS and len(VOCAB.contexts) == 37
    assert set(VOCAB.entity_codes) == MANUAL_ENTITY_CODES
    assert set(VOCAB.sectors) == MANUAL_SECTORS and "HLH" not in VOCAB.sectors
    assert VOCAB.scores == {t: float(s) for t, s in MANUAL_SCORES.items()}
    checked = 0
    for (plover, mode), score in MANUAL_MODE_SCORES.items():
        assert VOCAB.scale(plover, [mode]) == score
        checked += 1
    assert checked == len(MANUAL_MODE_SCORES)
    assert set(SPEC.plover.actor_fields) == ENTITY_FIELDS
    assert set(SPEC.plover.location_fields) == LOCATION_FIELDS
    assert set(SPEC.plover.required) == {"id", "date", "actor", "event"}


def test_sample_corpus_export_conforms_to_the_manual(records: list[dict[str, Any]]) -> None:
    assert len(records) > 50
    iso = {r.strip() for r in VOCAB.country_codes}
    n_entities = 0
    for rec in records:
        assert plover_problems(rec, SPEC) == [], rec["id"]
        assert "source" not in rec and "actor" in rec
        (plover,) = rec["event"]
        assert set(rec.get("mode", [])) <= MANUAL_MODES[plover], rec["id"]
        assert set(rec.get("context", [])) <= MANUAL_CONTEXTS, rec["id"]
        modes = rec.get("mode", [])
        expected = (sum(MANUAL_MODE_SCORES.get((plover, m), VOCAB.scale(plover, [m]) or 0) for m in modes)
                    / len(modes)) if modes else MANUAL_SCORES[plover]
        assert rec["event_scale"] == pytest.approx(expected, abs=0.01)
        assert set(rec.get("event_loc", {})) <= LOCATION_FIELDS
        for obj in rec["actor"] + rec.get("recipient", []):
            n_entities += 1
            assert set(obj) <= ENTITY_FIELDS
            assert obj.get("code") != ""  # an unknown code is left out, never empty
            assert obj.get("code") is None or obj["code"] in iso | MANUAL_ENTITY_CODES
            sector = obj.get("sector", "")
            assert all(sector[i:i + 3] in MANUAL_SECTORS for i in range(0, len(sector), 3))
    assert n_entities > 100


def _entity_codes(records: list[dict[str, Any]]) -> dict[str, str | None]:
    return {o["identifier_text"]: o.get("code") for r in records for o in r["actor"] + r.get("recipient", [])}


def test_sample_corpus_organisations_take_table_5_1_codes(records: list[dict[str, Any]]) -> None:
    codes = _entity_codes(records)
    assert codes["European Union"] == "EUR" and codes["European Council"] == "EUR"
    assert codes["UN Security Council"] == "UNO" and codes["António Guterres"] == "UNO"
    assert codes["G7"] == "IGO" and codes["G20"] == "IGO" and codes["African Union Commission"] == "IGO"
    assert codes["International Committee of the Red Cross"] == "NGO"
    assert codes["Ukraine"] == "UKR"  # a state keeps its country code
    # compound actors are listed member by member, each with its country
    assert "Estonia, Latvia and Lithuania governments" not in codes
    assert {codes["Estonia"], codes["Latvia"], codes["Lithuania"]} == {"EST", "LVA", "LTU"}


def test_sample_corpus_places_are_location_objects(records: list[dict[str, Any]]) -> None:
    locs = [r["event_loc"] for r in records if "event_loc" in r]
    kharkiv = {"extracted_place": "Kharkiv", "country": "Ukraine", "country_code": "UKR", "resolved_place": "Kharkiv",
               "geonameid": 706483}
    found = [loc for loc in locs if loc["extracted_place"] == "Kharkiv"]
    assert found and all(kharkiv.items() <= loc.items() for loc in found)
    assert all(abs(loc["lat"] - 49.98) < 0.1 and abs(loc["lon"] - 36.25) < 0.1 for loc in found)  # on the map
    # a place the gazetteer does not have keeps its words only, nothing is guessed
    assert any("geonameid" not in loc and "lat" not in loc for loc in locs)
    assert all("(" not in loc["extracted_place"] for loc in locs) and locs


@pytest.mark.parametrize(("plover", "raw", "modes"), [
    ("ASSAULT", ["aerial", "firearms"], ["aerial", "firearms"]),     # its own modes
    ("ASSAULT", ["deport", "seize"], []),                            # COERCE's modes: left out
    ("ASSAULT", ["massacre"], ["targeted"]),                         # renamed to the manual's mode
    ("COERCE", ["ban", "primitive"], ["restrict"]),                  # near miss: one kept, one not
    ("REJECT", ["disapprove", "change"], ["change"]),                # ACCUSE's mode left out
    ("AGREE", ["visit"], []),                                        # a type without modes
])
def test_modes_are_those_of_the_events_own_type(plover: str, raw: list[str], modes: list[str]) -> None:
    assert VOCAB.event_modes(plover, raw) == modes


@pytest.mark.parametrize(("raw", "contexts"), [
    (["military", "legal"], ["legal", "military"]),
    (["humanitarian", "resource", "political"], ["human_security", "natural_resource", "political_institutions"]),
    (["weather"], []),
    (["political_institutions", "political"], ["political_institutions"]),
])
def test_contexts_are_plovers(raw: list[str], contexts: list[str]) -> None:
    assert VOCAB.event_contexts(raw) == contexts


@pytest.mark.parametrize(("sectors", "sector"), [
    (("HLH",), "MED"), (("MED",), "JRN"), (("IGO", "GOV"), "GOV"), (("NGO", "HLH"), "SOCMED"),
    (("INS", "REB"), "REB"), (("GOV", "MIL", "COP"), "GOVMIL"), ((), ""), (("XYZ",), ""),
])
def test_sectors_are_plovers(sectors: tuple[str, ...], sector: str) -> None:
    assert VOCAB.sector(sectors) == sector


@pytest.mark.parametrize(("actor", "code"), [
    (Actor(id="org:eu", name="European Union", type="organisation", sectors=("IGO",)), "EUR"),
    (Actor(id="org:unicef", name="UNICEF", type="organisation", sectors=("IGO", "HLH")), "UNO"),
    (Actor(id="org:nato", name="NATO", type="organisation", sectors=("IGO", "MIL")), "IGO"),
    (Actor(id="org:msf", name="MSF", type="organisation", sectors=("NGO", "HLH")), "NGO"),
    (Actor(id="org:islamic-state", name="Islamic State", type="organisation", sectors=("REB",)), "IMG"),
    (Actor(id="sector:IGO", name="international organisation", type="group", sectors=("IGO",)), "IGO"),
    (Actor(id="state:XKX", name="Kosovo", type="state", country="XKX"), "KOS"),
    (Actor(id="RUS", name="Russia", type="state", country="RUS"), "RUS"),
    (Actor(id="sector:CVL", name="civilians", type="group", sectors=("CVL",)), None),
    (Actor(id="XEP", name="Eastport", type="state", country="XEP"), None),  # not a country code
])
def test_entity_codes(actor: Actor, code: str | None) -> None:
    assert VOCAB.entity_code(actor) == code


def test_polecat_table_has_one_row_per_event(sample_store: Store, records: list[dict[str, Any]],
                                             tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    export(sample_store, "polecat", tmp_path / "events.csv")
    with open(tmp_path / "events.csv", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        assert reader.fieldnames == [c.name for c in SPEC.polecat]
    assert len(rows) == len(records)
    by_id = {r["Event ID"]: r for r in rows}
    checked = 0
    for rec in records:
        row = by_id[rec["id"]]
        assert row["Event Type"] == rec["event"][0] and row["Event Date"] == rec["date"]
        assert row["Event Mode"] == ";".join(rec.get("mode", []))
        assert row["Actor Country"] == ";".join(o.get("code", "") for o in rec["actor"])
        checked += 1
    assert checked == len(records)
    export(sample_store, "polecat", tmp_path / "events.parquet")
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.num_rows == len(records)
    assert table.schema.field("Event Date").type == pa.date32()
    assert table.schema.field("Quad Code").type == pa.int64()
    assert table.schema.field("PLOVER Score").type == pa.float64()
    assert table.schema.field("Event Type").metadata[b"description"].startswith(b"filled")
