"""A whole and its parts by place: a count its clause says covers a whole country or region
("killed 23 protesters across Kenya", "23 people died nationwide", "the national toll was
66"), or placed at the first of a list of places ("in Nairobi, Kisumu and Mwituria", "in
Nairobi and two other towns"), and a count at one town ("In Nakuru, seven people were shot
dead") are two quantities, the whole and a part of it, never one thread (see
:mod:`newsledger.ledger.claims`). Two wholes of one measure join when their reports name a
place in common."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..nlp.numbers import alternation
from .rules import Rules, place_core

if TYPE_CHECKING:
    from .claims import ClaimFigure, Thread
    from .places import PlaceWords


# after a place: more names and "and" a name, or "and" other places ("and two other towns": one of
# ``other_place_nouns``)
_LIST_TAIL = r"(?:\s*,\s*[A-Z][\w'-]*)*,?\s+and\s+(?:[A-Z][\w'-]*|(?:\w+\s+)?other\s+{nouns}\b)"
# "across" and a name (capitalised words) after it
_ACROSS = re.compile(r"\bacross\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})")


def whole_re(rules: Rules) -> re.Pattern[str] | None:
    """Any of ``whole_cues`` ("nationwide", "across the country") in a figure's clause."""
    if not rules.whole_cues:
        return None
    return re.compile(rf"\b{alternation(rules.whole_cues)}\b", re.I)


def mark_wholes(figs: Iterable[ClaimFigure], texts: dict[tuple[str, int], tuple[int, str]], rules: Rules) -> None:
    """Mark the incident counts whose clause names them a whole (``whole_re``, or "across" and a
    country: "across Peru") or whose place heads a list of places in their sentence."""
    pattern, tail = whole_re(rules), _list_tail(rules)
    for f in figs:
        if f.cumulative:
            continue
        if _across_country(f.clause, rules) or (pattern is not None and pattern.search(f.clause) is not None) \
                or _listed_place(f, texts.get((f.article_id, f.sentence), (0, ""))[1], tail):
            f.whole = True


def _list_tail(rules: Rules) -> str:
    """The words after a place that make it the head of a list of places (``_LIST_TAIL``)."""
    nouns = alternation(rules.other_place_nouns) if rules.other_place_nouns else "(?!)"
    return _LIST_TAIL.format(nouns=nouns)


def _listed_place(f: ClaimFigure, sentence: str, tail: str) -> bool:
    """The figure's place heads a list of places in its sentence: "in Nairobi, Kisumu and
    Mwituria", "in Nairobi and two other towns"."""
    if not f.place or not f.site:
        return False
    return re.search(rf"\b{re.escape(f.place)}{tail}", sentence) is not None


def _across_country(clause: str, rules: Rules) -> bool:
    """"across" and a country's name in the clause ("across Peru", "across the Philippines")."""
    return any(place_core(m.group(1), rules) in rules.country_places for m in _ACROSS.finditer(clause))


def other_extent(f: ClaimFigure, t: Thread) -> bool:
    """True when one of the claim and the thread is a whole and the other a count its own clause
    places at a town."""
    if f.whole:
        return any(_at_town(m) for m in t.members)
    return _at_town(f) and any(m.whole for m in t.members)


def _at_town(f: ClaimFigure) -> bool:
    """A count, not a whole, whose own clause places it at its town ("In Nakuru, seven were shot
    dead", "seven died in Nakuru"), not one placed there by its report's event or dateline."""
    return bool(f.site) and not f.whole and bool(f.place) and re.search(
        rf"\b(?:in|at)\s+(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?{re.escape(str(f.place))}\b", f.clause, re.I) is not None


def placeless_whole(f: ClaimFigure, t: Thread) -> int:
    """1 when the claim gives no place of its own and the thread holds a whole: a toll told with
    no place in a story of several places is the whole's rather than a town's."""
    return int(not f.core and any(m.whole for m in t.members))


def wholes_of_one_story(f: ClaimFigure, t: Thread, texts: PlaceWords) -> bool:
    """True when the claim and a claim of the thread are wholes whose reports name a place in
    common (the place a whole is given may be any of those it covers)."""
    if not f.whole or not any(m.whole for m in t.members):
        return False
    named = texts.words(f.article_id)
    return any(named & texts.words(m.article_id) for m in t.members if m.whole)


def sentence_place(core: frozenset[str], m: ClaimFigure, texts: PlaceWords) -> bool:
    """True when the only place the sentence of the placeless claim ``m`` names is ``core`` (its
    figure was placed nowhere, though its sentence says where: "crews carried nine dead from the
    market in Lomka"); a sentence naming two places ("left Tobruk and sank off Gavdos") does not
    say which is the count's, and one naming none says nothing of it."""
    named = texts.words(m.article_id) & m.sentence_words
    return bool(named) and core <= named and named <= core
