"""Places named together: whether one sentence of an article names two places.

A story of two like incidents ("shells hit Sarhota in Kotli district ... Across the Line of
Control, in Kanthi Chak ...") names both places, so an article naming a place tells nothing
of whether a toll there belongs with a toll at the other; a sentence naming both ("Borova,
near Lomka", "the village of Sarhota in Kotli district", "as shells also fell on Borova")
does. Read from the stored text, so a full, streamed or incremental build answers alike."""

from __future__ import annotations

import re
import sqlite3

from .rules import POSSESSIVE, WORD

DOUBLED = re.compile(r"([^\W\d_])\1")


def spelling(core: frozenset[str]) -> frozenset[str]:
    """A place's core words with doubled letters written once: transliterations of one name
    differ in them ("Gazza" and "Gaza", "Raqqa" and "Raqa")."""
    return frozenset(DOUBLED.sub(r"\1", w) for w in core)


def hyphen_parts(core: frozenset[str]) -> frozenset[str]:
    """A place's core words split at their hyphens: a recogniser that cuts a hyphenated name
    ("Savane" of "Savane-Latour") leaves a part of the name, not another place."""
    return frozenset(p for w in core for p in w.split("-") if p)


def nested_places(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when one place's core words hold the other's, spelled either way, or hold them as
    parts of a hyphenated name."""
    if a <= b or b <= a:
        return True
    sa, sb = spelling(a), spelling(b)
    if sa <= sb or sb <= sa:
        return True
    ha, hb = hyphen_parts(sa), hyphen_parts(sb)
    return (ha != sa or hb != sb) and (ha <= hb or hb <= ha)


class SentenceWords:
    """Each article's sentences (its title as one more) as sets of words, read when first asked
    for; at most ``keep`` articles are held (the answers do not depend on what is held)."""

    def __init__(self, conn: sqlite3.Connection, keep: int = 2000) -> None:
        self.conn = conn
        self.keep = keep
        self.data: dict[str, tuple[frozenset[str], ...]] = {}

    def _load(self, article_id: str) -> tuple[frozenset[str], ...]:
        row = self.conn.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return ()
        title, text = row[0] or "", row[1] or ""
        spans = self.conn.execute('SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY idx',
                                  (article_id,)).fetchall()
        parts = [title, *(text[s:e] for s, e in spans)] if spans else [title, text]
        return tuple(frozenset(WORD.findall(POSSESSIVE.sub("", p.replace("\u2019", "'").lower())))
                     for p in parts if p)

    def sentences(self, article_id: str) -> tuple[frozenset[str], ...]:
        found = self.data.get(article_id)
        if found is None:
            if len(self.data) >= self.keep:
                self.data.clear()
            found = self.data[article_id] = self._load(article_id)
        return found

    def together(self, a: frozenset[str], b: frozenset[str], article_id: str) -> bool:
        """True when one sentence of the article names both places (every core word of each)."""
        if not a or not b:
            return False
        both = a | b
        return any(both <= words for words in self.sentences(article_id))
