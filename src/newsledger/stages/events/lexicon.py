"""Loading the event stage's data: the CAMEO table with its PLOVER crosswalk, the predicate
patterns (packaged, merged with the user's pattern files), the rules and the water-feature words.

The files and their keys are described in ``data/events/README.md``; each YAML file is checked
against the schema below, so a misspelt key is an error naming the file and the key.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from ...errors import ConfigError
from ...nlp.stance_words import load_stance_words
from ...resources import ANY, MapOf, Required, Resources
from .nominals import nominal_patterns
from .types import CameoCode, Confidence, EventPattern, EventsData, Found, Lexicon, Rules, Wrapper

log = logging.getLogger(__name__)

PATTERNS_FILE = "events/patterns.yaml"
RULES_FILE = "events/rules.yaml"
CODES_FILE = "events/cameo_codes.csv"
CROSSWALK_FILE = "events/cameo_plover.csv"
WATER_FILE = "actors/coref.yaml"  # the actor stage's rules hold the water-feature and relational words

# --------------------------------------------------------------------------- schemas

_WORDS = [str]
_PREPS = [(str, bool)]  # a bare "on" reads as a YAML boolean: the loader puts it back
_CODE = (str, int)

EVENT_SCHEMA = Required(
    {
        "cameo": _CODE, "verbs": _WORDS, "nouns": _WORDS, "objects": _WORDS, "objects_exclude": _WORDS,
        "modifiers": _WORDS, "modifiers_exclude": _WORDS, "target": _PREPS, "noun_target": _PREPS,
        "noun_source": _PREPS, "symmetric": bool, "needs_target": bool, "prep_sense": bool, "polity_target": bool, "no_object": bool,
        "no_predicate": bool, "told_target": bool,
        "solo_cameo": _CODE, "shallow": bool, "domestic": bool, "plover": str, "mode": str,
        "contexts": _WORDS, "subjects_exclude": _WORDS, "subjects": _WORDS, "foreground": bool, "party_sectors_exclude": _WORDS,
        "topic_object": bool, "needs_partner": bool, "own_country_cameo": _CODE, "person_objects": bool,
        "sector_target_cameo": MapOf(_CODE), "needs_source": bool,
        "possessor_target": bool, "place_host": bool, "active_only": bool,
    },
    frozenset({"cameo"}),
)
WRAPPER_SCHEMA = {
    "default": _CODE, "plover": str, "verbs": _WORDS, "nouns": _WORDS, "adjectives": _WORDS,
    "for_verbs": _WORDS, "bare_default": _WORDS, "derive": MapOf(_CODE),
}
_WORD_LISTS = (
    "intent_predicates", "carrier_nouns", "light_verbs", "verbal_attack_verbs", "reject_ignore",
    "accusation_blockers", "speech_verbs", "future_aux", "deontic", "hypothetical_aux",
    "conditional_marks", "negators", "scene_prepositions", "historical_cues", "actor_nouns",
    "vague_actor_nouns", "quantity_heads", "people_counts", "of_heads", "order_verbs",
    "addressee_on_verbs", "addressee_to_verbs", "addressee_with_verbs", "recipient_light_verbs", "content_nouns", "crowd_nouns", "focus_after_negator",
    "party_adjunct_preps", "co_party_preps", "co_party_verbs", "boundary_nouns", "facing_preps", "carrying_verbs", "cancel_verbs", "role_verbs", "presupposing_verbs", "deliberation_verbs", "stative_verbs", "span_nouns", "aspect_verbs",
    "end_nouns", "conflict_nouns", "named_war_nouns", "need_nouns", "object_request_verbs",
    "threat_complements", "preparation_verbs", "background_marks", "custody_nouns", "death_verbs",
    "time_preps", "ultimatum_marks", "misread_place_labels", "rank_words",
    "readiness_words", "readiness_ends", "commitment_words", "decision_verbs", "decision_codes",
    "expressed_objects",
    "judging_verbs", "disapproval_words", "blame_words", "blame_preps", "breach_verbs", "responsibility_verbs",
    "responsibility_nouns", "failure_verbs", "allegation_verbs", "critic_nouns",
    "decrying_verbs", "critical_adjectives", "hiring_verbs", "prosecutor_nouns", "law_sectors", "constituting_verbs", "filing_nouns", "transfer_verbs", "custody_destinations", "accused_states", "figurative_states", "state_verbs", "state_reason_preps",
    "message_nouns", "ominous_words", "judged_texts", "passage_verbs",
    "inversion_aux", "question_marks", "possibility_adverbs", "procurement_verbs", "dismissal_verbs",
    "facing_verbs", "charge_nouns", "accused_participles",  # i16-accuse3
    "figurative_attacks", "figurative_preps", "act_nouns", "allegation_nouns", "alleging_verbs",
    "attempt_verbs",
    "disputed_claim_nouns", "accusing_verbs",  # i16-realfix (disputed_claims.py)
    "penalty_nouns", "penalty_verbs", "condition_nouns",  # i16-realfix (penalties.py)
    "voicing_documents", "document_acts",  # i16-set3p (documents.py)
    "consequence_verbs", "consequence_nouns", "consequence_modals",  # i16-set3p (foretold_penalties.py)
    "forecast_subjects",  # i16-types55: harm foretold of a condition is no threat (foretold_penalties.py)
    # i16-coerce: force words that tell no force (force_words.py)
    "abstract_nouns", "destination_preps",
    # i16-set3v: concern stated as a state (concerned.py)
    "concern_words", "concern_preps", "praise_words", "praise_preps",
    "gathering_verbs", "absence_nouns",  # i16-set3v: meetings told by whom they bring together (gatherings.py)
    "concern_verbs", "concern_nouns", "voiced_concern_preps",  # i16-set3a: concern voiced at an act (concern.py)
    "backing_nouns", "backing_verbs",  # i16-set3a: support held (backing.py)
    "helping_verbs",  # i16-set3a: an act helped is the helper's own (frames.py)
    "unlawful_adverbs",  # i16-set3a: a reported act told as done unlawfully (unlawful.py)
    "schedule_words", "likelihood_words",  # i16-set3a: an act scheduled or likely is not told done (frames.py)
    "addressed_pressing_verbs",  # i16-set4q: wrapper verbs that ask only when they press a party (predicates.py)
    "unrealised_noun_modifiers",  # i16-set4q: "the planned demonstration": an act not told done (unrealised_nouns.py)
    "timed_act_preps", "timed_act_heads", "timed_act_determiners",  # i16-set4p: an attack told in a phrase of time (timed_acts.py)
    "event_nouns_occurrence_verbs", "event_nouns_subject_types",  # i16-event-nouns: "The fighting came after" (event_nouns_subjects.py)
    "event_nouns_casualty_preps",  # i16-event-nouns: "killed in an Israeli strike" (event_nouns_adjuncts.py)
    "event_nouns_toll_verbs", "event_nouns_toll_states",  # i16-event-nouns: "the raid that killed five" (event_nouns_relatives.py)
    "standing_conduct_nouns",  # i16-set4p: a party's conduct comes under fire figuratively (standing.py)
    "desire_verbs",  # i15-seen: an act wished for is not told done (frames.py)
    "presence_purpose_preps", "presence_place_preps",  # i16-set4c: "is in Beijing for talks" (predicates.light_verb)
    # i16-accuse-speech: judgements told in reported political speech (accuse_speech_naming.py)
    "accuse_speech_epithets", "accuse_speech_wrong_verbs", "accuse_speech_broken_verbs", "accuse_speech_broken_objects",
    "accuse_speech_feeling_nouns", "accuse_speech_conduct_words", "accuse_speech_abuse_verbs", "accuse_speech_filing_verbs",  # i16-accuse-speech (accuse_speech_feelings.py)
    # i16-accuse-judge: verdicts on a named party's act (accuse_judge_verdicts.py)
    "accuse_judge_words", "accuse_judge_posing_verbs", "accuse_judge_conduct_nouns", "accuse_judge_failed_people",
    "accuse_judge_crime_verbs", "accuse_judge_crime_nouns",
    "accuse_judge_verbal_words",  # i16-accuse-judge (accuse_judge_attacks.py)
    "accuse_judge_using_verbs", "accuse_judge_weapon_nouns", "accuse_judge_design_verbs", "accuse_judge_plot_verbs",
    "accuse_judge_hostile_aims",  # i16-accuse-judge (accuse_judge_verdicts.hostile_aim)
    "accuse_judge_lying_verbs", "accuse_judge_fault_nouns",  # i16-accuse-judge (accuse_judge_blame.py)
    # i16-two-events: a second happening in one sentence (two_events_adjuncts.py, responsibility_claims.py)
    "two_events_within_preps", "two_events_scene_preps", "two_events_conjunct_types", "two_events_outcome_verbs",
    "responsibility_claim_verbs", "responsibility_claimed_nouns",
    # i16-threat-coerce: hostile answers promised (threat_answers.py), people held in custody (coercion_holds.py),
    # a party wanting another to act (coercion_desires.py)
    "threat_answer_verbs", "threat_answer_needs_manner", "threat_answer_manners", "threat_answer_provocations",
    "cause_verbs", "cause_weapon_nouns", "holding_verbs", "holding_places", "request_desire_verbs", "pressure_nouns", "threat_future_types",
    # i16-coerce-real: obligations told by a phrase (coerce_real_deontic.py)
    "coerce_real_deontic_nouns", "coerce_real_deontic_holders",
    "coerce_real_fate_verbs", "coerce_real_spared_verbs", "coerce_real_fate_nouns",  # coerce_real_warnings.py
    "coerce_real_threat_nouns", "coerce_real_means_verbs",  # coerce_real_means.py
)
PATTERNS_SCHEMA = {
    "version": int,
    "events": [EVENT_SCHEMA],
    "wrappers": MapOf(WRAPPER_SCHEMA),
    "contexts": MapOf(_WORDS),
    "assault_modes": MapOf(_WORDS),
    "accusations": MapOf(_WORDS),
    "nominalisations": MapOf(str),
    **{key: _WORDS for key in _WORD_LISTS},
}
_CONFIDENCE_KEYS = tuple(Confidence.__dataclass_fields__)
RULES_SCHEMA = Required(
    {
        "confidence": Required({k: float for k in _CONFIDENCE_KEYS}, frozenset(_CONFIDENCE_KEYS)),
        "codes": Required({"verbal_attack": str, "request": str, "modal_request": str, "riot": str, "complaint": str,
                           "conflict_end": str,
                           "judgement": str, "blame": str, "legal_accusation": str,
                           "state_obstruction": str, "penalty_threat": str, "custody_transfer": str,
                           "concern": str, "praise": str, "backing": str, "own_buildup": str,
                           "answer_threat": str, "custody_hold": str, "desire_request": str, "pressure_request": str,  # i16-threat-coerce
                           "weapon_blast": str},
                          frozenset({"verbal_attack", "request", "modal_request"})),
        "historical_years": int,
        "victim_place_window": int,
        "domestic_target_types": [str],
        "condemning_types": [str],
        "kind_modifier_types": [str],
        "condemned_act_types": [str],
        "condemned_act_nouns": [str],
        "host_visits": MapOf(_CODE),
        "complaint_protests": [str],
        "complaint_not_heads": [str],
        "government_sectors": [str],
        "multilateral_sectors": [str],
        "accident_scopes": [str],
        "accident_types": [str],
        "accident_vehicles": [str],
    },
    frozenset({"confidence", "codes", "historical_years"}),
)


# --------------------------------------------------------------------------- loading


def load_events_data(settings: Any, resources: Resources) -> EventsData:
    """The stage's data: packaged patterns merged with ``settings.events_files``, the CAMEO
    table, the rules and the water-feature words."""
    raw: dict[str, Any] = resources.yaml(PATTERNS_FILE, PATTERNS_SCHEMA)
    for path in getattr(settings, "events_files", None) or ():
        user = resources.user_yaml(str(path), PATTERNS_SCHEMA) or {}
        raw = merge_patterns(raw, user)
    table = cameo_table(resources.csv(CODES_FILE, ("code", "name", "goldstein", "quad_class")),
                        resources.csv(CROSSWALK_FILE, ("cameo", "plover", "mode", "contexts")))
    coref = resources.yaml(WATER_FILE, ANY) or {}
    return EventsData(
        lexicon=build_lexicon(raw, table),
        cameo=table,
        rules=build_rules(resources.yaml(RULES_FILE, RULES_SCHEMA)),
        stance=load_stance_words(resources),
        water_features=frozenset(str(w).lower() for w in coref.get("water_features", []) or []),
        relational_nouns=frozenset(str(w).lower() for w in coref.get("relational_nouns", []) or []),
    )


def merge_patterns(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """A user pattern file merged into the patterns: lists appended, mappings merged, anything
    else replaced."""
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + v
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge_patterns(out[k], v)
        else:
            out[k] = v
    return out


def build_rules(raw: dict[str, Any]) -> Rules:
    codes = raw["codes"]
    return Rules(
        confidence=Confidence(**{k: float(v) for k, v in raw["confidence"].items()}),
        verbal_attack_code=str(codes["verbal_attack"]),
        request_code=str(codes["request"]),
        modal_request_code=str(codes["modal_request"]),
        riot_code=str(codes.get("riot", "145")),
        complaint_code=str(codes.get("complaint", "")),
        state_obstruction_code=str(codes.get("state_obstruction", "")),
        penalty_threat_code=str(codes.get("penalty_threat", "")),
        custody_transfer_code=str(codes.get("custody_transfer", "")),
        concern_code=str(codes.get("concern", "")),
        praise_code=str(codes.get("praise", "")),
        conflict_end_code=str(codes.get("conflict_end", "")),
        judgement_code=str(codes.get("judgement", "111")),
        blame_code=str(codes.get("blame", "112")),
        legal_accusation_code=str(codes.get("legal_accusation", "1121")),
        backing_code=str(codes.get("backing", "051")),
        own_buildup_code=str(codes.get("own_buildup", "")),
        answer_threat_code=str(codes.get("answer_threat", "")),  # i16-threat-coerce
        custody_hold_code=str(codes.get("custody_hold", "")),
        weapon_blast_code=str(codes.get("weapon_blast", "")),
        desire_request_code=str(codes.get("desire_request", "")),
        pressure_request_code=str(codes.get("pressure_request", "")),
        complaint_protests=frozenset(str(c) for c in raw.get("complaint_protests", [])),
        complaint_not_heads=frozenset(str(w).lower() for w in raw.get("complaint_not_heads", [])),
        government_sectors=frozenset(str(s) for s in raw.get("government_sectors", [])),
        multilateral_sectors=frozenset(str(s) for s in raw.get("multilateral_sectors", [])),
        historical_years=int(raw["historical_years"]),
        victim_place_window=int(raw.get("victim_place_window", 0)),
        domestic_target_types=frozenset(str(t) for t in raw.get("domestic_target_types", [])),
        condemning_types=frozenset(str(t) for t in raw.get("condemning_types", [])),
        kind_modifier_types=frozenset(str(t) for t in raw.get("kind_modifier_types", [])),
        condemned_act_types=frozenset(str(t) for t in raw.get("condemned_act_types", [])),
        condemned_act_nouns=frozenset(str(w).lower() for w in raw.get("condemned_act_nouns", [])),
        host_visits={str(k): str(v) for k, v in (raw.get("host_visits") or {}).items()},
        accident_scopes=frozenset(str(s) for s in raw.get("accident_scopes", [])),
        accident_types=frozenset(str(t) for t in raw.get("accident_types", [])),
        accident_vehicles=frozenset(str(t).lower() for t in raw.get("accident_vehicles", [])),
    )


# --------------------------------------------------------------------------- CAMEO table


def cameo_table(code_rows: Iterable[dict[str, str]], crosswalk_rows: Iterable[dict[str, str]]) -> dict[str, CameoCode]:
    """All CAMEO codes, keyed by code, with the crosswalk to PLOVER 2021 filled in."""
    crosswalk: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for row in crosswalk_rows:
        ctx = tuple(c for c in row["contexts"].split(";") if c)
        crosswalk[row["cameo"]] = (row["plover"], row["mode"], ctx)
    table: dict[str, CameoCode] = {}
    for row in code_rows:
        code = row["code"]
        plover, mode, ctx = crosswalk_lookup(crosswalk, code)
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


def crosswalk_lookup(
    crosswalk: dict[str, tuple[str, str, tuple[str, ...]]], code: str
) -> tuple[str | None, str | None, tuple[str, ...]]:
    for n in (len(code), 3, 2):
        hit = crosswalk.get(code[:n])
        if hit is not None:
            plover, mode, ctx = hit
            return plover, (mode or None) if n == len(code) else None, ctx if n == len(code) else ()
    return None, None, ()


def cameo_code(table: dict[str, CameoCode], code: str) -> CameoCode | None:
    """The table entry for ``code``, falling back to its parent code."""
    for n in (len(code), 3, 2):
        hit = table.get(code[:n])
        if hit is not None:
            return hit
    return None


def quad_of(table: dict[str, CameoCode], f: Found) -> int:
    info = cameo_code(table, f.cameo)
    return info.quad_class if info else 0


def pattern_plover(table: dict[str, CameoCode], pat: EventPattern) -> str | None:
    """The PLOVER type a pattern codes: its own, else its CAMEO code's, else None."""
    info = cameo_code(table, pat.cameo)
    return pat.plover or (info.plover if info else None)


