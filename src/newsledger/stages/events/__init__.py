"""Event stage: who did what to whom, coded in PLOVER with a CAMEO crosswalk.

The stage reads each sentence's dependency parse:

* **Predicates** are verbs and event nouns listed in ``data/events/patterns.yaml``, each tied to a
  CAMEO code; the PLOVER type, mode and contexts come from the crosswalk (``cameo_plover.csv``),
  the QuadClass and Goldstein score from ``cameo_codes.csv`` (:mod:`.predicates`).
* **Source and target** come from syntactic roles: subject and object (active or passive, "was
  attacked by"), prepositional objects ("strikes on", "ties with", "sanctions against"),
  coordination (compound actors), appositions, possessors and demonyms of event nouns ("Israeli
  strikes"), subjects of light verbs ("launched an attack"), and control ("urged X to ...")
  (:mod:`.roles`, :mod:`.arguments`).
* **Wrappers** turn the event in their complement into another PLOVER event: a request ("called on
  X to sever ties with Y": REQUEST from the speaker to X, with the requested SANCTION as a child
  event), intent ("agreed to", "will", "ready to": AGREE for cooperation, THREATEN for conflict),
  refusal (REJECT), threat (THREATEN). Reported speech that tells an actor what it must do is a
  REQUEST; reported speech that describes an actor with an accusing term is an ACCUSE
  (:mod:`.frames`, :mod:`.wrappers`, :mod:`.requests`, :mod:`.speech`).
* **ACLED typology**: each violent, protest and strategic event also gets ACLED's event type and
  sub-event type, and a report outside ACLED's scope (disaster, organised crime, claim of
  responsibility, diplomacy) its category, from ordered rules in ``data/events/acled.yaml``
  (:mod:`.acled`).
* **PLOVER argument conventions**: an event done together (talks, a call, an agreement, joint
  exercises) has both parties as its source and no target, whether they are coordinated, named
  "with" or "between", or receive it ("received a call from X"); the act an accusation charges
  ("accused X of killing") is done by the accused and is the accusation's child, not an asserted
  event; the act an agreement or plan is for is its future child; "we" in a speaker's own words
  is the body the speaker speaks for and "they" is never the speaker; violence by a crowd is a
  violent protest (:mod:`.wrappers`, :mod:`.finder`, :mod:`.arguments`).
* **Victims**: a generic group hurt by an attack ("children", "civilians") says whose people it is
  only by its own words or the attack's place, never by the attacker's country guessed from the
  context (:mod:`.victims`).
* **Modality** (asserted, negated, hypothetical, future, requested, historical), the speaker who
  claims the event (``claimed_by``: "outlet" or the speaker's actor id, and ``quote_id``), the
  date (resolved against ``Article.published``) and the place (:mod:`.records`, :mod:`.places`).

An event of ``patterns.yaml`` needs an actor on at least one side (an event noun needs its own
source actor), so a cue word alone (a headline keyword, a noun in a list) gives nothing. **Reports**
(``data/events/reports.yaml``) are found by what is acted on instead: a weapon seized or defused,
a town retaken or handed over, a base set up, property looted, people arrested, a bomb that
exploded, a claim of responsibility; their source is the named doer or nothing. A disaster or a
crime with no PLOVER act is an event with no PLOVER type (``plover`` "NONE"), kept only with its
outside-ACLED scope (:mod:`.reports`). Child events (the requested or
promised action) carry ``parent_id``; they are not separate occurrences.

The data (patterns merged with the user's ``--patterns`` files, the CAMEO table, the rules) is
loaded once by :meth:`EventsStage.load`; see ``data/events/README.md``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ...nlp import ParsedDoc
from ...records import NOT_PLOVER, Event
from ...resources import Resources
from .accidental_harm import unintended_harm
from .acled import load_acled, with_acled
from .finder import extract_events
from .lexicon import cameo_code, load_events_data
from .nominals import yield_to_reports
from .reports import load_reports
from .types import CameoCode, EventPattern, EventsData, Lexicon


class EventsStage:
    """The event stage: ``load`` reads the patterns, tables and rules; ``run`` finds the events
    of one article given its actors and quotes."""

    name = "events"
    requires: tuple[str, ...] = ("actors", "quotes")
    provides: tuple[str, ...] = ("events",)

    def load(self, settings: Any, resources: Resources) -> EventsData:
        data = load_events_data(settings, resources)
        reports = load_reports(resources, data.cameo)
        lexicon = yield_to_reports(data.lexicon, reports)  # a noun a report reads is no nominalisation
        return replace(data, lexicon=lexicon, acled=load_acled(resources), reports=reports)

    def run(self, doc: ParsedDoc, data: EventsData, inputs: Mapping[str, Any]) -> tuple[Event, ...]:
        events = extract_events(doc, inputs["actors"], list(inputs["quotes"]), data)
        if data.acled is not None:
            events = with_acled(doc, events, inputs["actors"].actors, data.acled)
            events = unintended_harm(events, data.rules, doc)  # "killed in a road accident": no ASSAULT
        # a report outside PLOVER (a disaster, a crime) is kept only as what ACLED's rules call it
        return tuple(e for e in events if e.plover != NOT_PLOVER or e.scope is not None)


__all__ = ["CameoCode", "EventPattern", "EventsData", "EventsStage", "Lexicon", "cameo_code", "extract_events"]
