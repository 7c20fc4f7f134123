"""Compact event actors (SQLite, migration ``VERSION``): the public table ``event_actors`` is a
view over ``event_actor_rows``, as ``events`` is a view over ``event_rows`` since schema 13
(``compact_events``).

What a row of ``event_actor_rows`` holds instead of the public column:

- ``article`` and ``event``: the key of the event in ``event_rows`` (its article's rowid and
  its stored id, the integer its 12 hexadecimal digits write), not its 15-character id.
- ``actor``: the actor's rowid (``actors.rowid``), not its id (8 to 40 characters).
- ``role``: 0 for ``source``, 1 for ``target`` (an integer SQLite stores in no bytes at all).

WITHOUT ROWID, keyed by (article, event, role, actor): an article's rows are one range of the
key, appended as articles are added. The view joins the event by that key and gives its id as
``events`` does (the expression of the index ``events_id``): a lookup by ``event_id`` (a join
from ``events``, a record search's actors of an event) reads that index, then this key. A
lookup by actor (an actor's events, a profile's counts by role) reads ``event_actors_actor``
(actor, role), as before.

INSTEAD OF triggers turn an INSERT, UPDATE or DELETE of ``event_actors`` into one of
``event_actor_rows``; triggers do what the table's constraints did (its columns NOT NULL, the
role one of two words, the event and actor present; deleting an article deletes its rows; an
actor the rows name cannot be deleted or given another id). The store writes
``event_actor_rows`` itself, converted here (``compact_columns``). PostgreSQL keeps its table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from .compact import EVENT_PREFIX, id_sql, rowids, view_triggers

VERSION = 15  # the migration that makes event_actors a view (one place: the lead renumbers at merge)
ROLES = ("source", "target")  # the word of each code
PUBLIC = ("event_id", "actor_id", "role")
COLUMNS = ("article", "event", "role", "actor")
# the foreign keys of the public table a bulk writer checks (an event is checked by ``compact_columns``)
REFERENCES = [("actor_id", "actors", "id")]


def event_id_sql(row: str) -> str:
    """The public id of the stored event ``row`` of ``event_rows``: the expression of the index
    ``events_id`` (``compact.EVENT_ID_SQL``), with the row named."""
    return f"CAST({id_sql(f'{row}.id', EVENT_PREFIX)} AS TEXT)"


TABLES_SQL = """
CREATE TABLE event_actor_rows (
    article INTEGER NOT NULL, event NOT NULL, role INTEGER NOT NULL, actor INTEGER NOT NULL,
    PRIMARY KEY (article, event, role, actor)
) WITHOUT ROWID;
"""
INDEXES_SQL = "CREATE INDEX event_actors_actor ON event_actor_rows(actor, role);\n"

VIEW_SQL = f"""
CREATE VIEW event_actors AS SELECT {event_id_sql('r')} AS event_id, ac.id AS actor_id,
    CASE x.role WHEN 0 THEN 'source' ELSE 'target' END AS role
FROM event_actor_rows x JOIN event_rows r ON r.article = x.article AND r.id = x.event
    JOIN actors ac ON ac.rowid = x.actor;
"""

_FAIL = "SELECT RAISE(ABORT, '{}')"
_INSERT_BODY = "".join(f"\n    {_FAIL.format(f'NOT NULL constraint failed: event_actors.{c}')} WHERE NEW.{c} IS NULL;"
                       for c in PUBLIC) + f"""
    {_FAIL.format("CHECK constraint failed: role IN (''source'', ''target'')")}
        WHERE NEW.role NOT IN ('source', 'target');
    {_FAIL.format('FOREIGN KEY constraint failed')}
        WHERE NOT EXISTS (SELECT 1 FROM event_rows r WHERE {event_id_sql('r')} = NEW.event_id)
        OR NOT EXISTS (SELECT 1 FROM actors WHERE id = NEW.actor_id);
    INSERT INTO event_actor_rows(article, event, role, actor)
        SELECT r.article, r.id, NEW.role = 'target', ac.rowid FROM event_rows r, actors ac
        WHERE {event_id_sql('r')} = NEW.event_id AND ac.id = NEW.actor_id;"""
_DELETE_BODY = f"""
    DELETE FROM event_actor_rows WHERE (article, event) IN
        (SELECT r.article, r.id FROM event_rows r WHERE {event_id_sql('r')} = OLD.event_id)
        AND role = (OLD.role = 'target') AND actor = (SELECT rowid FROM actors WHERE id = OLD.actor_id);"""
# an update: the old row deleted, the new one inserted through the view (its insert trigger)
_AGAIN = "\n    INSERT INTO event_actors(event_id, actor_id, role) VALUES (NEW.event_id, NEW.actor_id, NEW.role);"
TRIGGERS_SQL = view_triggers("event_actors", "event_actor_rows", "actor", _INSERT_BODY, _DELETE_BODY,
                             _DELETE_BODY + _AGAIN)

# the delete of an article's events (migration 13) no longer deletes their actors through the
# view one by one: ``articles_event_actors_ad`` deletes the article's rows of event_actor_rows
ARTICLE_EVENTS_SQL = """
DROP TRIGGER articles_events_ad;
CREATE TRIGGER articles_events_ad AFTER DELETE ON articles BEGIN
    DELETE FROM event_rows WHERE article = old.rowid;
