"""Areas held by one side of a conflict, named in a figure's clause: "86 people had died in areas
under government control", "342 in KNU-held areas", "318 people in the liberated areas", "has
risen to 143 in the regions where the State is carrying out rescue work". The count is of those
areas only: a part of the toll of an incident that struck both sides (see
:mod:`newsledger.ledger.parts`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.numbers import alternation
from .rules import Rules

if TYPE_CHECKING:
    from .claims import ClaimFigure

# the words between the counts of one list of clauses: no clause break ("231 persons have died,
# 884 have been injured and 37 are missing in the areas where ...")
_LISTED = re.compile(r"^[^;.!?:]*(?:,|\band\b)[^;.!?:]*$", re.I)


def zone_re(rules: Rules) -> re.Pattern[str] | None:
    """"in" and a plural zone noun (``zone_nouns``) that a holder's word before it
    (``zone_holders``: "government-controlled", "the liberated") or a restricting phrase after it
    (``zone_restrictors``: "under government control", "controlled by", "where") ties to one
    side; not a zone noun alone ("in remote areas") nor one held by no one named."""
    if not rules.zone_nouns or not (rules.zone_holders or rules.zone_restrictors):
        return None
    nouns = alternation(rules.zone_nouns)
    forms = []
    if rules.zone_holders:
        holders = alternation(rules.zone_holders)
        forms.append(rf"(?:[\w'\u2019]+-)?(?:{holders})\s+(?:{nouns})\b")
    if rules.zone_restrictors:
        forms.append(rf"(?:{nouns})\s+(?:{alternation(rules.zone_restrictors)})\b")
    return re.compile(rf"\bin\s+(?:the\s+)?(?:{'|'.join(forms)})", re.I)


def zoned(f: ClaimFigure, later: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]],
          zones: re.Pattern[str] | None) -> bool:
    """The figure's own clause names areas one side holds (``zone_re``), or the clause of a later
    count of its sentence does, the two joined as one list with no clause break between them
    ("231 persons have died, 884 persons have been injured and 37 persons are missing in the
    areas where the Government's rescue teams are working": all three counts are of those
    areas), unless its own clause names a place ("12 died in the port, and 9 ...")."""
    if zones is None:
        return False
    s_start, s_text = texts.get((f.article_id, f.sentence), (0, ""))
    if zones.search(_own_clause(f, s_start, s_text)):
        return True
    tail = re.split(r"[,;:]", f.after, maxsplit=1)[0]
    if re.search(r"\b(?:in|at|near|inside|outside)\s", tail, re.I):
        return False
    for g in later:
        if not _LISTED.match(s_text[max(f.end - s_start, 0):max(g.start - s_start, 0)]):
            return False
        if zones.search(_own_clause(g, s_start, s_text)):
            return True
    return False


def _own_clause(f: ClaimFigure, s_start: int, s_text: str) -> str:
    """The figure's clause: its sentence from the last comma, semicolon or colon before it to the
    first after it."""
    lead = re.split(r"[,;:]", s_text[:max(f.start - s_start, 0)])[-1]
    return lead + " " + re.split(r"[,;:]", f.after, maxsplit=1)[0]
