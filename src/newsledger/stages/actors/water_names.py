"""Names of seas, gulfs and lakes that hold a country's name or adjective: "the Gulf of Guinea",
"Lake Chad", "the Indian Ocean", "the Persian Gulf", "the East China Sea". The country's word is
part of a place of no one country, not a mention of that country or its people: its name atom is
dropped before phrases are built (coref.yaml ``water_features``), and it is no evidence of the
country the article is about.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from .placement import inside_larger_place
from .state import ArticleState
from .types import CAT_NAME, Atom

# the name tables whose words name a country, its people or its capital
_COUNTRY_WORDS = frozenset({"country", "demonym", "adjective", "capital"})


def in_water_name(state: ArticleState, a: Atom) -> bool:
    """``a`` is a country's word inside a capitalised water name: before the water word ("the
    Indian Ocean"), after "of" in it ("the Gulf of Guinea") or after it ("Lake Chad"); a
    lower-case water word is no name ("Russian sea drones")."""
    doc = state.doc
    water = state.rules.water_features
    before = doc[a.start - 1] if a.start > 0 else None
    if before is not None and before.is_title and before.lower_ in water:
        return True  # "Lake Chad"
    after = doc[a.end] if a.end < state.n else None
    if after is not None and after.lower_ in water:
        return after.is_title and after.ent_type_ not in ("ORG", "FAC")
    root = doc[a.start:a.end].root
    return root.head.head.is_title and inside_larger_place(state, a)


def drop_water_names(state: ArticleState) -> None:
    """Clear the name atoms of countries' words inside water names (see the module docstring)."""
    seen: set[int] = set()
    for a in list(state.names):
        if a is None or id(a) in seen:
            continue
        seen.add(id(a))
        if a.cat != CAT_NAME or a.table not in _COUNTRY_WORDS or not in_water_name(state, a):
            continue
        for i in range(a.start, a.end):
            state.names[i] = None
        if state.evidence[a.ref] > 0:
            state.evidence[a.ref] -= 1
