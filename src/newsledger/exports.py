"""Exports in the field's formats: GDELT 2.0 event and mention tables, PLOVER JSON records, and
the ledger tables next to the record tables (CSV, Parquet).

* ``gdelt``: a directory with ``gdelt_events.tsv`` (one row per ledger event, the 61 columns of
  the GDELT 2.0 event table) and ``gdelt_mentions.tsv`` (one row per mention, the 16 columns of
  the GDELT 2.0 mentions table), tab-separated, with a header line (GDELT's own files have none).
  Which columns are filled and which are left empty, and how each is computed, is listed in
  ``data/ledger/gdelt_events_columns.csv`` and ``gdelt_mentions_columns.csv`` (geography, tone,
  ethnic and religious codes are left empty: newsledger does not compute them).
  Tabs and line breaks inside values are replaced by spaces.
* ``plover``: JSON Lines, one PLOVER record per ledger event, with the field names of the
  PLOVER specification (``data/ledger/plover_fields.yaml``; the target actor is PLOVER's
  ``recipient``) plus the named extras ``mentions``, ``num_mentions``, ``num_sources`` and
  ``num_articles``. ``.gz`` compresses.

Both formats require a date: ledger events with neither an event date nor a publication date
(an article whose date could not be read) are left out, and their number is logged.
* ``jsonl``, ``csv``, ``parquet``: as ``batch.export``; ``csv`` and ``parquet`` also write
  every ledger table (when the ledger has been built) as one file each.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

from . import __version__
from .batch import EXPORT_FORMATS as RECORD_FORMATS
from .batch import ExportReport
from .batch import export as export_records
from .errors import NewsledgerError
from .ledger import (
    LEDGER_TABLES,
    LedgerConfig,
    LedgerError,
    LedgerEvent,
    LedgerMention,
    ensure_ledger,
    iter_ledger_events,
    ledger_status,
)
from .records import Actor, Record
from .storage.store import Store

log = logging.getLogger(__name__)

EXPORT_FORMATS = (*RECORD_FORMATS, "gdelt", "plover")
GDELT_EVENTS_FILE = "gdelt_events.tsv"
GDELT_MENTIONS_FILE = "gdelt_mentions.tsv"
CODER = f"newsledger {__version__}"
CODEBOOK = "PLOVER 2021"


@dataclass(frozen=True)
class ColumnSpec(Record):
    """One column of an export format, as specified, and what newsledger puts in it."""

    name: str
    type: str
    note: str

    @property
    def filled(self) -> bool:
        return self.note.startswith("filled")


@dataclass(frozen=True)
class PloverSpec(Record):
    """The PLOVER JSON record layout (field names of the specification)."""

    required: tuple[str, ...]
    optional: tuple[str, ...]
    extension: tuple[str, ...]
    actor_fields: tuple[str, ...]
    text_info_fields: tuple[str, ...]
    cite_info_fields: tuple[str, ...]
    location_fields: tuple[str, ...]
    quad_codes: tuple[int, ...]

    @property
    def record_fields(self) -> tuple[str, ...]:
        return self.required + self.optional + self.extension


def _data_text(name: str) -> str:
    return resources.files("newsledger").joinpath("data", "ledger", name).read_text(encoding="utf-8")


@lru_cache(maxsize=2)
def _columns(name: str) -> tuple[ColumnSpec, ...]:
    return tuple(ColumnSpec(name=r["column"], type=r["type"], note=r["newsledger"])
                 for r in csv.DictReader(io.StringIO(_data_text(name))))


def gdelt_event_columns() -> tuple[ColumnSpec, ...]:
    """The 61 columns of the GDELT 2.0 event table, in order."""
    return _columns("gdelt_events_columns.csv")


def gdelt_mention_columns() -> tuple[ColumnSpec, ...]:
    """The 16 columns of the GDELT 2.0 mentions table, in order."""
    return _columns("gdelt_mentions_columns.csv")


@lru_cache(maxsize=1)
def plover_spec() -> PloverSpec:
    d = yaml.safe_load(_data_text("plover_fields.yaml"))
    return PloverSpec(
        required=tuple(d["record_fields"]["required"]), optional=tuple(d["record_fields"]["optional"]),
        extension=tuple(d["extension_fields"]), actor_fields=tuple(d["actor_fields"]),
        text_info_fields=tuple(d["text_info_fields"]), cite_info_fields=tuple(d["cite_info_fields"]),
        location_fields=tuple(d["location_fields"]), quad_codes=tuple(d["quad_codes"]))


@dataclass(frozen=True)
class _Codes:
    plover_root: dict[str, str]
    roots: dict[str, tuple[float, int]]
    plover_quad: dict[str, int]


@lru_cache(maxsize=1)
def _codes() -> _Codes:
    d = yaml.safe_load(_data_text("codes.yaml"))
    return _Codes(plover_root={k: str(v) for k, v in d["plover_to_cameo_root"].items()},
                  roots={str(k): (float(v["goldstein"]), int(v["quad"])) for k, v in d["cameo_roots"].items()},
                  plover_quad={k: int(v) for k, v in d["plover_quad"].items()})


# -- helpers -------------------------------------------------------------------------------------


def _stamp(value: str | None) -> str:
    """An ISO date or datetime as GDELT's YYYYMMDDHHMMSS (UTC); 000000 when only a date is known."""
    if not value:
        return ""
    try:
        if len(value) <= 10:
            return date.fromisoformat(value[:10]).strftime("%Y%m%d") + "000000"
        dt = datetime.fromisoformat(value)
    except ValueError:
        try:
            return date.fromisoformat(value[:10]).strftime("%Y%m%d") + "000000"
        except ValueError:
            return ""
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.strftime("%Y%m%d%H%M%S")


