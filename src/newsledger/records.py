"""Record types: what newsledger finds, as frozen dataclasses.

Every record that comes from an article carries its evidence: the article id, the sentence
index, and character offsets into ``Article.text`` (``start`` inclusive, ``end`` exclusive).
Records convert to and from plain dictionaries with ``to_dict()`` / ``from_dict()``; nothing
else crosses module boundaries.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, Self, TypeVar

SCHEMA_VERSION = "1.0"

T = TypeVar("T", bound="Record")

# Enumerated fields: the values each may take (checked by ``validate.problems``; the JSON
# Schema lists them).
MentionKind = Literal["name", "nominal", "pronoun", "title", "honorific", "label", "demonym", "compound"]
ActorType = Literal["state", "country", "person", "organisation", "group", "place", "compound", "unknown"]
ActorSource = Literal["dictionary", "user", "derived", "unresolved"]
QuoteKind = Literal["direct", "partial", "indirect"]
FigureKind = Literal["count", "money", "percent", "duration", "measure", "other"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "requested", "historical"]
# The stance of a claim-bearing record (quote, figure, event) towards what it states: asserted;
# denied (its claimant denies the proposition: "X denied attacking Y"); negated (the text says it
# did not happen or is not so: "there are not 500 dead"); uncertain (hedged: "could not confirm",
# "I don't know whether"); and, as for events' modality, hypothetical, future, requested, historical.
Stance = Literal["asserted", "denied", "negated", "uncertain", "hypothetical", "future", "requested",
                 "historical"]
# stances under which a record is a claim that something is so
ASSERTING_STANCES = frozenset({"asserted", "historical"})
SourceBasis = Literal["text", "place"]
# an event's place in the ACLED typology: "acled" (it has an ACLED event type and sub-event type)
# or a report outside ACLED's scope
AcledScope = Literal["acled", "natural_disaster", "man_made_disaster", "organised_crime",
                     "claim_of_responsibility", "diplomacy"]
# the ``plover`` of an event that has no PLOVER type (a disaster, a crime with no PLOVER act): it has
# no CAMEO code, carries an outside-ACLED ``scope``, and the PLOVER and GDELT exports leave it out
NOT_PLOVER = "NONE"
FramingKind = Literal["loaded_label", "pejorative", "euphemism", "honorific", "loaded_term", "scare_quotes",
                      "unattributed_figure", "unattributed_blame"]


def _convert_out(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, tuple | list):
        return [_convert_out(v) for v in value]
    return value


Converter = Callable[[Any], Any]


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """The names of a record class's fields, in order (``dataclasses.fields`` builds them anew on
    every call, and every stored record asks)."""
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _converter(tp: Any) -> Converter | None:
    """How a JSON-like value turns back into the annotated type ``tp``: a function of the value
    (None stays None; a dict becomes the record class ``tp`` names, a list a tuple, an int a
    float where ``tp`` says float), or None when every value is kept as it is (strings, ints,
    literals, mappings). Worked out once per type, not for every value."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return _union_converter(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        inner = _converter(args[0]) if args else None
        if inner is None:
            return lambda v: None if v is None else tuple(v)
        return lambda v: None if v is None else tuple([inner(x) for x in v])
    if isinstance(tp, type) and issubclass(tp, Record):
        build = tp.from_dict
        return lambda v: None if v is None else build(v)
    if tp is float:
        return lambda v: float(v) if isinstance(v, int) else v
    return None


def _union_converter(tp: Any) -> Converter | None:
    options = [a for a in typing.get_args(tp) if a is not type(None)]
    record = next((a for a in options if isinstance(a, type) and issubclass(a, Record)), None)
    if len(options) == 1:  # X | None
        return _converter(options[0])
    tuple_arg = next((a for a in options if typing.get_origin(a) is tuple), None)
    as_tuple = _converter(tuple_arg) if tuple_arg is not None else None
    if record is None and as_tuple is None:
        return None

    def convert(v: Any) -> Any:
        if record is not None and isinstance(v, dict):
            return record.from_dict(v)
        if as_tuple is not None and isinstance(v, list):
            return as_tuple(v)
        return v

    return convert


