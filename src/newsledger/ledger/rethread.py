"""Replaying the claim threader from the first claim an update can change.

The threader takes dated claims in claim order; a claim joins a thread whose day is at most
``figure_window_days`` before its own (``Threader._candidates``) or, through its anchor, a
thread whose day is within that window of the day the claim says it counts ("killed on
Tuesday"). So a thread can take claims up to ``window + told_back`` days after its day, where
``told_back`` is the most days any claim of the store counts back (``reach``, kept in the
ledger's state). ``update_threads`` rebuilds the threads open at the first changed claim from
the ledger's tables (their claims in order, with the notes they joined with: the column
``claim_thread_claims.join_note``), and takes every claim from there again. Claims of
undated articles are placed after all dated ones and may join any thread: with any of them
in the store the threads are rebuilt whole (``None``).

Whether a count of named fighters joins its incident's people thread (``identity``) depends on
every claim of that incident, whatever its date. An update threads again every article of an
incident that has such a count and whose tolls a changed article touches (``_with_incidents``),
reads each incident's people's counts from every article that mentions it
(``identity_tally``, as the streamed build does), and a restored claim that now counts another
quantity than its thread stops the update (``RestoreError``: a full build).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .claims import (
    STATED,
    Anchor,
    ClaimFigure,
    Thread,
    anchor_figures,
    claim_order,
    load_figures,
)
from .days import told_day
from .identity import Tally, mark, named_fighters, relevant
from .places import ArticleWords, PlaceWords, StoryPlaces, anchor_place, story_places
from .rules import Rules, as_date, place_core, rid
from .threader import Threader
from .types import LedgerConfig
from .within import Within


@dataclass
class Reach:
    """How far claims count away from the day they were stated, and how many are undated."""

    back: int = 0
    forward: int = 0
    undated: int = 0

    def widen(self, figs: list[ClaimFigure]) -> Reach:
        back, fwd, undated = self.back, self.forward, self.undated
        for f in figs:
            if f.day is None:
                undated += 1
                continue
            told = told_day(f, f.day)
            if told is not None:
                back = max(back, (f.day - told).days)
                fwd = max(fwd, (told - f.day).days)
        return Reach(back, fwd, undated)

    def to_state(self) -> dict[str, str]:
        return {"told_back": str(self.back), "told_forward": str(self.forward),
                "undated_claims": str(self.undated)}

    @classmethod
    def from_state(cls, st: dict[str, str]) -> Reach | None:
        try:
            return cls(int(st["told_back"]), int(st["told_forward"]), int(st["undated_claims"]))
        except (KeyError, ValueError):
            return None


@dataclass
class ThreadUpdate:
    """The threads that differ from the last build (to write) and the ids of the last build's
    threads to delete."""

    threads: list[Thread] = field(default_factory=list)
    deleted: set[str] = field(default_factory=set)
    replayed: int = 0
    reach: Reach = field(default_factory=Reach)


def _in(column: str, ids: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    return [(f" AND {column} IN ({','.join('?' * len(ids[i:i + 500]))})", tuple(ids[i:i + 500]))
            for i in range(0, len(ids), 500)]


def article_figures(conn: sqlite3.Connection, rules: Rules, article_ids: set[str]) -> list[ClaimFigure]:
    """The claims of whole articles."""
    out: list[ClaimFigure] = []
    for cond, params in _in("f.article_id", sorted(article_ids)):
        out.extend(load_figures(conn, rules, cond, params))
    return out


def stored_anchors(conn: sqlite3.Connection, rules: Rules, article_ids: set[str],
                   story: StoryPlaces | None = None) -> dict[str, list[Anchor]]:
    """Each article's ledger events as the build lists them for anchoring (in the order of the
    ledger events' first mentions, then of their mentions), read from the ledger's tables; a
    mention with no place of its own is placed at its article's first story place (``story``)."""
    rows: list[tuple[Any, ...]] = []
    for cond, params in _in("lem.article_id", sorted(article_ids)):
        rows += conn.execute(
            "SELECT lem.article_id, e.sentence, le.id, e.plover, e.place, le.date_start, aa.published,"
            " ae.article_id, ae.sentence, ae.id, lem.position, (SELECT MIN(sm.date) FROM ledger_event_mentions sm"
            f" WHERE sm.ledger_event_id = le.id AND sm.date_source = '{STATED}') FROM ledger_event_mentions lem"
            " JOIN events e ON e.id = lem.event_id JOIN ledger_events le ON le.id = lem.ledger_event_id"
            " JOIN events ae ON ae.id = le.anchor_event_id JOIN articles aa ON aa.id = ae.article_id"
            " WHERE 1 = 1" + cond, params).fetchall()
    out: dict[str, list[tuple[Any, Anchor]]] = defaultdict(list)
    for r in rows:
        d0 = as_date(r[5])
        order = ((d0 or date.max, d0 or date.max, r[6] or "", r[7], r[8], r[9]), r[10])
        core = place_core(r[4], rules) or anchor_place(story.get(r[0], ()) if story else ())
        out[r[0]].append((order, (r[1], r[2], str(r[3]).upper(), core, as_date(r[11]))))
    return {aid: [a for _, a in sorted(xs, key=lambda x: x[0])] for aid, xs in out.items()}


