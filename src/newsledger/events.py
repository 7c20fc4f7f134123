"""Event stage: who did what to whom, coded in PLOVER with a CAMEO crosswalk.

``extract_events(doc, actors, quotes) -> list[Event]`` reads each sentence's dependency parse:

* **Predicates** are verbs and event nouns listed in ``data/events/patterns.yaml``, each tied to a
  CAMEO code; the PLOVER type, mode and contexts come from the crosswalk (``cameo_plover.csv``),
  the QuadClass and Goldstein score from ``cameo_codes.csv``.
* **Source and target** come from syntactic roles: subject and object (active or passive, "was
  attacked by"), prepositional objects ("strikes on", "ties with", "sanctions against"),
  coordination (compound actors), appositions, possessors and demonyms of event nouns ("Israeli
  strikes"), subjects of light verbs ("launched an attack"), and control ("urged X to ...").
* **Wrappers** turn the event in their complement into another PLOVER event: a request ("called on
  X to sever ties with Y": REQUEST from the speaker to X, with the requested SANCTION as a child
  event), intent ("agreed to", "will", "ready to": AGREE for cooperation, THREATEN for conflict),
  refusal (REJECT), threat (THREATEN). Reported speech that tells an actor what it must do is a
  REQUEST; reported speech that describes an actor with an accusing term is an ACCUSE.
* **Modality** (asserted, negated, hypothetical, future, requested, historical), the speaker who
  claims the event (``claimed_by``: "outlet" or the speaker's actor id, and ``quote_id``), the
  date (resolved against ``Article.published``) and the place.

An event needs an actor on at least one side (an event noun needs its own source actor), so a cue
word alone (a headline keyword, a noun in a list) gives nothing. Child events (the requested or
promised action) carry ``parent_id``; they are not separate occurrences.
"""

from __future__ import annotations

import calendar
import csv
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .nlp import ParsedDoc, in_prepositional_phrase
from .records import Actor, ActorLayer, Event, Mention, Quote, Span, record_id
from .resources import Resources
from .stages.actors import load_water_features

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data" / "events"
PATTERNS_FILE = DATA_DIR / "patterns.yaml"

# Dependency labels that open a new clause: arguments are never looked for across them.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"})
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
LEFT_MOD_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod", "nummod"})
QUANTITY_HEADS = frozenset(
    """part some all most many much none one two three four five several dozen dozens hundred
    hundreds thousand thousands million millions number rest majority half portion third quarter
    ton tonne kilogram barrel worth amount quantity load truckload consignment batch kind type
    form set series package lot group day week month hour round wave""".split()
)
# counts that stand for people when nothing else is named: "arrested 12", "killed dozens"
PEOPLE_COUNTS = frozenset("dozen dozens hundred hundreds thousand thousands score scores".split())
# nouns whose "of" complement is what the verb acts on: "allow the return of inspectors"
OF_HEADS = frozenset(
    """return deployment entry arrival presence dispatch delivery resumption release withdrawal
    departure transfer sale shipment""".split()
)
PRONOUNS = frozenset("it its they them their he him his she her we our us itself themselves".split())
PERSON_PRONOUNS = frozenset("he him his she her".split())
RELATIVE_PRONOUNS = frozenset("who whom which that whose".split())
MODALITIES = ("asserted", "negated", "hypothetical", "future", "requested", "historical")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\.?\b")
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_AGO = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|week|month|year)s?\s+ago\b", re.I)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code with its Goldstein score, QuadClass and PLOVER crosswalk."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    contexts: tuple[str, ...]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO codes, keyed by code, with the crosswalk to PLOVER 2021 filled in."""
    crosswalk: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    with (DATA_DIR / "cameo_plover.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            ctx = tuple(c for c in row["contexts"].split(";") if c)
            crosswalk[row["cameo"]] = (row["plover"], row["mode"], ctx)
    table: dict[str, CameoCode] = {}
    with (DATA_DIR / "cameo_codes.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            code = row["code"]
            plover, mode, ctx = _crosswalk_lookup(crosswalk, code)
            table[code] = CameoCode(
                code=code,
                name=row["name"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
                plover=plover,
                mode=mode,
                contexts=ctx,
            )
    return table


def _crosswalk_lookup(
    crosswalk: dict[str, tuple[str, str, tuple[str, ...]]], code: str
) -> tuple[str | None, str | None, tuple[str, ...]]:
    for n in (len(code), 3, 2):
        hit = crosswalk.get(code[:n])
        if hit is not None:
            plover, mode, ctx = hit
            return plover, (mode or None) if n == len(code) else None, ctx if n == len(code) else ()
    return None, None, ()


def cameo_code(code: str) -> CameoCode | None:
    """The table entry for ``code``, falling back to its parent code."""
    table = cameo_table()
    for n in (len(code), 3, 2):
        hit = table.get(code[:n])
        if hit is not None:
            return hit
    return None


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class EventPattern:
    """One way of expressing a CAMEO event: a verb or noun, with its argument places."""

    cameo: str
    kind: str  # verb or noun
    words: tuple[str, ...]  # verb + particles/objects, or noun modifiers + head
    objects: tuple[tuple[str, ...], ...] = ()
    objects_exclude: tuple[tuple[str, ...], ...] = ()
    modifiers: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    symmetric: bool = False
    needs_target: bool = False
    no_object: bool = False  # the verb counts only without a direct object ("demonstrated")
    noun_source: tuple[str, ...] = ("by",)  # prepositions giving the source of the noun form
    solo_cameo: str | None = None  # the code when a symmetric event has a single party
    shallow: bool = False  # the target is the object itself, never an actor named inside it
    domestic: bool = False  # a measure on one's own people (curfew): no target named = own country
    modifiers_exclude: frozenset[str] = frozenset()
    plover: str | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        return len(self.words) * 2 + (3 if self.objects else 0) + (3 if self.modifiers else 0)


@dataclass(frozen=True)
class Wrapper:
    """A verb that turns the event in its complement into another event (REQUEST, AGREE, ...)."""

    kind: str  # appeal, demand, intent, threaten, reject, negate
    default: str | None
    derive: tuple[tuple[str, str], ...] = ()  # (inner CAMEO prefix, wrapper CAMEO code), longest first

    def code_for(self, inner: str | None) -> str | None:
        if inner:
            for prefix, code in self.derive:
                if inner.startswith(prefix):
                    return code
        return self.default


@dataclass(frozen=True)
class Lexicon:
    """Everything the event stage knows, loaded from the patterns file(s)."""

    verbs: dict[str, tuple[EventPattern, ...]]
    nouns: dict[str, tuple[EventPattern, ...]]
    light_verbs: dict[str, tuple[tuple[str, ...], ...]]
    wrapper_verbs: dict[str, tuple[tuple[tuple[str, ...], Wrapper], ...]]
    wrapper_nouns: dict[str, Wrapper]
    wrapper_adjectives: dict[str, Wrapper]
    for_verbs: frozenset[str]
    bare_default: frozenset[str]
    intent_predicates: frozenset[str]
    carrier_nouns: frozenset[str]
    reject_ignore: frozenset[str]
    accusation_blockers: frozenset[str]
    verbal_attack_verbs: frozenset[str]
    wrappers: dict[str, Wrapper]
    speech_verbs: frozenset[str]
    future_aux: frozenset[str]
    deontic: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_marks: frozenset[str]
    negators: frozenset[str]
    historical_cues: frozenset[str]
    actor_nouns: frozenset[str]
    vague_actor_nouns: frozenset[str]
    contexts: tuple[tuple[str, frozenset[str]], ...]
    assault_modes: tuple[tuple[str, frozenset[str]], ...]
    accusations: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (words, code)
    scene_prepositions: frozenset[str] = frozenset()  # "near Samarra": where an event happened


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + v
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def _words(text: str) -> tuple[str, ...]:
    return tuple(str(text).lower().split())


def _preps(items: Iterable[Any]) -> tuple[str, ...]:
    """Prepositions from YAML, where a bare ``on`` reads as a boolean (YAML 1.1): put it back."""
    return tuple("on" if i is True else "off" if i is False else str(i).lower() for i in items)


def _wordset(items: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items)


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The packaged patterns, extended by user pattern files (lists appended, maps merged)."""
    raw: dict[str, Any] = yaml.safe_load(PATTERNS_FILE.read_text(encoding="utf-8"))
    for path in extra_files:
        user = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(user, dict):
            raise ValueError(f"{path}: an event patterns file must be a YAML mapping")
        raw = _merge(raw, user)
    verbs: dict[str, list[EventPattern]] = {}
    nouns: dict[str, list[EventPattern]] = {}
    for entry in raw.get("events", []):
        common = {
            "cameo": str(entry["cameo"]),
            "objects": tuple(_words(o) for o in entry.get("objects", [])),
            "objects_exclude": tuple(_words(o) for o in entry.get("objects_exclude", [])),
            "modifiers": _wordset(entry.get("modifiers", [])),
            "symmetric": bool(entry.get("symmetric", False)),
            "needs_target": bool(entry.get("needs_target", False)),
            "no_object": bool(entry.get("no_object", False)),
            "noun_source": _preps(entry.get("noun_source", ["by"])),
            "solo_cameo": str(entry["solo_cameo"]) if entry.get("solo_cameo") else None,
            "shallow": bool(entry.get("shallow", False)),
            "domestic": bool(entry.get("domestic", False)),
            "modifiers_exclude": _wordset(entry.get("modifiers_exclude", [])),
            "plover": entry.get("plover"),
            "mode": entry.get("mode"),
            "contexts": tuple(entry.get("contexts", [])),
        }
        if cameo_code(common["cameo"]) is None:
            raise ValueError(f"unknown CAMEO code in event patterns: {common['cameo']}")
        for v in entry.get("verbs", []):
            w = _words(v)
            pat = EventPattern(kind="verb", words=w, target=_preps(entry.get("target", ["dobj"])), **common)
            verbs.setdefault(w[0], []).append(pat)
        for n in entry.get("nouns", []):
            w = _words(n)
            pat = EventPattern(
                kind="noun", words=w, target=_preps(entry.get("noun_target", ["on", "against"])), **common
            )
            head = w[0] if len(w) > 2 and w[1] in ("of", "against") else w[-1]
            nouns.setdefault(head, []).append(pat)
    light: dict[str, list[tuple[str, ...]]] = {}
    for lv in raw.get("light_verbs", []):
        w = _words(lv)
        light.setdefault(w[0], []).append(w[1:])
    wrappers: dict[str, Wrapper] = {}
    wverbs: dict[str, list[tuple[tuple[str, ...], Wrapper]]] = {}
    wnouns: dict[str, Wrapper] = {}
    wadj: dict[str, Wrapper] = {}
    for kind, spec in (raw.get("wrappers") or {}).items():
        derive = tuple(
            sorted(((str(k), str(v)) for k, v in (spec.get("derive") or {}).items()), key=lambda kv: -len(kv[0]))
        )
        default = spec.get("default")
        wr = Wrapper(kind=kind, default=str(default) if default else None, derive=derive)
        wrappers[kind] = wr
        for v in spec.get("verbs", []):
            w = _words(v)
            wverbs.setdefault(w[0], []).append((w[1:], wr))
        for n in spec.get("nouns", []):
            wnouns[str(n).lower()] = wr
        for a in spec.get("adjectives", []):
            wadj[str(a).lower()] = wr
    accusations: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for code, terms in (raw.get("accusations") or {}).items():
        for t in terms:
            w = _words(t)
            accusations.setdefault(w[0], []).append((w, str(code)))
    appeal = (raw.get("wrappers") or {}).get("appeal", {})
    intent = (raw.get("wrappers") or {}).get("intent", {})
    return Lexicon(
        verbs={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in verbs.items()},
        nouns={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in nouns.items()},
        light_verbs={k: tuple(v) for k, v in light.items()},
        wrapper_verbs={k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in wverbs.items()},
        wrapper_nouns=wnouns,
        wrapper_adjectives=wadj,
        for_verbs=_wordset(appeal.get("for_verbs", [])),
        bare_default=_wordset(intent.get("bare_default", [])),
        intent_predicates=_wordset(raw.get("intent_predicates", [])),
        carrier_nouns=_wordset(raw.get("carrier_nouns", [])),
        reject_ignore=_wordset(raw.get("reject_ignore", [])),
        verbal_attack_verbs=_wordset(raw.get("verbal_attack_verbs", [])),
        accusation_blockers=_wordset(raw.get("accusation_blockers", [])),
        wrappers=wrappers,
        speech_verbs=_wordset(raw.get("speech_verbs", [])),
        future_aux=_wordset(raw.get("future_aux", [])),
        deontic=_wordset(raw.get("deontic", [])),
        hypothetical_aux=_wordset(raw.get("hypothetical_aux", [])),
        conditional_marks=_wordset(raw.get("conditional_marks", [])),
        negators=_wordset(raw.get("negators", [])),
        historical_cues=_wordset(raw.get("historical_cues", [])),
        actor_nouns=_wordset(raw.get("actor_nouns", [])),
        vague_actor_nouns=_wordset(raw.get("vague_actor_nouns", [])),
        contexts=tuple((k, _wordset(v)) for k, v in (raw.get("contexts") or {}).items()),
        assault_modes=tuple((k, _wordset(v)) for k, v in (raw.get("assault_modes") or {}).items()),
        accusations={k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in accusations.items()},
        scene_prepositions=_wordset(raw.get("scene_prepositions", [])),
    )


