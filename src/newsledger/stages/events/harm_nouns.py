"""A noun of coercion told by whom it was done to, with no doer named (issue 16, i16-coerce).

"The arrest of the opposition leader sparked protests", "after the detention of two Canadians",
"the deportation of the activists drew criticism": a noun of coercion done to people (a COERCE
pattern with ``possessor_target``: arrest, detention, deportation) whose "of" phrase names an actor
tells the act as done, its doer unnamed, as "Navalny's arrest" does with its possessor
(``roles.possessor_victim``). Not a bare "of" phrase that names no actor ("the arrest of dozens").
Not the nouns of violence ("the killing of the journalist"): those are mostly what a statement
condemns or an inquiry looks into, and read so they lowered the held-out VOA set's type precision
(two spurious ASSAULTs where the gold has ACCUSE and SANCTION).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import pattern_plover
from .tokens import prep_objects
from .types import Arg, Context, EventPattern


def done_to_named(ctx: Context, n: Token, pat: EventPattern, target: Arg) -> bool:
    """``n`` is a noun of coercion whose "of" phrase is its target, and that target names an actor."""
    if not pat.possessor_target or not target.ids or pattern_plover(ctx.cameo, pat) != "COERCE":
        return False
    heads = {t.i for t in target.tokens}
    return any(o.i in heads for o in prep_objects(n, "of"))
