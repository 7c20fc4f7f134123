"""Compact quotes (schema version 11, SQLite): the public table ``quotes`` is a view over
``quote_rows``, which stores each quote without the values it can compute, as ``mentions`` is
stored over ``mention_rows`` since schema 10 (``compact``).

What a row of ``quote_rows`` holds instead of the public column:

- ``article``: the article's rowid, not its 16-character id. WITHOUT ROWID, keyed by
  (article, id): an article's quotes are one range of the key, appended as articles are added.
- ``id`` and ``parent_id``: a quote id as ``records.record_id`` makes them (``q_`` and 12
  hexadecimal digits) as the integer those digits write; any other id as given.
- ``content``, ``cue`` and ``speaker``: NULL when the text is the article's at the span's offsets
  (``content_start``/``content_end``, ``cue_start``/``cue_end``, ``speaker_start``/``speaker_end``),
  else the text given. A cue or speaker that is NULL while its offsets are not is stored as an
  empty BLOB (``X''``), which no text equals.
- ``kind``, ``cue_lemma`` and ``stance``: codes of ``quote_codes`` (a word per code).
- ``speaker_actor``: the speaker actor's rowid (``actors.rowid``), not its id.

``record`` is computed, as before, from the row's public values (``record_json.record_sql``):
the view reads the stored row's public columns in a subquery and builds ``record`` over them.
Reading ``quotes`` gives the columns and values it had, with plain SQL. INSTEAD OF triggers turn
an INSERT, UPDATE or DELETE of ``quotes`` into one of ``quote_rows`` (a view has no defaults:
a quote inserted without a stance takes ``asserted``, the column's default, as does one inserted
with a NULL stance, which the table refused). Triggers do what the foreign keys did (deleting
an article deletes its quotes; an actor a quote names as its speaker cannot be deleted or given
another id). A view has no rowid: the listings sort a page of quotes by their id
(``query``). Queries by article (``article_id = ?``) read the key's range, by speaker
(``speaker_actor_id = ?``) the speaker index; an IN list of speakers needs a comparison beside
it (``AND speaker_actor_id >= ''``) for SQLite's planner to use that index (see ``compact``).

PostgreSQL keeps its ``quotes`` table (migration 11 changes nothing there).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .compact import view_triggers
from .compact_layout import EMPTY, Layout

PREFIX = "q"
LAYOUT = Layout(
    "quotes", "quote_rows", "quote_codes", ids={"id": PREFIX, "parent_id": PREFIX},
    # the texts kept as offsets into the article: text column, start column, end column
    spans=(("content", "content_start", "content_end"), ("cue", "cue_start", "cue_end"),
           ("speaker", "speaker_start", "speaker_end")),
    # the public columns written through codes of ``quote_codes``
    coded=("kind", "cue_lemma", "stance"), required=("content", "kind"), defaults={"stance": "asserted"},
    actors={"speaker_actor_id": "speaker_actor"}, code_alias={"kind": "k", "cue_lemma": "l", "stance": "s"})
# from schema 18 (``compact_grid``): the confidence on the grid of hundredths
GRID = replace(LAYOUT, grid=("confidence",))
SPANS = LAYOUT.spans
CODED = LAYOUT.coded

# the public columns of ``quotes`` (``record`` computed) and the columns of ``quote_rows``
PUBLIC = LAYOUT.public
COLUMNS = LAYOUT.columns
# the foreign keys of the public table, checked by a bulk writer (``Store.check_references``)
REFERENCES = LAYOUT.references
__all__ = ["EMPTY"]

TABLES_SQL = """
CREATE TABLE quote_codes (code INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE TABLE quote_rows (
    article INTEGER NOT NULL,
    id NOT NULL,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    kind INTEGER NOT NULL REFERENCES quote_codes(code), paragraph INTEGER NOT NULL,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content TEXT,
    cue TEXT, cue_lemma INTEGER REFERENCES quote_codes(code), speaker TEXT,
    speaker_actor INTEGER, parent_id, confidence REAL NOT NULL,
    stance INTEGER NOT NULL REFERENCES quote_codes(code),
    cue_start INTEGER, cue_end INTEGER, speaker_start INTEGER, speaker_end INTEGER, extra TEXT,
    PRIMARY KEY (article, id)
) WITHOUT ROWID;
"""
SPEAKER_INDEX_SQL = "CREATE INDEX quotes_speaker ON quote_rows(speaker_actor) WHERE speaker_actor IS NOT NULL;\n"


def text_sql(column: str, row: str = "q", article: str = "a") -> str:
    """The public text of the span ``column`` (content, cue or speaker) of a stored quote ``row``
    of ``article``, as the view reads it."""
    return LAYOUT.text_sql(column, row, article)


VIEW_SQL = LAYOUT.view_sql("q")
TRIGGERS_SQL = view_triggers("quotes", "quote_rows", "speaker_actor", LAYOUT.insert_body(), LAYOUT.delete_body())

# Migration 11 (SQLite): the rows of the version 10 table converted, in key order, then the
# table replaced by the view (its indexes go with it; the speaker index comes back on the new table).
MIGRATION_SQL = TABLES_SQL + LAYOUT.copy_sql("q") + """DROP TABLE quotes;
""" + SPEAKER_INDEX_SQL + VIEW_SQL + TRIGGERS_SQL


def compact_columns(conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]]
                    ) -> list[tuple[Any, ...]]:
    """Rows of the public ``quotes`` given column by column as rows of ``quote_rows``
    (``Layout.compact_columns``)."""
    return GRID.compact_columns(conn, columns, data)


def compact_values(conn: sqlite3.Connection, columns: Sequence[str], values: list[tuple[Any, ...]]
                   ) -> list[tuple[Any, ...]]:
    """Rows of the public ``quotes`` (tuples of ``columns``) as rows of ``quote_rows``."""
    return GRID.compact_values(conn, columns, values)


def read_quotes(conn: sqlite3.Connection, article_id: str, text: str) -> list[dict[str, Any]]:
    """The quotes of one article as the view gives them (a dict of public columns but
    ``record`` per quote), in the order of ``ORDER BY start, id`` (``Layout.read``)."""
    return GRID.read(conn, article_id, text)
