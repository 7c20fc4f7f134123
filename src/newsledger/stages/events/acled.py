"""ACLED typology of events: each violent, protest and strategic event gets ACLED's event type and
sub-event type (``Event.acled_type``, ``Event.acled_subtype``); a report outside ACLED's scope (a
natural or man-made disaster, organised crime, a claim of responsibility, diplomacy) gets its
category in ``Event.scope`` instead.

The rules are data (``data/events/acled.yaml``, merged with the user's fragments like every data
file): ordered, each reading the event's PLOVER type and mode, whether its target is armed and its
source a state force, and cue words of its sentence; the first rule that matches decides. The
file's header describes the keys. The rules are loaded by ``acled_load``, matched by ``acled_match`` on the
words of a sentence as ``acled_sentence`` reads them; this module types an article's events and reads them
across the article (``acled_article``, ``acled_responses``, ``acled_days``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import cast

from spacy.tokens import Span as SpacySpan

from ...nlp import ParsedDoc
from ...records import AcledScope, Actor, Event
from .acled_article import (
    RESIDUAL,
    casualties_of_incident,
    one_demonstration,
    same_day,
    told_as_done,
)
from .acled_bounds import untold_words
from .acled_days import earlier_acts
from .acled_load import ACLED_SCHEMA, build_acled, load_acled
from .acled_match import backer, choose, matches
from .acled_responses import protest_responses
from .acled_sentence import Sentence, antecedent_word, tellers, topic_word
from .acled_types import AcledData, AcledRule


def classify(event: Event, sent: Sentence, actors: Mapping[str, Actor], data: AcledData) -> Event:
    """The event with its ACLED type and sub-event type, or its outside-ACLED scope, set by the
    rule :func:`choose` picks (unchanged when none matches)."""
    return typed(event, choose(event, sent, actors, data), data)


def bare(rule: AcledRule | None) -> bool:
    """A rule that reads nothing but the event's PLOVER type and the kind of its target or source
    ("an assault is an attack"): no word of the sentence told what happened."""
    return rule is not None and not (rule.modes or rule.cues or rule.predicates or rule.source_cues
                                     or rule.target_cues or rule.also)


def typed(event: Event, rule: AcledRule | None, data: AcledData) -> Event:
    """The event with the typology of ``rule`` (unchanged when None)."""
    if rule is None:
        return event
    if rule.subtype is not None:
        return replace(event, acled_type=data.types[rule.subtype], acled_subtype=rule.subtype, scope="acled")
    return replace(event, scope=cast(AcledScope, rule.scope))


def with_acled(doc: ParsedDoc, events: Iterable[Event], actors: Sequence[Actor], data: AcledData) -> list[Event]:
    """Every event of an article with its ACLED typology (see :func:`classify`)."""
    by_id = {a.id: a for a in actors}
    sentences: dict[int, Sentence] = {}
    untold: dict[int, frozenset[int]] = {}
    spans: dict[int, SpacySpan] = dict(doc.spacy_sentences())
    out: list[Event] = []
    bare_ids: set[str] = set()
    topic_ids: set[str] = set()
    for e in events:
        span = spans.get(e.sentence)
        if span is None:
            out.append(e)
            continue
        if e.sentence not in sentences:
            untold[e.sentence] = untold_words(doc.tokens_in(span), data)  # harm told as none
            sentences[e.sentence] = Sentence(doc.tokens_in(span), data.not_cues, (data.topic_words, data.topic_governors),
                                            (data.antecedent_marks, data.antecedent_heads), untold[e.sentence])
        sent = sentences[e.sentence]
        if sent.is_topic(e.predicate.start):  # the event is what its sentence's other act is about
            topic_ids.add(e.id)
            sent = Sentence(doc.tokens_in(span), data.not_cues, antecedents=(data.antecedent_marks, data.antecedent_heads),
                            tellers=untold[e.sentence])
        else:
            told = tellers(sent.token_at(e.predicate.start), data.report_verbs)
            if told:
                sent = Sentence(doc.tokens_in(span), data.not_cues, (data.topic_words, data.topic_governors),
                                (data.antecedent_marks, data.antecedent_heads), told | untold[e.sentence])
        rule = choose(e, sent, by_id, data)
        if bare(rule):
            bare_ids.add(e.id)
        out.append(typed(e, rule, data))
    out = one_demonstration(protest_responses(out, by_id, data), data, frozenset(topic_ids))
    return earlier_acts(casualties_of_incident(out, bare_ids, data), data, spans)


__all__ = ["ACLED_SCHEMA", "RESIDUAL", "AcledData", "AcledRule", "Sentence", "antecedent_word", "backer", "bare", "build_acled",
           "casualties_of_incident", "choose", "classify", "load_acled", "matches", "one_demonstration", "same_day",
           "told_as_done", "topic_word", "typed", "with_acled"]
