"""The report's main event: which of an article's events is the incident it reports.

News is written lede first (the inverted pyramid): the first sentence that tells of an incident
carries the report's event, and the sentences after it add its casualties, the reactions to it,
claims about it and the background. So the main event is chosen by the place and kind of each
event, not by how confident its parse is alone:

1. Only an event that counts (:func:`counted`: top level, neither negated nor hypothetical), that is
   not told as denied (:func:`denied`) and that has an ACLED type or an outside-ACLED scope is a candidate.
2. Diplomacy, ACLED's residual scope (the verbal events of every report: statements, accusations,
   talks), only when there is nothing else.
3. Background only when there is nothing else (:func:`background`: an act told as years before the
   report, "ten years ago, the rebels seized the town").
4. The lede: of the rest, an event of the first sentence that tells of an incident
   (:func:`lede_sentence`: an act with a doer or a victim named, or a disaster; not a bare noun
   such as a photo caption's "a clash"), the most confident of that sentence. A later sentence's event, however confident
   ("six soldiers were killed", "the group claimed responsibility"), only when the lede tells none.
   Within a sentence, a suicide bombing first: the attack the sentence tells, whatever else it tells of the
   attackers ("guards shot dead two attackers, and a third blew himself up": ACLED's suicide bomb, not the
   guards' fire). ACLED's residual strategic development (sub-event type "Other": a curfew, an
   emergency declared, assets frozen) only when the sentence tells no other act: it is the measure
   taken, the act beside it the incident ("the army imposed a curfew after the rebels attacked the
   base": the attack).
5. Otherwise the most confident, the earliest on a tie.

The ACLED evaluation (:mod:`newsledger.evaluation.acled`) scores this choice, so a user reading an
article's main event gets what was measured.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...records import Event
from .acled_article import RESIDUAL, told_as_done

BACKGROUND = frozenset({"historical"})
DENIED = frozenset({"denied"})  # the stance of an act its claimant (or the outlet) denies
RESIDUAL_SUBTYPE = "Other"  # ACLED's residual strategic development: a measure, not an incident
LEAD_SUBTYPE = "Suicide bomb"  # the sub-event type that leads its sentence (see the module docs, 4.)
DISASTERS = frozenset({"natural_disaster", "man_made_disaster"})  # scopes of acts of nobody


# a top-level event (not the content of another) told as neither negated nor hypothetical: the
# ACLED stage's own test of an act told as done
counted = told_as_done


def background(event: Event) -> bool:
    """An act the report tells as long before it (modality ``historical``: "ten years ago", a date
    two years or more before publication): the story's background, not its incident."""
    return event.modality in BACKGROUND


def denied(event: Event) -> bool:
    """The report tells the act as denied (stance ``denied``: "the army denied reports that bandits had overrun its
    base", "police said reports of an explosion were false"): no incident it reports as done."""
    return event.stance in DENIED


def tells_incident(event: Event) -> bool:
    """The event tells of an incident, not a bare word for one: it names who did it or to whom (a
    source or a target in its own words), or it is a disaster, which is nobody's act ("floods swept
    through the valley"). A photo caption's "a clash", a headline's lone noun, tell of none."""
    return event.source is not None or event.target is not None or event.scope in DISASTERS


def lede_sentence(events: Sequence[Event]) -> int | None:
    """The first sentence whose event tells of an incident, among ``events`` (None: none does)."""
    return min((e.sentence for e in events if tells_incident(e)), default=None)


def main_event(events: Iterable[Event]) -> Event | None:
    """The report's main event among an article's events (None: no candidate); see the module
    docs for the order."""
    candidates = [(n, e) for n, e in enumerate(events) if counted(e) and e.scope is not None and not denied(e)]
    foreground = [e for _, e in candidates if e.scope != RESIDUAL and not background(e)]
    lede = lede_sentence(foreground)
    if not candidates:
        return None
    return min(candidates, key=lambda ne: (ne[1].scope == RESIDUAL, background(ne[1]),
                                           lede is not None and ne[1].sentence != lede,
                                           ne[1].acled_subtype != LEAD_SUBTYPE,
                                           ne[1].acled_subtype == RESIDUAL_SUBTYPE,
                                           -ne[1].confidence, ne[1].sentence, ne[0]))[1]


__all__ = ["background", "counted", "denied", "lede_sentence", "main_event", "tells_incident"]
