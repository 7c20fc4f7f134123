"""Stored size: bytes per article of real news in SQLite, by table, now and before, in one run.

Analyses the 84 PolNeAR dev articles (``<shared>/gold/dev/polnear/dev/text``; the analyses are
cached under ``bench/results/``, which is not in the repository), stores them into a new SQLite
file with this checkout's store and, with ``--before SRC``, with the store of another checkout
(its ``src`` folder, in a subprocess), and measures each file: its size per article and where
the bytes go (SQLite's ``dbstat``: each table with its indexes, and the largest b-trees, the payload of each table: its values with no page overhead, and each
column's bytes as SQLite's records hold them), and a copy packed by ``newsledger vacuum``. It
checks that every stored analysis reads back equal to the analysis (every record and offset
still there), in the file as written and packed. With ``--doc`` it writes its section of docs/PERFORMANCE.md.

Usage: python bench/bench_storage.py [--shared ../shared] [--before OLD/src [--before-name NAME]]...
       [--doc docs/PERFORMANCE.md]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from docsection import replace_section  # noqa: E402

POLNEAR = Path("gold") / "dev" / "polnear" / "dev" / "text"

# stores the cached analyses with the store of the checkout on PYTHONPATH (add_many if it has it)
STORE = """
import json, sys
from newsledger.records import Analysis
from newsledger.storage.store import Store
analyses = [Analysis.from_dict(json.loads(line)) for line in open(sys.argv[1], encoding="utf-8")]
with Store(sys.argv[2]) as store:
    if hasattr(store, "add_many"):
        for i in range(0, len(analyses), 16):
            store.add_many(analyses[i:i + 16])
    else:
        for an in analyses:
            store.add(an)
