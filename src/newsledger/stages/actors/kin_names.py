"""A surname after a word of age ("the younger Lai", "the elder Haddad") when the article names
two people of that surname: the one a kin noun before their name puts a generation below the
other ("his son Sebastien Lai": the younger) or above ("her father, Omar Haddad": the elder),
not the first person of the surname, whom a bare surname stands for."""

from __future__ import annotations

from spacy.tokens import Doc

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


_DETERMINERS = frozenset({"his", "her", "their", "a", "the"})  # not "whose": "X, whose husband" is his wife


def kin_gender(state: ArticleState, s: int, e: int) -> str:
    """The gender a kin noun beside the name ``s:e`` tells: "her brother-in-law, Idris", "his
    daughter Amani" (the noun just before the name, a comma between or not), "Idris, her
    brother" (after a comma, with a determiner); "-in-law" and "step-" forms count as the noun.
    "" when no kin noun (``male_kin_nouns``, ``female_kin_nouns``) stands beside the name."""
    doc, rules = state.doc, state.rules
    i = s - 1
    i -= i >= 0 and doc[i].text == ","
    word = _kin_word(doc, i, backward=True)
    if word is None and e + 2 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in _DETERMINERS:
        word = _kin_word(doc, e + 2, backward=False)
    if word in rules.male_kin_nouns:
        return "m"
    if word in rules.female_kin_nouns:
        return "f"
    return ""


def _kin_word(doc: Doc, i: int, backward: bool) -> str | None:
    """The noun at ``i`` (a common noun), seen through an "-in-law" after it: read back from the
    "law" of "brother-in-law", or forward from its "brother"."""
    if i < 0 or i >= len(doc):
        return None
    if backward and i >= 4 and doc[i].lower_ == "law" and doc[i - 1].text == "-" and doc[i - 2].lower_ == "in" \
            and doc[i - 3].text == "-":
        i -= 4
    tok = doc[i]
    return tok.lower_ if tok.pos_ == "NOUN" and tok.is_lower else None