_USER_FILES: tuple[str, ...] = ()


def configure(settings: Any) -> None:
    """Use the user pattern files named by ``settings.events_files`` (if the setting exists)."""
    global _USER_FILES
    files = getattr(settings, "events_files", None) or ()
    _USER_FILES = tuple(str(f) for f in files)
    if _USER_FILES:
        load_lexicon(_USER_FILES)  # fail early on a bad file


# --------------------------------------------------------------------------- internal frames


@dataclass
class _Arg:
    """The actors found in one argument place (internal to this module)."""

    tokens: list[Token] = field(default_factory=list)  # head tokens, one per conjunct
    ids: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    named: bool = False  # at least one conjunct is a mention (not just an actor noun)
    via_modifier: bool = False  # found only in a modifier of a noun that is no actor ("a U.N. resolution")

    def __bool__(self) -> bool:
        return bool(self.spans)

    def extend(self, other: _Arg) -> None:
        for t in other.tokens:
            if t not in self.tokens:
                self.tokens.append(t)
        for i in other.ids:
            if i not in self.ids:
                self.ids.append(i)
        for s in other.spans:
            if s not in self.spans:
                self.spans.append(s)
        self.named = self.named or other.named


@dataclass
class _Found:
    """An event found in a sentence, before it becomes an ``Event`` record."""

    cameo: str
    pred: list[Token]
    clause: Token  # the verb whose clause holds the event (for modality, date, place)
    source: _Arg
    target: _Arg
    pattern: EventPattern | None = None
    plover: str | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    modality: str = "asserted"
    speaker: _Arg | None = None
    speaker_token: Token | None = None
    quote: Quote | None = None
    claimed_outlet: bool = False  # a speech act the outlet reports (from a quote with no speech verb)
    claim_at: Token | None = None  # the token whose reporting context says who claims the event
    parent: _Found | None = None
    confidence: float = 0.5
    noun: bool = False
    extra: list[Token] = field(default_factory=list)  # other tokens of the predicate
    source_from_place: bool = False  # no perpetrator named: the source is the place's country


@dataclass
class _Frame:
    """What governs an event's clause: wrapper, speech, modal and conditional context."""

    wrapper: Wrapper | None = None
    wrapper_token: Token | None = None
    wrapper_subject: _Arg | None = None
    wrapper_addressee: _Arg | None = None
    speaker: _Arg | None = None
    speaker_token: Token | None = None
    negated: bool = False
    wrapper_negated: bool = False
    future: bool = False
    would: bool = False
    hypothetical: bool = False
    deontic: str | None = None  # demand / appeal
    main: bool = True


class _Context:
    """Per-article lookups: token → mention, actors by id, quotes, publication date."""

    def __init__(self, doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], lex: Lexicon) -> None:
        self.pd = doc
        self.doc: Doc = doc.doc
        self.lex = lex
        self.layer = actors
        self.actors: dict[str, Actor] = {a.id: a for a in actors.actors}
        self.quotes = sorted(quotes, key=lambda q: q.content.end - q.content.start)
        self.published = _parse_date(doc.article.published)
        self.tok_mention: dict[int, Mention] = {}
        for m in sorted(actors.mentions, key=lambda m: (m.actor_id is not None, m.end - m.start)):
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.tok_mention[t.i] = m

    def mention(self, tok: Token) -> Mention | None:
        return self.tok_mention.get(tok.i)

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


# --------------------------------------------------------------------------- token helpers


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


@lru_cache(maxsize=4096)
def _word_forms(text: str, lemma: str) -> tuple[str, ...]:
    """The lemma, then the word and its likely base forms (the small model's lemmas can be off:
    "staged" -> "stag")."""
    w = text.lower()
    out = [lemma, w]
    if w.endswith("ies") or w.endswith("ied"):
        out.append(w[:-3] + "y")
    if w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        out += [stem, stem + "e"]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            out.append(stem[:-1])
    if w.endswith("ed") and len(w) > 4:
        out += [w[:-1], w[:-2]]
        if len(w) > 4 and w[-3] == w[-4]:
            out.append(w[:-3])
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and len(w) > 3:
        out.append(w[:-1])
    return tuple(dict.fromkeys(out))


def _forms(tok: Token) -> tuple[str, ...]:
    return _word_forms(tok.text, tok.lemma_.lower())


