"""Building the ledger: link event mentions, thread claims, aggregate profiles, and write it
all in one transaction (``build_ledger``); rebuild when stale (``ensure_ledger``); open a
database for ledger queries (``open_ledger``)."""

from __future__ import annotations

import gc
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import StoreError
from ..resources import Resources
from ..storage import db
from ..storage.store import Store
from .claims import (
    Thread,
    anchor_figures,
    claim_order,
    load_figures,
)
from .deltas import add_profiles
from .identity import mark, tally
from .incremental import plan, prepare, rules_digest, spread, update_events
from .linking import ActorInfo, Cluster, Linker, LinkMention, Mismatch
from .mentions import chunks, load_actors, load_mentions
from .places import (
    ArticleWords,
    PlaceWords,
    WindowWords,
    place_vocabulary,
    story_places,
)
from .profiles import write_profiles
from .rethread import Reach, update_threads
from .rows import EventRows, Row, ThreadRows, add_thread, event_rows
from .rules import Rules, load_rules
from .status import data_marker, has_tables, ledger_status
from .stream import (
    EventStream,
    Streamed,
    ThreadStream,
    figure_windows,
    mention_windows,
    odd_records,
    told_back,
    undated_articles,
)
from .threader import RestoreError, Threader
from .types import LEDGER_SCHEMA_VERSION, LedgerConfig, LedgerError, LedgerSummary
from .within import Within

log = logging.getLogger(__name__)

# one ledger build at a time per PostgreSQL database (pg_advisory_xact_lock)
BUILD_LOCK = 0x6E6C_4C45_4447_4552

# the columns of a claim_thread_claims row, in the order ``add_thread`` gives them
CLAIM_COLUMNS = ("figure_id", "thread_id", "article_id", "position", "role", "role_note", "interval_low",
                 "interval_high", "counted_as")


# -- writing ---------------------------------------------------------------------------------------

_CLEARED = ("claim_thread_actors", "claim_thread_claims", "claim_threads", "ledger_event_actors",
            "ledger_event_mentions", "ledger_events", "ledger_outlet_framing", "ledger_outlet_sources",
            "ledger_outlet_actors", "ledger_outlets", "ledger_actor_names")


