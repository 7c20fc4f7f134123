"""The data dictionary (docs/DATA_DICTIONARY.md) is generated from the migrations and kept current."""

from __future__ import annotations

from pathlib import Path

from newsledger.storage.catalog import catalog, markdown
from newsledger.storage.ledger_schema import LEDGER_TABLES
from newsledger.storage.migrations import MIGRATIONS
from newsledger.storage.rows import RECORD_TABLES, TABLE_COLUMNS

DOC = Path(__file__).resolve().parents[2] / "docs" / "DATA_DICTIONARY.md"


def test_data_dictionary_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == markdown(), (
        "regenerate: python -m newsledger.storage.catalog > docs/DATA_DICTIONARY.md")


def test_catalog_has_every_table_with_its_columns() -> None:
    entries = {e.name: e for e in catalog()}
    assert set(RECORD_TABLES) | set(LEDGER_TABLES) <= set(entries)
    for table in RECORD_TABLES:
        assert [c[0] for c in entries[table].columns] == list(TABLE_COLUMNS[table]), table
    assert {e.migration for e in entries.values()} == {m.version for m in MIGRATIONS}
    assert entries["articles"].migration == 1 and entries[LEDGER_TABLES[0]].migration == 3
