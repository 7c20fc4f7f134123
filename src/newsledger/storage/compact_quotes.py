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
from operator import itemgetter
from typing import Any

from .compact import (
    HEX,
    articles_of,
    as_text_sql,
    codes,
    extras,
    id_key,
    id_key_sql,
    id_sql,
    rowids,
    sort_key,
    view_triggers,
)
from .record_json import record_sql
from .rows import TABLE_COLUMNS, quoted

PREFIX = "q"
# the texts kept as offsets into the article: text column, start column, end column
SPANS = (("content", "content_start", "content_end"), ("cue", "cue_start", "cue_end"),
         ("speaker", "speaker_start", "speaker_end"))
# the public columns written through codes of ``quote_codes``
CODED = ("kind", "cue_lemma", "stance")
_NOT_NULL_CODES = ("kind", "stance")

# the public columns of ``quotes`` (``record`` computed) and the columns of ``quote_rows``
PUBLIC = TABLE_COLUMNS["quotes"]
_WRITTEN = tuple(c for c in PUBLIC if c != "record")
COLUMNS = ("article", *(c if c != "speaker_actor_id" else "speaker_actor"
                        for c in _WRITTEN if c != "article_id"))
# the foreign keys of the public table, checked by a bulk writer (``Store.check_references``)
REFERENCES = [("article_id", "articles", "id"), ("speaker_actor_id", "actors", "id")]
EMPTY = b""  # a cue or speaker NULL while its offsets are not

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


def _public_text_sql(row: str, article: str, text: str, start: str, end: str) -> str:
    """The public text of a stored span (as the view reads it)."""
    t, s, e = f"{row}.{text}", f"{row}.{start}", f"{row}.{quoted(end)}"
    return (f"CASE WHEN {t} IS NULL THEN CASE WHEN {s} IS NULL OR {e} IS NULL THEN NULL"
            f" ELSE substr({article}.text, {s} + 1, {e} - {s}) END WHEN {t} = X'' THEN NULL ELSE {t} END")


def text_sql(column: str, row: str = "q", article: str = "a") -> str:
    """The public text of the span ``column`` (content, cue or speaker) of a stored quote ``row``
    of ``article``, as the view reads it."""
    _, start, end = next(span for span in SPANS if span[0] == column)
    return _public_text_sql(row, article, column, start, end)


def _stored_text_sql(row: str, article: str, text: str, start: str, end: str) -> str:
    """The stored text of a public span (for the triggers and the migration)."""
    t, s, e = f"{row}.{text}", f"{row}.{start}", f"{row}.{quoted(end)}"
    return (f"CASE WHEN {t} IS NULL THEN CASE WHEN {s} IS NULL OR {e} IS NULL THEN NULL ELSE X'' END"
            f" WHEN substr({article}.text, {s} + 1, {e} - {s}) = {t} THEN NULL ELSE {t} END")


def _code_sql(column: str) -> str:
    return f"(SELECT word FROM quote_codes WHERE code = q.{column})"


def _inner_select() -> str:
    """The public columns but ``record``, from a stored row ``q``, its article ``a`` and actor ``ac``."""
    spans = {text: (start, end) for text, start, end in SPANS}
    out = []
    for c in _WRITTEN:
        if c in ("id", "parent_id"):
            out.append(f"{id_sql('q.' + c, PREFIX)} AS {c}")
        elif c == "article_id":
            out.append("a.id AS article_id")
        elif c == "speaker_actor_id":
            out.append("ac.id AS speaker_actor_id")
        elif c in CODED:
            out.append(f"{_code_sql(c)} AS {c}")
        elif c in spans:
            out.append(f"{_public_text_sql('q', 'a', c, *spans[c])} AS {c}")
        else:
            out.append(f"q.{quoted(c)} AS {quoted(c)}")
    return ",\n    ".join(out)


VIEW_SQL = f"""
CREATE VIEW quotes AS SELECT {', '.join(quoted(c) for c in _WRITTEN)},
    {record_sql("quotes")} AS record
FROM (SELECT
    {_inner_select()}
FROM quote_rows q JOIN articles a ON a.rowid = q.article LEFT JOIN actors ac ON ac.rowid = q.speaker_actor);
"""


