"""Names a naming clause gives a person ("a herder who gave his name only as Hama", "a
resident who gave her name as Larysa"): a person's name, whatever else the dictionary or the
entity recogniser would read in it (Hama is a Syrian city too)."""

from __future__ import annotations

from spacy.tokens import Token

from .appositions import name_mention, naming_owner, pair, person_description
from .state import ArticleState
from .types import Atom, Phrase


def given_names(state: ArticleState) -> None:
    """Pair each name given "as" the object of a naming clause on a description of one person
    with that description, as a person's name; so too the name after a participle of naming on
    such a description ("An off-duty officer, identified only as Sgt. Maj. A., fired")."""
    for tok in state.pd.tokens:
        verb = _naming_verb(state, tok)
        owner = naming_owner(state, verb) if verb is not None else None
        if owner is not None:
            pair(state, owner, _person_name(state, tok))
        named = _named_by_participle(state, tok)
        if named is not None:
            pair(state, named[0], _person_name(state, named[1]))


def _named_by_participle(state: ArticleState, verb: Token) -> tuple[Phrase, Token] | None:
    """The description a participle of naming hangs on and the last word of the name after its
    "as" (capitalised proper nouns up to a comma or a stop, read in the text's order, however
    the parser hung them): "a police officer, identified only as Sgt. Maj. A., ..."; not
    "identified as a member of ...", no name."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in state.rules.naming_verbs:
        return None
    doc, i = state.doc, verb.i + 1
    i += i < len(doc) and doc[i].lower_ == "only"
    if i >= len(doc) or doc[i].lower_ != "as":
        return None
    end = i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        end += 1
    if end == i + 1 or (end < len(doc) and doc[end].text not in (",", ".", ";")):
        return None
    owner = state.by_head.get(verb.head.i)
    return (owner, doc[end - 1]) if owner is not None and person_description(state, owner) else None


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
