"""Compact figures, sentences and framing marks (schema version 14, SQLite): the public tables
``figures``, ``sentences`` and ``framing`` become views over ``figure_rows``, ``sentence_rows``
and ``framing_rows``, as ``mentions`` (migration 10, ``compact``) and ``quotes`` (migration 11,
``compact_quotes``) did.

What a stored row holds instead of the public column:

- ``article``: the article's rowid, not its id. Rows are kept in the order of their key,
  WITHOUT ROWID: (article, id) for figures and framing marks, (article, idx) for sentences.
- ``id``, a figure's ``part_of`` and ``quote_id``: a record id as ``records.record_id`` makes
  them (``fig_``, ``fm_`` or ``q_`` and 12 hexadecimal digits) as the integer the digits write;
  any other id as it was given (a number as its text: the TEXT affinity of the public column).
- ``text`` (of a figure or a framing mark): NULL when it is the article's text at the row's
  offsets, else the text given. A figure's ``attribution``, ``group`` and ``place`` have no
  offsets of their own: they are kept as written.
- the words a few values repeat (a figure's qualifier, unit, kind and stance; a framing
  mark's kind and voice): codes of ``figure_codes`` / ``framing_codes``. A figure's measure
  stays a word, in its index (the list of measures reads the index alone). A figure's
  source (``attribution``) is an open class of names, most written once or twice: as codes it
  took more room than as text (1.38 against 1.19 KB per article for figures on the PolNeAR
  dev articles), and is kept as text.

A figure's actor ids are kept as they are (the public table never made them foreign keys: an
id there need not be an actor of the store). Reading a view gives the columns and values its
table had, ``record`` of figures still computed from them (``record_json.record_sql``). INSTEAD
OF triggers turn an INSERT, UPDATE or DELETE of a view into one of its table (a figure inserted
without a stance takes ``asserted``, the column's default); deleting an article deletes its rows.
The store writes the tables itself, converted here (``Layout.compact_columns``).

Queries of the views: by article (``article_id = ?``) they read the key's range. A figure looked
up by its id alone would read every row (the id the view shows is computed): the ledger's joins
from a claim to its figure name the claim's article too (``f.article_id = c.article_id``), and
migration 14 declares ``claim_ledger`` again so. Indexes: a figure's measure (the list of
measures) and source actor (an actor's profile), as before; the stance and kind of figures and
framing marks had indexes no query used, and have none now.

PostgreSQL keeps its tables (migration 14 changes nothing there).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import compact, ledger_schema
from .compact_layout import CompactTable, Conversion, convert
from .record_json import record_sql
from .rows import TABLE_COLUMNS, TABLES, quoted

VERSION = 14  # the migration that makes these views (one constant: renumbered at a merge)


def _stored_id_sql(expr: str, prefix: str) -> str:
    """The stored form of a public id ``expr`` (``compact.id_key``): only text matches a record
    id's pattern (GLOB reads a number as its text, which no pattern with a prefix matches), so
    the digits are read from ``expr`` itself; any other id is stored as the public column's
    TEXT affinity would store it."""
    return compact.id_key_sql(expr, prefix, compact.as_text_sql(expr))


@dataclass(frozen=True)
class Layout(CompactTable):
    """How the rows of one public table are stored compactly (see the module; what it shares
    with ``compact_layout.Layout``: ``CompactTable``)."""

    public: str
    physical: str
    columns_ddl: str  # the stored columns, as declared (without the key)
    key: str  # the stored key's second column (after ``article``)
    codes: str = ""  # the table of codes, if any
    ids: Mapping[str, str] = field(default_factory=dict)  # id column -> the prefix of its record ids
    spans: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # text -> start, end columns
    coded: tuple[str, ...] = ()
    indexes: str = ""

    @property
    def public_columns(self) -> tuple[str, ...]:
        return TABLE_COLUMNS[self.public]

    def public_name(self) -> str:
        return self.public

    @property
    def COLUMNS(self) -> tuple[str, ...]:  # the store reads a layout's columns as a module's
        return self.columns

    @property
    def REFERENCES(self) -> list[tuple[str, str, str]]:
        return self.references

    def required(self, column: str) -> bool:
        return not TABLES[self.public].column(column).nullable

    def default(self, column: str) -> str | None:
        return TABLES[self.public].column(column).default

    # -- SQL ---------------------------------------------------------------------------------
    def tables_sql(self) -> str:
        codes_ddl = (f"CREATE TABLE {self.codes} (code INTEGER PRIMARY KEY, word TEXT NOT NULL UNIQUE);\n"
                     if self.codes else "")
        return (codes_ddl + f"CREATE TABLE {self.physical} (\n    article INTEGER NOT NULL,{self.columns_ddl},\n"
                f"    PRIMARY KEY (article, {self.key})\n) WITHOUT ROWID;\n")

    def _public_sql(self, c: str) -> str:
        """The public value of column ``c`` of a stored row ``r`` of article ``a``."""
        if c == "article_id":
            return "a.id"
        if c in self.ids:
            return compact.id_sql(f"r.{c}", self.ids[c])
        if c in self.spans:
            start, end = self.spans[c]
            return f"COALESCE(r.{c}, substr(a.text, r.{start} + 1, r.{quoted(end)} - r.{start}))"
        if c in self.coded:
            return f"(SELECT word FROM {self.codes} WHERE code = r.{quoted(c)})"
        return f"r.{quoted(c)}"

    def view_sql(self) -> str:
        inner = ",\n    ".join(f"{self._public_sql(c)} AS {quoted(c)}" for c in self.written)
        source = f"FROM {self.physical} r JOIN articles a ON a.rowid = r.article"
        if "record" not in self.public_columns:
            return f"CREATE VIEW {self.public} AS SELECT\n    {inner}\n{source};\n"
        return (f"CREATE VIEW {self.public} AS SELECT {', '.join(quoted(c) for c in self.written)},\n"
                f"    {record_sql(self.public)} AS record\nFROM (SELECT\n    {inner}\n{source});\n")

    def _value_sql(self, row: str, c: str) -> str:
        """The public value ``row.c`` given to a writer, its column's default where NULL."""
        default = self.default(c)
        return f"COALESCE({row}.{quoted(c)}, {default})" if default else f"{row}.{quoted(c)}"

    def _stored_sql(self, row: str) -> str:
        """The values of ``COLUMNS`` from a public row ``row`` of article ``a``."""
        out = ["a.rowid"]
        for c in self.COLUMNS[1:]:
            if c in self.ids:
                out.append(_stored_id_sql(f"{row}.{c}", self.ids[c]))
            elif c in self.spans:
                start, end = (f"{row}.{quoted(x)}" for x in self.spans[c])
                out.append(f"CASE WHEN substr(a.text, {start} + 1, {end} - {start}) = {row}.{c}"
                           f" THEN NULL ELSE {row}.{c} END")
            elif c in self.coded:
                out.append(f"(SELECT code FROM {self.codes} WHERE word = {self._value_sql(row, c)})")
            else:
                out.append(self._value_sql(row, c))
        return ", ".join(out)

    def _key_sql(self, row: str) -> str:
        if self.key in self.ids:
            return _stored_id_sql(f"{row}.{self.key}", self.ids[self.key])
        return f"{row}.{self.key}"

    def triggers_sql(self) -> str:
        checks = "".join(
            f"\n    SELECT RAISE(ABORT, 'NOT NULL constraint failed: {self.public}.{c}')"
            f" WHERE {self._value_sql('NEW', c)} IS NULL;"
            for c in (*self.spans, *self.coded) if self.required(c))
        words = "".join(f"\n    INSERT INTO {self.codes}(word) SELECT {self._value_sql('NEW', c)}"
                        f" WHERE {self._value_sql('NEW', c)} IS NOT NULL ON CONFLICT DO NOTHING;"
                        for c in self.coded)
        insert = f"""
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')
        WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = NEW.article_id);{checks}{words}
    INSERT INTO {self.physical}({', '.join(quoted(c) for c in self.COLUMNS)})
        SELECT {self._stored_sql('NEW')}
        FROM articles a WHERE a.id = NEW.article_id;"""
        delete = f"""
    DELETE FROM {self.physical} WHERE article = (SELECT rowid FROM articles WHERE id = OLD.article_id)
        AND {self.key} = {self._key_sql('OLD')};"""
        # an update: the old row deleted, the new one inserted through the view (its insert trigger)
        cols = ", ".join(quoted(c) for c in self.written)
        update = delete + (f"\n    INSERT INTO {self.public}({cols})"
                           f" VALUES ({', '.join('NEW.' + quoted(c) for c in self.written)});")
        return compact.view_triggers(self.public, self.physical, None, insert, delete, update)

    def migration_sql(self) -> str:
        """The rows of the table converted, in key order, then the table replaced by the view
        (its indexes go with it; those queries use come back on the new table)."""
        words = "\n    UNION ".join(f"SELECT {quoted(c)} FROM {self.public} WHERE {quoted(c)} IS NOT NULL"
                                     for c in self.coded)
        fill = f"INSERT INTO {self.codes}(word) {words} ORDER BY 1;\n" if self.coded else ""
        return self.tables_sql() + fill + f"""INSERT INTO {self.physical}({', '.join(quoted(c) for c in self.COLUMNS)})
    SELECT {self._stored_sql('r')}
    FROM {self.public} r JOIN articles a ON a.id = r.article_id
    ORDER BY 1, 2;
DROP TABLE {self.public};
""" + self.indexes + self.view_sql() + self.triggers_sql()

    # -- the store's writes ------------------------------------------------------------------
    def compact_columns(self, conn: sqlite3.Connection, columns: Sequence[str], data: Sequence[Sequence[Any]]
                        ) -> list[tuple[Any, ...]]:
        """Rows of the public table given column by column as rows of the stored table
        (``compact_layout.convert``: a text or code a row lacks fails as the table's NOT NULL
        did; a code's default, the column's, is given where the row has none)."""
        spans = tuple((c, *offsets) for c, offsets in self.spans.items())
        required = tuple(c for c in (*self.spans, *self.coded) if self.required(c))
        defaults = {c: d.strip("'") for c in self.coded if (d := self.default(c)) is not None}
        return convert(conn, columns, data, Conversion(self.public, self.COLUMNS, self.codes, self.ids, spans,
                                                       self.coded, required, defaults))


