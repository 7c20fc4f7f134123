"""Distributed batch: analyse JSON Lines or Parquet shards on a Dask cluster (``shards``)."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..records import Failure, Record
from .shards import DEFAULT_SPLIT_BYTES, ShardResult, plan_tasks, process_shard, shard_inputs

log = logging.getLogger(__name__)

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
    tasks: int = 0  # shards plus the extra parts of large files split into byte ranges
    dashboard: str | None = None  # the Dask dashboard's address while the batch ran

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
    split_bytes: int | None = DEFAULT_SPLIT_BYTES,
    dashboard: bool = False,
    on_start: Callable[[str | None], None] | None = None,
) -> BatchReport:
    """Analyse JSON Lines or Parquet shards on a Dask cluster and write Parquet shards.

    ``scheduler`` is the address of a running Dask scheduler (``tcp://host:8786``); without
    it a local cluster of ``n_workers`` single-threaded worker processes is started (with its
    dashboard on a free port when ``dashboard`` is set and bokeh is installed). Inputs and the
    output directory are made absolute before they are sent to the workers. Uncompressed JSON
    Lines files over ``split_bytes`` are read as several tasks. ``on_start`` is called with
    the dashboard's address (or None) once the cluster is up; ``progress`` after each task.
    """
    from distributed import as_completed

    from .worker import PipelinePlugin

    settings = settings or Settings()
    shards = shard_inputs(inputs, exclude=out_dir)
    tasks = plan_tasks(shards, split_bytes)
    out = Path(os.path.abspath(out_dir))
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    results: list[ShardResult] = []
    todo = []
    for t in tasks:
        if (out / "_done" / f"{t.key}.json").exists():
            r = ShardResult(t.key, t.path, 0, 0, skipped=True)
            results.append(r)
            if progress:
                progress(r)
        else:
            todo.append(t)
    link = None
    if todo:
        client, cluster = _connect(scheduler, n_workers, dashboard)
        link = _dashboard_link(client)
        if on_start:
            on_start(link)
        try:
            client.register_plugin(PipelinePlugin(settings))
            futures = [client.submit(process_shard, t, str(out), settings, pure=False) for t in todo]
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
        seconds=time.perf_counter() - start, failures=failures, tasks=len(tasks), dashboard=link,
    )


def _dashboard_link(client: Any) -> str | None:
    """The dashboard's address, when the scheduler serves one."""
    try:
        link = client.dashboard_link
    except Exception:  # distributed raises when the scheduler has no dashboard service
        return None
    return str(link) if link else None


def _connect(scheduler: str | None, n_workers: int, dashboard: bool = False) -> tuple[Any, Any]:
    """A client of the scheduler at ``scheduler``, or of a new local cluster (returned too, to
    be closed after the client), with a dashboard on a free port when asked and possible."""
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(_QUIET):
        if scheduler:
            return Client(scheduler), None
        address = None
        if dashboard:
            try:
                import bokeh  # noqa: F401  (the dashboard needs it)

                address = "127.0.0.1:0"
            except ImportError:
                log.warning("no Dask dashboard: install bokeh (pip install 'newsledger[batch]')")
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=address)
        return Client(cluster), cluster
