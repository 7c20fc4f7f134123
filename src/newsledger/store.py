"""Store: analyses in one SQLite file, with a versioned schema, WAL, FTS5 and indexes.

Each article and all its records are written in one transaction, so a crash mid-batch loses
nothing already stored, and re-running the same ingest skips what is there and finishes the
rest without duplicates. Article ids are content hashes: identical content is stored once.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

SCHEMA = """
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
        "event_actors": [{"event_id": e.id, "actor_id": aid, "role": role} for e in an.events
                         for role, ids in (("source", e.source_actor_ids), ("target", e.target_actor_ids))
                         for aid in dict.fromkeys(ids) if aid in known],
        "framing": [{"id": f.id, "article_id": f.article_id, "sentence": f.sentence, "start": f.start,
                     "end": f.end, "text": f.text, "kind": f.kind, "refers_to": f.refers_to,
                     "note": f.note, "voice": f.voice} for f in an.framing],
    }


def _explain(exc: sqlite3.Error) -> str:
    """SQLite's message with what to do about the usual causes."""
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        return f"{msg} (another process is writing to it; nothing was written, try again)"
    if "full" in msg:
        return f"{msg} (free some disk space; nothing was written for this article)"
    if "readonly" in msg or "read-only" in msg:
        return f"{msg} (the file or its directory is not writable)"
    return msg


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class WriteResult(Record):
    """What ``Store.add`` did with one analysis."""

    article_id: str
    stored: bool  # False when the article was already there


class Store:
    """A newsledger database (SQLite)."""

    def __init__(self, path: str | Path = "newsledger.db", *, readonly: bool = False,
                 timeout: float = 30.0) -> None:
        self.path = str(path)
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
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    # -- schema ---------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self.conn:
            self.conn.executescript(SCHEMA)
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            if row is None:
                self.conn.execute(
                    "INSERT INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            elif int(row[0]) > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {row[0]}, newer than this newsledger "
                    f"({SCHEMA_VERSION}); upgrade newsledger"
                )

    def _check_version(self) -> None:
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path} is not a newsledger database") from exc
        if row is None:
            raise StoreError(f"{self.path} is not a newsledger database")

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
        try:
            with self.conn:
                if not self.insert_rows("articles", rows.pop("articles")):
                    return WriteResult(a.id, False)
                for table in WRITE_ORDER[1:]:
                    self.insert_rows(table, rows.get(table, []))
                if a.source_path:
                    self.conn.execute("DELETE FROM failures WHERE source=?", (a.source_path,))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write article {a.id} to {self.path}: {_explain(exc)}") from exc
        return WriteResult(a.id, True)

    def insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> int:
        """Insert rows (dicts keyed by column) into ``table``, leaving rows already there as
        they are. Returns how many were new. Runs inside the caller's transaction."""
        if not rows:
            return 0
        cols = TABLE_COLUMNS[table]
        sql = (f"INSERT INTO {table}({', '.join(_q(c) for c in cols)}) VALUES "
               f"({', '.join('?' * len(cols))}) ON CONFLICT DO NOTHING")
        cur = self.conn.executemany(sql, [tuple(r.get(c) for c in cols) for r in rows])
        return max(cur.rowcount, 0)

    def add_failure(self, failure: Failure) -> None:
        try:
            with self.conn:
                self.conn.execute(
                    "INSERT OR REPLACE INTO failures(source, reason, article_id, failed_at) VALUES (?,?,?,?)",
                    (failure.source, failure.reason, failure.article_id, _now()),
                )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot record a failure in {self.path}: {_explain(exc)}") from exc

    # -- reading --------------------------------------------------------------------------
    def get_analysis(self, article_id: str) -> Analysis | None:
        """The stored analysis of one article (an id or a unique id prefix)."""
        rows = self.conn.execute(
            "SELECT * FROM articles WHERE id LIKE ? LIMIT 2", (article_id.replace("%", "") + "%",)
        ).fetchall()
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
        for row in self.conn.execute(f"SELECT * FROM {table}"):
            yield dict(row)
