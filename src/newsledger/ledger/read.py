"""Reading the ledger: ledger events and claim threads, and the row loaders the profiles share."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..records import Span
from ..resources import Resources
from ..storage.filters import like_pattern
from ..storage.store import Store
from .rules import group_class, load_rules
from .status import require_ledger
from .types import (
    Claim,
    ClaimThread,
    EvolutionPoint,
    LedgerError,
    LedgerEvent,
    LedgerMention,
    LinkReason,
    Spread,
)

ACTOR_SUB = "SELECT id FROM actors WHERE id = ? OR name LIKE ? ESCAPE '\\'"


def _check_page(limit: int, offset: int) -> None:
    if limit < 1 or offset < 0:
        raise LedgerError("limit must be at least 1 and offset not negative")


def actor_names(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update({r[0]: r[1] for r in conn.execute(
            f"SELECT id, name FROM actors WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def _span(d: dict[str, Any] | None) -> Span | None:
    return None if not d else Span(int(d["start"]), int(d["end"]), str(d["text"]))


def _mention(v: tuple[Any, ...], ev: dict[str, Any], names: dict[str, str]) -> LedgerMention:
    """A ledger mention from its joined row and the stored event record (read directly from the
    record's JSON: ``Event.from_dict`` is the slow general path)."""
    claimed_by = ev.get("claimed_by", "outlet")
    predicate = _span(ev.get("predicate")) or Span(ev["start"], ev["start"], "")
    return LedgerMention(
        event_id=ev["id"], article_id=ev["article_id"], outlet=v[7], published=v[8], date=v[2],
        date_source=v[3], plover=ev["plover"], modality=ev.get("modality", "asserted"), claimed_by=claimed_by,
        claimed_by_name=None if claimed_by == "outlet" else names.get(claimed_by),
        sentence=ev["sentence"], start=ev["start"], end=ev["end"], text=ev["text"], predicate=predicate,
        source=_span(ev.get("source")), target=_span(ev.get("target")),
        # a source coded from the place (no perpetrator named) is not an actor who did it
        source_actor_ids=() if ev.get("source_basis") == "place" else tuple(ev.get("source_actor_ids") or ()),
        target_actor_ids=tuple(ev.get("target_actor_ids") or ()), url=v[9], title=v[10],
        confidence=float(ev.get("confidence", 1.0)), mode=ev.get("mode"),
        contexts=tuple(ev.get("contexts") or ()), cameo=ev.get("cameo"), position=v[1],
        matched=tuple(x for x in v[4].split(",") if x), link_note=v[5],
        stance=ev.get("stance", ev.get("modality", "asserted")))


def _link_reason(d: dict[str, Any]) -> LinkReason:
    return LinkReason(fields=tuple(d.get("fields", ())), type=d.get("type", ""), actors=d.get("actors", ""),
                      date=d.get("date", ""), place=d.get("place", ""), rule=d.get("rule", ""))


def load_events(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row],
                 max_mentions: int | None) -> list[LedgerEvent]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    qs = ",".join("?" * len(ids))
    actors: dict[str, dict[str, list[str]]] = {i: {"source": [], "target": []} for i in ids}
    for r in conn.execute(
            f"SELECT ledger_event_id, actor_id, role FROM ledger_event_actors WHERE ledger_event_id IN ({qs})"
            " ORDER BY ledger_event_id, role, mentions DESC, actor_id", ids):
        actors[r[0]][r[2]].append(r[1])
    cap = "" if max_mentions is None else f" AND lem.position < {int(max_mentions)}"
    mention_rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for r in conn.execute(
            "SELECT lem.ledger_event_id, lem.position, lem.date, lem.date_source, lem.matched,"
            " lem.link_note, e.record, a.outlet, a.published, a.url, a.title"
            " FROM ledger_event_mentions lem JOIN events e ON e.id = lem.event_id"
            f" JOIN articles a ON a.id = lem.article_id WHERE lem.ledger_event_id IN ({qs}){cap}"
            " ORDER BY lem.ledger_event_id, lem.position", ids):
        mention_rows[r[0]].append(tuple(r))
    parsed: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = {
        k: [(v, json.loads(v[6])) for v in vs] for k, vs in mention_rows.items()}
    wanted = {a for d in actors.values() for lst in d.values() for a in lst}
    wanted.update(ev.get("claimed_by", "outlet") for vs in parsed.values() for _, ev in vs)
    wanted.discard("outlet")
    names = actor_names(conn, wanted)
    out = []
    for r in rows:
        lid = r["id"]
        mentions = tuple(_mention(v, ev, names) for v, ev in parsed.get(lid, []))
        src, tgt = actors[lid]["source"], actors[lid]["target"]
        out.append(LedgerEvent(
            id=lid, plover=r["plover"], date_start=r["date_start"], date_end=r["date_end"],
            place=r["place"], source_actor_ids=tuple(src), source_names=tuple(names.get(a, a) for a in src),
            target_actor_ids=tuple(tgt), target_names=tuple(names.get(a, a) for a in tgt),
            mentions=mentions, outlets=tuple(json.loads(r["outlets"])), n_mentions=r["n_mentions"],
            n_articles=r["n_articles"], n_outlets=r["n_outlets"],
            why=_link_reason(json.loads(r["why"])), cameo=r["cameo"],
            quad_class=r["quad_class"], goldstein=r["goldstein"], mode=r["mode"],
            first_published=r["first_published"], last_published=r["last_published"]))
    return out


