"""Confidences on a grid stored as small integers (SQLite, migration ``VERSION``; see ``grid``):
``mention_rows.confidence`` is declared again without a type and each value on the grid of
hundredths stored as its hundredths; the view ``mentions`` reads them back as the same REAL
(``grid.public_sql``), its insert trigger stores them so (``grid.stored_sql``), the store's
bulk writer and reader convert in Python (``compact.compact_columns``, ``compact.read_mentions``).

SQLite cannot change a column's type in place: the table is made again under another name, its
rows copied in key order, the old one dropped and the new one renamed (without the check of the
views and triggers that name it, which name it again once it is there: ``legacy_alter_table``),
then its actor index, the view and the view's triggers made again. The triggers on ``articles``
and ``actors`` that delete or guard its rows name the table and stay. PostgreSQL keeps its
``mentions`` table (nothing changes there).
"""

from __future__ import annotations

from . import compact, grid
from .compact_triggers import MENTION_AGAIN

VERSION = 18  # one place: the lead renumbers at merge

_COLUMNS = 'article, id, sentence, start, "end", text, label, kind, confidence, actor'
_MENTIONS = f"""
PRAGMA legacy_alter_table = ON;
DROP VIEW mentions;
CREATE TABLE mention_grid (
    article INTEGER NOT NULL,
    id NOT NULL,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT,
    label INTEGER NOT NULL REFERENCES mention_codes(code),
    kind INTEGER NOT NULL REFERENCES mention_codes(code),
    confidence NOT NULL,
    actor INTEGER,
    PRIMARY KEY (article, id)
) WITHOUT ROWID;
INSERT INTO mention_grid({_COLUMNS})
    SELECT article, id, sentence, start, "end", text, label, kind, {grid.stored_sql("confidence")}, actor
    FROM mention_rows ORDER BY article, id;
DROP TABLE mention_rows;
ALTER TABLE mention_grid RENAME TO mention_rows;
PRAGMA legacy_alter_table = OFF;
""" + compact.ACTOR_INDEX_SQL + compact.view_sql(grid.public_sql("m.confidence")) + compact.instead_of_sql(
    "mentions", compact.insert_body(compact.short_key_sql, grid.stored_sql("NEW.confidence")),
    compact.delete_body(compact.short_key_sql), compact.delete_body(compact.short_key_sql) + MENTION_AGAIN) + "\n"

MIGRATION_SQL = _MENTIONS
DESCRIPTION = ("confidences on a grid stored as small integers (SQLite): `mention_rows.confidence` without a type,"
               " a value that is a whole number of hundredths stored as that number (the view `mentions` reads"
               " the same REAL back); other values as given. Public columns and values unchanged; PostgreSQL"
               " unchanged")
