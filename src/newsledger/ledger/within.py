"""Places within places, as the reports themselves tell them: a facility, district or landmark
named in or of a town ("the Al-Noor hospital in Karmel City", "a market in the town of Sarov",
"Karmel's Al-Noor hospital", "Borova, a suburb of Lomka") is within that town, so a toll placed
at the one and a toll placed at the other may count one incident's dead. Read from the stored
text of the articles a question names (no gazetteer), so a full, streamed or incremental build
answers alike, whatever order the articles came in. Two places within one town are not within
each other: "the Al-Noor hospital in Karmel" and "the Shifa hospital in Karmel" stay apart."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ..nlp.words import ARTICLE_WORDS
from .coplaces import nested_places
from .rules import Rules

if TYPE_CHECKING:
    from .claims import Thread

# a word as the place cores write it, a possessive, or a mark that ends a name
_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*|'s\b|[,;:.!?()\"\u201c\u201d]")
POSSESSIVE_TOKEN = "'s"


def tokens(text: str) -> tuple[str, ...]:
    """A text's words (lower case, as place cores are written), possessives and punctuation, in order."""
    return tuple(_TOKEN.findall(text.replace("\u2019", "'").lower()))


def _words_before(toks: tuple[str, ...], i: int, n: int, skip: frozenset[str], drop: frozenset[str],
                  comma: bool) -> frozenset[str] | None:
    """The ``n`` words that are no drop words right before position ``i``, after words of
    ``skip`` and, when ``comma`` (before a preposition), one comma ("Borova, a suburb of",
    "Lomka, in") and no drop word next ("north of"); None when punctuation or
    too few words come first."""
    j = i - 1
    while j >= 0 and toks[j] in skip:
        j -= 1
    if comma and j >= 0 and toks[j] == ",":
        j -= 1
    if comma and j >= 0 and toks[j] in drop:
        return None  # "north of", "the outskirts of": not a name before the preposition
    found: list[str] = []
    while j >= 0 and len(found) < n and toks[j][0].isalnum():
        if toks[j] not in drop:
            found.append(toks[j])
        j -= 1
    return frozenset(found) if len(found) == n else None


def _words_after(toks: tuple[str, ...], i: int, n: int, drop: frozenset[str]) -> frozenset[str] | None:
    """The ``n`` words that are no drop words right after position ``i`` ("the town of Sarov")."""
    j = i + 1
    found: list[str] = []
    while j < len(toks) and len(found) < n and toks[j][0].isalnum():
        if toks[j] not in drop:
            found.append(toks[j])
        j += 1
    return frozenset(found) if len(found) == n else None


def told_within(toks: tuple[str, ...], inner: frozenset[str], outer: frozenset[str], rules: Rules) -> bool:
    """True when the text (``tokens``) names ``inner``, a facility or landmark (a word of
    ``landmark_nouns``) or a part of a town (a kind of ``within_kinds`` right before the
    preposition), in or of ``outer`` ("the X hospital in C", "X, a suburb of C", "C's X
    hospital"): the place words right before a preposition of ``within_prepositions`` (a kind
    and an article, after a comma, may stand between) are the inner place's, those right after
    it (generic words dropped) the outer's."""
    if not inner or not outer or inner <= outer or outer <= inner:
        return False
    drop, skip = rules.place_drop, rules.within_kinds | ARTICLE_WORDS
    landmark = bool(inner & rules.landmark_nouns)
    for i, tok in enumerate(toks):
        if tok in rules.within_prepositions:
            if (landmark or (i > 0 and toks[i - 1] in rules.within_kinds)) and \
                    _words_after(toks, i, len(outer), drop) == outer and \
                    _words_before(toks, i, len(inner), skip, drop, True) == inner:
                return True
        elif tok == POSSESSIVE_TOKEN and landmark:
            if _words_before(toks, i, len(outer), frozenset(), drop, False) == outer and \
                    _words_after(toks, i, len(inner), drop) == inner:
                return True
    return False


