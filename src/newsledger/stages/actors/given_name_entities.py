"""A name the entity recogniser read as an organisation that opens with a given name and holds
no word of a body ("Haitham Abdelrahim said", "Yasmin El-Tayeb told reporters"): a person. The
recogniser often takes names from languages it saw little of for organisations; a given name
before another capitalised word (``male_given_names``, ``female_given_names``) and no body noun,
sector noun or possessive in the name tell a person ("Mustafa Kemal University", "Ahmed's
Bakery", "Hassan Ministry of Works" stay organisations)."""

from __future__ import annotations

from .state import ArticleState
from .types import CAT_SECTOR, Atom


def given_named_person(state: ArticleState, a: Atom) -> bool:
    """Whether the entity ``a`` (labelled an organisation) is a person's name: two to four
    words, the first a given name and capitalised, every other word capitalised or a hyphen, none
    a body noun, a sector noun or a possessive."""
    words = state.doc[a.start:a.end]
    if a.key != "ORG" or not 2 <= len(words) <= 4:
        return False
    first = words[0]
    if not first.is_title or first.lower_ not in state.given:
        return False
    for t in words[1:]:
        if t.text == "-":
            continue
        if not t.is_title or t.tag_ == "POS" or t.lower_ in state.rules.body_nouns:
            return False
        noun = state.nouns[t.i]
        if noun is not None and noun.cat == CAT_SECTOR:
            return False
    return True