def plover_of(table: dict[str, CameoCode], f: Found) -> str:
    if f.plover:
        return f.plover
    if f.pattern is not None and f.pattern.plover:
        return f.pattern.plover
    info = cameo_code(table, f.cameo)
    return (info.plover if info else None) or "UNKNOWN"


# --------------------------------------------------------------------------- patterns


def words_of(text: Any) -> tuple[str, ...]:
    return tuple(str(text).lower().split())


def preps(items: Iterable[Any]) -> tuple[str, ...]:
    """Prepositions from YAML, where a bare ``on`` reads as a boolean (YAML 1.1): put it back."""
    return tuple("on" if i is True else "off" if i is False else str(i).lower() for i in items)


def wordset(items: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items)


def _common(entry: dict[str, Any]) -> dict[str, Any]:
    """The fields an entry gives all its verb and noun patterns."""
    return {
        "cameo": str(entry["cameo"]),
        "objects": tuple(words_of(o) for o in entry.get("objects", [])),
        "objects_exclude": tuple(words_of(o) for o in entry.get("objects_exclude", [])),
        "modifiers": wordset(entry.get("modifiers", [])),
        "symmetric": bool(entry.get("symmetric", False)),
        "needs_target": bool(entry.get("needs_target", False)),
        "prep_sense": bool(entry.get("prep_sense", False)),
        "needs_source": bool(entry.get("needs_source", False)),
        "polity_target": bool(entry.get("polity_target", False)),
        "no_object": bool(entry.get("no_object", False)),
        "no_predicate": bool(entry.get("no_predicate", False)),
        "told_target": bool(entry.get("told_target", False)),
        "noun_source": preps(entry.get("noun_source", ["by"])),
        "solo_cameo": str(entry["solo_cameo"]) if entry.get("solo_cameo") else None,
        "shallow": bool(entry.get("shallow", False)),
        "domestic": bool(entry.get("domestic", False)),
        "modifiers_exclude": wordset(entry.get("modifiers_exclude", [])),
        "subjects_exclude": wordset(entry.get("subjects_exclude", [])),
        "subjects": wordset(entry.get("subjects", [])),
        "foreground": bool(entry.get("foreground", False)),
        "party_sectors_exclude": frozenset(str(x).upper() for x in entry.get("party_sectors_exclude", [])),
        "topic_object": bool(entry.get("topic_object", False)),
        "needs_partner": bool(entry.get("needs_partner", False)),
        "own_country_cameo": str(entry["own_country_cameo"]) if entry.get("own_country_cameo") else None,
        "sector_target_cameo": tuple((str(k).upper(), str(v)) for k, v in (entry.get("sector_target_cameo") or {}).items()),
        "person_objects": bool(entry.get("person_objects", False)),
        "possessor_target": bool(entry.get("possessor_target", False)),
        "place_host": bool(entry.get("place_host", False)),
        "active_only": bool(entry.get("active_only", False)),
        "plover": entry.get("plover"),
        "mode": entry.get("mode"),
        "contexts": tuple(entry.get("contexts", [])),
    }


