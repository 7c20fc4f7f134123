"""PLOVER JSON records, one per ledger event (JSON Lines; ``.gz`` compresses)."""

from __future__ import annotations

import gzip
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from .. import __version__
from ..batch import ExportReport
from ..errors import NewsledgerError
from ..ledger import LedgerEvent
from ..records import Actor
from ..storage.store import Store
from .common import dated_events, event_code, load_actors
from .spec import ExportSpec, PloverSpec

CODER = f"newsledger {__version__}"
CODEBOOK = "PLOVER 2021"


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


def plover_record(e: LedgerEvent, actors: dict[str, Actor], spec: ExportSpec) -> dict[str, Any]:
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
    quad = spec.codes.plover_quad.get(e.plover)
    if quad is not None:
        rec["quad_code"] = quad
    code = event_code(e, spec.codes)
    root = spec.codes.roots.get(code[:2])
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
         "stance": m.stance,
         "claimed_by": m.claimed_by, "sequence": m.sentence + 1, "start": m.start, "end": m.end,
         "predicate": {"text": m.predicate.text, "start": m.predicate.start, "end": m.predicate.end}}
        for m in e.mentions]
    return rec


def plover_problems(record: dict[str, Any], spec: PloverSpec) -> list[str]:
    """What in a record departs from the PLOVER layout (empty when it conforms)."""
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


def export_plover(store: Store, out: str | os.PathLike[str], spec: ExportSpec) -> ExportReport:
    """Write one PLOVER record per ledger event as JSON Lines (``.gz`` compresses)."""
    out = Path(out)
    if out.exists() and out.is_dir():
        raise NewsledgerError(f"{out} is a directory; give a file name for the plover export")
    actors = load_actors(store)
    tmp = out.with_name(out.name + ".part")
    opener: Any = gzip.open if out.name.endswith(".gz") else open
    n = 0
    with opener(tmp, "wt", encoding="utf-8") as fh:
        for e in dated_events(store, "plover"):
            fh.write(json.dumps(plover_record(e, actors, spec), ensure_ascii=False) + "\n")
            n += 1
    tmp.replace(out)
    return ExportReport("plover", str(out), (str(out),), n)
