"""Ingest: read files and directories, analyse what is not stored yet, store each article in its
own transaction, and record every failure with its reason while the batch goes on."""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..config import Settings
from ..ingest import read_paths
from ..pipeline import Pipeline
from ..records import Analysis, Article, Failure, Record
from ..storage.store import Store

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
