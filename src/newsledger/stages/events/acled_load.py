"""Loading the ACLED typology rules (``data/events/acled.yaml``, merged with the user's fragments like every
data file): the file's schema, and the rules and word lists built from it (``AcledData``), an unknown sub-event
type, scope, target, source or claimant kind being an error naming the rule."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, get_args

from ...errors import ConfigError
from ...records import AcledScope
from ...resources import MapOf, Required, Resources
from .acled_types import AcledData, AcledRule

ACLED_FILE = "events/acled.yaml"
SCOPES: tuple[str, ...] = tuple(s for s in get_args(AcledScope) if s != "acled")
TARGETS = ("armed", "civilian")
SOURCES = ("state", "non_state", "none", "government")
CLAIMANTS = ("doer",)

_RULE_SCHEMA = Required(
    {
        "subtype": str, "scope": str, "plover": [str], "modes": [str], "cues": [str], "also": [str],
        "exclude": [str], "target": str, "source": str, "governs": bool, "group": str,
        "source_cues": [str], "target_cues": [str], "not_target_cues": [str], "predicates": [str],
        "not_modes": [str], "claimant": str, "means": bool, "not_predicates": [str],
        "not_modalities": [str],  # i16-set4q
    },
    frozenset(),
)
ACLED_SCHEMA = Required(
    {
        "version": int, "types": MapOf(str), "armed_sectors": [str], "state_sectors": [str],
        "non_state_sectors": [str], "government_sectors": [str], "armed_nouns": [str], "civilian_modifiers": [str],
        "former_words": [str], "collective_nouns": [str], "government_nouns": [str],
        "state_nouns": [str],
        "non_state_nouns": [str], "affiliation_words": [str], "affiliation_of": [str], "not_cues": [str],
        "topic_words": [str], "topic_governors": [str], "antecedent_marks": [str], "antecedent_heads": [str],
        "other_act_marks": [str],
        "rules": [_RULE_SCHEMA], "protest_window": int, "protest_order": [str], "attack_participles": [str],
        "casualty_window": int, "casualty_words": [str], "report_verbs": [str], "later_adverbs": [str],
        "means_verbs": [str], "cause_preps": [str], "cause_acts": [str], "earlier_periods": [str], "day_words": [str],
        "gap_units": [str], "standing_marks": [str], "nobody_words": [str], "unarmed_words": [str], "person_object_cues": [str],
        "office_nouns": [str], "aim_words": [str], "protest_responses": MapOf(MapOf(str)),
    },
    frozenset({"types", "rules"}),
)


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
            raise ConfigError(f"{where}: target must be armed or civilian, source state, non_state, none or government")
        if r.get("claimant") not in (None, *CLAIMANTS):
            raise ConfigError(f"{where}: claimant must be {', '.join(CLAIMANTS)}")
        rules.append(AcledRule(
            subtype=subtype, scope=scope, plover=frozenset(str(p) for p in r.get("plover", [])),
            modes=frozenset(str(m) for m in r.get("modes", [])), cues=_phrases(r.get("cues", [])),
            also=_phrases(r.get("also", [])), exclude=_phrases(r.get("exclude", [])),
            target=r.get("target"), source=r.get("source"), governs=bool(r.get("governs", False)),
            group=r.get("group"), source_cues=_phrases(r.get("source_cues", [])),
            target_cues=frozenset(str(w).lower() for w in r.get("target_cues", [])),
            not_target_cues=frozenset(str(w).lower() for w in r.get("not_target_cues", [])),
            predicates=frozenset(str(w).lower() for w in r.get("predicates", [])),
            not_predicates=frozenset(str(w).lower() for w in r.get("not_predicates", [])),
            not_modes=frozenset(str(m) for m in r.get("not_modes", [])), claimant=r.get("claimant"),
            means=bool(r.get("means", False)), not_modalities=frozenset(r.get("not_modalities", [])),
        ))
    return AcledData(
        types=types,
        rules=tuple(rules),
        armed_sectors=frozenset(str(s) for s in raw.get("armed_sectors", [])),
        state_sectors=frozenset(str(s) for s in raw.get("state_sectors", [])),
        non_state_sectors=frozenset(str(s) for s in raw.get("non_state_sectors", [])),
        armed_nouns=frozenset(str(s).lower() for s in raw.get("armed_nouns", [])),
        government_sectors=frozenset(str(s) for s in raw.get("government_sectors", [])),
        civilian_modifiers=frozenset(str(s).lower() for s in raw.get("civilian_modifiers", [])),
        former_words=frozenset(str(s).lower() for s in raw.get("former_words", [])),
        collective_nouns=frozenset(str(s).lower() for s in raw.get("collective_nouns", [])),
        government_nouns=frozenset(str(s).lower() for s in raw.get("government_nouns", [])),
        state_nouns=frozenset(str(s).lower() for s in raw.get("state_nouns", [])),
        non_state_nouns=frozenset(str(s).lower() for s in raw.get("non_state_nouns", [])),
        affiliation_words=frozenset(str(s).lower() for s in raw.get("affiliation_words", [])),
        affiliation_of=frozenset(str(s).lower() for s in raw.get("affiliation_of", [])),
        not_cues=_phrases(raw.get("not_cues", [])),
        topic_words=frozenset(str(s).lower() for s in raw.get("topic_words", [])),
        topic_governors=frozenset(str(s).lower() for s in raw.get("topic_governors", [])),
        antecedent_marks=frozenset(str(s).lower() for s in raw.get("antecedent_marks", [])),
        other_act_marks=frozenset(str(s).lower() for s in raw.get("other_act_marks", [])),
        antecedent_heads=frozenset(str(s).lower() for s in raw.get("antecedent_heads", [])),
        protest_window=int(raw.get("protest_window", -1)),
        protest_order=tuple(str(t) for t in raw.get("protest_order", [])),
        attack_participles=frozenset(str(s).lower() for s in raw.get("attack_participles", [])),
        casualty_window=int(raw.get("casualty_window", 0)),
        casualty_words=frozenset(str(s).lower() for s in raw.get("casualty_words", [])),
        report_verbs=frozenset(str(s).lower() for s in raw.get("report_verbs", [])),
        later_adverbs=frozenset(str(s).lower() for s in raw.get("later_adverbs", [])),
        means_verbs=frozenset(str(s).lower() for s in raw.get("means_verbs", [])),
        cause_preps=frozenset(str(s).lower() for s in raw.get("cause_preps", [])),
        cause_acts=frozenset(str(s) for s in raw.get("cause_acts", [])),
        earlier_periods=tuple(str(s).lower() for s in raw.get("earlier_periods", [])),
        day_words=tuple(str(s).lower() for s in raw.get("day_words", [])),
        gap_units=frozenset(str(s).lower() for s in raw.get("gap_units", [])),
        standing_marks=frozenset(str(s).lower() for s in raw.get("standing_marks", [])),
        nobody_words=frozenset(str(s).lower() for s in raw.get("nobody_words", [])),
        unarmed_words=frozenset(str(s).lower() for s in raw.get("unarmed_words", [])),
        person_object_cues=frozenset(str(s).lower() for s in raw.get("person_object_cues", [])),
        office_nouns=frozenset(str(s).lower() for s in raw.get("office_nouns", [])),
        aim_words=frozenset(str(s).lower() for s in raw.get("aim_words", [])),
        protest_responses={str(k): {str(a): str(b) for a, b in v.items()} for k, v in raw.get("protest_responses", {}).items()},
    )
