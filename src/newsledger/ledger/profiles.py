"""Outlet and actor profiles: the aggregates a build writes (``write_profiles``) and the
queries that read them (``outlet_profiles``, ``outlet_profile``, ``actor_profile``).

Framing is counted by voice: an outlet's framing count and top framing hold only the marks in
its own voice; a label inside a quotation counts for its speaker (``ActorProfile.voiced``), and
the by-kind counts keep the outlet's and the quoted marks apart."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..records import ASSERTING_STANCES, Actor
from ..storage import compact, compact_events, compact_quotes, db
from ..storage.filters import like_pattern
from ..storage.store import Store
from .claims import CLAIM_STANCES
from .read import claims_for, load_events
from .status import require_ledger
from .types import (
    ActorName,
    ActorProfile,
    ActorQuote,
    ActorRoleCount,
    FramingCount,
    KindCount,
    LedgerEvent,
    OutletProfile,
    SourceCount,
)

# -- writing (during a build) ----------------------------------------------------------------------


def outlet_rows(c: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The ledger_outlets rows: per outlet, counts of its articles and records (``where``: a
    condition on the article id ``{col}`` of the records taken; then the ledger columns are 0)."""
    base = {r[0]: [r[1], r[2], r[3]] for r in c.execute(
        "SELECT a.outlet, COUNT(*), MIN(a.published), MAX(a.published) FROM articles a"
        f" WHERE a.outlet IS NOT NULL{where.format(col='a.id')} GROUP BY a.outlet", params)}

    def per_outlet(sql: str, col: str = "") -> dict[str, tuple[Any, ...]]:
        cond = where.format(col=col)
        text = sql.format(where=cond) if where else in_table_order(c, sql.format(where=""))
        return {r[0]: tuple(r[1:]) for r in c.execute(text, params) if r[0] is not None}

    events = per_outlet("SELECT a.outlet, COUNT(*), SUM(CASE WHEN e.claimed_by = 'outlet' THEN 1 ELSE 0 END)"
                        " FROM events e"
                        " JOIN articles a ON a.id = e.article_id WHERE 1 = 1{where} GROUP BY a.outlet", "e.article_id")
    figures = per_outlet("SELECT a.outlet, COUNT(*), SUM(CASE WHEN f.attribution = 'unattributed' THEN 1"
                         " ELSE 0 END) FROM figures f"
                         " JOIN articles a ON a.id = f.article_id WHERE 1 = 1{where} GROUP BY a.outlet", "f.article_id")
    quotes = per_outlet("SELECT a.outlet, COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
                        " WHERE 1 = 1{where} GROUP BY a.outlet", "q.article_id")
    # the outlet's own framing: marks inside a quotation are the speaker's words, not the outlet's
    framing = per_outlet("SELECT a.outlet, COUNT(*) FROM framing fr JOIN articles a ON a.id = fr.article_id"
                         " WHERE fr.voice = 'outlet'{where} GROUP BY a.outlet", "fr.article_id")
    ledger = {} if where else per_outlet(
        "SELECT a.outlet, COUNT(DISTINCT lem.ledger_event_id),"
        " COUNT(DISTINCT CASE WHEN le.n_outlets > 1 THEN le.id END)"
        " FROM ledger_event_mentions lem JOIN articles a ON a.id = lem.article_id"
        " JOIN ledger_events le ON le.id = lem.ledger_event_id WHERE 1 = 1{where} GROUP BY a.outlet")
    rows = []
    for outlet, (n, first, last) in sorted(base.items()):
        ev = events.get(outlet, (0, 0))
        fi = figures.get(outlet, (0, 0))
        le = ledger.get(outlet, (0, 0))
        rows.append((outlet, n, first, last, ev[0], ev[1] or 0, fi[0], fi[1] or 0,
                     quotes.get(outlet, (0,))[0], framing.get(outlet, (0,))[0], le[0], le[1]))
    return rows


