"""A noun of harm told by whom it was done to, with no doer named (issue 16, i16-coerce).

"The arrest of the opposition leader sparked protests", "the killing of the journalist drew
condemnation", "after the detention of two Canadians": a noun of harm done to people (a pattern
with ``possessor_target``: arrest, detention, deportation, abduction, killing, assassination) whose
"of" phrase names an actor tells the act as done, its doer unnamed, as "Navalny's arrest" does with
its possessor (``roles.possessor_victim``). Not a list of event words, and not a bare "of" phrase that
names no actor ("the arrest of dozens").
"""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import prep_objects
from .types import Arg, EventPattern


def done_to_named(n: Token, pat: EventPattern, target: Arg) -> bool:
    """``n`` is a noun of harm whose "of" phrase is its target, and that target names an actor."""
    if not pat.possessor_target or not target.ids:
        return False
    heads = {t.i for t in target.tokens}
    return any(o.i in heads for o in prep_objects(n, "of"))
