"""Places the linkers compare beyond an event's own place: the specific places an article's
opening names (story places), and which place words each article contains."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from .coplaces import SentenceWords
from .rules import POSSESSIVE, WORD, Rules, names_town, place_core
from .types import LedgerConfig

StoryPlaces = dict[str, tuple[tuple[frozenset[str], str], ...]]  # article id -> (core, as written)


class PlaceWords:
    """For each article, which place words (the core words of any place given by an event or a
    figure) its title and text contain: read in one pass, so cross-naming checks are set tests."""

    def __init__(self, conn: sqlite3.Connection, places: Iterable[frozenset[str]]) -> None:
        self.conn = conn
        self.sentence_words = SentenceWords(conn)
        vocab: set[str] = set()
        for core in places:
            vocab.update(core)
        self.data: dict[str, frozenset[str]] = {}
        if not vocab:
            return
        empty: frozenset[str] = frozenset()
        for aid, title, text in conn.execute("SELECT id, title, text FROM articles"):
            raw = f"{title or ''}\n{text}".replace("’", "'").lower()
            found = vocab.intersection(WORD.findall(POSSESSIVE.sub("", raw)))
            self.data[aid] = frozenset(found) if found else empty

    def words(self, article_id: str) -> frozenset[str]:
        return self.data.get(article_id, frozenset())

    def names(self, core: frozenset[str], article_id: str) -> bool:
        """True when every core word of a place is a word of the article (title included)."""
        return bool(core) and core <= self.data.get(article_id, frozenset())

    def together(self, a: frozenset[str], b: frozenset[str], article_id: str,
                 told: Collection[int] | None = None) -> bool:
        """True when one sentence of the article (of ``told``, when given) names both places
        (:mod:`coplaces`)."""
        return self.sentence_words.together(a, b, article_id, told)


def anchor_place(story: tuple[tuple[frozenset[str], str], ...]) -> frozenset[str]:
    """The place a report that gives none of its own is placed at, for anchoring figures to it:
    the first story place of its article (none when it has none)."""
    return story[0][0] if story else frozenset()


STORY_SQL = ("SELECT m.article_id, m.text, a.type FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id"
             " WHERE m.label IN ('GPE', 'LOC', 'FAC') AND m.sentence < ?"
             " AND (a.country IS NULL OR a.type = 'country')")


class ArticleWords(PlaceWords):
    """:class:`PlaceWords` for the articles an incremental update reads: each article's words
    read when asked for (``load``), matched against a vocabulary that grows with the places read
    (``learn``). Every place word a linker looks up or compares comes from a place read, so the
    answers are those a full build's :class:`PlaceWords` gives."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.sentence_words = SentenceWords(conn)
        self.data = {}
        self.tokens: dict[str, frozenset[str]] = {}
        self.vocab: set[str] = set()

    def learn(self, places: Iterable[frozenset[str]]) -> None:
        for core in places:
            self.vocab.update(core)

    def load(self, article_ids: Iterable[str]) -> None:
        ids = sorted(set(article_ids) - self.tokens.keys())
        for i in range(0, len(ids), 500):
            part = ids[i:i + 500]
            for aid, title, text in self.conn.execute(
                    f"SELECT id, title, text FROM articles WHERE id IN ({','.join('?' * len(part))})", part):
                raw = f"{title or ''}\n{text}".replace("’", "'").lower()
                self.tokens[aid] = frozenset(WORD.findall(POSSESSIVE.sub("", raw)))

    def words(self, article_id: str) -> frozenset[str]:
        return self.tokens.get(article_id, frozenset()) & self.vocab

    def names(self, core: frozenset[str], article_id: str) -> bool:
        return bool(core) and core <= self.tokens.get(article_id, frozenset())


