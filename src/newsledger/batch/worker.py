"""What a Dask worker keeps between shards: one loaded pipeline, reused by every shard it
analyses (loading the model and the stages' data takes seconds).

The pipeline lives in a worker plugin, which ``run_batch`` registers on every worker of its
cluster; this module imports ``distributed`` and is imported only where that is loaded.
"""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin, get_worker

from ..config import Settings
from ..pipeline import Pipeline


class PipelinePlugin(WorkerPlugin):
    """Holds one pipeline per worker, loaded on first use."""

    name = "newsledger-pipeline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None

    def setup(self, worker: Any) -> None:
        self.pipeline = None

    def get(self, settings: Settings) -> Pipeline:
        if self.pipeline is None or self.pipeline.settings != settings:
            self.pipeline = Pipeline(settings)
        return self.pipeline


def worker_pipeline(settings: Settings) -> Pipeline:
    """The pipeline of the Dask worker running this (a new one outside a worker, or on a worker
    without the plugin)."""
    try:
        worker = get_worker()
    except ValueError:
        return Pipeline(settings)
    plugin = worker.plugins.get(PipelinePlugin.name)
    if not isinstance(plugin, PipelinePlugin):
        return Pipeline(settings)
    return plugin.get(settings)