def _insert_events(conn: sqlite3.Connection, events: EventRows) -> None:
    conn.executemany("INSERT INTO ledger_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events.events)
    conn.executemany("INSERT INTO ledger_event_mentions VALUES (?,?,?,?,?,?,?,?)", events.mentions)
    conn.executemany("INSERT INTO ledger_event_actors VALUES (?,?,?,?,?)", events.actors)


def _insert_threads(conn: sqlite3.Connection, threads: ThreadRows) -> None:
    conn.executemany("INSERT INTO claim_threads VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", threads.threads)
    # (a store of a schema before migration 12 has no counted_as: its ledger keeps no identity disputes)
    have = {d[0] for d in conn.execute("SELECT * FROM claim_thread_claims LIMIT 0").description}
    cols = tuple(c for c in CLAIM_COLUMNS if c in have)
    conn.executemany(f"INSERT INTO claim_thread_claims ({', '.join(cols)}) VALUES ({','.join('?' * len(cols))})",
                     [r[:len(cols)] for r in threads.claims])
    conn.executemany("INSERT INTO claim_thread_actors VALUES (?,?,?,?)", threads.actors)


def _save_state(conn: sqlite3.Connection, state: dict[str, str]) -> None:
    conn.executemany("INSERT INTO ledger_state(key, value) VALUES (?,?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value", sorted(state.items()))


def _clear(conn: sqlite3.Connection) -> None:
    """Start replacing the ledger (inside the build's transaction)."""
    if db.dialect(conn) == db.POSTGRESQL:  # one build at a time; SQLite's write lock does that
        conn.execute("SELECT pg_advisory_xact_lock(?)", (BUILD_LOCK,))
    for table in _CLEARED:
        conn.execute(f"DELETE FROM {table}")


def _write(store: Store, events: EventRows, threads: ThreadRows, state: dict[str, str]) -> int:
    """Replace the ledger's rows in one transaction; returns the number of outlets."""
    conn = store.conn
    try:
        with conn:
            _clear(conn)
            _insert_events(conn, events)
            _insert_threads(conn, threads)
            n_outlets = write_profiles(conn)
            _save_state(conn, state)
    except db.ERRORS as exc:
        raise LedgerError(f"cannot write the ledger to {store.name}: {exc}") from exc
    return n_outlets


# -- the whole build -------------------------------------------------------------------------------


def _check_writable(store: Store) -> None:
    if store.readonly:
        raise LedgerError(f"cannot build the ledger in {store.name}: the database is open read-only")
    if not has_tables(store.conn):
        raise LedgerError(f"cannot build the ledger in {store.name}: its schema predates the ledger's"
                          " tables (open it for writing to upgrade it)")


def _state(store: Store, config: LedgerConfig, rules: Rules, marker: str, reach: Reach) -> dict[str, str]:
    """What the ledger was built from (``ledger_state``): the data marker, the settings, rules and
    schemas, and how far claims count away from their day (for the next update)."""
    return {"marker": marker, "config": json.dumps(config.to_dict(), sort_keys=True),
            "schema_version": LEDGER_SCHEMA_VERSION, "rules": rules_digest(rules),
            "store_schema": str(store.schema_version()),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"), **reach.to_state()}


def build_ledger(store: Store, config: LedgerConfig | None = None, *,
                 resources: Resources | None = None, incremental: bool = False,
                 streamed: bool = True) -> LedgerSummary:
    """Recompute and store ledger events, claim threads and outlet/actor aggregates. The ledger's
    data files are read through ``resources`` (a new :class:`Resources` when None). With
    ``incremental``, only what the articles added since the last build change is recomputed
    (``update_ledger``), when that is possible; else (the reason is logged) the whole ledger,
    read from the store a few days at a time (``stream``); ``streamed=False`` reads it all into
    memory at once instead (the same rows: the reference the streamed build is checked against)."""
    config = config or LedgerConfig()
    _check_writable(store)
    rules = load_rules(resources)
    with _no_cycle_collection():
        if incremental:
            summary = update_ledger(store, config, rules)
            if summary is not None:
                return summary
        return _streamed_build(store, config, rules) if streamed else _full_build(store, config, rules)


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while a build allocates its many small objects (each
    collection of the oldest generation walks them all: the build's time grew faster than the
    corpus); the build makes no garbage cycles worth collecting in between."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _full_build(store: Store, config: LedgerConfig, rules: Rules) -> LedgerSummary:
    t0 = time.perf_counter()
    conn = store.conn
    marker = data_marker(store)
    actors = load_actors(conn)
    story = story_places(conn, config, rules)
    mentions = load_mentions(conn, config, rules, story)
    figs = load_figures(conn, rules)
    texts = PlaceWords(conn, [m.core for m in mentions] + [f.core for f in figs]
                       + [core for places in story.values() for core, _ in places])
    linker = Linker(config, actors, texts, rules)
    for m in mentions:
        linker.add(m)
    clusters = linker.merged()
    events = event_rows(clusters, config)
    anchor_figures(figs, events.anchors, rules)
    mark(figs, tally(figs, rules), rules)
    figs.sort(key=claim_order)
    threader = Threader(config, texts, rules.event_day_gap, within=Within(conn, rules),
                        back=rules.retrospective_max_days, rules=rules)
    for f in figs:
        threader.add(f)
    threads = ThreadRows()
    names = {aid: a.name for aid, a in actors.items()}  # once, not once per thread
    for t in threader.threads.values():
        add_thread(threads, t, actors, names, rules)
    n_outlets = _write(store, events, threads, _state(store, config, rules, marker, Reach().widen(figs)))
    seconds = round(time.perf_counter() - t0, 3)
    summary = LedgerSummary(
        events_considered=len(mentions), ledger_events=len(events.events),
        linked_events=sum(1 for c in clusters if len(c.members) > 1),
        cross_outlet_events=sum(1 for r in events.events if r[11] > 1), claims=len(threads.claims),
        claim_threads=len(threads.threads), cross_outlet_threads=threads.cross_outlet,
        series_threads=threads.series, disagreement_threads=threads.disagreement, outlets=n_outlets,
        seconds=seconds, marker=marker, config=config)
    log.info("ledger built in %.2fs: %d ledger events from %d mentions (%d candidate checks),"
             " %d claim threads", seconds, summary.ledger_events, summary.events_considered,
             linker.checks, summary.claim_threads)
    return summary


def _streamed_build(store: Store, config: LedgerConfig, rules: Rules) -> LedgerSummary:
    """The full build, streamed by date window (``stream``), in one transaction."""
    t0 = time.perf_counter()
    conn = store.conn
    marker = data_marker(store)
    actors = load_actors(conn)
    texts = WindowWords(conn, place_vocabulary(conn, config, rules))
    n = Streamed()
    threads = ThreadRows()
    try:
        with own_references(conn), conn:
            _clear(conn)
            odd_mentions, odd_figures = odd_records(conn, config, rules, undated_articles(conn))
            events = EventStream(config, actors, texts, rules)
            for ms in mention_windows(conn, config, rules, texts, odd_mentions):
                for m in ms:
                    events.add(m)
                n.mentions += len(ms)
                _put_events(conn, events.take(), config, n)
            _put_events(conn, events.finish(), config, n)
            n.checks, n.most_events = events.checks, events.most_open
            del events
            stream = ThreadStream(config, texts, rules, any(f.day is None for f in odd_figures),
                                  told_back(conn, rules, odd_figures))
            for day, figs in figure_windows(conn, config, rules, texts, odd_figures):
                if day is not None:
                    _put_threads(conn, stream.close(day), threads, actors, rules, n)
                for f in figs:
                    stream.threader.add(f)
                n.reach = n.reach.widen(figs)
            _put_threads(conn, stream.close(None), threads, actors, rules, n)
            n.most_threads = stream.most_open
            n_outlets = write_profiles(conn)
            _save_state(conn, _state(store, config, rules, marker, n.reach))
    except db.ERRORS as exc:
        raise LedgerError(f"cannot write the ledger to {store.name}: {exc}") from exc
    seconds = round(time.perf_counter() - t0, 3)
    summary = LedgerSummary(
        events_considered=n.mentions, ledger_events=n.events, linked_events=n.linked,
        cross_outlet_events=n.cross_outlet, claims=n.claims, claim_threads=n.threads,
        cross_outlet_threads=threads.cross_outlet, series_threads=threads.series,
        disagreement_threads=threads.disagreement, outlets=n_outlets, seconds=seconds, marker=marker,
        config=config)
    log.info("ledger built in %.2fs (streamed): %d ledger events from %d mentions (%d candidate checks),"
             " %d claim threads; at most %d ledger events and %d threads held at once", seconds,
             summary.ledger_events, summary.events_considered, n.checks, summary.claim_threads, n.most_events,
             n.most_threads)
    return summary


@contextmanager
def own_references(conn: sqlite3.Connection) -> Iterator[None]:
    """SQLite's foreign-key checks paused for a full build's transaction (a setting of this
    connection only, restored at the end; a no-op inside a transaction already open). Every
    row the build writes refers to records it read inside that transaction, which holds the
    database's write lock from its first statement (``_clear``), or to ledger rows it wrote
    before: no check can fail. Each was an index search by a random id into a large table
    (events, articles, figures), whose pages read grew faster than the corpus."""
    if db.dialect(conn) != db.SQLITE or conn.in_transaction:
        yield
        return
    keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA foreign_keys = {int(keys)}")


def _put_events(conn: sqlite3.Connection, clusters: list[Cluster], config: LedgerConfig, n: Streamed) -> None:
    rows = event_rows(clusters, config)
    _insert_events(conn, rows)
    n.events += len(rows.events)
    n.linked += sum(1 for c in clusters if len(c.members) > 1)
    n.cross_outlet += sum(1 for r in rows.events if r[11] > 1)


def _put_threads(conn: sqlite3.Connection, threads: list[Thread], out: ThreadRows,
                 actors: dict[str, ActorInfo], rules: Rules, n: Streamed) -> None:
    """Write these threads' rows (``out`` keeps the counts, not the rows)."""
    names = {aid: a.name for aid, a in actors.items()} if threads else {}
    for t in threads:
        add_thread(out, t, actors, names, rules)
    n.claims += len(out.claims)
    n.threads += len(out.threads)
    _insert_threads(conn, out)
    out.threads.clear()
    out.claims.clear()
    out.actors.clear()


# -- the incremental update ------------------------------------------------------------------------


class FullBuildNeeded(Exception):
    """An update found it cannot give the full build's result (the message says why)."""


def update_ledger(store: Store, config: LedgerConfig, rules: Rules) -> LedgerSummary | None:
    """Update the ledger with the articles added since the last build (``incremental``); None,
    having logged why, when only a full build can give the full build's result."""
    t0 = time.perf_counter()
    p = plan(store, config, rules)
    reach = Reach.from_state({r[0]: r[1] for r in store.conn.execute("SELECT key, value FROM ledger_state")}) \
        if p.since is not None else None
    if p.since is None or reach is None:
        log.info("full ledger build: %s", p.reason or "the last build kept no claim reach")
        return None
    conn = store.conn
    marker = data_marker(store)
    actors = load_actors(conn)
    texts = ArticleWords(conn)
    new_ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE rowid > ?", (p.since,))]
    new = load_mentions(conn, config, rules, story_places(conn, config, rules, new_ids), " AND a.rowid > ?",
                        (p.since,))
    reason = spread(conn, config, new)
    if reason:
        log.info("full ledger build: %s", reason)
        return None
    try:
        ev = update_events(conn, config, rules, actors, texts, new, _mention_loader(conn, config, rules, texts))
        rows = event_rows(ev.events, config)
        affected = set(new_ids) | {m.article_id for c in ev.events for m in c.members} | {
            ev.old.mentions[e].article_id for lid in ev.deleted if lid in ev.old.events
            for part in ev.old.events[lid].parts for e in part}
        n_outlets = _write_update(store, config, rules, actors, texts, p.since, ev.deleted, rows, affected,
                                  (marker, reach))
    except (Mismatch, RestoreError, FullBuildNeeded) as exc:
        log.info("full ledger build: %s", exc)
        return None
    seconds = round(time.perf_counter() - t0, 3)
    log.info("ledger updated in %.2fs: %d new articles, %d new mentions; %d ledger events written,"
             " %d replaced or deleted", seconds, p.new_articles, len(new), len(rows.events), len(ev.deleted))
    return _summary(store, config, marker, seconds, n_outlets, p.new_articles)


def _mention_loader(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules,
                    texts: ArticleWords) -> Callable[[list[str]], list[LinkMention]]:
    """Reads the mentions of event ids (with their story places), their articles' words into ``texts``."""

    def load(ids: list[str]) -> list[LinkMention]:
        out: list[LinkMention] = []
        for marks, part in chunks(ids):
            out.extend(load_mentions(conn, config, rules, {}, f" AND e.id IN ({marks})", part))
        story = story_places(conn, config, rules, [m.article_id for m in out])
        for m in out:
            m.story = story.get(m.article_id, ())
        prepare(texts, out)
        return out

    return load


def _write_update(store: Store, config: LedgerConfig, rules: Rules, actors: dict[str, ActorInfo],
                  texts: ArticleWords, since: int, deleted: set[str], events: EventRows,
                  affected: set[str], built: tuple[str, Reach]) -> int:
    """Write an update in one transaction: ledger events, then the claim threads (threaded again
    against the ledger events as written), then the profiles and the state."""
    conn = store.conn
    try:
        with conn:
            if db.dialect(conn) == db.POSTGRESQL:
                conn.execute("SELECT pg_advisory_xact_lock(?)", (BUILD_LOCK,))
            gone = _delete(conn, "ledger_events", "id", deleted, "outlets, n_outlets")
            for table in ("ledger_event_actors", "ledger_event_mentions"):
                _delete(conn, table, "ledger_event_id", deleted)
            _delete(conn, "ledger_events", "id", deleted)
            _insert_events(conn, events)
            th = update_threads(conn, config, rules, texts, affected, built[1])
            if th is None:
                raise FullBuildNeeded("claims of undated articles can join a thread of any date")
            threads = ThreadRows()
            names = {aid: a.name for aid, a in actors.items()}
            for t in th.threads:
                add_thread(threads, t, actors, names, rules)
            for table in ("claim_thread_actors", "claim_thread_claims"):
                _delete(conn, table, "thread_id", th.deleted)
            _delete(conn, "claim_threads", "id", th.deleted)
            _insert_threads(conn, threads)
            n_outlets = add_profiles(conn, since, gone, [(r[12], r[11]) for r in events.events])
            _save_state(conn, _state(store, config, rules, built[0], th.reach))
    except db.ERRORS as exc:
        raise LedgerError(f"cannot write the ledger to {store.name}: {exc}") from exc
    return n_outlets


def _delete(conn: sqlite3.Connection, table: str, column: str, ids: set[str], returning: str = "") -> list[Row]:
    """Delete the rows of ``ids`` (with ``returning``: only read those columns of them)."""
    out: list[Row] = []
    for marks, part in chunks(sorted(ids)):
        if returning:
            out += conn.execute(f"SELECT {returning} FROM {table} WHERE {column} IN ({marks})", part).fetchall()
        else:
            conn.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", part)
    return out


def _summary(store: Store, config: LedgerConfig, marker: str, seconds: float, n_outlets: int,
             added: int) -> LedgerSummary:
    """The summary of an update, counted in the ledger's tables."""
    c = store.conn

    def one(sql: str) -> int:
        return int(c.execute(sql).fetchone()[0] or 0)

    return LedgerSummary(
        events_considered=one("SELECT COUNT(*) FROM ledger_event_mentions"),
        ledger_events=one("SELECT COUNT(*) FROM ledger_events"),
        linked_events=one("SELECT COUNT(*) FROM ledger_events WHERE n_mentions > 1"),
        cross_outlet_events=one("SELECT COUNT(*) FROM ledger_events WHERE n_outlets > 1"),
        claims=one("SELECT COUNT(*) FROM claim_thread_claims"),
        claim_threads=one("SELECT COUNT(*) FROM claim_threads"),
        cross_outlet_threads=one("SELECT COUNT(*) FROM claim_threads WHERE n_outlets > 1"),
        series_threads=one("SELECT COUNT(*) FROM claim_threads WHERE is_series"),
        disagreement_threads=one("SELECT COUNT(*) FROM claim_threads WHERE has_disagreement"),
        outlets=n_outlets, seconds=seconds, marker=marker, config=config, mode="incremental",
        added_articles=added)


def ensure_ledger(store: Store, config: LedgerConfig | None = None, *,
                  force: bool = False) -> LedgerSummary | None:
    """Build the ledger when it is missing, stale, built with other settings than ``config``, or
    ``force``; returns the summary of the build, or None when the ledger was up to date.
    With ``config=None`` a rebuild keeps the settings of the last build. A stale ledger is
    updated with the articles added since when it can be (``build_ledger(incremental=True)``);
    ``force`` rebuilds it whole."""
    status = ledger_status(store)
    cfg = config or status.config or LedgerConfig()
    if force or status.stale or (config is not None and status.config != config):
        return build_ledger(store, cfg, incremental=not force)
    return None


def open_ledger(path: str | Path, config: LedgerConfig | None = None, *, build: str = "auto") -> Store:
    """Open a database for ledger queries. ``build``: "auto" builds the ledger when it is missing,
    stale or ``config`` differs from the last build; "always" rebuilds; "never" does not. A
    database that cannot be written is opened read-only and its ledger used as it is."""
    if build not in ("auto", "always", "never"):
        raise LedgerError("build must be 'auto', 'always' or 'never'")
    name = db.display_name(path)
    if not db.is_url(path) and not Path(path).exists():
        raise StoreError(f"database not found: {path}")
    try:
        store = Store(path)
    except StoreError:
        store = Store(path, readonly=True)
        status = ledger_status(store)
        if not status.built:
            store.close()
            raise LedgerError(f"the ledger of {name} has not been built and the database is read-only;"
                              " run newsledger ledger build where it can be written") from None
        if status.stale:
            log.warning("the ledger of %s is out of date and the database is read-only", name)
        return store
    if build != "never":
        try:
            ensure_ledger(store, config, force=build == "always")
        except LedgerError:
            store.close()
            raise
    return store
