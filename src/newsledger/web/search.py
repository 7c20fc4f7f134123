"""Search that searches what it says: records matched on their own fields, with snippets.

``kind=articles`` searches the article text (FTS5 through ``storage.query``). For records the
words are matched against the record itself, not the article around it: a quote's speaker (as
written and as resolved) and its words, a figure's measure, value text, group and source, an
event's type, actors and sentence, a framing mark's text and kind. Every word must match one of
those fields; quotes whose speaker matches come before quotes that only mention the words.
Each result carries a snippet: the text around the record's words in its article (or, for an
article, around the first word searched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from ..records import Record
from ..storage.filters import like_pattern, plain_words
from ..storage.query import Filters, Table, outlet_and_dates, tie_order
from ..storage.query import query as query_records
from ..storage.rows import LISTINGS
from ..storage.store import Store
from .lists import Total, total

SNIPPET_CHARS = 90
MAX_WORDS = 8

# the fields a record search looks at, per kind (fixed SQL; the words go in as parameters)
MATCH_FIELDS = {
    "quotes": ("q.speaker", "ac.name", "q.content"),
    "figures": ("f.measure", "f.text", "f.\"group\"", "f.attribution", "f.unit"),
    "events": ("e.plover", "e.predicate", "e.source_text", "e.target_text", "e.text"),
    "framing": ("fr.text", "fr.kind", "fr.note"),
}
# what ranks first: a quote by the person searched for before a quote mentioning them
RANK_FIRST = {"quotes": ("q.speaker", "ac.name"), "events": ("e.source_text", "e.target_text")}
# conditions beyond the fields (each takes the word's LIKE pattern once)
MATCH_MORE = {
    "events": ("EXISTS (SELECT 1 FROM event_actors xea JOIN actors xa ON xa.id = xea.actor_id "
               "WHERE xea.event_id = e.id AND LOWER(xa.name) LIKE LOWER(?) ESCAPE '\\')",),
}
TYPE_COLUMN = {"events": "e.plover", "quotes": "q.kind", "figures": "f.measure", "framing": "fr.kind"}
ACTOR_CLAUSE = {
    "events": "e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ea.actor_id IN ({ids}))",
    "quotes": "q.speaker_actor_id IN ({ids}) AND q.speaker_actor_id >= ''",  # see ``query``
    "figures": "(f.group_actor_id IN ({ids}) OR f.attribution_actor_id IN ({ids}))",
    "framing": "fr.refers_to IN ({ids})",
}
TABLE_OF = {"quotes": "quotes", "figures": "figures", "events": "events", "framing": "framing"}


def words_of(text: str | None) -> list[str]:
    """The words of a search, without FTS5 syntax (quotes, parentheses, operators, ``*``)."""
    plain = plain_words(text or "") or text or ""
    words = [w for w in re.findall(r"[\w'’.\-]+", plain) if w.upper() not in ("AND", "OR", "NOT")]
    return [w.strip(".-") for w in words if w.strip(".-")][:MAX_WORDS]


def _like(column: str) -> str:
    return f"LOWER({column}) LIKE LOWER(?) ESCAPE '\\'"


def _where(kind: str, f: Filters, words: list[str]) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    conditions = [*(_like(c) for c in MATCH_FIELDS[kind]), *MATCH_MORE.get(kind, ())]
    for w in words:
        where.append("(" + " OR ".join(conditions) + ")")
        params += [like_pattern(w)] * len(conditions)
    if f.type:
        where.append(f"UPPER({TYPE_COLUMN[kind]}) = UPPER(?)")
        params.append(f.type)
    if f.actor:
        sub = "SELECT id FROM actors WHERE (id = ? OR name LIKE ? ESCAPE '\\')"
        clause = ACTOR_CLAUSE[kind]
        where.append(clause.replace("{ids}", sub))
        params += [f.actor, like_pattern(f.actor)] * clause.count("{ids}")
    outlet_and_dates(f, where, params)
    return where, params


def search_records(store: Store, kind: str, f: Filters, words: list[str]) -> tuple[Table, int]:
    """One page of ``kind`` records whose own fields hold every word, and how many match."""
    listing = LISTINGS[kind]
    where, params = _where(kind, f, words)
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    first = RANK_FIRST.get(kind, ())
    rank_params: list[Any] = []
    order = ""
    if first and words:
        hit = " OR ".join(_like(c) for c in first)
        order = f"CASE WHEN ({hit}) THEN 0 ELSE 1 END, "
        rank_params = [like_pattern(words[0])] * len(first)
    sql = (f"{listing.select()}{clause} ORDER BY {order}a.published DESC, {tie_order(kind, listing.alias)} "
           "LIMIT ? OFFSET ?")
    cur = store.conn.execute(sql, [*params, *rank_params, f.limit, f.offset])
    table = Table(columns=tuple(d[0] for d in cur.description),
                  rows=tuple(tuple(r) for r in cur.fetchall()))
    count_sql = f"SELECT COUNT(*) FROM {TABLE_OF[kind]} {listing.alias} {listing.joins}{clause}"
    total = int(store.conn.execute(count_sql, params).fetchone()[0])
    return table, total


@dataclass(frozen=True)
class Snippet(Record):
    before: str
    match: str
    after: str

    def html(self) -> Markup:
        return Markup("…{}<mark>{}</mark>{}…").format(escape(self.before), escape(self.match),
                                                     escape(self.after))


def cut(text: str, start: int, end: int, width: int = SNIPPET_CHARS) -> Snippet:
    """The text around ``text[start:end]``, on word boundaries, one line."""
    lo = max(0, start - width)
    hi = min(len(text), end + width)
    before, after = text[lo:start], text[end:hi]
    if lo > 0 and " " in before:
        before = before.split(" ", 1)[1]
    if hi < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0]
    one = " ".join
    return Snippet(one(before.split()) + (" " if before[-1:].isspace() else ""),
                   one(text[start:end].split()), (" " if after[:1].isspace() else "") + one(after.split()))


def snippets(store: Store, kind: str, items: list[dict[str, Any]], words: list[str]) -> dict[str, Snippet]:
    """A snippet per item id: the record's words in its article, or an article's first hit."""
    if not items:
        return {}
    ids = [str(i["id"]) for i in items]
    marks = ",".join("?" * len(ids))
    if kind == "articles":
        rows = store.conn.execute(f"SELECT id, text FROM articles WHERE id IN ({marks})", ids).fetchall()
        out = {}
        for r in rows:
            text = str(r[1])
            hit = _first_hit(text, words)
            out[str(r[0])] = cut(text, *hit) if hit else cut(text, 0, 0, 2 * SNIPPET_CHARS)
        return out
    table = TABLE_OF[kind]
    rows = store.conn.execute(
        f"SELECT x.id, x.start, x.\"end\", a.text FROM {table} x JOIN articles a ON a.id = x.article_id "
        f"WHERE x.id IN ({marks})", ids).fetchall()
    return {str(r[0]): cut(str(r[3]), int(r[1]), int(r[2])) for r in rows}


def _first_hit(text: str, words: list[str]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for w in words:
        m = re.search(r"\b" + re.escape(w.rstrip("*")), text, re.IGNORECASE)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), m.end())
    return best


MATCHES = ("record", "article")  # where the words are looked for: the record, or its article
FIELDS_TEXT = {
    "quotes": "speaker or words",
    "figures": "measure, value, group or source",
    "events": "type, actors or sentence",
    "framing": "words or kind",
}


@dataclass(frozen=True)
class Outcome(Record):
    """One page of results (``limit`` + 1 rows: the page and a look-ahead), the total, snippets."""

    columns: list[str]
    items: list[dict[str, Any]]
    total: Total
    snippets: dict[str, Markup]


def run_search(store: Store, kind: str, f: Filters, match: str = "record") -> Outcome:
    """Articles by full-text search, or records by their own fields (``match="record"``) or by
    their article's text (``match="article"``), with a snippet for each."""
    words = words_of(f.text)
    if kind != "articles" and match == "record" and words:
        table, count = search_records(store, kind, f.replace(text=None), words)
        found = Total(count=count)
    else:
        table = query_records(store, kind, f)
        found = total(store, kind, f)
    items = [dict(zip(table.columns, r, strict=True)) for r in table.rows]
    cuts = snippets(store, kind, items[:f.limit], words)
    return Outcome(columns=list(table.columns), items=items, total=found,
                   snippets={k: v.html() for k, v in cuts.items()})


def search_hint(kind: str, form: dict[str, str]) -> str:
    """What to try when nothing is found, in the words of the page."""
    q = form.get("q", "").strip()
    tips = []
    if q and kind != "articles" and form.get("match") == "record":
        tips.append(f"no {kind} whose {FIELDS_TEXT.get(kind, 'fields')} hold every word of “{q}”; "
                    f"search the whole article instead (“in the article”)")
    elif q:
        tips.append(f"no {'articles' if kind == 'articles' else kind + ' in articles'} "
                    f"holding every word of “{q}”")
    else:
        tips.append(f"no {kind} match these filters")
    tips.append("try fewer or shorter words (a trailing * finds word beginnings), a part of an "
                "outlet's or actor's name, or a wider date range")
    return "Nothing matches: " + "; ".join(tips) + "."
