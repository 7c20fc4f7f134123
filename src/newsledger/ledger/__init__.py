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
  one thread is one quantity of one incident: casualty figures (``Figure.measure`` set,
  ``kind == "count"``) with the same measure, the same group class and the same scope, about
  the same incident. The group counted is normalised (``group_class``: "people",
  "civilians", "Ukrainians" and a bare toll all count *people*; "children", "soldiers" ...
  have their own class; see ``data/ledger/groups.yaml``); injured never joins killed. The
  scope is *incident*, or a total over a period: a period time scope ("since October 7", "in
  the past 24 hours", a bare year: "in 2024"; not a running count naming no period, "41 bodies so
  far", nor a period dating one happening the clause names, "killed in an army raid ... this
  week": ``incident_nouns``), a cumulative cue in the figure's clause ("the total death toll of the
  war", "the ongoing offensive", ``cumulative_cues`` in ``data/ledger/claims.yaml``), or
  coordination with such a total ("surpassed 3,000, with 12,500 more injured"); war-wide
  totals form threads of their own and never join an incident's thread. A part of another
  count is another quantity (class "people (part)"): a subset the figure stage linked
  (``part_of``) in the same group as its whole, or a partitive right after the figure ("three
  of the wounded died": an increment, not a toll; ``part_after``), or words right before it that
  pick it out of a series or put it in another count ("the last two bodies", "the count of 14
  includes three people who died of their wounds"; ``part_before``).

  The same incident: a figure is *anchored* to the ledger event of a compatible type in its
  sentence (else the nearest one in its article); figures with the same quantity and anchor
  join one thread. Other figures join the thread of the same quantity whose day is within
  ``figure_window_days`` (the thread's day is the day its first dated claim counts, "on
  Tuesday", else the day it was published; a figure that says it counts another day, "killed
  on 7 October", is another incident) and whose place is compatible (as for events: the
  figure's place, else the place of its ledger event; a figure without either joins a thread
  whose place its article names). Reports that the linker left in different ledger events
  join one thread when they are at the same place (or places named in each other's
  articles) and those events began at most ``event_day_gap`` days apart (two strikes on one
  town on different days stay two incidents; an event's day here is the first day its mentions
  state, and an event dated only by its reports' publication, as a fact-check written days
  later, is no other day's incident: ``claims.stated_day``); among candidates the thread reported by the
  most articles wins. Undated
  articles are never dropped: the date of their dateline is used ("GAZA, Oct 18 (Reuters)
  -"; without a year, placed nearest the thread's day), and their claims come after the
  dated ones, by ingest time, with the flag "undated article" in their role note.

  Each claim gets a ``role``, in thread order (``roles``):

  - ``first``: the earliest claim of the thread;
  - ``repeat``: the same source, or the same outlet, gave this value in an earlier article;
  - ``update``: the same source, or the same outlet, gave a different value in an earlier
    article, or the text right before the figure says it was revised ("rose to", "climbed to"):
    the figure evolves, it is a *series* (500 -> 471);
  - ``agrees`` (*consistent*): its interval overlaps the current claim of every other source,
    after reading qualifiers ("at least 27" is [27, ∞), "about 250" is [225, 275];
    ``data/ledger/claims.yaml``);
  - ``disagreement`` (*disputed*): incompatible with the current claim of at least one other
    source ("at least 500" against "100 to 300"); the note names them.

  A thread with a disputed claim states its dispute in ``why``: which sources give which
  values, and when ("Gaza Health Ministry: at least 500 (2023-10-17), 471 (2023-10-18) | US
  intelligence: 100-300 (2023-10-19)").

  One incident's dead may be counted under two names: residents bury "40 civilians", the army
  reports "31 terrorists neutralised" by the same strike. Within one incident (the same
  anchor), a count of the killed whose group is a side's name for enemy fighters
  (``identity_labels`` of ``data/ledger/groups.yaml``: terrorists, militants, insurgents ...),
  from a source that gives no people's count of that incident, joins the incident's people
  thread (``identity``) when some other source gives one; ``claim_thread_claims.counted_as``
  keeps the class its source named ("combatants"), its role note says "identity disputed",
  and the thread's ``why`` states the dispute with the groups as written ("the Malian army:
  31 terrorists (...) | residents: at least 40 civilians (...)"). A source that gives both
  ("21 passengers and 33 terrorists were killed") counts two groups of dead: they stay apart;
  so do injured, missing and arrested people, war-wide totals, a side's own losses
  ("soldiers", "police") and a count of fighters with no people's count beside it. The claims
  page counts such a thread as disputed whatever the values (``ClaimThread.identity_disputed``).

* **Outlet profiles** and **actor profiles**: per outlet, framing marks by kind and referent,
  the share of events and figures it reports without attribution, whom it quotes and cites,
  and which actors it names as sources and targets; per actor, what it said, did, suffered and
  claimed, and the names and labels outlets use for it.

A full build recomputes the ledger from scratch (idempotent: the same data and settings give
the same ids and rows). It reads the store a week at a time (``stream``): both passes of the
linker and the threader only compare items with ledger events and threads begun a few days
earlier, so each ledger event and thread is written, and forgotten, as soon as nothing later can
join it, and the build's memory is bounded by what is open in a window, not by the corpus
(``build_ledger(streamed=False)`` reads everything at once: the same rows, in the same order). ``ledger_state`` holds a marker of the data it was built from;
``ensure_ledger`` brings the ledger up to date when the marker no longer matches (articles,
events, figures, quotes or framing changed). When articles were only added since the last
build, with the same settings and rules, ``build_ledger(store, incremental=True)`` (the default
of ``newsledger ledger build`` and of ``ensure_ledger``) updates it instead: the linker's two
passes are replayed from each new mention with the ledger events then open (rebuilt from the
ledger's tables, each mention's match checked again) until no changed ledger event is open,
the claim threader is replayed from the first claim whose anchor may have changed, and the
profiles add the new articles' counts; only changed rows are written, ids stay stable, and the
result is the full build's, row for row. For that, the threader's choices depend only on the
threads open at each claim: its candidates are the threads begun within ``figure_window_days``
of the claim, whatever the pruning of its index, and an anchored claim joins the latest thread
of its quantity holding a claim anchored to the same ledger event that is not too far apart
in time. Anything else (deleted or replaced articles or records, other settings or rules, a
stored ledger event that no longer links as written, claims from undated articles, or new
articles spread all over the timeline) makes it a full build, logging why. The queries
(``ledger_events``, ``claim_threads``, ``outlet_profile(s)``, ``actor_profile``) only read. The
ledger's tables, indexes and views are created by the store's migrations
(``newsledger.storage.ledger_schema``, schema version 3), like the record tables.

Modules: ``types`` (records and settings), ``rules`` (the data files and normalisation),
``places``, ``linking`` (ledger events), ``claims`` (claim threads), ``roles`` (claim roles
and disputes), ``profiles``, ``status``,
``mentions`` (reading event mentions), ``build``, ``stream`` (the full build by date window),
``incremental``, ``replay`` and ``rethread`` (the update), ``deltas`` (its profiles),
``read`` (queries) and ``tables`` (for the command line).
"""

from ..storage.ledger_schema import LEDGER_TABLES
from .build import build_ledger, ensure_ledger, open_ledger
from .profiles import actor_profile, outlet_profile, outlet_profiles, resolve_actor
from .read import claim_threads, iter_ledger_events, ledger_event, ledger_events
from .rules import Rules, group_class, load_rules, place_core, places_match, scope_key
from .status import data_marker, ledger_status
from .tables import (
    actor_table,
    claims_table,
    events_table,
    mentions_table,
    outlet_detail_table,
    outlets_table,
    summary_table,
)
from .types import (
    LEDGER_SCHEMA_VERSION,
    ROLES,
    ActorName,
    ActorProfile,
    ActorQuote,
    ActorRoleCount,
    Claim,
    ClaimThread,
    EvolutionPoint,
    FramingCount,
    KindCount,
    LedgerConfig,
    LedgerError,
    LedgerEvent,
    LedgerMention,
    LedgerStatus,
    LedgerSummary,
    LinkReason,
    OutletProfile,
    SourceCount,
    Spread,
)

__all__ = [
    "LEDGER_SCHEMA_VERSION", "LEDGER_TABLES", "ROLES", "ActorName", "ActorProfile", "ActorQuote",
    "ActorRoleCount", "Claim", "ClaimThread", "EvolutionPoint", "FramingCount", "KindCount",
    "LedgerConfig", "LedgerError", "LedgerEvent", "LedgerMention", "LedgerStatus", "LedgerSummary",
    "LinkReason", "OutletProfile", "Rules", "SourceCount", "Spread", "actor_profile", "actor_table",
    "build_ledger", "claim_threads", "claims_table", "data_marker", "ensure_ledger", "events_table",
    "group_class", "iter_ledger_events", "ledger_event", "ledger_events", "ledger_status",
    "load_rules", "mentions_table", "open_ledger", "outlet_detail_table", "outlet_profile",
    "outlet_profiles", "outlets_table", "place_core", "places_match", "resolve_actor", "scope_key",
    "summary_table",
]
