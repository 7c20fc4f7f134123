"""A toll told as the happening a stretch of time runs from: "Nearly three weeks after gunmen
killed 47 people in the village, the government has sent troops", "Less than three weeks after
27 miners died in the collapse, ...", "a month since the fire that killed 16". The figure sits
in the clause that a duration and a link word ("after", "since": ``retrospective_links``) open,
so it counts a happening that long before the day of the report, whenever the report was
published: a retrospective written weeks after an incident restates its toll, and is compared
with the incident's thread at the day it points back to (``days.told_day``), not at the day it
was written (issue 15: such reports fell out of the thread's time window).

The figure must be inside that clause: no comma, semicolon or colon between the link word and
the figure. In "Two days after the attack, gunmen killed five people" the count is the main
clause's, a happening of its own. A duration longer than ``retrospective_max_days`` points back
to no incident the threads are compared at."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..nlp.words import NUMBER_WORDS

if TYPE_CHECKING:
    from .claims import ClaimFigure
    from .rules import Rules


def duration_link_re(units: Mapping[str, int], links: tuple[str, ...]) -> re.Pattern[str] | None:
    """A count of a unit of time and a link word, ending a sentence's text before a figure with no
    clause break after the link ("three weeks after gunmen killed ")."""
    if not units or not links:
        return None
    counts = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    unit = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    link = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    return re.compile(rf"(?<!\bthe\s)\b(?P<n>\d{{1,3}}|{counts}|an?)\s+(?P<unit>{unit})s?\s+(?:{link})\s+[^,;:]*$", re.I)


def back_days(lead: str, pattern: re.Pattern[str] | None, units: Mapping[str, int], most: int) -> int:
    """The days the figure after ``lead`` (its sentence's text before it) counts back from the day
    it was told; 0 when it is no retrospective's or points back more than ``most`` days."""
    m = pattern.search(lead) if pattern is not None else None
    if m is None:
        return 0
    n = m.group("n").lower()
    days = (int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)) * units[m.group("unit").lower()]
    return days if days <= most else 0


def mark_retrospectives(figs: list[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]], rules: Rules) -> None:
    """Set each figure's ``back``: the days it counts back from the day it was told (``texts``:
    each sentence's start and text, by article and sentence index)."""
    units = dict(rules.retrospective_units)
    pattern = duration_link_re(units, rules.retrospective_links)
    if pattern is None:
        return
    for f in figs:
        start, text = texts.get((f.article_id, f.sentence), (f.start, ""))
        f.back = back_days(text[:max(0, f.start - start)], pattern, units, rules.retrospective_max_days)


def most_back(leads: Iterable[str], rules: Rules) -> int:
    """The most days any of ``leads`` (figures' sentences up to the figure) counts back."""
    units = dict(rules.retrospective_units)
    pattern = duration_link_re(units, rules.retrospective_links)
    if pattern is None:
        return 0
    return max((back_days(lead, pattern, units, rules.retrospective_max_days) for lead in leads), default=0)
