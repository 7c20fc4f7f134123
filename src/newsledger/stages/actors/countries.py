"""Which country a name denotes when it has other readings (a person, a US state), and
whether a name is used as a place."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from .state import ArticleState
from .tables import AmbiguityRule
from .types import Atom, Phrase


def modifier_country(state: ArticleState, a: Atom) -> str | None:
    """The country a modifier names, read as in ``read_country_name`` for ambiguous names."""
    if a.key not in state.d.ambiguous_forms:
        return a.ref
    amb = state.d.ambiguity.get(a.key)
    reading = ambiguous_reading(state, None, a, amb)
    if reading == "person":
        return None
    if reading == "alternative" and amb is not None:
        return amb.alternative_country or None
    return a.ref


def ambiguous_reading(state: ArticleState, m: Phrase | None, a: Atom, amb: AmbiguityRule | None) -> str:
    """person, alternative or country."""
    doc = state.doc
    country_cues = cues(state, amb.country_cues) if amb else 0
    if amb is None or amb.person_reading:
        person = False
        if a.start > 0:  # a first name before it: "Michael Jordan"
            prev = doc[a.start - 1]
            person = (prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN" and state.names[prev.i] is None
                      and state.nouns[prev.i] is None)
        if not person and a.ner == "PERSON":
            # spaCy's PERSON alone is weak evidence ("Chad said it would ..."): ask the pronouns
            person = pronoun_evidence(state, a.start) == "person"
        if person and country_cues == 0:
            return "person"
    if amb is not None and amb.alternative_id:
        alt = cues(state, amb.alternative_cues)
        if alt > country_cues:
            return "alternative"
    return "country"


def pronoun_evidence(state: ArticleState, i: int) -> str:
    """"person" when he/she (and no it/its) follow the name in its sentence and the next one,
    "thing" when it/its do, "" when neither."""
    sent = state.doc[i].sent
    end = sent.end
    if end < state.n:
        end = state.doc[end].sent.end
    personal = set(state.rules.male_pronouns) | set(state.rules.female_pronouns) | {"his", "her"}
    seen_person = seen_thing = False
    for t in state.doc[i + 1:end]:
        low = t.lower_
        if low in personal:
            seen_person = True
        elif low in ("it", "its", "itself"):
            seen_thing = True
    if seen_thing:
        return "thing"
    return "person" if seen_person else ""


def cues(state: ArticleState, cues: Iterable[str]) -> int:
    text = state.pd.text
    n = 0
    for c in cues:
        if c not in state.cue_cache:  # (a cue not in the text at all is not searched for as a word)
            state.cue_cache[c] = len(re.findall(rf"(?<!\w){re.escape(c)}(?!\w)", text)) if c in text else 0
        n += state.cue_cache[c]
    return n


def is_place(state: ArticleState, tok: Token) -> bool:
    """A name used as a place: "in Gaza", "flew to Washington"."""
    t = tok
    while t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and place_preposition(state, t.head, state.rules.locative_prepositions)


def place_preposition(state: ArticleState, prep: Token, locatives: Iterable[str]) -> bool:
    """A preposition whose object is a place: one of ``locatives`` ("in Gaza"), or one of motion
    after a word of travel ("flew to Washington")."""
    low = prep.lower_
    if low in locatives:
        return True
    if low in state.rules.motion_prepositions:
        gov = prep.head
        return gov.lemma_.lower() in state.rules.travel_lemmas or gov.lower_ in state.rules.travel_lemmas
    return False
