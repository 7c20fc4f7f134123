"""The full build streamed by date window: the ledger of the whole store, its memory bounded by
what a window and the ledger events and threads still open in it hold, not by the corpus.

Both passes of the event linker take their items in date order and compare each only with
ledger events begun at most ``window_days`` earlier (``Linker``); the claim threader likewise
with threads begun at most ``figure_window_days`` earlier, or, through an anchor, within that
window of the day a claim says it counts. So the build reads the store a few days at a time
(``STREAM_DAYS``), in two phases:

1. the event mentions of each window (``mention_windows``: by the event's date, else the
   article's publication date, else its dateline), each through the first pass of the linker;
   a first-pass ledger event no mention can join any more goes to the second pass, and a
   second-pass ledger event no first-pass one can join any more is written out and forgotten;
2. the casualty figures of each window, by publication date, anchored to the ledger events
   just written (``rethread.stored_anchors``) and threaded; a thread no later claim can join
   (begun more than ``figure_window_days`` plus the most days any claim counts back) is written
   out and forgotten. Claims of undated articles come after all others and may join any
   thread: with any of them in the store the threads are all kept until the end.

Articles with no date of their own (no publication date, or one that is no date) are read
first, as a whole (few, normally); so is the store's place vocabulary, against which each
window's articles are matched (``places.WindowWords``). Profiles are aggregated in SQL (``write_profiles``). The
rows are the in-memory build's, row for row and in the same order (tests/ledger/test_stream.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import chain

from . import claims
from .claims import (
    ClaimFigure,
    Thread,
    anchor_figures,
    claim_order,
    load_figures,
)
from .days import scope_day
from .identity import Tally
from .linking import ActorInfo, Cluster, Linker, LinkMention, combine, mention_key, representative
from .mentions import chunks, load_mentions
from .places import WindowWords, story_places
from .rethread import Reach, article_figures, identity_tally, stored_anchors
from .retro import most_back
from .rules import Rules, as_date, scope_key
from .since_happening import DAY, since_weekday
from .threader import Threader
from .types import LedgerConfig
from .within import Within

# the days of records read at a time
STREAM_DAYS = 7


@dataclass
class Streamed:
    """What a streamed build wrote, counted as it went."""

    mentions: int = 0
    events: int = 0
    linked: int = 0
    cross_outlet: int = 0
    claims: int = 0
    threads: int = 0
    checks: int = 0
    most_events: int = 0  # the most ledger events held at once
    most_threads: int = 0  # the most threads held at once
    reach: Reach = field(default_factory=Reach)


# -- reading by window ------------------------------------------------------------------------------


def undated_articles(conn: sqlite3.Connection) -> list[str]:
    """The articles whose publication date is missing or no date."""
    bad = [v for (v,) in conn.execute("SELECT DISTINCT published FROM articles") if as_date(v) is None]
    out = [r[0] for r in conn.execute("SELECT id FROM articles WHERE published IS NULL")] if None in bad else []
    values = [v for v in bad if v is not None]
    for marks, part in chunks(values):
        out += [r[0] for r in conn.execute(f"SELECT id FROM articles WHERE published IN ({marks})", part)]
    return sorted(out)


def _next_day(conn: sqlite3.Connection, after: str) -> date | None:
    """The first day on or after ``after`` (ISO) that an event's date or an article's publication
    date gives."""
    best: date | None = None
    for table, column in (("events", "date"), ("articles", "published")):
        op, at = ">=", after
        while True:
            v = conn.execute(f"SELECT MIN({column}) FROM {table} WHERE {column} {op} ?", (at,)).fetchone()[0]
            if v is None:
                break
            day = as_date(str(v))
            if day is not None:
                best = day if best is None else min(best, day)
                break
            op, at = ">", str(v)  # a value that is no date: look past it
    return best


def day_windows(conn: sqlite3.Connection, extra: list[date], days: int | None = None) -> Iterator[tuple[date, date]]:
    """Windows [first, last) of ``days`` days (``STREAM_DAYS``) covering every dated event and
    article (and the days in ``extra``), in order, skipping the days that have none."""
    days = days or STREAM_DAYS
    extra = sorted(extra)
    at = ""
    while True:
        day = _next_day(conn, at)
        later = [d for d in extra if at <= d.isoformat()]
        if later and (day is None or later[0] < day):
            day = later[0]
        if day is None:
            return
        end = day + timedelta(days=days)
        yield day, end
        at = end.isoformat()


def load_window(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, lo: date,
                hi: date) -> list[LinkMention]:
    """The mentions dated in [lo, hi) by their event's date or their article's publication date."""
    a, b = lo.isoformat(), hi.isoformat()
    out = [m for m in load_mentions(conn, config, rules, {}, " AND e.date >= ? AND e.date < ?", (a, b))
           if m.date_source == "event" and m.day is not None and lo <= m.day < hi]
    out += [m for m in load_mentions(conn, config, rules, {}, " AND a.published >= ? AND a.published < ?", (a, b))
            if m.date_source == "published" and m.day is not None and lo <= m.day < hi]
    return out


def window_figures(conn: sqlite3.Connection, rules: Rules, lo: date, hi: date) -> list[ClaimFigure]:
    """The claims of the articles published in [lo, hi)."""
    a, b = lo.isoformat(), hi.isoformat()
    return [f for f in load_figures(conn, rules, " AND a.published >= ? AND a.published < ?", (a, b))
            if as_date(f.published) is not None and f.day is not None and lo <= f.day < hi]


def told_back(conn: sqlite3.Connection, rules: Rules, odd: list[ClaimFigure]) -> int:
    """The most days any claim counts back from the day it was stated ("killed on Tuesday")."""
    back = 0
    rows = conn.execute(
        "SELECT f.time_scope, a.published FROM figures f JOIN articles a ON a.id = f.article_id"
        " WHERE f.measure IS NOT NULL AND f.kind = 'count' AND f.time_scope IS NOT NULL" + claims.CLAIM_STANCE_SQL)
    for ts, day in chain(((ts, as_date(pub)) for ts, pub in rows), ((f.time_scope, f.day) for f in odd)):
        # a count since a weekday may run from that day's happening (``since_happening``)
        key = DAY if since_weekday(ts) else scope_key(ts, rules)
        told = scope_day(ts, key, day) if day is not None else None
        if told is not None and day is not None:
            back = max(back, (day - told).days)
    # a retrospective's toll counts back from the day it was told ("three weeks after ...", ``retro``)
    links = " OR ".join("lower(lead) LIKE ?" for _ in rules.retrospective_links)
    if links:
        leads = conn.execute(
            f"SELECT lead FROM (SELECT {claims.SENTENCE_LEAD} AS lead FROM figures f JOIN articles a"
            " ON a.id = f.article_id WHERE f.measure IS NOT NULL AND f.kind = 'count'"
            + claims.CLAIM_STANCE_SQL + f") AS led WHERE {links}", [f"% {w} %" for w in rules.retrospective_links])
        back = max(back, most_back((str(r[0]) for r in leads if r[0]), rules),
                   max((f.back for f in odd), default=0))
    return back


# -- the passes -------------------------------------------------------------------------------------


class EventStream:
    """Both passes of the linker over mentions taken in date order: each ledger event is handed
    out (``take``, in the in-memory build's order) as soon as nothing can join it any more."""

    def __init__(self, config: LedgerConfig, actors: dict[str, ActorInfo], texts: WindowWords,
                 rules: Rules) -> None:
        self.window = config.window_days
        self.first = Linker(config, actors, texts, rules)
        self.second = self.first.second()
        self.fed = 0  # the next first-pass ledger event to hand to the second pass
        self.done = 0  # the next second-pass ledger event to emit
        self.out: list[Cluster] = []
        self.most_open = 0  # the most ledger events of both passes held at once (between windows)

    def add(self, m: LinkMention) -> None:
        if m.day is not None:
            self._feed(m.day)
        self.first.add(m)

    def _feed(self, day: date | None) -> None:
        """Hand the first-pass ledger events begun more than ``window`` days before ``day``
        (all, when None) to the second pass."""
        first = self.first
        while self.fed < first.count:
            c = first.clusters[self.fed]
            if day is not None and (c.first_day is None or (day - c.first_day).days <= self.window):
                break
            first.drop(c)
            self.fed += 1
            rep = representative(c)
            if rep.day is not None:
                self._emit(rep.day)
            self.second.add(rep)

    def _emit(self, day: date | None) -> None:
        """Emit the second-pass ledger events begun more than ``window`` days before ``day`` (all,
        when None)."""
        second = self.second
        while self.done < second.count:
            sc = second.clusters[self.done]
            if day is not None and (sc.first_day is None or (day - sc.first_day).days <= self.window):
                break
            second.drop(sc)
            self.done += 1
            self.out.append(combine(sc))

    def take(self) -> list[Cluster]:
        """The ledger events emitted since the last call (and the index tidied)."""
        out, self.out = self.out, []
        self.most_open = max(self.most_open, len(self.first.clusters) + len(self.second.clusters) + len(out))
        self.first.sweep()
        self.second.sweep()
        return out

    def finish(self) -> list[Cluster]:
        self._feed(None)
        self._emit(None)
        return self.take()

    @property
    def checks(self) -> int:
        return self.first.checks + self.second.checks


class ThreadStream:
    """The claim threader over claims taken in claim order: threads are handed out (in the
    in-memory build's order) as soon as no later claim can join them."""

    def __init__(self, config: LedgerConfig, texts: WindowWords, rules: Rules, undated: bool, back: int) -> None:
        self.threader = Threader(config, texts, rules.event_day_gap, undated=undated, within=Within(texts.conn, rules),
                                 back=rules.retrospective_max_days, rules=rules)
        self.back = back
        self.closed: dict[int, Thread] = {}
        self.done = 0
        self.most_open = 0  # the most threads held at once (between windows)

    def close(self, day: date | None) -> list[Thread]:
        """The threads no claim of ``day`` or later can join (all, when None), oldest first."""
        th = self.threader
        self.most_open = max(self.most_open, len(th.threads) + len(self.closed))
        if day is None:
            self.closed.update(th.threads)
            th.threads.clear()
        elif not th.undated:
            self.closed.update((t.index, t) for t in th.close(day, self.back))
        out: list[Thread] = []
        while self.done in self.closed or self.done in th.absorbed:
            if self.done in self.closed:
                out.append(self.closed.pop(self.done))
            self.done += 1
        return out


def mention_windows(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, texts: WindowWords,
                    odd: list[LinkMention]) -> Iterator[list[LinkMention]]:
    """The mentions in date order, a window at a time (their story places set and their articles'
    words read); those of ``odd`` (from articles without a date of their own) among them by
    their day, the undated last."""
    dated = sorted((m for m in odd if m.day is not None), key=mention_key)
    for lo, hi in day_windows(conn, [m.day for m in dated if m.day is not None]):
        ms = load_window(conn, config, rules, lo, hi)
        ms += [m for m in dated if m.day is not None and lo <= m.day < hi]
        yield _ready(conn, config, rules, texts, ms)
    yield _ready(conn, config, rules, texts, [m for m in odd if m.day is None])


def _ready(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, texts: WindowWords,
           ms: list[LinkMention]) -> list[LinkMention]:
    story = story_places(conn, config, rules, sorted({m.article_id for m in ms}))
    for m in ms:
        m.story = story.get(m.article_id, ())
    texts.tick()
    texts.load({m.article_id for m in ms})
    ms.sort(key=mention_key)
    return ms


def figure_windows(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, texts: WindowWords,
                   odd: list[ClaimFigure]) -> Iterator[tuple[date | None, list[ClaimFigure]]]:
    """The claims in claim order, a window at a time with its first day (None: the claims of
    undated articles, last), anchored to the ledger events as written, their identity disputes
    marked (``identity``: each incident's claims read once, from every article that mentions it)."""
    dated = [f for f in odd if f.day is not None]
    tally = Tally()
    for lo, hi in day_windows(conn, [f.day for f in dated if f.day is not None]):
        figs = window_figures(conn, rules, lo, hi) + [f for f in dated if f.day is not None and lo <= f.day < hi]
        yield lo, _anchored(conn, config, rules, texts, figs, tally)
    yield None, _anchored(conn, config, rules, texts, [f for f in odd if f.day is None], tally)


def _anchored(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, texts: WindowWords,
              figs: list[ClaimFigure], tally: Tally) -> list[ClaimFigure]:
    arts = {f.article_id for f in figs}
    story = story_places(conn, config, rules, sorted(arts)) if arts else {}
    anchor_figures(figs, stored_anchors(conn, rules, arts, story) if arts else {}, rules)
    identity_tally(conn, config, rules, figs, tally)
    texts.tick()
    texts.load(arts)
    figs.sort(key=claim_order)
    return figs


def odd_records(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules,
                articles: list[str]) -> tuple[list[LinkMention], list[ClaimFigure]]:
    """The mentions and claims of articles without a date of their own whose events give none
    either (dated by the dateline, or undated), and all their claims."""
    ms: list[LinkMention] = []
    for marks, part in chunks(articles):
        ms += [m for m in load_mentions(conn, config, rules, {}, f" AND e.article_id IN ({marks})", part)
               if m.date_source != "event"]
    return ms, article_figures(conn, rules, set(articles)) if articles else []
