"""Reading the records the event linker takes: the actors as it compares them and the event
mentions of the modalities taken into the ledger, in date order (``load_mentions``)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from ..nlp.dates import dateline_date
from ..records import ASSERTING_STANCES
from .linking import ActorInfo, LinkMention, mention_key
from .places import StoryPlaces
from .rules import Rules, as_date, place_core
from .types import LedgerConfig

Row = tuple[Any, ...]


def load_actors(conn: sqlite3.Connection) -> dict[str, ActorInfo]:
    return {r[0]: ActorInfo(name=r[1], country=r[2], sectors=frozenset(json.loads(r[3] or "[]")),
                            members=tuple(json.loads(r[4] or "[]")),
                            generic=r[2] is None and r[5] == "group" and r[6] != "dictionary")
            for r in conn.execute("SELECT id, name, country, sectors, members, type, source FROM actors")}


# the column of an event mention's stance (added by the store's migration 4)
MENTION_STANCE = "e.stance"


def chunks(values: Sequence[Any], size: int = 500) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """``values`` in slices, each with its placeholders ("?,?,?") for an IN (...) list."""
    for i in range(0, len(values), size):
        part = tuple(values[i:i + size])
        yield ",".join("?" * len(part)), part


def _dateline_days(conn: sqlite3.Connection, article_ids: set[str]) -> dict[str, date]:
    """The date of each of these undated articles whose dateline (or opening) writes it with its year."""
    out: dict[str, date] = {}
    for marks, part in chunks(sorted(article_ids)):
        for aid, head in conn.execute(f"SELECT id, substr(text, 1, 400) FROM articles WHERE id IN ({marks})",
                                      part):
            td = dateline_date(head or "")
            day = td.exact() if td is not None else None
            if day is not None:
                out[aid] = day
    return out


def load_mentions(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules, story: StoryPlaces,
                  where: str = "", params: Sequence[Any] = ()) -> list[LinkMention]:
    """The event mentions of the modalities taken into the ledger, in date order (``where``: a
    further condition on the events, ``e``, and their articles, ``a``). A mention whose stance
    does not assert it (denied, negated, uncertain) is a report about the happening, but names no
    one as having done it: its sources are left out."""
    roles: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    scope = (" WHERE ea.event_id IN (SELECT e.id FROM events e JOIN articles a ON a.id = e.article_id"
             f" WHERE 1 = 1{where})") if where else ""
    for eid, aid, role in conn.execute(
            f"SELECT ea.event_id, ea.actor_id, ea.role FROM event_actors ea{scope}"
            " ORDER BY ea.event_id, ea.role, ea.actor_id", tuple(params)):
        roles[eid][0 if role == "source" else 1].append(aid)
    qs = ",".join("?" * len(config.modalities)) or "''"
    rows = conn.execute(
        "SELECT e.id, e.article_id, e.sentence, e.plover, e.date, e.place, e.cameo, e.mode,"
        f" e.quad_class, e.goldstein, a.published, a.outlet, {MENTION_STANCE} FROM events e"
        f" JOIN articles a ON a.id = e.article_id WHERE e.modality IN ({qs}){where}",
        (*config.modalities, *params)).fetchall()
    datelines = _dateline_days(conn, {r[1] for r in rows if as_date(r[4]) is None and as_date(r[10]) is None})
    mentions = [_mention(r, roles, datelines, story, rules) for r in rows]
    mentions.sort(key=mention_key)
    return mentions


def _mention(r: Row, roles: dict[str, tuple[list[str], list[str]]], datelines: dict[str, date],
             story: StoryPlaces, rules: Rules) -> LinkMention:
    day = as_date(r[4])
    src = "event"
    if day is None:
        day, src = as_date(r[10]), "published"
    if day is None and r[1] in datelines:
        day, src = datelines[r[1]], "dateline"
    s, t = roles.get(r[0], ([], []))
    if r[12] not in ASSERTING_STANCES:
        s = []  # "Israel denied it attacked the hospital" says nobody did it
    return LinkMention(
        event_id=r[0], article_id=r[1], sentence=r[2], plover=r[3].upper(), day=day,
        date_text=day.isoformat() if day else None, date_source=src, place=r[5],
        core=place_core(r[5], rules), cameo=r[6], mode=r[7], quad=r[8], goldstein=r[9],
        published=r[10], outlet=r[11], sources=tuple(s), targets=tuple(t),
        story=story.get(r[1], ()))