def source_rows(c: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """ledger_outlet_sources rows: whom each outlet quotes, and whom it cites for figures (``where``
    as for :func:`outlet_rows`)."""
    sources: dict[tuple[str, str | None, str], list[int]] = {}
    quotes_sql = f"{_SOURCES_HEAD}{where.format(col='q.article_id')} GROUP BY 1, 2, 3"
    for outlet, aid, text, n in c.execute(quotes_sql if where else in_table_order(c, quotes_sql), params):
        sources.setdefault((outlet, aid, text), [0, 0])[0] += n
    for outlet, aid, text, n in c.execute(
            "SELECT a.outlet, f.attribution_actor_id, CASE WHEN f.attribution_actor_id IS NULL"
            " THEN lower(f.attribution) ELSE '' END, COUNT(*) FROM figures f"
            " JOIN articles a ON a.id = f.article_id WHERE a.outlet IS NOT NULL"
            f" AND f.attribution <> 'unattributed'{where.format(col='f.article_id')} GROUP BY 1, 2, 3", params):
        sources.setdefault((outlet, aid, text), [0, 0])[1] += n
    names = {r[0]: r[1] for r in c.execute("SELECT id, name FROM actors")}
    return [(o, aid, names.get(aid, aid) if aid else text, q, f)
            for (o, aid, text), (q, f) in sorted(sources.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2]))]


