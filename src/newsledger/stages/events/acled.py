"""ACLED typology of events: each violent, protest and strategic event gets ACLED's event type and
sub-event type (``Event.acled_type``, ``Event.acled_subtype``); a report outside ACLED's scope (a
natural or man-made disaster, organised crime, a claim of responsibility, diplomacy) gets its
category in ``Event.scope`` instead.

The rules are data (``data/events/acled.yaml``, merged with the user's fragments like every data
file): ordered, each reading the event's PLOVER type and mode, whether its target is armed and its
source a state force, and cue words of its sentence; the first rule that matches decides. The
file's header describes the keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any, cast, get_args

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...errors import ConfigError
from ...nlp import ParsedDoc
from ...records import AcledScope, Actor, Event
from ...resources import MapOf, Required, Resources
from .types import AcledData, AcledRule

ACLED_FILE = "events/acled.yaml"
SCOPES: tuple[str, ...] = tuple(s for s in get_args(AcledScope) if s != "acled")
TARGETS = ("armed", "civilian")
SOURCES = ("state", "non_state")

_RULE_SCHEMA = Required(
    {
        "subtype": str, "scope": str, "plover": [str], "modes": [str], "cues": [str], "also": [str],
        "exclude": [str], "target": str, "source": str, "governs": bool,
    },
    frozenset(),
)
ACLED_SCHEMA = Required(
    {
        "version": int, "types": MapOf(str), "armed_sectors": [str], "state_sectors": [str],
        "armed_nouns": [str], "rules": [_RULE_SCHEMA],
    },
    frozenset({"types", "rules"}),
)


# --------------------------------------------------------------------------- loading


def load_acled(resources: Resources) -> AcledData:
    """The ACLED rules (packaged, merged with the user's fragments), checked for known names."""
    raw: dict[str, Any] = resources.yaml(ACLED_FILE, ACLED_SCHEMA)
    return build_acled(raw)


def _phrases(items: Iterable[Any]) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in (_words(i) for i in items) if p)


def _words(text: Any) -> tuple[str, ...]:
    return tuple(str(text).lower().replace("-", " ").split())


def build_acled(raw: Mapping[str, Any]) -> AcledData:
    """The rules of a (merged) ``acled.yaml`` mapping; an unknown sub-event type, scope, target or
    source kind is an error naming the rule."""
    types = {str(k): str(v) for k, v in (raw.get("types") or {}).items()}
    rules: list[AcledRule] = []
    for n, r in enumerate(raw.get("rules") or []):
        where = f"{ACLED_FILE} rule {n + 1}"
        subtype, scope = r.get("subtype"), r.get("scope")
        if (subtype is None) == (scope is None):
            raise ConfigError(f"{where}: give exactly one of subtype and scope")
        if subtype is not None and subtype not in types:
            raise ConfigError(f"{where}: unknown ACLED sub-event type {subtype!r}")
        if scope is not None and scope not in SCOPES:
            raise ConfigError(f"{where}: unknown scope {scope!r}; choose one of {', '.join(SCOPES)}")
        if r.get("target") not in (None, *TARGETS) or r.get("source") not in (None, *SOURCES):
            raise ConfigError(f"{where}: target must be armed or civilian, source state or non_state")
        rules.append(AcledRule(
            subtype=subtype, scope=scope, plover=frozenset(str(p) for p in r.get("plover", [])),
            modes=frozenset(str(m) for m in r.get("modes", [])), cues=_phrases(r.get("cues", [])),
            also=_phrases(r.get("also", [])), exclude=_phrases(r.get("exclude", [])),
            target=r.get("target"), source=r.get("source"), governs=bool(r.get("governs", False)),
        ))
    return AcledData(
        types=types,
        rules=tuple(rules),
        armed_sectors=frozenset(str(s) for s in raw.get("armed_sectors", [])),
        state_sectors=frozenset(str(s) for s in raw.get("state_sectors", [])),
        armed_nouns=frozenset(str(s).lower() for s in raw.get("armed_nouns", [])),
    )


# --------------------------------------------------------------------------- matching


