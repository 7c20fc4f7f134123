"""A force sent, told in the passive with no agent ("Kenyan troops were deployed to Somalia",
"riot police were sent into the capital"): the force moved is the one that goes, so it is the
event's source, and the place it is sent to (not the force) is the target.

Read only for a pattern whose object is what it moves, never whom it acts on (its target places
name no direct object: sending troops, police, peacekeepers, forces deployed or mobilised), and
only when the moved thing names a party. A passive with an agent ("were sent by the government")
is left as the other rules read it: the construction is the agentless passive only.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import is_passive
from .arguments import arg
from .predicates import object_of
from .tokens import prep_objects
from .types import Arg, Context, EventPattern
from .verb_targets import across

# the argument place that names what a verb acts on directly (a recipient, "sent Mali troops", is a target)
_OBJECT_PLACES = frozenset({"dobj"})


def deployed_force(ctx: Context, v: Token, pat: EventPattern, obj_hit: Token | None,
                   source: Arg, target: Arg) -> tuple[Arg, Arg]:
    """Source and target of a passive sending of a force (see the module's docstring); the
    ones given when the construction does not apply."""
    moved = _moved_force(v, pat, obj_hit)
    if moved is None:
        return source, target
    if set(target.tokens) & {moved, obj_hit}:
        target = _destination(ctx, v, pat)  # the force sent is no target; where it is sent may be
    if not source:
        source = arg(ctx, obj_hit if obj_hit is not None else moved, allow_vague=False)
    return source, target


def _moved_force(v: Token, pat: EventPattern, obj_hit: Token | None) -> Token | None:
    """The passive subject of ``v`` when the pattern moves it (its object matched, no object
    place among its targets)."""
    if not is_passive(v) or obj_hit is None or not pat.target or set(pat.target) & _OBJECT_PLACES:
        return None
    if pat.symmetric:
        return None  # "prisoners will be exchanged": a swap between two sides, no force sent by one
    if prep_objects(v, "by") or any(c.dep_ == "agent" for c in v.children):
        return None  # an agent is named: not the agentless passive
    subj = object_of(v)
    if subj is None or v.dep_ == "acl":
        return None  # "troops deployed to X" as a noun's modifier: read where the noun stands
    if obj_hit.i != subj.i and obj_hit not in subj.subtree:
        return None
    return subj


def _destination(ctx: Context, v: Token, pat: EventPattern) -> Arg:
    """The party named in the first of the pattern's places on the verb ("to Somalia", "to its
    border with Chad"): its country or itself; nothing when none is named."""
    for place in pat.target:
        for o in prep_objects(v, place):
            got = across(ctx, o) or arg(ctx, o, allow_vague=False)
            if got:
                return got
    return Arg()
