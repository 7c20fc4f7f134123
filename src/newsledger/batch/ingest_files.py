"""Ingest: read files and directories, analyse what is not stored yet, store the analyses a batch
at a time (``Settings.batch_size`` articles per transaction: a killed ingest keeps every batch it
committed, and a re-run analyses and stores the rest), and record every failure with its reason
while the batch goes on."""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..config import Settings, load_settings
from ..ingest import read_paths
from ..records import Analysis, Article, Failure, Record
from ..storage.store import Store

if TYPE_CHECKING:
    from ..pipeline import Pipeline

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

    pending: list[Analysis] = []
    size = max(1, (settings or load_settings()).batch_size)  # articles per transaction

    def flush() -> None:
        for an, written in zip(pending, store.add_many(pending), strict=True):
            counts["stored" if written.stored else "skipped"] += 1
            if progress:
                progress("stored" if written.stored else "skipped", an)
        pending.clear()

    for result in _analyse(to_analyse(), pipeline, settings, n_process):
        if isinstance(result, Failure):
            flush()  # in the order they came: a failure recorded after the analyses before it
            counts["failed"] += 1
            failures.append(result)
            store.add_failure(result)
            log.warning("failed: %s: %s", result.source, result.reason)
            if progress:
                progress("failed", result)
            continue
        pending.append(result)
        if len(pending) >= size:
            flush()
    flush()
    return IngestReport(failures=tuple(failures), **counts)


def _analyse(items: Iterator[Article | Failure], nl: Pipeline | None, settings: Settings | None,
             n_process: int | None) -> Iterator[Analysis | Failure]:
    """Analyse the stream, loading the pipeline only once there is an article to analyse (and
    not at all in this process when worker processes analyse it)."""
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        n = n_process or (nl.settings if nl else settings or load_settings()).n_process
        if nl is None and n > 1:
            from ..pipeline import analyze_parallel

            yield from analyze_parallel(itertools.chain([item], items), settings or load_settings(), n)
            return
        if nl is None:
            from ..pipeline import Pipeline  # spaCy is imported only when there is text to analyse

            nl = Pipeline(settings)
        yield from nl.analyze_many(itertools.chain([item], items), n_process=n_process)
        return