class Sentence:
    """A sentence's words for cue matching: per token its lemma and form (hyphens dropped)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = [t for t in tokens if t.text not in ("-", "–")]
        self.forms = [{t.lemma_.lower(), t.text.lower()} for t in self.tokens]

    def find(self, phrase: tuple[str, ...]) -> Token | None:
        """The first token of ``phrase`` in the sentence, or None."""
        n = len(phrase)
        for i in range(len(self.forms) - n + 1):
            if all(phrase[j] in self.forms[i + j] for j in range(n)):
                return self.tokens[i]
        return None

    def has_any(self, phrases: Iterable[tuple[str, ...]]) -> bool:
        return any(self.find(p) is not None for p in phrases)


def armed_target(event: Event, actors: Mapping[str, Actor], data: AcledData) -> bool:
    """A target is an armed actor, or the target words name an armed place ("a military base")."""
    if any(data.armed_sectors & set(_sectors(a, actors)) for a in event.target_actor_ids):
        return True
    words = set(_words(event.target.text)) if event.target is not None else set()
    return bool(words & data.armed_nouns)


def state_source(event: Event, actors: Mapping[str, Actor], data: AcledData) -> bool | None:
    """Whether a named source is a state force (None: no source is named)."""
    ids = [a for a in event.named_source_ids if a in actors]
    if not ids:
        return None
    for aid in ids:
        actor = actors[aid]
        if actor.type in ("state", "country") or data.state_sectors & set(_sectors(aid, actors)):
            return True
    return False


def _sectors(actor_id: str, actors: Mapping[str, Actor]) -> tuple[str, ...]:
    actor = actors.get(actor_id)
    if actor is None:
        return ()
    out = list(actor.sectors)
    for m in actor.members:
        member = actors.get(m)
        if member is not None:
            out.extend(member.sectors)
    return tuple(out)


def _governs(cue: Token, event: Event) -> bool:
    """The cue word is the predicate or one of its heads ("claimed responsibility for the attack")."""
    cur = next((t for t in cue.sent if t.idx == event.predicate.start), None)
    for _ in range(10):
        if cur is None:
            return False
        if cur.i == cue.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def matches(rule: AcledRule, event: Event, sent: Sentence, actors: Mapping[str, Actor], data: AcledData) -> bool:
    """Whether ``rule`` applies to ``event`` in its sentence."""
    if rule.plover and event.plover not in rule.plover:
        return False
    if rule.modes or rule.cues:
        by_mode = event.mode is not None and event.mode in rule.modes
        cues = [tok for tok in (sent.find(c) for c in rule.cues) if tok is not None]
        if rule.governs:
            cues = [tok for tok in cues if _governs(tok, event)]
        if not by_mode and not cues:
            return False
    if rule.also and not sent.has_any(rule.also):
        return False
    if rule.exclude and sent.has_any(rule.exclude):
        return False
    if rule.target is not None and armed_target(event, actors, data) != (rule.target == "armed"):
        return False
    if rule.source is not None:
        state = state_source(event, actors, data)
        if state is None or state != (rule.source == "state"):
            return False
    return True


def classify(event: Event, sent: Sentence, actors: Mapping[str, Actor], data: AcledData) -> Event:
    """The event with its ACLED type and sub-event type, or its outside-ACLED scope, set by the
    first matching rule (unchanged when none matches)."""
    for rule in data.rules:
        if not matches(rule, event, sent, actors, data):
            continue
        if rule.subtype is not None:
            return replace(event, acled_type=data.types[rule.subtype], acled_subtype=rule.subtype, scope="acled")
        return replace(event, scope=cast(AcledScope, rule.scope))
    return event


def with_acled(doc: ParsedDoc, events: Iterable[Event], actors: Sequence[Actor], data: AcledData) -> list[Event]:
    """Every event of an article with its ACLED typology (see :func:`classify`)."""
    by_id = {a.id: a for a in actors}
    sentences: dict[int, Sentence] = {}
    spans: dict[int, SpacySpan] = dict(doc.spacy_sentences())
    out: list[Event] = []
    for e in events:
        span = spans.get(e.sentence)
        if span is None:
            out.append(e)
            continue
        if e.sentence not in sentences:
            sentences[e.sentence] = Sentence(list(span))
        out.append(classify(e, sentences[e.sentence], by_id, data))
    return out


__all__ = ["ACLED_SCHEMA", "Sentence", "build_acled", "classify", "load_acled", "matches", "with_acled"]