END;
"""

# Migration VERSION (SQLite): the rows of the old table converted in key order, the table
# replaced by the view (its actor index goes with it, and comes back on the new table).
MIGRATION_SQL = TABLES_SQL + f"""INSERT INTO event_actor_rows(article, event, role, actor)
    SELECT r.article, r.id, ea.role = 'target', ac.rowid
    FROM event_actors ea JOIN event_rows r ON {event_id_sql('r')} = ea.event_id JOIN actors ac ON ac.id = ea.actor_id
    ORDER BY 1, 2, 3, 4;
DROP TABLE event_actors;
""" + INDEXES_SQL + VIEW_SQL + TRIGGERS_SQL + ARTICLE_EVENTS_SQL
DESCRIPTION = (
    "event actors stored compactly (SQLite): the public `event_actors` a view over `event_actor_rows` (the"
    " event's key in `event_rows`, the actor's rowid, the role as 0 for source and 1 for target), the same"
    " columns and values; writable through triggers. PostgreSQL keeps its table")
# the tables that become views, and the tables added (``migrations.SQLITE_ONLY``)
SQLITE_ONLY = (("event_actors",), ("event_actor_rows",))


def _events(conn: sqlite3.Connection, ids: list[Any]) -> dict[Any, tuple[int, Any]]:
    """The key in ``event_rows`` (article rowid, stored id) of each event id stored."""
    out: dict[Any, tuple[int, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update((r[0], (r[1], r[2])) for r in conn.execute(
            f"SELECT {event_id_sql('r')}, r.article, r.id FROM event_rows r"
            f" WHERE {event_id_sql('r')} IN ({', '.join('?' * len(chunk))})", chunk))
    return out


def compact_columns(conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]]
                    ) -> list[tuple[Any, ...]]:
    """Rows of the public ``event_actors`` given column by column (``data[i]`` the values of
    ``columns[i]``; a column not given is NULL) as rows of ``event_actor_rows`` (tuples of
    ``COLUMNS``), sorted by its key. Raises ``sqlite3.IntegrityError`` for a row without a
    value, with a role that is neither word, or whose event or actor is not in the database
    (as the table's constraints did)."""
    given = dict(zip(columns, data, strict=True))
    none = (None,) * (len(data[0]) if data else 0)
    events, actors, roles = (given.get(c, none) for c in PUBLIC)
    for c, values in zip(PUBLIC, (events, actors, roles), strict=True):
        if None in values:
            raise sqlite3.IntegrityError(f"NOT NULL constraint failed: event_actors.{c}")
    if set(roles) - set(ROLES):
        raise sqlite3.IntegrityError("CHECK constraint failed: role IN ('source', 'target')")
    keys = _events(conn, sorted(set(events), key=str))
    actor_rows = rowids(conn, "actors", sorted(set(actors), key=str))
    for eid in set(events) - keys.keys():
        raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: event_actors.event_id {eid!r} is not in events")
    for actor in set(actors) - actor_rows.keys():
        raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: event_actors.actor_id {actor!r} is not in actors")
    rows = [(*keys[e], ROLES.index(r), actor_rows[a]) for e, a, r in zip(events, actors, roles, strict=True)]
    rows.sort(key=lambda row: (row[0], isinstance(row[1], str), row[1], row[2], row[3]))
    return rows


def compact_values(conn: sqlite3.Connection, columns: Sequence[str], values: list[tuple[Any, ...]]
                   ) -> list[tuple[Any, ...]]:
    """Rows of the public ``event_actors`` (tuples of ``columns``) as rows of ``event_actor_rows``."""
    return compact_columns(conn, columns, list(zip(*values, strict=True)) if values else [()] * len(columns))