@functools.cache
def _field_converters(cls: type) -> tuple[tuple[str, Converter | None], ...]:
    """Each field of the dataclass ``cls`` with its converter (``_converter``): computed once
    per class, as resolving the type hints and walking them for every value was most of the
    cost of reading a stored analysis."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


class Record:
    """Mixin giving dataclasses a stable dictionary form."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {name: _convert_out(getattr(self, name)) for name in _field_names(type(self))}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        kwargs = {}
        for name, convert in _field_converters(cls):  # type: ignore[arg-type]
            if name in data:
                value = data[name]
                kwargs[name] = value if convert is None else convert(value)
        return cls(**kwargs)

    def replace(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)


def content_id(text: str) -> str:
    """The article id: a short hash of the normalised text (identical content, same id)."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def record_id(prefix: str, article_id: str, *parts: object) -> str:
    """A stable id for a record, derived from where it was found."""
    raw = "|".join([article_id, *map(str, parts)])
    return f"{prefix}_{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:12]}"


@dataclass(frozen=True)
class Span(Record):
    """A stretch of the article text: offsets into ``Article.text`` and the words themselves."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article(Record):
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    language: str = "en"
    source_path: str | None = None  # where it was read from (file, with ":line" for JSON Lines)
    external_id: str | None = None  # the id the input gave it, if any

    @classmethod
    def create(cls, text: str, **meta: Any) -> Article:
        """Build an article whose id is the hash of its text."""
        return cls(id=content_id(text), text=text, **meta)


@dataclass(frozen=True)
class Mention(Record):
    """One place where the article names or refers to an actor."""

    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    label: str  # spaCy entity label, or NOMINAL / PRONOUN / TITLE / HONORIFIC / LABEL
    actor_id: str | None = None  # None: unresolved (kept with its text, never dropped)
    kind: MentionKind = "name"
    confidence: float = 1.0


@dataclass(frozen=True)
class Actor(Record):
    """Who a mention is: a state, person, organisation or group, with CAMEO-style codes."""

    id: str
    name: str
    type: ActorType
    country: str | None = None  # ISO 3166 alpha-3 or None
    sectors: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # for compound/collective actors: member actor ids or codes
    source: ActorSource = "dictionary"

    @property
    def code(self) -> str:
        """CAMEO/PLOVER-style code: country then sectors, e.g. ``IRN GOV``."""
        parts = [self.country or "", *self.sectors]
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class Quote(Record):
    id: str
    article_id: str
    sentence: int
    start: int  # start of the whole attribution (content, cue and speaker)
    end: int
    kind: QuoteKind
    content: Span
    paragraph: int = 0
    cue: Span | None = None
    cue_lemma: str | None = None
    speaker: Span | None = None
    speaker_actor_id: str | None = None
    parent_id: str | None = None  # nested attribution: the quote this one sits in
    confidence: float = 1.0
    stance: Stance = "asserted"  # the speaker's stance towards the content (denied: "X denied that ...")
    # the description of an unnamed person the speaker ("he", "the official") stands for: "A
    # resident" in "A resident who saw it said ... “...,” he said"; no column holds it: the
    # stored record carries it (in ``extra``) only when there is one, so the released
    # migrations' record SQL stays as it was
    speaker_described: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        if out.get("speaker_described") is None:
            del out["speaker_described"]
        return out


@dataclass(frozen=True)
class Figure(Record):
    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    value_low: float
    value_high: float
    qualifier: str | None = None  # at least, more than, about, ... or None
    unit: str | None = None  # counted noun or unit: Palestinians, children, dollars, percent
    measure: str | None = None  # killed, injured, displaced, ...; None for non-casualty figures
    kind: FigureKind = "count"
    group: str | None = None  # who is counted, as written
    group_actor_id: str | None = None
    part_of: str | None = None  # id of the figure this one is a subset of
    time_scope: str | None = None
    place: str | None = None
    perpetrator_actor_id: str | None = None
    attribution: str = "unattributed"  # "unattributed" or the source as written
    attribution_actor_id: str | None = None
    quote_id: str | None = None
    confidence: float = 1.0
    perpetrator: str | None = None  # who did it, as written (kept when no actor resolves)
    stance: Stance = "asserted"  # negated: "there are not 500 dead"; denied: "X denied that 500 died"

    @property
    def is_casualty(self) -> bool:
        return self.measure is not None and self.kind == "count"


