"""Replaying the event linker over the part of the date-ordered stream that changed.

The linker takes mentions in date order and each joins the best open ledger event (one whose
first day is at most ``window_days`` earlier), else starts one. Its state when it reaches a
mention is therefore the open ledger events, with the mentions they had taken by then; and after
a point where no ledger event whose members differ from the earlier build's is still open, the
linker decides every mention as the earlier build did, up to the next added mention.

``replay`` uses that: from each change (an added, changed or removed item, in stream order) it
rebuilds the open ledger events of the earlier build (``Linker.restore``), takes the items
from there in order, and stops when no changed ("dirty") ledger event is open any more. The
same code serves both passes: the first links mentions (``MentionPass``), the second links the
first pass's ledger events to each other (``PartPass``), their changes being the first pass's
changed ledger events. The earlier build is read from the ledger's tables by :class:`OldLedger`.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

from .linking import (
    MERGED,
    Cluster,
    Linker,
    LinkMention,
    Mismatch,
    mention_key,
    part_key,
    representative,
)

Key = tuple[Any, ...]


@dataclass
class Change:
    """An item of the stream that differs from the earlier build: added (``item``), removed
    (``old``: the id of the earlier item) or both (changed)."""

    key: Key
    item: LinkMention | None = None
    old: str | None = None


class Pass(Protocol):
    """What ``replay`` needs to know about the earlier build of one pass."""

    def ensure(self, day: date) -> None: ...
    def items_of(self, day: date) -> list[LinkMention]: ...
    def open_clusters(self, day: date, key: Key) -> list[list[LinkMention]]: ...
    def seed_of(self, item_id: str) -> str: ...
    def first_day(self, seed: str) -> date | None: ...
    def last_day(self) -> date | None: ...
    def key(self, item: LinkMention) -> Key: ...


@dataclass
class Replayed:
    """The ledger events that differ from the earlier build (by the id of their first item) and
    the earlier ledger events that no longer exist."""

    changed: dict[str, Cluster] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)
    items: int = 0  # items taken again
    segments: int = 0


def replay(changes: list[Change], source: Pass, make: Callable[[], Linker], window: int) -> Replayed:
    """Replay a linker from each change until the dirty ledger events are closed (see the module)."""
    out = Replayed()
    changes = sorted(changes, key=lambda c: c.key)
    skip = {c.old for c in changes if c.old is not None}
    i = 0
    while i < len(changes):
        linker = make()
        day = changes[i].key[0]
        if day == date.max:  # undated: each alone, touching nothing else
            dirty: dict[str, date | None] = {}
            for c in changes[i:]:
                dirty.update(_note(out, linker, c, source))
            _collect(out, linker, dirty)
            return out
        out.segments += 1
        i = _segment(out, changes, i, source, linker, skip, window)
    return out


def _seed(c: Cluster) -> str:
    return c.members[0].event_id


def _note(out: Replayed, linker: Linker, c: Change, source: Pass) -> dict[str, date | None]:
    """Take a change: its earlier ledger event and the one it joins are dirty."""
    dirty: dict[str, date | None] = {}
    if c.old is not None:
        seed = source.seed_of(c.old)
        dirty[seed] = source.first_day(seed)
    if c.item is not None:
        joined = linker.add(c.item)
        dirty[_seed(joined)] = joined.first_day
    return dirty


def _segment(out: Replayed, changes: list[Change], i: int, source: Pass, linker: Linker,
             skip: set[str], window: int) -> int:
    """One replay from ``changes[i]``; returns the index of the first change it did not take."""
    key0 = changes[i].key
    day: date = key0[0]
    source.ensure(day)
    for members in source.open_clusters(day, key0):
        linker.restore(members)
    dirty: dict[str, date | None] = {}
    last = source.last_day()
    while True:
        source.ensure(day)
        old: list[tuple[Key, int, LinkMention | Change]] = [
            (source.key(m), 1, m) for m in source.items_of(day) if m.event_id not in skip]
        todo = sorted([x for x in old if x[0] >= key0]
                      + [(c.key, 0, c) for c in changes[i:] if c.key[0] == day], key=lambda x: x[:2])
        for _, _, x in todo:
            if isinstance(x, Change):
                dirty.update(_note(out, linker, x, source))
                i += 1
                continue
            if not dirty_open(dirty, day, window):
                _collect(out, linker, dirty)
                return i
            out.items += 1
            joined = linker.add(x)
            was = source.seed_of(x.event_id)
            if _seed(joined) != was:
                dirty[_seed(joined)] = joined.first_day
                dirty[was] = source.first_day(was)
        day += timedelta(days=1)
        more = i < len(changes) and changes[i].key[0] != date.max
        if (not dirty_open(dirty, day, window) and (not more or changes[i].key[0] > day)) \
                or (not more and (last is None or day > last)):
            _collect(out, linker, dirty)
            return i


def dirty_open(dirty: dict[str, date | None], day: date, window: int) -> bool:
    horizon = day - timedelta(days=window)
    return any(d is not None and d >= horizon for d in dirty.values())


def _collect(out: Replayed, linker: Linker, dirty: dict[str, date | None]) -> None:
    seeds = set(dirty)
    found = set()
    for c in linker.clusters.values():
        s = _seed(c)
        if s in seeds:
            out.changed[s] = c
            found.add(s)
    out.gone.update(seeds - found)


# -- the earlier build ------------------------------------------------------------------------------


@dataclass
class OldEvent:
    """A ledger event of the earlier build: its parts (first-pass ledger events), each the ids
    of its mentions in the order they joined."""

    id: str
    first_day: date | None
    parts: list[list[str]]


class OldLedger:
    """The earlier build's ledger events, read by their first day as the replay moves on (a
    ledger event whose first day is ``d`` holds mentions of days ``d`` to ``d + 2 * window``)."""

    def __init__(self, conn: sqlite3.Connection, window: int,
                 load: Callable[[list[str]], list[LinkMention]]) -> None:
        self.conn = conn
        self.window = window
        self.load = load
        self.events: dict[str, OldEvent] = {}
        self.mentions: dict[str, LinkMention] = {}
        self.part_of: dict[str, str] = {}  # mention id -> first mention of its part
        self.event_of: dict[str, str] = {}  # part seed -> first mention of its ledger event
        self.parts: dict[str, list[str]] = {}
        self.by_day: dict[date, list[str]] = defaultdict(list)  # part seeds by first day
        self.mention_days: dict[date, list[str]] = defaultdict(list)
        self.loaded: tuple[date, date] | None = None
        row = conn.execute("SELECT MAX(date_start) FROM ledger_events").fetchone()
        self.last = date.fromisoformat(row[0][:10]) if row and row[0] else None
        self._restored: dict[str, Cluster] = {}
        self.restorer: Linker | None = None

    def ensure(self, day: date) -> None:
        """Read the ledger events whose first day is at most ``day`` (from ``day - 2 * window``)."""
        lo = day - timedelta(days=2 * self.window)
        if self.loaded is None:
            self._read(lo, day)
            self.loaded = (lo, day)
            return
        a, b = self.loaded
        if lo < a:
            self._read(lo, a - timedelta(days=1))
            a = lo
        if day > b:
            self._read(b + timedelta(days=1), day)
            b = day
        self.loaded = (a, b)

    def _read(self, lo: date, hi: date) -> None:
        rows = self.conn.execute(
            "SELECT lem.ledger_event_id, le.anchor_event_id, le.date_start, lem.event_id, lem.link_note"
            " FROM ledger_events le JOIN ledger_event_mentions lem ON lem.ledger_event_id = le.id"
            " WHERE le.date_start >= ? AND le.date_start <= ? ORDER BY lem.ledger_event_id, lem.position",
            (lo.isoformat(), hi.isoformat() + "~")).fetchall()
        fresh = [r[3] for r in rows if r[3] not in self.mentions]
        for m in self.load(fresh):
            self.mentions[m.event_id] = m
        for lid, anchor, start, eid, note in rows:
            if eid not in self.mentions:
                raise Mismatch(f"mention {eid} of ledger event {lid} is no longer in the store")
            ev = self.events.get(lid)
            if ev is None:
                ev = self.events[lid] = OldEvent(lid, date.fromisoformat(start[:10]), [])
            if not ev.parts or note.startswith(MERGED):
                ev.parts.append([])
                self.parts[eid] = ev.parts[-1]
                self.event_of[eid] = anchor
                self.by_day[self.mentions[eid].day or date.max].append(eid)
            ev.parts[-1].append(eid)
            self.part_of[eid] = ev.parts[-1][0]
            self.mention_days[self.mentions[eid].day or date.max].append(eid)

    def part(self, seed: str) -> Cluster:
        """A part of the earlier build, rebuilt (each mention's match checked again)."""
        c = self._restored.get(seed)
        if c is None:
            assert self.restorer is not None
            c = self._restored[seed] = self.restorer.restore([self.mentions[e] for e in self.parts[seed]])
        return c


class MentionPass:
    """The first pass's view of the earlier build: mentions, in parts."""

    def __init__(self, old: OldLedger, window: int) -> None:
        self.old = old
        self.window = window

    def ensure(self, day: date) -> None:
        self.old.ensure(day)

    def key(self, item: LinkMention) -> Key:
        return mention_key(item)

    def items_of(self, day: date) -> list[LinkMention]:
        return [self.old.mentions[e] for e in self.old.mention_days.get(day, ())]

    def open_clusters(self, day: date, key: Key) -> list[list[LinkMention]]:
        out = []
        for d in _days(day - timedelta(days=self.window), day):
            for seed in self.old.by_day.get(d, ()):
                members = [self.old.mentions[e] for e in self.old.parts[seed]]
                members = [m for m in members if mention_key(m) < key]
                if members and members[0].event_id == seed:
                    out.append(members)
        return sorted(out, key=lambda ms: mention_key(ms[0]))

    def seed_of(self, item_id: str) -> str:
        return self.old.part_of[item_id]

    def first_day(self, seed: str) -> date | None:
        return self.old.mentions[seed].day

    def last_day(self) -> date | None:
        return self.old.last + timedelta(days=2 * self.window) if self.old.last else None


class PartPass:
    """The second pass's view of the earlier build: first-pass ledger events (as representatives),
    in ledger events."""

    def __init__(self, old: OldLedger, window: int) -> None:
        self.old = old
        self.window = window
        self.reps: dict[str, LinkMention] = {}

    def ensure(self, day: date) -> None:
        self.old.ensure(day)  # whole ledger events: the parts begun by ``day`` complete

    def key(self, item: LinkMention) -> Key:
        assert item.parts
        return part_key(item.parts[0])

    def rep(self, seed: str) -> LinkMention:
        r = self.reps.get(seed)
        if r is None:
            r = self.reps[seed] = representative(self.old.part(seed))
        return r

    def items_of(self, day: date) -> list[LinkMention]:
        return [self.rep(s) for s in self.old.by_day.get(day, ())]

    def open_clusters(self, day: date, key: Key) -> list[list[LinkMention]]:
        out = []
        for ev in self.old.events.values():
            if ev.first_day is None or not day - timedelta(days=self.window) <= ev.first_day <= day:
                continue
            reps = [self.rep(p[0]) for p in ev.parts]
            reps = [r for r in reps if self.key(r) < key]
            if reps and reps[0].event_id == ev.parts[0][0]:
                out.append(reps)
        return sorted(out, key=lambda rs: self.key(rs[0]))

    def seed_of(self, item_id: str) -> str:
        return self.old.event_of[item_id]

    def first_day(self, seed: str) -> date | None:
        return self.old.mentions[seed].day

    def last_day(self) -> date | None:
        return self.old.last + timedelta(days=self.window) if self.old.last else None


def _days(lo: date, hi: date) -> Sequence[date]:
    return [lo + timedelta(days=k) for k in range((hi - lo).days + 1)]
