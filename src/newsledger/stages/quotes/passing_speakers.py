"""A person named only in passing is not who "he said" stands for: after a speaker's quote,
"But what if Clinton wins? Won't they risk more liberal nominees than Obama? “...,” he said" goes
on with that speaker, not with the man the actor layer met last. In passing means, syntactically,
as the object of a preposition ("than Obama", "about Obama", "with Obama"; not the agent of a
passive, "by Obama", who does something) or as a possessor ("Obama's nominees"): never as a
clause's subject or a verb's object, and never in apposition to a name. Every mention of the
person since the last speaker's cue must be such a mention, and no other person the pronoun may
stand for may be named there otherwise; a person not named since keeps the actor layer's reading
(:mod:`.chain` asks this only for "he" or "she" speaking a direct quote, when the last speaker fits
the pronoun's gender and the person has not spoken in the window)."""

from __future__ import annotations

from collections.abc import Callable

from ...nlp import ParsedDoc
from ...records import ActorLayer

_PASSING_DEPS = frozenset({"pobj", "poss"})


def named_in_passing(pd: ParsedDoc, actors: ActorLayer, actor_id: str, speaker: str, since: int, here: int,
                     fits: Callable[[str], bool]) -> bool:
    """``actor_id`` is named (not by a pronoun) between ``since`` and ``here``, each time only in
    passing (the object of a preposition other than an agent's "by", or a possessor), and no other
    person than ``speaker`` whom the pronoun ``fits`` is named there otherwise ("when the AP asked
    Bennett about Carson's comments, ... he told the AP" may be Bennett: the rule stands aside)."""
    named = [m for m in actors.mentions if m.actor_id is not None and m.kind != "pronoun" and since <= m.start < here]
    if not any(m.actor_id == actor_id for m in named):
        return False
    for m in named:
        if m.actor_id == speaker or (m.actor_id != actor_id and not _person(actors, m.actor_id, fits)):
            continue
        if not _in_passing(pd, m.start, m.end):
            return False
    return True


def _person(actors: ActorLayer, actor_id: str, fits: Callable[[str], bool]) -> bool:
    a = actors.actor(actor_id)
    return a is not None and a.type == "person" and fits(actor_id)


def _in_passing(pd: ParsedDoc, start: int, end: int) -> bool:
    span = pd.span_chars(start, end)
    if span is None:
        return False
    root = span.root
    return root.dep_ in _PASSING_DEPS and not (root.dep_ == "pobj" and root.head.dep_ == "agent")


__all__ = ["named_in_passing"]
