"""The SQL of the store's first seven migrations, as they were released (record tables, loaded
shards, stance, the full-text index, the ACLED typology, compact records), and the data step of
migration 7 (``fill_extra``). :mod:`.migrations` puts them in order; their text never changes."""

from __future__ import annotations

import json
from typing import Any

from . import db
from .record_json import OFFSET_COLUMNS, extra_of, offsets_of, record_sql, record_text
from .rows import TABLE_COLUMNS, quoted

V1_TABLES = """
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
V1_SQLITE_FTS = """
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
V1_POSTGRES_EXTRA = """
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

V2_TABLES = """
CREATE TABLE IF NOT EXISTS loaded_shards (shard TEXT PRIMARY KEY, loaded_at TEXT NOT NULL);
"""

# the stance of claim-bearing records; events already stored take their modality as stance
V4_STANCE = """
ALTER TABLE quotes ADD COLUMN stance TEXT NOT NULL DEFAULT 'asserted';
ALTER TABLE figures ADD COLUMN stance TEXT NOT NULL DEFAULT 'asserted';
ALTER TABLE events ADD COLUMN stance TEXT NOT NULL DEFAULT 'asserted';
UPDATE events SET stance = modality WHERE modality <> 'asserted';
CREATE INDEX IF NOT EXISTS figures_stance ON figures(stance);
CREATE INDEX IF NOT EXISTS events_stance ON events(stance);
"""

# The full-text index declared the way Datasette and sqlite-utils recognise an FTS table of
# ``articles`` (``content=[articles]``: they look for that form or ``content="articles"``, not
# ``content='articles'``), with the update trigger sqlite-utils also writes, and rebuilt from
# the articles already stored. Nothing changes in PostgreSQL (its index is a generated column).
V5_SQLITE_FTS = """
DROP TRIGGER IF EXISTS articles_ai;
DROP TRIGGER IF EXISTS articles_ad;
DROP TRIGGER IF EXISTS articles_au;
DROP TABLE IF EXISTS articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content=[articles], content_rowid=[rowid]);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES('rebuild');
"""
V5_POSTGRES = "SELECT 1;"
# the ACLED typology of events (records.Event.acled_type, acled_subtype, scope); events already
# stored have none until they are analysed again
V6_ACLED = """
ALTER TABLE events ADD COLUMN acled_type TEXT;
ALTER TABLE events ADD COLUMN acled_subtype TEXT;
ALTER TABLE events ADD COLUMN scope TEXT;
CREATE INDEX IF NOT EXISTS events_acled_subtype ON events(acled_subtype);
CREATE INDEX IF NOT EXISTS events_scope ON events(scope);
"""

# Compact storage: a quote's, figure's or event's JSON ``record`` no longer stored a second time
# beside its columns. ``extra`` (added first, then filled from each stored record by
# ``fill_extra``) holds what the columns do not; in SQLite ``record`` becomes a virtual
# generated column built from the columns and ``extra`` (``record_json``), in PostgreSQL it stays
# a stored column (moved after ``extra``, so that both show the same columns in the same order).
# Sentences, read and written an article at a time, are kept in their key's order (WITHOUT
# ROWID: no second copy of the key in an index).
RECORD_TABLES = ("quotes", "figures", "events")
V7_EXTRA = "".join(f"ALTER TABLE {t} ADD COLUMN {c} INTEGER;\n" for t, spans in OFFSET_COLUMNS.items()
                    for _, *cols in spans for c in cols) + "".join(
    f"ALTER TABLE {t} ADD COLUMN extra TEXT;\n" for t in RECORD_TABLES)
V7_SQLITE_AFTER = "".join(
    f"ALTER TABLE {t} DROP COLUMN record;\n"
    f"ALTER TABLE {t} ADD COLUMN record TEXT NOT NULL GENERATED ALWAYS AS ({record_sql(t)}) VIRTUAL;\n"
    for t in RECORD_TABLES) + """
CREATE TABLE sentences_v7 (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
INSERT INTO sentences_v7(article_id, idx, paragraph, start, "end")
    SELECT article_id, idx, paragraph, start, "end" FROM sentences;
DROP TABLE sentences;
ALTER TABLE sentences_v7 RENAME TO sentences;
"""
V7_POSTGRES_AFTER = "".join(
    f"ALTER TABLE {t} RENAME COLUMN record TO record_v6;\n"
    f'ALTER TABLE {t} ADD COLUMN record TEXT COLLATE "C";\n'
    f"UPDATE {t} SET record = record_v6;\n"
    f"ALTER TABLE {t} DROP COLUMN record_v6;\n"
    f"ALTER TABLE {t} ALTER COLUMN record SET NOT NULL;\n" for t in RECORD_TABLES)


def fill_extra(store: Any) -> None:
    """Fill ``extra`` and the offset columns of every stored quote, figure and event from its
    stored ``record``, a few thousand rows at a time in rowid order (both backends have one);
    in PostgreSQL ``record`` is written again as SQLite computes it (the same text everywhere)."""
    postgres = store.dialect == db.POSTGRESQL
    for table in RECORD_TABLES:
        new = [c for _, *pair in OFFSET_COLUMNS.get(table, ()) for c in pair]
        cols = [c for c in TABLE_COLUMNS[table] if c not in ("extra", "record", *new)]
        select = (f"SELECT rowid, {', '.join(quoted(c) for c in cols)}, record FROM {table}"
                  " WHERE rowid > ? ORDER BY rowid LIMIT 2000")
        sets = ", ".join(f"{c} = ?" for c in (*new, "extra", *(["record"] if postgres else [])))
        last = -1
        while batch := store.conn.execute(select, (last,)).fetchall():
            updates = []
            for r in batch:
                row = dict(zip(cols, r[1:-1], strict=True))
                record = json.loads(r[-1])
                row.update(offsets_of(table, record))
                row["extra"] = extra_of(table, record, row)
                text = [record_text(table, row)] if postgres else []
                updates.append((*(row[c] for c in new), row["extra"], *text, r[0]))
            store.conn.executemany(f"UPDATE {table} SET {sets} WHERE rowid = ?", updates)
            last = batch[-1][0]
