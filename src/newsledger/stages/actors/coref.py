"""The coreference and metonymy rules of the actor stage (``data/actors/coref.yaml``): word
lists, the definite descriptions that point back to an actor, the names with more than one
reading, and the sector lists the placement rules use."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...resources import MapOf, Required
from .tables import (
    AmbiguityRule,
    AnaphorEntry,
    Confidence,
    CorefRules,
    multi,
    norm,
    one,
    sector_codes,
)

COREF_FILE = "actors/coref.yaml"

# word lists: lower-cased tuples of CorefRules
WORD_LISTS = (
    "male_pronouns", "female_pronouns", "plural_pronouns", "male_cues", "female_cues",
    "male_given_names", "female_given_names",
    "definite_determiners", "bare_definite_terms", "quantifier_determiners", "locative_prepositions", "motion_prepositions",
    "travel_lemmas", "complement_prepositions", "representative_nouns", "accredited_nouns", "civilian_link_words",
    "indefinite_determiners", "non_actor_first_words", "actor_framing_kinds", "ethnic_markers",
    "ethnic_forms", "stance_prefixes", "background_marks", "international_words", "subset_modifiers",
    "relational_nouns", "water_features", "neuter_pronouns", "reporting_verbs", "number_words",
    "regime_nouns", "vague_modifiers", "spokesperson_nouns", "body_nouns", "abroad_bodies",
    "organisation_heads", "organisation_anaphors", "name_nouns", "naming_verbs", "kin_nouns", "control_descriptors",
    "patron_descriptors", "acted_on_verbs", "accusation_verbs", "site_nouns",
    "name_particles", "conveyance_nouns", "topic_nouns", "opposition_modifiers", "group_role_nouns", "place_nouns",
    "place_name_prepositions", "employer_prepositions", "non_person_entity_labels",
    "name_employer_prepositions", "place_head_nouns", "territory_nouns", "territory_prepositions",
    "impersonal_lemmas", "region_nouns", "resultative_adjectives", "named_place_nouns", "foreign_modifiers",
    "side_modifiers", "creed_words",
    "captive_nouns", "place_description_nouns", "doer_adjectives", "facility_nouns", "distinct_group_modifiers", "member_nouns",
    "audience_compounds", "junior_age_words", "senior_age_words", "junior_kin_nouns", "senior_kin_nouns",
    "male_kin_nouns", "female_kin_nouns", "organisation_name_words", "surname_place_labels", "surname_place_suffixes",
    "language_verbs", "language_modifiers", "language_nouns", "leading_nouns",
)
# sector code lists: upper-cased frozensets of CorefRules
SECTOR_LISTS = ("office_sectors", "force_sectors", "abroad_sectors", "commentator_sectors",
                "reported_sectors", "they_sectors", "family_name_first_countries", "context_group_sectors")

_WORDS: Any = [str]

ANAPHOR_SCHEMA = Required(
    {"term": str, "targets": [str], "sectors": [str], "plural": bool, "prefer_label": str, "fallback": str,
     "not_org_types": [str]},
    frozenset({"term"}),
)
AMBIGUITY_SCHEMA = Required(
    {"name": str, "code": str, "person_reading": bool, "alternative_id": str, "alternative_name": str,
     "alternative_country": str, "alternative_type": str, "alternative_cues": [str], "country_cues": [str]},
    frozenset({"code"}),
)
COREF_SCHEMA: Any = {
    **{k: _WORDS for k in WORD_LISTS},
    **{k: [str] for k in SECTOR_LISTS},
    "pronoun_window": int,
    "alias_context_actors": int,
    "party_member_adjectives": MapOf(str),
    "sector_names": MapOf(str),
    "preferred_readings": MapOf(str),
    "regime_note": str,
    "anaphors": [ANAPHOR_SCHEMA],
    "ambiguity": [AMBIGUITY_SCHEMA],
}


def rules_from(data: Mapping[str, Any]) -> CorefRules:
    """The rules of a checked ``coref.yaml`` mapping."""

    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in data.get(key, []) or [])

    return CorefRules(
        **{k: words(k) for k in WORD_LISTS},
        **{k: frozenset(str(s).upper() for s in data.get(k, []) or []) for k in SECTOR_LISTS},
        sector_names={str(k).upper(): str(v) for k, v in (data.get("sector_names") or {}).items()},
        pronoun_window=int(data.get("pronoun_window", 3)),
        alias_context_actors=int(data.get("alias_context_actors", 2)),
        party_member_adjectives={str(k).lower(): str(v) for k, v in (data.get("party_member_adjectives") or {}).items()},
        preferred_readings={norm(str(k)): str(v).upper() for k, v in (data.get("preferred_readings") or {}).items()},
        regime_note=str(data.get("regime_note", "") or ""),
        anaphors=tuple(_anaphor(a) for a in data.get("anaphors", []) or []),
        ambiguity=tuple(_ambiguity(a) for a in data.get("ambiguity", []) or []),
    )


def _anaphor(a: Mapping[str, Any]) -> AnaphorEntry:
    return AnaphorEntry(
        term=str(a["term"]).lower(),
        targets=multi(a.get("targets")),
        sectors=sector_codes(a.get("sectors")),
        plural=bool(a.get("plural", False)),
        prefer_label=one(a.get("prefer_label")).lower(),
        fallback=one(a.get("fallback")),
        not_org_types=multi(a.get("not_org_types")),
    )


def _ambiguity(a: Mapping[str, Any]) -> AmbiguityRule:
    return AmbiguityRule(
        code=str(a["code"]).upper(),
        name=one(a.get("name")),
        person_reading=bool(a.get("person_reading", False)),
        alternative_id=one(a.get("alternative_id")),
        alternative_name=one(a.get("alternative_name")),
        alternative_country=one(a.get("alternative_country")).upper(),
        alternative_type=one(a.get("alternative_type")) or "place",
        alternative_cues=multi(a.get("alternative_cues")),
        country_cues=multi(a.get("country_cues")),
    )


CONFIDENCE_FILE = "actors/confidence.yaml"
CONFIDENCE_LEVELS = ("sure", "likely", "plausible", "guess", "weak", "doubtful", "unresolved")
CONFIDENCE_SCHEMA: Any = Required({k: float for k in CONFIDENCE_LEVELS}, frozenset(CONFIDENCE_LEVELS))


def confidence_from(data: Mapping[str, Any]) -> Confidence:
    """The confidence levels of a checked ``confidence.yaml`` mapping."""
    return Confidence(**{k: float(data[k]) for k in CONFIDENCE_LEVELS})
