"""Batch work: ingest many inputs into a store, and export a store.

``ingest`` reads files and directories, skips articles already stored (so an interrupted run
can simply be started again), analyses the rest, writes each article in its own transaction,
and records every failure with its reason while the batch goes on.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .errors import InputError, NewsledgerError, StoreError
from .ingest import jsonl_record, read_paths
from .pipeline import Pipeline
from .records import Analysis, Article, Failure, Record
from .storage import db
from .storage.rows import RECORD_TABLES, TABLE_COLUMNS, analysis_rows, failure_row
from .storage.store import Store, now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestReport(Record):
    """What an ingest run did."""

    read: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store (same content)
    failed: int = 0
    failures: tuple[Failure, ...] = field(default_factory=tuple)


ProgressFn = Callable[[str, Analysis | Failure | Article], None]


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    pipeline: Pipeline | None = None,
    *,
    settings: Settings | None = None,
    n_process: int | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Read, analyse and store articles; returns counts and the failures."""
    counts = {"read": 0, "stored": 0, "skipped": 0, "failed": 0}
    failures: list[Failure] = []
    known = store.known_ids()
    seen_this_run: set[str] = set()
    settings = settings or (pipeline.settings if pipeline else None)

    def to_analyse() -> Iterator[Article | Failure]:
        for item in read_paths(paths, settings):
            if isinstance(item, Article):
                counts["read"] += 1
                if item.id in known or item.id in seen_this_run:
                    counts["skipped"] += 1
                    if progress:
                        progress("skipped", item)
                    continue
                seen_this_run.add(item.id)
            yield item

    items = to_analyse()
    nl = pipeline
    for result in _analyse(items, nl, settings, n_process):
        if isinstance(result, Failure):
            counts["failed"] += 1
            failures.append(result)
            store.add_failure(result)
            log.warning("failed: %s: %s", result.source, result.reason)
            if progress:
                progress("failed", result)
            continue
        written = store.add(result)
        counts["stored" if written.stored else "skipped"] += 1
        if progress:
            progress("stored" if written.stored else "skipped", result)
    return IngestReport(failures=tuple(failures), **counts)


def _analyse(items: Iterator[Article | Failure], nl: Pipeline | None, settings: Settings | None,
             n_process: int | None) -> Iterator[Analysis | Failure]:
    """Analyse the stream, loading the pipeline only once there is an article to analyse."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        nl = nl or Pipeline(settings)
        yield from nl.analyze_many(itertools.chain([item], items), n_process=n_process)
        return


# -- export ----------------------------------------------------------------------------------

EXPORT_FORMATS = ("jsonl", "csv", "parquet")


@dataclass(frozen=True)
class ExportReport(Record):
    format: str
    path: str
    files: tuple[str, ...]
    rows: int


def export(store: Store, fmt: str, out: str | os.PathLike[str]) -> ExportReport:
    """Write the whole store out: ``jsonl`` (one analysis per line, ``.gz`` if the name ends so),
    or ``csv``/``parquet`` (a directory with one file per table)."""
    if fmt not in EXPORT_FORMATS:
        raise NewsledgerError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    out = Path(out)
    if fmt == "jsonl":
        if out.exists() and out.is_dir():
            raise NewsledgerError(f"{out} is a directory; give a file name for jsonl")
        opener = gzip.open if out.name.endswith(".gz") else open
        n = 0
        tmp = out.with_name(out.name + ".part")
        with opener(tmp, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
            for an in store.iter_analyses():
                fh.write(json.dumps(an.to_dict(), ensure_ascii=False) + "\n")
                n += 1
        tmp.replace(out)
        return ExportReport(fmt, str(out), (str(out),), n)
    out.mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    total = 0
    for table in RECORD_TABLES:
        rows = list(store.table_rows(table))
        total += len(rows)
        columns = store.columns(table)
        path = out / f"{table}.{fmt}"
        if fmt == "csv":
            with open(path, "w", newline="", encoding="utf-8") as fh:
                w = csv.DictWriter(fh, fieldnames=columns)
                w.writeheader()
                w.writerows(rows)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            data = {c: [r[c] for r in rows] for c in columns}
            pq.write_table(pa.table(data) if rows else pa.table({c: pa.array([], pa.string()) for c in columns}), path)
        files.append(str(path))
    return ExportReport(fmt, str(out), tuple(files), total)


# -- distributed batch (Dask) ----------------------------------------------------------------
#
# Layout of an output directory:
#   DIR/<table>/<shard>.parquet   the rows of every record table for one input shard
#   DIR/_done/<shard>.json        written last, once all of a shard's tables are on disk
# A shard with a _done marker is skipped on a re-run, so a killed batch resumes where it was.

SHARD_TABLES = ("articles", "actors", "sentences", "mentions", "quotes", "figures", "events",
                "event_actors", "framing", "failures")
SHARD_EXTS = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz", ".parquet")


@dataclass(frozen=True)
class ShardResult(Record):
    shard: str
    source: str
    articles: int
    failed: int
    skipped: bool = False
    failures: tuple[Failure, ...] = ()


@dataclass(frozen=True)
class BatchReport(Record):
    shards: int
    shards_skipped: int
    articles: int
    failed: int
    seconds: float
    failures: tuple[Failure, ...] = ()

    @property
    def per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def shard_inputs(inputs: Iterable[str | os.PathLike[str]],
                 exclude: str | os.PathLike[str] | None = None) -> list[Path]:
    """The shard files named or found (recursively) under ``inputs``, sorted; files under
    ``exclude`` (the batch's own output directory) are left out."""
    out: list[Path] = []
    skip = Path(exclude).resolve() if exclude is not None else None

    def wanted(x: Path) -> bool:
        return (x.is_file() and x.name.lower().endswith(SHARD_EXTS) and not x.name.startswith(".")
                and (skip is None or skip not in x.resolve().parents))

    for raw in inputs:
        p = Path(raw)
        if p.is_dir():
            out += sorted(x for x in p.rglob("*") if wanted(x))
        elif p.is_file():
            if not p.name.lower().endswith(SHARD_EXTS):
                raise NewsledgerError(f"{p}: batch input must be JSON Lines (.jsonl, .jsonl.gz) or Parquet")
            out.append(p)
        else:
            raise NewsledgerError(f"{p}: no such file or directory")
    if not out:
        raise NewsledgerError("no JSON Lines or Parquet shards found in the inputs")
    return out


def shard_key(path: Path) -> str:
    """A stable name for a shard's outputs: its file name and a hash of its full path."""
    import hashlib

    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in path.name)[:60]
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]
    return f"{stem}-{digest}"


