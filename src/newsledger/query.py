"""Queries over a store: records filtered by actor, country, type, outlet and date.

All SQL is parameterised; filters combine with AND. Results come as a ``Table`` of columns and
rows, which the CLI prints as a table, CSV or JSON. The same queries run on SQLite and
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

from . import db
from .errors import NewsledgerError
from .records import Record
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


_SELECT = {
    "articles": ("SELECT a.id, a.published, a.outlet, a.title, a.url FROM articles a", "a"),
    "events": (
        "SELECT e.id, a.published, a.outlet, e.plover, e.cameo, e.source_text, e.predicate,"
        " e.target_text, e.modality, e.claimed_by, e.article_id, e.sentence"
        " FROM events e JOIN articles a ON a.id = e.article_id", "e"),
    "quotes": (
        "SELECT q.id, a.published, a.outlet, q.kind, q.speaker, ac.name AS speaker_actor,"
        " q.cue_lemma, q.content, q.article_id, q.sentence"
        " FROM quotes q JOIN articles a ON a.id = q.article_id"
        " LEFT JOIN actors ac ON ac.id = q.speaker_actor_id", "q"),
    "figures": (
        "SELECT f.id, a.published, a.outlet, f.qualifier, f.value_low, f.value_high, f.unit,"
        " f.measure, f.\"group\", f.attribution, f.text, f.article_id, f.sentence"
        " FROM figures f JOIN articles a ON a.id = f.article_id", "f"),
    "framing": (
        "SELECT fr.id, a.published, a.outlet, fr.kind, fr.text, fr.refers_to, fr.voice,"
        " fr.article_id, fr.sentence FROM framing fr JOIN articles a ON a.id = fr.article_id", "fr"),
    "actors": (
        "SELECT ac.id, ac.name, ac.type, ac.country, ac.code,"
        " (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = ac.id) AS mentions FROM actors ac", "ac"),
    "failures": ("SELECT source, reason, article_id, failed_at FROM failures", ""),
}

# which column a --type filter applies to, per kind
_TYPE_COLUMN = {"events": "e.plover", "quotes": "q.kind", "figures": "f.measure",
                "actors": "ac.type", "framing": "fr.kind"}


def _actor_ids_clause(kind: str) -> str | None:
    return {
        "events": "e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id IN ({ids}))",
        "quotes": "q.speaker_actor_id IN ({ids})",
        "figures": "(f.group_actor_id IN ({ids}) OR f.attribution_actor_id IN ({ids})"
                   " OR f.perpetrator_actor_id IN ({ids}))",
        "framing": "fr.refers_to IN ({ids})",
        "articles": "a.id IN (SELECT m.article_id FROM mentions m WHERE m.actor_id IN ({ids}))",
        "actors": "ac.id IN ({ids})",
    }.get(kind)


def query(store: Store, kind: str, filters: Filters | None = None) -> Table:
    """Rows of one record kind matching ``filters``, newest articles first."""
    if kind not in KINDS:
        raise NewsledgerError(f"unknown record kind {kind!r}; choose one of {', '.join(KINDS)}")
    f = filters or Filters()
    if f.limit < 1 or f.offset < 0:
        raise NewsledgerError("limit must be at least 1 and offset not negative")
    sql, alias = _SELECT[kind]
    where: list[str] = []
    params: list[Any] = []
    if f.type:
        col = _TYPE_COLUMN.get(kind)
        if col is None:
            raise NewsledgerError(f"--type does not apply to {kind}")
        where.append(f"UPPER({col}) = UPPER(?)")
        params.append(f.type)
    if f.actor or f.country:
        sub = "SELECT id FROM actors WHERE 1=1"
        sub_params: list[Any] = []
        if f.actor:
            sub += " AND (id = ? OR name LIKE ? ESCAPE '\\')"
            esc = f.actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            sub_params += [f.actor, f"%{esc}%"]
        if f.country:
            sub += " AND (country = UPPER(?) OR members LIKE ?)"
            sub_params += [f.country, f'%"{f.country.upper()}"%']
        clause = _actor_ids_clause(kind)
        if clause is None:
            raise NewsledgerError(f"--actor/--country do not apply to {kind}")
        where.append(clause.replace("{ids}", sub))
        params += sub_params * clause.count("{ids}")
    if kind not in ("actors", "failures"):
        if f.outlet:
            where.append("a.outlet LIKE ?")
            params.append(f"%{f.outlet}%")
        if f.since:
            where.append("a.published >= ?")
            params.append(f.since)
        if f.until:
            where.append("substr(a.published, 1, 10) <= ?")
            params.append(f.until)
        if f.text:
            if store.dialect == db.POSTGRESQL:
                where.append("a.fts @@ to_tsquery('simple', ?)")
                params.append(fts_to_tsquery(f.text))
            else:
                where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
                params.append(f.text)
    elif f.outlet or f.since or f.until or f.text:
        raise NewsledgerError(f"--outlet/--since/--until/--text do not apply to {kind}")
    if where:
        sql += " WHERE " + " AND ".join(where)
    if kind == "actors":
        sql += " ORDER BY mentions DESC, ac.name"
    elif kind == "failures":
        sql += " ORDER BY source"
    else:
        sql += f" ORDER BY a.published DESC, {alias}.rowid" if alias != "a" else " ORDER BY a.published DESC, a.id"
    sql += " LIMIT ? OFFSET ?"
    params += [f.limit, f.offset]
    try:
        cur = store.conn.execute(sql, params)
    except Exception as exc:  # sqlite3.OperationalError or db.DatabaseError on bad search syntax
        raise NewsledgerError(f"query failed: {exc}") from exc
    cols = tuple(d[0] for d in cur.description)
    return Table(columns=cols, rows=tuple(tuple(r) for r in cur.fetchall()))


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