def anchor_articles(conn: sqlite3.Connection, anchors: set[str]) -> set[str]:
    """The articles with a mention in any of the ledger events ``anchors``."""
    out: set[str] = set()
    for cond, params in _in("ledger_event_id", sorted(anchors)):
        out.update(r[0] for r in conn.execute("SELECT DISTINCT article_id FROM ledger_event_mentions WHERE 1 = 1"
                                              + cond, params))
    return out


def identity_tally(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, figs: list[ClaimFigure],
                   tally: Tally) -> None:
    """Mark the identity disputes of ``figs`` (anchored) as the full build does: the people's
    counts of their incidents read from the claims of every article that mentions them (a
    claim anchored to a ledger event is in such an article), tallied once per incident into
    ``tally``."""
    wanted = {str(f.anchor) for f in figs if named_fighters(f, rules)} - tally.done
    if wanted:
        arts = anchor_articles(conn, wanted)
        others = article_figures(conn, rules, arts)
        anchor_figures(others, stored_anchors(conn, rules, arts, story_places(conn, config, rules, sorted(arts))),
                       rules)
        tally.add(others, rules, wanted)
    mark(figs, tally, rules)


def _old_claims(conn: sqlite3.Connection, figure_ids: list[str]) -> dict[str, tuple[str, int]]:
    """figure id -> (thread id, position) of the last build, for these figures and every claim of
    their threads."""
    threads: set[str] = set()
    for cond, params in _in("figure_id", figure_ids):
        threads.update(r[0] for r in conn.execute("SELECT thread_id FROM claim_thread_claims WHERE 1 = 1" + cond,
                                                  params))
    out: dict[str, tuple[str, int]] = {}
    for cond, params in _in("thread_id", sorted(threads)):
        for fid, tid, pos in conn.execute(
                "SELECT figure_id, thread_id, position FROM claim_thread_claims WHERE 1 = 1" + cond, params):
            out[fid] = (tid, int(pos))
    return out


