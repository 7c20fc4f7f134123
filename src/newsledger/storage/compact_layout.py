"""The layout of a record table stored compactly in SQLite (``quotes`` from schema 11, ``events``
from 13): a public view with the table's columns and values over a WITHOUT ROWID table of the
values it cannot compute, keyed by (article rowid, id). ``Layout`` describes one such table and
writes its SQL (the stored table, the view, the triggers that keep the view writable, the
migration's copy of the old rows) and its conversions in Python (a bulk writer's rows, one
article's rows read back). The stored forms (see ``compact`` and ``compact_quotes``):

- ``article``: the article's rowid; ids (``ids``: column -> prefix) as the integer the 12
  hexadecimal digits of a record id write, any other id as given (text);
- a span's text (``spans``: text, start and end columns): NULL when the article holds it at
  the span's offsets, an empty BLOB (``X''``) for a text NULL while its offsets are not;
- ``coded`` columns: codes of the table's code table (a word per code);
- ``actors`` (public column -> stored column): the actor's rowid;
- ``grid`` columns (from schema 18): a REAL on the grid of hundredths as that number (``grid``).

``record`` is computed, as before, from the row's public values (``record_json.record_sql``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from . import grid as grid_values
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
    short_key_sql,
    sort_key,
)
from .record_json import record_sql
from .rows import TABLE_COLUMNS, quoted

EMPTY = b""  # a span's text NULL while its offsets are not
Key = Callable[[str, str], str]  # the SQL of a public id column's stored form: (column, prefix) -> SQL


def released_key(expr: str, prefix: str) -> str:
    """The stored form of a public id as migrations 11 and 13 were released with it."""
    return id_key_sql(as_text_sql(expr), prefix)


def short_key(expr: str, prefix: str) -> str:
    """The same value, shorter (migration 16): the digits read from ``expr`` itself."""
    return short_key_sql(expr, prefix, as_text_sql(expr))


def public_text_sql(row: str, article: str, text: str, start: str, end: str) -> str:
    """The public text of a stored span (as the view reads it)."""
    t, s, e = f"{row}.{text}", f"{row}.{start}", f"{row}.{quoted(end)}"
    return (f"CASE WHEN {t} IS NULL THEN CASE WHEN {s} IS NULL OR {e} IS NULL THEN NULL"
            f" ELSE substr({article}.text, {s} + 1, {e} - {s}) END WHEN {t} = X'' THEN NULL ELSE {t} END")


def stored_text_sql(row: str, article: str, text: str, start: str, end: str) -> str:
    """The stored text of a public span (for the triggers and the migration)."""
    t, s, e = f"{row}.{text}", f"{row}.{start}", f"{row}.{quoted(end)}"
    return (f"CASE WHEN {t} IS NULL THEN CASE WHEN {s} IS NULL OR {e} IS NULL THEN NULL ELSE X'' END"
            f" WHEN substr({article}.text, {s} + 1, {e} - {s}) = {t} THEN NULL ELSE {t} END")


def stored_text(text: str, value: Any, start: Any, end: Any) -> Any:
    """``stored_text_sql`` in Python, for a span of the article ``text``."""
    if value is None:
        return None if start is None or end is None else EMPTY
    if type(start) is int and type(end) is int and 0 <= start <= end and text[start:end] == value:
        return None
    return value


def substr(conn: sqlite3.Connection, text: str, start: Any, end: Any) -> Any:
    """SQLite's ``substr(text, start + 1, end - start)`` (the view's), for the offsets of a row."""
    if type(start) is int and type(end) is int and 0 <= start <= end:
        return text[start:end]
    return conn.execute("SELECT substr(?1, ?2 + 1, ?3 - ?2)", (text, start, end)).fetchone()[0]


def written_columns(table: str) -> tuple[str, ...]:
    """The public columns of ``table`` a writer gives (``record`` is computed)."""
    return tuple(c for c in TABLE_COLUMNS[table] if c != "record")


def stored_columns(table: str, actors: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """The columns of the table that stores the rows of the public ``table``: the article's
    rowid first, then the written columns (an actor column under its stored name, ``actors``)."""
    return ("article", *((actors or {}).get(c, c) for c in written_columns(table) if c != "article_id"))


def references(actors: Sequence[str] | Mapping[str, str] = ()) -> list[tuple[str, str, str]]:
    """The foreign keys of a public table stored compactly, checked by a bulk writer: its article,
    and its ``actors`` columns."""
    return [("article_id", "articles", "id"), *((c, "actors", "id") for c in actors)]


class CompactTable:
    """What the layouts of compact tables share (``Layout`` here, ``compact_figures.Layout``):
    from the public table's name and its actor columns, the public columns a writer gives, the
    columns of the stored table and the foreign keys a bulk writer checks; rows given as tuples
    converted as rows given column by column (``compact_columns``, each layout's own)."""

    def public_name(self) -> str:
        raise NotImplementedError

    def actor_columns(self) -> Mapping[str, str]:
        return {}

    @property
    def written(self) -> tuple[str, ...]:
        return written_columns(self.public_name())

    @property
    def columns(self) -> tuple[str, ...]:
        """The columns of the stored table."""
        return stored_columns(self.public_name(), self.actor_columns())

    @property
    def references(self) -> list[tuple[str, str, str]]:
        """The foreign keys of the public table, checked by a bulk writer."""
        return references(self.actor_columns())

    def compact_columns(self, conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]]
                        ) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def compact_values(self, conn: sqlite3.Connection, columns: Sequence[str], values: list[tuple[Any, ...]]
                       ) -> list[tuple[Any, ...]]:
        """Public rows (tuples of ``columns``) as stored rows."""
        return self.compact_columns(conn, columns, list(zip(*values, strict=True)) if values else [()] * len(columns))


