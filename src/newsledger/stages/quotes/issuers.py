"""Speakers that are a document or message whose issuer a participle names by its agent ("A letter
signed by 40 lawmakers says ...", "A series of posts, circulated by accounts supporting the rebels,
claims ...", "a statement released by the ministry"): the agent of the participle issued the words,
and the quote's speaker stands for it (``written_as``, and the agent's actor when the actor layer
gives it one and the speaker has none). The document is the speaker's head noun, or the object of
its "of" ("a series of posts"), when that is a noun of a document or message (``document_nouns``,
``message_nouns``); the participle, one of issuing (``issuing_participles``; not "seen by Reuters",
a carrier's), hangs on either."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...records import ActorLayer
from .types import Attribution


def issued_speakers(pd: ParsedDoc, atts: list[Attribution], actors: ActorLayer, nouns: Collection[str],
                    participles: Collection[str]) -> None:
    """Set ``written_as`` (and the actor, if none) of every speaker that is a document whose issuer
    a participle's agent names."""
    for a in atts:
        if a.written_as is not None or a.speaker_head is None:
            continue
        head = pd.token_at(a.speaker_head)
        if head is None or head.pos_ != "NOUN":
            continue
        agent = _issuer(head, nouns, participles)
        if agent is None:
            continue
        a.written_as = (agent.left_edge.idx, agent.right_edge.idx + len(agent.right_edge.text))
        if a.speaker_actor_id is None:
            m = actors.mention_overlapping(agent.idx, agent.idx + len(agent.text))
            a.speaker_actor_id = m.actor_id if m is not None else None


def _issuer(head: Token, nouns: Collection[str], participles: Collection[str]) -> Token | None:
    """The agent of a participle on the document ``head`` names (or on the object of its "of")."""
    docs = [head, *(o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj")]
    if not any(d.lemma_.lower() in nouns or d.lower_ in nouns for d in docs):
        return None
    for d in docs:
        for part in d.children:
            if part.dep_ != "acl" or part.tag_ != "VBN" or part.lower_ not in participles:
                continue
            by = next((c for c in part.children if c.dep_ == "agent"), None)
            obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
                return obj
    return None


__all__ = ["issued_speakers"]
