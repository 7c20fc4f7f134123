"""A surname after a word of age ("the younger Lai", "the elder Haddad") when the article names
two people of that surname: the one a kin noun before their name puts a generation below the
other ("his son Sebastien Lai": the younger) or above ("her father, Omar Haddad": the elder),
not the first person of the surname, whom a bare surname stands for."""

from __future__ import annotations

from .state import ArticleState
from .types import Atom, Phrase


def kin_by_age(state: ArticleState, m: Phrase, a: Atom) -> str | None:
    """The person "the younger/elder <surname>" names, or None (no word of age before the
    surname, fewer or more than two people of it, or no kin noun telling them apart)."""
    rules = state.rules
    surname = state.doc[a.end - 1].text
    before = {t.lower_ for t in state.doc[min(m.start, a.start):a.end - 1]}
    junior = bool(before & set(rules.junior_age_words))
    senior = bool(before & set(rules.senior_age_words))
    if junior == senior:
        return None
    same = [aid for aid, actor in state.reg.actors.items()
            if actor.type == "person" and len(parts := actor.name.split()) >= 2 and parts[-1] == surname]
    if len(same) != 2:
        return None
    place = {aid: _generation(state, aid) for aid in same}
    below = [aid for aid in same if place[aid] == "below"]
    above = [aid for aid in same if place[aid] == "above"]
    if len(below) == 1 and not above:
        return below[0] if junior else next(aid for aid in same if aid != below[0])
    if len(above) == 1 and not below:
        return above[0] if senior else next(aid for aid in same if aid != above[0])
    return None


def _generation(state: ArticleState, aid: str) -> str | None:
    """Where a kin noun right before a name of the person puts them ("his son Sebastien Lai",
    "her father, Omar Haddad"): "below", "above" or None."""
    rules = state.rules
    for m in state.mentions:
        if m.actor != aid or m.start == 0:
            continue
        i = m.start - 1
        if state.doc[i].text == "," and i > 0:
            i -= 1
        word = state.doc[i].lower_
        if word in rules.junior_kin_nouns:
            return "below"
        if word in rules.senior_kin_nouns:
            return "above"
    return None