def _key(tok: Token, table: dict[str, Any] | frozenset[str]) -> str | None:
    """The first form of ``tok`` that ``table`` knows."""
    for f in _forms(tok):
        if f in table:
            return f
    return None


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def _is_passive(v: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return True
    return v.dep_ == "acl" and v.tag_ == "VBN"


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _prep_objects(tok: Token, prep: str) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and _lemma(c) == prep:
            out.extend(c2 for c2 in c.children if c2.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "prep" and c.text.lower() == prep:
            out.extend(c2 for c2 in c.children if c2.dep_ == "pobj")
    return out


def _np_words(noun: Token) -> set[str]:
    """Lemmas of a noun and its left modifiers (for matching multiword nouns)."""
    out = {_lemma(noun)}
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod") and c.i < noun.i:
            out.add(_lemma(c))
            out.add(c.text.lower())
            for cc in c.children:
                if cc.dep_ in ("compound", "amod"):
                    out.add(_lemma(cc))
    return out


def _np_matches(noun: Token, words: tuple[str, ...]) -> bool:
    if len(words) > 2 and words[1] in ("of", "against"):
        if _lemma(noun) != words[0]:
            return False
        return any(_np_matches(o, words[2:]) for o in _prep_objects(noun, words[1]))
    if words[-1] not in _forms(noun):
        return False
    if len(words) == 1:
        return True
    mods = _np_words(noun)
    return all(w in mods for w in words[:-1])


def _object_heads(obj: Token) -> list[Token]:
    """The nouns an object stands for: itself, its conjuncts, "part of X", "Operation X"."""
    out: list[Token] = []
    for c in _conjuncts(obj):
        out.append(c)
        if _lemma(c) in QUANTITY_HEADS or _lemma(c) in OF_HEADS or c.pos_ == "NUM":
            for o in _prep_objects(c, "of"):
                out.extend(_conjuncts(o))
        if c.pos_ == "PROPN":
            out.extend(x for x in c.children if x.dep_ == "compound")
    return out


# --------------------------------------------------------------------------- actors in arguments


class _Actors:
    """Finding the actors an argument names."""

    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex

    def arg(self, head: Token | None, deep: bool = False, allow_vague: bool = True) -> _Arg:
        """Actors named by the noun phrase headed by ``head`` (each conjunct separately)."""
        out = _Arg()
        if head is None:
            return out
        vias: list[bool] = []
        for c in _conjuncts(head):
            one = self._core(c, depth=0, allow_vague=allow_vague)
            if not one and deep:
                one = self._deep(c, depth=0)
            if one:
                out.extend(one)
                vias.append(one.via_modifier)
        out.via_modifier = bool(vias) and all(vias)
        return out

    def _from_mention(self, m: Mention, tok: Token) -> _Arg:
        out = _Arg(tokens=[tok], spans=[(m.start, m.end)], named=True)
        actor = self.ctx.actor(m.actor_id)
        if actor is not None:
            out.ids.append(actor.id)
        return out

    def _core(self, c: Token, depth: int, allow_vague: bool = True) -> _Arg:
        if _lemma(c) in PRONOUNS or c.text.lower() in PRONOUNS:
            return self.pronoun(c)
        if _lemma(c) in RELATIVE_PRONOUNS and c.head.dep_ == "relcl":
            return self._core(c.head.head, depth + 1, allow_vague)
        m = self.ctx.mention(c)
        group = self._group(c) if _lemma(c) in self.lex.actor_nouns and c.tag_ in ("NNS", "NNPS") else None
        if group:
            return group
        if m is not None:
            got = self._from_mention(m, c)
            actor = self.ctx.actor(m.actor_id)
            if actor is not None and not actor.country and not actor.sectors and not actor.members:
                role = self._appos(c, depth)  # "Kofi Annan, UN secretary-general": whom he acts for
                for i in role.ids:
                    if i not in got.ids:
                        got.ids.append(i)
            if not got.ids:  # "Leader of the Islamic Revolution, His Eminence ... Ali Khamenei"
                better = self._appos(c, depth)
                if not better.ids and _key(c, self.lex.actor_nouns) and depth < 2:
                    better = self._of_phrase(c, depth)  # "the people of Europe and America"
                if better.ids:
                    return better
            return got
        if c.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return _Arg()
        if (_lemma(c) in QUANTITY_HEADS or c.pos_ == "NUM") and depth < 3:
            for o in _prep_objects(c, "of"):  # "thousands of Nigerians", "one third of the guerrillas"
                got = self._core(o, depth + 1, allow_vague)
                if got:
                    return got
            if c.pos_ == "NUM":
                return _Arg()
        # a name or demonym before the head: "Israeli soldiers", "Haiti's efforts", "U.N. mediator"
        for mod in sorted((x for x in c.children if x.dep_ in LEFT_MOD_DEPS and x.i < c.i), key=lambda x: -x.i):
            if mod.dep_ == "poss" and (_lemma(mod) in PRONOUNS or mod.text.lower() in PRONOUNS):
                if _lemma(c) in self.lex.actor_nouns:
                    got = self.pronoun(mod)
                    if got:
                        return self._widen(got, c)
                continue
            if self._stance_prefix(mod):
                continue  # "an anti-Syria journalist" is no Syrian
            group = _Arg()
            for mc in _conjuncts(mod):  # "French and Egyptian warships"
                for t in [mc, *(x for x in mc.subtree if x.i != mc.i and x.dep_ != "conj")]:
                    m2 = self.ctx.mention(t)
                    if m2 is not None:
                        group.extend(self._from_mention(m2, c))
                        break
            if group:
                out = self._widen(group, c)
                out.via_modifier = mod.dep_ != "poss" and not (
                    _key(c, self.lex.actor_nouns) or c.pos_ == "PROPN" or self.ctx.mention(c) is not None
                )  # "Haiti's efforts" name Haiti; "a U.N. resolution" is no actor
                return out
        got = self._appos(c, depth)
        if got:
            return got
        lemma = _lemma(c)
        is_actor_noun = lemma in self.lex.actor_nouns or c.text.lower() in self.lex.actor_nouns
        if is_actor_noun and depth < 2:
            got = self._of_phrase(c, depth)
            if got:
                return got
            if lemma in self.lex.vague_actor_nouns or lemma == "party":
                place = self.location_in(c)
                if place:
                    return self._widen(place, c)
            for acl in _children(c, "acl"):
                for t in acl.subtree:
                    m3 = self.ctx.mention(t)
                    if m3 is not None and m3.label in ("GPE", "NORP", "LOC"):
                        return self._widen(self._from_mention(m3, c), c)
        if c.pos_ == "PROPN" and depth == 0 and c.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"):
            s, e = self._np_extent(c)  # a name the actor stage did not catch ("Ethopia")
            return _Arg(tokens=[c], spans=[(s, e)], named=False)
        if is_actor_noun and (allow_vague or lemma not in self.lex.vague_actor_nouns):
            start = min(x.idx for x in c.subtree if x.dep_ in LEFT_MOD_DEPS | {"det"} or x.i == c.i)
            s, e = self._np_extent(c)
            return _Arg(tokens=[c], spans=[(max(s, start), e)], named=False)
        return _Arg()

    @staticmethod
    def _stance_prefix(mod: Token) -> bool:
        first = min((t for t in mod.subtree), key=lambda t: t.i)
        doc = mod.doc
        words = {t.text.lower() for t in mod.subtree}
        if words & {"anti", "pro", "non"}:
            return True
        if first.i >= 2 and doc[first.i - 1].text == "-" and doc[first.i - 2].text.lower() in ("anti", "pro", "non"):
            return True
        return first.text.lower().startswith(("anti-", "pro-", "non-"))

    def _group(self, c: Token) -> _Arg | None:
        """A plural actor noun standing for several named actors.

        "the leaders of the United States, Germany and France" (a coordinated "of" phrase), or
        "those governments" (the last coordinated list of named actors before it in the sentence).
        """
        for o in _prep_objects(c, "of"):
            if len(_conjuncts(o)) >= 2:
                got = self.arg(o, allow_vague=False)
                if len(got.ids) >= 2:
                    return self._widen(got, c)
        det = _child(c, "det")
        m = self.ctx.mention(c)
        if det is None or det.text.lower() not in ("those", "these", "both") or (m is not None and m.actor_id):
            return None
        heads = [t for t in c.sent if t.i < c.i and t.dep_ != "conj" and len(_conjuncts(t)) >= 2]
        for h in reversed(heads):
            got = self.arg(h, allow_vague=False)
            if len(got.ids) >= 2:
                return _Arg(tokens=[c], ids=got.ids, spans=[self._np_extent(c)], named=True)
        return None

    def _of_phrase(self, c: Token, depth: int) -> _Arg:
        """Named actors in a complement of an actor noun: "leaders of the coalition", "doctors
        from aid groups", "rebels in the Ivory Coast" (all conjuncts of the complement)."""
        for prep in ("of", "from", "in", "at", "for", "with"):
            for o in _prep_objects(c, prep):
                for ap in _children(o, "appos"):  # "the president of Kenya, William Ruto"
                    m = self.ctx.mention(ap)
                    actor = self.ctx.actor(m.actor_id) if m is not None else None
                    if actor is not None and actor.type == "person":
                        return self._from_mention(m, ap)  # type: ignore[arg-type]
                group = _Arg()
                for oc in _conjuncts(o):
                    got = self._core(oc, depth + 1, allow_vague=False)
                    if got and got.named:
                        group.extend(got)
                if group:
                    return self._widen(group, c)
        return _Arg()

    def _appos(self, c: Token, depth: int) -> _Arg:
        """The actor an apposition names; a resolved one is preferred."""
        fallback = _Arg()
        for ap in _children(c, "appos"):
            if depth > 3:
                break
            got = self._core(ap, depth + 1, allow_vague=False)
            if got.ids:
                return got
            if got and not fallback:
                fallback = got
        return fallback

    def _widen(self, got: _Arg, head: Token) -> _Arg:
        """Report the whole noun phrase as the argument span, keeping the actor ids found."""
        s, e = self._np_extent(head)
        return _Arg(tokens=[head], ids=list(got.ids), spans=[(s, e)], named=got.named)

    @staticmethod
    def _np_extent(head: Token) -> tuple[int, int]:
        toks = [head]
        stack = [c for c in head.children if c.dep_ not in CLAUSE_DEPS | {"conj", "cc", "punct", "appos"}]
        while stack:
            t = stack.pop()
            toks.append(t)
            stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS | {"punct", "conj", "cc"})
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t.text) for t in toks)
        return start, end

    def _deep(self, c: Token, depth: int) -> _Arg:
        """An actor inside a non-actor phrase: "the return of U.N. inspectors", "rights abuses by X"."""
        if depth > 3:
            return _Arg()
        for prep in ("of", "by", "from", "for", "to", "with", "against", "on", "in"):
            for o in _prep_objects(c, prep):
                got = self._core(o, depth + 1, allow_vague=False)
                if got and got.named:
                    return got
                got = self._deep(o, depth + 1)
                if got:
                    return got
        return _Arg()

    def pronoun(self, tok: Token) -> _Arg:
        """A pronoun: its mention when the actor stage resolved it, else the nearest governing subject."""
        m = self.ctx.mention(tok)
        if m is not None and m.actor_id:
            return self._from_mention(m, tok)
        word = tok.text.lower()
        if word == "it" and self._expletive(tok):
            return _Arg()  # "it is necessary to ...": an expletive
        if word == "it" and tok.dep_ in ("dobj", "pobj", "dative"):
            return _Arg()  # an object "it" is mostly a thing ("released it to the press")
        person = word in PERSON_PRONOUNS
        cur = tok.head
        seen = 0
        own_clause = tok.dep_ not in SUBJ_DEPS and tok.dep_ != "poss"
        while seen < 8:
            seen += 1
            if own_clause and _is_verb(cur):
                own_clause = False  # "the court struck them down": "them" is not the court
                if cur.head.i == cur.i:
                    break
                cur = cur.head
                continue
            for dep in ("nsubj", "nsubjpass"):
                for s in _children(cur, dep):
                    if s.i == tok.i or _lemma(s) in PRONOUNS or tok in s.subtree:
                        continue
                    got = self._core(s, 1, allow_vague=False)
                    if got and got.named and self._agrees(got, person, word in ("it", "its", "itself")):
                        return got
            if cur.head.i == cur.i:
                break
            cur = cur.head
        if word in ("he", "him", "she", "her", "they", "them"):  # unresolved, but a person or group
            return _Arg(tokens=[tok], spans=[(tok.idx, tok.idx + len(tok.text))], named=False)
        return _Arg()

    def _expletive(self, tok: Token) -> bool:
        head = tok.head
        if tok.dep_ == "expl":
            return True
        if tok.dep_ != "nsubj" or _lemma(head) != "be":
            return False
        for c in head.children:
            if c.dep_ in ("ccomp", "xcomp", "csubj"):
                return True
            if c.dep_ in ("acomp", "attr") and _lemma(c) not in self.lex.wrapper_adjectives:
                if any(x.dep_ in ("xcomp", "ccomp") for x in c.children):
                    return True
        return False

    def _agrees(self, got: _Arg, person: bool, neuter: bool = False) -> bool:
        if not got.tokens:
            return True
        m = self.ctx.mention(got.tokens[0])
        if m is None:
            return not (neuter and got.tokens[0].ent_type_ == "PERSON")
        actor = self.ctx.actor(m.actor_id)
        is_person = (actor.type == "person") if actor is not None else m.label == "PERSON"
        if neuter:
            return not is_person
        return is_person if person else True

    def location_in(self, c: Token) -> _Arg:
        """A country or place named anywhere in the complements of ``c`` (two levels down)."""
        for t in c.subtree:
            if t.i == c.i or t.dep_ in ("relcl", "acl"):
                continue
            m = self.ctx.mention(t)
            if m is not None and m.label in ("GPE",) and m.actor_id:
                depth = 0
                cur = t
                while cur.i != c.i and depth < 5:
                    cur, depth = cur.head, depth + 1
                if depth <= 4:
                    return self._from_mention(m, t)
        return _Arg()

    def location(self, toks: Iterable[Token]) -> _Arg:
        """A place named in a prepositional phrase ("in the Gaza Strip") of one of ``toks``."""
        for t in toks:
            for prep in ("in", "into", "inside", "near", "across", "on", "at", "outside"):
                for o in _prep_objects(t, prep):
                    for c in _object_heads(o):
                        for x in [c, *(y for y in c.children if y.dep_ in ("compound", "amod"))]:
                            m = self.ctx.mention(x)
                            if m is not None and m.label in ("GPE", "LOC", "FAC"):
                                return self._from_mention(m, c)
                        for po in _prep_objects(c, "of"):
                            m = self.ctx.mention(po)
                            if m is not None and m.label in ("GPE", "LOC"):
                                return self._from_mention(m, po)
        return _Arg()


# --------------------------------------------------------------------------- extraction


def extract_events(
    doc: ParsedDoc,
    actors: ActorLayer,
    quotes: Sequence[Quote] = (),
    patterns_path: str | Path | None = None,
) -> list[Event]:
    """Events in the article: PLOVER type and CAMEO code, actors, modality, date, place, evidence."""
    files = _USER_FILES + ((str(patterns_path),) if patterns_path else ())
    lex = load_lexicon(files)
    ctx = _Context(doc, actors, quotes, lex)
    finder = _Finder(ctx)
    events: list[Event] = []
    for index, sent in doc.spacy_sentences():
        found = finder.sentence(sent)
        events.extend(_to_records(ctx, index, sent, found))
    log.debug("%d events in article %s", len(events), doc.article_id)
    return events


