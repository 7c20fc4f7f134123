"""Distributed batch: analyse JSON Lines or Parquet shards on a Dask cluster (``shards``)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..records import Failure, Record
from .shards import ShardResult, process_shard, shard_inputs, shard_key

_QUIET = {"logging": {"distributed": "warning", "distributed.nanny": "warning",
                      "distributed.scheduler": "warning", "distributed.worker": "warning"}}


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
    from distributed import as_completed

    from .worker import PipelinePlugin

    settings = settings or Settings()
    shards = shard_inputs(inputs, exclude=out_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
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
        client, cluster = _connect(scheduler, n_workers)
        try:
            client.register_plugin(PipelinePlugin(settings))
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


def _connect(scheduler: str | None, n_workers: int) -> tuple[Any, Any]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster (returned too, to
    be closed after the client)."""
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(_QUIET):
        if scheduler:
            return Client(scheduler), None
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