"""


def cached_analyses(shared: Path, cache: Path) -> Path:
    """The analyses of the PolNeAR dev articles as JSON Lines (analysed once, then cached)."""
    if cache.exists():
        return cache
    from newsledger.ingest import read_paths
    from newsledger.pipeline import Pipeline
    from newsledger.records import Analysis

    articles = list(read_paths([shared / POLNEAR]))
    if not articles:
        raise SystemExit(f"no articles under {shared / POLNEAR}")
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        for an in Pipeline().analyze_many(articles):
            if isinstance(an, Analysis):
                fh.write(json.dumps(an.to_dict()) + "\n")
    tmp.replace(cache)
    return cache


def store_with(src: Path, analyses: Path, db: Path) -> int:
    """Stores ``analyses`` into a new file ``db`` with the store of ``src``; returns the size
    of an empty store of the same schema (schema only, made by the same store)."""
    subprocess.run([sys.executable, "-c", STORE, str(analyses), str(db)], check=True,
                   env={**os.environ, "PYTHONPATH": str(src)})
    empty = db.with_name(db.name + ".empty")
    nothing = db.with_name(db.name + ".none.jsonl")
    nothing.write_text("")
    subprocess.run([sys.executable, "-c", STORE, str(nothing), str(empty)], check=True,
                   env={**os.environ, "PYTHONPATH": str(src)})
    return empty.stat().st_size


def vacuumed_size(db: Path) -> int:
    """The size of ``db`` after VACUUM (a copy: ``VACUUM INTO``)."""
    packed = db.with_name(db.name + ".vacuumed")
    con = sqlite3.connect(db)
    try:
        con.execute("VACUUM INTO ?", (str(packed),))
    finally:
        con.close()
    try:
        return packed.stat().st_size
    finally:
        packed.unlink()


def measure(db: Path, empty_store: int) -> dict[str, Any]:
    """File size per article, and each table's bytes (with its indexes) per article; ``empty_store``:
    the size of an empty store of the same schema (what every store pays, whatever it holds)."""
    vacuumed = vacuumed_size(db)
    con = sqlite3.connect(db)
    try:
        n = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        owner = {name: tbl for name, tbl in con.execute("SELECT name, tbl_name FROM sqlite_master")}
        trees = con.execute("SELECT name, SUM(pgsize), SUM(payload) FROM dbstat GROUP BY name").fetchall()
        empty = con.execute("SELECT COUNT(*), SUM(size) FROM (SELECT SUM(pgsize) AS size FROM dbstat"
                            " GROUP BY name HAVING SUM(payload) = 0)").fetchone()
        version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
        columns = {t: _column_bytes(con, t, n) for t in COLUMN_TABLES}
        repeated = _repeated_bytes(con, n)
        derived = _derived_texts(con)
        packed = _compressed(con, db) / n / 1024
        text = con.execute("SELECT SUM(LENGTH(CAST(text AS BLOB))) FROM articles").fetchone()[0] / n / 1024
    finally:
        con.close()
    tables: dict[str, float] = {}
    payload: dict[str, float] = {}
    for name, size, values in trees:
        table = owner.get(name, name)
        table = "articles_fts" if table.startswith("articles_fts") else STORED_AS.get(table, table)
        tables[table] = tables.get(table, 0.0) + size / n / 1024
        payload[table] = payload.get(table, 0.0) + values / n / 1024
    size = db.stat().st_size
    return {"articles": n, "schema_version": int(version), "kb_per_article": size / n / 1024,
            "empty_store_kb": empty_store / 1024, "marginal_kb_per_article": (size - empty_store) / n / 1024,
            "vacuumed_kb_per_article": vacuumed / n / 1024,
            "empty_trees": empty[0], "empty_kb_per_article": (empty[1] or 0) / n / 1024,
            "tables": dict(sorted(tables.items(), key=lambda kv: -kv[1])), "columns": columns,
            "payload": payload, "payload_kb_per_article": sum(payload.values()), "text_kb_per_article": text,
            **repeated, **derived, "compressed_kb_per_article": packed,
            "trees": {name: size / n / 1024 for name, size, _ in sorted(trees, key=lambda t: -t[1])[:12]}}


# the tables whose columns are measured one by one
COLUMN_TABLES = ("mentions", "quotes", "events", "figures", "sentences", "actors")
# tables that store the rows of a public table that is a view (schema 10, 11, 13, 14, 15), counted under it
STORED_AS = {"mention_rows": "mentions", "mention_codes": "mentions", "quote_rows": "quotes", "quote_codes": "quotes",
             "event_rows": "events", "event_codes": "events", "figure_rows": "figures", "figure_codes": "figures",
             "sentence_rows": "sentences", "framing_rows": "framing", "framing_codes": "framing",
             "event_actor_rows": "event_actors"}


def _stored(con: sqlite3.Connection, table: str) -> str:
    """The table that stores the rows of ``table`` (itself, unless it is a view over another)."""
    for stored, public in STORED_AS.items():
        if public == table and con.execute("SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?",
                                           (table,)).fetchone() and stored.endswith("_rows"):
            return stored
    return table


def _derived_texts(con: sqlite3.Connection) -> dict[str, int]:
    """Mentions whose text is read from the article at their offsets (schema 10), of all; the
    same of quotes' content, cues and speakers (schema 11) and of events' texts (schema 13)."""
    total = con.execute("SELECT COUNT(*) FROM mentions").fetchone()[0]
    out = {"mentions": total, "mention_texts_derived": 0}
    if _stored(con, "mentions") != "mentions":
        kept = con.execute("SELECT COUNT(*) FROM mention_rows WHERE text IS NOT NULL").fetchone()[0]
        out["mention_texts_derived"] = total - kept
    if _stored(con, "quotes") != "quotes":  # a text is derived where it is NULL and its offsets are not
        row = con.execute("SELECT COUNT(*), SUM(content IS NULL), SUM(cue_start IS NOT NULL),"
                          " SUM(cue IS NULL AND cue_start IS NOT NULL), SUM(speaker_start IS NOT NULL),"
                          " SUM(speaker IS NULL AND speaker_start IS NOT NULL) FROM quote_rows").fetchone()
        out.update(zip(("quotes", "quote_contents_derived", "quote_cues", "quote_cues_derived", "quote_speakers",
                        "quote_speakers_derived"), (int(x or 0) for x in row), strict=True))
    if _stored(con, "events") != "events":
        row = con.execute("SELECT COUNT(*), SUM(text IS NULL), SUM(predicate IS NULL), SUM(source_start IS NOT NULL),"
                          " SUM(source_text IS NULL AND source_start IS NOT NULL), SUM(target_start IS NOT NULL),"
                          " SUM(target_text IS NULL AND target_start IS NOT NULL) FROM event_rows").fetchone()
        out.update(zip(("events", "event_texts_derived", "event_predicates_derived", "event_sources",
                        "event_sources_derived", "event_targets", "event_targets_derived"),
                       (int(x or 0) for x in row), strict=True))
    return out


def _stored_size(column: str) -> str:
    """SQL for the bytes a value of ``column`` takes in a row of SQLite's record format: its
    body (an integer in 0 to 8 bytes by its size, 0 and 1 in none; a REAL in 8, one that is a
    whole number as that integer; text and blobs their length) and its type's byte in the header
    (two for text or blobs over 57 bytes)."""
    c = f'"{column}"'
    integer = (f"CASE WHEN {c} IN (0, 1) THEN 0 WHEN {c} BETWEEN -128 AND 127 THEN 1 WHEN {c} BETWEEN -32768 AND 32767"
               f" THEN 2 WHEN {c} BETWEEN -8388608 AND 8388607 THEN 3 WHEN {c} BETWEEN -2147483648 AND 2147483647"
               f" THEN 4 WHEN {c} BETWEEN -140737488355328 AND 140737488355327 THEN 6 ELSE 8 END")
    return (f"CASE typeof({c}) WHEN 'null' THEN 1 WHEN 'integer' THEN 1 + {integer}"
            f" WHEN 'real' THEN 1 + (CASE WHEN {c} = CAST({c} AS INTEGER) THEN {integer} ELSE 8 END)"
            f" ELSE LENGTH(CAST({c} AS BLOB)) + (CASE WHEN LENGTH(CAST({c} AS BLOB)) > 57 THEN 2 ELSE 1 END) END")


def _column_bytes(con: sqlite3.Connection, table: str, n: int) -> dict[str, float]:
    """KB per article of each stored column's values as SQLite's records hold them (``_stored_size``:
    in the table's rows, not counting index copies), largest first; a computed column is stored
    nowhere and left out (a view's columns: those of the table under it)."""
    table = _stored(con, table)
    cols = [r[1] for r in con.execute(f"PRAGMA table_xinfo({table})") if r[6] == 0]
    sums = con.execute("SELECT " + ", ".join(f"COALESCE(SUM({_stored_size(c)}), 0)" for c in cols)
                       + f" FROM {table}").fetchone()
    return dict(sorted(((c, v / n / 1024) for c, v in zip(cols, sums, strict=True)), key=lambda kv: -kv[1]))


# columns holding text the article holds already, at offsets the row also stores
TEXT_COLUMNS = {"mentions": ("text",), "quotes": ("content", "speaker", "cue"),
                "events": ("text", "predicate", "source_text", "target_text"), "figures": ("text",),
                "framing": ("text",)}
# tables whose rows each repeat their article's id
ARTICLE_TABLES = ("sentences", "mentions", "quotes", "figures", "events", "framing")


def _repeated_bytes(con: sqlite3.Connection, n: int) -> dict[str, float]:
    """KB per article of values stored again: article text at offsets, and the article id in
    every record row (values only, not counting index copies)."""
    text = sum(con.execute("SELECT " + " + ".join(f'COALESCE(SUM(LENGTH(CAST("{c}" AS BLOB))), 0)' for c in cols)
                           + f" FROM {_stored(con, t)}").fetchone()[0] for t, cols in TEXT_COLUMNS.items())
    # a table under a view keeps the article's rowid instead (an integer of 1 to 3 bytes)
    ids = sum(con.execute(f"SELECT COALESCE(SUM(LENGTH(CAST(article_id AS BLOB))), 0) FROM {t}").fetchone()[0]
              for t in ARTICLE_TABLES if _stored(con, t) == t)
    return {"text_again_kb_per_article": text / n / 1024, "article_ids_kb_per_article": ids / n / 1024}


def _compressed(con: sqlite3.Connection, db: Path) -> int:
    """Bytes of the database packed (``VACUUM INTO``: no free space in pages) and compressed with
    zlib at level 6: how far a compressed layout of the same content would go."""
    import zlib

    packed = db.with_name(db.name + ".packed")
    con.execute("VACUUM INTO ?", (str(packed),))
    try:
        return len(zlib.compress(packed.read_bytes(), 6))
    finally:
        packed.unlink()


def packed_measures(db: Path, empty_store: int) -> dict[str, Any]:
    """The measures of a copy of ``db`` packed by ``newsledger vacuum`` (``storage.pack``; left
    as ``packed.db`` beside it), or nothing when this checkout has no packing."""
    try:
        from newsledger.storage.pack import pack
    except ImportError:
        return {}
    from newsledger.storage.store import Store

    copy = db.with_name("packed.db")
    shutil.copyfile(db, copy)  # the file as the store left it (closed: no log beside it)
    with Store(copy) as store:
        pack(store)
    return measure(copy, empty_store)


def check_round_trip(analyses: Path, db: Path) -> int:
    """Every stored analysis reads back equal to the analysis; returns how many were checked."""
    from newsledger.records import Analysis
    from newsledger.storage.store import Store

    checked = 0
    with Store(db, readonly=True) as store:
        for line in analyses.read_text(encoding="utf-8").splitlines():
            an = Analysis.from_dict(json.loads(line))
            got = store.get_analysis(an.article.id)
            assert got is not None, an.article.id
            for part in ("sentences", "mentions", "quotes", "figures", "events", "framing"):
                # in the order of their ids (records at the same offset come back in any order)
                assert _by_id(getattr(got, part)) == _by_id(getattr(an, part)), (an.article.id, part)
            checked += 1
    return checked


def _by_id(records: Any) -> list[Any]:
    return sorted(records, key=lambda r: str(getattr(r, "id", getattr(r, "index", ""))))


def section(now: dict[str, Any], befores: list[tuple[str, dict[str, Any]]], checked: int) -> str:
    """The doc section: ``now`` and, for each of ``befores`` (name, measures), the same numbers."""
    all_runs = [now, *(b for _, b in befores)]
    names: list[str] = []
    for run in all_runs:
        names += [t for t in run["tables"] if t not in names and run["tables"][t] >= 0.3]
    names.sort(key=lambda t: -now["tables"].get(t, 0))
    head = ("| table (with its indexes) | KB per article now | its values (payload) | packed |"
            + "".join(f" {n} |" for n, _ in befores))
    packed = now.get("packed") or {"tables": {}}
    rows = [f"| `{t}` | {now['tables'].get(t, 0):.2f} | {now['payload'].get(t, 0):.2f} | {packed['tables'].get(t, 0):.2f} |"
            + "".join(f" {b['tables'].get(t, 0):.2f} |" for _, b in befores) for t in names]
    small = [sum(v for t, v in run["tables"].items() if t not in names) for run in all_runs]
    small_values = sum(v for t, v in now["payload"].items() if t not in names)
    small_packed = sum(v for t, v in packed["tables"].items() if t not in names)
    sizes = "; ".join(f"{n}: {b['kb_per_article']:.1f} KB (schema version {b['schema_version']}),"
                      f" **{b['kb_per_article'] / now['kb_per_article']:.2f}x** smaller now" for n, b in befores)
    lines = [
        "## Stored size (real news)",
        "",
        f"`bench/bench_storage.py`, {time.strftime('%Y-%m-%d')}: the {now['articles']} PolNeAR dev articles"
        " (real news, about 600 words each), analysed, stored into a new SQLite file"
        f" (schema version {now['schema_version']}) and measured with SQLite's `dbstat`. Every stored"
        f" analysis reads back equal to the analysis ({checked} of {now['articles']} checked).",
        "",
        f"**{now['kb_per_article']:.1f} KB per article** (file size / articles)" + (f"; {sizes}." if befores else "."),
        f"Marginal cost: **{now['marginal_kb_per_article']:.1f} KB per article** (file minus an empty store of"
        f" the same schema, {now['empty_store_kb']:.0f} KB, over articles)"
        + "".join(f"; {n}: {b['marginal_kb_per_article']:.1f} KB" for n, b in befores)
        + f". After VACUUM the file is {now['vacuumed_kb_per_article']:.1f} KB per article"
        + "".join(f" ({n}: {b['vacuumed_kb_per_article']:.1f})" for n, b in befores)
        + ".",
        f"Of the file size, {now['empty_kb_per_article']:.1f} KB are the one page each of the {now['empty_trees']} tables"
        " and indexes that are empty here (the ledger's, before `ledger build`): a fixed cost, small in a"
        " larger store. Target: at most 16 KB per article.",
        "",
        head, "| --- | ---: | ---: | ---: |" + " ---: |" * len(befores), *rows,
        f"| other tables (each under 0.3) | {small[0]:.2f} | {small_values:.2f} | {small_packed:.2f} |"
        + "".join(f" {v:.2f} |" for v in small[1:]),
        "",
        *_floor_lines(now),
        "",
        "Stored values by column, as SQLite's records hold them (each value's bytes and its type's byte in the row"
        " header; KB per article, largest first; `record` is computed now, stored nowhere; index copies not counted):",
        "",
        *[f"- `{t}` ({sum(now['columns'][t].values()):.2f} in all): "
          + ", ".join(f"{c} {v:.2f}" for c, v in list(now["columns"][t].items())[:8])
          for t in COLUMN_TABLES],
        "",
        f"Of the values stored now, {now['text_again_kb_per_article']:.2f} KB per article are text the article"
        " holds already (the text of mentions, quotes, events, figures and framing marks, stored beside its"
        f" offsets) and {now['article_ids_kb_per_article']:.2f} KB the article id, repeated in every record"
        " row (and again in the indexes that hold it). The same file packed (`VACUUM INTO`) and"
        f" compressed with zlib (level 6) is {now['compressed_kb_per_article']:.1f} KB per article."
        + (f" The text of {now['mention_texts_derived']:,} of the {now['mentions']:,} mentions is read from the"
           " article at their offsets (`mentions` is a view over `mention_rows`; the round trip above"
           " compares every mention's text)." if now.get("mention_texts_derived") else "")
        + (f" Of the {now['quotes']:,} quotes, the content of {now['quote_contents_derived']:,}, the cue of"
           f" {now['quote_cues_derived']:,} of {now['quote_cues']:,} and the speaker of"
           f" {now['quote_speakers_derived']:,} of {now['quote_speakers']:,} are read from the article at"
           " their offsets (`quotes` is a view over `quote_rows`)." if now.get("quotes") else "")
        + (f" Of the {now['events']:,} events, the text of {now['event_texts_derived']:,}, the predicate of"
           f" {now['event_predicates_derived']:,}, the source of {now['event_sources_derived']:,} of"
           f" {now['event_sources']:,} and the target of {now['event_targets_derived']:,} of"
           f" {now['event_targets']:,} are read from the article at their offsets (`events` is a view over"
           " `event_rows`)." if now.get("events") else ""),
        "",
        "Largest b-trees (KB per article) now: "
        + ", ".join(f"`{k}` {v:.2f}" for k, v in now["trees"].items()) + ".",
        *[f"{n}: " + ", ".join(f"`{k}` {v:.2f}" for k, v in b["trees"].items()) + "." for n, b in befores],
        "",
    ]
    return "\n".join(lines)


def _floor_lines(now: dict[str, Any]) -> list[str]:
    """What the file would be with every page full, and packed: the figures under the target."""
    packed = now.get("packed")
    lines = [
        f"The values themselves (`dbstat`'s payload: every row and index entry with its record header; no"
        f" page headers, cell pointers or free space) are **{now['payload_kb_per_article']:.1f} KB per article**:"
        " what this layout holds if every page were full. Of them the article text is"
        f" {now['text_kb_per_article']:.2f} KB (the `articles` row {now['payload'].get('articles', 0):.2f}), the"
        f" full-text index {now['payload'].get('articles_fts', 0):.2f} and the schema's SQL"
        f" {now['payload'].get('sqlite_schema', 0):.2f} (the same whatever the corpus)."]
    if packed:
        lines += [
            "",
            f"Packed (`newsledger vacuum`: the full-text index merged into one segment, the file rewritten with"
            f" its pages full): **{packed['kb_per_article']:.1f} KB per article**, marginal"
            f" {packed['marginal_kb_per_article']:.1f} KB; every packed analysis reads back equal to the analysis"
            f" ({packed.get('checked', 0)} of {packed['articles']} checked)."]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "results" / "polnear_dev_analyses.jsonl")
    ap.add_argument("--before", type=Path, action="append", default=[],
                    help="the src folder of a checkout to compare with (may be given again)")
    ap.add_argument("--before-name", action="append", default=[], help="its name in the table (one per --before)")
    ap.add_argument("--doc", type=Path)
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "storage.json")
    args = ap.parse_args(argv)
    analyses = cached_analyses(args.shared, args.cache)
    with tempfile.TemporaryDirectory(prefix="nl-bench-storage-") as tmp:
        now_db = Path(tmp) / "now.db"
        empty = store_with(ROOT / "src", analyses, now_db)
        now = measure(now_db, empty)
        checked = check_round_trip(analyses, now_db)
        now["packed"] = packed_measures(now_db, empty)
        if now["packed"]:
            now["packed"]["checked"] = check_round_trip(analyses, now_db.with_name("packed.db"))
        befores = []
        for i, src in enumerate(args.before):
            before_db = Path(tmp) / f"before{i}.db"
            empty = store_with(src, analyses, before_db)
            name = args.before_name[i] if i < len(args.before_name) else f"before ({src})"
            befores.append((name, measure(before_db, empty)))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"now": now, "before": dict(befores)}, indent=2) + "\n")
    text = section(now, befores, checked)
    print(text)
    if args.doc:
        replace_section(args.doc, "storage", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