class _Finder:
    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.actors = _Actors(ctx)

    # ----- predicates

    def _verb_pattern(self, v: Token) -> tuple[EventPattern, Token | None] | None:
        key = _key(v, self.lex.verbs)
        pats = self.lex.verbs.get(key) if key else None
        if not pats:
            return None
        obj = self._object(v)
        heads = _object_heads(obj) if obj is not None else []
        if obj is None:  # "withdrew from the treaty", "went on strike"
            for po in (o for p in _children(v, "prep") for o in _children(p, "pobj")):
                heads.extend(_object_heads(po))
        for pat in pats:
            if not self._rest_ok(v, pat.words[1:]):
                continue
            if len(pat.words) == 1 and any(c.dep_ == "prt" and not _up_to(c) for c in v.children):
                continue  # "strike down a law", "hit out at": another verb
            if pat.no_object and not _is_passive(v) and (
                obj is not None or any(c.dep_ in ("ccomp", "xcomp") for c in v.children)
            ):
                continue  # "demonstrated its strength", "demonstrate to X that ...": showing, not protesting
            if pat.objects:
                hit = next((h for h in heads if any(_np_matches(h, o) for o in pat.objects)), None)
                if hit is None:
                    continue
                own = self._noun_pattern(hit)
                if (
                    own is not None and own.modifiers and own.cameo != pat.cameo and len(pat.words) == 1
                    and _key(v, self.lex.light_verbs)
                ):
                    continue  # "staged a hunger strike": the noun's own reading wins
                return pat, hit
            if pat.objects_exclude and obj is not None and any(
                _np_matches(h, o) for h in heads[:1] for o in pat.objects_exclude
            ):
                continue
            return pat, None
        return None

    @staticmethod
    def _rest_ok(v: Token, rest: tuple[str, ...]) -> bool:
        if not rest:
            return True
        near: set[str] = set()
        for c in v.children:
            if c.dep_ in ("prt", "prep", "dobj", "acomp", "oprd", "advmod", "attr", "dative", "compound:prt", "xcomp", "ccomp"):
                near.add(_lemma(c))
                near.add(c.text.lower())
                if c.dep_ == "prep":
                    near.update(_lemma(o) for o in c.children if o.dep_ == "pobj")
        return all(w in near for w in rest)

    @staticmethod
    def _object(v: Token) -> Token | None:
        if _is_passive(v):
            subj = _child(v, "nsubjpass")
            if subj is not None:
                return subj
            if v.dep_ == "acl":
                return v.head
            return None
        obj = _child(v, "dobj", "obj")
        if obj is not None:
            return obj
        for c in v.children:  # "kidnapped up to 16 advisers": a count, parsed as a particle
            if c.dep_ == "prt" and _up_to(c):
                to = c.nbor(1)
                objs = _children(to, "pobj") or _children(c, "pobj")
                if objs:
                    return objs[0]
        if v.dep_ == "relcl" and not _child(v, "nsubj"):
            return None
        if v.dep_ == "relcl":
            return v.head if any(c.dep_ == "dobj" and _lemma(c) in RELATIVE_PRONOUNS for c in v.children) else None
        return None

    def _subject(self, tok: Token | None) -> _Arg:
        """The actor a subject names; "Israeli missiles" counts, "a U.N. resolution" does not."""
        got = self.actors.arg(tok)
        if got.via_modifier and tok is not None and not self._instrument(tok):
            return _Arg()
        return got

    def _verbal_attack(self, source: _Arg, v: Token) -> bool:
        """One person attacking, with no weapon or military word in the sentence: words, not arms."""
        if len(source.tokens) != 1:
            return False
        m = self.ctx.mention(source.tokens[0])
        actor = self.ctx.actor(m.actor_id) if m is not None else None
        is_person = (actor.type == "person") if actor is not None else (
            (m is not None and m.label in ("PERSON", "TITLE")) or source.tokens[0].ent_type_ == "PERSON"
        )
        if not is_person:
            return False
        words = {_lemma(t) for t in v.sent}
        if any(words & ws for _, ws in self.lex.assault_modes):
            return False
        military = next((ws for name, ws in self.lex.contexts if name == "military"), frozenset())
        return not (words & military)

    @staticmethod
    def _bare_participle(v: Token) -> bool:
        """A past participle heading a clause of its own with no subject: "Asked about it, he said"."""
        return v.tag_ == "VBN" and v.dep_ in ("advcl", "acl") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in v.children
        )

    def _instrument_subject(self, v: Token) -> bool:
        s = _child(v, "nsubj")
        return s is not None and self._instrument(s)

    def _instrument(self, tok: Token) -> bool:
        """A subject that stands for an unnamed perpetrator: an attack, a bomb, a shell."""
        if self._noun_pattern(tok) is not None:
            return True
        words = {_lemma(tok)} | _np_words(tok)
        return any(words & ws for _, ws in self.lex.assault_modes)

    def _noun_pattern(self, n: Token) -> EventPattern | None:
        key = _key(n, self.lex.nouns)
        pats = self.lex.nouns.get(key) if key else None
        if not pats:
            return None
        for pat in pats:
            if not _np_matches(n, pat.words):
                continue
            mods = _np_words(n) - {_lemma(n)}
            if pat.modifiers and not (pat.modifiers & mods):
                continue
            if pat.modifiers_exclude & mods:
                continue
            return pat
        return None

    # ----- arguments

    def _source_token(self, v: Token) -> Token | None:
        """The subject of ``v``, inherited through control, coordination and participles."""
        if _is_passive(v):
            for o in _prep_objects(v, "by"):
                return o
            return None
        subj = _child(v, "nsubj")
        if subj is not None:
            return subj
        for c in v.children:  # "Should Russia attack ...": the parser took the subject for a compound
            if c.dep_ in ("compound", "npadvmod") and c.i < v.i and c.pos_ == "PROPN":
                return c
        cur = v
        for _ in range(6):
            if cur.dep_ == "conj" and _is_verb(cur.head):
                cur = cur.head
                if _is_passive(cur):
                    return None
            elif cur.dep_ == "xcomp":
                head = cur.head
                if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
                    head = head.head
                wr = self._wrapper_of(head)
                addressee = self._addressee(head) if wr is not None and wr.kind in ("appeal", "demand") else None
                if addressee is not None:  # object control: "urged X to ..."
                    return addressee
                cur = head
            elif cur.dep_ in ("advcl", "pcomp") and cur.tag_ in ("VBG", "VB", "VBN"):
                cur = cur.head if cur.dep_ == "advcl" else cur.head.head
            elif cur.dep_ == "acl" and cur.tag_ == "VBG":
                noun = cur.head
                if self.actors.arg(noun) or not _is_verb(noun.head):
                    return noun
                cur = noun.head  # "issued a declaration demanding ...": the issuer
                s = _child(cur, "nsubj")
                if s is not None:
                    return s
                continue
            else:
                return None
            if _is_passive(cur) and cur.dep_ != "acl":
                return None
            s = _child(cur, "nsubj")
            if s is not None:
                return s
        return None

    def _ccomp_ok(self, w: Token, comp: Token, wr: Wrapper) -> bool:
        """A "that" clause is the wrapped action only when it is one: "demanded that X cancel",
        "warned that it would strike", not "told reporters that X had been demobilized"."""
        if wr.kind not in ("appeal", "demand"):
            if wr.kind == "reject":
                return True
            subj = _child(comp, "nsubj")
            own = subj is not None and (
                _lemma(subj) in PRONOUNS or bool(set(self.actors.arg(subj).ids) & set(self._subject(self._source_token(w)).ids))
            )  # "warned that it would strike", not "warned that the museum would close"
            return own and wr.kind in ("threaten", "intent") and any(
                a.dep_ == "aux" and a.text.lower() in ("will", "would", "'ll", "shall") for a in comp.children
            )
        if _lemma(w) == "demand":
            return True
        if comp.tag_ == "VB" and not any(a.dep_ == "aux" for a in comp.children):
            return True  # subjunctive
        return any(a.dep_ == "aux" and a.text.lower() in ("should", "must") for a in comp.children)

    @staticmethod
    def _to_clause(w: Token) -> Token | None:
        """An infinitive the parser attached as a purpose clause: "called on X to show ..."."""
        for c in w.children:
            if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children):
                return c
        return None

    def _addressee(self, w: Token) -> Token | None:
        """Who a control verb addresses: "urged X to", "called on X to", "told X to"."""
        obj = _child(w, "dobj", "dative")
        if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
            return obj
        if _key(w, frozenset({"call", "prevail"})):
            for prep in ("on", "upon"):
                for o in _prep_objects(w, prep):
                    if o.ent_type_ not in ("DATE", "TIME"):
                        return o
        return None

    def _target(self, v: Token, pat: EventPattern, obj_hit: Token | None) -> tuple[_Arg, Token | None]:
        """The target of a verb event, following the pattern's places in order."""
        fallback: Token | None = None
        obj = self._object(v)
        nouns = [v]
        if obj is not None:
            nouns.append(obj)
        if obj_hit is not None and obj_hit not in nouns:
            nouns.append(obj_hit)
        for place in pat.target:
            cands: list[Token] = []
            if place == "dobj":
                if obj is not None and (obj_hit is None or obj.i != obj_hit.i):
                    cands = [obj]
            elif place == "dative":
                d = _child(v, "dative", "iobj")
                if d is not None and d.pos_ != "ADP":
                    cands = [d]
                elif d is not None:
                    cands = [c for c in d.children if c.dep_ == "pobj"]
            else:
                for n in nouns:
                    cands.extend(_prep_objects(n, place))
                if place == "between":
                    cands = cands[:1]
            for c in cands:
                if c.text.lower().endswith(("self", "selves")):
                    continue  # "defend itself": no target of its own
                got = self.actors.arg(c)
                if got and not (pat.shallow and got.via_modifier):
                    return got, c
                if fallback is None:
                    fallback = c
        # an actor inside the object: "the return of U.N. inspectors"
        if obj is not None and (obj.pos_ == "NUM" or _lemma(obj) in PEOPLE_COUNTS) and not _prep_objects(obj, "of"):
            if "dobj" in pat.target:  # "arrested 12": people
                return _Arg(tokens=[obj], spans=[self.actors._np_extent(obj)], named=False), obj
        if pat.shallow:  # only the owner of the object: "hailed the progress of the armed forces"
            for o in _prep_objects(obj, "of") if obj is not None else []:
                got = self.actors.arg(o, allow_vague=False)
                if got.named:
                    return got, o
            return _Arg(), fallback
        for c in [x for x in (obj_hit, obj, fallback) if x is not None]:
            got = self.actors.arg(c, deep=True, allow_vague=False)
            if got:
                return got, c
        return _Arg(), fallback

    def _noun_args(self, n: Token, pat: EventPattern) -> tuple[_Arg, _Arg, Token | None]:
        """Source and target of an event noun, and the light verb carrying it (if any)."""
        light = self._light_verb(n)
        source = _Arg()
        skip = set(pat.words[:-1]) | pat.modifiers
        venue = pat.cameo.startswith("04")
        for mod in sorted((x for x in n.children if x.dep_ in ("poss", "compound", "amod", "nmod") and x.i < n.i), key=lambda x: -x.i):
            if _lemma(mod) in skip or (venue and mod.dep_ != "poss"):
                continue
            got = self.actors.arg(mod, allow_vague=False)
            if got and (got.named or mod.dep_ == "poss"):
                source = got
                break
        if not source:
            for prep in pat.noun_source:
                for o in _prep_objects(n, prep) + _prep_objects(self._carrier(n), prep):
                    got = self.actors.arg(o)
                    if got:
                        source = got
                        break
                if source:
                    break
        if not source and light is not None:
            if _is_passive(light):
                for o in _prep_objects(light, "by"):
                    source = self.actors.arg(o)
            else:
                st = self._source_token(light)
                source = self.actors.arg(st)
        target = _Arg()
        carrier = self._carrier(n)
        for prep in pat.target:
            for o in _prep_objects(n, prep) + (_prep_objects(carrier, prep) if carrier.i != n.i else []):
                got = self.actors.arg(o, allow_vague=False)
                if not got:
                    got = self.actors.arg(o, deep=True, allow_vague=False)
                if got:
                    target = got
                    break
            if target:
                break
            if light is not None and prep not in ("of",):
                for o in _prep_objects(light, prep):
                    got = self.actors.arg(o, allow_vague=False)
                    if got:
                        target = got
                        break
            if target:
                break
        return source, target, light

    def _carrier(self, n: Token) -> Token:
        """The noun that stands in the clause for an event noun: "a mediation effort", "10 days of war games"."""
        cur = n
        for _ in range(2):
            if cur.dep_ == "compound" and _lemma(cur.head) in self.lex.carrier_nouns:
                cur = cur.head
            elif cur.dep_ == "pobj" and _lemma(cur.head) == "of" and (
                _lemma(cur.head.head) in QUANTITY_HEADS or _lemma(cur.head.head) in self.lex.carrier_nouns
            ):
                cur = cur.head.head
            else:
                break
        return cur

    def _light_verb(self, n: Token) -> Token | None:
        n = self._carrier(n)
        head = n.head
        if n.dep_ in ("dobj", "nsubjpass") and _is_verb(head):
            k = _key(head, self.lex.light_verbs)
            rests = self.lex.light_verbs.get(k) if k else None
            if rests is not None and any(_Finder._rest_ok(head, r) for r in rests):
                return head
        if n.dep_ == "pobj" and head.dep_ == "prep" and _is_verb(head.head):
            k = _key(head.head, self.lex.light_verbs)
            rests = self.lex.light_verbs.get(k) if k else None
            if rests is not None and any(r and r[-1] == _lemma(head) for r in rests):
                return head.head
        return None

    # ----- frames

    def _frame(self, clause: Token) -> _Frame:
        """Modal, wrapper and speech context of the clause headed by ``clause``."""
        fr = _Frame()
        cur = clause
        first = True
        shared = False  # reached through coordination: the head's auxiliaries apply too
        for _ in range(8):
            if shared:
                negated = fr.negated
                self._modals(cur, fr, True)
                fr.negated = negated  # "could reverse or decline": the modal is shared, "not" is not
            else:
                self._modals(cur, fr, first)
            first = False
            dep = cur.dep_
            head = cur.head
            if head.i == cur.i:
                break
            if dep == "conj" and _is_verb(head):
                shared = (cur.i == clause.i or shared) and not any(c.dep_ in ("aux", "auxpass") for c in cur.children)
                cur = head
                continue
            shared = False
            if dep == "advcl" and fr.wrapper is None and cur is self._to_clause(head) and self._addressee(head) is not None:
                wr = self._wrapper_of(head)
                if wr is not None and wr.kind in ("appeal", "demand"):
                    dep = "xcomp"  # "called on X to V", parsed as a purpose clause
            if dep == "advcl":
                mark = _child(cur, "mark")
                if mark is not None and _lemma(mark) in self.lex.conditional_marks:
                    fr.hypothetical = True
                fr.main = False
                break
            if dep in ("acl", "ccomp") and fr.wrapper is None and head.pos_ == "NOUN":
                k = _key(head, self.lex.wrapper_nouns)
                if k is not None:  # "reiterated its demand that Israel ease ...", "a call to ..."
                    fr.wrapper = self.lex.wrapper_nouns[k]
                    fr.wrapper_token = head
                    fr.wrapper_subject = self._noun_owner(head)
                    fr.wrapper_addressee = self.actors.arg(_child(cur, "nsubj", "nsubjpass"))
                    verb = head.head
                    if _is_verb(verb) and head.dep_ in ("dobj", "nsubjpass"):
                        cur = verb
                        continue
                    break
            if dep in ("relcl", "acl", "pcomp", "csubj", "amod", "nsubj", "dobj", "pobj", "prep", "appos", "attr"):
                fr.main = False
                break
            if dep == "ccomp" and fr.wrapper is None and _is_verb(head):
                dobj = _child(head, "dobj")
                k = _key(dobj, self.lex.wrapper_nouns) if dobj is not None and dobj.pos_ == "NOUN" else None
                if k is not None:  # the parser hung the "that" clause on the verb, not on "demand"
                    fr.wrapper = self.lex.wrapper_nouns[k]
                    fr.wrapper_token = dobj
                    fr.wrapper_subject = self._noun_owner(dobj)
                    fr.wrapper_addressee = self.actors.arg(_child(cur, "nsubj", "nsubjpass"))
                    cur = head
                    continue
            if dep in ("xcomp", "ccomp"):
                w = head
                if w.pos_ == "ADJ" and _lemma(w) in self.lex.wrapper_adjectives and fr.wrapper is None:
                    fr.wrapper = self.lex.wrapper_adjectives[_lemma(w)]
                    fr.wrapper_token = w
                    verb = w.head if w.dep_ in ("acomp", "amod", "oprd") else w
                    fr.wrapper_subject = self._subject(self._source_token(verb) if verb.i != w.i else None)
                    fr.wrapper_negated = self._negated(verb) or self._negated(w)
                    cur = verb
                    self._modals(cur, fr, False)
                    if cur.dep_ in ("ccomp", "xcomp", "conj") and cur.head.i != cur.i:
                        continue
                    break
                wr = self._wrapper_of(w) if fr.wrapper is None and fr.speaker is None else None
                if wr is not None and dep == "ccomp" and not self._ccomp_ok(w, cur, wr):
                    wr = None
                if wr is not None and wr.kind in ("appeal", "demand") and _is_passive(w) and not _prep_objects(w, "by"):
                    wr = None
                if wr is not None:
                    fr.wrapper = wr
                    fr.wrapper_token = w
                    fr.wrapper_subject = self._subject(self._source_token(w))
                    fr.wrapper_negated = self._negated(w)
                    if wr.kind in ("appeal", "demand"):
                        if dep == "ccomp":
                            fr.wrapper_addressee = self.actors.arg(_child(cur, "nsubj", "nsubjpass"))
                        else:
                            fr.wrapper_addressee = self.actors.arg(self._addressee(w))
                    cur = w
                    continue
                if _key(w, self.lex.speech_verbs) and fr.speaker is None:
                    fr.speaker_token = w
                    fr.speaker = self._speaker(w)
                    cur = w
                    continue
                if _lemma(w) in ("go",) and dep == "xcomp":  # "is going to"
                    fr.future = True
                    cur = w
                    continue
                cur = w
                continue
            break
        return fr

    def _quote_speaker_ok(self, q: Quote) -> bool:
        if q.speaker is None:
            return False
        span = self.ctx.doc.char_span(q.speaker.start, q.speaker.end, alignment_mode="expand")
        return span is not None and self._person_like(_Arg(tokens=[span.root]))

    def _person_like(self, arg: _Arg) -> bool:
        """A speaker with no resolved actor that still reads as a speaker: an actor noun or a name."""
        for t in arg.tokens:
            if t.pos_ == "PROPN" or _key(t, self.lex.actor_nouns):
                return True
        return False

    def _noun_owner(self, n: Token) -> _Arg:
        """Whose demand/call a noun is: its possessor, a "by"/"from" phrase, or the subject of its verb."""
        poss = _child(n, "poss")
        if poss is not None:
            got = self.actors.arg(poss)
            if got:
                return got
        for prep in ("by", "from", "of"):
            for o in _prep_objects(n, prep):
                got = self.actors.arg(o)
                if got:
                    return got
        if _is_verb(n.head) and n.dep_ in ("dobj", "nsubjpass"):
            return self._subject(self._source_token(n.head))
        return _Arg()

    def _speaker(self, w: Token) -> _Arg:
        """Who speaks: the subject of the speech verb (kept as a span even when it names no actor)."""
        if _is_passive(w):  # "was quoted as saying": the quoted one speaks
            s = _child(w, "nsubjpass")
        else:
            s = self._source_token(w)
            if s is None and w.dep_ in ("pcomp",):  # "quoted as saying"
                s = _child(w.head.head, "nsubjpass", "nsubj")
        got = self.actors.arg(s)
        if not got and s is not None and s.pos_ in ("NOUN", "PROPN") and _lemma(s) not in PRONOUNS:
            start, end = self.actors._np_extent(s)
            got = _Arg(tokens=[s], spans=[(start, end)], named=False)
        return got

    def _wrapper_of(self, w: Token) -> Wrapper | None:
        k = _key(w, self.lex.wrapper_verbs)
        opts = self.lex.wrapper_verbs.get(k) if k else None
        if not opts:
            return None
        for rest, wr in opts:
            if self._rest_ok(w, rest):
                return wr
        return None

    def _negated(self, v: Token) -> bool:
        return any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.text.lower() in self.lex.negators) for c in v.children
        )

    def _modals(self, v: Token, fr: _Frame, own: bool) -> None:
        for c in v.children:
            low = c.text.lower()
            if c.dep_ == "neg" or (c.dep_ == "advmod" and low in self.lex.negators):
                if own:
                    fr.negated = True
            if c.dep_ not in ("aux", "auxpass"):
                continue
            if low in self.lex.future_aux or _lemma(c) in self.lex.future_aux:
                if own:
                    fr.future = True
            elif low in ("would", "'d"):
                if own:
                    fr.would = True
            elif low in self.lex.hypothetical_aux:
                if own:
                    fr.hypothetical = True
            elif low in ("must",) and own:
                fr.deontic = "demand"
            elif low in ("should", "ought") and own:
                subj = _child(v, "nsubj", "nsubjpass")
                first = min(t.i for t in v.subtree)
                if low == "should" and ((subj is not None and c.i < subj.i) or (c.i == first and v.dep_ == "advcl")):
                    fr.hypothetical = True  # "should the court strike them down": a condition
                else:
                    fr.deontic = "appeal"
        if own and fr.deontic is None:
            # "has to", "needs to" (have/need with an xcomp to this verb)
            h = v.head
            if v.dep_ == "xcomp" and _lemma(h) in ("have", "need") and _lemma(h) in self.lex.deontic:
                fr.deontic = "demand" if _lemma(h) == "have" else "appeal"

    # ----- per sentence

    def sentence(self, sent: SpacySpan) -> list[_Found]:
        found: list[_Found] = []
        consumed: set[int] = set()
        has_verb = any(_is_verb(t) and t.dep_ not in ("amod", "compound") for t in sent)
        for t in sent:
            if _is_verb(t):
                f = self._verb_event(t, consumed)
                if f is not None:
                    found.append(f)
        for t in sent:
            if t.pos_ in ("NOUN", "PROPN") and t.i not in consumed and has_verb:
                f = self._noun_event(t)
                if f is not None:
                    found.append(f)
        out: list[_Found] = []
        for f in found:
            out.extend(self._apply_frame(f))
        for t in sent:
            if _is_verb(t) and _key(t, self.lex.speech_verbs):
                out.extend(self._speech_acts(t, out))
        out.extend(self._request_without_inner(sent, out))
        out.extend(self._quote_acts(sent, out))
        out = self._merge_protest_demands(out)
        out = self._merge_consequences(out)
        out = [f for f in out if not self._self_directed(f)]
        out = [f for f in out if self._fix_reflexive(f)]
        wrapped = {f.pred[0].i for f in out if f.plover is not None and any(c.parent is f for c in out)}
        out = [f for f in out if not (f.plover is None and f.parent is None and f.pred[0].i in wrapped)]
        return _dedupe(out)

    def _merge_consequences(self, found: list[_Found]) -> list[_Found]:
        """"Rebels shelled Juba, killing 20" or "police opened fire to disperse the crowd" is one
        event: a same-type event in a participle, purpose or coordinated clause of another by the
        same source is folded into it (its target fills a missing one)."""
        tops = [f for f in found if f.parent is None]
        drop: set[int] = set()
        for child in tops:
            tok = child.pred[0]
            if tok.dep_ not in ("advcl", "conj", "xcomp") or not _is_verb(tok):
                continue
            for main in tops:
                if main is child or id(main) in drop or _plover_of(main) != _plover_of(child):
                    continue
                if tok.head.i != main.pred[0].i and tok.head.i != main.clause.i:
                    continue
                same = not child.source or not child.source.named or (
                    bool(child.source.ids) and child.source.ids == main.source.ids
                ) or child.source.spans == main.source.spans
                if not same:
                    continue
                if not main.target and child.target:
                    main.target = child.target
                if not main.target and _quad(main) in (2, 4):
                    main.target = self.actors.location([child.pred[0]])  # "... when they blew themselves up in Tel Aviv"
                drop.add(id(child))
                drop.update(id(c) for c in found if c.parent is child)
                break
        return [f for f in found if id(f) not in drop]

    @staticmethod
    def _self_directed(f: _Found) -> bool:
        """A verbal event from an actor to itself ("X told X") is a misreading; a government
        acting in its own country is not."""
        if not f.source.ids or f.source.ids != f.target.ids:
            return False
        info = cameo_code(f.cameo)
        return info is not None and info.quad_class in (1, 3)

    def _fix_reflexive(self, f: _Found) -> bool:
        """A reflexive target ("surrounded himself", "blew themselves up") is no target of its own;
        only violence keeps its event (without the target). Other conjuncts stay targets
        ("killed 23 people as well as themselves")."""
        if not any(t.text.lower().endswith(("self", "selves")) for t in f.target.tokens):
            return True
        rest = _Arg()
        for t in f.target.tokens:
            if not t.text.lower().endswith(("self", "selves")):
                rest.extend(self.actors._core(t, 0, allow_vague=False))
        f.target = rest
        return bool(rest) or _plover_of(f) == "ASSAULT"

    def _merge_protest_demands(self, found: list[_Found]) -> list[_Found]:
        """A protest "to demand" / "saying he must resign" is one PROTEST event, not a REQUEST too;
        its demand gives the protest's target when it has none."""
        protests = [f for f in found if _plover_of(f) == "PROTEST" and f.parent is None]
        if not protests:
            return found
        drop: set[int] = set()
        for r in found:
            if r.plover != "REQUEST" or r.parent is not None:
                continue
            anchor = r.pred[0]
            for p in protests:
                roots = {p.clause.i, *(t.i for t in p.pred), *(t.i for t in p.extra)}
                cur, hops = anchor, 0
                while cur.head.i != cur.i and hops < 3 and cur.i not in roots:
                    if cur.dep_ not in ("advcl", "xcomp", "acl", "ccomp", "conj", "prep", "pobj", "pcomp"):
                        break
                    cur, hops = cur.head, hops + 1
                if cur.i in roots:
                    if not p.target and r.target:
                        p.target = r.target
                    drop.add(id(r))
                    drop.update(id(c) for c in found if c.parent is r)
                    break
        return [f for f in found if id(f) not in drop]

    def _verb_event(self, v: Token, consumed: set[int]) -> _Found | None:
        if v.dep_ in ("amod", "compound", "nmod") or (v.tag_ == "VBN" and v.dep_ in ("acomp",)):
            return None  # a participle used as an adjective: "invited guests", "the besieged town"
        hit = self._verb_pattern(v)
        if hit is None:
            return None
        pat, obj_hit = hit
        if obj_hit is not None:
            consumed.add(obj_hit.i)
        src_tok = self._source_token(v)
        source = self._subject(src_tok)
        if not source and src_tok is not None:
            source = self.actors.arg(src_tok, deep=True, allow_vague=False)
            if source.via_modifier and not self._instrument(src_tok):
                source = _Arg()
            if not source and not self._instrument(src_tok):
                return None  # "the circumstances demonstrated ...": the subject is no actor
        target, _ = self._target(v, pat, obj_hit)
        extra = [c for c in v.children if c.dep_ == "prt"]
        if obj_hit is not None:
            extra.append(obj_hit)
        found = _Found(
            cameo=pat.cameo, pred=[v], clause=v, source=source, target=target, pattern=pat, extra=extra
        )
        if _key(v, self.lex.verbal_attack_verbs) and self._verbal_attack(source, v):
            found.cameo, found.pattern = "111", None  # "the senator attacked the bill": criticism
        return found

    def _noun_event(self, n: Token) -> _Found | None:
        pat = self._noun_pattern(n)
        if pat is None:
            return None
        if n.dep_ == "conj" or any(c.dep_ == "conj" for c in n.children):
            items = _conjuncts(n if n.dep_ != "conj" else n.head)
            if len(items) >= 3 and all(self._noun_pattern(x) is not None for x in items):
                return None  # a list of event words, not an event
        source, target, light = self._noun_args(n, pat)
        if not source:
            return None
        clause = light if light is not None else _clause_verb(n)
        extra = [light] if light is not None else []
        return _Found(
            cameo=pat.cameo, pred=[n], clause=clause or n, source=source, target=target,
            pattern=pat, noun=True, extra=extra,
        )

    # ----- wrappers and modality

    def _apply_frame(self, f: _Found) -> list[_Found]:
        fr = self._frame(f.clause)
        info = cameo_code(f.cameo)
        quad = info.quad_class if info else 0
        pat = f.pattern
        if pat is not None and pat.solo_cameo and not f.target and self._parties(f.source) < 2:
            f.cameo = pat.solo_cameo  # "Russia held military exercises": a show of force
        if not f.target and _plover_of(f) == "PROTEST":
            f.target = self._purpose_target(f)  # "... to demand the resignation of President X"
        if pat is not None and pat.needs_target and not f.target and fr.wrapper is None:
            if not (pat.symmetric and self._parties(f.source) >= 2):
                return []  # ("vowed to fight" keeps its action: the vow is the event)
        if not f.target and quad in (2, 4) and not (pat is not None and pat.symmetric):
            loc = self.actors.location([f.clause, *f.pred])
            if loc:
                f.target = loc
        elif f.target and not f.target.ids and quad == 4:
            loc = self.actors.location([f.clause, *f.pred])
            if loc:
                f.target.ids.extend(i for i in loc.ids if i not in f.target.ids)
        if fr.wrapper is None and not f.source and not f.noun and not _is_passive(f.pred[0]):
            if not self._instrument_subject(f.pred[0]):
                return []  # an active verb with no actor doing it (broken parse or a bare infinitive)
        if not f.source and not f.noun and _plover_of(f) == "ASSAULT":
            f.source = self._scene(f)  # "a roadside bomb near Samarra killed ...": no perpetrator named
            f.source_from_place = bool(f.source)
        if not f.target and fr.wrapper is None and _plover_of(f) == "THREATEN":
            f.target = self._threat_target([f.pred[0]])  # "threatened to resume attacks in Israel"
        if pat is not None and pat.domestic and not f.target and f.source:
            f.target = self._own_country(f)  # "the government imposed a curfew": on its own people
        if not f.noun and fr.wrapper is None and _key(f.pred[0], self.lex.intent_predicates):
            fr.future = True  # "offered its troops to X": a promise
        f.speaker, f.speaker_token = fr.speaker, fr.speaker_token
        f.confidence = _confidence(f, fr)
        if fr.negated:
            f.modality = "negated"
        elif fr.hypothetical:
            f.modality = "hypothetical"
        elif fr.deontic is not None:
            f.modality = "requested"
        elif fr.future or (fr.would and fr.speaker is not None):
            f.modality = "future"
        elif fr.would:
            f.modality = "hypothetical"
        if not f.source and not f.target and fr.wrapper is None:
            return []
        if f.noun and not f.extra:
            return [f]  # an event noun in an adjunct ("at U.N. climate talks") keeps its own type
        wr = fr.wrapper
        if wr is None:
            futureish = fr.future or (fr.would and fr.speaker is not None)
            if futureish and not fr.hypothetical and quad in (1, 2, 4) and (fr.speaker is not None or f.source):
                return self._intent(f, fr, quad)
            if fr.deontic is not None and fr.speaker is not None and fr.speaker:
                return self._deontic_request(f, fr)
            return [f]
        if wr.kind == "negate":
            f.modality = "negated"
            return [f]
        if wr.kind == "demand" and quad == 4 and fr.wrapper_token is not None and _key(
            fr.wrapper_token, frozenset({"order", "command", "instruct"})
        ):
            return self._ordered(f, fr)
        if wr.kind in ("appeal", "demand"):
            return self._request(f, fr, wr)
        if wr.kind == "intent":
            if quad == 3:
                f.modality = "future"
                return [f]
            return self._intent(f, fr, quad)
        if wr.kind == "threaten":
            return self._wrap(f, fr, wr, "THREATEN", "future")
        if wr.kind == "reject":
            return self._wrap(f, fr, wr, "REJECT", "negated")
        return [f]

    def _threat_target(self, toks: list[Token]) -> _Arg:
        """Whom a threat is aimed at when no object names it: the party whose action the threat
        depends on ("... if the United States goes ahead"), the one the threatened action is done
        to ("threatened to deliver blows to the United States"), or the place it would hit
        ("threatened to resume attacks in Israel")."""
        conditions = self.lex.conditional_marks
        clauses = [*toks, *(x for tok in toks for x in _children(tok, "xcomp"))]
        for t in clauses:
            for c in t.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in c.children):
                    got = self.actors.arg(_child(c, "nsubj", "nsubjpass"), allow_vague=False)
                    if got.named:
                        return got
        for t in toks:
            comps = _children(t, "xcomp") + [
                c for c in _children(t, "advcl") if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ]
            for x in comps:
                for o in [*_children(x, "dobj", "dative"), *(o for p in ("against", "on", "to") for o in _prep_objects(x, p))]:
                    got = self.actors.arg(o, allow_vague=False)
                    if got.named and got.ids:
                        return got
                loc = self.actors.location([x, *_children(x, "dobj")])
                if loc:
                    return loc
        return _Arg()

    def _own_country(self, f: _Found) -> _Arg:
        """The source's own country as a target: the place-reading actor of that country when the
        article has one, else the source itself (its code gives the country)."""
        for aid in f.source.ids:
            actor = self.ctx.actor(aid)
            if actor is None or not actor.country:
                continue
            place = f"country:{actor.country}"
            obj = self._object(f.pred[0]) or f.pred[0]
            s, e = self.actors._np_extent(obj)
            return _Arg(tokens=[obj], ids=[place if place in self.ctx.actors else aid], spans=[(s, e)], named=True)
        return _Arg()

    def _scene(self, f: _Found) -> _Arg:
        """The country an attack with no named perpetrator took place in, coded as its source (the
        PLOVER practice): the one country named by a place in a locative phrase of the clause
        ("near the town of Samarra", "outside of the Iraqi city of Basra", "in eastern Beirut")."""
        found: dict[str, _Arg] = {}
        stack = [f.clause]
        while stack:
            t = stack.pop()
            stack.extend(c for c in t.children if c.dep_ not in ("relcl", "ccomp", "parataxis", "conj", "advcl"))
            m = self.ctx.mention(t)
            actor = self.ctx.actor(m.actor_id) if m is not None else None
            if actor is None or not actor.country or m is None:
                continue
            if m.label not in ("GPE", "LOC", "FAC") and not actor.id.startswith(("country:", "state:")):
                continue
            if actor.country not in found and self._in_scene_phrase(t) and not self._in_water_name(t):
                found[actor.country] = self.actors._from_mention(m, t)
        return next(iter(found.values())) if len(found) == 1 else _Arg()

    @staticmethod
    def _in_water_name(tok: Token) -> bool:
        """"the Gulf of Finland", "the South China Sea": a sea, not the country it is named after."""
        water = load_water_features(Resources())  # interim: the events stage should load these once
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.lower_ in water:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in water

    def _in_scene_phrase(self, tok: Token) -> bool:
        return in_prepositional_phrase(tok, self.lex.scene_prepositions, lemma=True)

    def _purpose_target(self, f: _Found) -> _Arg:
        """Whom a protest is aimed at, from its purpose: "to protest against Sweden's decision",
        "in protest of the government's refusal", "calling for independence from Iraq"."""
        source_toks = {t.i for tok in f.source.tokens for t in tok.subtree}
        anchors = [f.clause, *f.pred, *f.extra]
        for a in anchors:
            for c in a.children:
                if c.dep_ not in ("advcl", "xcomp", "prep", "acl", "conj", "npadvmod", "dobj") or c.i in source_toks:
                    continue
                if c.dep_ == "conj" and not _is_verb(c):
                    continue
                for t in c.subtree:
                    if t.i in source_toks or t.dep_ not in ("pobj", "dobj", "poss", "compound", "amod", "appos"):
                        continue
                    got = self.actors.arg(t, allow_vague=False)
                    if got and got.named:
                        return got
        return _Arg()

    def _parties(self, arg: _Arg) -> int:
        """How many actors an argument names (conjuncts, or members of a compound actor)."""
        n = max(len(arg.tokens), len(arg.spans), len(arg.ids))
        for i in arg.ids:
            actor = self.ctx.actor(i)
            if actor is not None and len(actor.members) > n:
                n = len(actor.members)
        return n

    def _wrap(self, f: _Found, fr: _Frame, wr: Wrapper, plover: str, inner_modality: str) -> list[_Found]:
        source = fr.wrapper_subject or f.source
        if not source:
            return []
        code = wr.code_for(f.cameo) or f.cameo
        target = f.target
        if plover == "THREATEN" and not target and fr.wrapper_token is not None:
            target = self.actors.arg(_child(fr.wrapper_token, "dobj"), allow_vague=False)
        if plover == "THREATEN" and not target:
            target = self._threat_target([t for t in (fr.wrapper_token, f.pred[0], f.clause) if t is not None])
        top = _Found(
            cameo=code, pred=[fr.wrapper_token or f.pred[0]], clause=fr.wrapper_token or f.clause,
            source=source, target=target, plover=plover, speaker=fr.speaker,
            speaker_token=fr.speaker_token, extra=list(f.pred),
        )
        top.confidence = min(0.95, f.confidence + 0.1)
        if fr.wrapper_negated:
            top.modality = "negated"
        f.parent = top
        f.modality = inner_modality
        f.confidence = round(f.confidence * 0.6, 3)
        return [top, f]

    def _intent(self, f: _Found, fr: _Frame, quad: int) -> list[_Found]:
        intent = self.lex.wrappers.get("intent")
        reject = self.lex.wrappers.get("reject")
        threaten = self.lex.wrappers.get("threaten")
        negated = f.modality == "negated" or fr.wrapper_negated
        if negated and quad in (1, 2) and reject is not None:
            return self._wrap(f, fr, reject, "REJECT", "negated")
        if negated:
            return [f]
        if quad in (1, 2) and intent is not None:
            out = self._wrap(f, fr, intent, "AGREE", "future")
        elif threaten is not None:
            out = self._wrap(f, fr, threaten, "THREATEN", "future")
        else:
            return [f]
        if fr.wrapper is None and out:  # a bare future ("will withdraw"): the event verb is the predicate
            out[0].pred = [f.pred[0]]
            out[0].extra = list(f.extra)
        return out

    def _ordered(self, f: _Found, fr: _Frame) -> list[_Found]:
        """"The government ordered the newspaper to suspend publication": the government coerces."""
        if not fr.wrapper_subject:
            return []
        addressee = fr.wrapper_addressee or _Arg()
        f.source = fr.wrapper_subject
        if not f.target:
            f.target = addressee
        f.pred = [fr.wrapper_token or f.pred[0]]
        f.extra = [*f.extra]
        f.modality = "negated" if fr.wrapper_negated else "asserted"
        f.confidence = min(0.95, f.confidence + 0.1)
        return [f]

    def _request(self, f: _Found, fr: _Frame, wr: Wrapper) -> list[_Found]:
        requester = fr.wrapper_subject
        if not requester:
            return []
        addressee = fr.wrapper_addressee or _Arg()
        if not f.source and addressee:
            f.source = addressee
        top = _Found(
            cameo=wr.code_for(f.cameo) or "020", pred=[fr.wrapper_token or f.pred[0]],
            clause=fr.wrapper_token or f.clause, source=requester,
            target=addressee if addressee else f.target, plover="REQUEST", speaker=fr.speaker,
            speaker_token=fr.speaker_token, extra=list(f.pred),
        )
        top.confidence = min(0.95, f.confidence + 0.1)
        if fr.wrapper_negated:
            top.modality = "negated"
        f.parent = top
        f.modality = "requested"
        f.confidence = round(f.confidence * 0.6, 3)
        return [top, f]

    def _deontic_request(self, f: _Found, fr: _Frame) -> list[_Found]:
        wr = self.lex.wrappers.get("demand" if fr.deontic == "demand" else "appeal")
        subj = _child(f.clause, "nsubj", "nsubjpass")
        if wr is None or fr.speaker is None or _first_person(subj):
            return [f]
        addressee = f.source
        top = _Found(
            cameo=wr.code_for(f.cameo) or "100", pred=[fr.speaker_token or f.pred[0]],
            clause=fr.speaker_token or f.clause, source=fr.speaker, target=addressee,
            plover="REQUEST", extra=list(f.pred),
        )
        top.confidence = min(0.95, f.confidence + 0.1)
        f.parent = top
        f.modality = "requested"
        f.confidence = round(f.confidence * 0.6, 3)
        return [top, f]

    def _request_without_inner(self, sent: SpacySpan, have: list[_Found]) -> list[_Found]:
        """Requests whose requested action has no pattern: "urged X to show restraint"."""
        out: list[_Found] = []
        taken = {f.pred[0].i for f in have} | {t.i for f in have for t in f.extra}
        for t in sent:
            if not _is_verb(t) or t.i in taken:
                continue
            wr = self._wrapper_of(t)
            comp = _child(t, "xcomp", "ccomp") or self._to_clause(t)
            if wr is None or comp is None:
                continue
            if comp.dep_ == "ccomp" and not self._ccomp_ok(t, comp, wr):
                continue  # "X told reporters that ...": speech, not a request
            if wr.kind == "intent" and _lemma(t) not in self.lex.bare_default:
                continue
            if (_is_passive(t) or self._bare_participle(t)) and not _prep_objects(t, "by"):
                continue  # "asked to describe ...": who asked is not said
            if wr.kind == "reject" and _key(comp, self.lex.reject_ignore):
                continue  # "declined to comment"
            if wr.kind not in ("appeal", "demand", "intent", "threaten", "reject"):
                continue
            if comp.i in taken:
                continue
            subj = self._subject(self._source_token(t))
            if not subj:
                continue
            if wr.kind in ("appeal", "demand"):
                target = self.actors.arg(
                    _child(comp, "nsubj", "nsubjpass") if comp.dep_ == "ccomp" else self._addressee(t)
                )
                plover = "REQUEST"
            else:
                target = self.actors.arg(_child(comp, "dobj"), allow_vague=False)
                if not target:
                    for p in _children(comp, "prep"):
                        for o in _children(p, "pobj"):
                            target = self.actors.arg(o, deep=True, allow_vague=False)
                            if target:
                                break
                        if target:
                            break
                plover = {"intent": "AGREE", "threaten": "THREATEN", "reject": "REJECT"}[wr.kind]
            fr = self._frame(t)
            f = _Found(
                cameo=wr.default or "020", pred=[t], clause=t, source=subj, target=target,
                plover=plover, speaker=fr.speaker, speaker_token=fr.speaker_token, extra=[comp],
            )
            f.confidence = _confidence(f, fr) - 0.05
            f.modality = _modality(fr)
            out.append(f)
        # "called for sanctions against X", "demanded the withdrawal of Y"
        for t in sent:
            if not _is_verb(t) or t.i in taken:
                continue
            lemma = _lemma(t)
            wr = None
            obj: Token | None = None
            if lemma in self.lex.for_verbs and not _is_passive(t):
                objs = _prep_objects(t, "for")
                if objs:
                    wr, obj = self.lex.wrappers.get("appeal"), objs[0]
            elif lemma == "demand":
                obj = _child(t, "dobj")
                wr = self.lex.wrappers.get("demand") if obj is not None else None
            if wr is None or obj is None:
                continue
            subj = self._subject(self._source_token(t))
            if not subj:
                continue
            inner = next((f for f in have if f.pred[0].i == obj.i and f.parent is None), None)
            target = _Arg()
            if inner is not None and inner.source and inner.source.tokens and inner.source.tokens[0] in obj.subtree:
                target = inner.source  # "demanded the withdrawal of Serbian forces": they should act
            for prep in ("of", "from", "by", "with", "against", "on", "to") if not target else ():
                for o in _prep_objects(obj, prep):
                    target = self.actors.arg(o, allow_vague=False) or self.actors.arg(o, deep=True, allow_vague=False)
                    if target:
                        break
                if target:
                    break
            if not target:
                target = self.actors.arg(obj, deep=True, allow_vague=False)
            if not target and _lemma(t) == "demand":
                for o in _prep_objects(t, "from"):
                    target = self.actors.arg(o, allow_vague=False)
            fr = self._frame(t)
            top = _Found(
                cameo=wr.code_for(inner.cameo if inner else None) or "020", pred=[t], clause=t,
                source=subj, target=target, plover="REQUEST", speaker=fr.speaker,
                speaker_token=fr.speaker_token, extra=[obj],
            )
            top.confidence = _confidence(top, fr)
            top.modality = _modality(fr)
            if inner is not None:
                inner.parent = top
                inner.modality = "requested"
                inner.confidence = round(inner.confidence * 0.6, 3)
            out.append(top)
        return out

    # ----- speech acts: deontic requests and accusations in reported speech

    def _speech_acts(self, w: Token, have: list[_Found]) -> list[_Found]:
        if self._wrapper_of(w) is not None and _child(w, "xcomp") is not None:
            return []
        speaker = self._speaker(w)
        if not speaker or not (speaker.named or speaker.ids or self._person_like(speaker)):
            return []
        fr = self._frame(w)
        if fr.negated:
            return []
        out: list[_Found] = []
        for clause in self._content_clauses(w):
            out.extend(self._clause_acts(clause, speaker, w, fr, have, None))
        return out

    def _content_clauses(self, w: Token) -> list[Token]:
        out: list[Token] = []
        stack = [c for c in w.children if c.dep_ in ("ccomp",)]
        if not stack and w.dep_ in ("parataxis",) and _is_verb(w.head):
            stack = [w.head]
        while stack:
            c = stack.pop(0)
            if c in out:
                continue
            out.append(c)
            stack.extend(x for x in c.children if x.dep_ in ("ccomp", "conj") and _is_verb(x))
        return out

    def _clause_acts(
        self, clause: Token, speaker: _Arg, w: Token | None, fr: _Frame, have: list[_Found], quote: Quote | None
    ) -> list[_Found]:
        out: list[_Found] = []
        subj_tok = _child(clause, "nsubj", "nsubjpass")
        subj = self.actors.arg(subj_tok, allow_vague=False) if subj_tok is not None else _Arg()
        if subj and set(subj.ids) & set(speaker.ids):
            subj = _Arg()
        if self._negated(clause):
            return out
        toks = _clause_tokens(clause)
        term = self._accusation(toks)
        if term is not None:
            code, term_toks = term
            target = _Arg()  # whose crimes: "Israel's atrocities", "the crimes of Israel", else the subject
            for t in term_toks:
                for p in _children(t, "poss"):
                    target = target or self.actors.arg(p, allow_vague=False)
                for o in _prep_objects(t, "of") + _prep_objects(t, "by"):
                    target = target or self.actors.arg(o, allow_vague=False)
            reported = any(
                _plover_of(h) == "ACCUSE" and h.pred[0].i < term_toks[0].i and h.pred[0] in term_toks[0].ancestors
                for h in have
            )  # "have condemned the crimes of X": the speaker reports a condemnation
            if reported:
                target = _Arg()
            elif not target:
                target = subj
            if target and not (set(target.ids) & set(speaker.ids) and target.ids):
                f = _Found(
                    cameo=code, pred=term_toks, clause=w or clause, source=speaker, target=target,
                    plover="ACCUSE", mode="allege", speaker=fr.speaker, speaker_token=fr.speaker_token,
                    quote=quote, claimed_outlet=w is None, claim_at=w,
                )
                f.confidence = 0.7 if target.ids else 0.55
                out.append(f)
        # deontic content with no patterned event: "the US must ensure security"
        dfr = _Frame()
        self._modals(clause, dfr, True)
        first_person = _first_person(subj_tok)
        if dfr.deontic and subj and not first_person and not any(f.pred[0].i == clause.i for f in have):
            wr = self.lex.wrappers.get(dfr.deontic)
            f = _Found(
                cameo=(wr.default if wr and wr.default else "100"), pred=[w] if w is not None else [clause],
                clause=w or clause, source=speaker, target=subj, plover="REQUEST", speaker=fr.speaker,
                speaker_token=fr.speaker_token, quote=quote, claimed_outlet=w is None, extra=[clause],
                claim_at=w,
            )
            f.confidence = 0.65 if subj.ids else 0.55
            out.append(f)
        return out

    def _accusation(self, toks: list[Token]) -> tuple[str, list[Token]] | None:
        lemmas = [_lemma(t) for t in toks]
        for i, lem in enumerate(lemmas):
            for words, code in self.lex.accusations.get(lem, ()):
                n = len(words)
                if tuple(lemmas[i:i + n]) == words:
                    seq = toks[i:i + n]
                    last = seq[-1]
                    if last.dep_ in ("compound", "amod", "nmod") and not self._accusation_head(last.head):
                        continue  # "fraud investigations", "a war crimes court": not an accusation
                    if _is_verb(last):
                        continue  # "X tortured Y" is a reported event (claimed by the speaker), not a label
                    if self._blocked(seq):
                        continue  # "fighting racism", "the victims of the massacre"
                    if all(b.i == a.i + 1 for a, b in pairwise(seq)):
                        return code, seq
        return None

    def _blocked(self, seq: list[Token]) -> bool:
        """An accusing term that is opposed, investigated or suffered rather than charged."""
        head = seq[-1].head
        for t in (head, head.head):
            if _key(t, self.lex.accusation_blockers):
                return True
        return any(
            _key(c, self.lex.accusation_blockers) or c.dep_ == "neg" for t in seq for c in t.children
        ) or any(t.text.lower().startswith("anti") for t in seq)

    def _accusation_head(self, tok: Token) -> bool:
        return any(words[-1] in _forms(tok) for v in self.lex.accusations.values() for words, _ in v)

    def _quote_acts(self, sent: SpacySpan, have: list[_Found]) -> list[_Found]:
        """Requests and accusations inside quotes whose speaker is known (no speech verb needed)."""
        out: list[_Found] = []
        for q in self.ctx.quotes:
            if q.content.end <= sent.start_char or q.content.start >= sent.end_char:
                continue
            if not q.speaker_actor_id and not self._quote_speaker_ok(q):
                continue
            speaker = _Arg(spans=[(q.speaker.start, q.speaker.end)] if q.speaker else [(q.start, q.start)])
            if q.speaker_actor_id:
                speaker.ids.append(q.speaker_actor_id)
                speaker.named = True
            for t in sent:
                if not (q.content.start <= t.idx < q.content.end) or not _is_verb(t):
                    continue
                if t.dep_ not in ("ROOT", "ccomp", "conj"):
                    continue
                out.extend(self._clause_acts(t, speaker, None, _Frame(), have, q))
        return out


