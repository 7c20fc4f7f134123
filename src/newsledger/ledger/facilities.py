"""Counts of one care facility: a hospital, a morgue or a clinic as the subject of a verb of
intake right before the figure ("Nasser Hospital received 18 bodies", "The hospital in Amizmiz
took in 46 bodies", "Medina Hospital alone counted 29 dead"), below a count of the same measure
given before it in its report ("killed 40 people. ... received 18 bodies"). Such a count is the
share of the dead or hurt brought to that facility, a part of the incident's toll, not a toll
(see :mod:`newsledger.ledger.parts`). The intake of a town's only hospital is often the toll
itself: a facility's count first in its report, or as large as the count before it ("killing 31
people ... the hospital had received 31 bodies") is a toll; so is a count a facility states
("the hospital said five people died": a source of the toll) or one at a facility ("killed
near the hospital")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..nlp.numbers import alternation
from .coplaces import words
from .rules import Rules

if TYPE_CHECKING:
    from .claims import ClaimFigure

# at most this many words between the facility's noun and the verb ("in Amizmiz", "alone")
_BETWEEN = 3


def facility_re(rules: Rules) -> re.Pattern[str] | None:
    """A facility noun (``facility_nouns``), up to three words, and a verb of intake
    (``facility_intakes``) ending the figure's clause before the figure."""
    if not rules.facility_nouns or not rules.facility_intakes:
        return None
    nouns, verbs = alternation(rules.facility_nouns), alternation(rules.facility_intakes)
    return re.compile(rf"\b(?:{nouns})\b(?:\s+[\w'\u2019()-]+){{0,{_BETWEEN}}}?\s+(?:{verbs})\s+$", re.I)


def facility_part(f: ClaimFigure, earlier: Iterable[ClaimFigure], lead: str, pattern: re.Pattern[str] | None) -> bool:
    """A facility's intake (``pattern`` ends ``lead``, the figure's sentence before it) below a
    count of the same measure before it in its article (``earlier``: the figures read before it)."""
    if pattern is None or pattern.search(lead) is None:
        return False
    return any(g.article_id == f.article_id and g.measure == f.measure and g.value_low > f.value_high
               for g in earlier)


def brought_to_re(rules: Rules) -> re.Pattern[str] | None:
    """A passive verb of intake (``intake_passives``) opening the text after a figure, then "at",
    "to" or "in" and, within four words, a care facility's noun (``facility_nouns``): "33 bodies|
    received at the Saint-Marc morgue", "were brought to the hospital in Lomka"."""
    if not rules.intake_passives or not rules.facility_nouns:
        return None
    verbs, nouns = alternation(rules.intake_passives), alternation(rules.facility_nouns)
    return re.compile(rf"^\s*(?:(?:were|was|had been|have been|being)\s+)?(?:{verbs})\s+(?:at|to|in|into)\s+"
                      rf"((?:[\w'\u2019-]+\s+){{0,4}}?(?:{nouns})\b(?:\s+(?:in|of)\s+[\w'\u2019-]+(?:\s+[A-Z][\w-]*)?)?)",
                      re.I)


def brought_to(figs: Iterable[ClaimFigure], rules: Rules) -> None:
    """A count its clause says was brought to a care facility ("33 bodies received at the
    Saint-Marc morgue", ``brought_to_re``) and whose place is named in that phrase is placed where
    the dead were brought, not where they died: its place is dropped for threading (its report's
    places then place it)."""
    pattern = brought_to_re(rules)
    if pattern is None:
        return
    for f in figs:
        m = pattern.search(f.after) if f.core else None
        if m is not None and f.core <= words(m.group(1)):
            f.core = f.site = frozenset()