FIGURES = Layout(
    "figures", "figure_rows", """
    id NOT NULL,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT,
    value_low REAL NOT NULL, value_high REAL NOT NULL, qualifier INTEGER, unit INTEGER, measure TEXT,
    kind INTEGER NOT NULL, "group" TEXT, group_actor_id TEXT, part_of, time_scope TEXT,
    place TEXT, perpetrator_actor_id TEXT, attribution TEXT NOT NULL,
    attribution_actor_id TEXT, quote_id, confidence REAL NOT NULL,
    stance INTEGER NOT NULL, extra TEXT""", "id", "figure_codes",
    {"id": "fig", "part_of": "fig", "quote_id": "q"}, {"text": ("start", "end")},
    ("qualifier", "unit", "kind", "stance"),
    "CREATE INDEX figures_measure ON figure_rows(measure) WHERE measure IS NOT NULL;\n"
    "CREATE INDEX ledger_figures_attribution ON figure_rows(attribution_actor_id)"
    " WHERE attribution_actor_id IS NOT NULL;\n")
SENTENCES = Layout("sentences", "sentence_rows", """
    idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL""", "idx")
FRAMING = Layout(
    "framing", "framing_rows", """
    id NOT NULL,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT,
    kind INTEGER NOT NULL, refers_to TEXT, note TEXT, voice INTEGER NOT NULL""", "id", "framing_codes",
    {"id": "fm"}, {"text": ("start", "end")}, ("kind", "voice"))
