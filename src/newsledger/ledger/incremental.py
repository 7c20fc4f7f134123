"""The incremental update: articles added since the last build change only the ledger events,
claim threads and profiles they touch.

``plan`` decides whether an update is possible: the ledger was built with the same settings,
rules and store schema, and since then articles were only added (every article the last build
saw, with all its records, is still there: the counts of the marker plus the new articles'
records give the counts now). Otherwise it says why a full build is needed.

``update_events`` replays the event linker around the new mentions (``replay``) and returns
the ledger events that differ from the last build and those that no longer exist; the claim
threads are replayed the same way around the figures whose anchors may have changed
(``threads``), and the profiles add the new articles' counts (``profiles.add_profiles``).
The result is the full build's, row for row (tests/ledger/test_incremental.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from ..storage import compact, db
from ..storage.store import Store
from .linking import (
    ActorInfo,
    Cluster,
    Linker,
    LinkMention,
    combine,
    mention_key,
    part_key,
    representative,
)
from .places import ArticleWords
from .replay import Change, MentionPass, OldLedger, PartPass, replay
from .rules import Rules, rid
from .status import ledger_status
from .types import LEDGER_SCHEMA_VERSION, LedgerConfig

log = logging.getLogger(__name__)

RECORD_TABLES = ("events", "figures", "quotes", "framing", "mentions")

# the share of the ledger's timeline above which an update would take more again than a full build
SPREAD = 0.5


def _canon(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(_canon(v) for v in value)
    if isinstance(value, dict):
        return sorted((str(k), _canon(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return [_canon(v) for v in value]
    if isinstance(value, re.Pattern):
        return value.pattern
    return value


def rules_digest(rules: Rules) -> str:
    """A hash of the ledger's rules (its data files as read): another digest, another ledger."""
    data = {f.name: _canon(getattr(rules, f.name)) for f in fields(rules)}
    return hashlib.sha1(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Plan:
    """What an update would do: ``since`` the last article rowid the ledger saw, or ``reason``
    why a full build is needed."""

    since: int | None
    reason: str
    new_articles: int = 0


def plan(store: Store, config: LedgerConfig, rules: Rules) -> Plan:
    """Whether the ledger can be updated incrementally (see the module)."""
    status = ledger_status(store)
    if not status.built or status.marker is None:
        return Plan(None, "the ledger has not been built")
    st = {r[0]: r[1] for r in store.conn.execute("SELECT key, value FROM ledger_state")}
    if status.config != config:
        return Plan(None, "the settings differ from the last build's")
    if st.get("rules") != rules_digest(rules):
        return Plan(None, "the ledger's rules (data files) differ from the last build's")
    if st.get("store_schema") != str(store.schema_version()):
        return Plan(None, "the store's schema changed since the last build")
    old = status.marker.split(":")
    if len(old) != 8 or old[0] != LEDGER_SCHEMA_VERSION:
        return Plan(None, "the last build's marker is of another version")
    since = int(old[7])
    c = store.conn
    n_new = int(c.execute("SELECT COUNT(*) FROM articles WHERE rowid > ?", (since,)).fetchone()[0])
    now = int(c.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    if now != int(old[1]) + n_new:
        return Plan(None, "articles were deleted or replaced since the last build")
    for k, table in enumerate(RECORD_TABLES):
        stored = compact.stored_table(c, table) if store.dialect == db.SQLITE else None
        if stored:  # a view over a table keyed by the article's rowid (schema 10): count that one
            added = c.execute(f"SELECT COUNT(*) FROM {stored} WHERE article > ?", (since,)).fetchone()[0]
            total = c.execute(compact.count_sql(stored)).fetchone()[0]
        else:
            added = c.execute(f"SELECT COUNT(*) FROM {table} WHERE article_id IN"
                              " (SELECT id FROM articles WHERE rowid > ?)", (since,)).fetchone()[0]
            total = c.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        if int(total) != int(old[2 + k]) + int(added):
            return Plan(None, f"{table} of articles the last build saw were deleted, replaced or added")
    return Plan(since, "", n_new)


def spread(conn: sqlite3.Connection, config: LedgerConfig, new: list[LinkMention]) -> str:
    """Why a full build is quicker (the days the new mentions make the linker take again cover
    more than half the ledger's timeline: articles added all over it), else ""."""
    w = config.window_days
    days = {m.day for m in new if m.day is not None}
    row = conn.execute("SELECT MIN(date_start), MAX(date_start) FROM ledger_events").fetchone()
    if not days or not row or not row[0]:
        return ""
    first, last = date.fromisoformat(row[0][:10]), date.fromisoformat(row[1][:10])
    covered = {d + timedelta(days=k) for d in days for k in range(-2 * w, w + 1)}
    covered = {d for d in covered if first <= d <= last}
    if len(covered) > SPREAD * ((last - first).days + 1):
        return (f"the new articles' mentions fall on {len(days)} days all over the ledger's timeline"
                f" ({first} to {last}): a full build is quicker")
    return ""


# -- ledger events ----------------------------------------------------------------------------------


@dataclass
class EventUpdate:
    """The ledger events that differ from the last build (whole, to write) and the ids of the
    last build's ledger events to delete (all that changed or no longer exist)."""

    events: list[Cluster]
    deleted: set[str]
    old: OldLedger
    replayed: int = 0
    segments: int = 0


def prepare(texts: ArticleWords, mentions: list[LinkMention]) -> None:
    """Read the words of the mentions' articles and learn their places."""
    texts.load(m.article_id for m in mentions)
    texts.learn([m.core for m in mentions] + [core for m in mentions for core, _ in m.story])


def update_events(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules,
                  actors: dict[str, ActorInfo], texts: ArticleWords, new: list[LinkMention],
                  load: Callable[[list[str]], list[LinkMention]]) -> EventUpdate:
    """Link the new mentions: replay both passes of the linker around them (``load``: the
    mentions of these event ids, their articles' words read into ``texts``)."""
    w = config.window_days
    old = OldLedger(conn, w, load)

    def make() -> Linker:
        return Linker(config, actors, texts, rules)

    old.restorer = make()
    prepare(texts, new)
    first = replay([Change(mention_key(m), m) for m in new], MentionPass(old, w), make, w)
    changes = [Change(part_key(c), representative(c), seed if seed in old.parts else None)
               for seed, c in first.changed.items()]
    changes += [Change(part_key(old.part(seed)), None, seed) for seed in first.gone]
    second = replay(changes, PartPass(old, w), make, w)
    events = sorted((combine(sc) for sc in second.changed.values()), key=part_key)
    deleted = {rid("le", s) for s in second.gone | second.changed.keys()}
    log.info("ledger update: %d new mentions; replayed %d mentions in %d segment(s) and %d ledger"
             " events in %d; %d ledger events written, %d replaced or deleted", len(new), first.items,
             first.segments, second.items, second.segments, len(events), len(deleted))
    return EventUpdate(events, deleted, old, first.items + second.items, first.segments + second.segments)