def _up_to(prt: Token) -> bool:
    """"up" in "up to 16 people": a count, not a verb particle."""
    if prt.lower_ != "up" or prt.i + 1 >= len(prt.doc):
        return False
    to = prt.nbor(1)
    return to.lower_ == "to" and any(
        o.like_num or any(n.dep_ == "nummod" for n in o.children) for o in to.subtree if o.i != to.i
    )


def _first_person(tok: Token | None) -> bool:
    """"We must ...", "you should ...": an exhortation, not a request to a third party."""
    return tok is not None and tok.pos_ == "PRON" and tok.text.lower() in ("i", "we", "us", "you")


def _clause_verb(tok: Token) -> Token | None:
    cur = tok
    for _ in range(10):
        if _is_verb(cur) and cur.i != tok.i:
            return cur
        if cur.head.i == cur.i:
            return cur if _is_verb(cur) else None
        cur = cur.head
    return None


def _clause_tokens(clause: Token) -> list[Token]:
    out = [clause]
    stack = [c for c in clause.children if c.dep_ not in ("ccomp", "advcl", "conj", "parataxis", "relcl")]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("ccomp", "advcl", "parataxis", "relcl"))
    return sorted(out, key=lambda t: t.i)


def _modality(fr: _Frame) -> str:
    if fr.negated:
        return "negated"
    if fr.hypothetical or (fr.would and fr.speaker is None):
        return "hypothetical"
    if fr.future or fr.would:
        return "future"
    return "asserted"


