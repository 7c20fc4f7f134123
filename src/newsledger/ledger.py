"""The ledger across sources: one event, many reports; one figure, many claims; each outlet's framing.

``build_ledger(store)`` reads the stored records and writes, next to them in the same database
(SQLite file or PostgreSQL database), tables that line up what different sources say about the same thing:

* **Ledger events** (``ledger_events``, ``ledger_event_mentions``, ``ledger_event_actors``):
  event mentions from different articles that describe the same happening. Mentions are taken
  in date order (``Event.date`` when set, else the article's publication date) and each joins
  the best earlier ledger event it is compatible with, else starts a new one; a second pass
  links ledger events to each other by the same rule (a report arriving late can show that two
  earlier ones were about the same happening). Compatible means:

  - *type*: the same PLOVER type, or a pair listed in ``data/ledger/linking.yaml``;
  - *date*: within ``window_days`` of the ledger event's first day (no ledger event spans more);
  - *place*: when both give an event place, their core words are equal or one contains the
    other ("Kharkiv region" and "Kharkiv"), or (``cross_named_places``) each is named in the
    other's article; ``require_place_match=False`` ignores places;
  - *corroboration*: at least ``min_actor_overlap`` pieces of evidence, where each role
    (source, target) sharing an actor counts one and (``place_corroborates``) a shared place
    counts one. Actors are shared when they are one actor, a compound and its member, or
    (``actor_match="country"``) of one country with nested sectors or both in the state
    apparatus ("Russia", "Russian forces", "Russia's defence ministry"). Kinds of actors with
    no country ("civilians") are compatible with any actor of their sector but never count;
  - *no conflicting role*: no more than ``max_role_conflicts`` roles name actors on both sides
    that are not shared, except for acts of force (``disputable_types`` in ``linking.yaml``)
    when the reports share the place itself (the same event place, the same specific place
    named in both stories, or a report with no place of its own whose article names the ledger
    event's place): then who did it, and to whom, is what the sources dispute, and the link
    records "source disputed" / "target disputed".

  Shared places are, besides event places, *story places* (``story_places``): specific places
  (GPE, LOC and FAC mentions that resolve to no actor with a country, i.e. a town rather than a
  country or a capital standing for its government) named in the first ``lead_sentences``
  sentences of an article; and, as weaker evidence, a ledger event's place named anywhere in the
  mention's article. Only mentions whose modality is in ``LedgerConfig.modalities`` (asserted
  and negated by default) become part of the ledger: a denial is a report about the happening,
  a hypothetical or requested event is not. Every mention records which fields matched when it
  joined (``matched``) and how (``link_note``); every ledger event summarises why (``why``).

* **Claim threads** (``claim_threads``, ``claim_thread_claims``, ``claim_thread_actors``):
  casualty figures (``Figure.measure`` set, ``kind == "count"``) about the same quantity. The
  group counted is normalised (``group_class``: "people", "civilians", "Ukrainians" and a bare
  toll all count *people*; "children", "soldiers" ... have their own class; see
  ``data/ledger/groups.yaml``). A figure is *anchored* to the ledger event of a compatible type
  in its sentence (else the nearest one in its article); figures with the same measure, group
  class and anchor form one thread whatever their place or time scope. Other figures join a
  thread with the same measure and group class when published within ``figure_window_days`` of
  its first claim, with a compatible time scope (a period such as "since October 7" only lines
  up with the same period) and a compatible place (as for events; a figure without a place
  joins only a thread whose place its article names, or a thread from its own article). A part
  counted in the same group as its whole ("three of the 34 died overnight") is another quantity
  (class "people (part)").

  Each claim gets a ``role``, in publication order:

  - ``first``: the earliest claim of the thread;
  - ``repeat``: the same source, or the same outlet, gave this value in an earlier article;
  - ``update``: the same source, or the same outlet, gave a different value in an earlier
    article, or the text right before the figure says it was revised ("rose to", "climbed to"):
    the figure evolves, it is a *series*, not a disagreement;
  - ``agrees``: an earlier claim is consistent with it (their intervals overlap, after reading
    qualifiers: "at least 27" is [27, ∞), "about 250" is [225, 275]; ``data/ledger/claims.yaml``);
  - ``disagreement``: consistent with no earlier claim.

* **Outlet profiles** and **actor profiles**: per outlet, framing marks by kind and referent,
  the share of events and figures it reports without attribution, whom it quotes and cites,
  and which actors it names as sources and targets; per actor, what it said, did, suffered and
  claimed, and the names and labels outlets use for it.

The ledger is rebuilt from scratch (idempotent: the same data and settings give the same ids
and rows). ``ledger_state`` holds a marker of the data it was built from; ``ensure_ledger``
rebuilds when the marker no longer matches (articles, events, figures, quotes or framing
changed). The queries (``ledger_events``, ``claim_threads``, ``outlet_profile(s)``,
``actor_profile``) only read.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import NewsledgerError, StoreError
from .records import Actor, Record, Span
from .storage import db
from .storage.db import postgres_ddl
from .storage.query import Table
from .storage.store import Store

log = logging.getLogger(__name__)

LEDGER_SCHEMA_VERSION = "1"

ROLES = ("first", "repeat", "update", "agrees", "disagreement")


class LedgerError(NewsledgerError):
    """The ledger cannot be built or read (for example: not built yet in a read-only database)."""


# -- knowledge (data/ledger/*.yaml) ------------------------------------------------------------


def _data(name: str) -> Any:
    text = resources.files("newsledger").joinpath("data", "ledger", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@dataclass(frozen=True)
class _Rules:
    compatible: frozenset[frozenset[str]]
    measure_types: dict[str, frozenset[str]]
    default_group: str
    group_of: dict[str, str]
    place_drop: frozenset[str]
    qualifier_intervals: dict[str, tuple[float | None, float | None]]
    period_markers: tuple[str, ...]
    scope_drop: frozenset[str]
    update_cue: re.Pattern[str]
    update_window: int
    state_sectors: frozenset[str]
    disputable: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    linking = _data("linking.yaml")
    groups = _data("groups.yaml")
    places = _data("places.yaml")
    claims = _data("claims.yaml")
    group_of: dict[str, str] = {}
    for cls, words in groups["classes"].items():
        for w in words:
            group_of[str(w).lower()] = str(cls)
    intervals = {str(k).lower(): (v.get("low"), v.get("high"))
                 for k, v in claims["qualifier_intervals"].items()}
    cues = sorted((str(c).lower() for c in claims["update_cues"]), key=len, reverse=True)
    cue_re = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b[^.;:!?]{0,25}$")
    return _Rules(
        compatible=frozenset(frozenset(p) for p in linking["compatible_types"]),
        measure_types={str(k): frozenset(v) for k, v in linking["measure_event_types"].items()},
        default_group=str(groups["default_class"]),
        group_of=group_of,
        place_drop=frozenset(str(w).lower() for w in places["drop_words"]),
        qualifier_intervals=intervals,
        period_markers=tuple(str(m).lower() for m in claims["period_markers"]),
        scope_drop=frozenset(str(w).lower() for w in claims["scope_drop_words"]),
        update_cue=cue_re,
        update_window=int(claims["update_cue_window"]),
        state_sectors=frozenset(str(x).upper() for x in linking["state_sectors"]),
        disputable=frozenset(str(x).upper() for x in linking["disputable_types"]),
    )


# -- normalisation (pure functions, documented rules) ------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_POSSESSIVE = re.compile(r"'s\b")


def place_core(place: str | None) -> frozenset[str]:
    """The core words of a place as written: lower case, possessive 's dropped, and the generic
    words of ``data/ledger/places.yaml`` (the, region, town, north-eastern ...) removed."""
    if not place:
        return frozenset()
    text = re.sub(r"\([^)]*\)", " ", place.replace("’", "'").lower())
    text = _POSSESSIVE.sub("", text)
    drop = _rules().place_drop
    return frozenset(w for w in _WORD.findall(text) if w not in drop)


def places_match(a: str | None, b: str | None) -> bool:
    """True when two places (as written) have equal core words or one's contain the other's."""
    ca, cb = place_core(a), place_core(b)
    return bool(ca and cb and (ca <= cb or cb <= ca))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def group_class(group: str | None) -> str:
    """The class of people a figure counts (see ``data/ledger/groups.yaml``): no group ->
    people; a capitalised plural such as a demonym ("Ukrainians") -> people; else the class
    of its head noun, or the singular head noun itself when it is not listed."""
    rules = _rules()
    if not group or not group.strip():
        return rules.default_group
    words = _WORD.findall(group.replace("’", "'"))
    if not words:
        return rules.default_group
    lowered = [w.lower() for w in words]
    # two-word entries first ("aid worker"), scanning from the right
    for i in range(len(lowered) - 1, -1, -1):
        if i > 0:
            pair = f"{lowered[i - 1]} {lowered[i]}"
            for cand in (pair, f"{lowered[i - 1]} {_singular(lowered[i])}"):
                if cand in rules.group_of:
                    return rules.group_of[cand]
        for cand in (lowered[i], _singular(lowered[i])):
            if cand in rules.group_of:
                return rules.group_of[cand]
    head = words[-1]
    if head[:1].isupper() and head.lower().endswith("s"):
        return rules.default_group
    return _singular(head.lower())


def scope_key(time_scope: str | None) -> str | None:
    """None for a missing scope; ``day`` for a day-like one ("on Saturday", "overnight"); for a
    period ("since October 7", "in the past 24 hours") ``period:<core words>``. Missing scopes
    are compatible with any; ``day`` with ``day``; a period only with the same period."""
    if not time_scope or not time_scope.strip():
        return None
    text = " ".join(time_scope.lower().split())
    rules = _rules()
    if not any(re.search(r"(?:^|\b)" + re.escape(m) + r"\b", text) for m in rules.period_markers):
        return "day"
    words = [w for w in _WORD.findall(text) if w not in rules.scope_drop]
    return "period:" + " ".join(words)


def _is_period(scope: str | None) -> bool:
    return scope is not None and scope.startswith("period:")


def _interval(low: float, high: float, qualifier: str | None) -> tuple[float, float | None]:
    """A claim as an interval for agreement checks; ``None`` as the upper bound is unbounded."""
    lo, hi = min(low, high), max(low, high)
    if qualifier:
        rule = _rules().qualifier_intervals.get(qualifier.lower().strip())
        if rule is not None and lo == hi:
            f_lo, f_hi = rule
            return (0.0 if f_lo is None else lo * f_lo), (None if f_hi is None else hi * f_hi)
    return lo, hi


def _overlap(a: tuple[float, float | None], b: tuple[float, float | None]) -> bool:
    a_hi = float("inf") if a[1] is None else a[1]
    b_hi = float("inf") if b[1] is None else b[1]
    return a[0] <= b_hi + 1e-9 and b[0] <= a_hi + 1e-9


def _as_date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _rid(prefix: str, seed: str) -> str:
    return f"{prefix}_{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:12]}"


# -- records -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LedgerConfig(Record):
    """How the ledger groups reports; every threshold is tunable."""

    window_days: int = 3  # a ledger event spans at most this many days from its first day
    min_actor_overlap: int = 1  # roles (source, target) that must share an actor; 0 = none needed
    require_place_match: bool = True  # two given places must match (else places are ignored)
    figure_window_days: int = 7  # unanchored claims join a thread begun at most this long before
    actor_match: str = "country"  # "id": same actor only; "country": also same country, nested sectors
    modalities: tuple[str, ...] = ("asserted", "negated")  # event modalities taken into the ledger
    max_role_conflicts: int = 0  # roles naming actors on both sides that share none
    cross_named_places: bool = True  # different places match when each is named in the other's article
    story_places: bool = True  # specific places named in articles' openings are places of their events
    place_corroborates: bool = True  # a shared place counts like a shared actor (and allows a disputed source)
    lead_sentences: int = 3  # sentences of an article's opening searched for its story places

    def __post_init__(self) -> None:
        if self.window_days < 0 or self.figure_window_days < 0:
            raise LedgerError("window_days and figure_window_days must not be negative")
        if self.min_actor_overlap not in (0, 1, 2):
            raise LedgerError("min_actor_overlap must be 0, 1 or 2 (source and target)")
        if self.actor_match not in ("id", "country"):
            raise LedgerError("actor_match must be 'id' or 'country'")
        if self.max_role_conflicts < 0 or self.lead_sentences < 0:
            raise LedgerError("max_role_conflicts and lead_sentences must not be negative")

    def fingerprint(self) -> str:
        return hashlib.sha1(json.dumps(self.to_dict(), sort_keys=True).encode()).hexdigest()[:12]

    def describe(self) -> str:
        backing = "role(s) sharing an actor" + (" or a shared place" if self.place_corroborates else "")
        actors = ("no shared actor needed" if self.min_actor_overlap == 0 else
                  f"at least {self.min_actor_overlap} {backing} "
                  f"({'same actor' if self.actor_match == 'id' else 'same actor or country'})")
        place = ("places must match when both are given"
                 + (" (or be named in each other's articles)" if self.cross_named_places else "")
                 if self.require_place_match else "places ignored")
        if self.story_places:
            place += f"; places named in the first {self.lead_sentences} sentences count as the story's"
        return (f"compatible type; {actors}, at most {self.max_role_conflicts} conflicting role(s); "
                f"within {self.window_days} day(s); {place}; modalities {', '.join(self.modalities)}")


@dataclass(frozen=True)
class LinkReason(Record):
    """Why the mentions of a ledger event were grouped: which fields matched, and how."""

    fields: tuple[str, ...] = ()  # of "type", "actors", "date", "place"; empty for a single mention
    type: str = ""
    actors: str = ""
    date: str = ""
    place: str = ""
    rule: str = ""


@dataclass(frozen=True)
class LedgerMention(Record):
    """One report of a ledger event: the event record found in one article, with its evidence."""

    event_id: str
    article_id: str
    outlet: str | None
    published: str | None
    date: str | None  # the date used for linking
    date_source: str  # "event" (Event.date) or "published"
    plover: str
    modality: str
    claimed_by: str  # "outlet" or the speaker's actor id
    claimed_by_name: str | None
    sentence: int
    start: int
    end: int
    text: str  # the sentence or clause of the event
    predicate: Span
    source: Span | None = None
    target: Span | None = None
    source_actor_ids: tuple[str, ...] = ()
    target_actor_ids: tuple[str, ...] = ()
    url: str | None = None
    title: str | None = None
    confidence: float = 1.0
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo: str | None = None
    position: int = 0  # order in which it joined the ledger event (0 = the first)
    matched: tuple[str, ...] = ()  # fields that matched when it joined
    link_note: str = ""


@dataclass(frozen=True)
class LedgerEvent(Record):
    """One happening as reported across articles and outlets."""

    id: str
    plover: str
    date_start: str | None
    date_end: str | None
    place: str | None
    source_actor_ids: tuple[str, ...]
    source_names: tuple[str, ...]
    target_actor_ids: tuple[str, ...]
    target_names: tuple[str, ...]
    mentions: tuple[LedgerMention, ...]
    outlets: tuple[str, ...]
    n_mentions: int
    n_articles: int
    n_outlets: int
    why: LinkReason
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    mode: str | None = None
    first_published: str | None = None
    last_published: str | None = None


@dataclass(frozen=True)
class Claim(Record):
    """One statement of a figure: value or range, qualifier, the source cited, outlet and date."""

    figure_id: str
    article_id: str
    outlet: str | None
    published: str | None
    value_low: float
    value_high: float
    qualifier: str | None
    attribution: str  # the source as written, or "unattributed"
    attribution_actor_id: str | None
    text: str
    sentence: int
    start: int
    end: int
    attribution_name: str | None = None
    unit: str | None = None
    group: str | None = None
    measure: str | None = None
    place: str | None = None
    time_scope: str | None = None
    url: str | None = None
    thread_id: str | None = None
    position: int = 0
    role: str | None = None  # first, repeat, update, agrees, disagreement (see the module doc)
    role_note: str = ""


@dataclass(frozen=True)
class Spread(Record):
    """The range the claims of a thread cover: the lowest low and the highest high."""

    low: float
    high: float


@dataclass(frozen=True)
class EvolutionPoint(Record):
    """The claims of one publication day."""

    date: str
    value_low: float
    value_high: float
    claims: int
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClaimThread(Record):
    """Claims about one quantity across articles and outlets."""

    id: str
    measure: str
    group: str  # the normalised group class
    place: str | None
    time_scope: str | None
    claims: tuple[Claim, ...]
    spread: Spread
    series: bool  # some claim updates an earlier one (the figure evolves)
    disagreement: bool  # some claim is consistent with no earlier claim of another source
    evolution: tuple[EvolutionPoint, ...]
    outlets: tuple[str, ...]
    n_claims: int
    n_outlets: int
    n_sources: int
    group_terms: tuple[str, ...] = ()  # the groups as written
    ledger_event_id: str | None = None  # the ledger event the claims are anchored to
    first_published: str | None = None
    last_published: str | None = None
    why: str = ""


@dataclass(frozen=True)
class KindCount(Record):
    kind: str
    outlet_voice: int  # marks in the outlet's own voice
    quoted: int  # marks inside quotes (the speaker's words)


@dataclass(frozen=True)
class FramingCount(Record):
    """How often a framing mark (a label, scare quotes, an honorific ...) was used."""

    kind: str
    text: str
    n: int
    voice: str  # "outlet" or "quoted"
    referent_id: str | None = None
    referent_name: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class SourceCount(Record):
    """Someone an outlet quotes or cites for figures."""

    name: str
    quotes: int
    figures_cited: int
    actor_id: str | None = None  # None: a speaker or source not resolved to an actor


@dataclass(frozen=True)
class ActorRoleCount(Record):
    actor_id: str
    name: str
    as_source: int
    as_target: int


@dataclass(frozen=True)
class OutletProfile(Record):
    outlet: str
    articles: int
    first_published: str | None
    last_published: str | None
    events: int
    events_unattributed: int  # reported in the outlet's own voice
    events_unattributed_share: float
    figures: int
    figures_unattributed: int
    figures_unattributed_share: float
    quotes: int
    framing_marks: int
    ledger_events: int  # ledger events it reported
    shared_ledger_events: int  # of those, reported by at least one other outlet too
    framing_by_kind: tuple[KindCount, ...] = ()
    framing_by_referent: tuple[FramingCount, ...] = ()
    quoted: tuple[SourceCount, ...] = ()
    actors: tuple[ActorRoleCount, ...] = ()


@dataclass(frozen=True)
class ActorName(Record):
    """A name an outlet used for an actor, and how often."""

    text: str
    n: int
    outlet: str | None = None


@dataclass(frozen=True)
class ActorQuote(Record):
    quote_id: str
    article_id: str
    outlet: str | None
    published: str | None
    kind: str
    content: str
    sentence: int
    start: int
    end: int
    cue_lemma: str | None = None


@dataclass(frozen=True)
class ActorProfile(Record):
    """What one actor said, did, suffered and claimed, across the store."""

    actor: Actor
    mentions: int
    n_said: int
    n_did: int  # event mentions with the actor as source
    n_suffered: int  # event mentions with the actor as target
    n_claimed: int  # figures citing the actor as source
    n_ledger_did: int
    n_ledger_suffered: int
    names: tuple[ActorName, ...] = ()
    labels: tuple[FramingCount, ...] = ()
    said: tuple[ActorQuote, ...] = ()
    did: tuple[LedgerEvent, ...] = ()
    suffered: tuple[LedgerEvent, ...] = ()
    claimed: tuple[Claim, ...] = ()


@dataclass(frozen=True)
class LedgerSummary(Record):
    """What a build produced."""

    events_considered: int
    ledger_events: int
    linked_events: int  # ledger events with two or more mentions
    cross_outlet_events: int  # ledger events reported by two or more outlets
    claims: int
    claim_threads: int
    cross_outlet_threads: int
    series_threads: int
    disagreement_threads: int
    outlets: int
    seconds: float
    marker: str
    config: LedgerConfig = field(default_factory=LedgerConfig)


@dataclass(frozen=True)
class LedgerStatus(Record):
    built: bool
    stale: bool
    marker: str | None  # what the ledger was built from
    current_marker: str  # what the store holds now
    built_at: str | None = None
    config: LedgerConfig | None = None


# -- schema ------------------------------------------------------------------------------------

SCHEMA = """
CREATE TABLE IF NOT EXISTS ledger_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS ledger_events (
    id TEXT PRIMARY KEY,
    plover TEXT NOT NULL,
    date_start TEXT, date_end TEXT,
    place TEXT,
    cameo TEXT, mode TEXT, quad_class INTEGER, goldstein REAL,
    n_mentions INTEGER NOT NULL, n_articles INTEGER NOT NULL, n_outlets INTEGER NOT NULL,
    outlets TEXT NOT NULL DEFAULT '[]',
    first_published TEXT, last_published TEXT,
    anchor_event_id TEXT NOT NULL,
    why_fields TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_events_date ON ledger_events(date_start);
CREATE INDEX IF NOT EXISTS ledger_events_type_date ON ledger_events(plover, date_start);

CREATE TABLE IF NOT EXISTS ledger_event_mentions (
    event_id TEXT PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    ledger_event_id TEXT NOT NULL REFERENCES ledger_events(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT, date_source TEXT NOT NULL,
    matched TEXT NOT NULL DEFAULT '',
    link_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ledger_event_mentions_event ON ledger_event_mentions(ledger_event_id, position);
CREATE INDEX IF NOT EXISTS ledger_event_mentions_article ON ledger_event_mentions(article_id);

CREATE TABLE IF NOT EXISTS ledger_event_actors (
    ledger_event_id TEXT NOT NULL REFERENCES ledger_events(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('source', 'target')),
    mentions INTEGER NOT NULL,
    date_start TEXT,
    PRIMARY KEY (ledger_event_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS ledger_event_actors_actor ON ledger_event_actors(actor_id, role, date_start);

CREATE TABLE IF NOT EXISTS claim_threads (
    id TEXT PRIMARY KEY,
    measure TEXT NOT NULL, group_class TEXT NOT NULL, group_terms TEXT NOT NULL DEFAULT '[]',
    place TEXT, time_scope TEXT,
    ledger_event_id TEXT REFERENCES ledger_events(id) ON DELETE SET NULL,
    n_claims INTEGER NOT NULL, n_outlets INTEGER NOT NULL, n_sources INTEGER NOT NULL,
    outlets TEXT NOT NULL DEFAULT '[]',
    value_min REAL NOT NULL, value_max REAL NOT NULL,
    first_published TEXT, last_published TEXT,
    is_series INTEGER NOT NULL, has_disagreement INTEGER NOT NULL,
    why TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claim_threads_measure ON claim_threads(measure, last_published);
CREATE INDEX IF NOT EXISTS claim_threads_published ON claim_threads(last_published);
CREATE INDEX IF NOT EXISTS claim_threads_ledger_event ON claim_threads(ledger_event_id);

CREATE TABLE IF NOT EXISTS claim_thread_claims (
    figure_id TEXT PRIMARY KEY REFERENCES figures(id) ON DELETE CASCADE,
    thread_id TEXT NOT NULL REFERENCES claim_threads(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('first', 'repeat', 'update', 'agrees', 'disagreement')),
    role_note TEXT NOT NULL DEFAULT '',
    interval_low REAL, interval_high REAL
);
CREATE INDEX IF NOT EXISTS claim_thread_claims_thread ON claim_thread_claims(thread_id, position);

CREATE TABLE IF NOT EXISTS claim_thread_actors (
    thread_id TEXT NOT NULL REFERENCES claim_threads(id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL CHECK (role IN ('source', 'group', 'perpetrator')),
    last_published TEXT,
    PRIMARY KEY (thread_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS claim_thread_actors_actor ON claim_thread_actors(actor_id, last_published);

CREATE TABLE IF NOT EXISTS ledger_outlets (
    outlet TEXT PRIMARY KEY,
    articles INTEGER NOT NULL, first_published TEXT, last_published TEXT,
    events INTEGER NOT NULL, events_unattributed INTEGER NOT NULL,
    figures INTEGER NOT NULL, figures_unattributed INTEGER NOT NULL,
    quotes INTEGER NOT NULL, framing_marks INTEGER NOT NULL,
    ledger_events INTEGER NOT NULL, shared_ledger_events INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS ledger_outlet_framing (
    outlet TEXT NOT NULL REFERENCES ledger_outlets(outlet) ON DELETE CASCADE,
    kind TEXT NOT NULL, text TEXT NOT NULL, voice TEXT NOT NULL CHECK (voice IN ('outlet', 'quoted')),
    refers_to TEXT, n INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_outlet_framing_outlet ON ledger_outlet_framing(outlet, n);
CREATE INDEX IF NOT EXISTS ledger_outlet_framing_referent ON ledger_outlet_framing(refers_to, n);
CREATE TABLE IF NOT EXISTS ledger_outlet_sources (
    outlet TEXT NOT NULL REFERENCES ledger_outlets(outlet) ON DELETE CASCADE,
    actor_id TEXT, name TEXT NOT NULL, quotes INTEGER NOT NULL, figures_cited INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_outlet_sources_outlet ON ledger_outlet_sources(outlet);
CREATE TABLE IF NOT EXISTS ledger_outlet_actors (
    outlet TEXT NOT NULL REFERENCES ledger_outlets(outlet) ON DELETE CASCADE,
    actor_id TEXT NOT NULL, as_source INTEGER NOT NULL, as_target INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_outlet_actors_outlet ON ledger_outlet_actors(outlet);
CREATE TABLE IF NOT EXISTS ledger_actor_names (
    actor_id TEXT NOT NULL, outlet TEXT, text TEXT NOT NULL, n INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_actor_names_actor ON ledger_actor_names(actor_id, n);

-- indexes on record tables that the ledger queries need (the record tables are the store's)
CREATE INDEX IF NOT EXISTS ledger_figures_attribution ON figures(attribution_actor_id);

-- views: the ledger as readable tables
CREATE VIEW IF NOT EXISTS ledger_event_reports AS
SELECT lem.ledger_event_id, lem.position, le.plover AS ledger_type, le.date_start, le.place AS ledger_place,
       a.outlet, a.published, a.url, e.id AS event_id, e.plover, e.modality, e.claimed_by,
       e.source_text, e.predicate, e.target_text, e.date, e.place, e.article_id, e.sentence,
       e.start, e."end", e.text, lem.date_source, lem.matched, lem.link_note
FROM ledger_event_mentions lem
JOIN ledger_events le ON le.id = lem.ledger_event_id
JOIN events e ON e.id = lem.event_id
JOIN articles a ON a.id = lem.article_id;

CREATE VIEW IF NOT EXISTS ledger_event_overview AS
SELECT le.id, le.date_start, le.date_end, le.plover, le.place,
       (SELECT group_concat(ac.name, '; ') FROM ledger_event_actors x JOIN actors ac ON ac.id = x.actor_id
         WHERE x.ledger_event_id = le.id AND x.role = 'source') AS sources,
       (SELECT group_concat(ac.name, '; ') FROM ledger_event_actors x JOIN actors ac ON ac.id = x.actor_id
         WHERE x.ledger_event_id = le.id AND x.role = 'target') AS targets,
       le.n_mentions, le.n_articles, le.n_outlets, le.outlets, le.why_fields, le.why
FROM ledger_events le;

CREATE VIEW IF NOT EXISTS claim_ledger AS
SELECT c.thread_id, t.measure, t.group_class, t.place AS thread_place, c.position, c.role, c.role_note,
       a.outlet, a.published, f.qualifier, f.value_low, f.value_high, f.unit, f."group",
       f.attribution, f.attribution_actor_id, f.time_scope, f.place, f.text, f.article_id, f.sentence,
       f.start, f."end", f.id AS figure_id
FROM claim_thread_claims c
JOIN claim_threads t ON t.id = c.thread_id
JOIN figures f ON f.id = c.figure_id
JOIN articles a ON a.id = c.article_id;

CREATE VIEW IF NOT EXISTS outlet_framing AS
SELECT outlet, kind, text, voice, refers_to, ac.name AS referent, n
FROM ledger_outlet_framing LEFT JOIN actors ac ON ac.id = refers_to;
"""

LEDGER_TABLES = ("ledger_events", "ledger_event_mentions", "ledger_event_actors", "claim_threads",
                 "claim_thread_claims", "claim_thread_actors", "ledger_outlets",
                 "ledger_outlet_framing", "ledger_outlet_sources", "ledger_outlet_actors",
                 "ledger_actor_names", "ledger_state")


# one ledger build (or schema change) at a time per PostgreSQL database (pg_advisory_xact_lock)
_BUILD_LOCK = 0x6E6C_4C45_4447_4552


def schema_sql(dialect: str) -> str:
    """The ledger schema in a dialect: SQLite's as written; PostgreSQL's with its types (see
    ``store.postgres_ddl``), CREATE OR REPLACE VIEW and string_agg for group_concat."""
    if dialect != db.POSTGRESQL:
        return SCHEMA
    sql = postgres_ddl(SCHEMA).replace("CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW")
    return sql.replace("group_concat(", "string_agg(")


def ensure_schema(conn: sqlite3.Connection) -> None:
    """Create the ledger tables, indexes and views if they are missing (needs a writable store)."""
    if db.dialect(conn) == db.POSTGRESQL:
        with conn:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (_BUILD_LOCK,))
            conn.executescript(schema_sql(db.POSTGRESQL))
        return
    with conn:
        conn.executescript(SCHEMA)


def _has_ledger(conn: sqlite3.Connection) -> bool:
    return db.table_exists(conn, "ledger_state")


def _require_ledger(store: Store) -> None:
    if not _has_ledger(store.conn):
        raise LedgerError(f"the ledger of {store.name} has not been built; run: newsledger ledger build")


# -- staleness -----------------------------------------------------------------------------------


def data_marker(store: Store) -> str:
    """What the ledger depends on: row counts and the last article's rowid (cheap to compute)."""
    c = store.conn
    parts = [LEDGER_SCHEMA_VERSION]
    for table in ("articles", "events", "figures", "quotes", "framing", "mentions"):
        parts.append(str(c.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]))
    parts.append(str(c.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0]))
    return ":".join(parts)


def _state(conn: sqlite3.Connection) -> dict[str, str]:
    return {r[0]: r[1] for r in conn.execute("SELECT key, value FROM ledger_state")}


def ledger_status(store: Store) -> LedgerStatus:
    """Whether the ledger is built and whether the store changed since."""
    current = data_marker(store)
    if not _has_ledger(store.conn):
        return LedgerStatus(built=False, stale=True, marker=None, current_marker=current)
    st = _state(store.conn)
    marker = st.get("marker")
    config = LedgerConfig.from_dict(json.loads(st["config"])) if "config" in st else None
    return LedgerStatus(built=marker is not None, stale=marker != current, marker=marker,
                        current_marker=current, built_at=st.get("built_at"), config=config)


def ensure_ledger(store: Store, config: LedgerConfig | None = None, *,
                  force: bool = False) -> LedgerSummary | None:
    """Build the ledger when it is missing, stale, built with other settings than ``config``, or
    ``force``; returns the summary of the build, or None when the ledger was up to date.
    With ``config=None`` a rebuild keeps the settings of the last build."""
    status = ledger_status(store)
    cfg = config or status.config or LedgerConfig()
    if force or status.stale or (config is not None and status.config != config):
        return build_ledger(store, cfg)
    return None


def open_ledger(path: str | Path, config: LedgerConfig | None = None, *, build: str = "auto") -> Store:
    """Open a database for ledger queries. ``build``: "auto" builds the ledger when it is missing,
    stale or ``config`` differs from the last build; "always" rebuilds; "never" does not. A
    database that cannot be written is opened read-only and its ledger used as it is."""
    if build not in ("auto", "always", "never"):
        raise LedgerError("build must be 'auto', 'always' or 'never'")
    name = db.display_name(path)
    if not db.is_url(path) and not Path(path).exists():
        raise StoreError(f"database not found: {path}")
    try:
        store = Store(path)
    except StoreError:
        store = Store(path, readonly=True)
        status = ledger_status(store)
        if not status.built:
            store.close()
            raise LedgerError(f"the ledger of {name} has not been built and the database is read-only;"
                              " run newsledger ledger build where it can be written") from None
        if status.stale:
            log.warning("the ledger of %s is out of date and the database is read-only", name)
        return store
    if build != "never":
        try:
            ensure_ledger(store, config, force=build == "always")
        except LedgerError:
            store.close()
            raise
    return store


# -- building: event linking ---------------------------------------------------------------------


@dataclass
class _ActorInfo:
    name: str
    country: str | None
    sectors: frozenset[str]
    members: tuple[str, ...] = ()
    generic: bool = False  # a kind of actor with no country ("civilians"): never corroborates


@dataclass
class _M:
    """An event mention as the linker sees it."""

    event_id: str
    article_id: str
    sentence: int
    plover: str
    day: date | None
    date_text: str | None
    date_source: str
    place: str | None
    core: frozenset[str]
    cameo: str | None
    mode: str | None
    quad: int | None
    goldstein: float | None
    published: str | None
    outlet: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    story: tuple[tuple[frozenset[str], str], ...] = ()  # specific places (core, as written) in the opening
    last_day: date | None = None  # for a ledger event standing in for its mentions: its last day
    parts: list[_Cluster] | None = None  # ... and the ledger event itself


_Notes = tuple[tuple[str, str], ...]  # why a mention joined: (category, text) pairs


@dataclass
class _Cluster:
    index: int
    plover: str
    first_day: date | None
    members: list[_M] = field(default_factory=list)
    matched: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parts: list[_Notes] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    targets: set[str] = field(default_factory=set)
    places: list[tuple[frozenset[str], str, str]] = field(default_factory=list)  # core, raw, article
    story: list[tuple[frozenset[str], str, str]] = field(default_factory=list)  # core, raw, article

    def add(self, m: _M, matched: tuple[str, ...], parts: _Notes) -> None:
        self.members.append(m)
        self.matched.append(matched)
        self.parts.append(parts)
        self.notes.append("; ".join(text for _, text in parts))
        self.sources.update(m.sources)
        self.targets.update(m.targets)
        if m.core and not any(core == m.core for core, _, _ in self.places):
            self.places.append((m.core, m.place or "", m.article_id))
        for core, raw in m.story:
            if not any(c == core for c, _, _ in self.story):
                self.story.append((core, raw, m.article_id))


class _PlaceWords:
    """For each article, which place words (the core words of any place given by an event or a
    figure) its title and text contain: read in one pass, so cross-naming checks are set tests."""

    def __init__(self, conn: sqlite3.Connection, places: Iterable[frozenset[str]]) -> None:
        vocab: set[str] = set()
        for core in places:
            vocab.update(core)
        self.data: dict[str, frozenset[str]] = {}
        if not vocab:
            return
        empty: frozenset[str] = frozenset()
        for aid, title, text in conn.execute("SELECT id, title, text FROM articles"):
            raw = f"{title or ''}\n{text}".replace("’", "'").lower()
            found = vocab.intersection(_WORD.findall(_POSSESSIVE.sub("", raw)))
            self.data[aid] = frozenset(found) if found else empty

    def words(self, article_id: str) -> frozenset[str]:
        return self.data.get(article_id, frozenset())

    def names(self, core: frozenset[str], article_id: str) -> bool:
        """True when every core word of a place is a word of the article (title included)."""
        return bool(core) and core <= self.data.get(article_id, frozenset())


_RANK = {"same": 3, "country": 2, "kind": 1}


class _Linker:
    def __init__(self, config: LedgerConfig, actors: dict[str, _ActorInfo], texts: _PlaceWords) -> None:
        self.config = config
        self.actors = actors
        self.texts = texts
        self.rules = _rules()
        self.clusters: list[_Cluster] = []
        self.index: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        self.relations: dict[tuple[str, str], str | None] = {}
        compat: dict[str, set[str]] = defaultdict(set)
        for pair in self.rules.compatible:
            for t in pair:
                compat[t].update(pair)
        self.compat = compat

    # -- actors --------------------------------------------------------------------------------
    def _keys(self, actor_id: str) -> list[str]:
        """Index keys of an actor: its id, its country (when linking by country), its members'."""
        info = self.actors.get(actor_id)
        keys = [actor_id]
        if info is not None:
            if self.config.actor_match == "country" and info.country:
                keys.append("cc:" + info.country)
            for member in info.members:
                keys.extend(k for k in self._keys(member) if k not in keys)
        return keys

    def _actor_relation(self, a: str, b: str) -> str | None:
        """"same" (one actor), "country" (same country, compatible sectors), "kind" (compatible,
        but too unspecific to corroborate: "civilians"), None (different actors)."""
        key = (a, b)
        if key in self.relations:
            return self.relations[key]
        ia, ib = self.actors.get(a), self.actors.get(b)
        rel: str | None = None
        if a == b:
            rel = "kind" if ia is not None and ia.generic else "same"
        elif (ia is not None and ia.members) or (ib is not None and ib.members):
            left = ia.members if ia is not None and ia.members else (a,)
            right = ib.members if ib is not None and ib.members else (b,)
            rels = [self._actor_relation(x, y) for x in left for y in right if (x, y) != (a, b)]
            rel = max(rels, key=lambda r: _RANK.get(r or "", 0), default=None)
        elif ia is None or ib is None:
            rel = None
        elif ia.generic or ib.generic:
            g, o = (ia, ib) if ia.generic else (ib, ia)
            rel = "kind" if not g.sectors or g.sectors <= o.sectors else None
        elif self.config.actor_match == "country" and ia.country and ia.country == ib.country and (
                ia.sectors <= ib.sectors or ib.sectors <= ia.sectors
                or (ia.sectors | ib.sectors) <= self.rules.state_sectors):
            rel = "country"
        self.relations[key] = rel
        return rel

    def _name(self, actor_id: str) -> str:
        info = self.actors.get(actor_id)
        return info.name if info else actor_id

    def _role_match(self, mine: Sequence[str], theirs: set[str], role: str) -> tuple[str, str | None]:
        """("match", note), ("compatible", None), ("conflict", None) or ("unknown", None)."""
        if not mine or not theirs:
            return "unknown", None
        best: tuple[int, str, str, str] | None = None
        for a in mine:
            for b in sorted(theirs):
                rel = self._actor_relation(a, b)
                if rel is not None and (best is None or _RANK[rel] > best[0]):
                    best = (_RANK[rel], rel, a, b)
        if best is None:
            return "conflict", None
        _, rel, a, b = best
        if rel == "kind":
            return "compatible", None
        if a == b:
            return "match", f"{role} {self._name(a)}"
        how = "same country" if rel == "country" else "one of its members"
        return "match", f"{role} {self._name(a)} ~ {self._name(b)} ({how})"

    # -- places --------------------------------------------------------------------------------
    def _place_relation(self, m: _M, c: _Cluster) -> tuple[int, str] | None:
        """(score, note): 3 the same event place; 2 the same specific place of the stories (an
        event place or a place named in an article's opening); 1 places named in each other's
        articles, or the ledger event's place named in the mention's article; 0 nothing in
        common; None for event places that differ (when places must match)."""
        if m.core and c.places:
            for core, raw, _ in c.places:
                if core <= m.core or m.core <= core:
                    return 3, f"same place ({m.place} / {raw})" if m.place != raw else f"same place ({raw})"
            if self.config.cross_named_places:
                for core, raw, art in c.places:
                    if self.texts.names(core, m.article_id) and self.texts.names(m.core, art):
                        return 1, f"{m.place} / {raw} named in each other's articles"
            if self.config.require_place_match:
                return None
            return 0, f"places differ ({m.place} / {c.places[0][1]}), ignored"
        if self.config.story_places:
            mine = (((m.core, m.place or ""),) if m.core else ()) + m.story
            theirs = c.places + c.story
            for a, mine_raw in mine:
                for b, raw, _ in theirs:
                    if a <= b or b <= a:
                        return 2, f"both stories are about {raw}" + (
                            f" / {mine_raw}" if mine_raw.lower() != raw.lower() else "")
            for b, raw, _ in theirs:
                if self.texts.names(b, m.article_id):
                    return 1, f"the article names {raw}, where the other reports are"
            for a, mine_raw in mine:
                for _, _, art in theirs:
                    if self.texts.names(a, art):
                        return 1, f"{mine_raw} is named in the other reports"
        return 0, "no place in common given"

    def _check(self, m: _M, c: _Cluster) -> tuple[tuple[Any, ...], tuple[str, ...], _Notes] | None:
        cfg = self.config
        if m.plover == c.plover:
            type_score, type_note = 2, "same type"
        elif m.plover in self.compat.get(c.plover, ()):
            type_score, type_note = 1, f"compatible types {c.plover}/{m.plover}"
        else:
            return None
        assert m.day is not None and c.first_day is not None
        gap = (m.day - c.first_day).days
        if gap < 0 or gap > cfg.window_days or (
                m.last_day is not None and (m.last_day - c.first_day).days > cfg.window_days):
            return None
        place = self._place_relation(m, c)
        if place is None:
            return None
        place_score, place_note = place
        s_state, s_note = self._role_match(m.sources, c.sources, "source")
        t_state, t_note = self._role_match(m.targets, c.targets, "target")
        matched_roles = [n for n in (s_note, t_note) if n]
        evidence = len(matched_roles) + (1 if cfg.place_corroborates and place_score > 0 else 0)
        conflicts = [s_state, t_state].count("conflict")
        notes: list[tuple[str, str]] = [("type", type_note), *(("actors", n) for n in matched_roles)]
        at_the_place = place_score >= 2 or (place_score == 1 and not m.core and not m.story
                                            and place_note.startswith("the article names"))
        if cfg.place_corroborates and at_the_place and conflicts and m.plover in self.rules.disputable:
            # one happening at one place: who did it, and to whom, is what reports dispute
            # (also when the report names no place of its own but names the ledger event's)
            notes += [("disputed", f"{role} disputed") for role, st in (("source", s_state), ("target", t_state))
                      if st == "conflict"]
            conflicts = 0
        if evidence < cfg.min_actor_overlap or conflicts > cfg.max_role_conflicts:
            return None
        fields = ["type", "date"]
        if matched_roles:
            fields.insert(1, "actors")
        if place_score > 0:
            fields.append("place")
        notes += [("date", f"{gap} day(s) after the first report"), ("place", place_note)]
        score = (evidence, len(matched_roles), place_score, type_score, -gap, -c.index)
        return score, tuple(fields), tuple(notes)

    # -- clustering ----------------------------------------------------------------------------
    def _lookups(self, m: _M) -> list[tuple[str, str, str]]:
        types = sorted({m.plover} | self.compat.get(m.plover, set()))
        keys: list[tuple[str, str]] = []
        for role, ids in (("source", m.sources), ("target", m.targets)):
            for a in ids:
                keys.extend((role, k) for k in self._keys(a))
        if self.config.story_places or self.config.cross_named_places:
            words = set(m.core).union(*(core for core, _ in m.story)) | self.texts.words(m.article_id)
            keys.extend(("place", w) for w in sorted(words))
        elif m.core:
            keys.extend(("place", w) for w in sorted(m.core))
        if self.config.min_actor_overlap == 0 or not self.config.require_place_match:
            keys.append(("any", ""))
        return [(t, role, k) for t in types for role, k in keys]

    def add(self, m: _M) -> None:
        if m.day is None:
            self._new(m)
            return
        candidates: list[int] = []
        seen: set[int] = set()
        horizon = self.config.window_days
        for key in self._lookups(m):
            lst = self.index.get(key)
            if not lst:
                continue
            # drop clusters too old for any later mention (mentions arrive in date order)
            while lst and self.clusters[lst[0]].first_day is not None and \
                    (m.day - self.clusters[lst[0]].first_day).days > horizon:  # type: ignore[operator]
                lst.pop(0)
            for ci in lst:
                if ci not in seen:
                    seen.add(ci)
                    candidates.append(ci)
        best: tuple[tuple[Any, ...], int, tuple[str, ...], _Notes] | None = None
        for ci in candidates:
            res = self._check(m, self.clusters[ci])
            if res is not None and (best is None or res[0] > best[0]):
                best = (res[0], ci, res[1], res[2])
        if best is None:
            self._new(m)
            return
        c = self.clusters[best[1]]
        c.add(m, best[2], best[3])
        self._register(c, m)

    def merged(self) -> list[_Cluster]:
        """Ledger events after a second pass that links the first pass's ledger events to each
        other by the same rule (mentions taken in date order can start two ledger events for
        one happening before the report that links them arrives)."""
        second = _Linker(self.config, self.actors, self.texts)
        second.relations = self.relations
        for c in sorted(self.clusters, key=lambda c: (c.first_day or date.max, c.index)):
            first = c.members[0]
            days = [m.day for m in c.members if m.day is not None]
            story = tuple((core, raw) for core, raw, _ in c.story + c.places[1:])
            second.add(_M(
                event_id=first.event_id, article_id=first.article_id, sentence=first.sentence,
                plover=c.plover, day=c.first_day, date_text=first.date_text, date_source=first.date_source,
                place=c.places[0][1] if c.places else None, core=c.places[0][0] if c.places else frozenset(),
                cameo=None, mode=None, quad=None, goldstein=None, published=first.published,
                outlet=first.outlet, sources=tuple(sorted(c.sources)), targets=tuple(sorted(c.targets)),
                story=story, last_day=max(days) if days else None, parts=[c]))
        out: list[_Cluster] = []
        for sc in second.clusters:
            parts = [p for rep in sc.members for p in (rep.parts or [])]
            if len(parts) == 1:
                out.append(parts[0])
                continue
            whole = _Cluster(index=len(out), plover=parts[0].plover, first_day=parts[0].first_day)
            for k, part in enumerate(parts):
                for j, (m, mt, notes) in enumerate(zip(part.members, part.matched, part.parts, strict=True)):
                    if k and not j:
                        mt, notes = sc.matched[k], (("merge", "merged with an earlier ledger event"),
                                                    *sc.parts[k])
                    whole.add(m, mt, notes)
            out.append(whole)
        return out

    def _new(self, m: _M) -> None:
        c = _Cluster(index=len(self.clusters), plover=m.plover, first_day=m.day)
        c.add(m, (), (("first", "first report"),))
        self.clusters.append(c)
        if m.day is not None:
            self._register(c, m)

    def _register(self, c: _Cluster, m: _M) -> None:
        keys: list[tuple[str, str]] = []
        for role, ids in (("source", m.sources), ("target", m.targets)):
            for a in ids:
                keys.extend((role, k) for k in self._keys(a))
        for core in (m.core, *(core for core, _ in m.story)):
            keys.extend(("place", w) for w in core)
        if len(c.members) == 1:
            keys.append(("any", ""))
        for role, k in keys:
            lst = self.index[(c.plover, role, k)]
            if not lst or lst[-1] != c.index:
                lst.append(c.index)


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent value (ignoring None and ""); among equals, the first seen."""
    counts: dict[Any, int] = {}
    for v in values:
        if v is not None and v != "":
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    return next(k for k, n in counts.items() if n == top)


def _why(c: _Cluster, config: LedgerConfig) -> LinkReason:
    days = [m.day for m in c.members if m.day is not None]
    span = f"{min(days).isoformat()} to {max(days).isoformat()}" if days else "no date"
    rule = config.describe()
    if len(c.members) == 1:
        m = c.members[0]
        return LinkReason(fields=(), type=f"single mention ({m.plover})", actors="", date=span,
                          place=m.place or "not given", rule=rule)
    fields: list[str] = []
    for f in ("type", "actors", "date", "place"):
        if any(f in mt for mt in c.matched[1:]):
            fields.append(f)
    types = sorted({m.plover for m in c.members})
    type_text = f"same type {types[0]}" if len(types) == 1 else f"compatible types {', '.join(types)}"
    by_kind: dict[str, list[str]] = defaultdict(list)
    for parts in c.parts[1:]:
        for kind, text in parts:
            if text not in by_kind[kind]:
                by_kind[kind].append(text)
    places = [p for p in by_kind["place"] if p != "no place in common given"]
    actors = "; ".join(by_kind["actors"])
    return LinkReason(
        fields=tuple(fields), type=type_text,
        actors=("shared " + actors if actors else "no shared actor")
        + ("; " + ", ".join(by_kind["disputed"]) if by_kind["disputed"] else ""),
        date=f"{span}, within {config.window_days} day(s)",
        place="; ".join(places) if places else "not given", rule=rule)


# -- building: claim threads ---------------------------------------------------------------------


@dataclass
class _F:
    id: str
    article_id: str
    sentence: int
    start: int
    value_low: float
    value_high: float
    qualifier: str | None
    measure: str
    group: str | None
    gclass: str
    place: str | None
    core: frozenset[str]
    time_scope: str | None
    scope: str | None
    attribution: str
    attribution_actor_id: str | None
    group_actor_id: str | None
    perpetrator_actor_id: str | None
    published: str | None
    day: date | None
    outlet: str | None
    before: str
    part_of: str | None = None
    anchor: str | None = None


@dataclass
class _Thread:
    index: int
    measure: str
    gclass: str
    first_day: date | None
    anchor: str | None = None
    scope: str | None = None
    members: list[_F] = field(default_factory=list)
    places: list[tuple[frozenset[str], str]] = field(default_factory=list)  # core, article
    notes: list[str] = field(default_factory=list)

    def add(self, f: _F, note: str) -> None:
        self.members.append(f)
        self.notes.append(note)
        if f.scope and not self.scope:
            self.scope = f.scope
        if f.core and not any(core == f.core for core, _ in self.places):
            self.places.append((f.core, f.article_id))


def _source_key(f: _F) -> str | None:
    if f.attribution_actor_id:
        return "actor:" + f.attribution_actor_id
    if f.attribution and f.attribution != "unattributed":
        return "text:" + " ".join(f.attribution.lower().split())
    return None


def _describe_claim(f: _F) -> str:
    src = f.attribution if f.attribution != "unattributed" else "no source cited"
    when = (f.published or "")[:10]
    val = f"{f.value_low:g}" if f.value_low == f.value_high else f"{f.value_low:g}-{f.value_high:g}"
    q = f"{f.qualifier} " if f.qualifier else ""
    return f"{q}{val} ({f.outlet or 'unknown outlet'}, {src}, {when})"


def _roles(members: list[_F]) -> list[tuple[str, str, tuple[float, float | None]]]:
    """The role of each claim in publication order (see the module docstring)."""
    rules = _rules()
    out: list[tuple[str, str, tuple[float, float | None]]] = []
    for i, f in enumerate(members):
        iv = _interval(f.value_low, f.value_high, f.qualifier)
        if i == 0:
            out.append(("first", "earliest claim in the thread", iv))
            continue
        key = _source_key(f)
        earlier = members[:i]
        same = [e for e in earlier if e.article_id != f.article_id and (
                (key is not None and _source_key(e) == key)
                or (f.outlet is not None and e.outlet == f.outlet and (e.published or "") < (f.published or "")))]
        if same:
            prev = same[-1]
            who = prev.attribution if key is not None and _source_key(prev) == key else prev.outlet
            if (prev.value_low, prev.value_high) == (f.value_low, f.value_high):
                out.append(("repeat", f"same figure as {who} gave earlier: {_describe_claim(prev)}", iv))
            else:
                out.append(("update", f"{who} earlier gave {_describe_claim(prev)}", iv))
            continue
        if rules.update_cue.search(f.before.lower()):
            out.append(("update", "the text says the figure was revised or rose", iv))
            continue
        agreeing = [e for e in earlier
                    if _overlap(_interval(e.value_low, e.value_high, e.qualifier), iv)]
        if agreeing:
            out.append(("agrees", f"consistent with {_describe_claim(agreeing[-1])}", iv))
        else:
            out.append(("disagreement", "consistent with no earlier claim, latest: "
                        + _describe_claim(earlier[-1]), iv))
    return out


class _Threader:
    """Assigns claims to threads. Open threads are found through an index of their place words
    and their articles, so a claim is compared with plausible threads only."""

    def __init__(self, config: LedgerConfig, texts: _PlaceWords) -> None:
        self.config = config
        self.texts = texts
        self.threads: list[_Thread] = []
        self.index: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        self.by_anchor: dict[tuple[str, str, str], int] = {}

    def _place(self, f: _F, t: _Thread) -> tuple[int, str] | None:
        if not t.places:
            if any(m.article_id == f.article_id for m in t.members):
                return 0, "same article, no place given"
            return None
        if not f.core:
            for core, art in t.places:
                if art == f.article_id or self.texts.names(core, f.article_id):
                    return 1, "the thread's place is named in the claim's article"
            return None
        for core, _ in t.places:
            if core <= f.core or f.core <= core:
                return 2, "same place"
        if self.config.cross_named_places:
            for core, art in t.places:
                if self.texts.names(core, f.article_id) and self.texts.names(f.core, art):
                    return 1, "places named in each other's articles"
        if self.config.require_place_match:
            return None
        return 0, "places differ, ignored"

    def _register(self, t: _Thread, f: _F) -> None:
        idx = self.index[(t.measure, t.gclass)]
        for k in (*f.core, "@" + f.article_id):
            lst = idx[k]
            if not lst or lst[-1] != t.index:
                lst.append(t.index)

    def _candidates(self, f: _F) -> list[int]:
        idx = self.index.get((f.measure, f.gclass))
        if not idx:
            return []
        keys = {*f.core, "@" + f.article_id}
        if self.config.cross_named_places or not f.core:
            keys.update(w for w in self.texts.words(f.article_id) if w in idx)
        if not self.config.require_place_match and f.core:
            keys.update(k for k in idx if not k.startswith("@"))
        window = self.config.figure_window_days
        found: set[int] = set()
        for k in keys:
            lst = idx.get(k)
            if not lst:
                continue
            while lst and f.day is not None and self.threads[lst[0]].first_day is not None and \
                    (f.day - self.threads[lst[0]].first_day).days > window:  # type: ignore[operator]
                lst.pop(0)
            found.update(lst)
        return sorted(found)

    def add(self, f: _F) -> None:
        if f.anchor is not None:
            ti = self.by_anchor.get((f.measure, f.gclass, f.anchor))
            if ti is not None:
                self.threads[ti].add(f, "same ledger event")
                self._register(self.threads[ti], f)
                return
        best: tuple[tuple[int, int], int, str] | None = None
        window = self.config.figure_window_days
        for ti in self._candidates(f):
            t = self.threads[ti]
            if f.anchor is not None and (t.anchor is not None or _is_period(t.scope)):
                continue  # anchored claims join their ledger event's thread or an unanchored, non-period one
            if f.day is not None and t.first_day is not None and (f.day - t.first_day).days > window:
                continue
            if f.scope is not None and t.scope is not None and f.scope != t.scope:
                continue
            place = self._place(f, t)
            if place is None:
                continue
            score = (place[0], ti)
            if best is None or score > best[0]:
                best = (score, ti, place[1])
        if best is not None:
            t = self.threads[best[1]]
            t.add(f, f"same measure and group; {best[2]}; within {window} day(s)")
            self._register(t, f)
            if f.anchor is not None and t.anchor is None:
                t.anchor = f.anchor
                self.by_anchor[(f.measure, f.gclass, f.anchor)] = t.index
            return
        t = _Thread(index=len(self.threads), measure=f.measure, gclass=f.gclass, first_day=f.day,
                    anchor=f.anchor)
        t.add(f, "first claim")
        self.threads.append(t)
        self._register(t, f)
        if f.anchor is not None:
            self.by_anchor[(f.measure, f.gclass, f.anchor)] = t.index


# -- building: the whole ledger ------------------------------------------------------------------


def _story_places(conn: sqlite3.Connection,
                  config: LedgerConfig) -> dict[str, tuple[tuple[frozenset[str], str], ...]]:
    """Per article, the specific places its opening names: place mentions (GPE, LOC, FAC) in the
    first ``lead_sentences`` sentences that do not resolve to an actor with a country (a town,
    not a country or a capital standing for a government)."""
    if not config.story_places or config.lead_sentences == 0:
        return {}
    out: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
    for aid, text in conn.execute(
            "SELECT m.article_id, m.text FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id"
            " WHERE m.label IN ('GPE', 'LOC', 'FAC') AND m.sentence < ? AND a.country IS NULL"
            " ORDER BY m.article_id, m.start", (config.lead_sentences,)):
        core = place_core(text)
        if core and all(core != c for c, _ in out[aid]):
            out[aid].append((core, text))
    return {k: tuple(v) for k, v in out.items()}


def _load_figures(conn: sqlite3.Connection) -> list[_F]:
    """Casualty figures (a measure, counted), with the text just before each (for update cues)."""
    win = _rules().update_window
    figs: list[_F] = []
    for r in conn.execute(
            "SELECT f.id, f.article_id, f.sentence, f.start, f.value_low, f.value_high, f.qualifier,"
            ' f.measure, f."group", f.unit, f.place, f.time_scope, f.attribution,'
            " f.attribution_actor_id, f.group_actor_id, f.perpetrator_actor_id, a.published, a.outlet,"
            f" substr(a.text, CASE WHEN f.start > {win} THEN f.start - {win - 1} ELSE 1 END,"
            f" CASE WHEN f.start > {win} THEN {win} ELSE f.start END), f.part_of"
            " FROM figures f JOIN articles a ON a.id = f.article_id"
            " WHERE f.measure IS NOT NULL AND f.kind = 'count'"):
        group = r[8] or r[9]
        figs.append(_F(id=r[0], article_id=r[1], sentence=r[2], start=r[3], value_low=r[4],
                       value_high=r[5], qualifier=r[6], measure=str(r[7]).lower(), group=group,
                       gclass=group_class(group), place=r[10], core=place_core(r[10]),
                       time_scope=r[11], scope=scope_key(r[11]), attribution=r[12] or "unattributed",
                       attribution_actor_id=r[13], group_actor_id=r[14], perpetrator_actor_id=r[15],
                       published=r[16], day=_as_date(r[16]), outlet=r[17], before=r[18] or "",
                       part_of=r[19]))
    # a part counted in the same group as its whole ("three of the 34 died overnight") is
    # another quantity than the whole: it gets its own class
    by_id = {f.id: f for f in figs}
    for f in figs:
        whole = by_id.get(f.part_of or "")
        if whole is not None and whole.gclass == f.gclass and whole.measure == f.measure:
            f.gclass = f"{f.gclass} (part)"
    return figs


def build_ledger(store: Store, config: LedgerConfig | None = None) -> LedgerSummary:
    """Recompute and store ledger events, claim threads and outlet/actor aggregates."""
    config = config or LedgerConfig()
    t0 = time.perf_counter()
    conn = store.conn
    try:
        ensure_schema(conn)
    except db.ERRORS as exc:
        raise LedgerError(f"cannot build the ledger in {store.name}: {exc}") from exc
    marker = data_marker(store)
    actors = {r[0]: _ActorInfo(name=r[1], country=r[2], sectors=frozenset(json.loads(r[3] or "[]")),
                               members=tuple(json.loads(r[4] or "[]")),
                               generic=r[2] is None and r[5] == "group" and r[6] != "dictionary")
              for r in conn.execute("SELECT id, name, country, sectors, members, type, source FROM actors")}
    story = _story_places(conn, config)

    # 1. event mentions, in date order
    roles: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for eid, aid, role in conn.execute(
            "SELECT event_id, actor_id, role FROM event_actors ORDER BY event_id, role, actor_id"):
        roles[eid][0 if role == "source" else 1].append(aid)
    qs = ",".join("?" * len(config.modalities)) or "''"
    mentions: list[_M] = []
    for r in conn.execute(
            "SELECT e.id, e.article_id, e.sentence, e.plover, e.date, e.place, e.cameo, e.mode,"
            " e.quad_class, e.goldstein, a.published, a.outlet FROM events e"
            f" JOIN articles a ON a.id = e.article_id WHERE e.modality IN ({qs})",
            tuple(config.modalities)):
        day = _as_date(r[4])
        src = "event"
        if day is None:
            day, src = _as_date(r[10]), "published"
        s, t = roles.get(r[0], ([], []))
        mentions.append(_M(event_id=r[0], article_id=r[1], sentence=r[2], plover=r[3].upper(), day=day,
                           date_text=day.isoformat() if day else None, date_source=src, place=r[5],
                           core=place_core(r[5]), cameo=r[6], mode=r[7], quad=r[8], goldstein=r[9],
                           published=r[10], outlet=r[11], sources=tuple(s), targets=tuple(t),
                           story=story.get(r[1], ())))
    mentions.sort(key=lambda m: (m.day or date.max, m.published or "", m.article_id, m.sentence, m.event_id))
    figs = _load_figures(conn)
    texts = _PlaceWords(conn, [m.core for m in mentions] + [f.core for f in figs]
                        + [core for places in story.values() for core, _ in places])
    linker = _Linker(config, actors, texts)
    for m in mentions:
        linker.add(m)
    clusters = linker.merged()

    # 2. ledger event rows
    le_rows: list[tuple[Any, ...]] = []
    lem_rows: list[tuple[Any, ...]] = []
    lea_rows: list[tuple[Any, ...]] = []
    anchors_by_article: dict[str, list[tuple[int, str, str, frozenset[str]]]] = defaultdict(list)
    for c in clusters:
        lid = _rid("le", c.members[0].event_id)
        days = [m.day for m in c.members if m.day is not None]
        pubs = sorted(m.published for m in c.members if m.published)
        outlets = sorted({m.outlet for m in c.members if m.outlet})
        plover = _most_common(m.plover for m in c.members)
        cameo = _most_common(m.cameo for m in c.members)
        quad = next((m.quad for m in c.members if m.cameo == cameo and m.quad is not None),
                    _most_common(m.quad for m in c.members))
        gold = next((m.goldstein for m in c.members if m.cameo == cameo and m.goldstein is not None),
                    _most_common(m.goldstein for m in c.members))
        why = _why(c, config)
        d0 = min(days).isoformat() if days else None
        le_rows.append((lid, plover, d0, max(days).isoformat() if days else None,
                        _most_common(m.place for m in c.members), cameo,
                        _most_common(m.mode for m in c.members), quad, gold, len(c.members),
                        len({m.article_id for m in c.members}), len(outlets), json.dumps(outlets),
                        pubs[0] if pubs else None, pubs[-1] if pubs else None, c.members[0].event_id,
                        ",".join(why.fields), json.dumps(why.to_dict(), ensure_ascii=False)))
        for pos, (m, mt, note) in enumerate(zip(c.members, c.matched, c.notes, strict=True)):
            lem_rows.append((m.event_id, lid, m.article_id, pos, m.date_text, m.date_source,
                             ",".join(mt), note))
            anchors_by_article[m.article_id].append((m.sentence, lid, m.plover, m.core))
        for role, attr in (("source", "sources"), ("target", "targets")):
            counts: dict[str, int] = {}
            for m in c.members:
                for a in getattr(m, attr):
                    counts[a] = counts.get(a, 0) + 1
            for aid, n in sorted(counts.items()):
                lea_rows.append((lid, aid, role, n, d0))

    # 3. claims: casualty figures, anchored to ledger events, in publication order
    rules = _rules()
    for f in figs:
        if _is_period(f.scope):
            continue  # a period total is not the toll of one happening
        allowed = rules.measure_types.get(f.measure, frozenset({"ASSAULT", "COERCE"}))
        cands = [x for x in anchors_by_article.get(f.article_id, ()) if x[2] in allowed]
        same = [x for x in cands if x[0] == f.sentence]
        if same:
            f.anchor = same[0][1]
            continue
        near = sorted((abs(x[0] - f.sentence), x[0], x[1]) for x in cands
                      if not (f.core and x[3]) or f.core <= x[3] or x[3] <= f.core)
        if near:
            f.anchor = near[0][2]
    figs.sort(key=lambda f: (f.published or "", f.article_id, f.start, f.id))
    threader = _Threader(config, texts)
    for f in figs:
        threader.add(f)

    ct_rows: list[tuple[Any, ...]] = []
    ctc_rows: list[tuple[Any, ...]] = []
    cta_rows: list[tuple[Any, ...]] = []
    n_series = n_disagree = n_cross = 0
    for t in threader.threads:
        tid = _rid("ct", t.members[0].id)
        roles_ = _roles(t.members)
        outlets = sorted({f.outlet for f in t.members if f.outlet})
        sources = {_source_key(f) for f in t.members} - {None}
        pubs = sorted(f.published for f in t.members if f.published)
        series = any(r[0] == "update" for r in roles_)
        disagree = any(r[0] == "disagreement" for r in roles_)
        n_series += series
        n_disagree += disagree
        n_cross += len(outlets) > 1
        terms = sorted({f.group for f in t.members if f.group})
        why = (f"measure {t.measure}, group {t.gclass}"
               + (f" ({', '.join(terms)})" if terms else "")
               + (f"; anchored to ledger event {t.anchor}" if t.anchor else "")
               + (f"; time scope {t.scope.split(':', 1)[1]}" if _is_period(t.scope) else "")
               + f"; claims joined by: {', '.join(sorted(set(t.notes[1:]))) or 'single claim'}")
        ct_rows.append((tid, t.measure, t.gclass, json.dumps(terms, ensure_ascii=False),
                        _most_common(f.place for f in t.members),
                        _most_common(f.time_scope for f in t.members), t.anchor, len(t.members),
                        len(outlets), len(sources), json.dumps(outlets, ensure_ascii=False),
                        min(min(f.value_low, f.value_high) for f in t.members),
                        max(max(f.value_low, f.value_high) for f in t.members),
                        pubs[0] if pubs else None, pubs[-1] if pubs else None, int(series),
                        int(disagree), why))
        actor_roles: set[tuple[str, str]] = set()
        for pos, (f, (role, note, iv)) in enumerate(zip(t.members, roles_, strict=True)):
            ctc_rows.append((f.id, tid, f.article_id, pos, role, note, iv[0], iv[1]))
            for aid, arole in ((f.attribution_actor_id, "source"), (f.group_actor_id, "group"),
                               (f.perpetrator_actor_id, "perpetrator")):
                if aid and aid in actors:
                    actor_roles.add((aid, arole))
        for aid, arole in sorted(actor_roles):
            cta_rows.append((tid, aid, arole, pubs[-1] if pubs else None))

    # 4. write everything in one transaction
    try:
        with conn:
            if db.dialect(conn) == db.POSTGRESQL:  # one build at a time; SQLite's write lock does that
                conn.execute("SELECT pg_advisory_xact_lock(?)", (_BUILD_LOCK,))
            for table in ("claim_thread_actors", "claim_thread_claims", "claim_threads",
                          "ledger_event_actors", "ledger_event_mentions", "ledger_events",
                          "ledger_outlet_framing", "ledger_outlet_sources", "ledger_outlet_actors",
                          "ledger_outlets", "ledger_actor_names"):
                conn.execute(f"DELETE FROM {table}")
            conn.executemany("INSERT INTO ledger_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", le_rows)
            conn.executemany("INSERT INTO ledger_event_mentions VALUES (?,?,?,?,?,?,?,?)", lem_rows)
            conn.executemany("INSERT INTO ledger_event_actors VALUES (?,?,?,?,?)", lea_rows)
            conn.executemany("INSERT INTO claim_threads VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ct_rows)
            conn.executemany("INSERT INTO claim_thread_claims VALUES (?,?,?,?,?,?,?,?)", ctc_rows)
            conn.executemany("INSERT INTO claim_thread_actors VALUES (?,?,?,?)", cta_rows)
            n_outlets = _write_profiles(conn)
            state = {"marker": marker, "config": json.dumps(config.to_dict(), sort_keys=True),
                     "schema_version": LEDGER_SCHEMA_VERSION,
                     "built_at": datetime.now(UTC).isoformat(timespec="seconds")}
            conn.executemany("INSERT INTO ledger_state(key, value) VALUES (?,?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                             sorted(state.items()))
    except db.ERRORS as exc:
        raise LedgerError(f"cannot write the ledger to {store.name}: {exc}") from exc
    seconds = round(time.perf_counter() - t0, 3)
    summary = LedgerSummary(
        events_considered=len(mentions), ledger_events=len(le_rows),
        linked_events=sum(1 for c in clusters if len(c.members) > 1),
        cross_outlet_events=sum(1 for r in le_rows if r[11] > 1), claims=len(ctc_rows),
        claim_threads=len(ct_rows), cross_outlet_threads=n_cross, series_threads=n_series,
        disagreement_threads=n_disagree, outlets=n_outlets, seconds=seconds, marker=marker,
        config=config)
    log.info("ledger built in %.2fs: %d ledger events from %d mentions, %d claim threads",
             seconds, summary.ledger_events, summary.events_considered, summary.claim_threads)
    return summary


def _write_profiles(conn: sqlite3.Connection) -> int:
    """Per-outlet and per-actor aggregates (one GROUP BY pass over each record table)."""
    c = conn
    base = {r[0]: [r[1], r[2], r[3]] for r in c.execute(
        "SELECT outlet, COUNT(*), MIN(published), MAX(published) FROM articles"
        " WHERE outlet IS NOT NULL GROUP BY outlet")}

    def per_outlet(sql: str) -> dict[str, tuple[Any, ...]]:
        return {r[0]: tuple(r[1:]) for r in c.execute(sql) if r[0] is not None}

    events = per_outlet("SELECT a.outlet, COUNT(*), SUM(CASE WHEN e.claimed_by = 'outlet' THEN 1 ELSE 0 END)"
                        " FROM events e"
                        " JOIN articles a ON a.id = e.article_id GROUP BY a.outlet")
    figures = per_outlet("SELECT a.outlet, COUNT(*), SUM(CASE WHEN f.attribution = 'unattributed' THEN 1"
                         " ELSE 0 END) FROM figures f"
                         " JOIN articles a ON a.id = f.article_id GROUP BY a.outlet")
    quotes = per_outlet("SELECT a.outlet, COUNT(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
                        " GROUP BY a.outlet")
    framing = per_outlet("SELECT a.outlet, COUNT(*) FROM framing fr JOIN articles a ON a.id = fr.article_id"
                         " GROUP BY a.outlet")
    ledger = per_outlet(
        "SELECT a.outlet, COUNT(DISTINCT lem.ledger_event_id),"
        " COUNT(DISTINCT CASE WHEN le.n_outlets > 1 THEN le.id END)"
        " FROM ledger_event_mentions lem JOIN articles a ON a.id = lem.article_id"
        " JOIN ledger_events le ON le.id = lem.ledger_event_id GROUP BY a.outlet")
    rows = []
    for outlet, (n, first, last) in sorted(base.items()):
        ev = events.get(outlet, (0, 0))
        fi = figures.get(outlet, (0, 0))
        le = ledger.get(outlet, (0, 0))
        rows.append((outlet, n, first, last, ev[0], ev[1] or 0, fi[0], fi[1] or 0,
                     quotes.get(outlet, (0,))[0], framing.get(outlet, (0,))[0], le[0], le[1]))
    c.executemany("INSERT INTO ledger_outlets VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    c.execute(
        "INSERT INTO ledger_outlet_framing(outlet, kind, text, voice, refers_to, n)"
        " SELECT a.outlet, fr.kind, lower(fr.text),"
        " CASE WHEN fr.voice = 'outlet' THEN 'outlet' ELSE 'quoted' END, fr.refers_to, COUNT(*)"
        " FROM framing fr JOIN articles a ON a.id = fr.article_id WHERE a.outlet IS NOT NULL"
        " GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5")
    sources: dict[tuple[str, str | None, str], list[int]] = {}
    for outlet, aid, text, n in c.execute(
            "SELECT a.outlet, q.speaker_actor_id, CASE WHEN q.speaker_actor_id IS NULL"
            " THEN lower(q.speaker) ELSE '' END, COUNT(*) FROM quotes q"
            " JOIN articles a ON a.id = q.article_id WHERE a.outlet IS NOT NULL"
            " AND (q.speaker_actor_id IS NOT NULL OR q.speaker IS NOT NULL) GROUP BY 1, 2, 3"):
        sources.setdefault((outlet, aid, text), [0, 0])[0] += n
    for outlet, aid, text, n in c.execute(
            "SELECT a.outlet, f.attribution_actor_id, CASE WHEN f.attribution_actor_id IS NULL"
            " THEN lower(f.attribution) ELSE '' END, COUNT(*) FROM figures f"
            " JOIN articles a ON a.id = f.article_id WHERE a.outlet IS NOT NULL"
            " AND f.attribution <> 'unattributed' GROUP BY 1, 2, 3"):
        sources.setdefault((outlet, aid, text), [0, 0])[1] += n
    names = {r[0]: r[1] for r in c.execute("SELECT id, name FROM actors")}
    c.executemany(
        "INSERT INTO ledger_outlet_sources(outlet, actor_id, name, quotes, figures_cited) VALUES (?,?,?,?,?)",
        [(o, aid, names.get(aid, aid) if aid else text, q, f)
         for (o, aid, text), (q, f) in sorted(sources.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2]))])
    c.execute(
        "INSERT INTO ledger_outlet_actors(outlet, actor_id, as_source, as_target)"
        " SELECT a.outlet, ea.actor_id, SUM(CASE WHEN ea.role = 'source' THEN 1 ELSE 0 END),"
        " SUM(CASE WHEN ea.role = 'target' THEN 1 ELSE 0 END)"
        " FROM event_actors ea JOIN events e ON e.id = ea.event_id JOIN articles a ON a.id = e.article_id"
        " WHERE a.outlet IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2")
    c.execute(
        "INSERT INTO ledger_actor_names(actor_id, outlet, text, n)"
        " SELECT m.actor_id, a.outlet, m.text, COUNT(*) FROM mentions m"
        " JOIN articles a ON a.id = m.article_id WHERE m.actor_id IS NOT NULL"
        " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
    return len(rows)


# -- reading -------------------------------------------------------------------------------------


def _like(text: str) -> str:
    esc = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


_ACTOR_SUB = "SELECT id FROM actors WHERE id = ? OR name LIKE ? ESCAPE '\\'"


def _check_page(limit: int, offset: int) -> None:
    if limit < 1 or offset < 0:
        raise LedgerError("limit must be at least 1 and offset not negative")


def _actor_names(conn: sqlite3.Connection, ids: Iterable[str]) -> dict[str, str]:
    ids = sorted(set(ids))
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out.update({r[0]: r[1] for r in conn.execute(
            f"SELECT id, name FROM actors WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
    return out


def _span(d: dict[str, Any] | None) -> Span | None:
    return None if not d else Span(int(d["start"]), int(d["end"]), str(d["text"]))


def _mention(v: tuple[Any, ...], ev: dict[str, Any], names: dict[str, str]) -> LedgerMention:
    """A ledger mention from its joined row and the stored event record (read directly from the
    record's JSON: ``Event.from_dict`` is the slow general path)."""
    claimed_by = ev.get("claimed_by", "outlet")
    predicate = _span(ev.get("predicate")) or Span(ev["start"], ev["start"], "")
    return LedgerMention(
        event_id=ev["id"], article_id=ev["article_id"], outlet=v[7], published=v[8], date=v[2],
        date_source=v[3], plover=ev["plover"], modality=ev.get("modality", "asserted"), claimed_by=claimed_by,
        claimed_by_name=None if claimed_by == "outlet" else names.get(claimed_by),
        sentence=ev["sentence"], start=ev["start"], end=ev["end"], text=ev["text"], predicate=predicate,
        source=_span(ev.get("source")), target=_span(ev.get("target")),
        # a source coded from the place (no perpetrator named) is not an actor who did it
        source_actor_ids=() if ev.get("source_basis") == "place" else tuple(ev.get("source_actor_ids") or ()),
        target_actor_ids=tuple(ev.get("target_actor_ids") or ()), url=v[9], title=v[10],
        confidence=float(ev.get("confidence", 1.0)), mode=ev.get("mode"),
        contexts=tuple(ev.get("contexts") or ()), cameo=ev.get("cameo"), position=v[1],
        matched=tuple(x for x in v[4].split(",") if x), link_note=v[5])


def _link_reason(d: dict[str, Any]) -> LinkReason:
    return LinkReason(fields=tuple(d.get("fields", ())), type=d.get("type", ""), actors=d.get("actors", ""),
                      date=d.get("date", ""), place=d.get("place", ""), rule=d.get("rule", ""))


def _load_events(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row],
                 max_mentions: int | None) -> list[LedgerEvent]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    qs = ",".join("?" * len(ids))
    actors: dict[str, dict[str, list[str]]] = {i: {"source": [], "target": []} for i in ids}
    for r in conn.execute(
            f"SELECT ledger_event_id, actor_id, role FROM ledger_event_actors WHERE ledger_event_id IN ({qs})"
            " ORDER BY ledger_event_id, role, mentions DESC, actor_id", ids):
        actors[r[0]][r[2]].append(r[1])
    cap = "" if max_mentions is None else f" AND lem.position < {int(max_mentions)}"
    mention_rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    for r in conn.execute(
            "SELECT lem.ledger_event_id, lem.position, lem.date, lem.date_source, lem.matched,"
            " lem.link_note, e.record, a.outlet, a.published, a.url, a.title"
            " FROM ledger_event_mentions lem JOIN events e ON e.id = lem.event_id"
            f" JOIN articles a ON a.id = lem.article_id WHERE lem.ledger_event_id IN ({qs}){cap}"
            " ORDER BY lem.ledger_event_id, lem.position", ids):
        mention_rows[r[0]].append(tuple(r))
    parsed: dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]] = {
        k: [(v, json.loads(v[6])) for v in vs] for k, vs in mention_rows.items()}
    wanted = {a for d in actors.values() for lst in d.values() for a in lst}
    wanted.update(ev.get("claimed_by", "outlet") for vs in parsed.values() for _, ev in vs)
    wanted.discard("outlet")
    names = _actor_names(conn, wanted)
    out = []
    for r in rows:
        lid = r["id"]
        mentions = tuple(_mention(v, ev, names) for v, ev in parsed.get(lid, []))
        src, tgt = actors[lid]["source"], actors[lid]["target"]
        out.append(LedgerEvent(
            id=lid, plover=r["plover"], date_start=r["date_start"], date_end=r["date_end"],
            place=r["place"], source_actor_ids=tuple(src), source_names=tuple(names.get(a, a) for a in src),
            target_actor_ids=tuple(tgt), target_names=tuple(names.get(a, a) for a in tgt),
            mentions=mentions, outlets=tuple(json.loads(r["outlets"])), n_mentions=r["n_mentions"],
            n_articles=r["n_articles"], n_outlets=r["n_outlets"],
            why=_link_reason(json.loads(r["why"])), cameo=r["cameo"],
            quad_class=r["quad_class"], goldstein=r["goldstein"], mode=r["mode"],
            first_published=r["first_published"], last_published=r["last_published"]))
    return out


def ledger_events(store: Store, *, actor: str | None = None, type: str | None = None,
                  since: str | None = None, until: str | None = None, limit: int = 50,
                  offset: int = 0, role: str | None = None, outlet: str | None = None,
                  min_outlets: int = 1, max_mentions: int | None = 200) -> list[LedgerEvent]:
    """Ledger events, newest first. ``actor``: actor id or part of its name (``role`` "source"
    or "target" to restrict); ``type``: PLOVER type; ``since``/``until``: ISO dates the event's
    days overlap; ``outlet``: reported by this outlet (part of its name); ``min_outlets``: only
    events reported by at least this many outlets; ``max_mentions``: mentions loaded per event."""
    _check_page(limit, offset)
    _require_ledger(store)
    if role not in (None, "source", "target"):
        raise LedgerError("role must be 'source' or 'target'")
    where: list[str] = []
    params: list[Any] = []
    if actor:
        role_sql = " AND lea.role = ?" if role else ""
        where.append(f"le.id IN (SELECT lea.ledger_event_id FROM ledger_event_actors lea"
                     f" WHERE lea.actor_id IN ({_ACTOR_SUB}){role_sql})")
        params += [actor, _like(actor)] + ([role] if role else [])
    if type:
        where.append("le.plover = ?")
        params.append(type.upper())
    if since:
        where.append("le.date_end >= ?")
        params.append(since[:10])
    if until:
        where.append("le.date_start <= ?")
        params.append(until[:10])
    if outlet:
        where.append("le.id IN (SELECT lem.ledger_event_id FROM ledger_event_mentions lem"
                     " JOIN articles a ON a.id = lem.article_id WHERE a.outlet LIKE ? ESCAPE '\\')")
        params.append(_like(outlet))
    if min_outlets > 1:
        where.append("le.n_outlets >= ?")
        params.append(min_outlets)
    sql = "SELECT * FROM ledger_events le"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY le.date_start DESC, le.id LIMIT ? OFFSET ?"
    rows = store.conn.execute(sql, [*params, limit, offset]).fetchall()
    return _load_events(store.conn, rows, max_mentions)


def ledger_event(store: Store, ledger_event_id: str) -> LedgerEvent | None:
    """One ledger event by id, with all its mentions."""
    _require_ledger(store)
    rows = store.conn.execute("SELECT * FROM ledger_events WHERE id = ?", (ledger_event_id,)).fetchall()
    events = _load_events(store.conn, rows, None)
    return events[0] if events else None


def iter_ledger_events(store: Store, *, batch: int = 500) -> Iterator[LedgerEvent]:
    """Every ledger event, oldest first, with all its mentions (for exports)."""
    _require_ledger(store)
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM ledger_events ORDER BY date_start IS NULL, date_start, id")]
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        rows = store.conn.execute(
            f"SELECT * FROM ledger_events WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall()
        order = {lid: n for n, lid in enumerate(chunk)}
        rows.sort(key=lambda r: order[r["id"]])
        yield from _load_events(store.conn, rows, None)


def _claims_for(conn: sqlite3.Connection, where: str, params: Sequence[Any], order: str,
                limit: int | None = None, *, threaded: bool = False) -> list[Claim]:
    """Claims (figures with their article and thread role); ``threaded``: only figures in a
    thread, read from the thread side (``where`` then filters ``c``)."""
    source = ("claim_thread_claims c JOIN figures f ON f.id = c.figure_id" if threaded else
              "figures f LEFT JOIN claim_thread_claims c ON c.figure_id = f.id")
    sql = ("SELECT f.*, a.outlet, a.published, a.url, c.thread_id, c.position, c.role, c.role_note"
           f" FROM {source} JOIN articles a ON a.id = f.article_id"
           f" WHERE {where} ORDER BY {order}")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = conn.execute(sql, params).fetchall()
    names = _actor_names(conn, [r["attribution_actor_id"] for r in rows if r["attribution_actor_id"]])
    return [Claim(figure_id=r["id"], article_id=r["article_id"], outlet=r["outlet"],
                  published=r["published"], value_low=r["value_low"], value_high=r["value_high"],
                  qualifier=r["qualifier"], attribution=r["attribution"],
                  attribution_actor_id=r["attribution_actor_id"], text=r["text"],
                  sentence=r["sentence"], start=r["start"], end=r["end"],
                  attribution_name=names.get(r["attribution_actor_id"] or ""), unit=r["unit"],
                  group=r["group"], measure=r["measure"], place=r["place"],
                  time_scope=r["time_scope"], url=r["url"], thread_id=r["thread_id"],
                  position=r["position"] or 0, role=r["role"], role_note=r["role_note"] or "")
            for r in rows]


def _evolution(claims: Sequence[Claim]) -> tuple[EvolutionPoint, ...]:
    days: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        days[(c.published or "")[:10]].append(c)
    return tuple(
        EvolutionPoint(date=d, value_low=min(min(c.value_low, c.value_high) for c in cs),
                       value_high=max(max(c.value_low, c.value_high) for c in cs), claims=len(cs),
                       outlets=tuple(sorted({c.outlet for c in cs if c.outlet})))
        for d, cs in sorted(days.items()))


def _load_threads(conn: sqlite3.Connection, rows: Sequence[sqlite3.Row]) -> list[ClaimThread]:
    if not rows:
        return []
    ids = [r["id"] for r in rows]
    qs = ",".join("?" * len(ids))
    by_thread: dict[str, list[Claim]] = defaultdict(list)
    for c in _claims_for(conn, f"c.thread_id IN ({qs})", ids, "c.thread_id, c.position", threaded=True):
        by_thread[c.thread_id or ""].append(c)
    out = []
    for r in rows:
        claims = tuple(by_thread.get(r["id"], []))
        out.append(ClaimThread(
            id=r["id"], measure=r["measure"], group=r["group_class"], place=r["place"],
            time_scope=r["time_scope"], claims=claims,
            spread=Spread(low=r["value_min"], high=r["value_max"]), series=bool(r["is_series"]),
            disagreement=bool(r["has_disagreement"]), evolution=_evolution(claims),
            outlets=tuple(json.loads(r["outlets"])), n_claims=r["n_claims"],
            n_outlets=r["n_outlets"], n_sources=r["n_sources"],
            group_terms=tuple(json.loads(r["group_terms"])), ledger_event_id=r["ledger_event_id"],
            first_published=r["first_published"], last_published=r["last_published"], why=r["why"]))
    return out


def claim_threads(store: Store, *, measure: str | None = None, actor: str | None = None,
                  limit: int = 50, offset: int = 0, group: str | None = None,
                  since: str | None = None, until: str | None = None, min_outlets: int = 1,
                  ledger_event_id: str | None = None) -> list[ClaimThread]:
    """Claim threads, most recently reported first. ``measure``: killed, injured ...;
    ``actor``: id or part of the name of a source cited, the group counted or the perpetrator;
    ``group``: normalised group class; ``since``/``until``: publication dates the thread spans;
    ``min_outlets``: only threads with claims from at least this many outlets."""
    _check_page(limit, offset)
    _require_ledger(store)
    where: list[str] = []
    params: list[Any] = []
    if measure:
        where.append("t.measure = ?")
        params.append(measure.lower())
    if actor:
        where.append(f"t.id IN (SELECT cta.thread_id FROM claim_thread_actors cta"
                     f" WHERE cta.actor_id IN ({_ACTOR_SUB}))")
        params += [actor, _like(actor)]
    if group:
        where.append("t.group_class = ?")
        params.append(group_class(group))
    if since:
        where.append("t.last_published >= ?")
        params.append(since)
    if until:
        where.append("substr(t.first_published, 1, 10) <= ?")
        params.append(until[:10])
    if min_outlets > 1:
        where.append("t.n_outlets >= ?")
        params.append(min_outlets)
    if ledger_event_id:
        where.append("t.ledger_event_id = ?")
        params.append(ledger_event_id)
    sql = "SELECT * FROM claim_threads t"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY t.last_published DESC, t.id LIMIT ? OFFSET ?"
    rows = store.conn.execute(sql, [*params, limit, offset]).fetchall()
    return _load_threads(store.conn, rows)


def _outlet_from_row(conn: sqlite3.Connection, r: sqlite3.Row, top: int) -> OutletProfile:
    o = r["outlet"]
    kinds: dict[str, list[int]] = {}
    for kind, voice, n in conn.execute(
            "SELECT kind, voice, SUM(n) FROM ledger_outlet_framing WHERE outlet = ? GROUP BY 1, 2", (o,)):
        kinds.setdefault(kind, [0, 0])[0 if voice == "outlet" else 1] += n
    by_kind = tuple(KindCount(kind=k, outlet_voice=v[0], quoted=v[1])
                    for k, v in sorted(kinds.items(), key=lambda kv: (-sum(kv[1]), kv[0])))
    referent_rows = conn.execute(
        "SELECT f.kind, f.text, f.voice, f.refers_to, ac.name, f.n FROM ledger_outlet_framing f"
        " LEFT JOIN actors ac ON ac.id = f.refers_to WHERE f.outlet = ?"
        " ORDER BY f.n DESC, f.kind, f.text LIMIT ?", (o, top)).fetchall()
    by_referent = tuple(FramingCount(kind=x[0], text=x[1], n=x[5], voice=x[2], referent_id=x[3],
                                     referent_name=x[4], outlet=o) for x in referent_rows)
    quoted = tuple(SourceCount(name=x[0], quotes=x[1], figures_cited=x[2], actor_id=x[3])
                   for x in conn.execute(
        "SELECT name, quotes, figures_cited, actor_id FROM ledger_outlet_sources WHERE outlet = ?"
        " ORDER BY quotes + figures_cited DESC, name LIMIT ?", (o, top)))
    actors = tuple(ActorRoleCount(actor_id=x[0], name=x[1] or x[0], as_source=x[2], as_target=x[3])
                   for x in conn.execute(
        "SELECT oa.actor_id, ac.name, oa.as_source, oa.as_target FROM ledger_outlet_actors oa"
        " LEFT JOIN actors ac ON ac.id = oa.actor_id WHERE oa.outlet = ?"
        " ORDER BY oa.as_source + oa.as_target DESC, oa.actor_id LIMIT ?", (o, top)))

    def share(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    return OutletProfile(
        outlet=o, articles=r["articles"], first_published=r["first_published"],
        last_published=r["last_published"], events=r["events"],
        events_unattributed=r["events_unattributed"],
        events_unattributed_share=share(r["events_unattributed"], r["events"]),
        figures=r["figures"], figures_unattributed=r["figures_unattributed"],
        figures_unattributed_share=share(r["figures_unattributed"], r["figures"]),
        quotes=r["quotes"], framing_marks=r["framing_marks"], ledger_events=r["ledger_events"],
        shared_ledger_events=r["shared_ledger_events"], framing_by_kind=by_kind,
        framing_by_referent=by_referent, quoted=quoted, actors=actors)


def outlet_profiles(store: Store, *, top: int = 10) -> list[OutletProfile]:
    """Every outlet's profile (``top`` entries per list), most articles first."""
    _require_ledger(store)
    rows = store.conn.execute("SELECT * FROM ledger_outlets ORDER BY articles DESC, outlet").fetchall()
    return [_outlet_from_row(store.conn, r, top) for r in rows]


def outlet_profile(store: Store, outlet: str, *, top: int = 50) -> OutletProfile | None:
    """One outlet's profile: its exact name, else the single outlet whose name contains it."""
    _require_ledger(store)
    row = store.conn.execute("SELECT * FROM ledger_outlets WHERE outlet = ?", (outlet,)).fetchone()
    if row is None:
        rows = store.conn.execute("SELECT * FROM ledger_outlets WHERE outlet LIKE ? ESCAPE '\\'"
                                  " ORDER BY articles DESC LIMIT 2", (_like(outlet),)).fetchall()
        if len(rows) != 1:
            return None
        row = rows[0]
    return _outlet_from_row(store.conn, row, top)


def resolve_actor(store: Store, name_or_id: str) -> Actor | None:
    """An actor by id, else by exact name (case-insensitive), else by part of its name; among
    several, the one mentioned most."""
    conn = store.conn
    rows = conn.execute("SELECT * FROM actors WHERE id = ?", (name_or_id,)).fetchall()
    if not rows:
        rows = conn.execute("SELECT * FROM actors WHERE name LIKE ? ESCAPE '\\' LIMIT 50",  # any case
                            (_like(name_or_id)[1:-1],)).fetchall()
    if not rows:
        rows = conn.execute("SELECT * FROM actors WHERE name LIKE ? ESCAPE '\\' LIMIT 50",
                            (_like(name_or_id),)).fetchall()
    if not rows:
        return None
    if len(rows) > 1:
        counts = {r["id"]: conn.execute("SELECT COUNT(*) FROM mentions WHERE actor_id = ?",
                                         (r["id"],)).fetchone()[0] for r in rows}
        rows = sorted(rows, key=lambda r: (-counts[r["id"]], len(r["name"]), r["id"]))
    a = rows[0]
    return Actor(id=a["id"], name=a["name"], type=a["type"], country=a["country"],
                 sectors=tuple(json.loads(a["sectors"])), members=tuple(json.loads(a["members"])),
                 source=a["source"])


def actor_profile(store: Store, name_or_id: str, *, recent: int = 10) -> ActorProfile | None:
    """What an actor said (quotes), did (events as source), suffered (events as target) and
    claimed (figures citing it), with counts and the ``recent`` latest of each."""
    _require_ledger(store)
    actor = resolve_actor(store, name_or_id)
    if actor is None:
        return None
    conn = store.conn
    aid = actor.id

    def count(sql: str, *params: Any) -> int:
        return int(conn.execute(sql, (aid, *params)).fetchone()[0])

    n_mentions = count("SELECT COUNT(*) FROM mentions WHERE actor_id = ?")
    n_said = count("SELECT COUNT(*) FROM quotes WHERE speaker_actor_id = ?")
    n_did = count("SELECT COUNT(*) FROM event_actors WHERE actor_id = ? AND role = ?", "source")
    n_suffered = count("SELECT COUNT(*) FROM event_actors WHERE actor_id = ? AND role = ?", "target")
    n_claimed = count("SELECT COUNT(*) FROM figures WHERE attribution_actor_id = ?")
    n_ldid = count("SELECT COUNT(*) FROM ledger_event_actors WHERE actor_id = ? AND role = ?", "source")
    n_lsuf = count("SELECT COUNT(*) FROM ledger_event_actors WHERE actor_id = ? AND role = ?", "target")
    names = tuple(ActorName(text=r[0], n=r[1], outlet=r[2]) for r in conn.execute(
        "SELECT text, n, outlet FROM ledger_actor_names WHERE actor_id = ?"
        " ORDER BY n DESC, text, outlet LIMIT 50", (aid,)))
    labels = tuple(FramingCount(kind=r[0], text=r[1], n=r[3], voice=r[2], referent_id=aid,
                                referent_name=actor.name, outlet=r[4]) for r in conn.execute(
        "SELECT kind, text, voice, n, outlet FROM ledger_outlet_framing WHERE refers_to = ?"
        " ORDER BY n DESC, kind, text, outlet LIMIT 50", (aid,)))
    said = tuple(ActorQuote(quote_id=r[0], article_id=r[1], outlet=r[2], published=r[3], kind=r[4],
                            content=r[5], sentence=r[6], start=r[7], end=r[8], cue_lemma=r[9])
                 for r in conn.execute(
        'SELECT q.id, q.article_id, a.outlet, a.published, q.kind, q.content, q.sentence, q.start, q."end",'
        " q.cue_lemma FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_actor_id = ?"
        " ORDER BY a.published DESC, q.id LIMIT ?", (aid, recent)))

    def events(role: str) -> tuple[LedgerEvent, ...]:
        rows = conn.execute(
            "SELECT le.* FROM ledger_event_actors lea JOIN ledger_events le ON le.id = lea.ledger_event_id"
            " WHERE lea.actor_id = ? AND lea.role = ? ORDER BY lea.date_start DESC, le.id LIMIT ?",
            (aid, role, recent)).fetchall()
        return tuple(_load_events(conn, rows, 20))

    claimed = tuple(_claims_for(conn, "f.attribution_actor_id = ?", (aid,),
                                "a.published DESC, f.id", limit=recent))
    return ActorProfile(actor=actor, mentions=n_mentions, n_said=n_said, n_did=n_did,
                        n_suffered=n_suffered, n_claimed=n_claimed, n_ledger_did=n_ldid,
                        n_ledger_suffered=n_lsuf, names=names, labels=labels, said=said,
                        did=events("source"), suffered=events("target"), claimed=claimed)


# -- tables for the command line -----------------------------------------------------------------


def _num(v: float) -> str:
    return f"{v:g}"


def _value(low: float, high: float) -> str:
    return _num(low) if low == high else f"{_num(low)}-{_num(high)}"


def events_table(events: Sequence[LedgerEvent]) -> Table:
    """One row per ledger event."""
    cols = ("id", "date", "type", "source", "target", "place", "mentions", "outlets", "matched")
    rows = tuple(
        (e.id, e.date_start if e.date_start == e.date_end else f"{e.date_start}..{e.date_end}",
         e.plover, "; ".join(e.source_names), "; ".join(e.target_names), e.place, e.n_mentions,
         "; ".join(e.outlets), ",".join(e.why.fields) or "single")
        for e in events)
    return Table(columns=cols, rows=rows)


def mentions_table(events: Sequence[LedgerEvent]) -> Table:
    """One row per mention of each ledger event."""
    cols = ("ledger_event_id", "type", "outlet", "published", "modality", "claimed_by", "source",
            "predicate", "target", "article_id", "sentence", "start", "end", "matched")
    rows = tuple(
        (e.id, m.plover, m.outlet, m.published, m.modality, m.claimed_by_name or m.claimed_by,
         m.source.text if m.source else None, m.predicate.text, m.target.text if m.target else None,
         m.article_id, m.sentence, m.start, m.end, ",".join(m.matched))
        for e in events for m in e.mentions)
    return Table(columns=cols, rows=rows)


def _source_label(c: Claim) -> str:
    """The source as written, with the actor it was resolved to when that says more."""
    name = c.attribution_name
    if name and name.lower() not in c.attribution.lower():
        return f"{c.attribution} [{name}]"
    return c.attribution


def claims_table(threads: Sequence[ClaimThread]) -> Table:
    """One row per claim, grouped by thread: who says how many, citing whom, and its role."""
    cols = ("thread_id", "measure", "group", "place", "published", "outlet", "qualifier", "value",
            "source", "role", "spread", "series", "text")
    rows = tuple(
        (t.id, t.measure, t.group, t.place, c.published, c.outlet, c.qualifier,
         _value(c.value_low, c.value_high), _source_label(c), c.role,
         _value(t.spread.low, t.spread.high), "yes" if t.series else "no", c.text)
        for t in threads for c in t.claims)
    return Table(columns=cols, rows=rows)


def outlets_table(profiles: Sequence[OutletProfile]) -> Table:
    cols = ("outlet", "articles", "events", "events_unattributed", "figures", "figures_unattributed",
            "quotes", "framing_marks", "ledger_events", "shared_events", "top_framing", "most_quoted")
    rows = tuple(
        (p.outlet, p.articles, p.events, f"{p.events_unattributed_share:.0%}", p.figures,
         f"{p.figures_unattributed_share:.0%}", p.quotes, p.framing_marks, p.ledger_events,
         p.shared_ledger_events,
         "; ".join(f"{f.text} ({f.kind}{' of ' + f.referent_name if f.referent_name else ''}) x{f.n}"
                   for f in p.framing_by_referent[:3]),
         "; ".join(f"{s.name} x{s.quotes + s.figures_cited}" for s in p.quoted[:3]))
        for p in profiles)
    return Table(columns=cols, rows=rows)


def outlet_detail_table(p: OutletProfile) -> Table:
    """One outlet's profile as rows of (section, item, detail, count)."""
    rows: list[tuple[Any, ...]] = [
        ("summary", "articles", f"{p.first_published} to {p.last_published}", p.articles),
        ("summary", "events unattributed", f"{p.events_unattributed_share:.0%} of {p.events}",
         p.events_unattributed),
        ("summary", "figures unattributed", f"{p.figures_unattributed_share:.0%} of {p.figures}",
         p.figures_unattributed),
        ("summary", "ledger events shared with other outlets", f"of {p.ledger_events}",
         p.shared_ledger_events),
    ]
    rows += [("framing by kind", k.kind, f"{k.quoted} inside quotes", k.outlet_voice + k.quoted)
             for k in p.framing_by_kind]
    rows += [("framing by referent", f.text, f"{f.kind}, {f.voice}"
              + (f", of {f.referent_name}" if f.referent_name else ""), f.n)
             for f in p.framing_by_referent]
    rows += [("quotes and cites", s.name, f"{s.quotes} quotes, {s.figures_cited} figures",
              s.quotes + s.figures_cited) for s in p.quoted]
    rows += [("names as actor", a.name, f"{a.as_source} as source, {a.as_target} as target",
              a.as_source + a.as_target) for a in p.actors]
    return Table(columns=("section", "item", "detail", "count"), rows=tuple(rows))


def actor_table(p: ActorProfile) -> Table:
    """An actor's profile as rows of (section, date, outlet, item, detail)."""
    rows: list[tuple[Any, ...]] = [
        ("actor", None, None, p.actor.name, f"{p.actor.id} {p.actor.code} ({p.actor.type})"),
        ("counts", None, None, "mentions", p.mentions),
        ("counts", None, None, "said (quotes)", p.n_said),
        ("counts", None, None, "did (event mentions as source)", f"{p.n_did} in {p.n_ledger_did} ledger events"),
        ("counts", None, None, "suffered (event mentions as target)",
         f"{p.n_suffered} in {p.n_ledger_suffered} ledger events"),
        ("counts", None, None, "claimed (figures citing it)", p.n_claimed),
    ]
    rows += [("name", None, n.outlet, n.text, n.n) for n in p.names]
    rows += [("label", None, f.outlet, f.text, f"{f.kind}, {f.voice}, x{f.n}") for f in p.labels]
    rows += [("said", q.published, q.outlet, q.kind, q.content) for q in p.said]
    rows += [("did", e.date_start, "; ".join(e.outlets), e.plover,
              "target: " + ("; ".join(e.target_names) or "-")) for e in p.did]
    rows += [("suffered", e.date_start, "; ".join(e.outlets), e.plover,
              "source: " + ("; ".join(e.source_names) or "-")) for e in p.suffered]
    rows += [("claimed", c.published, c.outlet, f"{c.measure or c.unit or ''}",
              f"{c.qualifier + ' ' if c.qualifier else ''}{_value(c.value_low, c.value_high)}: {c.text}")
             for c in p.claimed]
    return Table(columns=("section", "date", "outlet", "item", "detail"), rows=tuple(rows))


def summary_table(s: LedgerSummary) -> Table:
    rows = tuple((k, v) for k, v in s.to_dict().items() if k != "config")
    return Table(columns=("ledger", "value"), rows=rows)