@dataclass(frozen=True)
class Event(Record):
    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    text: str  # the sentence (or clause) the event comes from
    plover: str  # PLOVER 2021 event type, e.g. REQUEST; NOT_PLOVER ("NONE") for a report outside PLOVER
    predicate: Span
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    source_actor_ids: tuple[str, ...] = ()
    target_actor_ids: tuple[str, ...] = ()
    source: Span | None = None
    target: Span | None = None
    modality: Modality = "asserted"
    claimed_by: str = "outlet"  # "outlet" or the speaker's actor id
    quote_id: str | None = None
    date: str | None = None
    place: str | None = None
    confidence: float = 1.0
    parent_id: str | None = None  # the REQUEST/AGREE/THREATEN/REJECT event this action is the content of
    # "text": the source is named by the words in ``source``; "place": no perpetrator is named,
    # and the source is the country where it happened, by PLOVER coding practice (not a claim)
    source_basis: SourceBasis = "text"
    # the claimant's stance: "denied" when ``claimed_by`` denies it happened ("Moscow has denied
    # targeting civilians"); otherwise the modality (asserted, negated, hypothetical ...)
    stance: Stance = "asserted"
    # ACLED's event type and sub-event type ("Battles" / "Armed clash") when the event is
    # political violence, a protest or a strategic development in ACLED's sense; ``scope`` says
    # "acled" then, or names the category of a report outside ACLED (natural_disaster,
    # man_made_disaster, organised_crime, claim_of_responsibility, diplomacy); all None when
    # no rule of data/events/acled.yaml applies
    acled_type: str | None = None
    acled_subtype: str | None = None
    scope: AcledScope | None = None

    @property
    def named_source_ids(self) -> tuple[str, ...]:
        """The sources the text names as doing it (empty when the source is coded from the place)."""
        return () if self.source_basis == "place" else self.source_actor_ids


@dataclass(frozen=True)
class FramingMark(Record):
    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    kind: FramingKind
    refers_to: str | None = None  # actor id the label denotes
    note: str | None = None
    voice: str = "outlet"  # "outlet", the speaker's actor id inside a quote, a designator's for a designation


@dataclass(frozen=True)
class ActorLayer(Record):
    """What the actor stage found in one article."""

    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    framing: tuple[FramingMark, ...] = ()

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside the character range [start, end)."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def mention_overlapping(self, start: int, end: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if m.start < end and start < m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def mentions_of(self, actor_id: str) -> list[Mention]:
        """Every mention resolved to ``actor_id``."""
        return [m for m in self.mentions if m.actor_id == actor_id]

    def codes(self, actor_id: str | None) -> list[str]:
        """The actor's code, or its members' codes for a compound actor (``["USA GOV", ...]``)."""
        a = self.actor(actor_id)
        if a is None:
            return []
        if a.members:
            out: list[str] = []
            for mid in a.members:
                member = self.actor(mid)
                codes = self.codes(mid) if member is not None else [" ".join((mid, *a.sectors))]
                for c in codes:
                    if c not in out:
                        out.append(c)
            return out
        return [a.code] if a.code else []


@dataclass(frozen=True)
class Sentence(Record):
    """A sentence of the article: its index, paragraph and offsets (for display and evidence)."""

    index: int
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Analysis(Record):
    """Everything found in one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    events: tuple[Event, ...] = ()
    framing: tuple[FramingMark, ...] = ()
    schema_version: str = SCHEMA_VERSION
    pipeline: dict[str, str] = field(default_factory=dict)

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None


@dataclass(frozen=True)
class Failure(Record):
    """An input that could not be analysed, and why."""

    source: str  # file path, with ":line" for JSON Lines
    reason: str
    article_id: str | None = None


RECORD_TYPES: dict[str, type[Record]] = {
    "article": Article,
    "mention": Mention,
    "actor": Actor,
    "quote": Quote,
    "figure": Figure,
    "event": Event,
    "framing": FramingMark,
    "sentence": Sentence,
}