FRAMING_SQL = (
    "SELECT a.outlet, fr.kind, lower(fr.text),"
    " CASE WHEN fr.voice = 'outlet' THEN 'outlet' ELSE 'quoted' END, fr.refers_to, COUNT(*)"
    " FROM framing fr JOIN articles a ON a.id = fr.article_id WHERE a.outlet IS NOT NULL{where}"
    " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
OUTLET_ACTORS_SQL = (
    "SELECT a.outlet, ea.actor_id, SUM(CASE WHEN ea.role = 'source' THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN ea.role = 'target' THEN 1 ELSE 0 END)"
    " FROM event_actors ea JOIN events e ON e.id = ea.event_id JOIN articles a ON a.id = e.article_id"
    " WHERE a.outlet IS NOT NULL{where} GROUP BY 1, 2 ORDER BY 1, 2")
ACTOR_NAMES_SQL = (
    "SELECT m.actor_id, a.outlet, m.text, COUNT(*) FROM mentions m"
    " JOIN articles a ON a.id = m.article_id WHERE m.actor_id IS NOT NULL{where}"
    " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")


def in_table_order(conn: sqlite3.Connection, sql: str) -> str:
    """An aggregate over a whole record table (``sql``) as SQLite reads it best: the record
    table in its own order, each record's article looked up by id (``CROSS JOIN`` keeps that
    order; ``NOT INDEXED``, and a unary ``+`` on the actor test that the partial actor index of
    schema 9 would otherwise serve, keep the mentions from being walked by actor). SQLite's own choice
    walks the articles by outlet (or the mentions by actor) and looks up their records, which
    reads the tables' pages in random order: once a table outgrows the page cache, the pages
    read grow faster than the corpus (2.5x the time for twice the articles). Same rows; on
    PostgreSQL, which plans joins itself, ``sql`` unchanged."""
    if db.dialect(conn) != db.SQLITE:
        return sql
    if db.table_exists(conn, "mention_rows"):  # schema 10: ``mentions`` is a view, read its table
        sql = sql.replace(_ACTOR_NAMES_HEAD, _ACTOR_NAMES_COMPACT)
    if db.table_exists(conn, "quote_rows"):  # schema 11: a count of quotes reads the table under the view
        sql = sql.replace(_SOURCES_HEAD, _SOURCES_COMPACT).replace(_QUOTES_HEAD, _QUOTES_COMPACT)  # this order
    return sql.replace(" JOIN articles a ON", " CROSS JOIN articles a ON").replace(
        "FROM mentions m ", "FROM mentions m NOT INDEXED ").replace(
        "WHERE m.actor_id IS NOT NULL", "WHERE +m.actor_id IS NOT NULL")


# whom each outlet quotes, and the same read from the table that stores the quotes (schema 11):
# the speaker's text cut from the article only for a quote without a speaker actor
_SOURCES_HEAD = ("SELECT a.outlet, q.speaker_actor_id, CASE WHEN q.speaker_actor_id IS NULL"
                 " THEN lower(q.speaker) ELSE '' END, COUNT(*) FROM quotes q"
                 " JOIN articles a ON a.id = q.article_id WHERE a.outlet IS NOT NULL"
                 " AND (q.speaker_actor_id IS NOT NULL OR q.speaker IS NOT NULL)")
_SOURCES_COMPACT = (f"SELECT a.outlet, ac.id, CASE WHEN q.speaker_actor IS NULL THEN lower({compact_quotes.text_sql('speaker')})"
                    " ELSE '' END, COUNT(*) FROM quote_rows q NOT INDEXED JOIN articles a ON a.rowid = q.article"
                    " LEFT JOIN actors ac ON ac.rowid = q.speaker_actor WHERE a.outlet IS NOT NULL"
                    f" AND (q.speaker_actor IS NOT NULL OR {compact_quotes.text_sql('speaker')} IS NOT NULL)")
# the quotes of each outlet, and the same counted in the table that stores them (schema 11,
# ``storage.compact_quotes``), one row per quote, in its order: no text or id computed per row
_QUOTES_HEAD = "COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
_QUOTES_COMPACT = "COUNT(*) FROM quote_rows q NOT INDEXED JOIN articles a ON a.rowid = q.article"


# the names of actors over the whole mentions table, and the same read from the table that stores
# them (schema 10, ``storage.compact``: a view takes no NOT INDEXED, and the planner would walk
# the actor index), in its order: each row's article and actor looked up by rowid. The join
# reads ``coalesce(m.actor, 0)`` (no actor has rowid 0: the same rows) so that it does not imply
# ``m.actor IS NOT NULL``: SQLite would then walk the partial actor index, NOT INDEXED or not.
_ACTOR_NAMES_HEAD = ACTOR_NAMES_SQL.split("{where}")[0]
_ACTOR_NAMES_COMPACT = (f"SELECT ac.id, a.outlet, {compact.text_sql()}, COUNT(*) FROM mention_rows m NOT INDEXED"
                        " JOIN articles a ON a.rowid = m.article CROSS JOIN actors ac ON ac.rowid = coalesce(m.actor, 0)"
                        " WHERE 1 = 1")


def write_profiles(conn: sqlite3.Connection) -> int:
    """Per-outlet and per-actor aggregates (one GROUP BY pass over each record table); returns
    the number of outlets. Runs inside the build's transaction."""
    c = conn
    rows = outlet_rows(c)
    c.executemany("INSERT INTO ledger_outlets VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    c.execute("INSERT INTO ledger_outlet_framing(outlet, kind, text, voice, refers_to, n) "
              + FRAMING_SQL.format(where=""))
    c.executemany("INSERT INTO ledger_outlet_sources(outlet, actor_id, name, quotes, figures_cited)"
                  " VALUES (?,?,?,?,?)", source_rows(c))
    c.execute("INSERT INTO ledger_outlet_actors(outlet, actor_id, as_source, as_target) "
              + OUTLET_ACTORS_SQL.format(where=""))
    c.execute("INSERT INTO ledger_actor_names(actor_id, outlet, text, n) "
              + in_table_order(c, ACTOR_NAMES_SQL.format(where="")))
    return len(rows)


# -- reading ---------------------------------------------------------------------------------------


def _outlet_from_row(conn: sqlite3.Connection, r: sqlite3.Row, top: int) -> OutletProfile:
    o = r["outlet"]
    kinds: dict[str, list[int]] = {}
    for kind, voice, n in conn.execute(
            "SELECT kind, voice, SUM(n) FROM ledger_outlet_framing WHERE outlet = ? GROUP BY 1, 2", (o,)):
        kinds.setdefault(kind, [0, 0])[0 if voice == "outlet" else 1] += n
    by_kind = tuple(KindCount(kind=k, outlet_voice=v[0], quoted=v[1])
                    for k, v in sorted(kinds.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    # the top framing is the outlet's own: a speaker's words are counted for the speaker
    referent_rows = conn.execute(
        "SELECT f.kind, f.text, f.voice, f.refers_to, ac.name, f.n FROM ledger_outlet_framing f"
        " LEFT JOIN actors ac ON ac.id = f.refers_to WHERE f.outlet = ? AND f.voice = 'outlet'"
        " ORDER BY f.n DESC, f.kind, f.text LIMIT ?", (o, top)).fetchall()
    by_referent = tuple(FramingCount(kind=x[0], text=x[1], n=x[5], voice=x[2], referent_id=x[3],
                                     referent_name=x[4], outlet=o) for x in referent_rows)
    quoted = tuple(SourceCount(name=x[0], quotes=x[1], figures_cited=x[2], actor_id=x[3])
                   for x in conn.execute(
        "SELECT name, quotes, figures_cited, actor_id FROM ledger_outlet_sources WHERE outlet = ?"
        " ORDER BY quotes + figures_cited DESC, name LIMIT ?", (o, top)))
    actors = tuple(ActorRoleCount(actor_id=x[0], name=x[1] or x[0], as_source=x[2], as_target=x[3])
                   for x in conn.execute(
        "SELECT oa.actor_id, ac.name, oa.as_source, oa.as_target FROM ledger_outlet_actors oa"
        " LEFT JOIN actors ac ON ac.id = oa.actor_id WHERE oa.outlet = ?"
        " ORDER BY oa.as_source + oa.as_target DESC, oa.actor_id LIMIT ?", (o, top)))

    def share(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    return OutletProfile(
        outlet=o, articles=r["articles"], first_published=r["first_published"],
        last_published=r["last_published"], events=r["events"],
        events_unattributed=r["events_unattributed"],
        events_unattributed_share=share(r["events_unattributed"], r["events"]),
        figures=r["figures"], figures_unattributed=r["figures_unattributed"],
        figures_unattributed_share=share(r["figures_unattributed"], r["figures"]),
        quotes=r["quotes"], framing_marks=r["framing_marks"], ledger_events=r["ledger_events"],
        shared_ledger_events=r["shared_ledger_events"], framing_by_kind=by_kind,
        framing_by_referent=by_referent, quoted=quoted, actors=actors)


def outlet_profiles(store: Store, *, top: int = 10) -> list[OutletProfile]:
    """Every outlet's profile (``top`` entries per list), most articles first."""
    require_ledger(store)
    rows = store.conn.execute("SELECT * FROM ledger_outlets ORDER BY articles DESC, outlet").fetchall()
    return [_outlet_from_row(store.conn, r, top) for r in rows]


def outlet_profile(store: Store, outlet: str, *, top: int = 50) -> OutletProfile | None:
    """One outlet's profile: its exact name, else the single outlet whose name contains it."""
    require_ledger(store)
    row = store.conn.execute("SELECT * FROM ledger_outlets WHERE outlet = ?", (outlet,)).fetchone()
    if row is None:
        rows = store.conn.execute("SELECT * FROM ledger_outlets WHERE outlet LIKE ? ESCAPE '\\'"
                                  " ORDER BY articles DESC LIMIT 2", (like_pattern(outlet),)).fetchall()
        if len(rows) != 1:
            return None
        row = rows[0]
    return _outlet_from_row(store.conn, row, top)


def resolve_actor(store: Store, name_or_id: str) -> Actor | None:
    """An actor by id, else by exact name (case-insensitive), else by part of its name; among
    several, the one mentioned most."""
    conn = store.conn
    rows = conn.execute("SELECT * FROM actors WHERE id = ?", (name_or_id,)).fetchall()
    if not rows:
        rows = conn.execute("SELECT * FROM actors WHERE name LIKE ? ESCAPE '\\' LIMIT 50",  # any case
                            (like_pattern(name_or_id)[1:-1],)).fetchall()
    if not rows:
        rows = conn.execute("SELECT * FROM actors WHERE name LIKE ? ESCAPE '\\' LIMIT 50",
                            (like_pattern(name_or_id),)).fetchall()
    if not rows:
        return None
    if len(rows) > 1:
        counts = {r["id"]: conn.execute("SELECT COUNT(*) FROM mentions WHERE actor_id = ?",
                                         (r["id"],)).fetchone()[0] for r in rows}
        rows = sorted(rows, key=lambda r: (-counts[r["id"]], len(r["name"]), r["id"]))
    a = rows[0]
    return Actor(id=a["id"], name=a["name"], type=a["type"], country=a["country"],
                 sectors=tuple(json.loads(a["sectors"])), members=tuple(json.loads(a["members"])),
                 source=a["source"])


def _sql_list(values: frozenset[str]) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))


def has_stance(conn: Any) -> bool:
    """The store has the stance columns (migration 4; a database opened read-only may be older)."""
    cur = conn.execute("SELECT * FROM events LIMIT 0")
    return any(d[0] == "stance" for d in cur.description)


def actor_profile(store: Store, name_or_id: str, *, recent: int = 10) -> ActorProfile | None:
    """What an actor said (quotes), did (events as source), suffered (events as target) and
    claimed (figures citing it), with counts and the ``recent`` latest of each."""
    require_ledger(store)
    actor = resolve_actor(store, name_or_id)
    if actor is None:
        return None
    conn = store.conn
    aid = actor.id

    def count(sql: str, *params: Any) -> int:
        return int(conn.execute(sql, (aid, *params)).fetchone()[0])

    n_mentions = count("SELECT COUNT(*) FROM mentions WHERE actor_id = ?")
    n_said = count("SELECT COUNT(*) FROM quotes WHERE speaker_actor_id = ?")
    staged = has_stance(conn)
    asserting = f" AND e.stance IN ({_sql_list(ASSERTING_STANCES)})" if staged else ""
    n_did = count("SELECT COUNT(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id"
                  f" WHERE ea.actor_id = ? AND ea.role = ?{asserting}", "source")
    n_suffered = count("SELECT COUNT(*) FROM event_actors WHERE actor_id = ? AND role = ?", "target")
    claiming = f" AND stance IN ({_sql_list(CLAIM_STANCES)})" if staged else ""
    n_claimed = count(f"SELECT COUNT(*) FROM figures WHERE attribution_actor_id = ?{claiming}")
    denied = (compact_events.CLAIMED_COUNT_SQL if store.compact("events")  # schema 13: its index
              else "SELECT COUNT(*) FROM events WHERE claimed_by = ? AND stance = ?")
    n_denied = (count("SELECT COUNT(*) FROM quotes WHERE speaker_actor_id = ? AND stance = 'denied'")
                + count(denied, "denied")) if staged else 0
    n_ldid = count("SELECT COUNT(*) FROM ledger_event_actors WHERE actor_id = ? AND role = ?", "source")
    n_lsuf = count("SELECT COUNT(*) FROM ledger_event_actors WHERE actor_id = ? AND role = ?", "target")
    names = tuple(ActorName(text=r[0], n=r[1], outlet=r[2]) for r in conn.execute(
        "SELECT text, n, outlet FROM ledger_actor_names WHERE actor_id = ?"
        " ORDER BY n DESC, text, outlet LIMIT 50", (aid,)))
    labels = tuple(FramingCount(kind=r[0], text=r[1], n=r[3], voice=r[2], referent_id=aid,
                                referent_name=actor.name, outlet=r[4]) for r in conn.execute(
        "SELECT kind, text, voice, n, outlet FROM ledger_outlet_framing WHERE refers_to = ?"
        " ORDER BY n DESC, kind, text, outlet LIMIT 50", (aid,)))
    voiced = tuple(FramingCount(kind=r[0], text=r[1], n=r[2], voice="quoted", referent_id=r[3],
                                referent_name=r[4], outlet=r[5]) for r in conn.execute(
        "SELECT fr.kind, lower(fr.text), COUNT(*), fr.refers_to, ac.name, a.outlet FROM framing fr"
        " JOIN articles a ON a.id = fr.article_id LEFT JOIN actors ac ON ac.id = fr.refers_to"
        " WHERE fr.voice = ? GROUP BY 1, 2, 4, 5, 6 ORDER BY 3 DESC, 1, 2, 6 LIMIT 50", (aid,)))
    said = tuple(ActorQuote(quote_id=r[0], article_id=r[1], outlet=r[2], published=r[3], kind=r[4],
                            content=r[5], sentence=r[6], start=r[7], end=r[8], cue_lemma=r[9],
                            stance=r[10])
                 for r in conn.execute(
        'SELECT q.id, q.article_id, a.outlet, a.published, q.kind, q.content, q.sentence, q.start, q."end",'
        f" q.cue_lemma, {'q.stance' if staged else repr('asserted')}"
        " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_actor_id = ?"
        " ORDER BY a.published DESC, q.id LIMIT ?", (aid, recent)))

    def events(role: str) -> tuple[LedgerEvent, ...]:
        rows = conn.execute(
            "SELECT le.* FROM ledger_event_actors lea JOIN ledger_events le ON le.id = lea.ledger_event_id"
            " WHERE lea.actor_id = ? AND lea.role = ? ORDER BY lea.date_start DESC, le.id LIMIT ?",
            (aid, role, recent)).fetchall()
        return tuple(load_events(conn, rows, 20))

    claimed = tuple(claims_for(conn, "f.attribution_actor_id = ?" + claiming.replace("stance", "f.stance"),
                               (aid,), "a.published DESC, f.id", limit=recent))
    return ActorProfile(actor=actor, mentions=n_mentions, n_said=n_said, n_did=n_did,
                        n_suffered=n_suffered, n_claimed=n_claimed, n_ledger_did=n_ldid,
                        n_ledger_suffered=n_lsuf, names=names, labels=labels, voiced=voiced, said=said,
                        did=events("source"), suffered=events("target"), claimed=claimed,
                        n_denied=n_denied)
