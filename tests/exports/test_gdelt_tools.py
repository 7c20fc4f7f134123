"""The GDELT export read the way GDELT users read GDELT's own files: pandas with GDELT's column
list and no header, and DuckDB with typed columns."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsledger.exports import export, export_spec
from newsledger.exports.gdelt import place_full_name
from newsledger.ledger import build_ledger
from tests.builders import market_strike_docs, store_docs

if os.environ.get("CI") == "true":  # the test extra: required in CI, skipped when missing locally
    import duckdb
    import pandas as pd
else:
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")

# GDELT 2.0's event table columns and their types (GDELT 2.0 Event Database codebook), written
# here independently of the exporter's data files.
GDELT_EVENT_TYPES = (
    [("GlobalEventID", "BIGINT"), ("Day", "INTEGER"), ("MonthYear", "INTEGER"), ("Year", "INTEGER"),
     ("FractionDate", "DOUBLE")]
    + [(f"Actor{i}{c}", "VARCHAR") for i in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")]
    + [("IsRootEvent", "INTEGER"), ("EventCode", "VARCHAR"), ("EventBaseCode", "VARCHAR"),
       ("EventRootCode", "VARCHAR"), ("QuadClass", "INTEGER"), ("GoldsteinScale", "DOUBLE"),
       ("NumMentions", "INTEGER"), ("NumSources", "INTEGER"), ("NumArticles", "INTEGER"), ("AvgTone", "DOUBLE")]
    + [(f"{p}Geo_{c}", t) for p in ("Actor1", "Actor2", "Action") for c, t in (
        ("Type", "INTEGER"), ("FullName", "VARCHAR"), ("CountryCode", "VARCHAR"), ("ADM1Code", "VARCHAR"),
        ("ADM2Code", "VARCHAR"), ("Lat", "DOUBLE"), ("Long", "DOUBLE"), ("FeatureID", "VARCHAR"))]
    + [("DATEADDED", "BIGINT"), ("SOURCEURL", "VARCHAR")])
GDELT_MENTION_TYPES = [
    ("GlobalEventID", "BIGINT"), ("EventTimeDate", "BIGINT"), ("MentionTimeDate", "BIGINT"),
    ("MentionType", "INTEGER"), ("MentionSourceName", "VARCHAR"), ("MentionIdentifier", "VARCHAR"),
    ("SentenceID", "INTEGER"), ("Actor1CharOffset", "INTEGER"), ("Actor2CharOffset", "INTEGER"),
    ("ActionCharOffset", "INTEGER"), ("InRawText", "INTEGER"), ("Confidence", "INTEGER"),
    ("MentionDocLen", "INTEGER"), ("MentionDocTone", "DOUBLE"), ("MentionDocTranslationInfo", "VARCHAR"),
    ("Extras", "VARCHAR")]
EVENT_COLUMNS = [c for c, _ in GDELT_EVENT_TYPES]
MENTION_COLUMNS = [c for c, _ in GDELT_MENTION_TYPES]


@pytest.fixture(scope="module")
def gdelt_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gdelt")
    store = store_docs(folder / "x.db", list(market_strike_docs().values()))
    build_ledger(store)
    export(store, "gdelt", folder / "out")
    store.close()
    return folder / "out"


def _one(folder: Path, suffix: str) -> Path:
    files = sorted(folder.glob(f"*{suffix}"))
    assert len(files) == 1, files
    assert files[0].name[:14].isdigit() and len(files[0].name) == 14 + len(suffix)
    return files[0]


def test_column_lists_match_the_spec_files() -> None:
    spec = export_spec()
    assert [c.name for c in spec.gdelt_events] == EVENT_COLUMNS and len(EVENT_COLUMNS) == 61
    assert [c.name for c in spec.gdelt_mentions] == MENTION_COLUMNS and len(MENTION_COLUMNS) == 16


def test_pandas_reads_the_event_file_with_gdelts_columns(gdelt_dir: Path) -> None:
    df = pd.read_csv(_one(gdelt_dir, ".export.CSV"), sep="\t", header=None, names=EVENT_COLUMNS,
                     dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})
    assert len(df) > 1
    # with a header line every column was text; now the numbers are numbers
    assert str(df["GlobalEventID"].dtype) == "int64" and str(df["Day"].dtype) == "int64"
    assert str(df["GoldsteinScale"].dtype) == "float64" and str(df["NumMentions"].dtype) == "int64"
    assert str(df["DATEADDED"].dtype) == "int64" and str(df["QuadClass"].dtype) == "int64"
    assert set(df["QuadClass"]) <= {1, 2, 3, 4}
    strike = df.loc[df["NumMentions"].idxmax()]
    assert strike["Day"] == 20240309 and strike["EventCode"] == "190"
    assert df["EventCode"].str.len().min() >= 2  # "04" keeps its leading zero


def test_pandas_reads_the_mention_file_with_gdelts_columns(gdelt_dir: Path) -> None:
    df = pd.read_csv(_one(gdelt_dir, ".mentions.CSV"), sep="\t", header=None, names=MENTION_COLUMNS)
    assert len(df) > 1
    assert str(df["GlobalEventID"].dtype) == "int64" and str(df["SentenceID"].dtype) == "int64"
    assert str(df["Confidence"].dtype) == "int64" and set(df["MentionType"]) <= {1, 2}


@pytest.mark.parametrize(("suffix", "types"), [(".export.CSV", GDELT_EVENT_TYPES),
                                                (".mentions.CSV", GDELT_MENTION_TYPES)])
def test_duckdb_reads_both_files_with_typed_columns(gdelt_dir: Path, suffix: str,
                                                    types: list[tuple[str, str]]) -> None:
    path = _one(gdelt_dir, suffix)
    columns = "{" + ", ".join(f"'{c}': '{t}'" for c, t in types) + "}"
    con = duckdb.connect()
    query = f"SELECT * FROM read_csv('{path}', delim='\t', header=false, quote='', columns={columns})"
    described = con.execute(f"DESCRIBE {query}").fetchall()
    assert [(r[0], r[1]) for r in described] == types
    ((n, first),) = con.execute(f"SELECT count(*), min(GlobalEventID) FROM ({query})").fetchall()
    assert n == len(path.read_text(encoding="utf-8").splitlines()) > 0 and first > 0


def test_action_geo_full_name_is_written_as_gdelt_does() -> None:
    countries = {"UKR": "Ukraine"}
    assert place_full_name("Kharkiv (UKR)", countries) == "Kharkiv, Ukraine"
    assert place_full_name("the Black Sea", countries) == "the Black Sea"
    assert place_full_name("Nowhere (XXX)", countries) == "Nowhere"  # near miss: unknown code
    assert place_full_name(None, countries) == ""
