"""The side whose dead a count counts, as its clause names it: a country's adjective or name
before a side noun ("24 have been killed on the Kyrgyz side", "the toll on the Tajik side rose to
12"), a possessive side ("Tajik officials have reported 12 dead on their side", "Bishkek counts
31 dead on its side": the side of the nearest country named before it, the party telling its own
dead), or a country's adjective right after the count where the figure stage lost its noun
(killed "between 30 and 40" Tajik troops). Such a count's people are that country's
(``ClaimFigure.nation``, when its group names none), so one side's dead and the other's are
never one thread (``Thread.other_people``); a clause naming both sides ("on both sides") names
no country. A count naming no side, given by a body that counts its own country's dead and names
that country in its own words ("the Palestinian health ministry says three people were killed",
``own_dead_sectors``), counts that country's people."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..nlp.numbers import alternation
from .rules import Rules

if TYPE_CHECKING:
    from .claims import ClaimFigure

_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _country(words: list[str], countries: dict[str, str]) -> str | None:
    """The code of the country the last of ``words`` (or the last two, "South Sudan") names."""
    for n in (2, 1):
        if len(words) >= n and (code := countries.get(" ".join(words[-n:]).lower())) is not None:
            return code
    return None


def side_of(clause: str, after: str, rules: Rules) -> str | None:
    """The code of the country whose side ``clause`` names, else of a country's adjective at the
    start of ``after`` (the text right after the count), else None."""
    countries = rules.country_words or {}
    if not countries:
        return None
    if rules.side_nouns:
        for m in re.finditer(rf"\b(?:the\s+)?([\w'-]+(?:\s+[\w'-]+)?)\s+(?:{alternation(rules.side_nouns)})\b",
                             clause, re.I):
            words = _WORD.findall(m.group(1))
            if words and words[-1].lower() in rules.side_possessives:
                # the party whose own side it is: the last country named before the possessive
                before = _WORD.findall(clause[:m.start(1)])
                return next((c for i in range(len(before), 0, -1)
                             if (c := _country(before[:i], countries)) is not None), None)
            code = _country(words, countries)
            if code is not None:
                return code
    lost = re.match(r"""^[\s"'”’)]*([A-Z][\w'-]*)\s+[a-z]""", after)
    return countries.get(lost.group(1).lower()) if lost else None


def source_actor(country: str | None, sectors: object) -> tuple[str, frozenset[str]] | None:
    """A figure's source actor's country and sectors (as the store gives them: a JSON list, or
    a list), when it has a country."""
    if not country:
        return None
    if isinstance(sectors, str):
        try:
            sectors = json.loads(sectors)
        except ValueError:
            sectors = ()
    return country, frozenset(str(s) for s in sectors) if isinstance(sectors, list) else frozenset()


def own_dead(f: ClaimFigure, rules: Rules) -> str | None:
    """The country a count's source names in its own words ("the Palestinian health ministry",
    "Israel's ambulance service") when that source is a body that counts its own country's dead
    (``own_dead_sectors``: a health ministry, a hospital, an ambulance service); a source naming
    no country is not placed by the country the actor stage guessed for it."""
    if f.source_actor is None or not rules.own_dead_sectors or not f.source_actor[1] & rules.own_dead_sectors:
        return None
    words = _WORD.findall(f.attribution.replace("’", "'"))
    named = {c for i in range(1, len(words) + 1)
             if (c := _country([w.removesuffix("'s") for w in words[:i]], rules.country_words or {})) is not None}
    return named.pop() if len(named) == 1 else None


def mark_sides(figs: Iterable[ClaimFigure], rules: Rules) -> None:
    """Give each count whose group names no country the country of the side its clause names,
    else of its source when that counts its own country's dead."""
    for f in figs:
        if f.nation is None:
            f.nation = side_of(f.clause, f.after, rules) or own_dead(f, rules)