def _confidence(f: _Found, fr: _Frame) -> float:
    c = 0.45
    if f.source:
        c += 0.15 + (0.05 if f.source.ids else 0.0)
    if f.target:
        c += 0.12 + (0.05 if f.target.ids else 0.0)
    if fr.main:
        c += 0.1
    else:
        c -= 0.1
    if f.noun:
        c -= 0.1 if f.extra else 0.2  # an event noun carried by a light verb, or standing alone
        if not f.extra and f.pred[0].dep_ == "pobj":
            c -= 0.1
    if f.pattern is not None and (f.pattern.objects or len(f.pattern.words) > 1):
        c += 0.05
    if fr.negated or fr.hypothetical:
        c -= 0.15
    return round(max(0.05, min(0.95, c)), 3)


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One event per happening: drop a weaker event of the same type over the same words."""
    keep: list[_Found] = []
    for f in sorted(found, key=lambda x: -x.confidence):
        plover = _plover_of(f)
        dup = False
        for k in keep:
            if _plover_of(k) != plover or (k.parent is None) != (f.parent is None):
                continue
            k_toks = {t.i for t in k.pred + k.extra}
            f_toks = {t.i for t in f.pred + f.extra}
            k_args = {i for s in k.source.spans + k.target.spans for i in range(s[0], s[1])}
            f_pred_chars = {t.idx for t in f.pred}
            same_args = k.source.spans == f.source.spans and k.target.spans == f.target.spans
            if k_toks & f_toks or f_pred_chars & k_args or same_args:
                dup = True
                break
        if not dup:
            keep.append(f)
    # children whose parent was dropped lose the link to nothing: drop them too
    kept_ids = {id(k) for k in keep}
    return [k for k in keep if k.parent is None or id(k.parent) in kept_ids]


def _quad(f: _Found) -> int:
    info = cameo_code(f.cameo)
    return info.quad_class if info else 0


def _plover_of(f: _Found) -> str:
    if f.plover:
        return f.plover
    if f.pattern is not None and f.pattern.plover:
        return f.pattern.plover
    info = cameo_code(f.cameo)
    return (info.plover if info else None) or "UNKNOWN"


# --------------------------------------------------------------------------- records


def _to_records(ctx: _Context, index: int, sent: SpacySpan, found: list[_Found]) -> Iterator[Event]:
    pd = ctx.pd
    text = pd.text
    s_info = pd.sentences[index] if index < len(pd.sentences) else None
    s_start = s_info.start if s_info else sent.start_char
    s_end = s_info.end if s_info else sent.end_char
    ids: dict[int, str] = {}
    ordered = sorted(found, key=lambda f: (f.parent is not None, f.pred[0].i))
    for f in ordered:
        plover = _plover_of(f)
        info = cameo_code(f.cameo)
        if plover == "UNKNOWN" or info is None:
            continue
        p_start = min(t.idx for t in f.pred)
        p_end = max(t.idx + len(t.text) for t in f.pred)
        ev_id = record_id("ev", pd.article_id, index, p_start, plover, f.cameo, f.parent is not None)
        ids[id(f)] = ev_id
        mode = f.mode or (f.pattern.mode if f.pattern and f.pattern.mode else None) or info.mode
        if plover == "ASSAULT" and not mode:
            mode = _assault_mode(ctx.lex, sent)
        contexts = _contexts(ctx.lex, f, info, sent)
        claimed_by, quote_id = _claim(ctx, f, p_start)
        date_str, historical = _event_date(ctx, f, sent)
        modality = f.modality
        if historical and modality == "asserted":
            modality = "historical"
        yield Event(
            id=ev_id,
            article_id=pd.article_id,
            sentence=index,
            start=s_start,
            end=s_end,
            text=text[s_start:s_end],
            plover=plover,
            predicate=Span(p_start, p_end, text[p_start:p_end]),
            mode=mode,
            contexts=contexts,
            cameo=info.code if f.cameo.startswith(info.code) and len(f.cameo) == len(info.code) else f.cameo,
            quad_class=info.quad_class,
            goldstein=info.goldstein,
            source_actor_ids=tuple(f.source.ids),
            target_actor_ids=tuple(f.target.ids),
            source=_span_of(text, f.source),
            target=_span_of(text, f.target),
            modality=modality,
            claimed_by=claimed_by,
            quote_id=quote_id,
            date=date_str,
            place=_place(ctx, f, sent),
            confidence=round(f.confidence, 3),
            parent_id=ids.get(id(f.parent)) if f.parent is not None else None,
            source_basis="place" if f.source_from_place else "text",
        )


def _span_of(text: str, arg: _Arg) -> Span | None:
    if not arg.spans:
        return None
    s = min(a for a, _ in arg.spans)
    e = max(b for _, b in arg.spans)
    return Span(s, e, text[s:e])


def _claim(ctx: _Context, f: _Found, p_start: int) -> tuple[str, str | None]:
    """Who claims the event: the quote's speaker, the reporting speaker, or the outlet.

    Speech acts (a REQUEST or ACCUSE read from what someone said) are claimed from where the
    speech verb stands, so "X said Y must ..." is the outlet's report of X's request.
    """
    at = f.claim_at.idx if f.claim_at is not None else p_start
    inside = next((q for q in ctx.quotes if q.content.start <= at < q.content.end), None)
    if f.claimed_outlet:
        return "outlet", f.quote.id if f.quote is not None else None
    if inside is not None:
        return (inside.speaker_actor_id or "unresolved"), inside.id
    if f.speaker is not None and f.speaker_token is not None:
        if f.speaker.ids:
            return f.speaker.ids[0], _quote_at(ctx, p_start) if f.claim_at is not None else None
        return "unresolved", None
    if f.claim_at is not None:
        return "outlet", _quote_at(ctx, p_start)
    return "outlet", None


def _quote_at(ctx: _Context, char: int) -> str | None:
    q = next((q for q in ctx.quotes if q.content.start <= char < q.content.end), None)
    return q.id if q is not None else None


def _assault_mode(lex: Lexicon, sent: SpacySpan) -> str | None:
    lemmas = {_lemma(t) for t in sent} | {t.text.lower() for t in sent}
    for mode, words in lex.assault_modes:
        if words & lemmas:
            return mode
    return None


def _contexts(lex: Lexicon, f: _Found, info: Any, sent: SpacySpan) -> tuple[str, ...]:
    out: list[str] = []
    for c in list(f.pattern.contexts if f.pattern else ()) + list(info.contexts):
        if c and c not in out:
            out.append(c)
    lemmas = {_lemma(t) for t in sent}
    for name, words in lex.contexts:
        if words & lemmas and name not in out:
            out.append(name)
    return tuple(out)


def _place(ctx: _Context, f: _Found, sent: SpacySpan) -> str | None:
    """The place the event happened: a GPE/LOC/FAC named in a locative phrase of its clause."""
    anchors = [*f.pred, f.clause]
    best: SpacySpan | None = None
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        cur = ent.root
        while cur.dep_ in ("compound", "conj", "appos") and cur.head.i != cur.i:
            cur = cur.head
        ok = False
        if cur.dep_ == "pobj" and _lemma(cur.head) in ("in", "at", "near", "inside", "outside", "across", "into", "on", "around"):
            h = cur.head.head
            ok = h in anchors or (h.head in anchors and h.dep_ in ("dobj", "nsubjpass"))
        if ok:
            best = ent
            break
    if best is None:
        return None
    m = ctx.mention(best.root)
    actor = ctx.actor(m.actor_id) if m is not None else None
    if actor is not None and actor.country:
        return f"{best.text} ({actor.country})"
    return best.text


# --------------------------------------------------------------------------- dates


def _event_date(ctx: _Context, f: _Found, sent: SpacySpan) -> tuple[str | None, bool]:
    """The event's date (ISO when it can be resolved) and whether it lies in past history."""
    anchors = {t.i for t in [*f.pred, f.clause, *f.extra]}
    chosen: SpacySpan | None = None
    for ent in sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        cur = ent.root
        for _ in range(5):
            if cur.i in anchors:
                chosen = ent
                break
            if cur.head.i == cur.i or (_is_verb(cur) and cur.i != ent.root.i):
                break
            cur = cur.head
        if chosen is not None:
            break
    historical = False
    lemmas = {_lemma(t) for t in f.clause.subtree} if f.clause is not None else set()
    if lemmas & ctx.lex.historical_cues and ("ago" not in lemmas or {"year", "decade", "century"} & lemmas):
        historical = True
    if chosen is None:
        return None, historical
    prefix = ""
    before = chosen.root.head if chosen.root.dep_ == "pobj" else None
    if before is not None and _lemma(before) in ("since",):
        prefix = "since"
    resolved = resolve_date(chosen.text, ctx.published, future=f.modality == "future")
    if resolved is not None:
        year = _YEAR.match(resolved[:4]) if len(resolved) >= 4 else None
        if year and ctx.published is not None and int(resolved[:4]) <= ctx.published.year - 2:
            historical = True
        return (f"{resolved}/.." if prefix == "since" else resolved), historical
    return (f"{prefix} {chosen.text}".strip() if prefix else chosen.text), historical