def _stored_values_sql(row: str, article: str, codes_of: dict[str, str], actor: str) -> str:
    """The values of ``COLUMNS`` from a public row ``row`` (without its article, ``article``)."""
    spans = {text: (start, end) for text, start, end in SPANS}
    out = [f"{article}.rowid"]
    for c in COLUMNS[1:]:
        if c in ("id", "parent_id"):
            out.append(id_key_sql(as_text_sql(f"{row}.{c}"), PREFIX))
        elif c in CODED:
            out.append(codes_of[c])
        elif c == "speaker_actor":
            out.append(actor)
        elif c in spans:
            out.append(_stored_text_sql(row, article, c, *spans[c]))
        else:
            out.append(f"{row}.{quoted(c)}")
    return ", ".join(out)


_NEW = "NEW"
_INSERT_BODY = f"""
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')
        WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id);
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')
        WHERE NEW.speaker_actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors WHERE id = NEW.speaker_actor_id);
    SELECT RAISE(ABORT, 'NOT NULL constraint failed: quotes.content') WHERE NEW.content IS NULL;
    SELECT RAISE(ABORT, 'NOT NULL constraint failed: quotes.kind') WHERE NEW.kind IS NULL;
    INSERT INTO quote_codes(word) SELECT NEW.kind ON CONFLICT DO NOTHING;
    INSERT INTO quote_codes(word) SELECT NEW.cue_lemma WHERE NEW.cue_lemma IS NOT NULL ON CONFLICT DO NOTHING;
    INSERT INTO quote_codes(word) SELECT COALESCE(NEW.stance, 'asserted') ON CONFLICT DO NOTHING;
    INSERT INTO quote_rows({', '.join(quoted(c) for c in COLUMNS)})
        SELECT {_stored_values_sql(_NEW, "a", {
            "kind": "(SELECT code FROM quote_codes WHERE word = NEW.kind)",
            "cue_lemma": "(SELECT code FROM quote_codes WHERE word = NEW.cue_lemma)",
            "stance": "(SELECT code FROM quote_codes WHERE word = COALESCE(NEW.stance, 'asserted'))"},
            "(SELECT rowid FROM actors WHERE id = NEW.speaker_actor_id)")}
        FROM articles a WHERE a.id = NEW.article_id;"""

_DELETE_BODY = f"""
    DELETE FROM quote_rows WHERE article = (SELECT rowid FROM articles WHERE id = OLD.article_id)
        AND id = {id_key_sql(as_text_sql("OLD.id"), PREFIX)};"""

TRIGGERS_SQL = view_triggers("quotes", "quote_rows", "speaker_actor", _INSERT_BODY, _DELETE_BODY)

# Migration 11 (SQLite): the rows of the version 10 table converted, in key order, then the
# table replaced by the view (its indexes go with it; the speaker index comes back on the new table).
MIGRATION_SQL = TABLES_SQL + f"""
INSERT INTO quote_codes(word) SELECT kind FROM quotes UNION SELECT cue_lemma FROM quotes WHERE cue_lemma IS NOT NULL
    UNION SELECT stance FROM quotes ORDER BY 1;
INSERT INTO quote_rows({', '.join(quoted(c) for c in COLUMNS)})
    SELECT {_stored_values_sql("q", "a", {"kind": "k.code", "cue_lemma": "l.code", "stance": "s.code"}, "ac.rowid")}
    FROM quotes q JOIN articles a ON a.id = q.article_id
        JOIN quote_codes k ON k.word = q.kind JOIN quote_codes s ON s.word = q.stance
        LEFT JOIN quote_codes l ON l.word = q.cue_lemma LEFT JOIN actors ac ON ac.id = q.speaker_actor_id
    ORDER BY 1, 2;
DROP TABLE quotes;
""" + SPEAKER_INDEX_SQL + VIEW_SQL + TRIGGERS_SQL


def _stored_text(text: str, value: Any, start: Any, end: Any) -> Any:
    if value is None:
        return None if start is None or end is None else EMPTY
    if type(start) is int and type(end) is int and 0 <= start <= end and text[start:end] == value:
        return None
    return value


def _ids(values: Sequence[Any]) -> list[Any]:
    # a number given is stored as its text (the TEXT affinity of the table's id columns)
    return [id_key(str(v) if type(v) is int else v, PREFIX) for v in values]


