"""Exports against their column specifications: GDELT 2.0 events and mentions, PLOVER records,
and the ledger tables in CSV and Parquet."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.exports import (
    GDELT_EVENTS_FILE,
    GDELT_MENTIONS_FILE,
    export,
    export_spec,
    global_event_id,
    plover_problems,
)
from newsledger.ledger import LEDGER_TABLES, build_ledger
from newsledger.storage.store import Store
from tests.builders import RUS_MIL, Doc, market_strike_docs, store_docs

SPEC = export_spec()

# Facts of the public specifications, written out here independently of the data files the
# exporter reads, so that a wrong data file fails these tests.
GDELT_EVENT_COLUMNS_SPEC = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{i}{c}" for i in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{p}Geo_{c}" for p in ("Actor1", "Actor2", "Action") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"])
GDELT_MENTION_COLUMNS_SPEC = [
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"]
PLOVER_REQUIRED = {"id", "date", "actor", "event"}


@pytest.fixture
def built(tmp_path: Path) -> tuple[Store, dict[str, Doc]]:
    docs = market_strike_docs()
    undated = Doc("Troops attacked a checkpoint near Lomka, witnesses said.", None, None)
    undated.event("ASSAULT", "attacked", source=("Troops", RUS_MIL))
    docs["undated"] = undated
    store = store_docs(tmp_path / "x.db", list(docs.values()))
    build_ledger(store)
    return store, docs


def gdelt_file(folder: Path, kind: str) -> Path:
    (path,) = folder.glob(f"*{GDELT_EVENTS_FILE if kind == 'events' else GDELT_MENTIONS_FILE}")
    return path


def read_tsv(path: Path, header: list[str]) -> list[dict[str, str]]:
    """GDELT's files have no header line: the columns are the specification's."""
    split = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert [v for v in split if len(v) != len(header)] == []
    return [dict(zip(header, values, strict=True)) for values in split]


def test_column_data_files_match_the_specification() -> None:
    assert [c.name for c in SPEC.gdelt_events] == GDELT_EVENT_COLUMNS_SPEC
    assert len(GDELT_EVENT_COLUMNS_SPEC) == 61
    assert [c.name for c in SPEC.gdelt_mentions] == GDELT_MENTION_COLUMNS_SPEC
    assert set(SPEC.plover.required) == PLOVER_REQUIRED
    assert "recipient" in SPEC.plover.optional and "target" not in SPEC.plover.record_fields


def test_gdelt_events_table(built: tuple[Store, dict[str, Doc]], tmp_path: Path) -> None:
    store, _ = built
    report = export(store, "gdelt", tmp_path / "gdelt")
    rows = read_tsv(gdelt_file(tmp_path / "gdelt", "events"), GDELT_EVENT_COLUMNS_SPEC)
    assert rows[0]["GlobalEventID"].isdigit()  # no header line
    n_ledger = store.conn.execute("SELECT COUNT(*) FROM ledger_events").fetchone()[0]
    assert len(rows) == n_ledger - 1  # the undated report is left out
    # columns documented as empty are empty in every row
    empty = [c.name for c in SPEC.gdelt_events if not c.filled]
    assert "AvgTone" in empty and "Actor1Geo_Lat" in empty
    assert all(r[c] == "" for r in rows for c in empty)
    strike = max(rows, key=lambda r: int(r["NumMentions"]))
    assert strike["Day"] == "20240309" and strike["MonthYear"] == "202403" and strike["Year"] == "2024"
    assert strike["FractionDate"] == f"{2024 + (3 * 30 + 9) / 365:.4f}"
    assert (strike["NumMentions"], strike["NumSources"], strike["NumArticles"]) == ("6", "5", "5")
    assert strike["Actor1Code"] in ("RUS", "RUSMIL") and strike["Actor1CountryCode"] == "RUS"
    assert strike["EventCode"] == "190" and strike["EventBaseCode"] == "190" and strike["EventRootCode"] == "19"
    assert strike["QuadClass"] == "4" and strike["GoldsteinScale"] == "-10.0"
    assert strike["IsRootEvent"] == "1"
    assert strike["ActionGeo_FullName"] == "Verkhnia Dolyna"
    newest = max(r["DATEADDED"] for r in rows)  # GDELT names its files by their update stamp
    assert [Path(f).name for f in report.files] == [f"{newest}.export.CSV", f"{newest}.mentions.CSV"]
    assert strike["DATEADDED"] == "20240309100000"
    assert strike["SOURCEURL"] == "https://meridian.example/strike"
    checked = 0
    for r in rows:
        assert r["GlobalEventID"].isdigit() and len(r["Day"]) == 8
        assert r["EventRootCode"] == r["EventCode"][:2] and r["QuadClass"] in {"1", "2", "3", "4"}
        checked += 1
    assert checked == len(rows) > 0
    talks = next(r for r in rows if r["ActionGeo_FullName"] == "Istanbul")
    assert talks["EventCode"] == "04" and talks["Actor2Name"] == "Ukraine" and talks["GoldsteinScale"] == "1.0"
    assert talks["SOURCEURL"].startswith("newsledger:article:")
    assert report.rows == len(rows) + store.conn.execute("SELECT COUNT(*) FROM ledger_event_mentions").fetchone()[0] - 1


def test_gdelt_mentions_table(built: tuple[Store, dict[str, Doc]], tmp_path: Path) -> None:
    store, docs = built
    export(store, "gdelt", tmp_path / "gdelt")
    events = read_tsv(gdelt_file(tmp_path / "gdelt", "events"), GDELT_EVENT_COLUMNS_SPEC)
    rows = read_tsv(gdelt_file(tmp_path / "gdelt", "mentions"), GDELT_MENTION_COLUMNS_SPEC)
    assert len(rows) == store.conn.execute("SELECT COUNT(*) FROM ledger_event_mentions").fetchone()[0] - 1
    assert {r["GlobalEventID"] for r in rows} == {e["GlobalEventID"] for e in events}
    empty = [c.name for c in SPEC.gdelt_mentions if not c.filled]
    assert set(empty) == {"MentionDocTone", "MentionDocTranslationInfo"}
    assert all(r[c] == "" for r in rows for c in empty)
    texts = {d.article.id: d.text for d in docs.values()}
    by_event = {r["Extras"].split(";")[0].removeprefix("event_id="): r for r in rows}
    dnipro = docs["dnipro"]
    ev = dnipro.events[0]
    r = by_event[ev.id]
    text = dnipro.text
    assert r["MentionSourceName"] == "Dnipro Sentinel" and r["MentionType"] == "2"
    assert r["MentionTimeDate"] == "20240309174500"
    assert r["SentenceID"] == str(ev.sentence + 1) == "1"
    a1, a2, act = int(r["Actor1CharOffset"]), int(r["Actor2CharOffset"]), int(r["ActionCharOffset"])
    assert text[a1:a1 + len("Russian occupiers")] == "Russian occupiers"
    assert text[a2:a2 + len("civilians")] == "civilians"
    assert text[act:act + len("fired")] == "fired"
    assert r["MentionDocLen"] == str(len(text)) and r["Confidence"] == "100" and r["InRawText"] == "1"
    meridian = by_event[docs["meridian"].events[0].id]
    assert meridian["MentionType"] == "1" and meridian["MentionIdentifier"] == "https://meridian.example/strike"
    assert meridian["Actor2CharOffset"] == "-1"  # no target in that report
    events = {e.id: (d, e) for d in docs.values() for e in d.events}
    assert docs["undated"].events[0].id not in by_event
    checked = 0
    for event_id, row in by_event.items():
        d, e = events[event_id]
        off = int(row["ActionCharOffset"])
        assert texts[d.article.id][off:off + len(e.predicate.text)] == e.predicate.text
        checked += 1
    assert checked == len(by_event) > 0


def test_plover_records(built: tuple[Store, dict[str, Doc]], tmp_path: Path) -> None:
    store, docs = built
    path = tmp_path / "plover.jsonl.gz"
    report = export(store, "plover", path)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    assert len(records) == report.rows == store.conn.execute("SELECT COUNT(*) FROM ledger_events").fetchone()[0] - 1
    spec = SPEC.plover
    allowed = set(spec.record_fields)
    n_records = n_actors = 0
    for rec in records:
        assert PLOVER_REQUIRED <= rec.keys() and rec.keys() <= allowed
        assert plover_problems(rec, SPEC) == []
        assert len(rec["date"]) == 10 and rec["date"][4] == "-"
        assert isinstance(rec["event"], list) and rec["event"][0].isupper()
        assert "source" not in rec
        for obj in rec["actor"] + rec.get("recipient", []):
            assert obj.keys() <= set(spec.actor_fields) and "actor_text" not in obj
            n_actors += 1
        assert rec["quad_code"] in (1, 2, 3, 4)
        n_records += 1
    assert n_records == len(records) > 0 and n_actors > 0
    strike = max(records, key=lambda r: r["num_mentions"])
    assert strike["event"] == ["ASSAULT"] and strike["date"] == "2024-03-09" and strike["enddate"] == "2024-03-10"
    assert strike["num_sources"] == 5 and len(strike["mentions"]) == 6
    assert {o["identifier_id"] for o in strike["actor"]} == {"RUS", "RUS-MIL"}
    assert {o["code"] for o in strike["actor"]} == {"RUS"}
    mil = next(o for o in strike["actor"] if o["identifier_id"] == "RUS-MIL")
    assert mil["sector"] == "MIL" and mil["entity_text"] == "Russian forces"
    assert strike["context"] == ["military"] and strike["quad_code"] == 4
    assert strike["event_scale"] == -9  # PLOVER's ASSAULT score, not CAMEO 190's Goldstein -10
    assert strike["event_loc"] == {"extracted_place": "Verkhnia Dolyna"}
    first = docs["meridian"]
    assert strike["text"] == first.text[strike["text_info"]["start"]:strike["text_info"]["end"]]
    assert strike["cite_info"]["publication"] == "Meridian Wire"
    talks = next(r for r in records if r["event"] == ["CONSULT"])
    assert [o["identifier_text"] for o in talks["recipient"]] == ["Ukraine"] and talks["quad_code"] == 1


@pytest.mark.parametrize(("record", "problem"), [
    ({"date": "2024-03-09", "actor": [], "event": ["AGREE"]}, "missing required field id"),
    ({"id": "x", "date": "9 March", "actor": [], "event": ["AGREE"]}, "not YYYY-MM-DD"),
    ({"id": "x", "date": "2024-03-09", "actor": [], "event": ["AGREE"], "target": []}, "unknown field target"),
    ({"id": "x", "date": "2024-03-09", "source": [], "event": ["AGREE"]}, "missing required field actor"),
    ({"id": "x", "date": "2024-03-09", "actor": [{"code": "RUS", "country": "RUS"}], "event": ["AGREE"]},
     "unknown entity field country"),
    ({"id": "x", "date": "2024-03-09", "actor": [{"code": "RUS", "actor_text": "Moscow"}], "event": ["AGREE"]},
     "unknown entity field actor_text"),
    ({"id": "x", "date": "2024-03-09", "actor": [], "event": "AGREE"}, "event is not a list"),
    ({"id": "x", "date": "2024-03-09", "actor": [], "event": ["AGREE"], "quad_code": 7}, "quad_code"),
])
def test_plover_problems_catch_departures(record: dict[str, object], problem: str) -> None:
    assert any(problem in p for p in plover_problems(record, SPEC))


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_ledger_tables_are_exported(built: tuple[Store, dict[str, Doc]], tmp_path: Path, fmt: str) -> None:
    store, _ = built
    report = export(store, fmt, tmp_path / fmt)
    names = {Path(f).name for f in report.files}
    assert {f"{t}.{fmt}" for t in LEDGER_TABLES} <= names
    assert "events." + fmt in names  # the record tables are still there
    tables = ("ledger_events", "claim_thread_claims")
    checked = 0
    for table in tables:
        checked += 1
        n = store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        path = tmp_path / fmt / f"{table}.{fmt}"
        if fmt == "csv":
            with open(path, encoding="utf-8") as fh:
                rows = list(csv.DictReader(fh))
            assert len(rows) == n
        else:
            import pyarrow.parquet as pq

            t = pq.read_table(path)
            assert t.num_rows == n
            cols = [d[0] for d in store.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
            assert t.column_names == cols
    assert checked == len(tables)


def test_cli_export_gdelt_and_plover_build_the_ledger_first(tmp_path: Path) -> None:
    store = store_docs(tmp_path / "c.db", list(market_strike_docs().values()))
    store.close()
    runner = CliRunner()
    res = runner.invoke(cli, ["export", "--db", str(tmp_path / "c.db"), "--format", "gdelt",
                              "--out", str(tmp_path / "g")])
    assert res.exit_code == 0, res.output
    rows = read_tsv(gdelt_file(tmp_path / "g", "events"), GDELT_EVENT_COLUMNS_SPEC)
    assert rows
    res = runner.invoke(cli, ["export", "--db", str(tmp_path / "c.db"), "--format", "plover",
                              "--out", str(tmp_path / "p.jsonl")])
    assert res.exit_code == 0, res.output
    lines = (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(rows)
    res = runner.invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--format", "plover",
                              "--out", str(tmp_path / "q.jsonl")])
    assert res.exit_code == 2 and "not found" in res.stderr


def test_global_event_id_is_stable_and_integer() -> None:
    assert global_event_id("le_00000000000a") == 10
    assert global_event_id("le_ffffffffffff") == 2**48 - 1


def test_export_specs_are_checked_and_extendable(tmp_path: Path) -> None:
    from newsledger.errors import ConfigError
    from newsledger.resources import Resources

    good = tmp_path / "good.yaml"
    good.write_text("ledger/codes:\n  plover_quad: {NEWTYPE: 3}\n", encoding="utf-8")
    assert export_spec(Resources([good])).codes.plover_quad["NEWTYPE"] == 3   # positive
    assert "NEWTYPE" not in SPEC.codes.plover_quad                            # others unaffected
    bad = tmp_path / "bad.yaml"
    bad.write_text("ledger/codes:\n  plover_quads: {NEWTYPE: 3}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.yaml.*unknown key plover_quads"):  # near miss
        export_spec(Resources([bad]))


def test_event_outside_plover_is_no_plover_or_gdelt_record(tmp_path: Path) -> None:
    """A disaster or crime with no PLOVER type (plover "NONE") stays in the store, not in the
    PLOVER and GDELT exports; an ASSAULT beside it is exported."""
    flood = Doc("A flood hit the valley on Monday. Troops attacked a checkpoint near Lomka.",
                "example.org", "2024-05-06")
    flood.event("NONE", "flood")
    flood.event("ASSAULT", "attacked", source=("Troops", RUS_MIL), cameo="190")
    store = store_docs(tmp_path / "n.db", [flood])
    build_ledger(store)
    assert store.conn.execute("SELECT COUNT(*) FROM ledger_events WHERE plover = 'NONE'").fetchone()[0] == 1
    path = tmp_path / "plover.jsonl"
    export(store, "plover", path)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["event"] for r in records] == [["ASSAULT"]]
    out = tmp_path / "gdelt"
    export(store, "gdelt", out)
    rows = gdelt_file(out, "events").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 and "\t190\t" in rows[0]
