"""A toll that names no victims ("The toll rose to 24", "the number stands at 19", "24 bodies
have been recovered"): it counts its incident's dead, whoever they are. The group class of a claim keeps the counts of different
people apart ("12 soldiers" and "20 civilians"), and a toll with no noun falls in the default
class (people), as does a name of the dead that says nothing of who they were ("bodies",
"victims": ``unnamed_labels`` of ``data/ledger/groups.yaml``), so beside an incident whose reports name their dead by one class ("14 miners
were killed", "27 workers died": workers) it started a thread of its own (issue 15; seen on the
tuning half of the invented mine-collapse probe, "the toll rose to 24" beside the miners' toll).

When no thread of its own class that names its victims would take it (the same ledger event, or
the same place within the window, as ``threader.Threader`` matches any claim), such a toll takes
the class of the one thread of another class that would: there is then only one group of dead it
can count. Two such classes ("12 soldiers", "20 civilians": which dead does "the toll" count?)
leave it as it is, and so does a thread of its own class naming its victims ("20 people": it
joins that one, as before); a thread of its own class holding only tolls like it ("24 bodies")
does not hold it back. A toll naming who its dead were ("24 people", "24 civilians") keeps its
own class, and parts never change. It needs an anchor (a ledger event of its report), so a lone
number in a report of nothing is left alone."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .rules import group_head

if TYPE_CHECKING:
    from .claims import ClaimFigure
    from .rules import Rules


def unnamed(f: ClaimFigure, rules: Rules) -> bool:
    """True for a toll of the dead (a measure of ``identity_measures``: killed), anchored to a
    ledger event, whose text names no victims: no group written, or a name of the dead that says
    nothing of who they were (``unnamed_labels``: "24 bodies")."""
    if f.measure not in rules.identity_measures or f.gclass != rules.default_group or f.anchor is None \
            or f.part_of is not None:
        return False  # a toll of the dead (``identity_measures``): "55 remained in captivity" is no toll
    return not (f.group or "").strip() or group_head(f.group, rules) in rules.unnamed_labels


def adopted_class(takers: Iterable[str], rules: Rules) -> str | None:
    """The class an unnamed toll takes (``takers``: the classes, other than its own, of the
    threads of its measure and period that would take it), or None when it keeps its own."""
    named = {c for c in takers if "(" not in c}  # not parts ("workers (part)") nor other happenings
    return next(iter(named)) if len(named) == 1 and rules.default_group not in named else None
