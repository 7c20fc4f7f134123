"""Helpers shared by the export formats: values as written, dates, and reading the store."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlparse

from ..geo import Geo, gazetteer
from ..ledger import LedgerEvent, iter_ledger_events
from ..records import NOT_PLOVER, Actor
from ..storage.store import Store
from .spec import Codes

log = logging.getLogger("newsledger.exports")

_PLACE = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[A-Z]{3})\)$")


def split_place(place: str) -> tuple[str, str | None]:
    """A place as the ledger keeps it ("Kharkiv (UKR)"): its name and its country code, if any."""
    m = _PLACE.match(place)
    return (m["name"], m["code"]) if m else (place, None)


def locate(place: str | None) -> Geo | None:
    """A place as the ledger keeps it ("Kharkiv (UKR)") on the map, or None (see ``newsledger.geo``)."""
    if not place:
        return None
    name, code = split_place(place)
    return gazetteer().resolve(name, code)


def stamp(value: str | None) -> str:
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


def clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def actor_code(a: Actor) -> str:
    return (a.country or "") + "".join(a.sectors)


def load_actors(store: Store) -> dict[str, Actor]:
    return {r["id"]: Actor(id=r["id"], name=r["name"], type=r["type"], country=r["country"],
                           sectors=tuple(json.loads(r["sectors"])), members=tuple(json.loads(r["members"])),
                           source=r["source"])
            for r in store.conn.execute("SELECT * FROM actors")}


def event_code(e: LedgerEvent, codes: Codes) -> str:
    """The event's CAMEO code, or the CAMEO root of its PLOVER type."""
    return e.cameo or codes.plover_root.get(e.plover, "")


def host(url: str | None) -> str:
    return urlparse(url).netloc if url else ""


def lead_sentences(store: Store, article_ids: Sequence[str]) -> tuple[set[tuple[str, int]], set[str]]:
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


def doc_lengths(store: Store, article_ids: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    ids = sorted(set(article_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update({r[0]: r[1] for r in store.conn.execute(
            f"SELECT id, length(text) FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def dated_events(store: Store, fmt: str) -> Iterator[LedgerEvent]:
    """Ledger events with a date (both formats require one); the others are counted and logged.
    An event with no PLOVER type (``NOT_PLOVER``: a disaster, a crime) is no PLOVER or GDELT
    record and is left out."""
    skipped = 0
    for e in iter_ledger_events(store):
        if e.plover == NOT_PLOVER:
            continue
        if e.date_start or (e.first_published or "")[:10]:
            yield e
        else:
            skipped += 1
    if skipped:
        log.warning("%d ledger event(s) without any date (no event date, no publication date) left out of"
                    " the %s export", skipped, fmt)


def event_batches(store: Store, size: int = 500) -> Iterator[list[LedgerEvent]]:
    batch: list[LedgerEvent] = []
    for e in dated_events(store, "gdelt"):
        batch.append(e)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
