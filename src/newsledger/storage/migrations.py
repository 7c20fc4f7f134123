"""The store's schema: versioned migrations, applied in order when a database is opened for
writing.

Each ``Migration`` is one step, applied once, in one transaction; the version a database has is
``meta.schema_version`` (a database of a newer version is refused). The DDL of each step is the
text it was released with, written once in SQLite's dialect and turned into PostgreSQL's by
``db.postgres_ddl``; the columns of the record tables it creates are those of ``rows.TABLES``
(checked by a test).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..records import Record
from . import (
    actor_indexes,
    column_types,
    compact,
    compact_event_actors,
    compact_events,
    compact_figures,
    compact_grid,
    compact_quotes,
    compact_triggers,
    db,
    ledger_schema,
)
from .db import postgres_ddl
from .early_schema import (
    V1_POSTGRES_EXTRA,
    V1_SQLITE_FTS,
    V1_TABLES,
    V2_TABLES,
    V4_STANCE,
    V5_POSTGRES,
    V5_SQLITE_FTS,
    V6_ACLED,
    V7_EXTRA,
    V7_POSTGRES_AFTER,
    V7_SQLITE_AFTER,
    fill_extra,
)

log = logging.getLogger(__name__)

# Columns PostgreSQL tables have that SQLite keeps out of sight (rowid) or elsewhere (FTS).
HIDDEN_COLUMNS = frozenset({"rowid", "fts"})


@dataclass(frozen=True)
class Migration(Record):
    """One step of the schema: applied once, in version order, in one transaction."""

    version: int
    description: str
    sqlite: str
    postgresql: str
    # a data step run after the DDL above, then more DDL: in the same transaction
    fill: Callable[[Any], None] | None = None
    sqlite_after: str = ""
    postgresql_after: str = ""


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "record tables, indexes and full-text search",
              V1_TABLES + V1_SQLITE_FTS, postgres_ddl(V1_TABLES) + V1_POSTGRES_EXTRA),
    Migration(2, "loaded_shards: batch shards already loaded (newsledger load)",
              V2_TABLES, postgres_ddl(V2_TABLES)),
    Migration(3, ledger_schema.DESCRIPTION,
              ledger_schema.SQLITE, ledger_schema.postgresql(postgres_ddl)),
    Migration(4, "stance of quotes, figures and events (asserted, denied, negated, uncertain ...)",
              V4_STANCE, postgres_ddl(V4_STANCE)),
    Migration(5, "full-text index declared for Datasette and sqlite-utils (content=[articles]), with an update trigger",
              V5_SQLITE_FTS, V5_POSTGRES),
    Migration(6, "ACLED typology of events: event type, sub-event type and outside-ACLED scope",
              V6_ACLED, postgres_ddl(V6_ACLED)),
    Migration(7, "compact storage: record of quotes, figures and events computed from their columns and extra"
              " (SQLite: a virtual column); sentences clustered by their key",
              V7_EXTRA, postgres_ddl(V7_EXTRA), fill_extra, V7_SQLITE_AFTER, V7_POSTGRES_AFTER),
)

# -- migration 8: PostgreSQL columns typed by what they hold -------------------------------------
# SQLite keeps dates, times, flags and JSON as TEXT and INTEGER, and so did PostgreSQL up to
# version 7. Migration 8 gives those columns PostgreSQL's types (``column_types.postgres_type``:
# date, timestamptz, boolean, jsonb for lists, json for objects), converting the rows already
# stored (empty text becomes NULL; a time without a zone is read as UTC). Views on the tables
# are dropped and created again around the change (PostgreSQL cannot change the type of a
# column a view reads). SQLite is left as it is. The columns it types are those the migrations
# before it create; a later migration gives the columns it adds their type in its own DDL.

# the views of the schema, kept (definition and creation order) while their columns change type
_V8_SAVE_VIEWS = """
SET LOCAL TimeZone = 'UTC';
CREATE TEMP TABLE nl_views ON COMMIT DROP AS
    SELECT c.oid AS id, c.relname AS name, pg_get_viewdef(c.oid) AS definition FROM pg_class c
    WHERE c.relkind = 'v' AND c.relnamespace = current_schema()::regnamespace;
