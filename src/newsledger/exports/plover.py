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
from .common import dated_events, load_actors, locate, split_place
from .spec import ExportSpec, PloverSpec
from .vocabulary import Vocabulary

CODER = f"newsledger {__version__}"
CODEBOOK = "PLOVER 2.0"


def event_location(place: str | None, vocabulary: Vocabulary) -> dict[str, Any] | None:
    """PLOVER's location object (Table 6.6) for a place as the ledger keeps it ("Kharkiv (UKR)"):
    the place as extracted and, when known, its country code and name, and when the gazetteer
    finds it (``newsledger.geo``) its resolved name, GeoNames id and, for a city, coordinates."""
    if not place:
        return None
    name, raw = split_place(place)
    loc: dict[str, Any] = {"extracted_place": name}
    code = vocabulary.country_renames.get(raw, raw) if raw else None
    if code in vocabulary.country_codes:
        loc["country"] = vocabulary.country_names.get(code, code)
        loc["country_code"] = code
    geo = locate(place)
    if geo is not None:
        loc["resolved_place"] = geo.name
        loc["geonameid"] = geo.geonameid
        if geo.kind == "city" and geo.lat is not None:
            loc["lat"], loc["lon"] = geo.lat, geo.lon
        if "country_code" not in loc and geo.country_iso3:
            loc["country_code"] = geo.country_iso3
            loc["country"] = vocabulary.country_names.get(geo.country_iso3, geo.country_iso3)
    return loc


def _entity(a: Actor, text: str | None, vocabulary: Vocabulary) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    code = vocabulary.entity_code(a)
    if code:
        obj["code"] = code
    sector = vocabulary.sector(a.sectors)
    if sector:
        obj["sector"] = sector
    if text:
        obj["entity_text"] = text
    obj["identifier_id"] = a.id
    obj["identifier_text"] = a.name
    return obj


def _members(aid: str, actors: dict[str, Actor], vocabulary: Vocabulary) -> list[Actor]:
    """The entities an actor id stands for: a compound actor's members (PLOVER codes compound
    entities as one list), else the actor itself."""
    a = actors.get(aid)
    if a is None:
        return [_bare_actor(aid, vocabulary)]
    if a.type != "compound" or not a.members:
        return [a]
    return [actors.get(m) or _bare_actor(m, vocabulary) for m in a.members]


def _bare_actor(aid: str, vocabulary: Vocabulary) -> Actor:
    """An actor known only by its id: a state id (``state:RUS``, ``RUS``) keeps its country."""
    code = aid.removeprefix("state:")
    if code in vocabulary.country_codes or code in vocabulary.country_renames:
        name = vocabulary.country_names.get(vocabulary.country_renames.get(code, code), code)
        return Actor(id=aid, name=name, type="state", country=code)
    return Actor(id=aid, name=aid, type="unknown")


def _entities(e: LedgerEvent, role: str, actors: dict[str, Actor],
              vocabulary: Vocabulary) -> list[dict[str, Any]]:
    ids = e.source_actor_ids if role == "actor" else e.target_actor_ids
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for aid in ids:
        text = None
        for m in e.mentions:
            mids, span = ((m.source_actor_ids, m.source) if role == "actor" else (m.target_actor_ids, m.target))
            if aid in mids and span is not None:
                text = span.text
                break
        for member in _members(aid, actors, vocabulary):
            if member.id not in seen:
                seen.add(member.id)
                out.append(_entity(member, text, vocabulary))
    return out


def plover_record(e: LedgerEvent, actors: dict[str, Actor], spec: ExportSpec) -> dict[str, Any]:
    """One ledger event as a PLOVER JSON record (field names and vocabularies of the manual)."""
    vocab = spec.vocabulary
    first = e.mentions[0] if e.mentions else None
    rec: dict[str, Any] = {"id": e.id, "has_event": True, "date": e.date_start or (e.first_published or "")[:10]}
    if e.date_end and e.date_end != e.date_start:
        rec["enddate"] = e.date_end
    rec["actor"] = _entities(e, "actor", actors, vocab)
    if e.target_actor_ids:
        rec["recipient"] = _entities(e, "recipient", actors, vocab)
    rec["event"] = [e.plover]
    loc = event_location(e.place, vocab)
    if loc:
        rec["event_loc"] = loc
    texts = list(dict.fromkeys(m.predicate.text for m in e.mentions))
    if texts:
        rec["event_text"] = texts
    quad = spec.codes.plover_quad.get(e.plover)
    if quad is not None:
        rec["quad_code"] = quad
    modes = vocab.event_modes(e.plover, [m.mode for m in e.mentions if m.mode and m.plover == e.plover])
    scale = vocab.scale(e.plover, modes)
    if scale is not None:
        rec["event_scale"] = scale
    if modes:
        rec["mode"] = modes
    contexts = vocab.event_contexts(c for m in e.mentions for c in m.contexts)
    if contexts:
        rec["context"] = contexts
    if first is not None:
        rec["text"] = first.text
        rec["text_info"] = {"sequence": first.sentence + 1, "start": first.start, "end": first.end}
        cite = {"url": first.url, "title": first.title, "publication": first.outlet,
                "coder": CODER, "codebook": vocab.codebook}
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


