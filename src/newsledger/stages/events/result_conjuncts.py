"""The clause a coordinated participle belongs to.

A consequence told by two coordinated participles ("shelled the camps, killing or wounding 50",
"bombed the village, killing 12 people and wounding 30") is one consequence of the act: the parser
hangs the second participle on the first ("wounding" a conjunct of "killing"), so it is read
where the first stands, as a participle clause of the act (:func:`finder.merge_consequences`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import is_verb


def clause_anchor(tok: Token) -> Token:
    """The participle clause whose later conjunct ``tok`` is ("killing" for "wounding" in "killing or
    wounding"); ``tok`` itself when it is no conjunct of an adverbial or complement clause (a
    conjunct of a main verb, "killed or wounded 12", is read on that verb as before)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ != "conj" or not is_verb(cur.head):
            break
        cur = cur.head
    return cur if cur.i != tok.i and cur.dep_ in ("advcl", "xcomp") else tok


__all__ = ["clause_anchor"]
