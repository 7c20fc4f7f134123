"""A people's word that names their language: "she speaks fluent Burmese", "he teaches French",
"the book was translated into Portuguese", "the Portuguese language". The word is no mention of the
country or its people there: its name atom is dropped before phrases are built (coref.yaml
``language_verbs``, ``language_modifiers``, ``language_nouns``). Not a plural people ("the army
trained Ukrainians"), nor one with an article ("they taught the French"), nor a modifier of another
noun ("French teachers", "Russian-language media" keep their country).

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from .state import ArticleState
from .types import CAT_NAME

_PEOPLE_WORDS = frozenset({"demonym", "adjective"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "conj", "attr", "oprd"})


def names_language(state: ArticleState, tok: Token) -> bool:
    """``tok``, a people's word, is the name of their language (see the module docstring)."""
    rules = state.rules
    if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in tok.children):
        return False
    if tok.dep_ in ("amod", "compound"):
        head = tok.head  # "the Portuguese language"; not "Russian-language media"
        return head.lower_ in rules.language_nouns and head.dep_ not in ("amod", "compound")
    if tok.dep_ not in _OBJECT_DEPS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in rules.language_modifiers for c in tok.children):
        return True  # "fluent Burmese"
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "speaks French and German"
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in rules.language_verbs
    if t.dep_ == "pobj" and t.head.lower_ in ("in", "into"):
        return t.head.head.lemma_.lower() in rules.language_verbs  # "translated into Portuguese"
    return False


def drop_language_names(state: ArticleState) -> None:
    """Clear the name atoms of peoples' words that name languages."""
    seen: set[int] = set()
    for a in list(state.names):
        if a is None or id(a) in seen:
            continue
        seen.add(id(a))
        if a.cat != CAT_NAME or a.table not in _PEOPLE_WORDS or a.end - a.start != 1:
            continue
        if names_language(state, state.doc[a.start]):
            state.names[a.start] = None
            if state.evidence[a.ref] > 0:
                state.evidence[a.ref] -= 1

