"""The person an article named before with a post, for a later definite title of an
organisation ("spokesperson Abdul Karim Nouri said ... the Taliban foreign ministry spokesperson
said": Nouri, not the Taliban).

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from .state import ArticleState
from .tables import TitleEntry
from .types import Phrase, role_matches


def named_post_holder(state: ArticleState, m: Phrase, te: TitleEntry | None, org: str) -> str | None:
    """The person the article named before with the post a definite singular title ``m`` of the
    organisation ``org`` gives, its role ``te`` or its head word written in the person's mention
    ("spokesperson Abdul Karim Nouri said ... the Taliban foreign ministry spokesperson said"),
    last mentioned within the pronoun window and of no other country than the organisation's; None otherwise
    ("a Taliban spokesperson", "the Taliban spokespeople", or no such person named)."""
    if te is None or not m.definite or m.plural or te.kind == "courtesy":
        return None
    country, word = state.d.organisations[org].country, state.doc[m.head].lower_
    for h in reversed(state.mentions):
        if h.end > m.start or m.sentence - h.sentence > state.rules.pronoun_window:
            continue
        person = state.reg.actors.get(h.actor or "")
        if person is None or person.type != "person" or (person.country and person.country != country):
            continue
        if any(role_matches(te.role or te.term, r) for r in state.reg.roles.get(person.id, ())) \
                or _written_with(state, person.id, word, m.start):
            return person.id
    return None


def _written_with(state: ArticleState, actor_id: str, word: str, before: int) -> bool:
    """A mention of ``actor_id`` before ``before`` has the title ``word`` in it ("foreign ministry
    spokesperson Abdul Karim Nouri")."""
    return any(t.lower_ == word for g in state.mentions if g.actor == actor_id and g.end <= before
               for t in state.doc[g.start:g.end])


__all__ = ["named_post_holder"]
