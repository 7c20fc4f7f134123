"""Row shapes: every record table's columns, written once.

``TABLES`` gives each record table of the store its columns (name, SQL type, nullable, default,
key), in the order of the table; ``analysis_rows`` is how one analysis becomes rows of those
tables (the layout of the database and of Parquet shards). ``LISTINGS`` are the record lists the
query layer returns (``newsledger query``, the REST API): columns of these tables, picked and
joined; the query layer's SELECT and the API's row models are derived from them.

The schema migrations (``migrations.py``) keep the DDL text each version was released with; a
test checks that a new database's tables have exactly the columns given here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..records import Analysis, Record, Span
from .record_json import extra_of, offsets_of, record_text

TEXT, INTEGER, REAL = "TEXT", "INTEGER", "REAL"
PY_TYPES: dict[str, type] = {TEXT: str, INTEGER: int, REAL: float}

# column names that are SQL keywords, quoted wherever they are written
RESERVED = frozenset({"end", "group"})


def quoted(column: str) -> str:
    """A column name as SQL: keywords in double quotes."""
    return f'"{column}"' if column in RESERVED else column


@dataclass(frozen=True)
class Column:
    name: str
    type: str = TEXT  # TEXT, INTEGER or REAL
    nullable: bool = True
    default: str | None = None  # an SQL literal
    # computed from the row's other columns: a virtual generated column in SQLite (stored
    # nowhere), a column the store writes in PostgreSQL (see ``record_json``)
    generated: bool = False


@dataclass(frozen=True)
class TableShape:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the primary key

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _cols(spec: str, type_: str = TEXT, nullable: bool = True) -> tuple[Column, ...]:
    return tuple(Column(n, type_, nullable) for n in spec.split())


def _req(spec: str, type_: str = TEXT) -> tuple[Column, ...]:
    return _cols(spec, type_, nullable=False)


# the columns a record of an article starts with: its id, article and place in the text
_LOCATED = (Column("id", nullable=False), *_req("article_id"), *_req("sentence start end", INTEGER))

# added by migration 4: the stance of a quote, figure or event (``records.Stance``)
_STANCE = Column("stance", nullable=False, default="'asserted'")
# migration 7: what a record holds beyond its columns, and the record as JSON built from them
_RECORD = (*_cols("extra"), Column("record", nullable=False, generated=True))
# migration 7: the offsets of spans whose text was a column already
_QUOTE_OFFSETS = _cols("cue_start cue_end speaker_start speaker_end", INTEGER)
_EVENT_OFFSETS = _cols("predicate_start predicate_end source_start source_end target_start target_end", INTEGER)
# added by migration 5: the ACLED typology of an event (``records.Event``)
_ACLED = _cols("acled_type acled_subtype scope")

TABLES: dict[str, TableShape] = {t.name: t for t in (
    TableShape("articles", (
        Column("id", nullable=False), *_cols("url outlet title byline published"),
        Column("language", nullable=False, default="'en'"), *_cols("source_path external_id"),
        *_req("text"), *_cols("pipeline"), *_req("analysed_at")), ("id",)),
    TableShape("sentences", (*_req("article_id"), *_req("idx paragraph start end", INTEGER)),
               ("article_id", "idx")),
    TableShape("actors", (
        Column("id", nullable=False), *_req("name type"), *_cols("country"),
        Column("sectors", nullable=False, default="'[]'"),
        Column("members", nullable=False, default="'[]'"), *_req("source"), *_cols("code")),
        ("id",)),
    # migration 9: an id is unique within its article (see ``migrations``)
    TableShape("mentions", (*_LOCATED, *_req("text label kind"), *_req("confidence", REAL),
                            *_cols("actor_id")), ("article_id", "id")),
    TableShape("quotes", (
        *_LOCATED, *_req("kind"), *_req("paragraph content_start content_end", INTEGER),
        *_req("content"), *_cols("cue cue_lemma speaker speaker_actor_id parent_id"),
        *_req("confidence", REAL), _STANCE, *_QUOTE_OFFSETS, *_RECORD), ("id",)),
    TableShape("figures", (
        *_LOCATED, *_req("text"), *_req("value_low value_high", REAL),
        *_cols("qualifier unit measure"), *_req("kind"),
        *_cols("group group_actor_id part_of time_scope place perpetrator_actor_id"),
        *_req("attribution"), *_cols("attribution_actor_id quote_id"), *_req("confidence", REAL),
        _STANCE, *_RECORD), ("id",)),
    TableShape("events", (
        *_LOCATED, *_req("text plover"), *_cols("mode cameo"), *_cols("quad_class", INTEGER),
        *_cols("goldstein", REAL), *_req("predicate"), *_cols("source_text target_text"),
        *_req("modality claimed_by"), *_cols("quote_id date place"), *_req("confidence", REAL),
        _STANCE, *_ACLED, *_EVENT_OFFSETS, *_RECORD), ("id",)),
    TableShape("event_actors", _req("event_id actor_id role"), ("event_id", "actor_id", "role")),
    TableShape("framing", (*_LOCATED, *_req("text kind"), *_cols("refers_to note"),
                           *_req("voice")), ("id",)),
    TableShape("failures", (Column("source", nullable=False), *_req("reason"),
                            *_cols("article_id"), *_req("failed_at")), ("source",)),
)}

RECORD_TABLES = ("articles", "sentences", "actors", "mentions", "quotes", "figures", "events",
                 "event_actors", "framing", "failures")
# Columns of each table, in the order of the table (shards hold them all).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {t: TABLES[t].column_names for t in RECORD_TABLES}
# the order tables are written in (parents before children)
WRITE_ORDER = ("articles", "actors", "sentences", "mentions", "quotes", "figures", "events",
               "event_actors", "framing")


# Tables whose rows concurrent transactions may both write (articles of overlapping inputs,
# actors shared by many articles): in PostgreSQL they are inserted sorted by key, so that two
# writers take their row locks in the same order and cannot deadlock. Every other row belongs to
# one article, whose row the writer already holds.
SHARED_KEYS: dict[str, str] = {"articles": "id", "actors": "id", "failures": "source"}


# -- how an analysis becomes rows --------------------------------------------------------------

def _span_text(span: Span | None) -> str | None:
    return span.text if span is not None else None


def _located(r: Any) -> dict[str, Any]:
    return {"id": r.id, "article_id": r.article_id, "sentence": r.sentence, "start": r.start,
            "end": r.end}


def _article_rows(an: Analysis, analysed_at: str) -> list[dict[str, Any]]:
    a = an.article
    return [{"id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title, "byline": a.byline,
             "published": a.published, "language": a.language, "source_path": a.source_path,
             "external_id": a.external_id, "text": a.text, "pipeline": json.dumps(an.pipeline),
             "analysed_at": analysed_at}]


def _with_record(table: str, row: dict[str, Any], record: Record, text: bool = True) -> dict[str, Any]:
    """``row`` with its ``extra`` (what the record holds beyond the columns) and ``record``
    (None unless ``text``: where the database computes it)."""
    d = record.to_dict()
    row.update(offsets_of(table, d))
    row["extra"] = extra_of(table, d, row)
    row["record"] = record_text(table, row) if text else None  # as SQLite computes it
    return row


def _quote_rows(an: Analysis, known: set[str], text: bool) -> list[dict[str, Any]]:
    return [_with_record("quotes", {
             **_located(q), "kind": q.kind, "paragraph": q.paragraph,
             "content_start": q.content.start, "content_end": q.content.end,
             "content": q.content.text, "cue": _span_text(q.cue), "cue_lemma": q.cue_lemma,
             "speaker": _span_text(q.speaker),
             "speaker_actor_id": q.speaker_actor_id if q.speaker_actor_id in known else None,
             "parent_id": q.parent_id, "confidence": q.confidence, "stance": q.stance}, q, text)
            for q in an.quotes]


def _figure_rows(an: Analysis, text: bool) -> list[dict[str, Any]]:
    return [_with_record("figures", {
             **_located(f), "text": f.text, "value_low": f.value_low, "value_high": f.value_high,
             "qualifier": f.qualifier, "unit": f.unit, "measure": f.measure, "kind": f.kind,
             "group": f.group, "group_actor_id": f.group_actor_id, "part_of": f.part_of,
             "time_scope": f.time_scope, "place": f.place,
             "perpetrator_actor_id": f.perpetrator_actor_id, "attribution": f.attribution,
             "attribution_actor_id": f.attribution_actor_id, "quote_id": f.quote_id,
             "confidence": f.confidence, "stance": f.stance}, f, text)
            for f in an.figures]


def _event_rows(an: Analysis, text: bool) -> list[dict[str, Any]]:
    return [_with_record("events", {
             **_located(e), "text": e.text, "plover": e.plover, "mode": e.mode, "cameo": e.cameo,
             "quad_class": e.quad_class, "goldstein": e.goldstein, "predicate": e.predicate.text,
             "source_text": _span_text(e.source), "target_text": _span_text(e.target),
             "modality": e.modality, "claimed_by": e.claimed_by, "quote_id": e.quote_id,
             "date": e.date, "place": e.place, "confidence": e.confidence, "stance": e.stance,
             "acled_type": e.acled_type, "acled_subtype": e.acled_subtype, "scope": e.scope}, e, text)
            for e in an.events]


def _event_actor_rows(an: Analysis, known: set[str]) -> list[dict[str, Any]]:
    # a source coded from the place (no perpetrator named) is not an actor who did anything
    return [{"event_id": e.id, "actor_id": aid, "role": role} for e in an.events
            for role, ids in (("source", () if e.source_basis == "place" else e.source_actor_ids),
                              ("target", e.target_actor_ids))
            for aid in dict.fromkeys(ids) if aid in known]


def analysis_rows(an: Analysis, analysed_at: str, *, record: bool = True) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysis becomes, per table (the layout of the database and of Parquet
    shards); each row has exactly its table's columns. ``record=False``: the ``record`` of
    quotes, figures and events is None (for a database that computes it)."""
    a = an.article
    known = {x.id for x in an.actors}
    return {
        "articles": _article_rows(an, analysed_at),
        "actors": [{"id": x.id, "name": x.name, "type": x.type, "country": x.country,
                    "sectors": json.dumps(list(x.sectors)), "members": json.dumps(list(x.members)),
                    "source": x.source, "code": x.code} for x in an.actors],
        "sentences": [{"article_id": a.id, "idx": s.index, "paragraph": s.paragraph,
                       "start": s.start, "end": s.end} for s in an.sentences],
        "mentions": [{**_located(m), "text": m.text, "label": m.label, "kind": m.kind,
                      "confidence": m.confidence,
                      "actor_id": m.actor_id if m.actor_id in known else None}
                     for m in an.mentions],
        "quotes": _quote_rows(an, known, record),
        "figures": _figure_rows(an, record),
        "events": _event_rows(an, record),
        "event_actors": _event_actor_rows(an, known),
        "framing": [{**_located(f), "text": f.text, "kind": f.kind, "refers_to": f.refers_to,
                     "note": f.note, "voice": f.voice} for f in an.framing],
    }


