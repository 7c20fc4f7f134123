"""Exports in the field's formats: GDELT 2.0 event and mention tables, PLOVER JSON records, and
the ledger tables next to the record tables (CSV, Parquet).

* ``gdelt``: a directory with ``<stamp>.export.CSV`` (one row per ledger event, the 61 columns
  of the GDELT 2.0 event table) and ``<stamp>.mentions.CSV`` (one row per mention, the 16
  columns of the GDELT 2.0 mentions table), named, like GDELT's own files, by the newest
  DATEADDED of the export; tab-separated, without a header line (as GDELT's files: read them
  with GDELT's column list). Which columns are filled and which are left empty, and how each is
  computed, is listed in ``data/ledger/gdelt_events_columns.csv`` and
  ``gdelt_mentions_columns.csv`` (tone, ethnic and religious codes and the actors' geocodes
  are left empty: newsledger does not compute them; the action's place is geocoded from the
  offline gazetteer, ``newsledger.geo``). Tabs and line breaks inside values become spaces.
* ``plover``: JSON Lines, one PLOVER record per ledger event, with the field names of the
  PLOVER manual (``data/ledger/plover_fields.yaml``: ``actor`` and ``recipient``, entity objects
  with ``code``, ``sector``, ``entity_text`` ...) and its vocabularies
  (``data/exports/plover.yaml``: the modes of the record's own type, the contexts of Table 2.1,
  the country or Table 5.1 entity codes, PLOVER sectors, the PLOVER score as ``event_scale``),
  plus the named extras ``mentions``, ``num_mentions``, ``num_sources`` and ``num_articles``.
  ``.gz`` compresses. ``plover_problems`` checks a record against both.
* ``polecat``: a POLECAT-style flat table, one row per ledger event flattened from its PLOVER
  record (``data/exports/polecat_columns.csv``); CSV, or typed Parquet for a ``.parquet`` name.

* ``datasette``: not the data but Datasette's ``metadata.json`` for the database (titles and
  descriptions of every table and column, facets, hidden internal tables, the articles' search),
  for ``datasette news.db -m metadata.json`` (``exports.datasette``).

The PLOVER, POLECAT-style and GDELT formats require a date: ledger events with neither an event date nor a publication date
(an article whose date could not be read) are left out, and their number is logged.
* ``jsonl``: as ``batch.export``. ``csv``, ``parquet``: every record table and every ledger
  table (the ledger built or refreshed first when the store can be written; a read-only store
  whose ledger was never built exports without it, and says so), one file each; Parquet with
  explicit Arrow schemas (``exports.tables``, ``storage.arrow``): dates, timestamps, booleans and
  lists typed, the same types in an empty table, each field described.

The specifications (GDELT columns, the PLOVER layout, CAMEO/PLOVER codes) are data files under
``data/ledger/``, read through ``newsledger.resources`` (``exports.spec``).
"""

from __future__ import annotations

import logging
import os

from ..batch import EXPORT_FORMATS as RECORD_FORMATS
from ..batch import ExportReport
from ..batch import export as export_records
from ..errors import NewsledgerError
from ..ledger import LedgerConfig, LedgerError, ensure_ledger, ledger_status
from ..resources import Resources
from ..storage.store import Store
from .common import global_event_id
from .datasette import datasette_metadata, undescribed, write_datasette_metadata
from .gdelt import (
    GDELT_EVENTS_FILE,
    GDELT_MENTIONS_FILE,
    export_gdelt,
    gdelt_event_row,
    gdelt_mention_row,
)
from .plover import CODEBOOK, CODER, export_plover, plover_problems, plover_record
from .polecat import export_polecat, polecat_row
from .spec import ColumnSpec, ExportSpec, PloverSpec, load_spec
from .tables import export_ledger_tables, export_tables, open_for_export, write_parquet_table
from .vocabulary import Vocabulary, load_vocabulary

log = logging.getLogger(__name__)

EXPORT_FORMATS = (*RECORD_FORMATS, "gdelt", "plover", "polecat", "datasette")


def export_spec(resources: Resources | None = None) -> ExportSpec:
    """The export specifications, read from the packaged data files (and the user's)."""
    return load_spec(resources or Resources())


def export(store: Store, fmt: str, out: str | os.PathLike[str],
           config: LedgerConfig | None = None, resources: Resources | None = None) -> ExportReport:
    """Write the store out in ``fmt``: jsonl, csv, parquet (record and ledger tables), gdelt,
    plover or polecat (built from the ledger, which is built or refreshed first when the store is
    writable), or datasette (the Datasette metadata of a SQLite database)."""
    if fmt not in EXPORT_FORMATS:
        raise NewsledgerError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "datasette":
        if store.dialect != "sqlite":
            raise NewsledgerError("Datasette reads SQLite databases; give a SQLite file for --db")
        return write_datasette_metadata(store.path, out, resources)
    if fmt == "jsonl":
        return export_records(store, fmt, out)
    if fmt in RECORD_FORMATS:
        return export_tables(store, fmt, out, config, resources)
    try:
        ensure_ledger(store, config)
    except LedgerError:
        if not ledger_status(store).built:
            raise
        log.warning("the ledger of %s is out of date and cannot be rebuilt here; exporting it as it is",
                    store.name)
    spec = load_spec(resources or Resources())
    if fmt == "gdelt":
        return export_gdelt(store, out, spec)
    return export_plover(store, out, spec) if fmt == "plover" else export_polecat(store, out, spec)


__all__ = [
    "CODEBOOK",
    "CODER",
    "EXPORT_FORMATS",
    "GDELT_EVENTS_FILE",
    "GDELT_MENTIONS_FILE",
    "ColumnSpec",
    "ExportSpec",
    "PloverSpec",
    "Vocabulary",
    "datasette_metadata",
    "export",
    "export_gdelt",
    "export_ledger_tables",
    "export_plover",
    "export_polecat",
    "export_spec",
    "gdelt_event_row",
    "gdelt_mention_row",
    "global_event_id",
    "load_spec",
    "load_vocabulary",
    "open_for_export",
    "plover_problems",
    "plover_record",
    "polecat_row",
    "undescribed",
    "write_datasette_metadata",
    "write_parquet_table",
]