def global_event_id(ledger_event_id: str) -> int:
    """GDELT's integer GlobalEventID: the ledger event id's 12 hex digits read as a number."""
    return int(ledger_event_id.rsplit("_", 1)[-1], 16)


def _clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _actor_code(a: Actor) -> str:
    return (a.country or "") + "".join(a.sectors)


def _actors(store: Store) -> dict[str, Actor]:
    return {r["id"]: Actor(id=r["id"], name=r["name"], type=r["type"], country=r["country"],
                           sectors=tuple(json.loads(r["sectors"])), members=tuple(json.loads(r["members"])),
                           source=r["source"])
            for r in store.conn.execute("SELECT * FROM actors")}


def _event_code(e: LedgerEvent) -> str:
    return e.cameo or _codes().plover_root.get(e.plover, "")


def _host(url: str | None) -> str:
    return urlparse(url).netloc if url else ""


def _lead_sentences(store: Store, article_ids: Sequence[str]) -> tuple[set[tuple[str, int]], set[str]]:
    """(article id, sentence) pairs in each article's first paragraph, and the articles that
    have sentence rows at all."""
    lead: set[tuple[str, int]] = set()
    known: set[str] = set()
    ids = sorted(set(article_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for aid, idx, par in store.conn.execute(
                f"SELECT article_id, idx, paragraph FROM sentences WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk):
            known.add(aid)
            if par == 0:
                lead.add((aid, idx))
    return lead, known


def _doc_lengths(store: Store, article_ids: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    ids = sorted(set(article_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update({r[0]: r[1] for r in store.conn.execute(
            f"SELECT id, length(text) FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def _dated(store: Store, fmt: str) -> Iterator[LedgerEvent]:
    """Ledger events with a date (both formats require one); the others are counted and logged."""
    skipped = 0
    for e in iter_ledger_events(store):
        if e.date_start or (e.first_published or "")[:10]:
            yield e
        else:
            skipped += 1
    if skipped:
        log.warning("%d ledger event(s) without any date (no event date, no publication date) left out of"
                    " the %s export", skipped, fmt)


def _batches(store: Store, size: int = 500) -> Iterator[list[LedgerEvent]]:
    batch: list[LedgerEvent] = []
    for e in _dated(store, "gdelt"):
        batch.append(e)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# -- GDELT ---------------------------------------------------------------------------------------


def gdelt_event_row(e: LedgerEvent, actors: dict[str, Actor], is_root: bool) -> dict[str, str]:
    """One ledger event as a GDELT 2.0 event-table row (column name -> value as written)."""
    row = {c.name: "" for c in gdelt_event_columns()}
    day = e.date_start or (e.first_published or "")[:10]
    gid = global_event_id(e.id)
    row["GlobalEventID"] = str(gid)
    if day:
        d = date.fromisoformat(day[:10])
        row["Day"] = d.strftime("%Y%m%d")
        row["MonthYear"] = d.strftime("%Y%m")
        row["Year"] = str(d.year)
        row["FractionDate"] = f"{d.year + (d.month * 30 + d.day) / 365:.4f}"
    for prefix, ids in (("Actor1", e.source_actor_ids), ("Actor2", e.target_actor_ids)):
        a = actors.get(ids[0]) if ids else None
        if a is None:
            continue
        row[f"{prefix}Code"] = _actor_code(a)
        row[f"{prefix}Name"] = a.name
        row[f"{prefix}CountryCode"] = a.country or ""
        for i, sector in enumerate(a.sectors[:3], start=1):
            row[f"{prefix}Type{i}Code"] = sector
    code = _event_code(e)
    row["IsRootEvent"] = "1" if is_root else "0"
    row["EventCode"] = code
    row["EventBaseCode"] = code[:3]
    row["EventRootCode"] = code[:2]
    root = _codes().roots.get(code[:2])
    quad = e.quad_class if e.quad_class is not None else (root[1] if root else None)
    gold = e.goldstein if e.goldstein is not None else (root[0] if root else None)
    row["QuadClass"] = "" if quad is None else str(quad)
    row["GoldsteinScale"] = "" if gold is None else f"{gold:g}"
    row["NumMentions"] = str(e.n_mentions)
    row["NumSources"] = str(e.n_outlets)
    row["NumArticles"] = str(e.n_articles)
    row["ActionGeo_FullName"] = _clean(e.place)
    first = e.mentions[0] if e.mentions else None
    row["DATEADDED"] = _stamp(e.first_published)
    url = next((m.url for m in e.mentions if m.url), None)
    row["SOURCEURL"] = url or (f"newsledger:article:{first.article_id}" if first else "")
    return {k: _clean(v) for k, v in row.items()}


def gdelt_mention_row(e: LedgerEvent, m: LedgerMention, doc_len: int | None) -> dict[str, str]:
    """One mention as a GDELT 2.0 mentions-table row (column name -> value as written)."""
    row = {c.name: "" for c in gdelt_mention_columns()}
    row["GlobalEventID"] = str(global_event_id(e.id))
    row["EventTimeDate"] = _stamp(e.first_published)
    row["MentionTimeDate"] = _stamp(m.published)
    row["MentionType"] = "1" if m.url else "2"
    row["MentionSourceName"] = m.outlet or _host(m.url)
    row["MentionIdentifier"] = m.url or ", ".join(
        x for x in (m.outlet, m.title, f"newsledger article {m.article_id}") if x)
    row["SentenceID"] = str(m.sentence + 1)
    row["Actor1CharOffset"] = str(m.source.start) if m.source else "-1"
    row["Actor2CharOffset"] = str(m.target.start) if m.target else "-1"
    row["ActionCharOffset"] = str(m.predicate.start)
    row["InRawText"] = "1"
    row["Confidence"] = str(round(max(0.0, min(1.0, m.confidence)) * 100))
    row["MentionDocLen"] = "" if doc_len is None else str(doc_len)
    row["Extras"] = f"event_id={m.event_id};modality={m.modality};claimed_by={m.claimed_by}"
    return {k: _clean(v) for k, v in row.items()}


def export_gdelt(store: Store, out: str | os.PathLike[str]) -> ExportReport:
    """Write ``gdelt_events.tsv`` and ``gdelt_mentions.tsv`` into the directory ``out``."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NewsledgerError(f"{out} is a file; give a directory for the gdelt export")
    out.mkdir(parents=True, exist_ok=True)
    actors = _actors(store)
    ev_cols = [c.name for c in gdelt_event_columns()]
    me_cols = [c.name for c in gdelt_mention_columns()]
    ev_path, me_path = out / GDELT_EVENTS_FILE, out / GDELT_MENTIONS_FILE
    n = 0
    with open(ev_path, "w", encoding="utf-8", newline="") as fe, \
            open(me_path, "w", encoding="utf-8", newline="") as fm:
        fe.write("\t".join(ev_cols) + "\n")
        fm.write("\t".join(me_cols) + "\n")
        for batch in _batches(store):
            art_ids = [m.article_id for e in batch for m in e.mentions]
            lead, known = _lead_sentences(store, art_ids)
            lengths = _doc_lengths(store, art_ids)
            for e in batch:
                is_root = any((m.article_id, m.sentence) in lead if m.article_id in known
                              else m.sentence == 0 for m in e.mentions)
                row = gdelt_event_row(e, actors, is_root)
                fe.write("\t".join(row[c] for c in ev_cols) + "\n")
                for m in e.mentions:
                    mrow = gdelt_mention_row(e, m, lengths.get(m.article_id))
                    fm.write("\t".join(mrow[c] for c in me_cols) + "\n")
                    n += 1
                n += 1
    return ExportReport("gdelt", str(out), (str(ev_path), str(me_path)), n)


# -- PLOVER --------------------------------------------------------------------------------------


def _plover_actor(a: Actor | None, aid: str, text: str | None) -> dict[str, Any]:
    obj: dict[str, Any] = {"code": (a.country or "") if a else ""}
    if a and a.sectors:
        obj["sector"] = "".join(a.sectors[:2])
    if text:
        obj["actor_text"] = text
    obj["identifier_id"] = aid
    if a:
        obj["identifier_text"] = a.name
    return obj


def plover_record(e: LedgerEvent, actors: dict[str, Actor]) -> dict[str, Any]:
    """One ledger event as a PLOVER JSON record."""
    def actor_text(aid: str, role: str) -> str | None:
        for m in e.mentions:
            ids, span = ((m.source_actor_ids, m.source) if role == "source"
                         else (m.target_actor_ids, m.target))
            if aid in ids and span is not None:
                return span.text
        return None

    first = e.mentions[0] if e.mentions else None
    rec: dict[str, Any] = {"id": e.id, "has_event": True, "date": e.date_start or (e.first_published or "")[:10]}
    if e.date_end and e.date_end != e.date_start:
        rec["enddate"] = e.date_end
    rec["source"] = [_plover_actor(actors.get(a), a, actor_text(a, "source")) for a in e.source_actor_ids]
    if e.target_actor_ids:
        rec["recipient"] = [_plover_actor(actors.get(a), a, actor_text(a, "target"))
                            for a in e.target_actor_ids]
    rec["event"] = [e.plover]
    if e.place:
        rec["event_loc"] = {"name": e.place}
    texts = list(dict.fromkeys(m.predicate.text for m in e.mentions))
    if texts:
        rec["event_text"] = texts
    quad = _codes().plover_quad.get(e.plover)
    if quad is not None:
        rec["quad_code"] = quad
    code = _event_code(e)
    root = _codes().roots.get(code[:2])
    scale = e.goldstein if e.goldstein is not None else (root[0] if root else None)
    if scale is not None:
        rec["event_scale"] = scale
    modes = sorted({m.mode for m in e.mentions if m.mode})
    if modes:
        rec["mode"] = modes
    contexts = sorted({c for m in e.mentions for c in m.contexts})
    if contexts:
        rec["context"] = contexts
    if first is not None:
        rec["text"] = first.text
        rec["text_info"] = {"sequence": first.sentence + 1, "start": first.start, "end": first.end}
        cite = {"url": first.url, "title": first.title, "publication": first.outlet,
                "coder": CODER, "codebook": CODEBOOK}
        rec["cite_info"] = {k: v for k, v in cite.items() if v}
    rec["coder"] = CODER
    rec["comment"] = ("grouped by " + ", ".join(e.why.fields) if e.why.fields else "single report")
    rec["num_mentions"] = e.n_mentions
    rec["num_sources"] = e.n_outlets
    rec["num_articles"] = e.n_articles
    rec["mentions"] = [
        {"event_id": m.event_id, "article_id": m.article_id, "url": m.url, "outlet": m.outlet,
         "published": m.published, "event": m.plover, "modality": m.modality,
         "claimed_by": m.claimed_by, "sequence": m.sentence + 1, "start": m.start, "end": m.end,
         "predicate": {"text": m.predicate.text, "start": m.predicate.start, "end": m.predicate.end}}
        for m in e.mentions]
    return rec


def plover_problems(record: dict[str, Any]) -> list[str]:
    """What in a record departs from the PLOVER layout (empty when it conforms)."""
    spec = plover_spec()
    problems = [f"missing required field {k}" for k in spec.required if k not in record]
    problems += [f"unknown field {k}" for k in record if k not in spec.record_fields]
    try:
        date.fromisoformat(str(record.get("date", "")))
    except ValueError:
        problems.append(f"date {record.get('date')!r} is not YYYY-MM-DD")
    for role in ("source", "recipient"):
        value = record.get(role, [])
        if not isinstance(value, list):
            problems.append(f"{role} is not a list of actor objects")
            continue
        for obj in value:
            problems += [f"{role}: unknown actor field {k}" for k in obj if k not in spec.actor_fields]
    if not isinstance(record.get("event"), list):
        problems.append("event is not a list")
    if "quad_code" in record and record["quad_code"] not in spec.quad_codes:
        problems.append(f"quad_code {record['quad_code']!r} not in {spec.quad_codes}")
    problems += [f"text_info: unknown field {k}" for k in record.get("text_info", {})
                 if k not in spec.text_info_fields]
    problems += [f"cite_info: unknown field {k}" for k in record.get("cite_info", {})
                 if k not in spec.cite_info_fields]
    problems += [f"event_loc: unknown field {k}" for k in record.get("event_loc", {})
                 if k not in spec.location_fields]
    return problems


def export_plover(store: Store, out: str | os.PathLike[str]) -> ExportReport:
    """Write one PLOVER record per ledger event as JSON Lines (``.gz`` compresses)."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise NewsledgerError(f"{out} is a directory; give a file name for the plover export")
    actors = _actors(store)
    tmp = out.with_name(out.name + ".part")
    opener: Any = gzip.open if out.name.endswith(".gz") else open
    n = 0
    with opener(tmp, "wt", encoding="utf-8") as fh:
        for e in _dated(store, "plover"):
            fh.write(json.dumps(plover_record(e, actors), ensure_ascii=False) + "\n")
            n += 1
    tmp.replace(out)
    return ExportReport("plover", str(out), (str(out),), n)


# -- ledger tables -------------------------------------------------------------------------------


def export_ledger_tables(store: Store, fmt: str, out: str | os.PathLike[str]) -> ExportReport:
    """Every ledger table as ``<table>.csv`` or ``<table>.parquet`` in the directory ``out``."""
    if fmt not in ("csv", "parquet"):
        raise NewsledgerError("ledger tables export as csv or parquet")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files: list[str] = []
    total = 0
    for table in LEDGER_TABLES:
        cur = store.conn.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cur.description]
        rows = [tuple(r) for r in cur.fetchall()]
        total += len(rows)
        path = out / f"{table}.{fmt}"
        if fmt == "csv":
            with open(path, "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(columns)
                w.writerows(rows)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            arrays = {}
            for i, c in enumerate(columns):
                values = [r[i] for r in rows]
                kinds = {type(v) for v in values if v is not None}
                if kinds <= {int}:
                    arrays[c] = pa.array(values, pa.int64())
                elif kinds <= {int, float}:
                    arrays[c] = pa.array([None if v is None else float(v) for v in values], pa.float64())
                else:
                    arrays[c] = pa.array([None if v is None else str(v) for v in values], pa.string())
            pq.write_table(pa.table(arrays), path)
        files.append(str(path))
    return ExportReport(fmt, str(out), tuple(files), total)


def export(store: Store, fmt: str, out: str | os.PathLike[str],
           config: LedgerConfig | None = None) -> ExportReport:
    """Write the store out in ``fmt``: jsonl, csv, parquet (record and ledger tables), gdelt or
    plover (built from the ledger, which is built or refreshed first when the store is writable)."""
    if fmt not in EXPORT_FORMATS:
        raise NewsledgerError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt in RECORD_FORMATS:
        report = export_records(store, fmt, out)
        if fmt == "jsonl" or not ledger_status(store).built:
            return report
        extra = export_ledger_tables(store, fmt, out)
        return ExportReport(fmt, report.path, report.files + extra.files, report.rows + extra.rows)
    try:
        ensure_ledger(store, config)
    except LedgerError:
        if not ledger_status(store).built:
            raise
        log.warning("the ledger of %s is out of date and cannot be rebuilt here; exporting it as it is",
                    store.name)
    return export_gdelt(store, out) if fmt == "gdelt" else export_plover(store, out)
