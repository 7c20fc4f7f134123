"""A bare noun for a state's military as speaker ("the military said", "the army said") after a
passage that named two militaries: the military that spoke last before it (the subject of the
last saying by a military), not the one the actor layer matched the noun to. "The Israeli army
said ..., and the Lebanese army said ... “...,” the military said" is the Lebanese army.

Only a bare noun (no modifier that names whose military it is: "the Sudanese army") and only
when the actor layer read it as a military too; a rebel or a ministry with armed sectors is no
state's military ("the army" is not the RSF).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from ...records import ActorLayer


@dataclass(frozen=True)
class MilitaryWords:
    """Nouns for a state's military (``military_nouns``), the sectors of a military
    (``military_sectors``) and the sectors no state's military has (``military_other_sectors``)."""

    nouns: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()


def _military(actors: ActorLayer, words: MilitaryWords, actor_id: str | None) -> bool:
    a = actors.actor(actor_id)
    if a is None or a.type == "person":
        return False
    sectors = set(a.sectors)
    return bool(sectors & words.sectors) and not sectors & words.others


def military_speaker(actors: ActorLayer, words: MilitaryWords, head: Token, current: str | None,
                     earlier: Sequence[str]) -> str | None:
    """The speaker a bare military noun ``head`` stands for: of ``earlier`` (the actors of the
    speakers before it within the window, nearest first) the first that is a military, when the
    actor layer's ``current`` is one too; else None."""
    if head.lemma_.lower() not in words.nouns and head.lower_ not in words.nouns:
        return None
    if any(c.dep_ != "det" for c in head.children) or not _military(actors, words, current):
        return None
    return next((aid for aid in earlier if _military(actors, words, aid)), None)


__all__ = ["MilitaryWords", "military_speaker"]
