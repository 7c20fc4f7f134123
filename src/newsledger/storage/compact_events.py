"""Compact events (SQLite, migration ``VERSION``): the public table ``events`` is a view over
``event_rows``, which stores each event without the values it can compute, as ``quotes`` is
stored over ``quote_rows`` since schema 11 (``compact_layout``).

What a row of ``event_rows`` holds instead of the public column:

- ``article``: the article's rowid, not its 16-character id. WITHOUT ROWID, keyed by
  (article, id): an article's events are one range of the key, appended as articles are added.
- ``id`` (``ev_`` and 12 hexadecimal digits) and ``quote_id`` (``q_``...): the integer the
  digits write; any other id as given.
- ``text``, ``predicate``, ``source_text`` and ``target_text``: NULL when the text is the
  article's at the span's offsets (``start``/``end``, ``predicate_start``/``predicate_end``,
  ``source_start``/``source_end``, ``target_start``/``target_end``), else the text given (an
  empty BLOB for a text NULL while its offsets are not).
- ``plover``, ``mode``, ``cameo``, ``modality``, ``claimed_by``, ``stance``, ``acled_type``,
  ``acled_subtype`` and ``scope``: codes of ``event_codes`` (a word per code).

``record`` is computed, as before, from the row's public values. ``extra`` is kept as given (the
JSON of what the columns do not hold: contexts, actor ids, a parent).

Indexes, each for the queries that read events: the key (an article's events: ``article_id =
?``, a join from the articles, a range of new articles); the id as the view writes it
(``events_id``: every ``e.id = ?`` and join by event id, the ledger's reads, the checks of the
children below); the date (``events_date``: the streamed build's windows); a claimant's events by stance
(``events_claimed``: an actor's denials, ``CLAIMED_COUNT_SQL``) and the types (``events_plover``:
the types a form offers, ``TYPES_SQL``). The indexes of scope and the ACLED sub-type are gone (no
query reads by them). Every index is partial, on a condition every row meets: SQLite 3.40 reads
a whole WITHOUT ROWID table through a smaller index that is not partial (a lookup of each row by
its key, in the index's order) rather than the table in its own order.

A view cannot be the parent of a foreign key: ``event_actors`` and ``ledger_event_mentions``
are declared again without theirs to ``events`` (same columns, keys, indexes and rows), and
triggers do what those keys did: a row there must name an event, deleting an event (through the
view, or with its article) deletes its actors and ledger mentions, and an event that has them
cannot be given another id. INSTEAD OF triggers turn an INSERT, UPDATE or DELETE of ``events``
into one of ``event_rows``. PostgreSQL keeps its tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .compact import EVENT_ID_SQL, EVENT_PREFIX
from .compact_layout import Key, Layout, released_key

VERSION = 13  # the migration that makes events a view (one place: the lead renumbers at merge)
PREFIX = EVENT_PREFIX
LAYOUT = Layout(
    "events", "event_rows", "event_codes", ids={"id": PREFIX, "quote_id": "q"},
    spans=(("text", "start", "end"), ("predicate", "predicate_start", "predicate_end"),
           ("source_text", "source_start", "source_end"), ("target_text", "target_start", "target_end")),
    coded=("plover", "mode", "cameo", "modality", "claimed_by", "stance", "acled_type", "acled_subtype", "scope"),
    required=("text", "plover", "predicate", "modality", "claimed_by"), defaults={"stance": "asserted"},
    text_id=True)
# from schema 18 (``compact_grid``): confidence and Goldstein score on the grid of hundredths
GRID = replace(LAYOUT, grid=("confidence", "goldstein"))
COLUMNS = LAYOUT.columns
REFERENCES = LAYOUT.references

TABLES_SQL = """
CREATE TABLE event_codes (code INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE TABLE event_rows (
    article INTEGER NOT NULL,
    id NOT NULL,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT,
    plover INTEGER NOT NULL, mode INTEGER, cameo INTEGER, quad_class INTEGER, goldstein REAL,
    predicate TEXT, source_text TEXT, target_text TEXT,
    modality INTEGER NOT NULL, claimed_by INTEGER NOT NULL, quote_id,
    date TEXT, place TEXT, confidence REAL NOT NULL,
    stance INTEGER NOT NULL, acled_type INTEGER, acled_subtype INTEGER, scope INTEGER,
    predicate_start INTEGER, predicate_end INTEGER, source_start INTEGER, source_end INTEGER,
    target_start INTEGER, target_end INTEGER, extra TEXT,
    PRIMARY KEY (article, id)
) WITHOUT ROWID;
"""

# the public id of a stored event (the view's column, and the expression its index holds): TEXT,
# as the table's column was, so that a comparison with a TEXT column (``lem.event_id``) can use the
# index; partial on a condition every id meets, so that SQLite does not scan the table through it
ID_SQL = EVENT_ID_SQL
INDEXES_SQL = f"""
CREATE UNIQUE INDEX events_id ON event_rows({ID_SQL}) WHERE {ID_SQL} IS NOT NULL;
CREATE INDEX events_date ON event_rows(date) WHERE date IS NOT NULL;
CREATE INDEX events_claimed ON event_rows(claimed_by, stance) WHERE claimed_by IS NOT NULL;
CREATE INDEX events_plover ON event_rows(plover) WHERE plover IS NOT NULL;
"""


def _code(word: str) -> str:
    return f"(SELECT code FROM event_codes WHERE word = {word})"


# what the view cannot ask of an index (its codes are read by subquery), asked of event_rows; the
# condition of the partial index written out (SQLite uses a partial index only for a query that
# states its condition), which no whole read of the view states
CLAIMED_COUNT_SQL = ("SELECT COUNT(*) FROM event_rows WHERE claimed_by IS NOT NULL"
                     f" AND claimed_by = {_code('?')} AND stance = {_code('?')}")  # a claimant's events of a stance
TYPES_SQL = ("SELECT word FROM event_codes c WHERE EXISTS (SELECT 1 FROM event_rows r WHERE r.plover IS NOT NULL"
             " AND r.plover = c.code) ORDER BY 1 LIMIT ?")  # SELECT DISTINCT plover FROM events ... ORDER BY 1

VIEW_SQL = LAYOUT.view_sql("e")

# the tables whose foreign key to ``events`` goes (SQLite): declared again, rows, indexes
_EVENT_ACTORS = """
CREATE TABLE event_actors_v13 (
    event_id TEXT NOT NULL,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID;
INSERT INTO event_actors_v13(event_id, actor_id, role)
    SELECT event_id, actor_id, role FROM event_actors ORDER BY event_id, actor_id, role;
DROP TABLE event_actors;
ALTER TABLE event_actors_v13 RENAME TO event_actors;
CREATE INDEX event_actors_actor ON event_actors(actor_id, role);
"""
# the ledger's views name ``ledger_event_mentions``: renamed without their check (legacy)
_LEDGER_MENTIONS = """
CREATE TABLE ledger_event_mentions_v13 (
    event_id TEXT PRIMARY KEY,
    ledger_event_id TEXT NOT NULL REFERENCES ledger_events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT, date_source TEXT NOT NULL,
    matched TEXT NOT NULL DEFAULT '',
    link_note TEXT NOT NULL DEFAULT ''
);
INSERT INTO ledger_event_mentions_v13 SELECT * FROM ledger_event_mentions ORDER BY rowid;
DROP TABLE ledger_event_mentions;
PRAGMA legacy_alter_table = ON;
ALTER TABLE ledger_event_mentions_v13 RENAME TO ledger_event_mentions;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX ledger_event_mentions_event ON ledger_event_mentions(ledger_event_id, position);
CREATE INDEX ledger_event_mentions_article ON ledger_event_mentions(article_id);
"""

_CHILDREN = (("event_actors", "event_id"), ("ledger_event_mentions", "event_id"))
_EXISTS = f"EXISTS (SELECT 1 FROM event_rows WHERE {ID_SQL} = NEW.event_id)"
_FAIL = "SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')"


def _child_triggers(child: str, column: str) -> str:
    return f"""
CREATE TRIGGER {child}_event_bi BEFORE INSERT ON {child} WHEN NOT {_EXISTS} BEGIN
    {_FAIL};
END;
CREATE TRIGGER {child}_event_bu BEFORE UPDATE OF {column} ON {child} WHEN NOT {_EXISTS} BEGIN
    {_FAIL};
END;
"""


_CASCADE = "".join(f"\n    DELETE FROM {child} WHERE {column} = OLD.id;" for child, column in _CHILDREN)
_KEPT = " OR ".join(f"EXISTS (SELECT 1 FROM {child} WHERE {column} = OLD.id)" for child, column in _CHILDREN)
_OF_ARTICLE = f"(SELECT {ID_SQL} FROM event_rows WHERE article = old.rowid)"



def instead_of_triggers(key: Key = released_key, update_again: str | None = None, layout: Layout = LAYOUT) -> str:
    """The INSTEAD OF triggers of the view ``events`` (``key``: the SQL of a stored id;
    ``update_again``: how an update inserts its new row, default the insert trigger's body;
    ``layout``: from migration 18, ``GRID``)."""
    return f"""
CREATE TRIGGER events_insert INSTEAD OF INSERT ON events BEGIN{layout.insert_body(key)}
END;
CREATE TRIGGER events_delete INSTEAD OF DELETE ON events BEGIN{_CASCADE}{layout.delete_body(key)}
END;
CREATE TRIGGER events_update INSTEAD OF UPDATE ON events BEGIN
    {_FAIL} WHERE NEW.id IS NOT OLD.id AND ({_KEPT});{layout.delete_body(key)}{update_again or layout.insert_body(key)}
END;
"""


TRIGGERS_SQL = instead_of_triggers() + f"""CREATE TRIGGER articles_events_ad AFTER DELETE ON articles BEGIN
    DELETE FROM event_actors WHERE event_id IN {_OF_ARTICLE};
    DELETE FROM event_rows WHERE article = old.rowid;
END;
""" + "".join(_child_triggers(child, column) for child, column in _CHILDREN)

# Migration VERSION (SQLite): the children of ``events`` declared again without their foreign
# key to it, the rows of the old table converted in key order, the table replaced by the view
# (its indexes go with it; those the queries use come back on the new table).
MIGRATION_SQL = (TABLES_SQL + _EVENT_ACTORS + _LEDGER_MENTIONS + LAYOUT.copy_sql("e") + "DROP TABLE events;\n"
                 + INDEXES_SQL + VIEW_SQL + TRIGGERS_SQL)
DESCRIPTION = (
    "events stored compactly (SQLite): the public `events` a view over `event_rows` (article rowid, ids as"
    " integers, text, predicate, source and target text from the article at their offsets, plover, mode, cameo,"
    " modality, claimed_by, stance and ACLED fields as codes of `event_codes`), the same columns and values;"
    " writable through triggers; `event_actors` and `ledger_event_mentions` declared again without their"
    " foreign key to `events` (triggers check it). PostgreSQL keeps its tables")
# the tables that become views, and the tables added (``migrations.SQLITE_ONLY``)
SQLITE_ONLY = (("events",), ("event_rows", "event_codes"))


def compact_columns(conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]]
                    ) -> list[tuple[Any, ...]]:
    """Rows of the public ``events`` given column by column as rows of ``event_rows``."""
    return GRID.compact_columns(conn, columns, data)


def compact_values(conn: sqlite3.Connection, columns: Sequence[str], values: list[tuple[Any, ...]]
                   ) -> list[tuple[Any, ...]]:
    """Rows of the public ``events`` (tuples of ``columns``) as rows of ``event_rows``."""
    return GRID.compact_values(conn, columns, values)
