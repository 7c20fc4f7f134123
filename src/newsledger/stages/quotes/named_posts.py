"""A speaker written as a post and then the name of its holder ("Pakistan's permanent
representative to the United Nations, Munir Akram, said ...", "the spokesperson for the
foreign ministry, Ambassador X, repeated ..."): the named person speaks.

The parser often hangs the name on the post's last noun ("... to the United Nations, Munir
Akram") or coordinates it with the post, so the apposition is read from the text: the speaker
span ends with a person's name that a comma sets off from a post noun before it, or that follows
a post written as a title ("U.N. Resident Coordinator for Myanmar Andrew Kirkwood said").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...records import ActorLayer
from .chain_words import unnamed


def named_holder(actors: ActorLayer, head: Token | None, start: int | None, end: int | None,
                 posts: Collection[str]) -> str | None:
    """The named person whose name closes the speaker span ``start``..``end`` after a comma,
    when the span's head ``head`` is a post noun; None otherwise."""
    if head is None or start is None or end is None:
        return None
    if head.lemma_.lower() not in posts and head.lower_ not in posts:
        return None
    text = head.doc.text
    for m in actors.mentions_in(start, end):
        person = actors.actor(m.actor_id)
        if person is None or person.type != "person" or unnamed(person):
            continue
        if m.kind != "name" or m.start <= head.idx or text[m.end:end].strip(" ,"):
            continue
        if text[start:m.start].rstrip().endswith(",") or _title(head):
            return person.id
    return None


def _title(head: Token) -> bool:
    """A post written as a title, capitalised and with no determiner ("U.N. Resident Coordinator
    for Myanmar Andrew Kirkwood", "Special Envoy for Syria Geir Pedersen"): the name that ends the
    phrase holds it, with no comma; "a lawyer for X" names whom the post serves."""
    return head.text[:1].isupper() and head.i > head.sent.start and not any(c.dep_ in ("det", "poss")
                                                                          for c in head.children)
