"""Standing states: an act told as a state that has lasted since a time, before a later sentence tells the day's act,
is the story's background, not its incident.

Local reports open with the situation the news falls in: a perfect-tense state or act with a "since" phrase ("The town
had been in the hands of jihadists since March", "The road had been blocked since Sunday by villagers") or an act
told in a "since" clause ("Security has worsened since the rains began"). The news follows in a sentence dated by a
day ("On Thursday troops recaptured the town"), and ACLED codes the day's act. Such an act is background (read by
:func:`.acled_days.earlier_acts`, which marks it ``historical``) only when a later sentence tells an act of a day; a
report that tells no other keeps it ("Soldiers have fought the militants since morning").

The marks of a standing time are data (``standing_marks`` in ``data/events/acled.yaml``); the perfect aspect (an
auxiliary "have" on the clause's verb) is grammar.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.syntax import is_verb
from ...records import Event
from .acled_types import AcledData
from .tokens import clause_verb

MAX_CLIMB = 8  # a predicate's way up to its clause's verb is a few arcs ("in the hands of jihadists": two)


def standing_acts(events: list[Event], data: AcledData, sentences: Mapping[int, SpacySpan]) -> set[str]:
    """The ids of the events told as a standing state: in a clause or phrase of one of ``standing_marks``, or in a
    perfect-tense clause that such a phrase dates ("had been blocked since Sunday")."""
    out: set[str] = set()
    for e in events:
        span = sentences.get(e.sentence)
        pred = next((t for t in span if t.idx == e.predicate.start), None) if span is not None else None
        if pred is not None and (in_standing_phrase(pred, data) or dated_perfect(pred, data)):
            out.add(e.id)
    return out


def in_standing_phrase(pred: Token, data: AcledData) -> bool:
    """``pred`` is in a clause marked by a standing mark ("since the rains began") or in the object of a standing
    preposition ("since the fall of the town")."""
    cur = pred
    for _ in range(MAX_CLIMB):
        if any(c.dep_ == "mark" and c.lower_ in data.standing_marks for c in cur.children):
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ in data.standing_marks:
            return True
        if cur.head.i == cur.i or cur.dep_ in ("ccomp", "conj", "relcl"):
            return False
        cur = cur.head
    return False


def dated_perfect(pred: Token, data: AcledData) -> bool:
    """The clause of ``pred`` is perfect ("has been", "had been blocked") and dated by a standing preposition ("since
    March") on its verb."""
    verb = pred if is_verb(pred) else clause_verb(pred)
    if verb is None:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect and any(c.dep_ == "prep" and c.lower_ in data.standing_marks for c in verb.children)


__all__ = ["dated_perfect", "in_standing_phrase", "standing_acts"]
