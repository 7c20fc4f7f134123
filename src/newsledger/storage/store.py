"""Store: analyses in one database, with a versioned schema, full-text search and indexes.

The database is a SQLite file (the default: WAL, FTS5) or a PostgreSQL database named by a
``postgresql://user@host:port/dbname`` URL (tsvector with a GIN index for full-text search);
both have the same tables, columns and keys, and every query runs on both (see ``db``).

Each article and all its records are written in one transaction (``add``), or a batch of
articles with all their records in one (``add_many``: what ingest uses; ``load`` writes its
shards' columns the same way with ``insert_columns``: table by table, several dozen rows to an
INSERT statement in SQLite, COPY on PostgreSQL), so a crash mid-run loses nothing
already stored (a batch is stored whole or not at all), and re-running the same ingest skips
what is there and finishes the rest without duplicates. Article ids are content hashes: identical content is stored once.
Concurrent writers are safe: in SQLite one writes at a time; in PostgreSQL rows are inserted
with ``ON CONFLICT DO NOTHING`` in one global order (table by table, shared rows sorted by key),
so two processes storing overlapping articles never deadlock, fail or duplicate a row.

The schema is versioned (``meta.schema_version``): the ``MIGRATIONS`` of ``migrations.py`` are
applied in order, each in one transaction, when a database is opened for writing (a database of
a newer version is refused). The tables' columns are those of ``rows.TABLES``.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import (
    Actor,
    Analysis,
    Article,
    Event,
    Failure,
    Figure,
    FramingMark,
    Mention,
    Quote,
    Record,
    Sentence,
)
from . import compact, compact_events, compact_figures, compact_quotes, db, migrations
from . import compact_event_actors as compact_actors
from .migrations import HIDDEN_COLUMNS
from .record_json import extra_of, record_of
from .rows import (
    RECORD_TABLES,
    TABLE_COLUMNS,
    TABLES,
    WRITE_ORDER,
    analysis_rows,
    quoted,
)
from .sqlite_io import insert_flat, read_only_uri

log = logging.getLogger(__name__)


def now() -> str:
    """The time a row is written, as stored (UTC, ISO 8601, seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class WriteResult(Record):
    """What ``Store.add`` did with one analysis."""

    article_id: str
    stored: bool  # False when the article was already there


# attempts at one transaction that a PostgreSQL deadlock or serialization failure interrupted
_ATTEMPTS = 4
# article rows per INSERT statement (12 parameters each, under SQLite's limit of 32,766)
_ARTICLES_PER_STATEMENT = 500
_CACHE_KIB = 32 * 1024
# the page cache of a bulk load (``bulk_load``): a transaction of 2,000 articles writes ~60 MiB
_BULK_CACHE_KIB = 128 * 1024
# NULL as a bound parameter: SQLite stores a NaN bound as a REAL as NULL, whatever the
# column's type (it never stores a NaN), while Python's sqlite3 binds None only after looking
# for an adapter for its type (about 10x the time of binding a float: ~0.45 us per value, over
# 100 per article in a bulk load)
_NULL = float("nan")
# a bulk transaction adding the rows of at least 1 / _REBUILD_SHARE times the articles stored
# builds the secondary indexes of its tables anew instead of inserting into them row by row
# (``indexes_built_after``): building one sorts its entries once, about a third of the cost of
# inserting them one at a time at random places (measured: 63 against 200 us per article)
_REBUILD_SHARE = 2


# the modules that convert the rows of a public table stored compactly (SQLite): its columns,
# foreign keys and conversions
_COMPACT: dict[str, Any] = {"mentions": compact, "quotes": compact_quotes, "events": compact_events,
                            "event_actors": compact_actors, **compact_figures.LAYOUTS}
# the layouts of the compact tables whose records ``get_analysis`` builds from their rows (SQLite)
_LAYOUTS = {"quotes": compact_quotes.GRID, "events": compact_events.GRID}  # schema 18 read back too
_COMPACT_REFERENCES = {"mentions": compact.REFERENCES["mentions"], "quotes": compact_quotes.REFERENCES,
                       "events": compact_events.REFERENCES, "event_actors": compact_actors.REFERENCES,
                       **{t: x.REFERENCES for t, x in compact_figures.LAYOUTS.items()}}


def _only(table: str, cols: tuple[str, ...], writable: frozenset[str], values: list[tuple[Any, ...]]
          ) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Rows with only the columns the table lets us write; a row whose ``record`` is computed
    and whose ``extra`` is missing (a shard written before migration 7) gets it from its record."""
    keep = [i for i, c in enumerate(cols) if c in writable]
    if "record" in cols and "record" not in writable and "extra" in writable:
        at_extra, at_record = cols.index("extra"), cols.index("record")
        values = [(*v[:at_extra], extra_of(table, json.loads(v[at_record]), dict(zip(cols, v, strict=True))),
                   *v[at_extra + 1:]) if v[at_extra] is None and v[at_record] is not None else v
                  for v in values]
    pick = itemgetter(*keep)
    return tuple(cols[i] for i in keep), [pick(v) for v in values]



class Store:
    """A newsledger database: a SQLite file, or a PostgreSQL database given as a URL.

    ``store.conn`` is the connection every module runs its SQL through (see ``db``);
    ``store.dialect`` is ``"sqlite"`` or ``"postgresql"``; ``store.path`` is what was opened
    (to open it again) and ``store.name`` the same fit for messages (no password).
    ``connection`` is an open ``db.PgConnection`` to ``path`` to use instead of connecting (one
    from a ``db.PgPool``: closing the store gives it back).
    """

    def __init__(self, path: str | Path = "newsledger.db", *, readonly: bool = False,
                 timeout: float = 30.0, connection: Any = None) -> None:
        self.path = str(path)
        self.name = db.display_name(self.path)
        self.dialect = db.dialect_of(self.path)
        self.readonly = readonly
        self._writable: dict[str, frozenset[str]] = {}
        self._references: dict[str, list[tuple[str, str, str]]] = {}
        self.conn: Any
        if self.dialect == db.POSTGRESQL:
            self.conn = connection or db.connect_postgres(self.path, readonly=readonly, timeout=timeout)
            try:
                migrations.check_version(self) if readonly else migrations.migrate(self)
            except BaseException:
                self.conn.close()
                raise
            return
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(f"database not found: {self.path}")
                self.conn = sqlite3.connect(read_only_uri(Path(self.path)), uri=True, timeout=timeout)
            else:
                if Path(self.path).parent and not Path(self.path).parent.exists():
                    raise StoreError(f"directory does not exist: {Path(self.path).parent}")
                self.conn = sqlite3.connect(self.path, timeout=timeout)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self._use_wal(timeout)
                self.conn.execute("PRAGMA synchronous = NORMAL")
                # a page cache of up to 32 MiB (default 2 MiB): bulk writes touch the indexes of
                # large tables at many places, and reading pages back from the OS dominates them
                self.conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
                migrations.migrate(self)
            else:
                migrations.check_version(self)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {db.explain(exc)}") from exc

    def _use_wal(self, timeout: float) -> None:
        """Switch a SQLite file to WAL; the switch needs the file to itself, so when another
        process opening a new file at the same moment holds it, wait until it has switched."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    # -- schema ---------------------------------------------------------------------------
    def writable_columns(self, table: str) -> frozenset[str]:
        """The columns of ``table`` a row is written with: not those the database computes
        (SQLite's ``record``), nor any an older schema does not have."""
        if table not in self._writable:
            if self.dialect == db.POSTGRESQL:
                rows = self.conn.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                    " AND table_name = ? AND is_generated = 'NEVER' AND is_identity = 'NO'", (table,))
                self._writable[table] = frozenset(str(r[0]) for r in rows.fetchall())
            else:  # table_xinfo's hidden: 0 a stored column, 2 and 3 generated ones
                rows = self.conn.execute(f"PRAGMA table_xinfo({table})")
                self._writable[table] = frozenset(str(r[1]) for r in rows.fetchall() if r[6] == 0)
        return self._writable[table]

    def references(self, table: str) -> list[tuple[str, str, str]]:
        """The foreign keys of ``table`` (SQLite): (column, parent table, parent column)."""
        key = f"references:{table}"
        if table in _COMPACT_REFERENCES and self.compact(table):
            return _COMPACT_REFERENCES[table]
        if key not in self._references:
            rows = self.conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
            self._references[key] = [(str(r[3]), str(r[2]), str(r[4])) for r in rows]
        return self._references[key]

    def compact(self, table: str) -> str | None:
        """The table that stores the rows of the public ``table`` when that is a view over it
        (SQLite: ``mentions`` from schema 10, ``quotes`` from 11; see ``compact``), else None."""
        physical = compact.PHYSICAL.get(table)
        if physical is None or self.dialect != db.SQLITE:
            return None
        key = f"compact:{table}"
        if key not in self._writable:  # the stored table's columns; empty: not there
            self._writable[key] = self.writable_columns(physical)
        return physical if self._writable[key] else None

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Around a SQLite bulk load whose writer checks references itself
        (``check_references``, a set lookup per value instead of an index search per row):
        the database's own foreign-key checks paused, and a page cache large enough for a
        transaction of a few thousand articles (no page written out and read back before the
        commit). Both are settings of this connection only, restored at the end (and gone
        with the connection if the process dies); what is on disk and the commit's durability
        do not change. Must be entered outside a transaction (SQLite ignores the switch
        inside one)."""
        if self.dialect != db.SQLITE:
            yield
            return
        keys = self.conn.execute("PRAGMA foreign_keys").fetchone()[0]
        cache = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute("PRAGMA foreign_keys = OFF")
        self.conn.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA foreign_keys = {int(keys)}")
            self.conn.execute(f"PRAGMA cache_size = {int(cache)}")

    @contextmanager
    def indexes_built_after(self, tables: Sequence[str], articles: int) -> Iterator[bool]:
        """Inside a SQLite write transaction that adds the rows of about ``articles`` articles
        to ``tables``: when the database holds at most ``_REBUILD_SHARE`` times as many articles
        (a new or small store), the tables' secondary indexes (not their keys) are dropped on
        entry and created again, with the same SQL, on exit; otherwise nothing changes. Yields
        whether they were. Dropping and creating are part of the caller's transaction: an error
        or a crash before its commit leaves every index as it was, and readers of the database
        (WAL) see the indexes before and after, never without. The indexes hold the same
        entries either way, so every query gives the same result. The transaction must have
        begun (SQLite opens one at the first write, not at DDL)."""
        if self.dialect != db.SQLITE or not self.conn.in_transaction or articles <= 0:
            yield False
            return
        stored = self.conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
        if stored > _REBUILD_SHARE * articles:
            yield False
            return
        tables = [*tables, *(p for t in tables if (p := self.compact(t)))]
        marks = ", ".join("?" * len(tables))
        indexes = [(name, sql) for name, sql in self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({marks}) ORDER BY rowid", tuple(tables)).fetchall() if name not in compact.KEPT_INDEXES]
        for name, _ in indexes:
            self.conn.execute(f'DROP INDEX "{name}"')
        yield True
        for _, sql in indexes:
            self.conn.execute(sql)

    def check_references(self, tables: Mapping[str, tuple[Sequence[str], Sequence[list[Any]]]]) -> None:
        """Raise ``sqlite3.IntegrityError`` (as SQLite's own check would) when a row of
        ``tables`` (table -> column names and each column's values, about to be written)
        refers to a parent row neither in ``tables`` nor in the database. Runs inside the
        writer's transaction, which holds the database's write lock: no parent row can go
        away before the commit."""
        for child, (cols, data) in tables.items():
            for col, parent, pcol in self.references(child):
                if col not in cols:
                    continue
                wanted = set(data[list(cols).index(col)])
                wanted.discard(None)
                if parent in tables and pcol in tables[parent][0]:
                    wanted.difference_update(tables[parent][1][list(tables[parent][0]).index(pcol)])
                if wanted:
                    self._check_present(child, col, parent, pcol, sorted(wanted))

    def _check_present(self, child: str, col: str, parent: str, pcol: str, ids: list[Any]) -> None:
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found = {r[0] for r in self.conn.execute(
                f"SELECT {quoted(pcol)} FROM {parent} WHERE {quoted(pcol)} IN ({', '.join('?' * len(chunk))})", chunk)}
            missing = [x for x in chunk if x not in found]
            if missing:
                raise sqlite3.IntegrityError(
                    f"FOREIGN KEY constraint failed: {child}.{col} {missing[0]!r} is not in {parent}")

    def schema_version(self) -> int | None:
        """The schema version recorded in the database (None: not a newsledger database)."""
        return migrations.schema_version(self)

    def columns(self, table: str) -> list[str]:
        """The columns of ``table`` as SQLite shows them (without PostgreSQL's rowid and fts)."""
        cur = self.conn.execute(f"SELECT * FROM {table} LIMIT 0")
        return [d[0] for d in cur.description if d[0] not in HIDDEN_COLUMNS]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def known_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM articles")}

    def add(self, analysis: Analysis) -> WriteResult:
        """Store one analysis in one transaction; an article already stored is left as it is."""
        return self.add_many([analysis])[0]

    def add_many(self, analyses: Sequence[Analysis]) -> list[WriteResult]:
        """Store several analyses in one transaction: all of them or, on an error, none (a
        re-run stores them then). Articles already stored are left as they are; the result says
        which were new, in the order given. Rows go in table by table for the whole batch
        (in SQLite several dozen rows to an INSERT statement; COPY in PostgreSQL), which is
        what makes loading fast."""
        if not analyses:
            return []
        stamp = now()
        # not where the database computes it (a generated column, or a view over a compact table)
        record = any("record" in self.writable_columns(t) for t in ("quotes", "figures", "events") if not self.compact(t))
        per = [(an, analysis_rows(an, stamp, record=record)) for an in analyses]
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                with self.conn:
                    new = self.insert_new_articles([rows["articles"][0] for _, rows in per])
                    fresh = [(an, rows) for an, rows in per if an.article.id in new]
                    new = {an.article.id for an, _ in fresh}  # an id given twice is written once
                    for table in WRITE_ORDER[1:]:
                        self.insert_rows(table, [r for _, rows in fresh for r in rows.get(table, ())])
                    sources = sorted({(an.article.source_path,) for an, _ in fresh if an.article.source_path})
                    if sources:
                        self.conn.executemany("DELETE FROM failures WHERE source=?", sources)
                break
            except db.ERRORS as exc:
                if attempt < _ATTEMPTS and db.is_retryable(exc):
                    log.info("%d article(s): %s; trying again", len(per), exc)
                    continue
                ids = ", ".join(an.article.id for an, _ in per[:3]) + (", ..." if len(per) > 3 else "")
                which = f"article {ids}" if len(per) == 1 else f"{len(per)} articles ({ids})"
                raise StoreError(f"cannot write {which} to {self.name}: {db.explain(exc)}") from exc
        stored: set[str] = set()
        out = []
        for an, _ in per:
            aid = an.article.id
            out.append(WriteResult(aid, aid in new and aid not in stored))
            stored.add(aid)
        return out

    def insert_new_articles(self, rows: Sequence[dict[str, Any]]) -> set[str]:
        """Insert article rows, leaving articles already there as they are; returns the ids of
        those inserted. Runs inside the caller's transaction (in PostgreSQL in id order, see
        ``SHARED_KEYS``)."""
        cols = TABLE_COLUMNS["articles"]
        values = sorted({r["id"]: tuple(r.get(c) for c in cols) for r in rows}.values(), key=lambda v: v[0])
        head = f"INSERT INTO articles({', '.join(quoted(c) for c in cols)}) VALUES "
        one = f"({', '.join('?' * len(cols))})"
        new: set[str] = set()
        for i in range(0, len(values), _ARTICLES_PER_STATEMENT):
            chunk = values[i:i + _ARTICLES_PER_STATEMENT]
            sql = head + ", ".join([one] * len(chunk)) + " ON CONFLICT DO NOTHING RETURNING id"
            new.update(r[0] for r in self.conn.execute(sql, [v for row in chunk for v in row]).fetchall())
        return new

    def insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> int:
        """Insert rows (dicts keyed by column) into ``table``, leaving rows already there as
        they are. Returns how many were new. Runs inside the caller's transaction."""
        if not rows:
            return 0
        cols = TABLE_COLUMNS[table]
        pick = itemgetter(*cols)
        try:
            values = [pick(r) for r in rows]
        except KeyError:  # a row without some column: None there
            values = [tuple(r.get(c) for c in cols) for r in rows]
        return self.insert_values(table, values)

    def insert_values(self, table: str, values: list[tuple[Any, ...]], *,
                      columns: Sequence[str] | None = None, ordered: bool = False) -> int:
        """Insert rows given as tuples of ``columns`` (default ``TABLE_COLUMNS[table]``; see
        ``insert_rows``). ``ordered``: the rows are sorted by the table's key already.

        Rows go in sorted by the table's key: in both databases that touches the key's index
        in order instead of at random (the keys are hashes), and in PostgreSQL concurrent
        writers take their row locks in one order. SQLite gets them a few dozen rows per
        INSERT statement (fewer statement steps than one per row); PostgreSQL through COPY into
        a temporary table and one ``INSERT ... SELECT ... ON CONFLICT DO NOTHING``."""
        if not values:
            return 0
        cols = tuple(columns) if columns is not None else TABLE_COLUMNS[table]
        physical = self.compact(table)
        if physical is not None:  # a view over a compact table: rows converted (sorted by its key)
            convert = _COMPACT[table]
            return self._insert_compact(physical, convert.COLUMNS, convert.compact_values(self.conn, cols, values))
        if not ordered:
            values = sorted(values, key=itemgetter(*(cols.index(k) for k in TABLES[table].key)))
        writable = self.writable_columns(table)
        if not writable.issuperset(cols):  # SQLite computes ``record``; an older schema lacks columns
            cols, values = _only(table, cols, writable, values)
        if self.dialect == db.POSTGRESQL:
            return int(self.conn.copy_insert(table, cols, TABLES[table].key, values,
                                             [TABLES[table].column(c).type for c in cols]))
        return insert_flat(self.conn, table, cols, [v for row in values for v in row], len(values))

    def _insert_compact(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> int:
        flat = [_NULL if v is None else v for r in rows for v in r]  # most texts are NULL: see ``_NULL``
        return insert_flat(self.conn, table, columns, flat, len(rows))

    def insert_columns(self, table: str, columns: Sequence[str], data: Sequence[list[Any]]) -> int:
        """Insert rows given column by column (``data[i]`` the values of ``columns[i]``, the
        rows sorted by the table's key already), leaving rows already there as they are;
        returns how many were new. Runs inside the caller's transaction. What ``load`` writes
        with: in SQLite no tuple is built per row (the columns are interleaved into the
        statements' parameters a slice at a time)."""
        n = len(data[0]) if data else 0
        if not n:
            return 0
        physical = self.compact(table)
        if physical is not None:  # a view over a compact table: rows converted (sorted by its key)
            convert = _COMPACT[table]
            return self._insert_compact(physical, convert.COLUMNS, convert.compact_columns(self.conn, columns, data))
        if self.dialect == db.POSTGRESQL or not self.writable_columns(table).issuperset(columns):
            return self.insert_values(table, list(zip(*data, strict=True)), columns=columns, ordered=True)
        k = len(columns)
        flat: list[Any] = [None] * (n * k)
        for i, values in enumerate(data):
            if len(values) != n:
                raise ValueError(f"{table}: column {columns[i]} has {len(values)} values, not {n}")
            nulls = values.count(None)
            if nulls:  # bound as NaN: NULL to SQLite, and no adapter lookup (see ``_NULL``)
                values = [_NULL] * n if nulls == n else [_NULL if v is None else v for v in values]
            flat[i::k] = values
        return insert_flat(self.conn, table, columns, flat, n)

    def add_failure(self, failure: Failure) -> None:
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT INTO failures(source, reason, article_id, failed_at) VALUES (?,?,?,?)"
                    " ON CONFLICT(source) DO UPDATE SET reason = excluded.reason,"
                    " article_id = excluded.article_id, failed_at = excluded.failed_at",
                    (failure.source, failure.reason, failure.article_id, now()),
                )
        except db.ERRORS as exc:
            raise StoreError(f"cannot record a failure in {self.name}: {db.explain(exc)}") from exc

    # -- reading --------------------------------------------------------------------------
    def get_analysis(self, article_id: str) -> Analysis | None:
        """The stored analysis of one article (an id or a unique id prefix)."""
        cols = ", ".join(TABLE_COLUMNS["articles"])
        rows = self.conn.execute(f"SELECT {cols} FROM articles WHERE id = ?", (article_id,)).fetchall()
        if not rows:
            rows = self.conn.execute(f"SELECT {cols} FROM articles WHERE id LIKE ? LIMIT 2",
                                     (article_id.replace("%", "") + "%",)).fetchall()
        if len(rows) != 1:
            return None
        r = rows[0]
        aid = r["id"]
        article = Article(id=aid, text=r["text"], title=r["title"], url=r["url"], outlet=r["outlet"],
                          byline=r["byline"], published=r["published"], language=r["language"],
                          source_path=r["source_path"], external_id=r["external_id"])
        c = self.conn
        sentences = tuple(Sentence(index=s["idx"], paragraph=s["paragraph"], start=s["start"], end=s["end"])
                          for s in c.execute("SELECT * FROM sentences WHERE article_id=? ORDER BY idx", (aid,)))
        if self.compact("mentions"):  # the view's rows, without SQLite cutting each text from the article
            found = compact.read_mentions(c, aid, article.text)
        else:
            found = c.execute('SELECT id, sentence, start, "end", text, label, kind, confidence, actor_id'
                              " FROM mentions WHERE article_id=? ORDER BY start, id", (aid,)).fetchall()
        mentions = tuple(
            Mention(id=mid, article_id=aid, sentence=sentence, start=start, end=end, text=text, label=label,
                    actor_id=actor, kind=kind, confidence=confidence)
            for mid, sentence, start, end, text, label, kind, confidence, actor in found)
        actor_ids = {m.actor_id for m in mentions if m.actor_id}
        records: dict[str, list[Any]] = {}
        for table, cls in (("quotes", Quote), ("figures", Figure), ("events", Event)):
            if table in _LAYOUTS and self.compact(table):  # the view's records, built here
                records[table] = [cls.from_dict(record_of(table, row))
                                  for row in _LAYOUTS[table].read(c, aid, article.text)]
                continue
            records[table] = [cls.from_dict(json.loads(x["record"])) for x in c.execute(
                f"SELECT record FROM {table} WHERE article_id=? ORDER BY start", (aid,))]
        for q in records["quotes"]:
            actor_ids.add(q.speaker_actor_id)
        for e in records["events"]:
            actor_ids.update(e.source_actor_ids)
            actor_ids.update(e.target_actor_ids)
        framing = tuple(
            FramingMark(id=f["id"], article_id=aid, sentence=f["sentence"], start=f["start"], end=f["end"],
                        text=f["text"], kind=f["kind"], refers_to=f["refers_to"], note=f["note"],
                        voice=f["voice"])
            for f in c.execute("SELECT * FROM framing WHERE article_id=? ORDER BY start", (aid,)))
        actor_ids.update(f.refers_to for f in framing)
        actors = tuple(self.get_actors(sorted(x for x in actor_ids if x)))
        return Analysis(article=article, sentences=sentences, mentions=mentions, actors=actors,
                        quotes=tuple(records["quotes"]), figures=tuple(records["figures"]),
                        events=tuple(records["events"]), framing=framing,
                        pipeline=json.loads(r["pipeline"] or "{}"))

    def get_actors(self, ids: Sequence[str]) -> list[Actor]:
        out = []
        for i in range(0, len(ids), 500):
            chunk = list(ids[i:i + 500])
            qs = ",".join("?" * len(chunk))
            for a in self.conn.execute(f"SELECT * FROM actors WHERE id IN ({qs})", chunk):
                out.append(Actor(id=a["id"], name=a["name"], type=a["type"], country=a["country"],
                                 sectors=tuple(json.loads(a["sectors"])),
                                 members=tuple(json.loads(a["members"])), source=a["source"]))
        return out

    def iter_analyses(self) -> Iterator[Analysis]:
        for (aid,) in self.conn.execute("SELECT id FROM articles ORDER BY published, id").fetchall():
            an = self.get_analysis(aid)
            if an is not None:
                yield an

    def counts(self) -> dict[str, int]:
        """Row counts of every record table, plus distinct outlets."""
        out = {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in RECORD_TABLES}
        out["outlets"] = self.conn.execute(
            "SELECT COUNT(DISTINCT outlet) FROM articles WHERE outlet IS NOT NULL").fetchone()[0]
        return out

    def failures(self) -> list[Failure]:
        return [Failure(source=r["source"], reason=r["reason"], article_id=r["article_id"])
                for r in self.conn.execute("SELECT * FROM failures ORDER BY source")]

    def table_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Every row of one record table as a dictionary (for export)."""
        if table not in RECORD_TABLES:
            raise StoreError(f"unknown table {table!r}")
        cols = self.columns(table)
        for row in self.conn.execute(f"SELECT {', '.join(quoted(c) for c in cols)} FROM {table}"):
            yield dict(zip(cols, row, strict=True))
