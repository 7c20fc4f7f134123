"""ACLED typology read across an article's events (:func:`.acled.with_acled` calls these once every event
has its type): protest events told in nearby sentences are one demonstration of the most severe sub-event
type among them, and people killed or hurt told with nothing but the harm after an incident are its
casualties."""

from __future__ import annotations

from dataclasses import replace

from ...records import Event
from .acled_types import AcledData

RESIDUAL = "diplomacy"  # the scope of verbal and diplomatic events: no incident of its own


def casualties_of_incident(events: list[Event], bare_ids: set[str], data: AcledData) -> list[Event]:
    """People killed or hurt, told with no doer and nothing but the harm (``casualty_words``: "at least 20
    people were killed", typed by a bare rule, see :func:`bare`), ``casualty_window`` sentences or fewer after
    an incident the article told (an event typed by its words, told as done): they are that incident's
    casualties, of its type ("a bomb exploded at the market. At least 20 people were killed"; "an earthquake
    struck. At least 18 people were killed")."""
    if data.casualty_window < 1 or not data.casualty_words:
        return events
    incidents = [e for e in events if e.id not in bare_ids and told_as_done(e) and e.scope not in (None, RESIDUAL)]
    out: list[Event] = []
    for e in events:
        if e.id in bare_ids and e.source is None and told_as_done(e) and e.predicate.text.lower() in data.casualty_words:
            before = [p for p in incidents if 0 < e.sentence - p.sentence <= data.casualty_window]
            if before:
                p = max(before, key=lambda x: (x.sentence, x.confidence))
                e = replace(e, acled_type=p.acled_type, acled_subtype=p.acled_subtype, scope=p.scope)
        out.append(e)
    return out


def one_demonstration(events: list[Event], data: AcledData, topics: frozenset[str] = frozenset()) -> list[Event]:
    """Protest events of one article told in other sentences, ``protest_window`` sentences or fewer
    apart, are one demonstration, of the most severe sub-event type among them (``protest_order``,
    most severe first): protesters who turn violent make a violent demonstration ("protesters staged
    rallies ... clashes erupted between police and protesters"), peaceful protesters met with lethal
    force are an excessive force, dispersed ones a protest with intervention. Within a sentence the
    rules have read every word already, except that demonstrators' own violence (the first of
    ``protest_order``) makes the demonstration violent whatever force was used on them ("guards
    opened fire on demonstrators trying to block the entrance": ACLED's excessive force is force
    against peaceful protesters); a protest that mourns people killed before stays peaceful. Only an
    act told as done spreads its severity (:func:`told_as_done`: "protesters threatened to block the
    highway" tells of no road blocked), nor one told on another day (:func:`same_day`: "last year, police
    used tear gas to break up a similar protest"), nor one that is what the protest is about (``topics``,
    the ids of events whose predicate is a topic word, :meth:`Sentence.is_topic`: "students marched to
    condemn the killing of a classmate by party activists" is no violence at the march)."""
    order = {t: n for n, t in enumerate(data.protest_order)}
    if data.protest_window < 0 or not order:
        return events
    protests = [(e.sentence, order[e.acled_subtype], e.date) for e in events
                if e.acled_subtype in order and told_as_done(e) and e.id not in topics]
    out: list[Event] = []
    for e in events:
        if e.acled_subtype not in order:
            out.append(e)
            continue
        near = [rank for s, rank, date in protests if (0 < abs(s - e.sentence) <= data.protest_window
                                                        and same_day(date, e.date))
                or (s == e.sentence and rank == 0)]
        worst = min([order[e.acled_subtype], *near])
        subtype = data.protest_order[worst]
        out.append(e if subtype == e.acled_subtype else replace(e, acled_subtype=subtype, acled_type=data.types[subtype]))
    return out


def same_day(a: str | None, b: str | None) -> bool:
    """Two events' dates, as told, may be one day: either is untold, or one's words hold the other's ("Tuesday",
    "Tuesday night"); "Tuesday" and "last year" are two (ACLED codes an event a day: a protest broken up a
    year before is another demonstration)."""
    if not a or not b:
        return True
    x, y = a.lower(), b.lower()
    return x in y or y in x


UNDONE = frozenset({"negated", "hypothetical"})


def told_as_done(event: Event) -> bool:
    """The event is told as done: not the content of another (a threat, a demand, a promise), not
    negated, not hypothetical."""
    return event.parent_id is None and event.modality not in UNDONE


__all__ = ["RESIDUAL", "UNDONE", "casualties_of_incident", "one_demonstration", "same_day", "told_as_done"]
