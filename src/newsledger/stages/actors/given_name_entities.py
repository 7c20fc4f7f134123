"""A name the entity recogniser read as an organisation that opens with a given name and holds
no word of a body ("Haitham Abdelrahim said", "Yasmin El-Tayeb told reporters"): a person. The
recogniser often takes names from languages it saw little of for organisations; a given name
before another capitalised word (``male_given_names``, ``female_given_names``) and no noun of a
body, site or facility (``body_nouns``, ``organisation_heads``, ``site_nouns``, ``facility_nouns``,
``place_head_nouns``, ``organisation_name_words``), no sector noun and no possessive in the name
tell a person ("Mustafa Kemal University", "Faisal Bank", "Nasser Hospital" stay organisations)."""

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
        if not t.is_title or t.tag_ == "POS" or t.lower_ in _body_words(state):
            return False
        noun = state.nouns[t.i]
        if noun is not None and noun.cat == CAT_SECTOR:
            return False
    return True


def _body_words(state: ArticleState) -> frozenset[str]:
    """Nouns that head the names of bodies, sites and facilities ("Ministry", "Hospital", "Bank")."""
    r = state.rules
    return frozenset((*r.body_nouns, *r.organisation_heads, *r.site_nouns, *r.facility_nouns, *r.place_head_nouns,
                      *r.organisation_name_words))
