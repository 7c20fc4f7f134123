"""A content clause the parser hung on the noun of a phrase after the cue, past that noun's own
"of" phrase: "An official told Reuters on condition of anonymity that ...", "X said on the sidelines
of the summit that ...". A noun's own complement clause follows the noun itself ("on condition that
he not be named": the condition, not what was said); a clause opened by a complementizer after the
noun's "of" phrase is extraposed from the verb, so it is what the cue says."""

from __future__ import annotations

from spacy.tokens import Token

from .types import COMPLEMENTIZERS

_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})


def clauses_past_of_phrase(v: Token) -> list[Token]:
    """The clauses opened by a complementizer that the parser hung on the object of a phrase after
    cue ``v``, coming after that object's own "of" phrase."""
    out: list[Token] = []
    for prep in v.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"] if noun.dep_ == "pobj" else []
            if not ofs:
                continue
            end = max(o.right_edge.i for o in ofs)
            out += [c for c in noun.children if c.dep_ in _CLAUSE_DEPS and c.i > end
                    and any(m.dep_ == "mark" and m.lower_ in COMPLEMENTIZERS and m.i > end for m in c.children)]
    return out