class WindowWords(PlaceWords):
    """:class:`PlaceWords` for a build streamed by date window: matched against every place word
    of the store (``place_vocabulary``), the articles of each window read together (``load``),
    any other when first asked for, and an article not asked for during ``keep`` windows is
    forgotten (``tick``), so the words held do not grow with the corpus."""

    def __init__(self, conn: sqlite3.Connection, vocab: set[str], keep: int = 2) -> None:
        self.conn = conn
        self.sentence_words = SentenceWords(conn)
        self.vocab = vocab
        self.data = {}
        self.keep = keep
        self.window = 0
        self.used: dict[str, int] = {}

    def load(self, article_ids: Iterable[str]) -> None:
        ids = set(article_ids)
        self.used.update((aid, self.window) for aid in ids)
        todo = sorted(ids - self.data.keys())
        empty: frozenset[str] = frozenset()
        for i in range(0, len(todo), 500):
            part = todo[i:i + 500]
            for aid, title, text in self.conn.execute(
                    f"SELECT id, title, text FROM articles WHERE id IN ({','.join('?' * len(part))})", part):
                raw = f"{title or ''}\n{text}".replace("’", "'").lower()
                found = self.vocab.intersection(WORD.findall(POSSESSIVE.sub("", raw)))
                self.data[aid] = frozenset(found) if found else empty

    def words(self, article_id: str) -> frozenset[str]:
        if article_id not in self.data:
            self.load([article_id])
        self.used[article_id] = self.window
        return self.data.get(article_id, frozenset())

    def names(self, core: frozenset[str], article_id: str) -> bool:
        return bool(core) and core <= self.words(article_id)

    def tick(self) -> None:
        """The next window: forget the articles not asked for in the last ``keep`` windows."""
        self.window += 1
        for aid in [aid for aid, w in self.used.items() if self.window - w > self.keep]:
            del self.used[aid]
            self.data.pop(aid, None)


def place_vocabulary(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules) -> set[str]:
    """Every place word of the store: of events' and figures' places and of story places (as
    :func:`story_places` reads them). A superset of the words a full build's :class:`PlaceWords`
    knows gives the same answers: every place a linker compares or looks up is among them."""
    vocab: set[str] = set()
    sqls = ["SELECT DISTINCT place FROM events", "SELECT DISTINCT place FROM figures"]
    if config.story_places and config.lead_sentences:
        sqls.append(STORY_SQL.replace("m.article_id, m.text", "DISTINCT m.text"))
    for sql in sqls:
        for row in conn.execute(sql, (config.lead_sentences,) if "?" in sql else ()):
            vocab.update(place_core(row[0], rules))
    return vocab


def story_places(conn: sqlite3.Connection, config: LedgerConfig, rules: Rules,
                 article_ids: Sequence[str] | None = None) -> StoryPlaces:
    """Per article (of all, or of ``article_ids``), the specific places its opening names: place
    mentions (GPE, LOC, FAC) in the first ``lead_sentences`` sentences that name a town, not a
    country or a capital standing for its government: those resolving to no actor with a
    country, and those the actor stage reads as a country's place ("El Obeid" -> Sudan) that
    name a town or city of the gazetteer (:func:`names_town`)."""
    if not config.story_places or config.lead_sentences == 0:
        return {}
    out: dict[str, list[tuple[frozenset[str], str]]] = defaultdict(list)
    if article_ids is None:
        batches: Iterable[tuple[str, tuple[str, ...]]] = [("", ())]
    else:
        ids = sorted(set(article_ids))
        batches = ((" AND m.article_id IN (" + ",".join("?" * len(ids[i:i + 500])) + ")", tuple(ids[i:i + 500]))
                   for i in range(0, len(ids), 500))
    for cond, params in batches:
        for aid, text, reading in conn.execute(STORY_SQL + cond + " ORDER BY m.article_id, m.start",
                                               (config.lead_sentences, *params)):
            if reading == "country" and not names_town(text, rules):
                continue
            core = place_core(text, rules)
            if core and all(core != c for c, _ in out[aid]):
                out[aid].append((core, text))
    return {k: tuple(v) for k, v in out.items()}