LAYOUTS = {x.public: x for x in (FIGURES, SENTENCES, FRAMING)}

# A claim's figure was a foreign key (``claim_thread_claims.figure_id``, ON DELETE CASCADE), which
# a view cannot be the parent of (SQLite refuses every write to the child then, and dropping the
# table ``figures`` would delete every claim): the claims' table is declared again without it
# (first, with the view that reads it), and a trigger deletes a figure's claim with the figure.
CLAIMS_SQL = """
DROP VIEW claim_ledger;
CREATE TABLE claim_thread_claims_v13 (
    figure_id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL REFERENCES claim_threads(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('first', 'repeat', 'update', 'agrees', 'disagreement')),
    role_note TEXT NOT NULL DEFAULT '',
    interval_low REAL, interval_high REAL, counted_as TEXT
);
INSERT INTO claim_thread_claims_v13(figure_id, thread_id, article_id, position, role, role_note, interval_low,
    interval_high, counted_as)
    SELECT figure_id, thread_id, article_id, position, role, role_note, interval_low, interval_high, counted_as
    FROM claim_thread_claims;
DROP TABLE claim_thread_claims;
ALTER TABLE claim_thread_claims_v13 RENAME TO claim_thread_claims;
CREATE INDEX claim_thread_claims_thread ON claim_thread_claims(thread_id, position);
"""
CLAIMS_TRIGGER_SQL = f"""
CREATE TRIGGER figure_rows_claims_ad AFTER DELETE ON figure_rows BEGIN
    DELETE FROM claim_thread_claims WHERE figure_id = {compact.id_sql("old.id", "fig")};
END;
"""

# the ledger's view of claims, declared again: a figure found by its claim's article and id
# (the key of figure_rows) instead of its id alone
_CLAIM_LEDGER = next(x for x in ledger_schema.SQLITE.split(";") if "CREATE VIEW IF NOT EXISTS claim_ledger" in x)
CLAIM_LEDGER_SQL = _CLAIM_LEDGER.replace("CREATE VIEW IF NOT EXISTS", "CREATE VIEW").replace(
    "JOIN figures f ON f.id = c.figure_id", "JOIN figures f ON f.id = c.figure_id AND f.article_id = c.article_id") + ";\n"

MIGRATION_SQL = CLAIMS_SQL + "".join(x.migration_sql() for x in LAYOUTS.values()) + CLAIMS_TRIGGER_SQL + CLAIM_LEDGER_SQL
DESCRIPTION = (
    "figures, sentences and framing marks stored compactly (SQLite): the public `figures`, `sentences` and"
    " `framing` views over `figure_rows`, `sentence_rows` and `framing_rows` (article rowid, ids as integers,"
    " text from the article at the offsets, repeated words as codes of `figure_codes` and `framing_codes`),"
    " the same columns and values; writable through triggers; `claim_ledger` finds a claim's figure by its"
    " article and id, and `claim_thread_claims` is declared again without its foreign key to `figures` (a trigger"
    " deletes a figure's claim with it). PostgreSQL keeps its tables")
VIEWS = tuple(LAYOUTS)
TABLES_ADDED = ("figure_rows", "figure_codes", "sentence_rows", "framing_rows", "framing_codes")
