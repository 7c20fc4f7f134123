"""A name the entity recogniser read as an organisation right after a noun for one person's role
or trade ("human rights lawyer Zeynep Arslan", "Lawyer Zeynep Arslan filed ...", "activist Nkechi
Eze"): the noun describes one person, so the name is a person's. So is one followed by the
relative pronoun of persons ("Wanida Chaiyaporn, who heads a local rights group, ..."), unless
its last word heads an organisation's name ("the Kivu Relief Agency, who ..."). Names the
dictionary knows, and a name after a plural or a noun for a body ("lawyers Zeynep Arslan" is no
construction; "the ministry of ..."), are left as read."""

from __future__ import annotations

from spacy.tokens import Token

from .state import ArticleState
from .types import CAT_SECTOR


def person_noun(state: ArticleState, t: Token) -> bool:
    """``t`` is a sector noun for one person ("Lawyer", "Farmer", "Activist")."""
    a = state.nouns[t.i]
    st = state.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
    return st is not None and st[0].type == "person" and t.tag_ in ("NN", "NNP")


def person_after_role(state: ArticleState, s: int, e: int) -> bool:
    """The entity over tokens ``s``..``e`` is a person's name of two or more proper nouns that a
    singular noun for a person's role opens or comes right before."""
    doc = state.doc
    first = s + 1 if person_noun(state, doc[s]) else s
    if first == s and (s == 0 or not person_noun(state, doc[s - 1])):
        return False
    name = doc[first:e]
    return len(name) >= 2 and all(t.pos_ == "PROPN" and t.is_title for t in name)


def person_by_who(state: ArticleState, s: int, e: int) -> bool:
    """The entity over tokens ``s``..``e`` is two to four capitalised proper nouns followed by a
    comma and "who" or "whose", and its last word heads no organisation's name."""
    doc = state.doc
    name = doc[s:e]
    if not 2 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return False
    if e + 1 >= len(doc) or doc[e].text != "," or doc[e + 1].lower_ not in ("who", "whose"):
        return False
    return doc[e - 1].lower_ not in state.rules.organisation_heads
