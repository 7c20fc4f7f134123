"""Event words that are words of a body's name: "Liberation" in "the Oromo Liberation Front",
"Mobilization" in "the Popular Mobilization Forces", "Cooperation" in "the Organization for Economic
Cooperation and Development" name a body, not an act. Shared by the noun events of ``finder`` and
the report constructions of ``reports``."""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Actor
from .types import Context


def name_word(ctx: Context, n: Token) -> bool:
    """An event noun that is a word of a body's name ("the Organization for Economic Cooperation
    and Development", "the Committee to Protect Journalists"): a capitalised word inside a mention
    of an organisation, or of organisations joined ("the Baloch Liberation Army and the Pakistani
    Taliban"), not the event it names; the name may sit inside a longer mention ("fighters of the
    Oromo Liberation Front")."""
    if n.pos_ != "PROPN" or not n.text[:1].isupper():
        return False
    # a sentence's first word is capitalised whatever it is: only a name the dictionary knows makes it one
    # ("Hartal supporters vandalised buses": the strike, not a body named Hartal)
    first = n.i == n.sent.start
    for m in ctx.layer.mentions:
        actor = ctx.actor(m.actor_id) if m.start <= n.idx < m.end else None
        if actor is not None and _of_organisations(ctx, actor) and not (first and actor.source != "dictionary"):
            return True
    return False


def _of_organisations(ctx: Context, actor: Actor) -> bool:
    if actor.type == "compound":
        return any((a := ctx.actor(member)) is not None and a.type == "organisation" for member in actor.members)
    return actor.type == "organisation"


__all__ = ["name_word"]