def _patterns(raw: dict[str, Any], table: dict[str, CameoCode]) -> tuple[dict[str, list[EventPattern]], dict[str, list[EventPattern]]]:
    """Verb patterns by their first word and noun patterns by their head word."""
    verbs: dict[str, list[EventPattern]] = {}
    nouns: dict[str, list[EventPattern]] = {}
    for entry in raw.get("events", []):
        common = _common(entry)
        if cameo_code(table, common["cameo"]) is None:
            raise ConfigError(f"unknown CAMEO code in event patterns: {common['cameo']}")
        for v in entry.get("verbs", []):
            w = words_of(v)
            pat = EventPattern(kind="verb", words=w, target=preps(entry.get("target", ["dobj"])), **common)
            verbs.setdefault(w[0], []).append(pat)
        for n in entry.get("nouns", []):
            w = words_of(n)
            pat = EventPattern(
                kind="noun", words=w, target=preps(entry.get("noun_target", ["on", "against"])), **common
            )
            head = w[0] if len(w) > 2 and w[1] in ("of", "against") else w[-1]
            nouns.setdefault(head, []).append(pat)
    for noun, pats in nominal_patterns(verbs, nouns, raw.get("nominalisations") or {}).items():
        nouns[noun] = [*nouns.get(noun, []), *pats]  # "the expulsion of", "Israel's downgrading of": the verb's act named by a noun
    return verbs, nouns