@dataclass(frozen=True)
class Conversion:
    """What a bulk writer does to the public rows of a table stored compactly (the layout of
    ``Layout`` and of ``compact_figures.Layout``)."""

    table: str  # the public name
    stored: tuple[str, ...]  # the columns of the stored table
    code_table: str
    ids: Mapping[str, str]  # id columns -> their record ids' prefix
    spans: tuple[tuple[str, str, str], ...]  # text, start and end columns
    coded: tuple[str, ...]
    required: tuple[str, ...]  # NOT NULL public columns the stored table cannot check itself
    defaults: Mapping[str, str]  # coded column -> its default word
    actors: Mapping[str, str] = field(default_factory=dict)  # public actor column -> stored column
    rows: str = ""  # the stored table
    grid: tuple[str, ...] = ()  # REAL columns stored on the grid where ``rows`` does (schema 18)


def convert(conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]], how: Conversion
            ) -> list[tuple[Any, ...]]:
    """Public rows given column by column (``data[i]`` the values of ``columns[i]``; a column not
    given is NULL, ``record`` is ignored) as stored rows (tuples of ``how.stored``), sorted by
    their key. Raises ``sqlite3.IntegrityError`` for a row whose article or actor is not in the
    database (as the foreign keys of the public table did), or without a required value."""
    n = len(data[0]) if data else 0
    given = dict(zip(columns, data, strict=True))
    col = {c: given.get(c, (None,) * n) for c in TABLE_COLUMNS[how.table]}
    article_ids = col["article_id"]
    articles = articles_of(conn, sorted(set(article_ids)))
    named = sorted({a for c in how.actors for a in col[c] if a is not None})
    actor_rows = rowids(conn, "actors", named) if named else {}
    for aid in set(article_ids) - articles.keys():
        raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: {how.table}.article_id {aid!r} is not in articles")
    for c in how.actors:
        for actor in {a for a in col[c] if a is not None} - actor_rows.keys():
            raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed: {how.table}.{c} {actor!r} is not in actors")
    words = {c: [how.defaults[c] if x is None else x for x in col[c]] if c in how.defaults else col[c]
             for c in how.coded}
    for required in how.required:  # a code's default stands in for a NULL
        if None in words.get(required, col[required]):
            raise sqlite3.IntegrityError(f"NOT NULL constraint failed: {how.table}.{required}")
    code_of = codes(conn, {x for c in how.coded for x in words[c]}, how.code_table) if how.coded else {}
    texts = [articles[a][1] for a in article_ids]
    out: dict[str, list[Any]] = {"article": [articles[a][0] for a in article_ids]}
    if "extra" in how.stored:
        out["extra"] = extras(how.table, col, n)
    out.update((c, [id_key(str(v) if type(v) is int else v, p) for v in col[c]]) for c, p in how.ids.items())
    out.update((s, [None if a is None else actor_rows[a] for a in col[c]]) for c, s in how.actors.items())
    out.update((c, [None if x is None else code_of[x] for x in words[c]]) for c in how.coded)
    for text, start, end in how.spans:
        out[text] = [stored_text(t, v, s, e) for t, v, s, e in zip(texts, col[text], col[start], col[end], strict=True)]
    out.update((c, [grid_values.stored(x) for x in col[c]]) for c in how.grid
               if grid_values.on_grid(conn, how.rows, c))
    rows = list(zip(*(out[c] if c in out else col[c] for c in how.stored), strict=True))
    rows.sort(key=sort_key)
    return rows


