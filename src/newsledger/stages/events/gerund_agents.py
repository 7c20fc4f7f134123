"""The agent of a passive that the parser hung on the gerund of its complement.

In "the minister was accused of stealing funds by prosecutors", "students were prevented from
entering the campus by police" or "a reporter was charged with spying by a military court", the
"by" phrase is read as a modifier of the active gerund ("stealing ... by prosecutors"). An active
gerund controlled by the passive's subject has that subject as its doer, so a "by" phrase naming a
party can only be the passive's agent: the doer of the accusation, the prevention, the charge. A
passive gerund keeps its own agent ("accused of being paid by Russia"); a "by" phrase naming no
party is a means ("accused of killing protesters by gunfire") and no agent.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from .arguments import arg
from .tokens import children_of
from .types import Context

# dependents that make a gerund passive: "of being paid by Russia"
_PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass", "csubjpass"})


def gerund_agents(ctx: Context, v: Token, preps: Collection[str]) -> list[Token]:
    """The objects of "by" phrases hung on an active gerund under one of ``preps`` of the passive
    verb ``v``, when they name a party (``v``'s own "by" phrase is read before these)."""
    out: list[Token] = []
    for p in children_of(v, "prep"):
        if p.lower_ not in preps:
            continue
        for g in children_of(p, "pcomp"):
            if g.tag_ != "VBG" or any(c.dep_ in _PASSIVE_DEPS for c in g.children):
                continue
            out.extend(o for b in g.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"
                       for o in children_of(b, "pobj") if arg(ctx, o, allow_vague=False))
    return out


__all__ = ["gerund_agents"]
