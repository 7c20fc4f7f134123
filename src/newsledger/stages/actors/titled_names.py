"""A person's name after a body's name and a title inside one PERSON entity ("Kremlin Spokesperson
Igor Malakhov", "UN Envoy Maria Lindqvist"): the recogniser takes the capitalised title into the
name, and the body's name inside it would leave the whole entity out; the name after the title is
the person (the body and the title stay their own mentions, as in "Kremlin spokesman Igor
Malakhov")."""

from __future__ import annotations

from collections.abc import Sequence

from .state import ArticleState
from .types import CAT_TITLE, Atom

# the fewest words of a name after the title: a given name and a surname
_NAME_WORDS = 2


def name_after_title(state: ArticleState, inside: Sequence[Atom], s: int, e: int) -> int | None:
    """Where the person's name starts in the PERSON entity ``[s, e)`` whose dictionary names
    (``inside``) are no person's and end before a title noun that is followed, to the entity's
    end, by at least two capitalised proper nouns none of which is a title; None otherwise."""
    if not inside or any(x.table == "person" for x in inside):
        return None
    doc = state.doc
    i = max(x.end for x in inside)
    if i >= e or not _title(state, i):
        return None
    while i < e and _title(state, i):
        i += 1
    name = doc[i:e]
    if len(name) < _NAME_WORDS or not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    return i


def _title(state: ArticleState, i: int) -> bool:
    noun = state.nouns[i]
    return noun is not None and noun.cat == CAT_TITLE


# entity labels under which a recogniser may leave, or misfile, a person's name after a title:
# none ("Police spokesperson Muthoni Kagiri denied": no entity) or an organisation's ("KNH
# spokesperson Lilian Wairimu": ORG)
_MISFILED = frozenset({"", "ORG"})


def names_after_title_nouns(state: ArticleState, taken: Sequence[Atom | None]) -> list[tuple[int, int]]:
    """Token spans of a person's name the recogniser missed or read as an organisation right
    after a title noun written in lower case ("Police spokesperson Muthoni Kagiri", "KNH
    spokesperson Lilian Wairimu"): at least two capitalised proper nouns, none of them a title,
    a sector noun or a dictionary name (``taken``: the atom on each token so far; an entity's own
    atom may be there), to the end of the run, all under no entity or one organisation entity."""
    doc, out = state.doc, []
    for k in range(1, state.n):
        prev = doc[k - 1]
        if not _title(state, k - 1) or not prev.is_lower or state.nouns[k] is not None:
            continue
        e = k
        while e < state.n and doc[e].pos_ == "PROPN" and doc[e].is_title and doc[e].is_alpha \
                and state.nouns[e] is None and (taken[e] is None or taken[e].cat == "E"):
            e += 1
        if e - k < _NAME_WORDS or (e < state.n and doc[e].is_title and doc[e].pos_ == "PROPN"):
            continue
        # one run under no entity, or under one entity from its first word on
        if {t.ent_type_ for t in doc[k:e]} <= _MISFILED and not any(t.ent_iob_ == "B" for t in doc[k + 1:e]):
            out.append((k, e))
    return out
