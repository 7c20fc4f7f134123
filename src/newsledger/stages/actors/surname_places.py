"""A town with a person's surname read as the town ("a rally in Austin", "the Austin-based
company", "8,000 gathered in Carson, Calif.": not Lloyd Austin, not Ben Carson).

A one-word name the dictionary knows as a person's surname (or the surname of a person the
article named in full) is a place when the entity recogniser labels it a place
(``surname_place_labels``) and the sentence uses it as one: the object of a locative preposition
(``locative_prepositions``: "in Austin", "at Austin"), the first part of a compound with one of
``surname_place_suffixes`` ("Austin-based"), or followed by a comma and another place ("Carson,
Calif."). "Austin said ...", "faith in Carson" (labelled a person) stay the person.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from .state import ArticleState
from .types import Atom


def _placed(state: ArticleState, tok: Token) -> bool:
    """``tok`` is used as a place in its sentence."""
    doc, rules = state.doc, state.rules
    if tok.dep_ == "pobj" and tok.head.lower_ in rules.locative_prepositions:
        return True
    nxt = doc[tok.i + 1:tok.i + 3]
    if len(nxt) == 2 and nxt[0].text in ("-", "‑", "–") and nxt[1].lower_ in rules.surname_place_suffixes:
        return True  # "Austin-based"
    return len(nxt) == 2 and nxt[0].text == "," and nxt[1].ent_type_.lower() in rules.surname_place_labels


def surname_as_place(state: ArticleState, a: Atom) -> bool:
    """The one-word name ``a`` is a town named like a person (see the module)."""
    if a.end - a.start != 1:
        return False
    tok = state.doc[a.start]
    return tok.ent_type_.lower() in state.rules.surname_place_labels and _placed(state, tok)
