"""Places named together: whether one sentence of an article names two places.

A story of two like incidents ("shells hit Sarhota in Kotli district ... Across the Line of
Control, in Kanthi Chak ...") names both places, so an article naming a place tells nothing
of whether a toll there belongs with a toll at the other; a sentence naming both ("Borova,
near Lomka", "the village of Sarhota in Kotli district", "as shells also fell on Borova")
does. Read from the stored text, so a full, streamed or incremental build answers alike."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Collection
from typing import TYPE_CHECKING

from .incident_translit import transliterated
from .rules import POSSESSIVE, WORD

if TYPE_CHECKING:
    from .claims import ClaimFigure

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
    if (ha != sa or hb != sb) and (ha <= hb or hb <= ha):
        return True
    ta, tb = transliterated(a), transliterated(b)  # "Glubokiy Yar" and "Hlybokyi Yar"
    return ta != a and tb != b and (ta <= tb or tb <= ta)


def words(text: str) -> frozenset[str]:
    """A text's words as the place cores are written (lower case, no possessive)."""
    return frozenset(WORD.findall(POSSESSIVE.sub("", text.replace("\u2019", "'").lower())))


def detach_elsewhere(f: ClaimFigure, sentences: SentenceWords, lead: int) -> None:
    """A count placed at a specific town other than its ledger event's place is no toll of that
    event (its anchor is dropped) when its own sentence does not name the event's place and its
    article's opening (its title and ``lead`` sentences, its own left out) does not name the
    count's town: "glide bombs hit
    Kharkiv, killing eight" in a story of a strike on Pryoskolsk, whose mention the linker put
    with that strike or placed at the story's town; "later on Tuesday, shelling also hit the
    village of Kimoka, killing four" in a story of a camp's shelling. Not "shells slammed into
    a camp west of Goma, killing 23" in a story opening on Goma, nor "killed 6 in Borova, near
    Lomka"."""
    site, event = f.site, f.event_site
    if f.anchor is None or not site or not event or nested_places(site, event) or event <= f.sentence_words:
        return
    opening = sentences.sentences(f.article_id)[: lead + 1]  # its title and first sentences, not its own
    if any(site <= words for i, words in enumerate(opening) if i != f.sentence + 1):
        return
    f.anchor, f.event_core, f.event_site, f.event_day = None, frozenset(), frozenset(), None


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
        # the title first, then sentence ``idx`` at ``idx + 1``
        parts = [title, *(text[s:e] for s, e in spans)] if spans else [title, text]
        return tuple(words(p) for p in parts)

    def sentences(self, article_id: str) -> tuple[frozenset[str], ...]:
        found = self.data.get(article_id)
        if found is None:
            if len(self.data) >= self.keep:
                self.data.clear()
            found = self.data[article_id] = self._load(article_id)
        return found

    def together(self, a: frozenset[str], b: frozenset[str], article_id: str,
                 told: Collection[int] | None = None) -> bool:
        """True when one sentence of the article names both places (every core word of each);
        with ``told``, one of those sentences (by index; the title is none of them)."""
        if not a or not b:
            return False
        both = a | b
        found = self.sentences(article_id)
        if told is not None:
            return any(0 <= i + 1 < len(found) and both <= found[i + 1] for i in told)
        return any(both <= words for words in found)
