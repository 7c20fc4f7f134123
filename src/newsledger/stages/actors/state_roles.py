"""Unnamed role nouns of a state body: "an Interior Ministry spokesman", "state television", "a
security official".

Such a noun names no country of its own, yet the body it speaks for is a state's: the state the
article is about when nothing in its sentence places it elsewhere (a story datelined in Mogadishu
about a siege there: "a security official" is Somalia's). Its actor is the sector actor of that
country, named in the mention's own words ("Somali security official", "Malian state
television"), not in the words of its sector codes ("police government").

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from .entities import named_over
from .state import ArticleState
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
    if not state_role(state, m) or not state.evidence:
        return None
    ranked = state.evidence.most_common(2)
    land = ranked[0][0]
    return land if named_over(state, land, ranked[1][0] if len(ranked) > 1 else "") else None


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
