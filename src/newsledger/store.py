"""Store: analyses in one database, with a versioned schema, full-text search and indexes.

The database is a SQLite file (the default: WAL, FTS5) or a PostgreSQL database named by a
``postgresql://user@host:port/dbname`` URL (tsvector with a GIN index for full-text search);
both have the same tables, columns and keys, and every query runs on both (see ``db``).

Each article and all its records are written in one transaction, so a crash mid-batch loses
nothing already stored, and re-running the same ingest skips what is there and finishes the
rest without duplicates. Article ids are content hashes: identical content is stored once.
Concurrent writers are safe: in SQLite one writes at a time; in PostgreSQL rows are inserted
with ``ON CONFLICT DO NOTHING`` in one global order (table by table, shared rows sorted by key),
so two processes storing overlapping articles never deadlock, fail or duplicate a row.

The schema is versioned (``meta.schema_version``): ``MIGRATIONS`` are applied in order, each in
one transaction, when a database is opened for writing (a database of a newer version is
refused).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import db
from .errors import StoreError
from .records import (
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
    Span,
)
from .storage import ledger_schema

log = logging.getLogger(__name__)

# -- schema and migrations ---------------------------------------------------------------------
#
# DDL is written once, in SQLite's dialect, and turned into PostgreSQL's by postgres_ddl.

_V1_TABLES = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT, outlet TEXT, title TEXT, byline TEXT, published TEXT,
    language TEXT NOT NULL DEFAULT 'en', source_path TEXT, external_id TEXT,
    text TEXT NOT NULL,
    pipeline TEXT, analysed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT,
    sectors TEXT NOT NULL DEFAULT '[]', members TEXT NOT NULL DEFAULT '[]', source TEXT NOT NULL,
    code TEXT
);
CREATE INDEX IF NOT EXISTS actors_country ON actors(country);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name);
CREATE TABLE IF NOT EXISTS mentions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    label TEXT NOT NULL, kind TEXT NOT NULL, confidence REAL NOT NULL,
    actor_id TEXT REFERENCES actors(id)
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);
CREATE TABLE IF NOT EXISTS quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    kind TEXT NOT NULL, paragraph INTEGER NOT NULL,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content TEXT NOT NULL,
    cue TEXT, cue_lemma TEXT, speaker TEXT,
    speaker_actor_id TEXT REFERENCES actors(id), parent_id TEXT, confidence REAL NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_actor_id);
CREATE TABLE IF NOT EXISTS figures (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    value_low REAL NOT NULL, value_high REAL NOT NULL, qualifier TEXT, unit TEXT, measure TEXT,
    kind TEXT NOT NULL, "group" TEXT, group_actor_id TEXT, part_of TEXT, time_scope TEXT,
    place TEXT, perpetrator_actor_id TEXT, attribution TEXT NOT NULL,
    attribution_actor_id TEXT, quote_id TEXT, confidence REAL NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
CREATE INDEX IF NOT EXISTS figures_measure ON figures(measure);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    plover TEXT NOT NULL, mode TEXT, cameo TEXT, quad_class INTEGER, goldstein REAL,
    predicate TEXT NOT NULL, source_text TEXT, target_text TEXT,
    modality TEXT NOT NULL, claimed_by TEXT NOT NULL, quote_id TEXT,
    date TEXT, place TEXT, confidence REAL NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_type ON events(plover);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors(actor_id, role);
CREATE TABLE IF NOT EXISTS framing (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    kind TEXT NOT NULL, refers_to TEXT, note TEXT, voice TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS framing_article ON framing(article_id);
CREATE INDEX IF NOT EXISTS framing_kind ON framing(kind);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY, reason TEXT NOT NULL, article_id TEXT, failed_at TEXT NOT NULL
);
"""

