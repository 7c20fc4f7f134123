"""The data dictionary (docs/DATA_DICTIONARY.md) is generated from the migrations and kept current."""

from __future__ import annotations

import re
from pathlib import Path

from newsledger.storage.catalog import catalog, final_columns, markdown
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
        # every column is listed under the migration that created it (or made it computed),
        # and the latest schema has the row shape's columns in its order
        cols = {c[0] for e in listed if e.name == table for c in e.columns}
        assert cols == set(TABLE_COLUMNS[table]), table
        assert [c[0] for c in final_columns()[table]] == list(TABLE_COLUMNS[table]), table
        checked += 1
    assert checked == len(RECORD_TABLES)
    # every migration adds or changes something SQLite shows, except those for PostgreSQL only and
    # those that change only triggers or indexes (migrations 16 and 17)
    unseen = {m.version for m in MIGRATIONS if m.version not in POSTGRES_ONLY
              and not re.search(r"CREATE (VIRTUAL )?(TABLE|VIEW)|ALTER TABLE", m.sqlite + m.sqlite_after)}
    assert {e.migration for e in listed} | set(POSTGRES_ONLY) | unseen == {m.version for m in MIGRATIONS}
    assert not {e.migration for e in listed} & unseen and len(unseen) == 2
    assert not {e.migration for e in listed} & set(POSTGRES_ONLY)
    assert entries["articles"].migration == 1 and entries[LEDGER_TABLES[0]].migration == 3


def test_columns_added_by_a_later_migration_are_listed_under_it() -> None:
    added = {(e.name, e.migration): [c[0] for c in e.columns] for e in catalog() if e.added}
    assert added == {("quotes", 4): ["stance"], ("figures", 4): ["stance"], ("events", 4): ["stance"],
                     ("events", 6): ["acled_type", "acled_subtype", "scope"],
                     ("quotes", 7): ["cue_start", "cue_end", "speaker_start", "speaker_end", "extra", "record"],
                     ("figures", 7): ["extra", "record"],
                     ("events", 7): ["predicate_start", "predicate_end", "source_start", "source_end",
                                     "target_start", "target_end", "extra", "record"],
                     ("claim_thread_claims", 12): ["counted_as"]}
    assert "### `figures`: columns added" in markdown()


def test_a_generated_column_is_listed_as_computed_and_a_rebuilt_table_as_declared_again() -> None:
    computed = {(e.name, c[0]) for e in catalog() for c in e.columns if c[4]}
    assert computed == {("quotes", "record"), ("figures", "record"), ("events", "record")}
    text = markdown()
    assert "| `record` | TEXT (computed) | json | yes |  |" in text and "| `record` | TEXT | json | yes |  |" in text
    rebuilt = [(e.name, e.migration) for e in catalog() if e.redeclared and e.kind == "table"]
    assert ("sentences", 7) in rebuilt and ("quotes", 7) not in rebuilt
