"""Actor stage: find every mention of an actor and resolve it to who it is.

``extract_actors(doc) -> ActorLayer`` returns the mentions found in the article, the actors
they resolve to, and the framing marks that naming carries (loaded labels, honorifics,
scare quotes). Unresolved mentions are kept with their text and ``actor_id=None``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .nlp import ParsedDoc
from .records import Actor, FramingMark, Mention, Record, record_id

log = logging.getLogger(__name__)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


@dataclass(frozen=True)
class ActorLayer(Record):
    """What the actor stage found in one article."""

    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    framing: tuple[FramingMark, ...] = ()

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside the character range [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def mention_overlapping(self, start: int, end: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.start < end and start < m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best


def extract_actors(doc: ParsedDoc) -> ActorLayer:
    """Entity mentions from spaCy's NER (resolution is added by the actor dictionary)."""
    mentions = []
    for ent in doc.doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        mentions.append(
            Mention(
                id=record_id("m", doc.article_id, ent.start_char, ent.end_char),
                article_id=doc.article_id,
                sentence=doc.sentence_index(ent.start_char),
                start=ent.start_char,
                end=ent.end_char,
                text=ent.text,
                label=ent.label_,
            )
        )
    return ActorLayer(mentions=tuple(mentions))
