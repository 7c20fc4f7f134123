"""The ledger's rows: a linked event's ``ledger_events``, ``ledger_event_mentions`` and
``ledger_event_actors`` rows (:func:`event_rows`), and a claim thread's ``claim_threads``,
``claim_thread_claims`` and ``claim_thread_actors`` rows with the reason it was joined
(:func:`add_thread`). The build and the incremental update write them."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .claims import Anchor, ClaimFigure, Thread, stated_day
from .identity import identity_note
from .linking import ActorInfo, Cluster, link_reason
from .places import anchor_place
from .roles import claim_roles, dispute, source_key
from .rules import Rules, is_period, most_common, rid
from .types import LedgerConfig

Row = tuple[Any, ...]


@dataclass
class EventRows:
    """The rows of ledger_events, ledger_event_mentions and ledger_event_actors, and the ledger
    events found in each article (for anchoring figures)."""

    events: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    anchors: dict[str, list[Anchor]] = field(default_factory=lambda: defaultdict(list))


@dataclass
class ThreadRows:
    """The rows of claim_threads, claim_thread_claims and claim_thread_actors, with counts."""

    threads: list[Row] = field(default_factory=list)
    claims: list[Row] = field(default_factory=list)
    actors: list[Row] = field(default_factory=list)
    series: int = 0
    disagreement: int = 0
    cross_outlet: int = 0


def _event_row(lid: str, c: Cluster, config: LedgerConfig) -> Row:
    """The ledger_events row of a cluster."""
    members = c.members
    days = [m.day for m in members if m.day is not None]
    pubs = sorted(m.published for m in members if m.published)
    outlets = sorted({m.outlet for m in members if m.outlet})
    cameo = most_common(m.cameo for m in members)
    quad = next((m.quad for m in members if m.cameo == cameo and m.quad is not None),
                most_common(m.quad for m in members))
    gold = next((m.goldstein for m in members if m.cameo == cameo and m.goldstein is not None),
                most_common(m.goldstein for m in members))
    why = link_reason(c, config)
    return (lid, most_common(m.plover for m in members), min(days).isoformat() if days else None,
            max(days).isoformat() if days else None, most_common(m.place for m in members), cameo,
            most_common(m.mode for m in members), quad, gold, len(members),
            len({m.article_id for m in members}), len(outlets), json.dumps(outlets),
            pubs[0] if pubs else None, pubs[-1] if pubs else None, members[0].event_id,
            ",".join(why.fields), json.dumps(why.to_dict(), ensure_ascii=False))


def event_rows(clusters: list[Cluster], config: LedgerConfig) -> EventRows:
    out = EventRows()
    for c in clusters:
        lid = rid("le", c.members[0].event_id)
        row = _event_row(lid, c, config)
        out.events.append(row)
        d0 = row[2]
        told = stated_day(c.members)
        for pos, (m, mt, note) in enumerate(zip(c.members, c.matched, c.notes, strict=True)):
            out.mentions.append((m.event_id, lid, m.article_id, pos, m.date_text, m.date_source,
                                 ",".join(mt), note))
            core = m.core or anchor_place(m.story)  # (a report giving no place: its story's)
            out.anchors[m.article_id].append((m.sentence, lid, m.plover, core, told))
        for role, attr in (("source", "sources"), ("target", "targets")):
            counts: dict[str, int] = {}
            for m in c.members:
                for a in getattr(m, attr):
                    counts[a] = counts.get(a, 0) + 1
            for aid, n in sorted(counts.items()):
                out.actors.append((lid, aid, role, n, d0))
    return out


def _thread_why(t: Thread, terms: list[str], disputed: str, named: list[str]) -> str:
    scope = ("incident" if t.kind == "incident" else "cumulative total (war-wide)"
             if t.kind == "period:cumulative" else f"period total ({t.kind.split(':', 1)[1]})")
    undated = sum(f.day is None for f in t.members)
    return (f"measure {t.measure}, group {t.gclass}"
            + (f" ({', '.join(terms)})" if terms else "")
            + f"; scope {scope}"
            + (f"; anchored to ledger event {t.anchor}" if t.anchor else "")
            + (f"; time scope {t.scope.split(':', 1)[1]}" if t.scope and is_period(t.scope) else "")
            + f"; claims joined by: {', '.join(sorted(set(t.notes[1:]))) or 'single claim'}"
            + (f"; identity disputed: {', '.join(named)} counted by a source that gives no"
               f" {t.gclass} count of this incident" if named else "")
            + (f"; {undated} claim(s) from undated articles, placed by ingest time" if undated else "")
            + (f"; disputed: {disputed}" if disputed else ""))


def _undated(f: ClaimFigure) -> str:
    """The flag of a claim from an undated article."""
    if f.day is not None:
        return ""
    told = f" (dateline {f.text_date.day:d}/{f.text_date.month:d})" if f.text_date is not None else ""
    return f"; undated article{told}: placed by ingest time"


def add_thread(out: ThreadRows, t: Thread, actors: dict[str, ActorInfo], names: dict[str, str],
                rules: Rules) -> None:
    members: list[ClaimFigure] = t.members
    tid = rid("ct", members[0].id)
    roles = claim_roles(members, rules)
    outlets = sorted({f.outlet for f in members if f.outlet})
    sources = {source_key(f) for f in members} - {None}
    pubs = sorted(f.published for f in members if f.published)
    series = any(r[0] == "update" for r in roles)
    disagree = any(r[0] == "disagreement" for r in roles)
    named = sorted({f.counted_as for f in members if f.counted_as})
    out.series += series
    out.disagreement += disagree
    out.cross_outlet += len(outlets) > 1
    terms = sorted({f.group for f in members if f.group})
    out.threads.append((
        tid, t.measure, t.gclass, json.dumps(terms, ensure_ascii=False),
        most_common(f.place for f in members), most_common(f.time_scope for f in members), t.anchor,
        len(members), len(outlets), len(sources), json.dumps(outlets, ensure_ascii=False),
        min(min(f.value_low, f.value_high) for f in members),
        max(max(f.value_low, f.value_high) for f in members),
        pubs[0] if pubs else None, pubs[-1] if pubs else None, series, disagree,
        _thread_why(t, terms, dispute(members, names) if disagree or named else "", named)))
    actor_roles: set[tuple[str, str]] = set()
    for pos, (f, (role, note, iv)) in enumerate(zip(members, roles, strict=True)):
        out.claims.append((f.id, tid, f.article_id, pos, role, note + _undated(f) + identity_note(f), iv[0], iv[1],
                           f.counted_as))
        for aid, arole in ((f.attribution_actor_id, "source"), (f.group_actor_id, "group"),
                           (f.perpetrator_actor_id, "perpetrator")):
            if aid and aid in actors:
                actor_roles.add((aid, arole))
    for aid, arole in sorted(actor_roles):
        out.actors.append((tid, aid, arole, pubs[-1] if pubs else None))
