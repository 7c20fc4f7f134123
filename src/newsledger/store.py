"""Store: analyses in one SQLite file, with a versioned schema, WAL, FTS5 and indexes.

Each article and all its records are written in one transaction, so a crash mid-batch loses
nothing already stored, and re-running the same ingest skips what is there and finishes the
rest without duplicates. Article ids are content hashes: identical content is stored once.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
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
        try:
            with self.conn:
                cur = self.conn.execute(
                    "INSERT OR IGNORE INTO articles(id, url, outlet, title, byline, published, language,"
                    " source_path, external_id, text, pipeline, analysed_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (a.id, a.url, a.outlet, a.title, a.byline, a.published, a.language,
                     a.source_path, a.external_id, a.text, json.dumps(analysis.pipeline), _now()),
                )
                if cur.rowcount == 0:
                    return WriteResult(a.id, False)
                self._write_records(analysis)
                if a.source_path:
                    self.conn.execute("DELETE FROM failures WHERE source=?", (a.source_path,))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write article {a.id} to {self.path}: {_explain(exc)}") from exc
        return WriteResult(a.id, True)

    def _write_records(self, an: Analysis) -> None:
        c = self.conn
        c.executemany(
            'INSERT INTO sentences(article_id, idx, paragraph, start, "end") VALUES (?,?,?,?,?)',
            [(an.article.id, s.index, s.paragraph, s.start, s.end) for s in an.sentences],
        )
        self._upsert_actors(an.actors)
        known = {a.id for a in an.actors}
        c.executemany(
            'INSERT OR REPLACE INTO mentions(id, article_id, sentence, start, "end", text, label, kind,'
            " confidence, actor_id) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(m.id, m.article_id, m.sentence, m.start, m.end, m.text, m.label, m.kind, m.confidence,
              m.actor_id if m.actor_id in known else None) for m in an.mentions],
        )
        c.executemany(
            'INSERT OR REPLACE INTO quotes(id, article_id, sentence, start, "end", kind, paragraph,'
            " content_start, content_end, content, cue, cue_lemma, speaker, speaker_actor_id,"
            " parent_id, confidence, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(q.id, q.article_id, q.sentence, q.start, q.end, q.kind, q.paragraph, q.content.start,
              q.content.end, q.content.text, q.cue.text if q.cue else None, q.cue_lemma,
              q.speaker.text if q.speaker else None,
              q.speaker_actor_id if q.speaker_actor_id in known else None, q.parent_id,
              q.confidence, json.dumps(q.to_dict())) for q in an.quotes],
        )
        c.executemany(
            'INSERT OR REPLACE INTO figures(id, article_id, sentence, start, "end", text, value_low,'
            ' value_high, qualifier, unit, measure, kind, "group", group_actor_id, part_of, time_scope,'
            " place, perpetrator_actor_id, attribution, attribution_actor_id, quote_id, confidence,"
            " record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(f.id, f.article_id, f.sentence, f.start, f.end, f.text, f.value_low, f.value_high,
              f.qualifier, f.unit, f.measure, f.kind, f.group, f.group_actor_id, f.part_of,
              f.time_scope, f.place, f.perpetrator_actor_id, f.attribution,
              f.attribution_actor_id, f.quote_id, f.confidence, json.dumps(f.to_dict()))
             for f in an.figures],
        )
        c.executemany(
            'INSERT OR REPLACE INTO events(id, article_id, sentence, start, "end", text, plover, mode,'
            " cameo, quad_class, goldstein, predicate, source_text, target_text, modality, claimed_by,"
            " quote_id, date, place, confidence, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(e.id, e.article_id, e.sentence, e.start, e.end, e.text, e.plover, e.mode, e.cameo,
              e.quad_class, e.goldstein, e.predicate.text, e.source.text if e.source else None,
              e.target.text if e.target else None, e.modality, e.claimed_by, e.quote_id, e.date,
              e.place, e.confidence, json.dumps(e.to_dict())) for e in an.events],
        )
        c.executemany(
            "INSERT OR IGNORE INTO event_actors(event_id, actor_id, role) VALUES (?,?,?)",
            [(e.id, aid, role) for e in an.events
             for role, ids in (("source", e.source_actor_ids), ("target", e.target_actor_ids))
             for aid in ids if aid in known],
        )
        c.executemany(
            'INSERT OR REPLACE INTO framing(id, article_id, sentence, start, "end", text, kind,'
            " refers_to, note, voice) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(f.id, f.article_id, f.sentence, f.start, f.end, f.text, f.kind, f.refers_to, f.note,
              f.voice) for f in an.framing],
        )

    def _upsert_actors(self, actors: Iterable[Actor]) -> None:
        self.conn.executemany(
            "INSERT INTO actors(id, name, type, country, sectors, members, source, code)"
            " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO NOTHING",
            [(a.id, a.name, a.type, a.country, json.dumps(list(a.sectors)),
              json.dumps(list(a.members)), a.source, a.code) for a in actors],
        )

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
