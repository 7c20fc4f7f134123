"""The ledger's records and settings: what a build produces and what the queries return (the
bottom module of the ledger package: it imports nothing from it)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from ..errors import NewsledgerError
from ..records import Actor, Record, Span

LEDGER_SCHEMA_VERSION = "1"

ROLES = ("first", "repeat", "update", "agrees", "disagreement")


class LedgerError(NewsledgerError):
    """The ledger cannot be built or read (for example: not built yet in a read-only database)."""


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
    date_source: str  # "event" (Event.date), "published", or "dateline" (an undated article's)
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
    stance: str = "asserted"  # the claimant's stance (denied: "Israel denied it attacked the hospital")


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
    role: str | None = None  # first, repeat, update, agrees (consistent), disagreement (disputed)
    role_note: str = ""
    # the class its source named (combatants) when it counts the incident's dead as fighters, in
    # the incident's people thread (``claim_thread_claims.counted_as``): an identity dispute
    counted_as: str | None = None


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
    identity_disputed: bool = False  # a claim counts the dead as fighters, others as people


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
    stance: str = "asserted"  # denied: "X denied that ..."


@dataclass(frozen=True)
class ActorProfile(Record):
    """What one actor said, did, suffered and claimed, across the store."""

    actor: Actor
    mentions: int
    n_said: int
    n_did: int  # event mentions with the actor as source that assert it (not denied, negated, hypothetical ...)
    n_suffered: int  # event mentions with the actor as target
    n_claimed: int  # figures citing the actor as source
    n_ledger_did: int
    n_ledger_suffered: int
    names: tuple[ActorName, ...] = ()
    labels: tuple[FramingCount, ...] = ()  # labels used of the actor
    voiced: tuple[FramingCount, ...] = ()  # labels the actor uses in its own quoted words
    said: tuple[ActorQuote, ...] = ()
    did: tuple[LedgerEvent, ...] = ()
    suffered: tuple[LedgerEvent, ...] = ()
    claimed: tuple[Claim, ...] = ()
    n_denied: int = 0  # quotes and event mentions in which the actor denies something


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
    mode: str = "full"  # "full" (rebuilt) or "incremental" (updated with the articles added since)
    added_articles: int = 0  # articles added since the last build (an update)


@dataclass(frozen=True)
class LedgerStatus(Record):
    built: bool
    stale: bool
    marker: str | None  # what the ledger was built from
    current_marker: str  # what the store holds now
    built_at: str | None = None
    config: LedgerConfig | None = None

