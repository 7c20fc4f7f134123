"""Whose people a figure counts and whom an attack targets, as the victim probes expect."""

from __future__ import annotations

from typing import Any

from newsledger.records import (
    Article,
)
from tests.builders.basics import pipeline

# -- victims (whose people a figure counts, whom an attack targets) ------------------------------
# An expected identity is one or more alternatives joined by "|", each "CTRY" (that country, no
# sector but civilians), "CTRY KIND" (that country and the sector KIND, "*" any sector), "-" (no
# actor, or one with no country and no sector but civilians) or "- KIND" (no country, sector KIND).


def _victim_alternatives(spec: str) -> list[tuple[str | None, str | None]]:
    out: list[tuple[str | None, str | None]] = []
    for alt in spec.split("|"):
        parts = alt.split()
        country = None if parts[0] == "-" else parts[0]
        out.append((country, parts[1] if len(parts) > 1 else None))
    return out


def victim_matches(actor: Any, spec: str) -> bool:
    country = actor.country if actor is not None else None
    sectors = set(actor.sectors) if actor is not None else set()
    for want_country, kind in _victim_alternatives(spec):
        if country != want_country:
            continue
        if kind is None and sectors <= {"CVL"}:
            return True
        if kind == "*" or (kind is not None and kind in sectors):
            return True
    return False


def _actor_code(actor: Any) -> str:
    return "none" if actor is None else (actor.code or f"<{actor.id}>")


def figure_victims(analysis: Any, key: str) -> tuple[bool, Any] | None:
    """The first casualty figure whose text holds ``key``, and its group's actor (None: no such figure)."""
    for f in analysis.figures:
        if f.is_casualty and key in f.text:
            return True, analysis.actor(f.group_actor_id)
    return None


def assault_targets(analysis: Any) -> list[Any] | None:
    """The target actors of the most confident top-level ASSAULT event (None: no ASSAULT event)."""
    hits = [e for e in analysis.events if e.plover == "ASSAULT" and e.parent_id is None]
    if not hits:
        return None
    top = max(hits, key=lambda e: e.confidence)
    return [analysis.actor(a) for a in top.target_actor_ids]


def check_victim_row(text: str, key: str | None, spec: str, event: bool) -> dict[str, str]:
    """Outcome of a row per check ("ok", "miss: CODE", "no figure", "no event")."""
    a = pipeline().analyze(Article.create(text))
    out: dict[str, str] = {}
    if key is not None:
        got = figure_victims(a, key)
        if got is None:
            out["figure"] = "no figure"
        else:
            out["figure"] = "ok" if victim_matches(got[1], spec) else f"miss: {_actor_code(got[1])}"
    if event:
        targets = assault_targets(a)
        if targets is None:
            out["event"] = "no event"
        else:
            ok = all(victim_matches(t, spec) for t in targets) if targets else victim_matches(None, spec)
            out["event"] = "ok" if ok else "miss: " + ",".join(_actor_code(t) for t in targets)
    return out