def ledger_event_filter(*, actor: str | None = None, type: str | None = None, since: str | None = None,
                        until: str | None = None, role: str | None = None, outlet: str | None = None,
                        min_outlets: int = 1) -> tuple[str, list[Any]]:
    """The WHERE clause (with its leading " WHERE ", or "") and parameters that select ledger
    events ``le`` as :func:`ledger_events` does."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        role_sql = " AND lea.role = ?" if role in ("source", "target") else ""
        where.append(f"le.id IN (SELECT lea.ledger_event_id FROM ledger_event_actors lea"
                     f" WHERE lea.actor_id IN ({ACTOR_SUB}){role_sql})")
        params += [actor, like_pattern(actor)] + ([role] if role_sql else [])
    if type:
        where.append("le.plover = ?")
        params.append(type.upper())
    if since:
        where.append("le.date_end >= ?")
        params.append(since[:10])
    if until:
        where.append("le.date_start <= ?")
        params.append(until[:10])
    if outlet:
        where.append("le.id IN (SELECT lem.ledger_event_id FROM ledger_event_mentions lem"
                     " JOIN articles a ON a.id = lem.article_id WHERE a.outlet LIKE ? ESCAPE '\\')")
        params.append(like_pattern(outlet))
    if min_outlets > 1:
        where.append("le.n_outlets >= ?")
        params.append(min_outlets)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def ledger_events(store: Store, *, actor: str | None = None, type: str | None = None,
                  since: str | None = None, until: str | None = None, limit: int = 50,
                  offset: int = 0, role: str | None = None, outlet: str | None = None,
                  min_outlets: int = 1, max_mentions: int | None = 200) -> list[LedgerEvent]:
    """Ledger events, newest first. ``actor``: actor id or part of its name (``role`` "source"
    or "target" to restrict); ``type``: PLOVER type; ``since``/``until``: ISO dates the event's
    days overlap; ``outlet``: reported by this outlet (part of its name); ``min_outlets``: only
    events reported by at least this many outlets; ``max_mentions``: mentions loaded per event."""
    _check_page(limit, offset)
    require_ledger(store)
    if role not in (None, "source", "target"):
        raise LedgerError("role must be 'source' or 'target'")
    where, params = ledger_event_filter(actor=actor, type=type, since=since, until=until, role=role,
                                        outlet=outlet, min_outlets=min_outlets)
    sql = "SELECT * FROM ledger_events le" + where
    sql += " ORDER BY le.date_start DESC, le.id LIMIT ? OFFSET ?"
    rows = store.conn.execute(sql, [*params, limit, offset]).fetchall()
    return load_events(store.conn, rows, max_mentions)


def ledger_event(store: Store, ledger_event_id: str) -> LedgerEvent | None:
    """One ledger event by id, with all its mentions."""
    require_ledger(store)
    rows = store.conn.execute("SELECT * FROM ledger_events WHERE id = ?", (ledger_event_id,)).fetchall()
    events = load_events(store.conn, rows, None)
    return events[0] if events else None


def iter_ledger_events(store: Store, *, batch: int = 500) -> Iterator[LedgerEvent]:
    """Every ledger event, oldest first, with all its mentions (for exports)."""
    require_ledger(store)
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM ledger_events ORDER BY date_start IS NULL, date_start, id")]
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        rows = store.conn.execute(
            f"SELECT * FROM ledger_events WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        order = {lid: n for n, lid in enumerate(chunk)}
        rows.sort(key=lambda r: order[r["id"]])
        yield from load_events(store.conn, rows, None)


def claims_for(conn: sqlite3.Connection, where: str, params: Sequence[Any], order: str,
                limit: int | None = None, *, threaded: bool = False) -> list[Claim]:
    """Claims (figures with their article and thread role); ``threaded``: only figures in a
    thread, read from the thread side (``where`` then filters ``c``)."""
    # (a figure by its claim's article and id: the key of SQLite's figure_rows, schema 13)
    source = ("claim_thread_claims c JOIN figures f ON f.id = c.figure_id AND f.article_id = c.article_id"
              if threaded else
              "figures f LEFT JOIN claim_thread_claims c ON c.figure_id = f.id")
    # (a ledger of a store older than migration 12, read-only, has no identity disputes)
    named = "c.counted_as" if "counted_as" in _columns(conn, "claim_thread_claims") else "NULL AS counted_as"
    sql = (f"SELECT f.*, a.outlet, a.published, a.url, c.thread_id, c.position, c.role, c.role_note, {named}"
           f" FROM {source} JOIN articles a ON a.id = f.article_id"
           f" WHERE {where} ORDER BY {order}")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = conn.execute(sql, params).fetchall()
    names = actor_names(conn, [r["attribution_actor_id"] for r in rows if r["attribution_actor_id"]])
    return [Claim(figure_id=r["id"], article_id=r["article_id"], outlet=r["outlet"],
                  published=r["published"], value_low=r["value_low"], value_high=r["value_high"],
                  qualifier=r["qualifier"], attribution=r["attribution"],
                  attribution_actor_id=r["attribution_actor_id"], text=r["text"],
                  sentence=r["sentence"], start=r["start"], end=r["end"],
                  attribution_name=names.get(r["attribution_actor_id"] or ""), unit=r["unit"],
                  group=r["group"], measure=r["measure"], place=r["place"],
                  time_scope=r["time_scope"], url=r["url"], thread_id=r["thread_id"],
                  position=r["position"] or 0, role=r["role"], role_note=r["role_note"] or "",
                  counted_as=r["counted_as"])
            for r in rows]


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {d[0] for d in conn.execute(f"SELECT * FROM {table} LIMIT 0").description}


def _evolution(claims: Sequence[Claim]) -> tuple[EvolutionPoint, ...]:
    days: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        days[(c.published or "")[:10]].append(c)
    return tuple(
        EvolutionPoint(date=d, value_low=min(min(c.value_low, c.value_high) for c in cs),
                       value_high=max(max(c.value_low, c.value_high) for c in cs), claims=len(cs),
                       outlets=tuple(sorted({c.outlet for c in cs if c.outlet})))
        for d, cs in sorted(days.items()))


def load_threads(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[ClaimThread]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    qs = ",".join("?" * len(ids))
    by_thread: dict[str, list[Claim]] = defaultdict(list)
    for c in claims_for(conn, f"c.thread_id IN ({qs})", ids, "c.thread_id, c.position", threaded=True):
        by_thread[c.thread_id or ""].append(c)
    out = []
    for r in rows:
        claims = tuple(by_thread.get(r["id"], []))
        out.append(ClaimThread(
            id=r["id"], measure=r["measure"], group=r["group_class"], place=r["place"],
            time_scope=r["time_scope"], claims=claims,
            spread=Spread(low=r["value_min"], high=r["value_max"]), series=bool(r["is_series"]),
            disagreement=bool(r["has_disagreement"]), evolution=_evolution(claims),
            identity_disputed=any(c.counted_as for c in claims),
            outlets=tuple(json.loads(r["outlets"])), n_claims=r["n_claims"],
            n_outlets=r["n_outlets"], n_sources=r["n_sources"],
            group_terms=tuple(json.loads(r["group_terms"])), ledger_event_id=r["ledger_event_id"],
            first_published=r["first_published"], last_published=r["last_published"], why=r["why"]))
    return out


def claim_threads(store: Store, *, measure: str | None = None, actor: str | None = None,
                  limit: int = 50, offset: int = 0, group: str | None = None,
                  since: str | None = None, until: str | None = None, min_outlets: int = 1,
                  ledger_event_id: str | None = None,
                  resources: Resources | None = None) -> list[ClaimThread]:
    """Claim threads, most recently reported first. ``measure``: killed, injured ...;
    ``actor``: id or part of the name of a source cited, the group counted or the perpetrator;
    ``group``: normalised group class; ``since``/``until``: publication dates the thread spans;
    ``min_outlets``: only threads with claims from at least this many outlets; ``resources``:
    where the rules that normalise ``group`` are read (a new :class:`Resources` when None)."""
    _check_page(limit, offset)
    require_ledger(store)
    where: list[str] = []
    params: list[Any] = []
    if measure:
        where.append("t.measure = ?")
        params.append(measure.lower())
    if actor:
        where.append(f"t.id IN (SELECT cta.thread_id FROM claim_thread_actors cta"
                     f" WHERE cta.actor_id IN ({ACTOR_SUB}))")
        params += [actor, like_pattern(actor)]
    if group:
        where.append("t.group_class = ?")
        params.append(group_class(group, load_rules(resources)))
    if since:
        where.append("t.last_published >= ?")
        params.append(since)
    if until:
        where.append("substr(t.first_published, 1, 10) <= ?")
        params.append(until[:10])
    if min_outlets > 1:
        where.append("t.n_outlets >= ?")
        params.append(min_outlets)
    if ledger_event_id:
        where.append("t.ledger_event_id = ?")
        params.append(ledger_event_id)
    sql = "SELECT * FROM claim_threads t"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY t.last_published DESC, t.id LIMIT ? OFFSET ?"
    rows = store.conn.execute(sql, [*params, limit, offset]).fetchall()
    return load_threads(store.conn, rows)