def _read_shard(path: Path, settings: Settings) -> Iterator[Article | Failure]:
    if path.name.lower().endswith(".parquet"):
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(path)
        except Exception as exc:  # pyarrow raises several types for broken files
            yield Failure(str(path), f"cannot read Parquet file: {exc}")
            return
        for i, row in enumerate(table.to_pylist(), start=1):
            try:
                yield jsonl_record(row, f"{path}:{i}", settings)
            except InputError as exc:
                yield Failure(exc.source, exc.reason, str(row.get("id")) if row.get("id") else None)
        return
    yield from read_paths([path], settings)


_SHARD_PIPELINE: Pipeline | None = None


def _shard_pipeline(settings: Settings) -> Pipeline:
    """One loaded pipeline per worker process, reused by every shard it analyses."""
    global _SHARD_PIPELINE
    if _SHARD_PIPELINE is None or _SHARD_PIPELINE.settings != settings:
        _SHARD_PIPELINE = Pipeline(settings)
    return _SHARD_PIPELINE


def process_shard(path: str, out_dir: str, settings: Settings) -> ShardResult:
    """Analyse one shard and write its tables as Parquet, then its done marker."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    p, out = Path(path), Path(out_dir)
    key = shard_key(p)
    done = out / "_done" / f"{key}.json"
    if done.exists():
        return ShardResult(key, path, 0, 0, skipped=True)
    nl = _shard_pipeline(settings)
    rows: dict[str, list[dict[str, object]]] = {t: [] for t in SHARD_TABLES}
    failures: list[Failure] = []
    n = 0
    stamp = now()
    for result in nl.analyze_many(_read_shard(p, settings), n_process=1):
        if isinstance(result, Failure):
            failures.append(result)
            rows["failures"].append(failure_row(result.source, result.reason, result.article_id,
                                                stamp))
            continue
        n += 1
        for table, table_rows in analysis_rows(result, stamp).items():
            rows[table] += table_rows
    for table in SHARD_TABLES:
        cols = TABLE_COLUMNS[table]
        data = {c: [r.get(c) for r in rows[table]] for c in cols}
        arrays = {c: pa.array(v) if any(x is not None for x in v) else pa.array(v, pa.string())
                  for c, v in data.items()}
        folder = out / table
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{key}.parquet.part"
        pq.write_table(pa.table(arrays), tmp)
        tmp.replace(folder / f"{key}.parquet")
    done.parent.mkdir(parents=True, exist_ok=True)
    tmp_done = done.with_name(done.name + ".part")
    tmp_done.write_text(json.dumps({"source": path, "articles": n, "failed": len(failures)}))
    tmp_done.replace(done)
    return ShardResult(key, path, n, len(failures), failures=tuple(failures))


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    *,
    scheduler: str | None = None,
    n_workers: int = 2,
    settings: Settings | None = None,
    progress: Callable[[ShardResult], None] | None = None,
) -> BatchReport:
    """Analyse JSON Lines or Parquet shards on a Dask cluster and write Parquet shards.

    ``scheduler`` is the address of a running Dask scheduler (``tcp://host:8786``); without
    it a local cluster of ``n_workers`` single-threaded worker processes is started.
    """
    import time

    import dask
    from distributed import Client, LocalCluster, as_completed

    settings = settings or Settings()
    shards = shard_inputs(inputs, exclude=out_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    cluster = None
    results: list[ShardResult] = []
    todo = []
    for s in shards:
        if (out / "_done" / f"{shard_key(s)}.json").exists():
            r = ShardResult(shard_key(s), str(s), 0, 0, skipped=True)
            results.append(r)
            if progress:
                progress(r)
        else:
            todo.append(s)
    if todo:
        quiet = {"logging": {"distributed": "warning", "distributed.nanny": "warning",
                             "distributed.scheduler": "warning", "distributed.worker": "warning"}}
        with dask.config.set(quiet):
            if scheduler:
                client = Client(scheduler)
            else:
                cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                       dashboard_address=None)
                client = Client(cluster)
        try:
            futures = [client.submit(process_shard, str(s), str(out), settings, pure=False) for s in todo]
            for fut in as_completed(futures):
                r = fut.result()
                results.append(r)
                if progress:
                    progress(r)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    failures = tuple(f for r in results for f in r.failures)
    return BatchReport(
        shards=len(shards), shards_skipped=sum(1 for r in results if r.skipped),
        articles=sum(r.articles for r in results), failed=sum(r.failed for r in results),
        seconds=time.perf_counter() - start, failures=failures,
    )


@dataclass(frozen=True)
class LoadReport(Record):
    shards: int
    shards_skipped: int
    articles_new: int


def load_shards(out_dir: str | os.PathLike[str], store: Store,
                progress: Callable[[str], None] | None = None) -> LoadReport:
    """Load finished Parquet shards into a store (SQLite or PostgreSQL), one transaction per
    shard. Loading the same shards again changes nothing: every row has a stable key and
    existing rows are kept; two processes loading overlapping shards at once store each row once."""
    import pyarrow.parquet as pq

    out = Path(out_dir)
    done_dir = out / "_done"
    if not done_dir.is_dir():
        raise NewsledgerError(f"{out} holds no finished batch shards (no _done folder)")
    keys = sorted(p.name[:-5] for p in done_dir.glob("*.json"))
    loaded = {r[0] for r in store.conn.execute("SELECT shard FROM loaded_shards")}
    new_articles = skipped = 0
    for key in keys:
        if key in loaded:
            skipped += 1
            if progress:
                progress(key)
            continue
        tables = {t: pq.read_table(out / t / f"{key}.parquet").to_pylist() for t in SHARD_TABLES
                  if (out / t / f"{key}.parquet").exists()}
        for attempt in range(1, 5):
            try:
                new_articles += _load_one(store, key, tables, now())
                break
            except db.ERRORS as exc:
                if attempt < 4 and db.is_retryable(exc):
                    log.info("shard %s: %s; trying again", key, exc)
                    continue
                raise StoreError(f"cannot load shard {key} into {store.name}: {db.explain(exc)}") from exc
        if progress:
            progress(key)
    return LoadReport(shards=len(keys), shards_skipped=skipped, articles_new=new_articles)


def _load_one(store: Store, key: str, tables: dict[str, list[dict[str, object]]],
              loaded_at: str) -> int:
    """One shard's rows in one transaction; returns the number of new articles."""
    with store.conn:
        if store.conn.execute("INSERT INTO loaded_shards(shard, loaded_at) VALUES (?, ?)"
                              " ON CONFLICT DO NOTHING", (key, loaded_at)).rowcount == 0:
            return 0  # another process loaded it since we looked
        new = store.insert_rows("articles", tables.get("articles", []))
        for t in SHARD_TABLES[1:-1]:
            store.insert_rows(t, tables.get(t, []))
        failures = sorted(tables.get("failures", []), key=lambda r: str(r["source"]))
        for row in failures:
            store.conn.execute(
                "INSERT INTO failures(source, reason, article_id, failed_at) VALUES (?,?,?,?)"
                " ON CONFLICT(source) DO UPDATE SET reason=excluded.reason, failed_at=excluded.failed_at",
                (row["source"], row["reason"], row["article_id"], row["failed_at"]))
    return new
