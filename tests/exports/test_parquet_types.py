"""The Parquet export typed through explicit Arrow schemas: dates, timestamps, booleans and lists
as such, the same types in an empty table, descriptions in the field metadata; and the ledger
tables exported with the record tables, the ledger built first."""

from __future__ import annotations

import logging
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsledger.exports import export
from newsledger.ledger import LEDGER_TABLES, build_ledger, ledger_status
from newsledger.storage.arrow import storage_schema, table_columns, typed_columns
from newsledger.storage.rows import RECORD_TABLES
from newsledger.storage.store import Store
from tests.builders import market_strike_docs, store_docs

TS = pa.timestamp("us", tz="UTC")


@pytest.fixture
def full(tmp_path: Path) -> Path:
    store = store_docs(tmp_path / "full.db", list(market_strike_docs().values()))
    build_ledger(store)
    export(store, "parquet", tmp_path / "full")
    store.close()
    return tmp_path / "full"


def _type(folder: Path, table: str, column: str) -> pa.DataType:
    return pq.read_schema(folder / f"{table}.parquet").field(column).type


def test_columns_are_typed_by_what_they_hold(full: Path) -> None:
    expected = [("articles", "published", TS), ("articles", "analysed_at", TS),
                ("ledger_events", "date_start", pa.date32()), ("ledger_events", "first_published", TS),
                ("ledger_events", "outlets", pa.list_(pa.string())), ("actors", "sectors", pa.list_(pa.string())),
                ("claim_threads", "has_disagreement", pa.bool_()), ("events", "quad_class", pa.int64()),
                ("figures", "value_low", pa.float64()), ("events", "date", pa.string())]
    checked = 0
    for table, column, arrow_type in expected:
        assert _type(full, table, column) == arrow_type, (table, column)
        checked += 1
    assert checked == len(expected)
    articles = pq.read_table(full / "articles.parquet")
    assert all(v is not None and v.tzinfo is not None for v in articles.column("published").to_pylist())
    sectors = pq.read_table(full / "actors.parquet").column("sectors").to_pylist()
    assert ["MIL"] in sectors  # a JSON list read as a list


def test_fields_carry_their_description(full: Path) -> None:
    record = pq.read_schema(full / "quotes.parquet").field("record")
    assert record.metadata[b"format"] == b"json" and b"JSON" in record.metadata[b"description"]
    start = pq.read_schema(full / "ledger_events.parquet").field("date_start")
    assert start.metadata[b"description"].startswith(b"first day")


def test_an_empty_export_has_the_same_types(full: Path, tmp_path: Path) -> None:
    empty = Store(tmp_path / "empty.db")
    build_ledger(empty)
    export(empty, "parquet", tmp_path / "empty")
    empty.close()
    tables = (*RECORD_TABLES, *LEDGER_TABLES)
    checked = 0
    for table in tables:
        a = pq.read_schema(full / f"{table}.parquet")
        b = pq.read_schema(tmp_path / "empty" / f"{table}.parquet")
        rows = pq.read_metadata(tmp_path / "empty" / f"{table}.parquet").num_rows
        assert rows == 0 or table == "ledger_state"  # the build marker
        assert [(f.name, f.type) for f in a] == [(f.name, f.type) for f in b], table
        checked += 1
    assert checked == len(tables)


def test_duckdb_reads_real_dates(full: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    ((year, n),) = con.execute(
        f"SELECT min(year(date_start)), count(*) FROM '{full / 'ledger_events.parquet'}'").fetchall()
    assert year == 2024 and n > 0
    ((days,),) = con.execute(
        f"SELECT max(date_end - date_start) FROM '{full / 'ledger_events.parquet'}'").fetchall()
    assert days >= 1


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_the_ledger_is_built_before_its_tables_are_exported(tmp_path: Path, fmt: str) -> None:
    store = store_docs(tmp_path / "x.db", list(market_strike_docs().values()))  # no ledger yet
    assert not ledger_status(store).built
    report = export(store, fmt, tmp_path / fmt)
    assert ledger_status(store).built
    names = {Path(f).name for f in report.files}
    assert {f"{t}.{fmt}" for t in (*RECORD_TABLES, *LEDGER_TABLES)} <= names
    store.close()


def test_a_read_only_store_without_ledger_says_so(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store_docs(tmp_path / "x.db", list(market_strike_docs().values())).close()
    with Store(tmp_path / "x.db", readonly=True) as store, caplog.at_level(logging.WARNING):
        report = export(store, "parquet", tmp_path / "out")
    names = {Path(f).name for f in report.files}
    assert "events.parquet" in names and "ledger_events.parquet" not in names
    assert "ledger tables are left out" in caplog.text


def test_storage_schema_and_unreadable_values() -> None:
    schema = storage_schema("events")
    assert schema.field("quad_class").type == pa.int64() and schema.field("goldstein").type == pa.float64()
    assert schema.field("date").type == pa.string()
    assert [f.name for f in schema] == [c[0] for c in table_columns()["events"]]
    cols = typed_columns("ledger_events", [{"date_start": "not a date", "outlets": '["A", "B"]'},
                                           {"date_start": "2024-03-09", "outlets": "[]"}])
    assert [str(d) if d else None for d in cols["date_start"]] == [None, "2024-03-09"]
    assert cols["outlets"] == [["A", "B"], []]
