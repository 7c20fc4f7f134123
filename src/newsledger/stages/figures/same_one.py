""""One" that says which group the counted belong to, not how many ("three members of one family",
"five pupils of one school"): the number one on the "of" object of a noun another number counts
is no figure of its own (the count is the other number's)."""

from __future__ import annotations

from .types import Reading


def one_of_a_count(r: Reading) -> bool:
    """The reading is the number one counting the "of" object of a noun that a number of its own
    counts ("three members of one family"); not "one family lost three members", "members of one
    family" (nothing else counted) or "three members of two families"."""
    noun = r.noun
    if r.q.low != 1 or r.q.high != 1 or noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = noun.head.head
    return owner.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nummod" and c.i != r.anchor.i and (c.like_num or c.tag_ == "CD") for c in owner.children)
