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
from .errors import NewsledgerError
from .ingest import read_paths
from .pipeline import Pipeline
from .records import Analysis, Article, Failure, Record
from .store import RECORD_TABLES, Store

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
        columns = [d[0] for d in store.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
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
