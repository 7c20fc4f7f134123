"""The store's tables as files: every record table and every ledger table as CSV, or as Parquet
with explicit Arrow schemas (``storage.arrow``: dates, timestamps, booleans and lists typed, the
same types in an empty table, each field described from the data dictionary's descriptions)."""

from __future__ import annotations

import csv
import logging
import os
from pathlib import Path
from typing import Any

from ..batch import ExportReport
from ..batch import export as export_records
from ..errors import NewsledgerError
from ..ledger import LEDGER_TABLES, LedgerConfig, LedgerError, ensure_ledger, ledger_status
from ..resources import Resources
from ..storage.arrow import export_schema, typed_columns
from ..storage.rows import RECORD_TABLES
from ..storage.store import Store
from .datasette import column_descriptions

log = logging.getLogger("newsledger.exports")


def ledger_ready(store: Store, config: LedgerConfig | None = None) -> bool:
    """Build or refresh the ledger when the store can be written; True when its tables can be
    exported (a read-only store whose ledger was never built has none: logged)."""
    if not store.readonly:
        try:
            ensure_ledger(store, config)
        except LedgerError as exc:
            log.warning("the ledger of %s cannot be rebuilt (%s); exporting it as it is", store.name, exc)
    if ledger_status(store).built:
        return True
    log.warning("the ledger of %s has not been built and the database is read-only: the ledger tables"
                " are left out (run newsledger ledger build where it can be written)", store.name)
    return False


def write_parquet_table(store: Store, table: str, path: Path, resources: Resources | None = None) -> int:
    """One table as Parquet with its explicit schema; returns the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    cur = store.conn.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, tuple(r), strict=True)) for r in cur.fetchall()]
    schema = export_schema(table, column_descriptions(table, resources))
    tmp = path.with_name(path.name + ".part")
    pq.write_table(pa.table(typed_columns(table, rows), schema=schema), tmp)
    tmp.replace(path)
    return len(rows)


def _write_csv_table(store: Store, table: str, path: Path) -> int:
    cur = store.conn.execute(f"SELECT * FROM {table}")
    columns = [d[0] for d in cur.description]
    rows = [tuple(r) for r in cur.fetchall()]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        w.writerows(rows)
    return len(rows)


def export_ledger_tables(store: Store, fmt: str, out: str | os.PathLike[str],
                         resources: Resources | None = None) -> ExportReport:
    """Every ledger table as ``<table>.csv`` or ``<table>.parquet`` in the directory ``out``."""
    if fmt not in ("csv", "parquet"):
        raise NewsledgerError("ledger tables export as csv or parquet")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    total = 0
    for table in LEDGER_TABLES:
        path = folder / f"{table}.{fmt}"
        total += (_write_csv_table(store, table, path) if fmt == "csv"
                  else write_parquet_table(store, table, path, resources))
        files.append(str(path))
    return ExportReport(fmt, str(folder), tuple(files), total)


def export_tables(store: Store, fmt: str, out: str | os.PathLike[str], config: LedgerConfig | None = None,
                  resources: Resources | None = None) -> ExportReport:
    """Every record table, and every ledger table (built first when the store can be written), as
    CSV or typed Parquet files in the directory ``out``."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise NewsledgerError(f"{folder} is a file; give a directory for the {fmt} export")
    with_ledger = ledger_ready(store, config)
    if fmt == "csv":
        report = export_records(store, fmt, folder)
    else:
        folder.mkdir(parents=True, exist_ok=True)
        files: list[str] = []
        total = 0
        for table in RECORD_TABLES:
            path = folder / f"{table}.parquet"
            total += write_parquet_table(store, table, path, resources)
            files.append(str(path))
        report = ExportReport(fmt, str(folder), tuple(files), total)
    if not with_ledger:
        return report
    extra = export_ledger_tables(store, fmt, folder, resources)
    return ExportReport(fmt, report.path, report.files + extra.files, report.rows + extra.rows)


def open_for_export(db: str, fmt: str) -> Any:
    """Open ``db`` as ``fmt`` needs it: writable for the formats built from the ledger (built
    first) and for csv, parquet and datasette (the ledger, the search index), read-only when it
    cannot be written; read-only for jsonl."""
    from ..ledger import open_ledger

    if fmt in ("gdelt", "plover", "polecat"):
        return open_ledger(db)
    if fmt == "jsonl":
        return Store(db, readonly=True)
    Store(db, readonly=True).close()  # a database that exists (not found: an error, not a new file)
    try:
        return Store(db)
    except NewsledgerError:
        if fmt == "datasette":
            raise
        return Store(db, readonly=True)
