"""Unnamed role nouns of a state body: "an Interior Ministry spokesman", "state television", "a
security official".

Such a noun names no country of its own, yet the body it speaks for is a state's: the state the
article is about when nothing in its sentence places it elsewhere (a story datelined in Mogadishu
about a siege there: "a security official" is Somalia's). Its actor is the sector actor of that
country, named in the mention's own words ("Somali security official", "Malian state
television"), not in the words of its sector codes ("police government").

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from .entities import named_over
from .phrases import bare_definite
from .placement import place_code
from .state import ArticleState
from .tables import TitleEntry
from .types import Phrase

# the dependencies of the words a role noun's display name leaves out: articles, possessors,
# numbers and punctuation ("An Interior Ministry spokesman" -> "Interior Ministry spokesman")
_DROPPED_DEPS = frozenset({"det", "poss", "nummod", "predet", "punct", "case", "quantmod"})


def state_role(state: ArticleState, m: Phrase) -> bool:
    """A role noun of a state body: its sectors join the government's (GOV) with another one
    (GOV COP, MED GOV, COP GOV); a bare "officials" (GOV alone) is the state itself."""
    return "GOV" in m.sectors and len(m.sectors) >= 2


def story_country(state: ArticleState, m: Phrase) -> str | None:
    """The country of a state body's role noun that its sentence does not place: the one
    country the article is about, the country it names (by name, people or place) at least
    twice and more often than any other; not the dateline's alone ("BANGKOK, Thailand (AFP) - A
    Myanmar military airstrike ... in the Sagaing region": Myanmar's junta)."""
    return story_land(state) if state_role(state, m) else None


def story_land(state: ArticleState) -> str | None:
    """The one country the article is about: the one it names (by name, people or place) at
    least twice and more often than any other; None when none stands out."""
    if not state.evidence:
        return None
    ranked = state.evidence.most_common(2)
    land = ranked[0][0]
    return land if named_over(state, land, ranked[1][0] if len(ranked) > 1 else "") else None


def own_force(state: ArticleState, m: Phrase, term: str) -> bool:
    """A state's force named as the one institution of its kind: "the" and the anaphor's own
    words alone ("the army", "the armed forces"), or the word alone where the news register drops
    the article ("Police said ..."); no possessor, people, number or qualifier ("its army", "the
    rebel army", "the Sudanese army" are read elsewhere)."""
    if bare_definite(state, m):
        return state.doc[m.head].lower_ == term
    words = state.doc[m.start:m.head + 1]
    return len(words) >= 2 and words[0].lower_ == "the" and " ".join(t.lower_ for t in words[1:]) == term


def role_words(state: ArticleState, m: Phrase) -> str | None:
    """The plain words of a state body's role noun, for its actor's name: the phrase up to its
    head without articles, possessors, numbers or country names, in lower case but for proper
    nouns ("An Interior Ministry spokesman" -> "Interior Ministry spokesman", "State
    television" -> "state television"); None for other nouns or when no word is left."""
    if not state_role(state, m):
        return None
    words = []
    for tok in state.doc[m.start:m.head + 1]:
        if tok.dep_ in _DROPPED_DEPS or tok.is_punct:
            continue
        atom = state.names[tok.i]
        if atom is not None and atom.table in ("country", "demonym", "adjective"):
            continue
        words.append(tok.text if tok.pos_ == "PROPN" else tok.lower_)
    return " ".join(words) or None


def framing_place(state: ArticleState, m: Phrase) -> str | None:
    """The country of the place a fronted locative puts the clause of ``m`` in: "In Peru,
    officials said ...", "In Indian-administered Kashmir, officials said ..." (a place
    administered by a people's country is that country's, for its officials); a prepositional
    phrase on ``m``'s verb, before ``m``. None when there is none or it names no one country."""
    head = state.doc[m.head]
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.i == head.i:
        return None
    codes = set()
    for prep in verb.lefts:
        if prep.dep_ != "prep" or prep.i > m.start or prep.lower_ not in state.rules.locative_prepositions:
            continue
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            code = place_code(state, place) or controller(state, place)
            if code:
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


def controller(state: ArticleState, place: Token) -> str | None:
    """The country whose people's word is the agent of a control participle on ``place``
    ("Indian-administered Kashmir": India), or None."""
    for part in place.lefts:
        if part.dep_ != "amod" or part.lower_ not in state.rules.control_descriptors:
            continue
        for agent in part.lefts:
            a = state.names[agent.i]
            if a is not None and a.table in ("demonym", "adjective", "country"):
                return a.ref
    return None


def framed_officials(state: ArticleState, m: Phrase, te: TitleEntry | None, group: str | None) -> str | None:
    """A bare plural title of a government ("officials") in a clause a fronted locative places
    in a country other than that of the group the same noun named before ("Pakistani officials
    said ... In Indian-administered Kashmir, officials said ..."): that country's body of the
    title's sectors; None otherwise."""
    if te is None or "GOV" not in te.sectors:
        return None
    code = framing_place(state, m)
    before = state.reg.actors.get(group or "")
    if code is None or (before is not None and before.country == code):
        return None
    return state.reg.sector(code, te.sectors)