DO $$ DECLARE v record; BEGIN
    FOR v IN SELECT name FROM nl_views LOOP
        EXECUTE format('DROP VIEW IF EXISTS %I CASCADE', v.name);
    END LOOP;
END $$;
"""
_V8_RESTORE_VIEWS = """
DO $$ DECLARE v record; BEGIN
    FOR v IN SELECT name, definition FROM nl_views ORDER BY id NULLS FIRST LOOP
        EXECUTE format('CREATE VIEW %I AS %s', v.name, v.definition);
    END LOOP;
END $$;
"""


def _columns_after(steps: Sequence[Migration]) -> list[tuple[str, str, str, str | None]]:
    """(table, column, SQL type, default) of every table ``steps`` create, in order: their
    SQLite DDL replayed on an empty database (full-text index tables left out)."""
    conn = sqlite3.connect(":memory:")
    try:
        for m in steps:
            conn.executescript(m.sqlite)
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        return [(t, r[1], str(r[2]).upper(), r[4]) for t in tables if "_fts" not in t
                for r in conn.execute(f'PRAGMA table_info("{t}")')]
    finally:
        conn.close()


def typed_columns(steps: Sequence[Migration]) -> list[tuple[str, str, str, str | None]]:
    """(table, column, PostgreSQL type, default) of every column ``steps`` create that holds
    more than its SQL type says (a date, a time, a flag, JSON)."""
    out = []
    for table, column, sql_type, default in _columns_after(steps):
        pg = column_types.postgres_type(table, column, sql_type)
        if pg is not None:
            out.append((table, column, pg, default))
    return out


def typed_columns_ddl(typed: Sequence[tuple[str, str, str, str | None]]) -> str:
    """PostgreSQL DDL giving the columns of ``typed_columns`` their types, rows converted."""
    actions: dict[str, list[str]] = {}
    for table, column, pg, default in typed:
        name = f'"{column}"'
        using = f"({name} <> 0)" if pg == "BOOLEAN" else f"CAST(NULLIF({name}, '') AS {pg})"
        todo = actions.setdefault(table, [])
        if default is not None:
            todo.append(f"ALTER COLUMN {name} DROP DEFAULT")
        todo.append(f"ALTER COLUMN {name} TYPE {pg} USING {using}")
        if default is not None:
            todo.append(f"ALTER COLUMN {name} SET DEFAULT {default}")
    sep = ",\n    "
    alters = "".join(f"ALTER TABLE {t}\n    {sep.join(a)};\n" for t, a in actions.items())
    return _V8_SAVE_VIEWS + alters + _V8_RESTORE_VIEWS


# (table, column, PostgreSQL type) of the columns migration 8 types
_V8_TYPED = typed_columns(MIGRATIONS)
TYPED_IN_POSTGRES: tuple[tuple[str, str, str], ...] = tuple((t, c, pg) for t, c, pg, _ in _V8_TYPED)
MIGRATIONS = (*MIGRATIONS, Migration(
    8, "PostgreSQL columns typed by what they hold: dates, times with zone, booleans, JSON "
       "(nothing changes in SQLite)", "SELECT 1;", typed_columns_ddl(_V8_TYPED)))

# -- migration 9: mentions kept by article ------------------------------------------------------
# A mention was found by its id (a primary key with an index of its own, written at a random
# place for every row: the ids are hashes), by its article (a second index) and by its actor (a
# third). Nothing looks a mention up by its id alone; every article's mentions are read
# together. Keyed by (article_id, id), in SQLite a WITHOUT ROWID table, the rows are kept in that
# order: the key serves the article lookups (no separate index), and an id is unique within its
# article (a 48-bit hash of the article id and place: ids of different articles could meet at
# millions of articles, and ``ON CONFLICT DO NOTHING`` would then drop the second mention). The
# actor index holds only mentions that have an actor (every query of it asks for one).
# event_actors, whose key is all its columns, is kept in its key's order too (no second copy
# of every row in the key's index). In PostgreSQL the primary key of mentions is the same and the
# article index goes; its tables have no rowid to save (event_actors stays as it is).
_V9_MENTIONS_COLUMNS = """
    id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    label TEXT NOT NULL, kind TEXT NOT NULL, confidence REAL NOT NULL,
    actor_id TEXT REFERENCES actors(id),
    PRIMARY KEY (article_id, id)"""
_V9_MENTIONS_ACTOR = "CREATE INDEX mentions_actor ON mentions(actor_id) WHERE actor_id IS NOT NULL;\n"
# Indexes of columns most rows leave empty hold only the rows that have a value: every query of
# them asks for a value (``= ?``, ``IN (...)``, a range, ``IS NOT NULL``).
_V9_PARTIAL = (("quotes_speaker", "quotes", "speaker_actor_id"),
               ("ledger_figures_attribution", "figures", "attribution_actor_id"),
               ("figures_measure", "figures", "measure"), ("events_date", "events", "date"),
               ("events_acled_subtype", "events", "acled_subtype"))
_V9_PARTIAL_DDL = "".join(f"DROP INDEX {name};\nCREATE INDEX {name} ON {table}({column}) WHERE {column} IS NOT NULL;\n"
                          for name, table, column in _V9_PARTIAL)
_V9_MENTION_COLS = 'id, article_id, sentence, start, "end", text, label, kind, confidence, actor_id'
_V9_SQLITE = f"""
CREATE TABLE mentions_v9 ({_V9_MENTIONS_COLUMNS}
) WITHOUT ROWID;
INSERT INTO mentions_v9({_V9_MENTION_COLS})
    SELECT {_V9_MENTION_COLS} FROM mentions ORDER BY article_id, id;
