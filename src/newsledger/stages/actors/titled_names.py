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
