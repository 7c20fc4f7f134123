"""The ledger's tables, indexes and views: migration 3 of the store (``store.MIGRATIONS``).

The DDL is written once, in SQLite's dialect; :func:`postgresql` gives PostgreSQL's, given the
store's DDL converter (types and index order: ``store.postgres_ddl``), with CREATE OR REPLACE
VIEW and ``string_agg`` for ``group_concat``. Every statement is idempotent (IF NOT EXISTS, OR
REPLACE), so a database whose ledger tables an older newsledger created when it first built
the ledger is migrated without change. This module imports nothing from newsledger.
"""

from __future__ import annotations

from collections.abc import Callable

SQLITE = """
CREATE TABLE IF NOT EXISTS ledger_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS ledger_events (
    id TEXT PRIMARY KEY,
    plover TEXT NOT NULL,
    date_start TEXT, date_end TEXT,
    place TEXT,
    cameo TEXT, mode TEXT, quad_class INTEGER, goldstein REAL,
    n_mentions INTEGER NOT NULL, n_articles INTEGER NOT NULL, n_outlets INTEGER NOT NULL,
    outlets TEXT NOT NULL DEFAULT '[]',
    first_published TEXT, last_published TEXT,
    anchor_event_id TEXT NOT NULL,
    why_fields TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_events_date ON ledger_events(date_start);
CREATE INDEX IF NOT EXISTS ledger_events_type_date ON ledger_events(plover, date_start);

CREATE TABLE IF NOT EXISTS ledger_event_mentions (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    ledger_event_id TEXT NOT NULL REFERENCES ledger_events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT, date_source TEXT NOT NULL,
    matched TEXT NOT NULL DEFAULT '',
    link_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ledger_event_mentions_event ON ledger_event_mentions(ledger_event_id, position);
CREATE INDEX IF NOT EXISTS ledger_event_mentions_article ON ledger_event_mentions(article_id);

CREATE TABLE IF NOT EXISTS ledger_event_actors (
    ledger_event_id TEXT NOT NULL REFERENCES ledger_events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    mentions INTEGER NOT NULL,
    date_start TEXT,
    PRIMARY KEY (ledger_event_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS ledger_event_actors_actor ON ledger_event_actors(actor_id, role, date_start);

CREATE TABLE IF NOT EXISTS claim_threads (
    id TEXT PRIMARY KEY,
    measure TEXT NOT NULL, group_class TEXT NOT NULL, group_terms TEXT NOT NULL DEFAULT '[]',
    place TEXT, time_scope TEXT,
    ledger_event_id TEXT REFERENCES ledger_events(id) ON DELETE SET NULL,
    n_claims INTEGER NOT NULL, n_outlets INTEGER NOT NULL, n_sources INTEGER NOT NULL,
    outlets TEXT NOT NULL DEFAULT '[]',
    value_min REAL NOT NULL, value_max REAL NOT NULL,
    first_published TEXT, last_published TEXT,
    is_series INTEGER NOT NULL, has_disagreement INTEGER NOT NULL,
    why TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_threads_measure ON claim_threads(measure, last_published);
CREATE INDEX IF NOT EXISTS claim_threads_published ON claim_threads(last_published);
CREATE INDEX IF NOT EXISTS claim_threads_ledger_event ON claim_threads(ledger_event_id);

CREATE TABLE IF NOT EXISTS claim_thread_claims (
    figure_id TEXT PRIMARY KEY REFERENCES figures(id) ON DELETE CASCADE,
    thread_id TEXT NOT NULL REFERENCES claim_threads(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('first', 'repeat', 'update', 'agrees', 'disagreement')),
    role_note TEXT NOT NULL DEFAULT '',
    interval_low REAL, interval_high REAL
);
CREATE INDEX IF NOT EXISTS claim_thread_claims_thread ON claim_thread_claims(thread_id, position);

CREATE TABLE IF NOT EXISTS claim_thread_actors (
    thread_id TEXT NOT NULL REFERENCES claim_threads(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('source', 'group', 'perpetrator')),
    last_published TEXT,
    PRIMARY KEY (thread_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS claim_thread_actors_actor ON claim_thread_actors(actor_id, last_published);

CREATE TABLE IF NOT EXISTS ledger_outlets (
    outlet TEXT PRIMARY KEY,
    articles INTEGER NOT NULL, first_published TEXT, last_published TEXT,
    events INTEGER NOT NULL, events_unattributed INTEGER NOT NULL,
    figures INTEGER NOT NULL, figures_unattributed INTEGER NOT NULL,
    quotes INTEGER NOT NULL, framing_marks INTEGER NOT NULL,
    ledger_events INTEGER NOT NULL, shared_ledger_events INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger_outlet_framing (
    outlet TEXT NOT NULL REFERENCES ledger_outlets(outlet) ON DELETE CASCADE,
    kind TEXT NOT NULL, text TEXT NOT NULL, voice TEXT NOT NULL CHECK (voice IN ('outlet', 'quoted')),
    refers_to TEXT, n INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_outlet_framing_outlet ON ledger_outlet_framing(outlet, n);
CREATE INDEX IF NOT EXISTS ledger_outlet_framing_referent ON ledger_outlet_framing(refers_to, n);
CREATE TABLE IF NOT EXISTS ledger_outlet_sources (
    outlet TEXT NOT NULL REFERENCES ledger_outlets(outlet) ON DELETE CASCADE,
    actor_id TEXT, name TEXT NOT NULL, quotes INTEGER NOT NULL, figures_cited INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_outlet_sources_outlet ON ledger_outlet_sources(outlet);
CREATE TABLE IF NOT EXISTS ledger_outlet_actors (
    outlet TEXT NOT NULL REFERENCES ledger_outlets(outlet) ON DELETE CASCADE,
    actor_id TEXT NOT NULL, as_source INTEGER NOT NULL, as_target INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_outlet_actors_outlet ON ledger_outlet_actors(outlet);
CREATE TABLE IF NOT EXISTS ledger_actor_names (
    actor_id TEXT NOT NULL, outlet TEXT, text TEXT NOT NULL, n INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_actor_names_actor ON ledger_actor_names(actor_id, n);

-- indexes on record tables that the ledger queries need (the record tables are the store's)
CREATE INDEX IF NOT EXISTS ledger_figures_attribution ON figures(attribution_actor_id);

-- views: the ledger as readable tables
CREATE VIEW IF NOT EXISTS ledger_event_reports AS
SELECT lem.ledger_event_id, lem.position, le.plover AS ledger_type, le.date_start, le.place AS ledger_place,
       a.outlet, a.published, a.url, e.id AS event_id, e.plover, e.modality, e.claimed_by,
       e.source_text, e.predicate, e.target_text, e.date, e.place, e.article_id, e.sentence,
       e.start, e."end", e.text, lem.date_source, lem.matched, lem.link_note
FROM ledger_event_mentions lem
JOIN ledger_events le ON le.id = lem.ledger_event_id
JOIN events e ON e.id = lem.event_id
JOIN articles a ON a.id = lem.article_id;

CREATE VIEW IF NOT EXISTS ledger_event_overview AS
SELECT le.id, le.date_start, le.date_end, le.plover, le.place,
       (SELECT group_concat(ac.name, '; ') FROM ledger_event_actors x JOIN actors ac ON ac.id = x.actor_id
         WHERE x.ledger_event_id = le.id AND x.role = 'source') AS sources,
       (SELECT group_concat(ac.name, '; ') FROM ledger_event_actors x JOIN actors ac ON ac.id = x.actor_id
         WHERE x.ledger_event_id = le.id AND x.role = 'target') AS targets,
       le.n_mentions, le.n_articles, le.n_outlets, le.outlets, le.why_fields, le.why
FROM ledger_events le;

CREATE VIEW IF NOT EXISTS claim_ledger AS
SELECT c.thread_id, t.measure, t.group_class, t.place AS thread_place, c.position, c.role, c.role_note,
       a.outlet, a.published, f.qualifier, f.value_low, f.value_high, f.unit, f."group",
       f.attribution, f.attribution_actor_id, f.time_scope, f.place, f.text, f.article_id, f.sentence,
       f.start, f."end", f.id AS figure_id
FROM claim_thread_claims c
JOIN claim_threads t ON t.id = c.thread_id
JOIN figures f ON f.id = c.figure_id
JOIN articles a ON a.id = c.article_id;

CREATE VIEW IF NOT EXISTS outlet_framing AS
SELECT outlet, kind, text, voice, refers_to, ac.name AS referent, n
FROM ledger_outlet_framing LEFT JOIN actors ac ON ac.id = refers_to;
"""

# the tables that hold the ledger (ledger_state last: it says what the others were built from)
LEDGER_TABLES = ("ledger_events", "ledger_event_mentions", "ledger_event_actors", "claim_threads",
                 "claim_thread_claims", "claim_thread_actors", "ledger_outlets",
                 "ledger_outlet_framing", "ledger_outlet_sources", "ledger_outlet_actors",
                 "ledger_actor_names", "ledger_state")

DESCRIPTION = "ledger: cross-source ledger tables, indexes and views (newsledger ledger build)"


def postgresql(postgres_ddl: Callable[[str], str]) -> str:
    """The ledger DDL in PostgreSQL's dialect; ``postgres_ddl`` turns SQLite DDL into
    PostgreSQL's (column types, index key order)."""
    sql = postgres_ddl(SQLITE).replace("CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW")
    return sql.replace("group_concat(", "string_agg(")


__all__ = ["DESCRIPTION", "LEDGER_TABLES", "SQLITE", "postgresql"]
