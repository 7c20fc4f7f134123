"""The words of stance (``data/nlp/stance.yaml``): denial, negation, doubt and hedge words read
once per ``Resources`` into :class:`StanceWords`, which :mod:`newsledger.nlp.stance` and
:mod:`newsledger.nlp.stance_frames` use."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..resources import MapOf, Resources

STANCE_FILE = "nlp/stance.yaml"
# the words of the frames (newsledger.nlp.stance_frames) and of the negation's scope
_FRAME_KEYS = ("calling_verbs", "retraction_verbs", "replacing_phrases", "intent_verbs", "exceptive_words",
               "time_limit_words", "circumstance_words", "comitative_words", "ability_words", "occasion_nouns",
               "counterfactual_modals", "lesser_phrases", "giving_verbs", "happening_nouns", "lying_verbs",
               "contrary_phrases", "harm_verbs", "misstating_verbs", "earlier_adverbs", "negative_answers",
               "stance_future_auxiliaries", "stance_going_verbs", "stance_condition_marks",
               "stance_perception_verbs", "stance_request_verbs", "stance_plan_nouns", "stance_expectation_verbs",
               "stance_contrast_prepositions", "stance_bound_adverbs", "stance_doubt_predicates",
               "stance_partitive_questions", "stance_obligation_modals")
STANCE_SCHEMA: Any = {
    "denial_verbs": [str], "denial_particles": MapOf([str]), "proposition_nouns": [str],
    "report_verbs": [str], "doubt_verbs": [str], "refusal_words": [str],
    "uncertain_adjectives": [str], "doubt_adjectives": [str], "question_marks": [str],
    "negators": [str], "negative_pronouns": [str], "negator_exceptions": [str],
    "corrective_words": [str], "falsity_words": [str], "denial_nouns": [str],
    "knowledge_nouns": [str], "demonstratives": [str], "admission_verbs": [str],
    "question_verbs": [str], "belief_verbs": [str], "rejection_verbs": [str], "reflexive_denials": MapOf([str]),
    "concessive_words": [str], "accusation_verbs": [str], "truth_words": [str], "linking_verbs": [str],
    "evidence_nouns": [str], "privative_phrases": [str], "doubting_verbs": [str], "doubt_nouns": [str],
    "hedge_adverbs": [str], "hedge_modals": [str], "negated_adverbs": [str], "attitude_nouns": [str],
    "falsity_adverbs": [str], "fabrication_verbs": [str], "support_nouns": [str], "superseded_versions": [str],
    "error_nouns": [str], "retraction_particles": MapOf([str]), "stance_request_prepositions": MapOf([str]),
    "extent_prepositions": [str], "reach_nouns": [str], "reach_prepositions": [str],
    **{k: [str] for k in _FRAME_KEYS},
}

@dataclass(frozen=True)
class StanceWords:
    """The words of ``stance.yaml``, lower-cased."""

    denial_verbs: frozenset[str]
    denial_particles: dict[str, frozenset[str]]
    proposition_nouns: frozenset[str]
    report_verbs: frozenset[str]
    doubt_verbs: frozenset[str]
    refusal_words: frozenset[str]
    uncertain_adjectives: frozenset[str]
    doubt_adjectives: frozenset[str]
    question_marks: frozenset[str]
    negators: frozenset[str]
    negative_pronouns: frozenset[str]
    negator_exceptions: frozenset[str]
    corrective_words: frozenset[str]
    falsity_words: frozenset[str]
    denial_nouns: frozenset[str]
    knowledge_nouns: frozenset[str]
    demonstratives: frozenset[str]
    admission_verbs: frozenset[str]
    question_verbs: frozenset[str]
    belief_verbs: frozenset[str] = frozenset()
    rejection_verbs: frozenset[str] = frozenset()
    reflexive_denials: dict[str, frozenset[str]] = field(default_factory=dict)
    concessive_words: frozenset[str] = frozenset()
    accusation_verbs: frozenset[str] = frozenset()
    truth_words: frozenset[str] = frozenset()
    linking_verbs: frozenset[str] = frozenset({"be"})
    evidence_nouns: frozenset[str] = frozenset()
    privative_phrases: frozenset[str] = frozenset()
    doubting_verbs: frozenset[str] = frozenset()
    doubt_nouns: frozenset[str] = frozenset()
    hedge_adverbs: frozenset[str] = frozenset()
    hedge_modals: frozenset[str] = frozenset()
    negated_adverbs: frozenset[str] = frozenset()
    attitude_nouns: frozenset[str] = frozenset()
    falsity_adverbs: frozenset[str] = frozenset()
    fabrication_verbs: frozenset[str] = frozenset()
    support_nouns: frozenset[str] = frozenset()  # "has given no source" (figures: ``unsupported_after``)
    superseded_versions: frozenset[str] = frozenset()  # "An earlier version ... said" (figures: ``superseded``)
    error_nouns: frozenset[str] = frozenset()  # "We regret the error." after such a note
    extent_prepositions: frozenset[str] = frozenset()  # "cannot take part ... for 10 years" (figures)
    reach_nouns: frozenset[str] = frozenset()  # "no access to the 400,000 people" (figures)
    reach_prepositions: frozenset[str] = frozenset()
    calling_verbs: frozenset[str] = frozenset()  # the rest: newsledger.nlp.stance_frames and the negation scope
    retraction_verbs: frozenset[str] = frozenset()
    replacing_phrases: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    exceptive_words: frozenset[str] = frozenset()
    time_limit_words: frozenset[str] = frozenset()
    circumstance_words: frozenset[str] = frozenset()
    comitative_words: frozenset[str] = frozenset()
    ability_words: frozenset[str] = frozenset()
    occasion_nouns: frozenset[str] = frozenset()
    counterfactual_modals: frozenset[str] = frozenset()
    lesser_phrases: frozenset[str] = frozenset()  # newsledger.nlp.stance_counts
    giving_verbs: frozenset[str] = frozenset()
    happening_nouns: frozenset[str] = frozenset()
    lying_verbs: frozenset[str] = frozenset()
    contrary_phrases: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()
    retraction_particles: dict[str, frozenset[str]] = field(default_factory=dict)  # "walked back its claim"
    misstating_verbs: frozenset[str] = frozenset()  # "a previous version misstated the number" (figures)
    earlier_adverbs: frozenset[str] = frozenset()  # "we earlier reported" in a correction note (figures)
    negative_answers: frozenset[str] = frozenset()  # "Were 50 arrested? - Absolutely not." (figures)
    stance_future_auxiliaries: frozenset[str] = frozenset()  # "will withdraw": a quote's future
    stance_going_verbs: frozenset[str] = frozenset()  # "are going to close": a quote's future
    stance_condition_marks: frozenset[str] = frozenset()  # "would fail if ...": a quote's hypothesis
    stance_perception_verbs: frozenset[str] = frozenset()  # "could hear": an ability, not a possibility
    stance_request_verbs: frozenset[str] = frozenset()  # "urged the council to spend $40 million" (figures)
    stance_request_prepositions: dict[str, frozenset[str]] = field(default_factory=dict)  # "called for"
    stance_plan_nouns: frozenset[str] = frozenset()  # "plans to hire 400 workers": a figure's future
    stance_expectation_verbs: frozenset[str] = frozenset()  # "is expected to draw 40,000 visitors"
    stance_contrast_prepositions: frozenset[str] = frozenset()  # "..., versus 41 percent against" (figures)
    stance_bound_adverbs: frozenset[str] = frozenset()  # "— not quite 13 cents": a bound, not a contrast
    stance_doubt_predicates: frozenset[str] = frozenset()  # "the claim that 70 died is doubtful" (stance_predicates)
    stance_partitive_questions: frozenset[str] = frozenset()  # "how many of the 400 injured" (stance_predicates)
    stance_obligation_modals: frozenset[str] = frozenset()  # "authorities should declare ...": a saying asked for


def build_stance_words(raw: dict[str, Any]) -> StanceWords:
    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or ())

    def mapping(key: str) -> dict[str, frozenset[str]]:
        return {str(k).lower(): frozenset(str(p).lower() for p in v) for k, v in (raw.get(key) or {}).items()}

    particles = mapping("denial_particles")
    return StanceWords(
        denial_verbs=words("denial_verbs"), denial_particles=particles,
        proposition_nouns=words("proposition_nouns"), report_verbs=words("report_verbs"),
        doubt_verbs=words("doubt_verbs"), refusal_words=words("refusal_words"),
        uncertain_adjectives=words("uncertain_adjectives"), doubt_adjectives=words("doubt_adjectives"),
        question_marks=words("question_marks"), negators=words("negators"),
        negative_pronouns=words("negative_pronouns"), negator_exceptions=words("negator_exceptions"),
        corrective_words=words("corrective_words"),
        falsity_words=words("falsity_words"), denial_nouns=words("denial_nouns"),
        knowledge_nouns=words("knowledge_nouns"), demonstratives=words("demonstratives"),
        admission_verbs=words("admission_verbs"), question_verbs=words("question_verbs"),
        belief_verbs=words("belief_verbs"), rejection_verbs=words("rejection_verbs"),
        reflexive_denials=mapping("reflexive_denials"), concessive_words=words("concessive_words"),
        accusation_verbs=words("accusation_verbs"), truth_words=words("truth_words"),
        linking_verbs=words("linking_verbs") | {"be"}, evidence_nouns=words("evidence_nouns"),
        privative_phrases=words("privative_phrases"), doubting_verbs=words("doubting_verbs"),
        doubt_nouns=words("doubt_nouns"), hedge_adverbs=words("hedge_adverbs"),
        hedge_modals=words("hedge_modals"), negated_adverbs=words("negated_adverbs"),
        attitude_nouns=words("attitude_nouns"), falsity_adverbs=words("falsity_adverbs"),
        fabrication_verbs=words("fabrication_verbs"), support_nouns=words("support_nouns"),
        superseded_versions=words("superseded_versions"), error_nouns=words("error_nouns"),
        extent_prepositions=words("extent_prepositions"), reach_nouns=words("reach_nouns"),
        reach_prepositions=words("reach_prepositions"), retraction_particles=mapping("retraction_particles"),
        stance_request_prepositions=mapping("stance_request_prepositions"),
        **{k: words(k) for k in _FRAME_KEYS})


def load_stance_words(resources: Resources) -> StanceWords:
    """The stance words, read once per ``Resources`` (packaged file merged with the user's)."""
    return resources.memo(("nlp", "stance"),  # type: ignore[no-any-return]
                          lambda: build_stance_words(resources.yaml(STANCE_FILE, STANCE_SCHEMA)))
