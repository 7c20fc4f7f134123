"""A "he" or "she" speaker and a person named only in passing: the actor layer gives a pronoun
the last person of its gender it read, but a person named before it only as an object, after a
preposition or as a possessor ("Don't they risk nominees more liberal than Obama? “...,” he
said"; "He spoke with Jane Roe's lawyer. “...,” he added"), who never spoke, is not who goes on
speaking: the last speaker met does (issue 15). A person written as a clause's subject ("John
Roe, a farmer, lost his crop. “...,” he said") keeps the actor layer's reading; so does anyone
who spoke before."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ...nlp import ParsedDoc
from ...records import ActorLayer
from .spkres_epithets import subject_rank


def named_in_passing(pd: ParsedDoc, actors: ActorLayer, actor_id: str, here: int, speakers: Collection[str],
                     quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether ``actor_id`` never spoke before ``here`` (``speakers``) and its last naming before
    ``here`` outside quotation marks is neither a clause's subject nor the focus of a cleft."""
    if actor_id in speakers:
        return False
    named = [m for m in actors.mentions if m.actor_id == actor_id and m.kind != "pronoun" and m.start < here
             and not any(s <= m.start < e for s, e in quoted)]
    if not named:
        return False
    return subject_rank(pd, max(named, key=lambda m: m.start)) == 0


__all__ = ["named_in_passing"]
