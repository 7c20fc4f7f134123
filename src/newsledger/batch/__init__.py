"""Batch work: ingest many inputs into a store, export a store, and analyse shards on a Dask
cluster.

``ingest`` (``ingest_files``) reads files and directories, skips articles already stored (so an
interrupted run can simply be started again), analyses the rest, writes each article in its own
transaction, and records every failure with its reason while the batch goes on. ``export``
(``export_tables``) writes the record tables out. ``run_batch`` (``cluster``) analyses JSON
Lines or Parquet shards on a Dask cluster into Parquet shards (``shards``), which
``load_shards`` loads into a store.
"""

from __future__ import annotations

from .cluster import BatchReport, run_batch
from .export_tables import EXPORT_FORMATS, ExportReport, export
from .ingest_files import IngestReport, ProgressFn, ingest
from .shards import (
    DEFAULT_SPLIT_BYTES,
    SHARD_EXTS,
    SHARD_TABLES,
    LoadReport,
    ShardResult,
    ShardTask,
    load_shards,
    plan_tasks,
    process_shard,
    shard_inputs,
    shard_key,
)

__all__ = ["DEFAULT_SPLIT_BYTES", "EXPORT_FORMATS", "SHARD_EXTS", "SHARD_TABLES", "BatchReport", "ExportReport",
           "IngestReport", "LoadReport", "ProgressFn", "ShardResult", "ShardTask", "export", "ingest",
           "load_shards", "plan_tasks", "process_shard", "run_batch", "shard_inputs", "shard_key"]