# SQLite: FTS5 over title and text, kept in step by triggers.
_V1_SQLITE_FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', old.rowid, old.title, old.text);
END;
"""

# PostgreSQL: SQLite's implicit rowid (insertion order, which queries sort by) as an identity
# column, and full-text search as a generated tsvector with a GIN index. The 'simple'
# configuration lower-cases words and neither stems nor drops stop words, like FTS5's default.
_V1_POSTGRES_EXTRA = """
ALTER TABLE articles ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE quotes ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE figures ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE events ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE framing ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX articles_rowid ON articles (rowid);
ALTER TABLE articles ADD COLUMN fts tsvector GENERATED ALWAYS AS
    (to_tsvector('simple'::regconfig, COALESCE(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_fts ON articles USING GIN (fts);
"""

_V2_TABLES = """
CREATE TABLE IF NOT EXISTS loaded_shards (shard TEXT PRIMARY KEY, loaded_at TEXT NOT NULL);
"""

# Columns PostgreSQL tables have that SQLite keeps out of sight (rowid) or elsewhere (FTS).
HIDDEN_COLUMNS = frozenset({"rowid", "fts"})


def _nulls_first(m: re.Match[str]) -> str:
    cols = ", ".join(f"{c.strip()} NULLS FIRST" for c in m.group(2).split(","))
    return f"{m.group(1)}({cols})"


def postgres_ddl(sql: str) -> str:
    """SQLite DDL as PostgreSQL DDL: the same statements, with TEXT as TEXT COLLATE "C" (byte
    order and ASCII-only case folding, as in SQLite), REAL as DOUBLE PRECISION, and index keys
    sorting NULLs first (SQLite's order, which the queries' ORDER BY asks for: see db.py)."""
    sql = re.sub(r"\bTEXT\b", 'TEXT COLLATE "C"', sql)
    sql = re.sub(r"\bREAL\b", "DOUBLE PRECISION", sql)
    return re.sub(r"(CREATE (?:UNIQUE )?INDEX [^;]*? ON \w+)\(([^)]*)\)", _nulls_first, sql)


@dataclass(frozen=True)
class Migration(Record):
    """One step of the schema: applied once, in version order, in one transaction."""

    version: int
    description: str
    sqlite: str
    postgresql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "record tables, indexes and full-text search",
              _V1_TABLES + _V1_SQLITE_FTS, postgres_ddl(_V1_TABLES) + _V1_POSTGRES_EXTRA),
    Migration(2, "loaded_shards: batch shards already loaded (newsledger load)",
              _V2_TABLES, postgres_ddl(_V2_TABLES)),
    Migration(3, ledger_schema.DESCRIPTION,
              ledger_schema.SQLITE, ledger_schema.postgresql(postgres_ddl)),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

# A constant key for pg_advisory_xact_lock: one migrating process at a time per database.
_MIGRATION_LOCK = 0x6E6C_5343_4845_4D41

RECORD_TABLES = ("articles", "sentences", "actors", "mentions", "quotes", "figures", "events",
                 "event_actors", "framing", "failures")


# Columns written for each table, in the order tables are written (parents before children).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "url", "outlet", "title", "byline", "published", "language", "source_path",
                 "external_id", "text", "pipeline", "analysed_at"),
    "actors": ("id", "name", "type", "country", "sectors", "members", "source", "code"),
    "sentences": ("article_id", "idx", "paragraph", "start", "end"),
    "mentions": ("id", "article_id", "sentence", "start", "end", "text", "label", "kind", "confidence",
                 "actor_id"),
    "quotes": ("id", "article_id", "sentence", "start", "end", "kind", "paragraph", "content_start",
               "content_end", "content", "cue", "cue_lemma", "speaker", "speaker_actor_id", "parent_id",
               "confidence", "record"),
    "figures": ("id", "article_id", "sentence", "start", "end", "text", "value_low", "value_high",
                "qualifier", "unit", "measure", "kind", "group", "group_actor_id", "part_of",
                "time_scope", "place", "perpetrator_actor_id", "attribution", "attribution_actor_id",
                "quote_id", "confidence", "record"),
    "events": ("id", "article_id", "sentence", "start", "end", "text", "plover", "mode", "cameo",
               "quad_class", "goldstein", "predicate", "source_text", "target_text", "modality",
               "claimed_by", "quote_id", "date", "place", "confidence", "record"),
    "event_actors": ("event_id", "actor_id", "role"),
    "framing": ("id", "article_id", "sentence", "start", "end", "text", "kind", "refers_to", "note",
                "voice"),
    "failures": ("source", "reason", "article_id", "failed_at"),
}
WRITE_ORDER = ("articles", "actors", "sentences", "mentions", "quotes", "figures", "events",
               "event_actors", "framing")

# Tables whose rows concurrent transactions may both write (articles of overlapping inputs,
# actors shared by many articles): in PostgreSQL they are inserted sorted by key, so that two
# writers take their row locks in the same order and cannot deadlock. Every other row belongs to
# one article, whose row the writer already holds.
SHARED_KEYS: dict[str, str] = {"articles": "id", "actors": "id", "failures": "source"}

_RESERVED = {"end", "group"}


def _q(col: str) -> str:
    return f'"{col}"' if col in _RESERVED else col


def analysis_rows(an: Analysis, analysed_at: str) -> dict[str, list[dict[str, Any]]]:
    """The rows one analysis becomes, per table (the layout of the database and of Parquet shards)."""
    a = an.article
    known = {x.id for x in an.actors}

    def actor(aid: str | None) -> str | None:
        return aid if aid in known else None

    def span_text(span: Span | None) -> str | None:
        return span.text if span is not None else None

    return {
        "articles": [{
            "id": a.id, "url": a.url, "outlet": a.outlet, "title": a.title, "byline": a.byline,
            "published": a.published, "language": a.language, "source_path": a.source_path,
            "external_id": a.external_id, "text": a.text, "pipeline": json.dumps(an.pipeline),
            "analysed_at": analysed_at}],
        "actors": [{"id": x.id, "name": x.name, "type": x.type, "country": x.country,
                    "sectors": json.dumps(list(x.sectors)), "members": json.dumps(list(x.members)),
                    "source": x.source, "code": x.code} for x in an.actors],
        "sentences": [{"article_id": a.id, "idx": s.index, "paragraph": s.paragraph, "start": s.start,
                       "end": s.end} for s in an.sentences],
        "mentions": [{"id": m.id, "article_id": m.article_id, "sentence": m.sentence, "start": m.start,
                      "end": m.end, "text": m.text, "label": m.label, "kind": m.kind,
                      "confidence": m.confidence, "actor_id": actor(m.actor_id)} for m in an.mentions],
        "quotes": [{"id": q.id, "article_id": q.article_id, "sentence": q.sentence, "start": q.start,
                    "end": q.end, "kind": q.kind, "paragraph": q.paragraph,
                    "content_start": q.content.start, "content_end": q.content.end,
                    "content": q.content.text, "cue": span_text(q.cue), "cue_lemma": q.cue_lemma,
                    "speaker": span_text(q.speaker), "speaker_actor_id": actor(q.speaker_actor_id),
                    "parent_id": q.parent_id, "confidence": q.confidence,
                    "record": json.dumps(q.to_dict())} for q in an.quotes],
        "figures": [{"id": f.id, "article_id": f.article_id, "sentence": f.sentence, "start": f.start,
                     "end": f.end, "text": f.text, "value_low": f.value_low, "value_high": f.value_high,
                     "qualifier": f.qualifier, "unit": f.unit, "measure": f.measure, "kind": f.kind,
                     "group": f.group, "group_actor_id": f.group_actor_id, "part_of": f.part_of,
                     "time_scope": f.time_scope, "place": f.place,
                     "perpetrator_actor_id": f.perpetrator_actor_id, "attribution": f.attribution,
                     "attribution_actor_id": f.attribution_actor_id, "quote_id": f.quote_id,
                     "confidence": f.confidence, "record": json.dumps(f.to_dict())} for f in an.figures],
        "events": [{"id": e.id, "article_id": e.article_id, "sentence": e.sentence, "start": e.start,
                    "end": e.end, "text": e.text, "plover": e.plover, "mode": e.mode, "cameo": e.cameo,
                    "quad_class": e.quad_class, "goldstein": e.goldstein, "predicate": e.predicate.text,
                    "source_text": span_text(e.source), "target_text": span_text(e.target),
                    "modality": e.modality, "claimed_by": e.claimed_by, "quote_id": e.quote_id,
                    "date": e.date, "place": e.place, "confidence": e.confidence,
                    "record": json.dumps(e.to_dict())} for e in an.events],
        # a source coded from the place (no perpetrator named) is not an actor who did anything
        "event_actors": [{"event_id": e.id, "actor_id": aid, "role": role} for e in an.events
                         for role, ids in (("source", () if e.source_basis == "place" else e.source_actor_ids),
                                           ("target", e.target_actor_ids))
                         for aid in dict.fromkeys(ids) if aid in known],
        "framing": [{"id": f.id, "article_id": f.article_id, "sentence": f.sentence, "start": f.start,
                     "end": f.end, "text": f.text, "kind": f.kind, "refers_to": f.refers_to,
                     "note": f.note, "voice": f.voice} for f in an.framing],
    }


def _explain(exc: Exception) -> str:
    """The database's message with what to do about the usual causes."""
    msg = str(exc)
    state = getattr(exc, "sqlstate", None)
    if "locked" in msg or "busy" in msg or state == "55P03":
        return f"{msg} (another process is writing to it; nothing was written, try again)"
    if "full" in msg or state in ("53100", "53200"):
        return f"{msg} (free some disk space; nothing was written for this article)"
    if "readonly" in msg or "read-only" in msg or state == "25006":
        return f"{msg} (the file or its directory is not writable)" if state is None else \
            f"{msg} (the database or this connection is read-only)"
    return msg


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class WriteResult(Record):
    """What ``Store.add`` did with one analysis."""

    article_id: str
    stored: bool  # False when the article was already there


def split_statements(script: str) -> Iterator[str]:
    """The statements of a SQLite script (a trigger body's semicolons do not end a statement)."""
    buf = ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n\t;"):
                yield buf.strip()
            buf = ""


# attempts at one transaction that a PostgreSQL deadlock or serialization failure interrupted
_ATTEMPTS = 4


class Store:
    """A newsledger database: a SQLite file, or a PostgreSQL database given as a URL.

    ``store.conn`` is the connection every module runs its SQL through (see ``db``);
    ``store.dialect`` is ``"sqlite"`` or ``"postgresql"``; ``store.path`` is what was opened
    (to open it again) and ``store.name`` the same fit for messages (no password).
    """

    def __init__(self, path: str | Path = "newsledger.db", *, readonly: bool = False,
                 timeout: float = 30.0) -> None:
        self.path = str(path)
        self.name = db.display_name(self.path)
        self.dialect = db.dialect_of(self.path)
        self.readonly = readonly
        self.conn: Any
        if self.dialect == db.POSTGRESQL:
            self.conn = db.connect_postgres(self.path, readonly=readonly, timeout=timeout)
            try:
                self._check_version() if readonly else self._migrate()
            except BaseException:
                self.conn.close()
                raise
            return
        try:
            if readonly:
                if not Path(self.path).exists():
                    raise StoreError(f"database not found: {self.path}")
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=timeout)
            else:
                if Path(self.path).parent and not Path(self.path).parent.exists():
                    raise StoreError(f"directory does not exist: {Path(self.path).parent}")
                self.conn = sqlite3.connect(self.path, timeout=timeout)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self._use_wal(timeout)
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {_explain(exc)}") from exc

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
    def schema_version(self) -> int | None:
        """The schema version recorded in the database (None: not a newsledger database)."""
        if self.dialect == db.POSTGRESQL:
            if self.conn.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()[0] is not True:
                return None
        else:
            try:
                self.conn.execute("SELECT 1 FROM meta LIMIT 0")
            except sqlite3.OperationalError as exc:
                if "no such table" in str(exc):
                    return None
                raise
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        return int(row[0]) if row is not None else None

    def _refuse_newer(self, version: int | None) -> None:
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.name} has schema version {version}, newer than this newsledger "
                f"({SCHEMA_VERSION}); upgrade newsledger"
            )

    def _migrate(self, target: int | None = None) -> None:
        """Apply the migrations the database has not had, up to ``target`` (default: the
        latest), each in one transaction; a database already there is not written to at all."""
        target = SCHEMA_VERSION if target is None else target
        try:
            version = self.schema_version()
            self._refuse_newer(version)
            if version is not None and version >= target:
                return
            for m in MIGRATIONS:
                if m.version <= target:
                    self._apply(m)
        except db.ERRORS as exc:
            raise StoreError(f"cannot upgrade the schema of {self.name}: {_explain(exc)}") from exc

    def _apply(self, m: Migration) -> None:
        """Apply one migration unless another process already did (checked under the lock)."""
        c = self.conn
        if self.dialect == db.POSTGRESQL:
            with c:
                c.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
                version = self.schema_version() or 0
                self._refuse_newer(version)
                if version >= m.version:
                    return
                c.executescript(m.postgresql)
                self._set_version(m.version)
            self._applied(m)
            return
        c.execute("BEGIN IMMEDIATE")  # the write lock, so two processes cannot both migrate
        try:
            version = self.schema_version() or 0
            self._refuse_newer(version)
            if version >= m.version:
                c.rollback()
                return
            for stmt in split_statements(m.sqlite):
                c.execute(stmt)
            self._set_version(m.version)
            c.commit()
        except BaseException:
            c.rollback()
            raise
        self._applied(m)

    def _applied(self, m: Migration) -> None:
        if m.version == 1:
            log.debug("%s: schema created", self.name)
        else:
            log.info("%s: schema upgraded to version %d (%s)", self.name, m.version, m.description)

    def _set_version(self, version: int) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('schema_version', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (str(version),))

    def _check_version(self) -> None:
        try:
            version = self.schema_version()
        except db.ERRORS as exc:
            raise StoreError(f"{self.name} is not a newsledger database ({exc})") from exc
        if version is None:
            raise StoreError(f"{self.name} is not a newsledger database")

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
        a = analysis.article
        rows = analysis_rows(analysis, _now())
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                with self.conn:
                    if not self.insert_rows("articles", rows["articles"]):
                        return WriteResult(a.id, False)
                    for table in WRITE_ORDER[1:]:
                        self.insert_rows(table, rows.get(table, []))
                    if a.source_path:
                        self.conn.execute("DELETE FROM failures WHERE source=?", (a.source_path,))
                break
            except db.ERRORS as exc:
                if attempt < _ATTEMPTS and db.is_retryable(exc):
                    log.info("article %s: %s; trying again", a.id, exc)
                    continue
                raise StoreError(f"cannot write article {a.id} to {self.name}: {_explain(exc)}") from exc
        return WriteResult(a.id, True)

    def insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> int:
        """Insert rows (dicts keyed by column) into ``table``, leaving rows already there as
        they are. Returns how many were new. Runs inside the caller's transaction."""
        if not rows:
            return 0
        cols = TABLE_COLUMNS[table]
        sql = (f"INSERT INTO {table}({', '.join(_q(c) for c in cols)}) VALUES "
               f"({', '.join('?' * len(cols))}) ON CONFLICT DO NOTHING")
        values = [tuple(r.get(c) for c in cols) for r in rows]
        if self.dialect == db.POSTGRESQL and table in SHARED_KEYS:
            key = cols.index(SHARED_KEYS[table])
            values.sort(key=lambda v: v[key])
        cur = self.conn.executemany(sql, values)
        return max(cur.rowcount, 0)

    def add_failure(self, failure: Failure) -> None:
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT INTO failures(source, reason, article_id, failed_at) VALUES (?,?,?,?)"
                    " ON CONFLICT(source) DO UPDATE SET reason = excluded.reason,"
                    " article_id = excluded.article_id, failed_at = excluded.failed_at",
                    (failure.source, failure.reason, failure.article_id, _now()),
                )
        except db.ERRORS as exc:
            raise StoreError(f"cannot record a failure in {self.name}: {_explain(exc)}") from exc

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
        mentions = tuple(
            Mention(id=m["id"], article_id=aid, sentence=m["sentence"], start=m["start"], end=m["end"],
                    text=m["text"], label=m["label"], actor_id=m["actor_id"], kind=m["kind"],
                    confidence=m["confidence"])
            for m in c.execute("SELECT * FROM mentions WHERE article_id=? ORDER BY start", (aid,)))
        actor_ids = {m.actor_id for m in mentions if m.actor_id}
        records: dict[str, list[Any]] = {}
        for table, cls in (("quotes", Quote), ("figures", Figure), ("events", Event)):
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
        for row in self.conn.execute(f"SELECT {', '.join(_q(c) for c in cols)} FROM {table}"):
            yield dict(zip(cols, row, strict=True))