DROP TABLE mentions;
ALTER TABLE mentions_v9 RENAME TO mentions;
{_V9_MENTIONS_ACTOR}CREATE TABLE event_actors_v9 (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID;
INSERT INTO event_actors_v9(event_id, actor_id, role)
    SELECT event_id, actor_id, role FROM event_actors ORDER BY event_id, actor_id, role;
DROP TABLE event_actors;
ALTER TABLE event_actors_v9 RENAME TO event_actors;
CREATE INDEX event_actors_actor ON event_actors(actor_id, role);
""" + _V9_PARTIAL_DDL
_V9_POSTGRES = """
ALTER TABLE mentions DROP CONSTRAINT mentions_pkey;
ALTER TABLE mentions ADD CONSTRAINT mentions_pkey PRIMARY KEY (article_id, id);
DROP INDEX mentions_article;
DROP INDEX mentions_actor;
""" + postgres_ddl(_V9_MENTIONS_ACTOR + _V9_PARTIAL_DDL)
MIGRATIONS = (*MIGRATIONS, Migration(
    9, "mentions kept by article: keyed by (article_id, id), without a separate article index (SQLite:"
       " WITHOUT ROWID, as event_actors); indexes of mostly empty columns (a mention's or quote's actor,"
       " a figure's measure or source actor, an event's date or ACLED sub-event type) hold only the rows with a value",
    _V9_SQLITE, _V9_POSTGRES))

# -- migration 10: mentions stored compactly (SQLite) -------------------------------------------
# ``mentions`` becomes a view over ``mention_rows`` (see ``compact``): the article's rowid instead
# of its id, a record id as the integer its digits write, no text the article holds at the
# mention's offsets, codes for label and kind. Reading ``mentions`` gives the same columns and
# values; INSTEAD OF triggers keep writing it possible. PostgreSQL keeps its table.
MIGRATIONS = (*MIGRATIONS, Migration(
    10, "mentions stored compactly (SQLite): the public `mentions` a view over `mention_rows` (article"
        " rowid, id as an integer, text from the article at the offsets, label and kind as codes of"
        " `mention_codes`), the same columns and values; writable through triggers. PostgreSQL keeps its table",
    compact.MIGRATION_SQL, "SELECT 1;"))

# -- migration 11: quotes stored compactly (SQLite) ---------------------------------------------
# ``quotes`` becomes a view over ``quote_rows`` (see ``compact_quotes``), as ``mentions`` did in
# migration 10: the article's rowid, ids as integers, no content, cue or speaker text the article
# holds at their offsets, codes for kind, cue lemma and stance, the speaker actor's rowid; the
# same columns and values (``record`` still computed from them). PostgreSQL keeps its table.
MIGRATIONS = (*MIGRATIONS, Migration(
    11, "quotes stored compactly (SQLite): the public `quotes` a view over `quote_rows` (article rowid,"
        " ids as integers, content, cue and speaker text from the article at their offsets, kind, cue lemma"
        " and stance as codes of `quote_codes`, the speaker actor's rowid), the same columns and values;"
        " writable through triggers. PostgreSQL keeps its table",
    compact_quotes.MIGRATION_SQL, "SELECT 1;"))

# -- migration 12: identity disputes of claims ----------------------------------------------------
# A claim that counts an incident's dead under a side's name for enemy fighters ("31 terrorists
# neutralised") joins the incident's people thread as another account of the same dead
# (``ledger.identity``); ``counted_as`` keeps the class its source named (``combatants``), NULL
# for every other claim. A thread with such a claim is disputed over who the dead were.
_V12_IDENTITY = "ALTER TABLE claim_thread_claims ADD COLUMN counted_as TEXT;\n"
MIGRATIONS = (*MIGRATIONS, Migration(
    12, "identity disputes: claim_thread_claims.counted_as, the class of people a claim's source named when"
        " its count joined an incident's people thread as another account of the same dead (\"31 terrorists"
        " neutralised\" beside residents' civilian toll); NULL otherwise",
    _V12_IDENTITY, postgres_ddl(_V12_IDENTITY)))

# -- migration 13: events stored compactly (SQLite; see ``compact_events``) ----------------------
MIGRATIONS = (*MIGRATIONS, Migration(compact_events.VERSION, compact_events.DESCRIPTION,
                                     compact_events.MIGRATION_SQL, "SELECT 1;"))

# -- migration 14: figures, sentences and framing stored compactly (SQLite; see ``compact_figures``)
MIGRATIONS = (*MIGRATIONS, Migration(compact_figures.VERSION, compact_figures.DESCRIPTION,
                                     compact_figures.MIGRATION_SQL, "SELECT 1;"))
# -- migrations 15 to 17: event actors stored compactly, shorter triggers, unread indexes (see their modules)
MIGRATIONS = (*MIGRATIONS, *(Migration(m.VERSION, m.DESCRIPTION, m.MIGRATION_SQL, getattr(m, "POSTGRESQL", "SELECT 1;"))
                             for m in (compact_event_actors, compact_triggers, actor_indexes)))
# -- migration 18: values on a grid stored as small integers (SQLite; see ``compact_grid``)
MIGRATIONS = (*MIGRATIONS, Migration(compact_grid.VERSION, compact_grid.DESCRIPTION, compact_grid.MIGRATION_SQL,
                                     "SELECT 1;"))

# migrations that change PostgreSQL only: the columns whose type each gives
POSTGRES_ONLY: dict[int, tuple[tuple[str, str, str], ...]] = {8: TYPED_IN_POSTGRES}
# migrations that change SQLite only: the tables that become views there, and the tables added
SQLITE_ONLY: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {
    10: (("mentions",), ("mention_rows", "mention_codes")), 11: (("quotes",), ("quote_rows", "quote_codes")),
    compact_events.VERSION: compact_events.SQLITE_ONLY,
    compact_figures.VERSION: (compact_figures.VIEWS, compact_figures.TABLES_ADDED),
    compact_event_actors.VERSION: compact_event_actors.SQLITE_ONLY}
SCHEMA_VERSION = MIGRATIONS[-1].version

# A constant key for pg_advisory_xact_lock: one migrating process at a time per database.
MIGRATION_LOCK = 0x6E6C_5343_4845_4D41


def split_statements(script: str) -> Iterator[str]:
    """The statements of a SQLite script (a trigger body's semicolons do not end a statement)."""
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                yield buf.strip()
            buf = ""


# -- applying migrations (``store`` is a Store: its conn, dialect and name) --------------------

def schema_version(store: Any) -> int | None:
    """The schema version recorded in the database (None: not a newsledger database)."""
    conn = store.conn
    if store.dialect == db.POSTGRESQL:
        if not conn.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()[0]:
            return None
    else:
        try:
            conn.execute("SELECT 1 FROM meta LIMIT 0")
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row is not None else None


def refuse_newer(store: Any, version: int | None) -> None:
    if version is not None and version > SCHEMA_VERSION:
        raise StoreError(
            f"{store.name} has schema version {version}, newer than this newsledger "
            f"({SCHEMA_VERSION}); upgrade newsledger"
        )


def _tables(store: Any) -> list[str]:
    if store.dialect == db.POSTGRESQL:
        rows = store.conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    else:
        rows = store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return sorted(str(r[0]) for r in rows.fetchall())


def refuse_foreign(store: Any) -> None:
    """Refuse to add newsledger's tables to a database that holds another application's."""
    tables = _tables(store)
    if tables and "articles" not in tables:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise StoreError(f"{store.name} holds another application's tables ({shown}), not newsledger's; "
                         "choose a new or a newsledger database")


def migrate(store: Any, target: int | None = None) -> None:
    """Apply the migrations the database has not had, up to ``target`` (default: the latest),
    each in one transaction; a database already there is not written to at all."""
    target = SCHEMA_VERSION if target is None else target
    try:
        version = schema_version(store)
        refuse_newer(store, version)
        if version is not None and version >= target:
            return
        if version is None:
            refuse_foreign(store)
        for m in MIGRATIONS:
            if m.version <= target:
                _apply(store, m)
    except db.ERRORS as exc:
        raise StoreError(f"cannot upgrade the schema of {store.name}: {db.explain(exc)}") from exc


def _apply(store: Any, m: Migration) -> None:
    """Apply one migration unless another process already did (checked under the lock)."""
    c = store.conn
    if store.dialect == db.POSTGRESQL:
        with c:
            c.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))
            version = schema_version(store) or 0
            refuse_newer(store, version)
            if version >= m.version:
                return
            c.executescript(m.postgresql)
            if m.fill is not None:
                m.fill(store)
            if m.postgresql_after:
                c.executescript(m.postgresql_after)
            _set_version(store, m.version)
        _applied(store, m)
        return
    c.execute("BEGIN IMMEDIATE")  # the write lock, so two processes cannot both migrate
    try:
        version = schema_version(store) or 0
        refuse_newer(store, version)
        if version >= m.version:
            c.rollback()
            return
        for stmt in split_statements(m.sqlite):
            c.execute(stmt)
        if m.fill is not None:
            m.fill(store)
        for stmt in split_statements(m.sqlite_after):
            c.execute(stmt)
        _set_version(store, m.version)
        c.commit()
    except BaseException:
        c.rollback()
        raise
    _applied(store, m)


def _applied(store: Any, m: Migration) -> None:
    if m.version == 1:
        log.debug("%s: schema created", store.name)
    else:
        log.info("%s: schema upgraded to version %d (%s)", store.name, m.version, m.description)


def _set_version(store: Any, version: int) -> None:
    store.conn.execute(
        "INSERT INTO meta(key, value) VALUES ('schema_version', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(version),))


def check_version(store: Any) -> None:
    """Raise StoreError unless the database is a newsledger database."""
    try:
        version = schema_version(store)
    except db.ERRORS as exc:
        raise StoreError(f"{store.name} is not a newsledger database ({exc})") from exc
    if version is None:
        raise StoreError(f"{store.name} is not a newsledger database")