def _layout_problems(record: dict[str, Any], spec: PloverSpec) -> list[str]:
    problems = [f"missing required field {k}" for k in spec.required if k not in record]
    problems += [f"unknown field {k}" for k in record if k not in spec.record_fields]
    try:
        date.fromisoformat(str(record.get("date", "")))
    except ValueError:
        problems.append(f"date {record.get('date')!r} is not YYYY-MM-DD")
    if not isinstance(record.get("event"), list):
        problems.append("event is not a list")
    if "quad_code" in record and record["quad_code"] not in spec.quad_codes:
        problems.append(f"quad_code {record['quad_code']!r} not in {spec.quad_codes}")
    for name, allowed in (("text_info", spec.text_info_fields), ("cite_info", spec.cite_info_fields),
                          ("event_loc", spec.location_fields)):
        problems += [f"{name}: unknown field {k}" for k in record.get(name, {}) if k not in allowed]
    return problems


def _entity_problems(record: dict[str, Any], spec: PloverSpec, vocab: Vocabulary) -> list[str]:
    problems: list[str] = []
    for role in ("actor", "recipient"):
        value = record.get(role, [])
        if not isinstance(value, list):
            problems.append(f"{role} is not a list of entity objects")
            continue
        for obj in value:
            problems += [f"{role}: unknown entity field {k}" for k in obj if k not in spec.actor_fields]
            if "code" in obj and not vocab.valid_code(obj["code"]):
                problems.append(f"{role}: code {obj['code']!r} is neither a country nor a Table 5.1 code")
            if "sector" in obj and not vocab.valid_sector(obj["sector"]):
                problems.append(f"{role}: sector {obj['sector']!r} is not one or two PLOVER sectors")
    return problems


def _vocabulary_problems(record: dict[str, Any], spec: ExportSpec) -> list[str]:
    vocab = spec.vocabulary
    events = record.get("event") if isinstance(record.get("event"), list) else []
    problems = [f"event {t!r} is not a PLOVER type" for t in events if t not in vocab.modes]
    allowed = {m for t in events for m in vocab.modes.get(t, ())}
    problems += [f"mode {m!r} is not a mode of {'/'.join(events)}" for m in record.get("mode", [])
                 if m not in allowed]
    problems += [f"context {c!r} is not a PLOVER context" for c in record.get("context", [])
                 if c not in vocab.contexts]
    if len(events) == 1 and events[0] in vocab.modes:
        quad = spec.codes.plover_quad.get(events[0])
        if "quad_code" in record and quad is not None and record["quad_code"] != quad:
            problems.append(f"quad_code {record['quad_code']} is not {events[0]}'s ({quad})")
        scale = vocab.scale(events[0], record.get("mode", []))
        if "event_scale" in record and record["event_scale"] != scale:
            problems.append(f"event_scale {record['event_scale']} is not the PLOVER score {scale}")
    loc = record.get("event_loc", {})
    if "country_code" in loc and not vocab.valid_code(loc["country_code"]):
        problems.append(f"event_loc: country_code {loc['country_code']!r} is not a country code")
    return problems


def plover_problems(record: dict[str, Any], spec: ExportSpec) -> list[str]:
    """What in a record departs from the PLOVER manual: its layout (field names of chapter 6)
    and its vocabularies (types, modes of the record's type, contexts, entity codes, sectors,
    quad code and PLOVER score of the type); empty when it conforms."""
    return (_layout_problems(record, spec.plover) + _entity_problems(record, spec.plover, spec.vocabulary)
            + _vocabulary_problems(record, spec))


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
