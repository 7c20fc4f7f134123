"""The data dictionary (docs/DATA_DICTIONARY.md) is generated from the migrations and kept current."""

from __future__ import annotations

from pathlib import Path

from newsledger.storage.catalog import catalog, markdown
from newsledger.storage.ledger_schema import LEDGER_TABLES
from newsledger.storage.migrations import MIGRATIONS, POSTGRES_ONLY
from newsledger.storage.rows import RECORD_TABLES, TABLE_COLUMNS

DOC = Path(__file__).resolve().parents[2] / "docs" / "DATA_DICTIONARY.md"


def test_data_dictionary_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == markdown(), (
        "regenerate: python -m newsledger.storage.catalog > docs/DATA_DICTIONARY.md")


def test_catalog_has_every_table_with_its_columns() -> None:
    listed = catalog()
    entries = {e.name: e for e in listed if not e.added}
    assert set(RECORD_TABLES) | set(LEDGER_TABLES) <= set(entries)
    checked = 0
    for table in RECORD_TABLES:
        # the columns of the creating migration, then those later migrations added, in order
        cols = [c[0] for e in listed if e.name == table for c in e.columns]
        assert cols == list(TABLE_COLUMNS[table]), table
        checked += 1
    assert checked == len(RECORD_TABLES)
    # every migration adds or changes something SQLite shows, except those for PostgreSQL only
    assert {e.migration for e in listed} | set(POSTGRES_ONLY) == {m.version for m in MIGRATIONS}
    assert not {e.migration for e in listed} & set(POSTGRES_ONLY)
    assert entries["articles"].migration == 1 and entries[LEDGER_TABLES[0]].migration == 3


def test_columns_added_by_a_later_migration_are_listed_under_it() -> None:
    added = {(e.name, e.migration): [c[0] for c in e.columns] for e in catalog() if e.added}
    assert added == {("quotes", 4): ["stance"], ("figures", 4): ["stance"], ("events", 4): ["stance"],
                     ("events", 6): ["acled_type", "acled_subtype", "scope"]}
    assert "### `figures`: columns added" in markdown()
