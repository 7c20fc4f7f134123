"""Datasette metadata for a newsledger database (``datasette news.db -m metadata.json``): titles
and descriptions of every table, view and column of the schema (the data dictionary,
``storage.catalog``, described by ``data/exports/datasette.yaml``), facets, the internal tables
hidden, and the full-text search of the articles."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..batch import ExportReport
from ..errors import NewsledgerError
from ..resources import MapOf, Required, Resources
from ..storage.catalog import catalog

METADATA_FILE = "exports/datasette.yaml"
FTS_TABLE, FTS_SOURCE = "articles_fts", "articles"

METADATA_SCHEMA = Required(
    {"title": str, "description": str, "source": str, "source_url": str, "hidden": [str],
     "tables": MapOf({"title": str, "description": str, "facets": [str], "sort_desc": str,
                      "label_column": str}),
     "columns": MapOf(str), "table_columns": MapOf(MapOf(str))},
    frozenset({"title", "description", "tables", "columns"}),
)


def schema_columns() -> dict[str, list[str]]:
    """Every table and view of the schema with its columns, in the data dictionary's order."""
    out: dict[str, list[str]] = {}
    for entry in catalog():
        if not entry.redeclared:
            out.setdefault(entry.name, []).extend(c[0] for c in entry.columns)
    return out


def undescribed(resources: Resources | None = None) -> list[str]:
    """Tables and columns of the schema the metadata file does not describe (``table.column``)."""
    d = (resources or Resources()).yaml(METADATA_FILE, METADATA_SCHEMA)
    missing: list[str] = []
    for table, columns in schema_columns().items():
        if table not in d["tables"]:
            missing.append(table)
        own = d.get("table_columns", {}).get(table, {})
        missing += [f"{table}.{c}" for c in columns if c not in own and c not in d["columns"]]
    return missing


def column_descriptions(table: str, resources: Resources | None = None) -> dict[str, str]:
    """The description of each column of ``table`` (for Parquet field metadata)."""
    d = (resources or Resources()).yaml(METADATA_FILE, METADATA_SCHEMA)
    own = d.get("table_columns", {}).get(table, {})
    return {c: own.get(c) or d["columns"].get(c, "") for c in schema_columns().get(table, [])}


def _table(name: str, columns: list[str], d: dict[str, Any]) -> dict[str, Any]:
    info = d["tables"].get(name, {})
    own = d.get("table_columns", {}).get(name, {})
    out: dict[str, Any] = {"title": info.get("title", name)}
    if info.get("description"):
        out["description"] = info["description"]
    out["columns"] = {c: own.get(c) or d["columns"].get(c, c) for c in columns}
    if info.get("facets"):
        out["facets"] = list(info["facets"])
    for key in ("sort_desc", "label_column"):
        if info.get(key):
            out[key] = info[key]
    if name in d.get("hidden", []) or name == FTS_TABLE:
        out["hidden"] = True
    if name == FTS_SOURCE:
        out["fts_table"] = FTS_TABLE
        out["fts_pk"] = "rowid"
    return out


def datasette_metadata(database: str, resources: Resources | None = None) -> dict[str, Any]:
    """Datasette's metadata for a database served under the name ``database`` (the file name
    without ``.db``)."""
    d = (resources or Resources()).yaml(METADATA_FILE, METADATA_SCHEMA)
    tables = {name: _table(name, cols, d) for name, cols in schema_columns().items()}
    meta: dict[str, Any] = {"title": d["title"], "description": d["description"]}
    for key in ("source", "source_url"):
        if d.get(key):
            meta[key] = d[key]
    meta["databases"] = {database: {"title": d["title"], "description": d["description"], "tables": tables}}
    return meta


def write_datasette_metadata(db_path: str | os.PathLike[str], out: str | os.PathLike[str],
                             resources: Resources | None = None) -> ExportReport:
    """Write the Datasette metadata of the database ``db_path`` (its name is the file name
    without its extension, as Datasette names it) to ``out``."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise NewsledgerError(f"{out} is a directory; give a file name for the datasette metadata")
    meta = datasette_metadata(Path(db_path).stem, resources)
    out.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return ExportReport("datasette", str(out), (str(out),), len(meta["databases"][Path(db_path).stem]["tables"]))


if __name__ == "__main__":  # the shipped docs/datasette/metadata.json, for newsledger.db
    import sys

    sys.stdout.write(json.dumps(datasette_metadata("newsledger"), indent=2, ensure_ascii=False) + "\n")
