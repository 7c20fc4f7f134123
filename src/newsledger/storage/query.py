"""Queries over a store: records filtered by actor, country, type, outlet and date.

All SQL is parameterised; filters combine with AND. The columns of each kind are those of its
``rows.LISTINGS`` entry. Results come as a ``Table`` of columns and rows, which the CLI prints
as a table, CSV or JSON. The same queries run on SQLite and
PostgreSQL; full-text search uses FTS5 in SQLite and a tsvector in PostgreSQL, where the FTS5
query syntax (words, "phrases", prefix*, AND, OR, NOT, parentheses) is translated to a tsquery.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import NewsledgerError
from ..records import Record
from . import db
from .filters import country_code, like_pattern, plain_words
from .rows import LISTINGS
from .store import Store

KINDS = ("events", "quotes", "figures", "actors", "articles", "framing", "failures")


@dataclass(frozen=True)
class Filters(Record):
    actor: str | None = None  # actor id, or a part of its canonical name
    country: str | None = None  # ISO alpha-3 code
    type: str | None = None  # PLOVER type, quote kind, figure measure, actor type, framing kind
    outlet: str | None = None
    since: str | None = None  # ISO date, inclusive (article publication date)
    until: str | None = None
    text: str | None = None  # full-text search over article text (FTS5 syntax)
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class Table(Record):
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...] = field(default_factory=tuple)

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(self.columns)
        w.writerows(self.rows)
        return buf.getvalue()

    def to_json(self) -> str:
        return json.dumps([dict(zip(self.columns, r, strict=True)) for r in self.rows],
                          ensure_ascii=False, indent=2)


# which column a --type filter applies to, per kind
_TYPE_COLUMN = {"events": "e.plover", "quotes": "q.kind", "figures": "f.measure",
                "actors": "ac.type", "framing": "fr.kind"}


def _actor_ids_clause(kind: str) -> str | None:
    return {
        "events": "e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id IN ({ids}))",
        # ``>= ''``: see "articles" below (schema 11: quotes are a view, the speaker a LEFT JOIN)
        "quotes": "q.speaker_actor_id IN ({ids}) AND q.speaker_actor_id >= ''",
        "figures": "(f.group_actor_id IN ({ids}) OR f.attribution_actor_id IN ({ids})"
                   " OR f.perpetrator_actor_id IN ({ids}))",
        "framing": "fr.refers_to IN ({ids})",
        # ``>= ''`` (true of every id): in SQLite's view of schema 10, an IN list alone does not
        # let the planner start from the actors (the actor is a LEFT JOIN there), a comparison does
        "articles": "a.id IN (SELECT m.article_id FROM mentions m WHERE m.actor_id IN ({ids}) AND m.actor_id >= '')",
        "actors": "ac.id IN ({ids})",
    }.get(kind)


def query(store: Store, kind: str, filters: Filters | None = None) -> Table:
    """Rows of one record kind matching ``filters``, newest articles first."""
    if kind not in KINDS:
        raise NewsledgerError(f"unknown record kind {kind!r}; choose one of {', '.join(KINDS)}")
    f = checked(filters or Filters())
    try:
        return _run(store, kind, f)
    except NewsledgerError:
        words = plain_words(f.text) if f.text else None
        if words is None or words == f.text:
            raise
        return _run(store, kind, f.replace(text=words))  # "S-300", "U.S.": words, not FTS5 syntax


def checked(f: Filters) -> Filters:
    """``f`` with its country as an alpha-3 code when it names one (see ``filters``)."""
    if f.limit < 1 or f.offset < 0:
        raise NewsledgerError("limit must be at least 1 and offset not negative")
    return f.replace(country=country_code(f.country, strict=False)) if f.country else f


def _run(store: Store, kind: str, f: Filters) -> Table:
    listing = LISTINGS[kind]
    sql = listing.select()
    where: list[str] = []
    params: list[Any] = []
    _type_filter(kind, f, where, params)
    _actor_filter(kind, f, where, params)
    _article_filters(store, kind, f, where, params)
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += _order_by(kind, listing.alias)
    sql += " LIMIT ? OFFSET ?"
    params += [f.limit, f.offset]
    try:
        cur = store.conn.execute(sql, params)
    except Exception as exc:  # sqlite3.OperationalError or db.DatabaseError on bad search syntax
        raise NewsledgerError(f"query failed: {exc}") from exc
    cols = tuple(d[0] for d in cur.description)
    return Table(columns=cols, rows=tuple(tuple(r) for r in cur.fetchall()))


def _type_filter(kind: str, f: Filters, where: list[str], params: list[Any]) -> None:
    if f.type:
        col = _TYPE_COLUMN.get(kind)
        if col is None:
            raise NewsledgerError(f"--type does not apply to {kind}")
        where.append(f"UPPER({col}) = UPPER(?)")
        params.append(f.type)


def _actor_filter(kind: str, f: Filters, where: list[str], params: list[Any]) -> None:
    if not (f.actor or f.country):
        return
    sub = "SELECT id FROM actors WHERE 1=1"
    sub_params: list[Any] = []
    if f.actor:
        sub += " AND (id = ? OR name LIKE ? ESCAPE '\\')"
        sub_params += [f.actor, like_pattern(f.actor)]
    if f.country:
        sub += " AND (country = UPPER(?) OR CAST(members AS TEXT) LIKE ?)"  # JSON text (json in PostgreSQL)
        sub_params += [f.country, f'%"{f.country.upper()}"%']
    clause = _actor_ids_clause(kind)
    if clause is None:
        raise NewsledgerError(f"--actor/--country do not apply to {kind}")
    where.append(clause.replace("{ids}", sub))
    params += sub_params * clause.count("{ids}")


def _article_filters(store: Store, kind: str, f: Filters, where: list[str],
                     params: list[Any]) -> None:
    """Filters on the article a record is in (outlet, dates, full-text search)."""
    if kind in ("actors", "failures"):
        if f.outlet or f.since or f.until or f.text:
            raise NewsledgerError(f"--outlet/--since/--until/--text do not apply to {kind}")
        return
    outlet_and_dates(f, where, params)
    text = (f.text or "").replace("\x00", "")  # no text holds a NUL; SQLite's FTS5 ends a string at one
    if text:
        if store.dialect == db.POSTGRESQL:
            where.append("a.fts @@ to_tsquery('simple', ?)")
            params.append(fts_to_tsquery(text))
        else:
            where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(text)


def outlet_and_dates(f: Filters, where: list[str], params: list[Any]) -> None:
    """The conditions on the article (alias ``a``) for the outlet (a part of its name, LIKE
    wildcards taken literally) and the publication dates of ``f``, added to ``where``/``params``."""
    if f.outlet:
        where.append("a.outlet LIKE ? ESCAPE '\\'")
        params.append(like_pattern(f.outlet))
    if f.since:
        where.append("a.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("substr(a.published, 1, 10) <= ?")
        params.append(f.until)


def _order_by(kind: str, alias: str) -> str:
    if kind == "actors":
        return " ORDER BY mentions DESC, ac.name"
    if kind == "failures":
        return " ORDER BY source"
    return f" ORDER BY a.published DESC, {tie_order(kind, alias)}" if alias != "a" else " ORDER BY a.published DESC, a.id"


# records of the same date in the order of their key where the table is a view without rowid
# (SQLite: quotes from schema 11, events from 13, figures and framing marks from 14, whose rowid
# order was their key's within each stored batch)
_KEY_ORDER = frozenset({"quotes", "events", "figures", "framing"})


def tie_order(kind: str, alias: str) -> str:
    """What orders a listing's records of the same publication date: their id (``quotes``,
    ``events``, ``figures``, ``framing``) or their rowid (the order they were stored in)."""
    return f"{alias}.id" if kind in _KEY_ORDER else f"{alias}.rowid"


# -- FTS5 query syntax as a PostgreSQL tsquery -------------------------------------------------

_FTS_TOKEN = re.compile(r'"((?:[^"]|"")*)("|$)(\*?)|(\()|(\))|([^\s"()]+)')


def _lexeme(word: str, prefix: bool = False) -> str:
    quoted = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


def fts_to_tsquery(text: str) -> str:
    """An FTS5 search (``water "rail line" port* NOT fees``, ``a OR (b AND c)``) as tsquery text
    for ``to_tsquery('simple', ...)``: terms next to each other must all match, a phrase matches
    its words in sequence, ``word*`` any word beginning so. Raises NewsledgerError on unbalanced
    parentheses, as FTS5 does."""
    out: list[str] = []
    operand_last = False  # the previous token ends an operand (a term or a closing parenthesis)
    depth = 0
    for m in _FTS_TOKEN.finditer(text):
        phrase, _close, star, opening, closing, word = m.groups()
        if word in ("AND", "OR", "NOT"):
            if not operand_last:
                if word == "NOT":  # a leading NOT: everything without the next operand
                    out.append("!")
                continue
            out.append({"AND": "&", "OR": "|", "NOT": "& !"}[word])
            operand_last = False
            continue
        if closing:
            if depth == 0:
                raise NewsledgerError("query failed: unbalanced ')' in the search")
            depth -= 1
            if operand_last:
                out.append(")")
            else:  # an empty group or a dangling operator
                raise NewsledgerError("query failed: an operator without an operand in the search")
            operand_last = True
            continue
        if operand_last:
            out.append("&")
        if opening:
            depth += 1
            out.append("(")
            operand_last = False
            continue
        if phrase is not None:
            words = phrase.replace('""', '"').split()
            if not words:
                out.append(_lexeme(""))
            else:
                parts = [_lexeme(w, bool(star) and i == len(words) - 1) for i, w in enumerate(words)]
                out.append("(" + " <-> ".join(parts) + ")" if len(parts) > 1 else parts[0])
        else:
            prefix = word.endswith("*") and len(word) > 1
            out.append(_lexeme(word.rstrip("*") if prefix else word, prefix))
        operand_last = True
    if depth:
        raise NewsledgerError("query failed: unbalanced '(' in the search")
    if out and not operand_last:
        raise NewsledgerError("query failed: an operator without an operand in the search")
    return " ".join(out)
