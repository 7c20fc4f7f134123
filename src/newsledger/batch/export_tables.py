"""Export a store: every analysis as JSON Lines, or every record table as CSV or Parquet."""

from __future__ import annotations

import csv
import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import NewsledgerError
from ..records import Record
from ..storage.arrow import storage_schema
from ..storage.rows import RECORD_TABLES
from ..storage.store import Store

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
            # the column types of the table, not guessed: an empty table has the same ones
            pq.write_table(pa.table(data, schema=storage_schema(table)), path)
        files.append(str(path))
    return ExportReport(fmt, str(out), tuple(files), total)
