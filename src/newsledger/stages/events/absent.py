"""Acts told as absent: "there was no sign of the tanker being seized", "there is no evidence that
Russia attacked the convoy", "no indication of troops withdrawing". The act sits in the "of" phrase
or the that-clause of a noun of ``absence_nouns`` ("sign", "evidence", "indication") that "no"
determines: the sentence says it is not seen to have happened, so it is told negated, as "did not
seize" would be. A noun of evidence that is not negated ("there is evidence that X attacked", "signs
of troops withdrawing") leaves the act as told; an act in a relative clause of a noun inside the
phrase ("no sign of the men who attacked the convoy") is told of those men, not denied."""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import children_of, lemma_of
from .types import Context, Found

# the links from an act up to the noun whose phrase or clause holds it
_UP = frozenset({"pcomp", "pobj", "prep", "acl", "ccomp", "nsubj", "nsubjpass", "poss"})
_NO = frozenset({"no"})


def told_absent(ctx: Context, f: Found) -> bool:
    """``f``'s word is in the phrase or clause of a noun of ``absence_nouns`` determined by "no"."""
    if not ctx.lex.absence_nouns:
        return False
    cur: Token = f.pred[0]
    for _ in range(5):
        if cur.dep_ not in _UP or cur.head.i == cur.i:
            return False
        cur = cur.head
        if lemma_of(cur) in ctx.lex.absence_nouns and cur.pos_ == "NOUN":
            return any(d.lower_ in _NO for d in children_of(cur, "det"))
    return False


def mark_absent(ctx: Context, found: list[Found]) -> None:
    """Tell negated the acts of ``found`` that the sentence says there is no sign of."""
    for f in found:
        if f.modality == "asserted" and told_absent(ctx, f):
            f.modality = "negated"


__all__ = ["mark_absent", "told_absent"]