def failure_row(source: str, reason: str, article_id: str | None, failed_at: str) -> dict[str, Any]:
    return {"source": source, "reason": reason, "article_id": article_id, "failed_at": failed_at}


# -- record lists (the query layer's SELECTs, the API's row models) ----------------------------

@dataclass(frozen=True)
class Field:
    """One column of a record list: ``alias.column`` of a joined table, or an SQL expression
    (``sql``) of the given type."""

    name: str
    alias: str = ""
    column: str | None = None  # default: name
    sql: str | None = None
    type: str | None = None  # for an expression

    def select(self) -> str:
        if self.sql is not None:
            return f"{self.sql} AS {self.name}"
        col = quoted(self.column or self.name)
        expr = f"{self.alias}.{col}" if self.alias else col
        return expr if self.column is None else f"{expr} AS {self.name}"


@dataclass(frozen=True)
class Listing:
    """A record list: its fields, the tables they come from (alias -> table) and the joins."""

    kind: str
    alias: str  # the alias of the listed records' table ("" when not aliased)
    tables: dict[str, str]
    fields: tuple[Field, ...]
    joins: str = ""

    def sql_type(self, f: Field) -> str:
        if f.sql is not None:
            return f.type or TEXT
        return TABLES[self.tables[f.alias]].column(f.column or f.name).type

    def select(self) -> str:
        """``SELECT ... FROM ...`` of this list, without WHERE or ORDER BY."""
        table = self.tables[self.alias]
        source = f"{table} {self.alias}" if self.alias else table
        return (f"SELECT {', '.join(f.select() for f in self.fields)} FROM {source}"
                + (f" {self.joins}" if self.joins else ""))