class Within:
    """Which places the articles tell are within which: each article's tokens read when first
    asked for (at most ``keep`` held; the answers do not depend on what is held), each answer kept."""

    def __init__(self, conn: sqlite3.Connection, rules: Rules, keep: int = 500) -> None:
        self.conn = conn
        self.rules = rules
        self.keep = keep
        self.toks: dict[str, tuple[str, ...]] = {}
        self.answers: dict[tuple[frozenset[str], frozenset[str], str], bool] = {}

    def _tokens(self, article_id: str) -> tuple[str, ...]:
        found = self.toks.get(article_id)
        if found is None:
            if len(self.toks) >= self.keep:
                self.toks.clear()
            row = self.conn.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
            found = self.toks[article_id] = tokens(f"{row[0] or ''}.\n{row[1] or ''}") if row else ()
        return found

    def inside(self, inner: frozenset[str], outer: frozenset[str], article_ids: Iterable[str]) -> bool:
        """True when one of the articles names ``inner`` within ``outer`` (:func:`told_within`),
        neither a country's name."""
        if not self.rules.within_prepositions or not inner or not outer or outer in self.rules.country_places \
                or inner in self.rules.country_places:
            return False  # a country holds every place of it: no tie between two
        for aid in sorted(set(article_ids)):
            key = (inner, outer, aid)
            if key not in self.answers:
                self.answers[key] = told_within(self._tokens(aid), inner, outer, self.rules)
            if self.answers[key]:
                return True
        return False

    def related(self, a: frozenset[str], b: frozenset[str], article_ids: Iterable[str]) -> bool:
        """True when one of the articles names either place within the other."""
        arts = sorted(set(article_ids))
        return self.inside(a, b, arts) or self.inside(b, a, arts)

    def neighbours(self, place: frozenset[str], article_id: str) -> frozenset[str]:
        """The words of the places an article names as holding ``place`` (up to three words
        after it and a preposition of ``within_prepositions``, or before a possessive and it)
        or as within it: the keys a thread is found by from a place within or around its own."""
        return self._keys(place, article_id, True) | self._keys(place, article_id, False)

    def _keys(self, place: frozenset[str], article_id: str, outward: bool) -> frozenset[str]:
        toks, out = self._tokens(article_id), set()
        drop, kinds = self.rules.place_drop, self.rules.within_kinds | ARTICLE_WORDS
        for i, tok in enumerate(toks):
            if tok in self.rules.within_prepositions:
                if outward and _words_before(toks, i, len(place), kinds, drop, True) == place:
                    out.update(_longest(lambda n, i=i: _words_after(toks, i, n, drop)))
                elif not outward and _words_after(toks, i, len(place), drop) == place:
                    out.update(_longest(lambda n, i=i: _words_before(toks, i, n, kinds, drop, True)))
            elif tok == POSSESSIVE_TOKEN:
                if outward and _words_after(toks, i, len(place), drop) == place:
                    out.update(_longest(lambda n, i=i: _words_before(toks, i, n, frozenset(), drop, False)))
                elif not outward and _words_before(toks, i, len(place), frozenset(), drop, False) == place:
                    out.update(_longest(lambda n, i=i: _words_after(toks, i, n, drop)))
        return frozenset(out)


def _longest(take: Callable[[int], frozenset[str] | None]) -> frozenset[str]:
    """The most words (up to ``_NAME``) ``take`` finds."""
    for n in range(_NAME, 0, -1):
        found = take(n)
        if found:
            return found
    return frozenset()


# the most words of a place name taken as index keys (``Within.outers``)
_NAME = 3


def within_thread(core: frozenset[str], article_id: str, t: Thread, within: Within | None,
                  inward: bool = False) -> str | None:
    """Why a claim placed at ``core`` (of ``article_id``) matches a place of the thread as one
    within the other, as its report or a report of the thread tells (None when none does):
    unless the claim's place is within a town that also holds another place of the thread's own
    claims (two hospitals of one city are not one place by that). With ``inward``, only a claim
    placed within the thread's place."""
    if within is None or not core or not t.places:
        return None
    arts = {article_id, *t.articles}
    for c, _ in t.places:
        if within.inside(core, c, arts):
            if any(s != core and not nested_places(s, core) and not within.related(s, core, arts)
                   and within.inside(s, c, arts) for s in t.own_sites):
                continue  # another place within the same town
            return "the claim's place is within the thread's, as a report tells"
        if not inward and within.inside(c, core, arts):
            return "the thread's place is within the claim's, as a report tells"
    return None


WITHIN_NOTE = "a thread at a place within or around its own, tied by a later report"


def absorb(t: Thread, o: Thread, order: Callable[[Any], Any], places: Iterable[dict[Any, dict[str, list[int]]]],
           anchors: dict[Any, list[int]]) -> None:
    """After ``o``'s claims were added to ``t``: ``t``'s claims back in claim order (``order``),
    its day the earlier of the two, and ``o`` dropped from the threader's indexes (``places``:
    per quantity, place word or article -> threads; ``anchors``: per quantity and ledger event)."""
    pairs = sorted(zip(t.members, t.notes, strict=True), key=lambda p: order(p[0]))
    t.members, t.notes = [m for m, _ in pairs], [n for _, n in pairs]
    if o.first_day is not None and (t.first_day is None or o.first_day < t.first_day):
        t.first_day = o.first_day
    lists = [lst for index in places for by_word in index.values() for lst in by_word.values()]
    for lst in [*lists, *anchors.values()]:
        if o.index in lst:
            lst[:] = [i for i in lst if i != o.index] + ([] if t.index in lst else [t.index])


def shares_place(t: Thread, o: Thread) -> bool:
    """True when a place of one thread is a place of the other (one's words hold the other's)."""
    return any(nested_places(a, b) for a, _ in t.places for b, _ in o.places)
