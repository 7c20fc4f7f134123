"""A person named only in passing is not who "he said" stands for: after a speaker's quote,
"But what if Clinton wins? Won't they risk more liberal nominees than Obama? “...,” he said" goes
on with that speaker, not with the man the actor layer met last. In passing means, syntactically,
as the object of a preposition ("than Obama", "about Obama", "with Obama"; not the agent of a
passive, "by Obama", who does something) or as a possessor ("Obama's nominees"): never as a
clause's subject or a verb's object, and never in apposition to a name. Every mention of the
person since the last speaker's cue must be such a mention; a person not named since keeps the
actor layer's reading (:mod:`.chain` asks this only for "he" or "she" speaking a direct quote,
when the last speaker fits the pronoun's gender and the person has not spoken in the window)."""

from __future__ import annotations

from ...nlp import ParsedDoc
from ...records import ActorLayer

_PASSING_DEPS = frozenset({"pobj", "poss"})


def named_in_passing(pd: ParsedDoc, actors: ActorLayer, actor_id: str, since: int, here: int) -> bool:
    """``actor_id`` is named (not by a pronoun) between ``since`` and ``here``, each time only in
    passing: as the object of a preposition other than an agent's "by", or as a possessor."""
    named = [m for m in actors.mentions
             if m.actor_id == actor_id and m.kind != "pronoun" and since <= m.start < here]
    if not named:
        return False
    for m in named:
        span = pd.span_chars(m.start, m.end)
        if span is None:
            return False
        root = span.root
        if root.dep_ not in _PASSING_DEPS or (root.dep_ == "pobj" and root.head.dep_ == "agent"):
            return False
    return True


__all__ = ["named_in_passing"]