def _fields(spec: str) -> tuple[Field, ...]:
    """Fields written ``alias.column``, ``alias.column>name`` (under another name) or ``column``."""
    out = []
    for token in spec.split():
        path, _, name = token.partition(">")
        alias, _, column = path.rpartition(".")
        out.append(Field(name or column, alias, column if name else None))
    return tuple(out)


def _dated(alias: str, table: str, spec: str, joins: str = "", **tables: str) -> Listing:
    """A list of an article's records, joined with the article (for its date and outlet)."""
    return Listing(table, alias, {alias: table, "a": "articles", **tables}, _fields(spec),
                   f"JOIN articles a ON a.id = {alias}.article_id{joins}")


LISTINGS: dict[str, Listing] = {
    "articles": Listing("articles", "a", {"a": "articles"},
                        _fields("a.id a.published a.outlet a.title a.url")),
    "events": _dated("e", "events", "e.id a.published a.outlet e.plover e.cameo e.source_text "
                     "e.predicate e.target_text e.modality e.claimed_by e.article_id e.sentence e.stance"),
    "quotes": _dated("q", "quotes", "q.id a.published a.outlet q.kind q.speaker "
                     "ac.name>speaker_actor q.cue_lemma q.content q.article_id q.sentence q.stance",
                     " LEFT JOIN actors ac ON ac.id = q.speaker_actor_id", ac="actors"),
    "figures": _dated("f", "figures", "f.id a.published a.outlet f.qualifier f.value_low "
                      "f.value_high f.unit f.measure f.group f.attribution f.text f.article_id "
                      "f.sentence f.stance"),
    "framing": _dated("fr", "framing", "fr.id a.published a.outlet fr.kind fr.text fr.refers_to "
                      "fr.voice fr.article_id fr.sentence"),
    "actors": Listing("actors", "ac", {"ac": "actors"}, (
        *_fields("ac.id ac.name ac.type ac.country ac.code"),
        Field("mentions", sql="(SELECT COUNT(*) FROM mentions m WHERE m.actor_id = ac.id)",
              type=INTEGER))),
    "failures": Listing("failures", "", {"": "failures"},
                        _fields("source reason article_id failed_at")),
}
