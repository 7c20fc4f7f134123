"""Areas held by one side of a conflict, named in a figure's clause: "86 people had died in areas
under government control", "342 in KNU-held areas", "318 people in the liberated areas", "has
risen to 143 in the regions where the State is carrying out rescue work". The count is of those
areas only: a part of the toll of an incident that struck both sides (see
:mod:`newsledger.ledger.parts`)."""

from __future__ import annotations

import re

from .rules import Rules


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def zone_re(rules: Rules) -> re.Pattern[str] | None:
    """"in" and a plural zone noun (``zone_nouns``) that a holder's word before it
    (``zone_holders``: "government-controlled", "the liberated") or a restricting phrase after it
    (``zone_restrictors``: "under government control", "controlled by", "where") ties to one
    side; not a zone noun alone ("in remote areas") nor one held by no one named."""
    if not rules.zone_nouns or not (rules.zone_holders or rules.zone_restrictors):
        return None
    nouns = _alternation(rules.zone_nouns)
    forms = []
    if rules.zone_holders:
        holders = _alternation(rules.zone_holders)
        forms.append(rf"(?:[\w'\u2019]+-)?(?:{holders})\s+(?:{nouns})\b")
    if rules.zone_restrictors:
        forms.append(rf"(?:{nouns})\s+(?:{_alternation(rules.zone_restrictors)})\b")
    return re.compile(rf"\bin\s+(?:the\s+)?(?:{'|'.join(forms)})", re.I)