def resolve_date(expr: str, published: date | None, future: bool = False) -> str | None:
    """An ISO 8601 date (or week/month/year) for a date expression, relative to ``published``.

    Without a publication date only fully explicit dates resolve; otherwise ``None``.
    """
    low = expr.lower().strip()
    m = _ISO_DATE.search(low)
    if m:
        return m.group(0)
    year_m = _YEAR.search(low)
    year = int(year_m.group(1)) if year_m else None
    day_month = _day_month(low)
    if day_month is not None:
        day, month = day_month
        if year is None:
            if published is None:
                return None
            year = published.year
            try:
                cand = date(year, month, day)
            except ValueError:
                return None
            if not future and cand > published + timedelta(days=1):
                year -= 1
            elif future and cand < published - timedelta(days=1):
                year += 1
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    month_only = next((_MONTHS[w] for w in re.findall(r"[a-z]+", low) if w in _MONTHS and len(w) > 2), None)
    if month_only is not None and year is not None:
        return f"{year:04d}-{month_only:02d}"
    if year is not None and re.fullmatch(r"(in\s+)?(the\s+year\s+)?\d{4}", low):
        return f"{year:04d}"
    if published is None:
        return None
    for name, wd in _WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            delta = (published.weekday() - wd) % 7
            if future:
                return (published + timedelta(days=(wd - published.weekday()) % 7)).isoformat()
            if "last" in low and delta == 0:
                delta = 7
            return (published - timedelta(days=delta)).isoformat()
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return published.isoformat()
    if "yesterday" in low:
        return (published - timedelta(days=1)).isoformat()
    if "tomorrow" in low:
        return (published + timedelta(days=1)).isoformat()
    m = _AGO.search(low)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS.get(m.group(1).lower(), 1)
        unit = m.group(2).lower()
        if unit == "day":
            return (published - timedelta(days=n)).isoformat()
        if unit == "week":
            return _iso_week(published - timedelta(weeks=n))
        if unit == "month":
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return f"{published.year - n:04d}"
    for word, shift in (("last", -1), ("this", 0), ("next", 1)):
        if re.search(rf"\b{word}\s+week\b", low):
            return _iso_week(published + timedelta(weeks=shift))
        if re.search(rf"\b{word}\s+month\b", low):
            y, mo = divmod(published.year * 12 + published.month - 1 + shift, 12)
            return f"{y:04d}-{mo + 1:02d}"
        if re.search(rf"\b{word}\s+year\b", low):
            return f"{published.year + shift:04d}"
    if month_only is not None:
        y = published.year
        if not future and month_only > published.month:
            y -= 1
        return f"{y:04d}-{month_only:02d}"
    return None


def _day_month(low: str) -> tuple[int, int] | None:
    for m in _MONTH_DAY.finditer(low):
        mon = _MONTHS.get(m.group(1))
        if mon:
            return int(m.group(2)), mon
    for m in _DAY_MONTH.finditer(low):
        mon = _MONTHS.get(m.group(2))
        if mon:
            return int(m.group(1)), mon
    return None


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


__all__ = [
    "CameoCode",
    "EventPattern",
    "Lexicon",
    "cameo_code",
    "cameo_table",
    "configure",
    "extract_events",
    "load_lexicon",
    "resolve_date",
]
