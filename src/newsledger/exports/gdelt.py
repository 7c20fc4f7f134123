"""The GDELT 2.0 event and mention tables (tab-separated, with a header line)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from ..batch import ExportReport
from ..errors import NewsledgerError
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
    stamp,
)
from .spec import ExportSpec

GDELT_EVENTS_FILE = "gdelt_events.tsv"
GDELT_MENTIONS_FILE = "gdelt_mentions.tsv"


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
    row["GoldsteinScale"] = "" if gold is None else f"{gold:g}"
    row["NumMentions"] = str(e.n_mentions)
    row["NumSources"] = str(e.n_outlets)
    row["NumArticles"] = str(e.n_articles)
    row["ActionGeo_FullName"] = clean(e.place)
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
    """Write ``gdelt_events.tsv`` and ``gdelt_mentions.tsv`` into the directory ``out``."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NewsledgerError(f"{out} is a file; give a directory for the gdelt export")
    out.mkdir(parents=True, exist_ok=True)
    actors = load_actors(store)
    ev_cols = [c.name for c in spec.gdelt_events]
    me_cols = [c.name for c in spec.gdelt_mentions]
    ev_path, me_path = out / GDELT_EVENTS_FILE, out / GDELT_MENTIONS_FILE
    n = 0
    with open(ev_path, "w", encoding="utf-8", newline="") as fe, \
            open(me_path, "w", encoding="utf-8", newline="") as fm:
        fe.write("\t".join(ev_cols) + "\n")
        fm.write("\t".join(me_cols) + "\n")
        for batch in event_batches(store):
            art_ids = [m.article_id for e in batch for m in e.mentions]
            lead, known = lead_sentences(store, art_ids)
            lengths = doc_lengths(store, art_ids)
            for e in batch:
                is_root = any((m.article_id, m.sentence) in lead if m.article_id in known
                              else m.sentence == 0 for m in e.mentions)
                row = gdelt_event_row(e, actors, is_root, spec)
                fe.write("\t".join(row[c] for c in ev_cols) + "\n")
                for m in e.mentions:
                    mrow = gdelt_mention_row(e, m, lengths.get(m.article_id), spec)
                    fm.write("\t".join(mrow[c] for c in me_cols) + "\n")
                    n += 1
                n += 1
    return ExportReport("gdelt", str(out), (str(ev_path), str(me_path)), n)
