"""A count running from a happening named by its weekday: "24 bodies have been recovered since
Saturday's collapse", "rescuers have carried 29 bodies since Friday night's blast". The time scope
the figures stage keeps is the bare "since Saturday", a running period (``rules.scope_key``:
"40 people have been killed in strikes since Tuesday" is a period total of many happenings, not
one incident's toll). When the sentence goes on from that weekday to a possessive and a noun, the
period runs from one happening of that day: the count is that incident's running toll, told as of
the day it began (scope ``day``; ``days.told_day`` resolves "since Saturday" to that Saturday), so
it joins the incident's thread instead of a period thread of its own (issue 15; seen on the tuning
halves of the invented mine-collapse and karatosh-dam probes).

Only a weekday: it names a day of the past week, so one recent happening. A date or a year there
("since October 7's attack", "since 2023's offensive") may name the start of a war, whose running
count is a war-wide total, so such scopes stay periods."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.words import WEEKDAYS
from .rules import is_period

if TYPE_CHECKING:
    from .claims import ClaimFigure

DAY = "day"

# "since" and a weekday (and a part of that day: "Friday night"), owning a noun: "since Saturday's
# collapse", "since Tuesday night's attack"
_SINCE_WEEKDAY = re.compile(
    rf"\bsince\s+(?:last\s+)?(?P<day>{'|'.join(WEEKDAYS)})(?:\s+[a-z]+)?['’]s\s+[a-z]", re.I)


def since_weekday(time_scope: str | None) -> str | None:
    """The weekday a "since" scope runs from ("since Saturday", "since Friday night"), else None."""
    words = " ".join((time_scope or "").lower().split()).split()
    if len(words) < 2 or words[0] != "since":
        return None
    return next((w for w in words[1:3] if w in WEEKDAYS), None)


def happening_since(sentence: str, time_scope: str | None) -> bool:
    """True when ``time_scope`` ("since Saturday") runs from a weekday that ``sentence`` names as
    the possessor of a noun: the day of a happening ("since Saturday's collapse")."""
    day = since_weekday(time_scope)
    return day is not None and any(m.group("day").lower() == day for m in _SINCE_WEEKDAY.finditer(sentence))


def mark_happening_since(figs: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]]) -> None:
    """Key as the day it began the scope of each figure that counts from a happening named by its
    weekday (``texts``: each sentence's start and text, by article and sentence index)."""
    for f in figs:
        if not is_period(f.scope):
            continue
        _, text = texts.get((f.article_id, f.sentence), (f.start, ""))
        if happening_since(text, f.time_scope):
            f.scope = DAY
