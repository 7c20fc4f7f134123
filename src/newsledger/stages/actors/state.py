"""The state the actor resolver's passes share: one article's tokens, atoms, phrases and
actors. Each pass is a module of plain functions over this state (see
:mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ...nlp import ParsedDoc
from ...records import FramingMark
from .dictionary import ActorDictionary
from .matcher import Matcher
from .registry import Registry
from .types import Atom, Phrase


class ArticleState:
    """The working state of one article's resolution."""

    def __init__(self, pd: ParsedDoc, d: ActorDictionary, m: Matcher,
                 speech: Iterable[tuple[int, int]] = ()) -> None:
        self.pd = pd
        self.speech = sorted(speech)  # char ranges inside double quotation marks
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
        self.cue_cache: dict[str, int] = {}
        self.raw_countries: list[Atom] = []
        self.countries_named: set[str] = set()
        self.locative_cache: dict[int, list[tuple[str, int]]] | None = None
        self.by_sentence: dict[int, list[Phrase]] | None = None
        self.named_refs: set[str] = set()
        self.evidence: Counter[str] = Counter()  # country codes named in the article (not capitals)
        self.all_frames: list[Atom] = []
        self.org_word_cache: dict[str, frozenset[str]] = {}
        self.male = frozenset(self.rules.male_cues)
        self.female = frozenset(self.rules.female_cues)
        self.given = {**{n: "m" for n in self.rules.male_given_names}, **{n: "f" for n in self.rules.female_given_names}}
        self.focus: str | None = None
        self.place_objects_cache: frozenset[str] | None = None  # see entities.named_as_place
        self.vehicle_names: frozenset[str] | None = None  # see entities.named_as_vehicle
        self.namesakes: dict[str, str] = {}  # see readings.foreign_namesake
        self.context_countries: Counter[str] = Counter()  # see alias_context.context_countries

    def in_speech(self, pos: int) -> bool:
        """Whether the character at ``pos`` lies inside double quotation marks."""
        return any(s <= pos < e for s, e in self.speech)


def recent(history: list[Phrase], m: Phrase, window: int | None = None, named_only: bool = True) -> Iterable[Phrase]:
    """The phrases before ``m``, latest first, within ``window`` sentences (any distance when
    None); only those with an actor when ``named_only``, never ``m`` or one that holds it."""
    for h in reversed(history):
        if window is not None and m.sentence - h.sentence > window:
            return
        if (named_only and h.actor is None) or h is m or (h.start <= m.start < h.end):
            continue
        yield h


def verb_subject(verb: Token) -> Token | None:
    """The subject of a verb, through coordinated and participle clauses."""
    v = verb
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
        if v.dep_ not in ("conj", "xcomp", "advcl") or v.head.i == v.i:
            return None
        v = v.head
    return None
