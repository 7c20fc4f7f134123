"""Names a naming clause gives a person ("a herder who gave his name only as Hama", "a
resident who gave her name as Larysa"): a person's name, whatever else the dictionary or the
entity recogniser would read in it (Hama is a Syrian city too)."""

from __future__ import annotations

from spacy.tokens import Token

from .appositions import name_mention, naming_owner, pair
from .state import ArticleState
from .types import Atom, Phrase


def given_names(state: ArticleState) -> None:
    """Pair each name given "as" the object of a naming clause on a description of one person
    with that description, as a person's name."""
    for tok in state.pd.tokens:
        verb = _naming_verb(state, tok)
        owner = naming_owner(state, verb) if verb is not None else None
        if owner is not None:
            pair(state, owner, _person_name(state, tok))


def _naming_verb(state: ArticleState, tok: Token) -> Token | None:
    """The verb of "gave his name (only) as X" when ``tok`` is X, a capitalised proper noun."""
    prep = tok.head
    if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or not tok.is_title or prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    verb = prep.head
    named = any(c.dep_ == "dobj" and c.lower_ in state.rules.name_nouns for c in verb.children)
    return verb if named and verb.pos_ == "VERB" else None


def _person_name(state: ArticleState, tok: Token) -> Phrase:
    """The mention of the name at ``tok``, read as a person's: a name the dictionary gave a place
    or body becomes an entity of a person."""
    m = state.by_head.get(tok.i)
    if m is None:
        return name_mention(state, tok)
    if m.atom is None or m.atom.cat != "E":
        atom = Atom(m.start, m.end, "E", "PERSON", ner="PERSON")
        for i in range(m.start, m.end):
            state.names[i] = atom
        m.atom, m.label = atom, "PERSON"
    m.person_hint = True
    return m
