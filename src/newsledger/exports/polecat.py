"""A POLECAT-style flat table: one row per ledger event, flattened from its PLOVER record (CSV,
or Parquet with typed columns when the file name ends in ``.parquet``).

The columns, their types and what fills them are listed in ``data/exports/polecat_columns.csv``;
several values in one cell (modes, contexts, entities) are joined by ``;``, as POLECAT does."""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path
from typing import Any

from ..batch import ExportReport
from ..errors import NewsledgerError
from ..storage.store import Store
from .common import dated_events, load_actors
from .plover import plover_record
from .spec import ExportSpec

JOIN = ";"


def _entities(rec: dict[str, Any], role: str, label: str) -> dict[str, Any]:
    objs = rec.get(role, [])
    sectors = [s[i:i + 3] for o in objs for s in [o.get("sector", "")] for i in range(0, len(s), 3)]
    first = objs[0].get("sector", "")[:3] if objs else ""
    return {f"{label} Name": JOIN.join(o.get("identifier_text", "") for o in objs),
            f"{label} Country": JOIN.join(o.get("code", "") for o in objs),
            f"Primary {label} Sector": first,
            f"{label} Sectors": JOIN.join(dict.fromkeys(sectors)),
            f"{label} Name Raw": JOIN.join(o.get("entity_text", "") for o in objs),
            f"{label} ID": JOIN.join(o.get("identifier_id", "") for o in objs)}


def polecat_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER record as a row of the flat table (column name -> typed value or None)."""
    loc = rec.get("event_loc", {})
    cite = rec.get("cite_info", {})
    mentions = rec.get("mentions", [])
    row: dict[str, Any] = {
        "Event ID": rec["id"], "Event Date": rec["date"], "End Date": rec.get("enddate"),
        "Event Type": JOIN.join(rec["event"]), "Event Mode": JOIN.join(rec.get("mode", [])),
        "Event Text": JOIN.join(rec.get("event_text", [])), "Quad Code": rec.get("quad_code"),
        "PLOVER Score": rec.get("event_scale"), "Contexts": JOIN.join(rec.get("context", [])),
        **_entities(rec, "actor", "Actor"), **_entities(rec, "recipient", "Recipient"),
        "Placename": loc.get("extracted_place"), "Country": loc.get("country"),
        "Country Code": loc.get("country_code"), "Source": cite.get("publication"),
        "Headline": cite.get("title"), "URL": cite.get("url"),
        "Publication Date": (mentions[0].get("published") or "")[:10] or None if mentions else None,
        "Text": rec.get("text"), "Num Mentions": rec.get("num_mentions"),
        "Num Sources": rec.get("num_sources"), "Num Articles": rec.get("num_articles"),
        "Version": rec.get("coder")}
    return {k: (None if v == "" else v) for k, v in row.items()}


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    return {"string": pa.string(), "date": pa.date32(), "int": pa.int64(), "float": pa.float64()}[kind]


def _write_parquet(path: Path, rows: list[dict[str, Any]], spec: ExportSpec) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = [pa.field(c.name, _arrow_type(c.type), metadata={"description": c.note}) for c in spec.polecat]
    data: dict[str, list[Any]] = {}
    for c in spec.polecat:
        values = [r[c.name] for r in rows]
        if c.type == "date":
            values = [None if v is None else date.fromisoformat(v) for v in values]
        data[c.name] = values
    schema = pa.schema(fields, metadata={"format": "newsledger POLECAT-style event table"})
    pq.write_table(pa.table(data, schema=schema), path)


def export_polecat(store: Store, out: str | os.PathLike[str], spec: ExportSpec) -> ExportReport:
    """Write the flat event table to ``out``: Parquet when it ends in ``.parquet``, else CSV."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise NewsledgerError(f"{out} is a directory; give a file name for the polecat export")
    actors = load_actors(store)
    rows = [polecat_row(plover_record(e, actors, spec)) for e in dated_events(store, "polecat")]
    tmp = out.with_name(out.name + ".part")
    if out.suffix == ".parquet":
        _write_parquet(tmp, rows, spec)
    else:
        columns = [c.name for c in spec.polecat]
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=columns)
            w.writeheader()
            w.writerows(rows)
    tmp.replace(out)
    return ExportReport("polecat", str(out), (str(out),), len(rows))
