"""The state the actor resolver's passes share: one article's tokens, atoms, phrases and
actors. Each pass lives in its own module as a class over this state (see
:mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ...nlp import ParsedDoc
from ...records import FramingMark
from .dictionary import ActorDictionary
from .matcher import Matcher
from .registry import Registry
from .types import Atom, Phrase


class ResolverBase:
    """The working state of one article's resolution."""

    def __init__(self, pd: ParsedDoc, d: ActorDictionary, m: Matcher) -> None:
        self.pd = pd
        self.doc: Doc = pd.doc
        self.d = d
        self.rules = d.rules
        assert d.confidence is not None, "the dictionary's confidence levels are not loaded"
        self.conf = d.confidence
        self.m = m
        self.reg = Registry(d, pd.article.published)
        self.n = len(self.doc)
        self.names: list[Atom | None] = [None] * self.n
        self.nouns: list[Atom | None] = [None] * self.n
        self.frames: list[Atom | None] = [None] * self.n
        self.quoted: list[tuple[int, int, int, int]] = []  # (tok start, tok end, char start, char end)
        self.quoted_tok: set[int] = set()
        self.mentions: list[Phrase] = []
        self.by_head: dict[int, Phrase] = {}
        self.marks: list[FramingMark] = []
        self._cue_cache: dict[str, int] = {}
        self._raw_countries: list[Atom] = []
        self._countries_named: set[str] = set()
        self._locative_cache: dict[int, set[str]] | None = None
        self._by_sentence: dict[int, list[Phrase]] | None = None
        self._named_refs: set[str] = set()
        self._evidence: Counter[str] = Counter()  # country codes named in the article (not capitals)
        self._all_frames: list[Atom] = []
        self._org_word_cache: dict[str, frozenset[str]] = {}
        self._male = frozenset(self.rules.male_cues)
        self._female = frozenset(self.rules.female_cues)
        self._focus: str | None = None