@dataclass(frozen=True)
class Layout(CompactTable):
    """One record table stored compactly (see the module)."""

    table: str  # the public name
    rows: str  # the table that stores its rows
    code_table: str
    ids: Mapping[str, str]  # id columns -> their record ids' prefix
    spans: tuple[tuple[str, str, str], ...]
    coded: tuple[str, ...]
    required: tuple[str, ...]  # NOT NULL public columns the stored table cannot check itself
    defaults: Mapping[str, str] = field(default_factory=dict)  # coded column -> its default word
    actors: Mapping[str, str] = field(default_factory=dict)  # public actor column -> stored column
    code_alias: Mapping[str, str] = field(default_factory=dict)  # migration: coded column -> alias
    text_id: bool = False  # the view's id cast to TEXT (an index on it serves joins with TEXT columns)
    grid: tuple[str, ...] = ()  # REAL columns stored on the grid of hundredths (schema 18, ``grid``)

    @property
    def public(self) -> tuple[str, ...]:
        return TABLE_COLUMNS[self.table]

    def public_name(self) -> str:
        return self.table

    def actor_columns(self) -> Mapping[str, str]:
        return self.actors

    def _span(self, column: str) -> tuple[str, str, str] | None:
        return next((s for s in self.spans if s[0] == column), None)

    def text_sql(self, column: str, row: str, article: str = "a") -> str:
        """The public text of the span ``column`` of a stored ``row`` of ``article``."""
        span = self._span(column)
        assert span is not None, column
        return public_text_sql(row, article, *span)

    # -- the view ----------------------------------------------------------------------------
    def _code_sql(self, column: str, row: str) -> str:
        return f"(SELECT word FROM {self.code_table} WHERE code = {row}.{column})"

    def inner_select(self, row: str) -> str:
        """The public columns but ``record``, from a stored ``row``, its article ``a`` and its
        actors (``ac``, then ``ac2``...)."""
        aliases = self.actor_aliases()
        out = []
        for c in self.written:
            if c in self.ids:
                value = id_sql(row + '.' + c, self.ids[c])
                out.append(f"CAST({value} AS TEXT) AS {c}" if c == "id" and self.text_id else f"{value} AS {c}")
            elif c == "article_id":
                out.append("a.id AS article_id")
            elif c in self.actors:
                out.append(f"{aliases[c]}.id AS {c}")
            elif c in self.coded:
                out.append(f"{self._code_sql(c, row)} AS {c}")
            elif (span := self._span(c)) is not None:
                out.append(f"{public_text_sql(row, 'a', *span)} AS {c}")
            elif c in self.grid:
                out.append(f"{grid_values.public_sql(row + '.' + c)} AS {c}")
            else:
                out.append(f"{row}.{quoted(c)} AS {quoted(c)}")
        return ",\n    ".join(out)

    def actor_aliases(self) -> dict[str, str]:
        return {c: "ac" if k == 0 else f"ac{k + 1}" for k, c in enumerate(self.actors)}

    def view_sql(self, row: str) -> str:
        aliases = self.actor_aliases()
        actor_joins = "".join(f" LEFT JOIN actors {aliases[c]} ON {aliases[c]}.rowid = {row}.{s}"
                              for c, s in self.actors.items())
        return f"""
CREATE VIEW {self.table} AS SELECT {', '.join(quoted(c) for c in self.written)},
    {record_sql(self.table)} AS record
FROM (SELECT
    {self.inner_select(row)}
FROM {self.rows} {row} JOIN articles a ON a.rowid = {row}.article{actor_joins});
"""

    # -- writing through the view ------------------------------------------------------------
    def stored_values_sql(self, row: str, article: str, codes_of: Mapping[str, str],
                          actors: Mapping[str, str], key: Key = released_key) -> str:
        """The values of ``columns`` from a public row ``row`` (without its article, ``article``)."""
        stored = {s: c for c, s in self.actors.items()}
        out = [f"{article}.rowid"]
        for c in self.columns[1:]:
            if c in self.ids:
                out.append(key(f"{row}.{c}", self.ids[c]))
            elif c in self.coded:
                out.append(codes_of[c])
            elif c in stored:
                out.append(actors[stored[c]])
            elif (span := self._span(c)) is not None:
                out.append(stored_text_sql(row, article, *span))
            elif c in self.grid:
                out.append(grid_values.stored_sql(f"{row}.{c}"))
            else:
                out.append(f"{row}.{quoted(c)}")
        return ", ".join(out)

    def _word_sql(self, column: str, row: str = "NEW") -> str:
        default = self.defaults.get(column)
        return f"{row}.{column}" if default is None else f"COALESCE({row}.{column}, '{default}')"

    def insert_body(self, key: Key = released_key) -> str:
        t = self.table
        lines = ["", "    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')",
                 "        WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id);"]
        for c in self.actors:
            lines += ["    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')",
                      f"        WHERE NEW.{c} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors WHERE id = NEW.{c});"]
        lines += [f"    SELECT RAISE(ABORT, 'NOT NULL constraint failed: {t}.{c}') WHERE NEW.{c} IS NULL;"
                  for c in self.required]
        for c in self.coded:
            when = "" if c in self.required or c in self.defaults else f" WHERE NEW.{c} IS NOT NULL"
            lines.append(f"    INSERT INTO {self.code_table}(word) SELECT {self._word_sql(c)}{when} ON CONFLICT DO NOTHING;")
        values = self.stored_values_sql(
            "NEW", "a", {c: f"(SELECT code FROM {self.code_table} WHERE word = {self._word_sql(c)})" for c in self.coded},
            {c: f"(SELECT rowid FROM actors WHERE id = NEW.{c})" for c in self.actors}, key)
        lines += [f"    INSERT INTO {self.rows}({', '.join(quoted(c) for c in self.columns)})",
                  f"        SELECT {values}", "        FROM articles a WHERE a.id = NEW.article_id;"]
        return "\n".join(lines)

    def delete_body(self, key: Key = released_key) -> str:
        return f"""
    DELETE FROM {self.rows} WHERE article = (SELECT rowid FROM articles WHERE id = OLD.article_id)
        AND id = {key("OLD.id", self.ids["id"])};"""

    def insert_again(self) -> str:
        """The new row of an update inserted through the view (its insert trigger)."""
        return (f"\n    INSERT INTO {self.table}({', '.join(quoted(c) for c in self.written)})"
                f" VALUES ({', '.join('NEW.' + quoted(c) for c in self.written)});")

    # -- the migration -----------------------------------------------------------------------
    def copy_sql(self, row: str) -> str:
        """The codes and rows of the old table ``row`` copied into the stored table, in key order."""
        required = [c for c in self.coded if c in self.required or c in self.defaults]
        words = " UNION ".join(f"SELECT {c} FROM {self.table}" + ("" if c in required else f" WHERE {c} IS NOT NULL")
                               for c in self.coded)
        alias = {c: self.code_alias.get(c, f"{c}_code") for c in self.coded}
        joins = "".join(f" JOIN {self.code_table} {alias[c]} ON {alias[c]}.word = {row}.{c}" for c in required)
        joins += "".join(f" LEFT JOIN {self.code_table} {alias[c]} ON {alias[c]}.word = {row}.{c}"
                         for c in self.coded if c not in required)
        aliases = self.actor_aliases()
        joins += "".join(f" LEFT JOIN actors {aliases[c]} ON {aliases[c]}.id = {row}.{c}" for c in self.actors)
        values = self.stored_values_sql(row, "a", {c: f"{alias[c]}.code" for c in self.coded},
                                        {c: f"{aliases[c]}.rowid" for c in self.actors})
        return f"""INSERT INTO {self.code_table}(word) {words} ORDER BY 1;
INSERT INTO {self.rows}({', '.join(quoted(c) for c in self.columns)})
    SELECT {values}
    FROM {self.table} {row} JOIN articles a ON a.id = {row}.article_id
       {joins}
    ORDER BY 1, 2;
"""

    # -- Python conversions ------------------------------------------------------------------
    def compact_columns(self, conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]]
                        ) -> list[tuple[Any, ...]]:
        """Public rows given column by column as stored rows (``convert``)."""
        return convert(conn, columns, data, Conversion(
            self.table, self.columns, self.code_table, self.ids, self.spans, self.coded, self.required,
            self.defaults, self.actors, self.rows, self.grid))

    # -- reading one article -------------------------------------------------------------------
    def _read_columns(self) -> tuple[str, ...]:
        return tuple(c for c in self.written if c != "article_id")

    def read_sql(self) -> str:
        aliases = self.actor_aliases()

        def column(c: str) -> str:
            if c in self.coded:
                return f"{c}_code.word"
            return f"{aliases[c]}.id" if c in self.actors else f"q.{quoted(c)}"

        required = [c for c in self.coded if c in self.required or c in self.defaults]
        return (f"SELECT {', '.join(column(c) for c in self._read_columns())} FROM {self.rows} q"
                + "".join(f" {'JOIN' if c in required else 'LEFT JOIN'} {self.code_table} {c}_code"
                          f" ON {c}_code.code = q.{c}" for c in self.coded)
                + "".join(f" LEFT JOIN actors {aliases[c]} ON {aliases[c]}.rowid = q.{s}" for c, s in self.actors.items())
                + " WHERE q.article = (SELECT rowid FROM articles WHERE id = ?)")

    def read(self, conn: sqlite3.Connection, article_id: str, text: str) -> list[dict[str, Any]]:
        """The rows of one article as the view gives them (a dict of public columns but
        ``record`` per row), in the order of ``ORDER BY start, id``: read from the stored table,
        the ids written and the texts cut from ``text`` (the article's) here."""
        cur = conn.cursor()
        cur.row_factory = None  # plain tuples
        names = self._read_columns()
        out = []
        for r in cur.execute(self.read_sql(), (article_id,)):
            row = dict(zip(names, r, strict=True))
            row["article_id"] = article_id
            for c, prefix in self.ids.items():
                if type(row[c]) is int:
                    row[c] = f"{prefix}_{row[c]:0{HEX}x}"
            for c in self.grid:
                row[c] = grid_values.public(row[c])
            for t, s, e in self.spans:
                v = row[t]
                if v is None:
                    row[t] = None if row[s] is None or row[e] is None else substr(conn, text, row[s], row[e])
                elif v == EMPTY:
                    row[t] = None
            out.append(row)
        out.sort(key=itemgetter("start", "id"))
        return out
