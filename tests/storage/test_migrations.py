"""Migration 9: mentions kept by article (keyed by article and id; in SQLite WITHOUT ROWID, as
event_actors). A database of version 8, with records and a built ledger, migrates in place on
both backends and answers every reading as before."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.ledger import actor_profile, build_ledger, ledger_events
from newsledger.records import Mention
from newsledger.storage import db, migrations
from newsledger.storage.ledger_schema import LEDGER_TABLES
from newsledger.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from newsledger.storage.query import Filters, query
from newsledger.storage.rows import RECORD_TABLES, quoted
from newsledger.storage.store import Store
from tests.builders import main_analysis, market_strike_docs, store_docs

ANALYSED_AT = "2024-03-11T09:30:00+00:00"

# the columns migrations after the version read here added (migration 11: the ledger's identity
# disputes), read back as they were
ADDED_LATER = frozenset({"counted_as"})


def _readings(store: Store) -> dict[str, Any]:
    """Every record table row by row, every stored analysis, and what the queries that read
    mentions by article or by actor answer."""
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id")]
    return {
        "tables": {t: sorted((tuple(r) for r in store.conn.execute(
            f"SELECT {', '.join(quoted(c) for c in store.columns(t) if c not in ADDED_LATER)} FROM {t}")), key=repr)
            for t in (*RECORD_TABLES, *LEDGER_TABLES) if t != "ledger_state"},
        "analyses": [a.to_dict() for i in ids if (a := store.get_analysis(i)) is not None],
        "actors": query(store, "actors", Filters(limit=1000)).rows,
        "articles_of_actor": query(store, "articles", Filters(actor="RUS-MIL", limit=1000)).rows,
        "profile": (p.to_dict() if (p := actor_profile(store, "RUS-MIL", recent=100)) else None),
        "ledger": [e.to_dict() for e in ledger_events(store, limit=1000)],
    }


def _at_version_8(target: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    with monkeypatch.context() as m:  # the newsledger of schema version 8
        m.setattr(migrations, "MIGRATIONS", MIGRATIONS[:8])
        m.setattr(migrations, "SCHEMA_VERSION", 8)
        with store_docs(target, list(market_strike_docs().values())) as old:
            old.add(main_analysis())
            with old.conn:
                old.conn.execute("UPDATE articles SET analysed_at = ?", (ANALYSED_AT,))
            build_ledger(old)
            assert old.schema_version() == 8
            return _readings(old)


def _mentions_key(store: Store) -> list[str]:
    if store.dialect == db.POSTGRESQL:
        rows = store.conn.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
            " AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'mentions'::regclass AND i.indisprimary"
            " ORDER BY array_position(i.indkey, a.attnum)").fetchall()
        return [str(r[0]) for r in rows]
    table = "mention_rows" if db.table_exists(store.conn, "mention_rows") else "mentions"  # schema 10
    return [str(r[1]) for r in sorted((r for r in store.conn.execute(f"PRAGMA table_info({table})") if r[5]),
                                      key=lambda r: r[5])]


def _indexes(store: Store, table: str) -> set[str]:
    if store.dialect == db.POSTGRESQL:
        return {str(r[0]) for r in store.conn.execute("SELECT indexname FROM pg_indexes WHERE tablename = ?",
                                                      (table,))}
    if table == "mentions" and db.table_exists(store.conn, "mention_rows"):  # schema 10
        table = "mention_rows"
    return {str(r[1]) for r in store.conn.execute(f"PRAGMA index_list({table})")}


def _partial_indexes(store: Store) -> set[str]:
    """The indexes that hold only some rows (a WHERE clause)."""
    if store.dialect == db.POSTGRESQL:
        return {str(r[0]) for r in store.conn.execute("SELECT indexname FROM pg_indexes WHERE indexdef LIKE ?",
                                                      ("% WHERE %",))}
    tables = ("mentions", "mention_rows", "quotes", "quote_rows", "figures", "figure_rows", "events", "event_rows")
    return {str(r[1]) for t in tables for r in store.conn.execute(f"PRAGMA index_list({t})") if r[4]}


PARTIAL = {"mentions_actor", "quotes_speaker", "ledger_figures_attribution", "figures_measure", "events_date",
           "events_acled_subtype"}
# SQLite from schema 13 (events a view over event_rows): the ACLED sub-type's index gone (no query
# reads by it), the id's, a claimant's and the type's added (each partial: no whole read goes through it)
PARTIAL_13 = PARTIAL - {"events_acled_subtype"} | {"events_id", "events_claimed", "events_plover"}


def test_a_version_8_database_migrates_and_reads_back_the_same(
        db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _at_version_8(db_target, monkeypatch)
    assert before["tables"]["mentions"] and before["tables"]["event_actors"] and before["ledger"]
    assert before["articles_of_actor"] and before["profile"]
    with Store(db_target, readonly=True) as ro:  # read-only: left as it is
        assert ro.schema_version() == 8 and _mentions_key(ro) == ["id"]
        assert _partial_indexes(ro) == set()
        assert "mentions_article" in _indexes(ro, "mentions")
    with Store(db_target) as store:
        assert store.schema_version() == SCHEMA_VERSION >= 9
        # SQLite, schema 10: the key of the table the view reads (see test_compact)
        assert _mentions_key(store) == (["article", "id"] if store.dialect == db.SQLITE else ["article_id", "id"])
        assert "mentions_article" not in _indexes(store, "mentions")
        assert "mentions_actor" in _indexes(store, "mentions")
        assert _partial_indexes(store) == (PARTIAL_13 if store.dialect == db.SQLITE else PARTIAL)
        after = _readings(store)
        assert [k for k in before if after[k] != before[k]] == []
        build_ledger(store)  # built again on the new layout: the same ledger
        assert _readings(store)["tables"] == before["tables"]


def test_sqlite_keeps_mentions_and_event_actors_in_key_order(tmp_path: Any) -> None:
    with Store(tmp_path / "x.db") as store:
        store.add(main_analysis())
        sql = dict(store.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
        assert sql["mention_rows"].rstrip().endswith("WITHOUT ROWID")  # schema 10: under the view
        assert sql["event_actor_rows"].rstrip().endswith("WITHOUT ROWID")  # schema 15: under the view
        assert sql["quote_rows"].rstrip().endswith("WITHOUT ROWID")  # schema 11: under the view
        # an article's mentions are read through the key, an actor's through the actor index
        plans = {q: " ".join(str(r[-1]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + q, p))
                 for q, p in (("SELECT * FROM mentions WHERE article_id = ? ORDER BY start, id", ("a",)),
                              ("SELECT COUNT(*) FROM mentions WHERE actor_id = ?", ("x",)),
                              ("SELECT COUNT(*) FROM mentions WHERE actor_id IS NULL", ()),
                              ("SELECT COUNT(*) FROM quotes WHERE speaker_actor_id = ?", ("x",)),
                              ("SELECT DISTINCT measure FROM figures WHERE measure IS NOT NULL ORDER BY 1", ()))}
        first, by_actor, without, by_speaker, measures = plans.values()
        assert "INDEX quotes_speaker (speaker_actor=?)" in by_speaker
        assert "INDEX figures_measure" in measures
        assert "USING PRIMARY KEY (article=?)" in first
        assert "INDEX mentions_actor (actor=?)" in by_actor
        # the actor index holds only mentions with an actor: a query for those without scans
        assert "mentions_actor" not in without


def test_an_id_is_unique_within_its_article(db_target: str) -> None:
    """The same mention again is left as it is; the same id in another article is another mention."""
    an = main_analysis()
    other = an.replace(article=an.article.replace(id="0123456789abcdef", text=an.article.text + " "),
                       mentions=tuple(m.replace(article_id="0123456789abcdef") for m in an.mentions),
                       quotes=(), figures=(), events=(), framing=())
    with Store(db_target) as store:
        assert store.add(an).stored and store.add(other).stored
        with store.conn:
            again = store.insert_rows("mentions", [{
                **{c: getattr(m, c) for c in ("id", "article_id", "sentence", "start", "end", "text", "label",
                                             "kind", "confidence", "actor_id")}} for m in an.mentions])
        assert again == 0
        n = store.conn.execute("SELECT COUNT(*) FROM mentions WHERE id = ?", (an.mentions[0].id,)).fetchone()[0]
        assert n == 2
        got = store.get_analysis("0123456789abcdef")
        assert got is not None and [m.id for m in got.mentions] == [m.id for m in sorted(
            an.mentions, key=lambda m: (m.start, m.id))]
        assert all(isinstance(m, Mention) and m.article_id == "0123456789abcdef" for m in got.mentions)


# the SQL text each released migration runs (SQLite, then PostgreSQL, each with its "after" part),
# hashed: a database that had a migration must be what a new one gets, so its text never changes
# when the code that writes it is reorganised
RELEASED = {1: "62aad470c79fea3f", 2: "bbec981f4e1617bb", 3: "4556ff7c4be7ff92", 4: "ee0f294afc6da415",
            5: "7545962dab38654e", 6: "ad0f9237abc7f449", 7: "1343b58be5f97cbb", 8: "a5c3ff7c3d8d68a3",
            9: "7e0ccc972b70144f", 10: "b8a85ffc8a4d8337", 11: "4dfdc48da48e2e93", 12: "cb4383406726501b",
            13: "7e2f66c364c1f584", 14: "de43c14854785c1f"}


def test_the_sql_of_released_migrations_is_byte_for_byte_what_it_was() -> None:
    import hashlib

    seen = 0
    for m in MIGRATIONS:
        if m.version in RELEASED:
            text = "\x00".join((m.sqlite, m.sqlite_after, m.postgresql, m.postgresql_after))
            assert hashlib.sha256(text.encode()).hexdigest()[:16] == RELEASED[m.version], m.version
            seen += 1
    assert seen == len(RELEASED)
