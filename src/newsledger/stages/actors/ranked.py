"""A person's name after a noun of a person's rank that the entity recogniser read as no kind of
actor ("Brigadier Imran Saeed, the Sector Commander, said": a work of art after a quotation)."""

from __future__ import annotations

from .state import ArticleState

# entity labels of no actor under which a recogniser may hide a ranked person's name
_NO_ACTOR = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})


def ranked_names(state: ArticleState) -> list[tuple[int, int]]:
    """Token spans of capitalised proper nouns of two words or more after a rank noun (a sector
    noun for a person: "Brigadier", "Havildar") that open an entity labelled as no actor: a
    person's name, the rank not part of it."""
    doc, out = state.doc, []
    for ent in state.pd.entities:
        if ent.label_ not in _NO_ACTOR:
            continue
        k = ent.start
        while k < ent.end and state.nouns[k] is not None and _person_rank(state, k):
            k += 1
        if ent.start < k <= ent.end - 2 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in doc[k:ent.end]):
            out.append((k, ent.end))
    return out


def _person_rank(state: ArticleState, i: int) -> bool:
    a = state.nouns[i]
    if a is None or a.cat != "S":
        return False
    st = state.d.sector_nouns.get(a.key)
    return st is not None and st[0].type == "person"
