"""The GDELT 2.0 event and mention tables, as GDELT writes them: tab-separated, no header line,
named ``<YYYYMMDDHHMMSS>.export.CSV`` and ``<YYYYMMDDHHMMSS>.mentions.CSV`` (the stamp is the
newest DATEADDED of the export, as GDELT names a file by its update time)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..batch import ExportReport
from ..errors import NewsledgerError
from ..geo import Geo
from ..ledger import LedgerEvent, LedgerMention
from ..records import Actor
from ..storage.store import Store
from .common import (
    actor_code,
    clean,
    doc_lengths,
    event_batches,
    event_code,
    global_event_id,
    host,
    lead_sentences,
    load_actors,
    locate,
    split_place,
    stamp,
)
from .spec import ExportSpec

GDELT_EVENTS_FILE = ".export.CSV"
GDELT_MENTIONS_FILE = ".mentions.CSV"
EMPTY_STAMP = "19700101000000"  # the file stamp of an export with no dated event


def gdelt_file_names(stamp_: str) -> tuple[str, str]:
    """The event and mention file names GDELT gives an update stamped ``YYYYMMDDHHMMSS``."""
    return stamp_ + GDELT_EVENTS_FILE, stamp_ + GDELT_MENTIONS_FILE


def place_full_name(place: str | None, countries: dict[str, str]) -> str:
    """A place as GDELT's FullName writes it ("Kharkiv, Ukraine") from the ledger's form
    ("Kharkiv (UKR)"); a place with no country code is kept as written."""
    if not place:
        return ""
    name, code = split_place(place)
    country = countries.get(code) if code else None
    return f"{name}, {country}" if country else name


def action_geo(geo: Geo | None) -> dict[str, str]:
    """GDELT's ActionGeo fields for a resolved place: type (1 country, 3 US city, 4 other city),
    FIPS country code, ADM1 code (FIPS country + GeoNames first-level code), coordinates and
    the GeoNames id; nothing for a place not on the map."""
    if geo is None:
        return {}
    out = {"ActionGeo_CountryCode": geo.country_fips or "", "ActionGeo_FeatureID": str(geo.geonameid or "")}
    if geo.kind == "country":
        out["ActionGeo_Type"] = "1"
        return out
    out["ActionGeo_Type"] = "3" if geo.country_iso2 == "US" else "4"
    if geo.admin1 and geo.country_fips:
        out["ActionGeo_ADM1Code"] = geo.country_fips + geo.admin1
    if geo.lat is not None and geo.lon is not None:
        out["ActionGeo_Lat"], out["ActionGeo_Long"] = f"{geo.lat:.4f}", f"{geo.lon:.4f}"
    return out


def gdelt_event_row(e: LedgerEvent, actors: dict[str, Actor], is_root: bool,
                    spec: ExportSpec) -> dict[str, str]:
    """One ledger event as a GDELT 2.0 event-table row (column name -> value as written)."""
    row = {c.name: "" for c in spec.gdelt_events}
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
        row[f"{prefix}Code"] = actor_code(a)
        row[f"{prefix}Name"] = a.name
        row[f"{prefix}CountryCode"] = a.country or ""
        for i, sector in enumerate(a.sectors[:3], start=1):
            row[f"{prefix}Type{i}Code"] = sector
    code = event_code(e, spec.codes)
    row["IsRootEvent"] = "1" if is_root else "0"
    row["EventCode"] = code
    row["EventBaseCode"] = code[:3]
    row["EventRootCode"] = code[:2]
    root = spec.codes.roots.get(code[:2])
    quad = e.quad_class if e.quad_class is not None else (root[1] if root else None)
    gold = e.goldstein if e.goldstein is not None else (root[0] if root else None)
    row["QuadClass"] = "" if quad is None else str(quad)
    row["GoldsteinScale"] = "" if gold is None else f"{gold:.1f}"  # as GDELT writes it: -10.0
    row["NumMentions"] = str(e.n_mentions)
    row["NumSources"] = str(e.n_outlets)
    row["NumArticles"] = str(e.n_articles)
    row["ActionGeo_FullName"] = place_full_name(e.place, spec.vocabulary.country_names)
    row.update(action_geo(locate(e.place)))
    first = e.mentions[0] if e.mentions else None
    row["DATEADDED"] = stamp(e.first_published)
    url = next((m.url for m in e.mentions if m.url), None)
    row["SOURCEURL"] = url or (f"newsledger:article:{first.article_id}" if first else "")
    return {k: clean(v) for k, v in row.items()}


def gdelt_mention_row(e: LedgerEvent, m: LedgerMention, doc_len: int | None,
                      spec: ExportSpec) -> dict[str, str]:
    """One mention as a GDELT 2.0 mentions-table row (column name -> value as written)."""
    row = {c.name: "" for c in spec.gdelt_mentions}
    row["GlobalEventID"] = str(global_event_id(e.id))
    row["EventTimeDate"] = stamp(e.first_published)
    row["MentionTimeDate"] = stamp(m.published)
    row["MentionType"] = "1" if m.url else "2"
    row["MentionSourceName"] = m.outlet or host(m.url)
    row["MentionIdentifier"] = m.url or ", ".join(
        x for x in (m.outlet, m.title, f"newsledger article {m.article_id}") if x)
    row["SentenceID"] = str(m.sentence + 1)
    row["Actor1CharOffset"] = str(m.source.start) if m.source else "-1"
    row["Actor2CharOffset"] = str(m.target.start) if m.target else "-1"
    row["ActionCharOffset"] = str(m.predicate.start)
    row["InRawText"] = "1"
    row["Confidence"] = str(round(max(0.0, min(1.0, m.confidence)) * 100))
    row["MentionDocLen"] = "" if doc_len is None else str(doc_len)
    row["Extras"] = f"event_id={m.event_id};modality={m.modality};stance={m.stance};claimed_by={m.claimed_by}"
    return {k: clean(v) for k, v in row.items()}


def export_gdelt(store: Store, out: str | os.PathLike[str], spec: ExportSpec) -> ExportReport:
    """Write ``<stamp>.export.CSV`` and ``<stamp>.mentions.CSV`` into the directory ``out``."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NewsledgerError(f"{out} is a file; give a directory for the gdelt export")
    out.mkdir(parents=True, exist_ok=True)
    actors = load_actors(store)
    ev_cols = [c.name for c in spec.gdelt_events]
    me_cols = [c.name for c in spec.gdelt_mentions]
    ev_tmp, me_tmp = out / f"{GDELT_EVENTS_FILE}.part", out / f"{GDELT_MENTIONS_FILE}.part"
    n = 0
    newest = ""
    with open(ev_tmp, "w", encoding="utf-8", newline="") as fe, \
            open(me_tmp, "w", encoding="utf-8", newline="") as fm:
        for batch in event_batches(store):
            art_ids = [m.article_id for e in batch for m in e.mentions]
            lead, known = lead_sentences(store, art_ids)
            lengths = doc_lengths(store, art_ids)
            for e in batch:
                is_root = any((m.article_id, m.sentence) in lead if m.article_id in known
                              else m.sentence == 0 for m in e.mentions)
                row = gdelt_event_row(e, actors, is_root, spec)
                newest = max(newest, row["DATEADDED"])
                fe.write("\t".join(row[c] for c in ev_cols) + "\n")
                for m in e.mentions:
                    mrow = gdelt_mention_row(e, m, lengths.get(m.article_id), spec)
                    fm.write("\t".join(mrow[c] for c in me_cols) + "\n")
                    n += 1
                n += 1
    ev_name, me_name = gdelt_file_names(newest or EMPTY_STAMP)
    ev_tmp.replace(out / ev_name)
    me_tmp.replace(out / me_name)
    return ExportReport("gdelt", str(out), (str(out / ev_name), str(out / me_name)), n)
