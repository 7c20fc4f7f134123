"""Compact mentions (schema version 10, SQLite): the public table ``mentions`` is a view over
``mention_rows``, which stores each mention without the values it can compute.

What a row of ``mention_rows`` holds instead of the public column:

- ``article``: the article's rowid, not its id (a 16-character hash, repeated in every row and
  in the actor index). Rows are kept in the order of their key (article, id), WITHOUT ROWID:
  an article's mentions are one range, appended at the end as articles are added.
- ``id``: a mention id as ``records.record_id`` makes them (``m_`` and 12 hexadecimal digits)
  as the integer those digits write (6 bytes instead of 14); any other id as it was given.
  The view writes the integer back the same way (``printf('m_%012x', id)``).
- ``text``: NULL when it is the article's text at the mention's offsets (Python's string
  offsets count characters, as SQLite's ``substr`` does on TEXT), else the text given.
- ``label`` and ``kind``: codes of ``mention_codes`` (a word per code, shared by both).
- ``actor``: the actor's rowid (``actors.rowid``), not its id (a string of 8 to 40 characters,
  in every row that has one and in the actor index).

Reading ``mentions`` gives the columns and values it had (plain SQL: ``printf``, ``substr``,
``COALESCE`` and joins by integer keys). Writing it keeps working for other writers: INSTEAD
OF triggers turn an INSERT, UPDATE or DELETE of ``mentions`` into one of ``mention_rows``
(``INSERT ... ON CONFLICT`` is not possible on a view: a key there already fails). The store
writes ``mention_rows`` itself, converted here (``compact_values``). A rowid cannot be a
foreign key's parent: triggers do what the foreign keys of the table did (deleting an article
deletes its rows; an actor that mentions name cannot be deleted or given another id). Like the
full-text index, the rows follow the article's rowid (which VACUUM keeps: a test checks it), so
an article replaced by ``INSERT OR REPLACE`` must be deleted first (REPLACE fires delete
triggers only with ``recursive_triggers``).

Queries of the view: by article (``article_id = ?``) they read the key's range, by actor
(``actor_id = ?``) the actor index. An IN list of actors alone (``actor_id IN (...)``) scans
the table in SQLite 3.40: the actor is a LEFT JOIN in the view (a mention may have none), and
only a comparison, not an IN list, lets SQLite's planner start from the actors; add one that
every id passes (``AND actor_id >= ''``, as ``query`` does) to use the index.

PostgreSQL keeps its ``mentions`` table as it is (migration 10 changes nothing there).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from . import grid
from .record_json import extra_of

# the public table stored compactly (SQLite): public name -> the table its rows are in
PHYSICAL = {"mentions": "mention_rows", "quotes": "quote_rows", "events": "event_rows",
            "figures": "figure_rows", "sentences": "sentence_rows", "framing": "framing_rows",
            "event_actors": "event_actor_rows"}

HEX = 12  # hexadecimal digits of a record id (``records.record_id``)
# record ids, one a line
_IDS = re.compile(rf"(?:m_[0-9a-f]{{{HEX}}}\n)*m_[0-9a-f]{{{HEX}}}")


def id_key(record_id: Any, prefix: str = "m") -> Any:
    """The stored form of a record id (``prefix`` (``m``, ``q``, ``ev``), ``_`` and 12 hexadecimal digits, as
    ``records.record_id`` makes them): the integer its digits write, or the id as given."""
    head = len(prefix) + 1
    if type(record_id) is str and len(record_id) == HEX + head and record_id.startswith(prefix + "_"):
        digits = record_id[head:]
        try:
            value = int(digits, 16)
        except ValueError:
            return record_id
        # written back the same (``int`` also reads upper case, a sign, spaces and underscores)
        return value if f"{value:0{HEX}x}" == digits else record_id
    return record_id


def id_key_sql(expr: str, prefix: str = "m", other: str | None = None) -> str:
    """``id_key`` in SQL (for the triggers and the migrations); ``other``: what an id that is
    not a record id is stored as (default: ``expr``)."""
    first = len(prefix) + 2  # SQLite counts from 1
    digits = " + ".join(f"(instr('0123456789abcdef', substr({expr}, {first + k}, 1)) - 1) * {16 ** (HEX - 1 - k)}"
                        for k in range(HEX))
    glob = prefix + "_" + "[0-9a-f]" * HEX
    return f"CASE WHEN {expr} GLOB '{glob}' THEN {digits} ELSE {other or expr} END"


def short_key_sql(expr: str, prefix: str = "m", other: str | None = None) -> str:
    """``id_key_sql`` written shorter, the same value (migration 16's triggers): each digit's
    value (``instr`` in the digits after ``0``: 0 for ``0``) shifted into place, read from
    ``expr`` itself (only text matches the pattern, and a number's text never does)."""
    first = len(prefix) + 2  # SQLite counts from 1
    digits = " + ".join(f"(instr('123456789abcdef', substr({expr}, {first + k}, 1)) << {4 * (HEX - 1 - k)})"
                        for k in range(HEX - 1)) + f" + instr('123456789abcdef', substr({expr}, {first + HEX - 1}, 1))"
    glob = prefix + "_" + "[0-9a-f]" * HEX
    return f"CASE WHEN {expr} GLOB '{glob}' THEN {digits} ELSE {other or expr} END"


def as_text_sql(expr: str) -> str:
    """A value written to a public id column as that column stores it (TEXT affinity: a number
    given is stored as its text)."""
    return f"CASE WHEN typeof({expr}) IN ('integer', 'real') THEN CAST({expr} AS TEXT) ELSE {expr} END"


def extras(table: str, col: Mapping[str, Sequence[Any]], n: int) -> list[Any]:
    """``extra`` of each of ``n`` rows of ``table`` given column by column (``col``); a row
    without it whose ``record`` is given (a shard written before migration 7) gets it from the
    record."""
    out = list(col["extra"])
    for i in range(n):
        if out[i] is None and col["record"][i] is not None:
            row = {c: col[c][i] for c in col}
            out[i] = extra_of(table, json.loads(row["record"]), row)
    return out


def id_sql(expr: str, prefix: str = "m") -> str:
    """The public id of a stored id (``id_key`` read back)."""
    return f"CASE WHEN typeof({expr}) = 'integer' THEN printf('{prefix}_%0{HEX}x', {expr}) ELSE {expr} END"


def _text_sql(row: str, article: str, text: str) -> str:
    """The stored text: NULL where the article's text at the offsets is the same."""
    return (f"CASE WHEN substr({article}.text, {row}.start + 1, {row}.\"end\" - {row}.start) = {text}"
            f" THEN NULL ELSE {text} END")


TABLES_SQL = """
CREATE TABLE mention_codes (code INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);
CREATE TABLE mention_rows (
    article INTEGER NOT NULL,
    id NOT NULL,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT,
    label INTEGER NOT NULL REFERENCES mention_codes(code),
    kind INTEGER NOT NULL REFERENCES mention_codes(code),
    confidence REAL NOT NULL,
    actor INTEGER,
    PRIMARY KEY (article, id)
) WITHOUT ROWID;
"""

def text_sql(row: str = "m", article: str = "a") -> str:
    """The public text of a stored mention ``row`` of ``article`` (as the view reads it)."""
    return f'COALESCE({row}.text, substr({article}.text, {row}.start + 1, {row}."end" - {row}.start))'


def view_sql(confidence: str = "m.confidence") -> str:
    """The view ``mentions`` (``confidence``: the SQL of its public value, from migration 18
    ``grid.public_sql``)."""
    return f"""
CREATE VIEW mentions AS SELECT
    {id_sql("m.id")} AS id,
    a.id AS article_id, m.sentence AS sentence, m.start AS start, m."end" AS "end",
    {text_sql()} AS text,
    l.word AS label, k.word AS kind, {confidence} AS confidence, ac.id AS actor_id
FROM mention_rows m JOIN articles a ON a.rowid = m.article
    JOIN mention_codes l ON l.code = m.label JOIN mention_codes k ON k.code = m.kind
    LEFT JOIN actors ac ON ac.rowid = m.actor;
"""


VIEW_SQL = view_sql()

def insert_body(key: Callable[[str], str] | None = None, confidence: str = "NEW.confidence") -> str:
    """The body of the trigger that inserts a row of the view ``mentions`` (``key``: the SQL of
    a stored id, default ``id_key_sql``, the text migration 10 was released with; ``confidence``:
    the SQL of the stored value, from migration 18 ``grid.stored_sql``)."""
    key = key or id_key_sql
    return f"""
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')
        WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id);
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')
        WHERE NEW.actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors WHERE id = NEW.actor_id);
    SELECT RAISE(ABORT, 'NOT NULL constraint failed: mentions.text') WHERE NEW.text IS NULL;
    INSERT INTO mention_codes(word) SELECT NEW.label WHERE NEW.label IS NOT NULL ON CONFLICT DO NOTHING;
    INSERT INTO mention_codes(word) SELECT NEW.kind WHERE NEW.kind IS NOT NULL ON CONFLICT DO NOTHING;
    INSERT INTO mention_rows(article, id, sentence, start, "end", text, label, kind, confidence, actor)
        SELECT a.rowid, {key("NEW.id")}, NEW.sentence, NEW.start, NEW."end",
            {_text_sql("NEW", "a", "NEW.text")},
            (SELECT code FROM mention_codes WHERE word = NEW.label),
            (SELECT code FROM mention_codes WHERE word = NEW.kind), {confidence},
            (SELECT rowid FROM actors WHERE id = NEW.actor_id)
        FROM articles a WHERE a.id = NEW.article_id;"""


def delete_body(key: Callable[[str], str] | None = None) -> str:
    """The body of the trigger that deletes a row of the view ``mentions`` (see ``insert_body``)."""
    return f"""
    DELETE FROM mention_rows WHERE article = (SELECT rowid FROM articles WHERE id = OLD.article_id)
        AND id = {(key or id_key_sql)("OLD.id")};"""


def instead_of_sql(view: str, insert_body: str, delete_body: str, update_body: str) -> str:
    """The INSTEAD OF INSERT, DELETE and UPDATE triggers of a ``view``, given their bodies."""
    return f"""
CREATE TRIGGER {view}_insert INSTEAD OF INSERT ON {view} BEGIN{insert_body}
END;
CREATE TRIGGER {view}_delete INSTEAD OF DELETE ON {view} BEGIN{delete_body}
END;
CREATE TRIGGER {view}_update INSTEAD OF UPDATE ON {view} BEGIN{update_body}
END;"""


def view_triggers(view: str, table: str, actor_column: str | None, insert_body: str, delete_body: str,
                  update_body: str | None = None) -> str:
    """The triggers that keep a public ``view`` over a compact ``table`` writable as its table
    was (INSTEAD OF insert, delete, update), delete an article's rows with it and refuse to
    delete or rename an actor the rows name in ``actor_column`` (if any), as the foreign keys did.
    An update deletes the row and inserts the new one (``update_body``, default: both bodies)."""
    actor = "" if actor_column is None else f"""
CREATE TRIGGER actors_{view}_bd BEFORE DELETE ON actors
WHEN EXISTS (SELECT 1 FROM {table} WHERE {actor_column} = old.rowid) BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;
CREATE TRIGGER actors_{view}_bu BEFORE UPDATE OF id ON actors
WHEN new.id IS NOT old.id AND EXISTS (SELECT 1 FROM {table} WHERE {actor_column} = old.rowid) BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');
END;
"""
    return instead_of_sql(view, insert_body, delete_body, update_body or delete_body + insert_body) + f"""
CREATE TRIGGER articles_{view}_ad AFTER DELETE ON articles BEGIN
    DELETE FROM {table} WHERE article = old.rowid;
END;{actor}"""


TRIGGERS_SQL = view_triggers("mentions", "mention_rows", "actor", insert_body(), delete_body())

ACTOR_INDEX_SQL = "CREATE INDEX mentions_actor ON mention_rows(actor) WHERE actor IS NOT NULL;\n"

# Migration 10 (SQLite): the rows of the version 9 table converted, in key order, then the
# table replaced by the view (its actor index goes with it, and comes back on the new table).
MIGRATION_SQL = TABLES_SQL + f"""
INSERT INTO mention_codes(word) SELECT label FROM mentions UNION SELECT kind FROM mentions ORDER BY 1;
INSERT INTO mention_rows(article, id, sentence, start, "end", text, label, kind, confidence, actor)
    SELECT a.rowid, {id_key_sql("m.id")}, m.sentence, m.start, m."end", {_text_sql("m", "a", "m.text")},
        l.code, k.code, m.confidence, ac.rowid
    FROM mentions m JOIN articles a ON a.id = m.article_id
        JOIN mention_codes l ON l.word = m.label JOIN mention_codes k ON k.word = m.kind
        LEFT JOIN actors ac ON ac.id = m.actor_id
    ORDER BY 1, 2;
DROP TABLE mentions;
""" + ACTOR_INDEX_SQL + VIEW_SQL + TRIGGERS_SQL

# the columns of the public table (``rows.TABLES``) and of the table that stores them
_PUBLIC = ("id", "article_id", "sentence", "start", "end", "text", "label", "kind", "confidence", "actor_id")
COLUMNS = ("article", "id", "sentence", "start", "end", "text", "label", "kind", "confidence", "actor")
# the foreign keys of the public table, checked by a bulk writer (``Store.check_references``)
REFERENCES = {"mentions": [("article_id", "articles", "id"), ("actor_id", "actors", "id")]}


# the public id of a stored event (``compact_events``): the view's column and the expression of
# its partial index, which every row is in; a count of the rows reads that index (about a fifth
# of the table's pages), not the rows
EVENT_PREFIX = "ev"
EVENT_ID_SQL = f"CAST({id_sql('id', EVENT_PREFIX)} AS TEXT)"
_COUNTED = {"event_rows": f" WHERE {EVENT_ID_SQL} IS NOT NULL"}


# the indexes a bulk load keeps while it writes (``Store.indexes_built_after``): the triggers that
# check a row of event_actors or ledger_event_mentions names an event look it up by this one
KEPT_INDEXES = frozenset({"events_id"})


def count_sql(stored: str) -> str:
    """The count of the rows of a table that stores a view's rows (``stored_table``)."""
    return f"SELECT COUNT(*) FROM {stored}{_COUNTED.get(stored, '')}"


def stored_table(conn: sqlite3.Connection, table: str) -> str | None:
    """The table that stores the rows of ``table`` when that is a view over it (one row there
    per row of the view: count that one, SQLite counts a table without reading its rows), else
    None."""
    physical = PHYSICAL.get(table)
    if physical is None or conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                        (physical,)).fetchone() is None:
        return None
    return physical


def articles_of(conn: sqlite3.Connection, ids: list[str]) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update((r[0], (r[1], r[2])) for r in conn.execute(
            f"SELECT id, rowid, text FROM articles WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    return out


def rowids(conn: sqlite3.Connection, table: str, ids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update(conn.execute(f"SELECT id, rowid FROM {table} WHERE id IN ({', '.join('?' * len(chunk))})",
                                chunk).fetchall())
    return out


def codes(conn: sqlite3.Connection, words: set[Any], table: str = "mention_codes") -> dict[Any, int]:
    """The code of each word in ``table``, new words given one (inside the caller's transaction)."""
    wanted = sorted(w for w in words if w is not None)
    marks = ", ".join("?" * len(wanted))
    found = dict(conn.execute(f"SELECT word, code FROM {table} WHERE word IN ({marks})", wanted).fetchall())
    missing = [(w,) for w in wanted if w not in found]
    if missing:
        conn.executemany(f"INSERT INTO {table}(word) VALUES (?) ON CONFLICT DO NOTHING", missing)
        found = dict(conn.execute(f"SELECT word, code FROM {table} WHERE word IN ({marks})", wanted).fetchall())
    return found


def sort_key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    # SQLite's order of the key: the article, then integers before text
    return (row[0], isinstance(row[1], str), row[1])


def _id_keys(ids: Sequence[Any]) -> tuple[list[Any], bool]:
    """``id_key`` of each id, and whether all are integers: when all are record ids (one
    regular expression over them all, the usual case), their digits read at once."""
    try:
        every = _IDS.fullmatch("\n".join(ids))
    except TypeError:  # not all text
        every = None
    if every:
        return [int(x[2:], 16) for x in ids], True
    keys = [id_key(x) for x in ids]
    return keys, all(type(k) is int for k in keys)


def compact_values(conn: sqlite3.Connection, columns: Sequence[str], values: list[tuple[Any, ...]]
                   ) -> list[tuple[Any, ...]]:
    """Rows of the public ``mentions`` (tuples of ``columns``) as rows of ``mention_rows``
    (see ``compact_columns``)."""
    return compact_columns(conn, columns, list(zip(*values, strict=True)) if values else [()] * len(columns))


def compact_columns(conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]]
                    ) -> list[tuple[Any, ...]]:
    """Rows of the public ``mentions`` given column by column (``data[i]`` the values of
    ``columns[i]``; a column not given is NULL) as rows of ``mention_rows`` (tuples of
    ``COLUMNS``), sorted by its key. Raises ``sqlite3.IntegrityError`` for a row whose article
    or actor is not in the database (as the foreign keys of the public table did) or that has
    no text."""
    given = dict(zip(columns, data, strict=True))
    none = (None,) * (len(data[0]) if data else 0)
    ids, article_ids, sentences, starts, ends, texts, labels, kinds, confidences, actors = (
        given.get(c, none) for c in _PUBLIC)
    articles = articles_of(conn, sorted(set(article_ids)))
    actor_rows = rowids(conn, "actors", sorted({a for a in actors if a is not None}))
    code_of = codes(conn, {*labels, *kinds})
    for aid in set(article_ids) - articles.keys():
        raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: mentions.article_id {aid!r} is not in articles")
    for actor in {a for a in actors if a is not None} - actor_rows.keys():
        raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: mentions.actor_id {actor!r} is not in actors")
    if None in texts:  # NULL stored means the article's text: a mention has a text
        raise sqlite3.IntegrityError("NOT NULL constraint failed: mentions.text")
    keys, integers = _id_keys(ids)
    text_of = {a: t for a, (_, t) in articles.items()}
    stored = [None if type(s) is int and type(e) is int and 0 <= s <= e and text_of[a][s:e] == t else t
              for a, s, e, t in zip(article_ids, starts, ends, texts, strict=True)]
    if grid.on_grid(conn, "mention_rows", "confidence"):  # schema 18
        confidences = [grid.stored(x) for x in confidences]
    rows = list(zip([articles[a][0] for a in article_ids], keys, sentences, starts, ends, stored,
                    [code_of.get(x) for x in labels], [code_of.get(x) for x in kinds], confidences,
                    [None if a is None else actor_rows[a] for a in actors], strict=True))
    rows.sort(key=itemgetter(0, 1) if integers else sort_key)
    return rows


_READ_SQL = ('SELECT m.id, m.sentence, m.start, m."end", m.text, l.word, k.word, m.confidence, ac.id'
             " FROM mention_rows m JOIN mention_codes l ON l.code = m.label JOIN mention_codes k ON k.code = m.kind"
             " LEFT JOIN actors ac ON ac.rowid = m.actor WHERE m.article = (SELECT rowid FROM articles WHERE id = ?)")


def read_mentions(conn: sqlite3.Connection, article_id: str, text: str) -> list[tuple[Any, ...]]:
    """The mentions of one article as the view gives them (its columns but ``article_id``), in
    the order of ``ORDER BY start, id``: read from ``mention_rows``, the ids written and the
    texts cut from ``text`` (the article's) here rather than by SQLite for every row."""
    out = [(f"m_{mid:0{HEX}x}" if type(mid) is int else mid, sentence, start, end,
            text[start:end] if stored is None else stored, label, kind, grid.public(confidence), actor)
           for mid, sentence, start, end, stored, label, kind, confidence, actor
           in conn.execute(_READ_SQL, (article_id,))]
    out.sort(key=itemgetter(2, 0))
    return out