def compact_columns(conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]]
                    ) -> list[tuple[Any, ...]]:
    """Rows of the public ``quotes`` given column by column (``data[i]`` the values of
    ``columns[i]``; a column not given is NULL, ``record`` is ignored) as rows of
    ``quote_rows`` (tuples of ``COLUMNS``), sorted by its key. Raises ``sqlite3.IntegrityError``
    for a row whose article or speaker actor is not in the database (as the foreign keys of the
    public table did), or that has no content or kind."""
    n = len(data[0]) if data else 0
    given = dict(zip(columns, data, strict=True))
    col = {c: given.get(c, (None,) * n) for c in PUBLIC}
    article_ids, actors = col["article_id"], col["speaker_actor_id"]
    articles = articles_of(conn, sorted(set(article_ids)))
    actor_rows = rowids(conn, "actors", sorted({a for a in actors if a is not None}))
    for aid in set(article_ids) - articles.keys():
        raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: quotes.article_id {aid!r} is not in articles")
    for actor in {a for a in actors if a is not None} - actor_rows.keys():
        raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: quotes.speaker_actor_id {actor!r} is not in actors")
    for required in ("content", "kind"):
        if None in col[required]:
            raise sqlite3.IntegrityError(f"NOT NULL constraint failed: quotes.{required}")
    stances = ["asserted" if s is None else s for s in col["stance"]]
    code_of = codes(conn, {*col["kind"], *col["cue_lemma"], *stances}, "quote_codes")
    texts = [articles[a][1] for a in article_ids]
    out: dict[str, list[Any]] = {
        "article": [articles[a][0] for a in article_ids], "id": _ids(col["id"]),
        "parent_id": _ids(col["parent_id"]),
        "speaker_actor": [None if a is None else actor_rows[a] for a in actors],
        "kind": [code_of[x] for x in col["kind"]], "stance": [code_of[x] for x in stances],
        "cue_lemma": [None if x is None else code_of[x] for x in col["cue_lemma"]],
        "extra": extras("quotes", col, n)}
    for text, start, end in SPANS:
        out[text] = [_stored_text(t, v, s, e)
                     for t, v, s, e in zip(texts, col[text], col[start], col[end], strict=True)]
    rows = list(zip(*(out[c] if c in out else col[c] for c in COLUMNS), strict=True))
    rows.sort(key=sort_key)
    return rows


def compact_values(conn: sqlite3.Connection, columns: Sequence[str], values: list[tuple[Any, ...]]
                   ) -> list[tuple[Any, ...]]:
    """Rows of the public ``quotes`` (tuples of ``columns``) as rows of ``quote_rows``."""
    return compact_columns(conn, columns, list(zip(*values, strict=True)) if values else [()] * len(columns))


def _read_column(c: str) -> str:
    if c in CODED:
        return f"{c}_code.word"
    return "ac.id" if c == "speaker_actor_id" else f"q.{quoted(c)}"


# the public columns of an article's quotes but ``article_id`` and ``record``, as stored
_READ_COLUMNS = tuple(c for c in _WRITTEN if c != "article_id")
_READ_SQL = (f"SELECT {', '.join(_read_column(c) for c in _READ_COLUMNS)} FROM quote_rows q"
             + "".join(f" {'JOIN' if c in _NOT_NULL_CODES else 'LEFT JOIN'} quote_codes {c}_code"
                       f" ON {c}_code.code = q.{c}" for c in CODED)
             + " LEFT JOIN actors ac ON ac.rowid = q.speaker_actor"
             " WHERE q.article = (SELECT rowid FROM articles WHERE id = ?)")


def read_quotes(conn: sqlite3.Connection, article_id: str, text: str) -> list[dict[str, Any]]:
    """The quotes of one article as the view gives them (a dict of public columns but
    ``record`` per quote), in the order of ``ORDER BY start, id``: read from ``quote_rows``,
    the ids written and the texts cut from ``text`` (the article's) here."""
    cur = conn.cursor()
    cur.row_factory = None  # plain tuples
    out = []
    for r in cur.execute(_READ_SQL, (article_id,)):
        row = dict(zip(_READ_COLUMNS, r, strict=True))
        row["article_id"] = article_id
        for c in ("id", "parent_id"):
            if type(row[c]) is int:
                row[c] = f"{PREFIX}_{row[c]:0{HEX}x}"
        for t, s, e in SPANS:
            v = row[t]
            if v is None:
                row[t] = None if row[s] is None or row[e] is None else _substr(conn, text, row[s], row[e])
            elif v == EMPTY:
                row[t] = None
        out.append(row)
    out.sort(key=itemgetter("start", "id"))
    return out


def _substr(conn: sqlite3.Connection, text: str, start: Any, end: Any) -> Any:
    """SQLite's ``substr(text, start + 1, end - start)`` (the view's), for the offsets of a row."""
    if type(start) is int and type(end) is int and 0 <= start <= end:
        return text[start:end]
    return conn.execute("SELECT substr(?1, ?2 + 1, ?3 - ?2)", (text, start, end)).fetchone()[0]
