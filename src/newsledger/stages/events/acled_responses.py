"""A demonstration's sub-event type read from the acts told right after it, of which the protesters are no named
party: ACLED codes a demonstration by what happened at it, and a report often tells the protest in one sentence and
what the police or the protesters did in the next, naming the protesters only by a pronoun or not at all
("Hundreds of people protested in Khartoum. Security forces opened fire, killing two": excessive force against
protesters; "Students staged a protest. The police intervened and detained 12 of them": a protest with
intervention; "Hundreds took part in the protest. Some of them set fire to cars": a violent demonstration).

Which acts count is data (``protest_responses`` of ``acled.yaml``): per side of the act (``state``: a state force;
``crowd``: a source named by a group pronoun, the protesters themselves), the ACLED sub-event type the act has on its
own and the protest sub-event type it makes; ``unnamed``: an act that names no doer at all, told in the passive
right after the protest ("Several buses were damaged and a police jeep was set on fire": the protesters' damage,
a violent demonstration). The act must be told as done, on the protest's day, within
``protest_window`` sentences after it, in a sentence that tells no protest of its own, and must name no party of its
own as its target (an arrest of "the opposition leader" after a rally is an arrest). The protest takes the most severe
type (``protest_order``); :func:`.acled_article.one_demonstration` spreads it to the demonstration's other events."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ...nlp.words import GROUP_PRONOUNS
from ...records import Actor, Event
from .acled_article import same_day, told_as_done
from .acled_roles import state_source
from .acled_types import AcledData

GROUP_KINDS = ("group",)  # a target of these actor types is no party named of its own (people, "12 of them")


def protest_responses(events: list[Event], actors: Mapping[str, Actor], data: AcledData) -> list[Event]:
    """The events with each protest typed by the acts told after it (see the module)."""
    order = {t: n for n, t in enumerate(data.protest_order)}
    if data.protest_window < 0 or not order or not data.protest_responses:
        return events
    protest_sentences = {e.sentence for e in events if e.acled_subtype in order}
    responses = [(e.sentence, e.date, made) for e in events if e.sentence in _after(protest_sentences, data)
                 and e.sentence not in protest_sentences and told_as_done(e) and not _named_target(e, actors)
                 and (made := _made(e, actors, data)) is not None]
    if not responses:
        return events
    out: list[Event] = []
    for e in events:
        made_here = [order[m] for s, date, m in responses
                     if e.acled_subtype in order and 0 < s - e.sentence <= data.protest_window and same_day(date, e.date)]
        worst = min([order[e.acled_subtype], *made_here]) if e.acled_subtype in order else None
        if worst is None or data.protest_order[worst] == e.acled_subtype or not told_as_done(e):
            out.append(e)
            continue
        subtype = data.protest_order[worst]
        out.append(replace(e, acled_subtype=subtype, acled_type=data.types[subtype]))
    return out


def _after(sentences: set[int], data: AcledData) -> set[int]:
    return {s + k for s in sentences for k in range(1, data.protest_window + 1)}


def _made(event: Event, actors: Mapping[str, Actor], data: AcledData) -> str | None:
    """The protest sub-event type the act makes, by its side and its own sub-event type (None: none)."""
    if event.acled_subtype is None:
        return None
    if _crowd_source(event):
        return data.protest_responses.get("crowd", {}).get(event.acled_subtype)
    if _state_force(event, actors, data):
        return data.protest_responses.get("state", {}).get(event.acled_subtype)
    if event.source is None:  # issue 16 (i16-acled-protest): no doer named ("buses were damaged")
        return data.protest_responses.get("unnamed", {}).get(event.acled_subtype)
    return None


def _state_force(event: Event, actors: Mapping[str, Actor], data: AcledData) -> bool:
    """A state force's act: by its actors, else by the nouns of its source span ("the police")."""
    state = state_source(event, actors, data)
    if state is not None or event.source is None:
        return bool(state)
    words = set(event.source.text.lower().split())
    return bool(words & data.state_nouns) and not words & data.non_state_nouns


def _crowd_source(event: Event) -> bool:
    """The source is named by a group pronoun ("they", "some of them"): the protesters of the sentence before."""
    words = event.source.text.lower().split() if event.source is not None else []
    return bool(words) and words[-1] in GROUP_PRONOUNS


def _named_target(event: Event, actors: Mapping[str, Actor]) -> bool:
    """The act names a party of its own as its target (a person, an organisation, a state), not people or a number."""
    return any((a := actors.get(i)) is not None and a.type not in GROUP_KINDS for i in event.target_actor_ids)


__all__ = ["protest_responses"]
