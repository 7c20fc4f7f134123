"""A toll a circulating post gives by a group of victims (issue 15: one incident's figures in one
thread).

A post, a video or its caption that says a strike "burned 40 children alive" or that "30
innocent children" were martyred claims the incident's toll: a competing account of its dead,
which a fact check then weighs against the officials' counts. Counted by a class of victims that
otherwise makes a quantity of its own (``carried_claim_classes``: children, women), such a count
whose source is a carrier of a circulating claim (``carried_claim_sources``: "a video", "one post
on X", "the caption") counts the incident's people: it joins their thread. A part ("among them
11 children") and a count a person or an office gives keep their class."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .rules import WORD, Rules

if TYPE_CHECKING:
    from .claims import ClaimFigure

# the words before a carrier's noun in its source ("Claim: a viral video", "one post on X")
_LEAD_WORDS = 3


def carried_source(attribution: str, rules: Rules) -> bool:
    """True when the source's noun is a carrier of a circulating claim, within its first words."""
    lead = [w.lower() for w in WORD.findall(attribution)][: _LEAD_WORDS + 1]
    return any(w in rules.carried_claim_sources for w in lead)


def carried_tolls(figs: Iterable[ClaimFigure], rules: Rules) -> None:
    """Count as the incident's people a class-of-victims count a circulating post gives."""
    if not rules.carried_claim_sources or not rules.carried_claim_classes:
        return
    for f in figs:
        if f.gclass in rules.carried_claim_classes and f.part_of is None and carried_source(f.attribution, rules):
            f.gclass = rules.default_group


__all__ = ["carried_source", "carried_tolls"]