class _WrapperTables:
    """Wrappers by kind, and by their verbs, nouns and adjectives."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.by_kind: dict[str, Wrapper] = {}
        self.verbs: dict[str, list[tuple[tuple[str, ...], Wrapper]]] = {}
        self.nouns: dict[str, Wrapper] = {}
        self.adjectives: dict[str, Wrapper] = {}
        for kind, spec in (raw.get("wrappers") or {}).items():
            derive = tuple(
                sorted(((str(k), str(v)) for k, v in (spec.get("derive") or {}).items()), key=lambda kv: -len(kv[0]))
            )
            default = spec.get("default")
            plover = spec.get("plover")
            wr = Wrapper(kind=kind, default=str(default) if default else None, derive=derive,
                         plover=str(plover) if plover else None)
            self.by_kind[kind] = wr
            for v in spec.get("verbs", []):
                w = words_of(v)
                self.verbs.setdefault(w[0], []).append((w[1:], wr))
            for n in spec.get("nouns", []):
                self.nouns[str(n).lower()] = wr
            for a in spec.get("adjectives", []):
                self.adjectives[str(a).lower()] = wr


def _accusations(raw: dict[str, Any]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    accusations: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for code, terms in (raw.get("accusations") or {}).items():
        for t in terms:
            w = words_of(t)
            accusations.setdefault(w[0], []).append((w, str(code)))
    return {k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in accusations.items()}


def build_lexicon(raw: dict[str, Any], table: dict[str, CameoCode]) -> Lexicon:
    """The lexicon of a (merged) patterns mapping; every pattern's CAMEO code must be known."""
    verbs, nouns = _patterns(raw, table)
    light: dict[str, list[tuple[str, ...]]] = {}
    for lv in raw.get("light_verbs", []):
        w = words_of(lv)
        light.setdefault(w[0], []).append(w[1:])
    wrappers = _WrapperTables(raw)
    appeal = (raw.get("wrappers") or {}).get("appeal", {})
    intent = (raw.get("wrappers") or {}).get("intent", {})
    words = {key: wordset(raw.get(key, [])) for key in _WORD_LISTS if key != "light_verbs"}
    return Lexicon(
        verbs={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in verbs.items()},
        nouns={k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in nouns.items()},
        light_verbs={k: tuple(v) for k, v in light.items()},
        wrapper_verbs={k: tuple(sorted(v, key=lambda x: -len(x[0]))) for k, v in wrappers.verbs.items()},
        wrapper_nouns=wrappers.nouns,
        wrapper_adjectives=wrappers.adjectives,
        for_verbs=wordset(appeal.get("for_verbs", [])),
        bare_default=wordset(intent.get("bare_default", [])),
        wrappers=wrappers.by_kind,
        contexts=tuple((k, wordset(v)) for k, v in (raw.get("contexts") or {}).items()),
        assault_modes=tuple((k, wordset(v)) for k, v in (raw.get("assault_modes") or {}).items()),
        accusations=_accusations(raw),
        **words,
    )


__all__ = ["EVENT_SCHEMA", "PATTERNS_SCHEMA", "RULES_SCHEMA", "build_lexicon", "build_rules", "cameo_code",
           "cameo_table", "load_events_data", "merge_patterns", "plover_of", "quad_of"]