def update_threads(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, texts: ArticleWords,
                   affected: set[str], reach: Reach) -> ThreadUpdate | None:
    """Thread again from the first claim of the ``affected`` articles (new ones, and those with a
    mention in a ledger event that changed); None when the threads must be rebuilt whole."""
    changed = article_figures(conn, rules, affected)
    reach = reach.widen(changed)
    if reach.undated:
        return None
    if not changed:
        return ThreadUpdate(reach=reach)
    affected, changed = _with_incidents(conn, config, rules, affected, changed)
    w = config.figure_window_days
    key0 = min(claim_order(f) for f in changed)
    lo = key0[0] - timedelta(days=w + reach.back + reach.forward)
    arts = {r[0] for r in conn.execute("SELECT id FROM articles WHERE published >= ? OR published IS NULL"
                                       " OR published = ''", (lo.isoformat(),))}
    old = [f for f in article_figures(conn, rules, arts - affected) if f.day is not None and f.day >= lo]
    # a thread whose first claim is older than ``lo`` is closed to every claim from ``key0`` on
    stored = _old_claims(conn, [f.id for f in old] + [f.id for f in changed])
    figs = old + changed
    ids = {f.article_id for f in figs}
    anchor_figures(figs, stored_anchors(conn, rules, ids, story_places(conn, config, rules, sorted(ids))), rules)
    identity_tally(conn, config, rules, figs, Tally())
    texts.load(f.article_id for f in figs)
    texts.learn([f.core for f in figs] + [f.event_core for f in figs])
    return _replay(config, texts, Within(conn, rules), rules.event_day_gap, old, changed, stored, key0,
                   rules.retrospective_max_days)


def _with_incidents(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, affected: set[str],
                    changed: list[ClaimFigure]) -> tuple[set[str], list[ClaimFigure]]:
    """The claims to thread again: those of the ``affected`` articles and, when one of them is a
    toll of an incident (``identity.relevant``) that has a count of named fighters, those of
    every article that mentions that incident: a claim of it before the first changed one may
    join another thread now (with the articles they come from)."""
    anchor_figures(changed, stored_anchors(conn, rules, affected, story_places(conn, config, rules,
                                                                                sorted(affected))), rules)
    touched = {str(f.anchor) for f in changed if relevant(f, rules)}
    more = anchor_articles(conn, touched) - affected if touched else set()
    if not more:
        return affected, changed
    extra = article_figures(conn, rules, more)
    anchor_figures(extra, stored_anchors(conn, rules, more, story_places(conn, config, rules, sorted(more))), rules)
    disputed = {str(f.anchor) for f in changed + extra if named_fighters(f, rules) and f.anchor in touched}
    arts = anchor_articles(conn, disputed) - affected if disputed else set()
    if not arts:
        return affected, changed
    return affected | arts, changed + [f for f in extra if f.article_id in arts]


def _replay(config: LedgerConfig, texts: PlaceWords, within: Within, event_day_gap: int, old: list[ClaimFigure],
            changed: list[ClaimFigure], stored: dict[str, tuple[str, int]], key0: tuple[Any, ...],
            back: int = 0) -> ThreadUpdate:
    threader = Threader(config, texts, event_day_gap, within=within, back=back,
                        rules=within.rules)
    by_thread: dict[str, list[ClaimFigure]] = defaultdict(list)
    for f in old:
        if f.id in stored and claim_order(f) < key0:
            by_thread[stored[f.id][0]].append(f)
    restored = []
    for members in by_thread.values():
        members.sort(key=lambda f: stored[f.id][1])
        if stored[members[0].id][1] == 0:
            restored.append((claim_order(members[0]), members))
    threader.restore([members for _, members in sorted(restored, key=lambda x: x[0])])
    skip = {f.id for f in changed}
    todo = sorted([(claim_order(f), 1, f) for f in old if f.id not in skip and claim_order(f) >= key0]
                  + [(claim_order(f), 0, f) for f in changed], key=lambda x: x[:2])
    dirty: set[str] = set()
    for _, is_old, f in todo:
        t = threader.add(f)
        now = rid("ct", t.members[0].id)
        was = stored[f.id][0] if f.id in stored else None
        if not is_old or now != was:
            dirty.add(now)
            if was is not None:
                dirty.add(was)
    out = ThreadUpdate(replayed=len(todo))
    out.threads = [t for t in threader.threads.values() if rid("ct", t.members[0].id) in dirty]
    out.deleted = dirty
    return out


