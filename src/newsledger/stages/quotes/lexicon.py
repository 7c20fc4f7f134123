"""The quote stage's data files (``data/quotes/``): one schema per file, read through
:class:`newsledger.resources.Resources` so that the user's data files extend them."""

from __future__ import annotations

from typing import Any

from ...nlp.attribution import load_attribution_words
from ...nlp.quotation import load_marks, load_quote_filters
from ...nlp.roles import person_roles
from ...nlp.stance_words import load_stance_words
from ...resources import MapOf, Resources, word_set
from .body_speakers import BodySpeakerWords
from .military_speakers import MilitaryWords
from .thing_speakers import speaking_nouns
from .types import CueEntry, CueLexicon, QuotesData, SpeakerWords, Thresholds

CUES_SCHEMA: Any = {
    "classes": MapOf({"confidence": float, "speech": bool, "frames": [str], "verbs": [str]}),
    "clause_only": [str],
    "no_object": [str],
    "preps": [str],
    "particles": MapOf([str]),
    "phrases": [str],
    "circumstance_preps": [str],
    "medium_nouns": [str],
    "physical_senses": [str],
    "physical_targets": [str],
    "withholding_senses": [str],
    "withheld_things": [str],
    "naming_verbs": [str],
    "particle_only_verbs": [str],
    "gloss_nouns": [str],
    "leading_connectives": [str],
    "source_verbs": [str],
    "relay_verbs": [str],
    "base_form_pasts": [str],
    "issuer_preps": [str],
    "claim_nouns": [str],
    "impersonal_it_predicates": [str],
    "forms": MapOf(str),
    "idioms": MapOf(str),
}
SPEAKERS_SCHEMA: Any = {
    "document_nouns": [str],
    "definite_determiners": [str],
    "issue_verbs": [str],
    "issuer_prepositions": [str],
    "medium_prepositions": [str],
    "object_prepositions": [str],
    "depiction_nouns": [str],
    "polity_nouns": [str],
    "text_nouns": [str],
    "first_person_pronouns": [str],
    "collective_pronouns": [str],
    "kin_nouns": [str],
    "other_party_nouns": [str],
    "role_nouns": [str],
    "epithet_speaker_nouns": [str],
    "body_speaker_nouns": [str],
    "survey_speaker_nouns": [str],
    "campaign_speaker_nouns": [str],
    "class_nouns": MapOf([str]),
    "state_organ_sectors": [str],
    "movement_sectors": [str],
    "military_nouns": [str],
    "military_sectors": [str],
    "military_other_sectors": [str],
    "question_labels": [str],
    "answer_labels": [str],
    "message_nouns": [str],
    "identifying_nouns": [str],
    "origin_verbs": [str],
    "message_participles": [str],
    "message_verbs": [str],
    "issuing_participles": [str],
    "lead_in_participles": [str],
    "message_reading_verbs": [str],
}
_CONFIDENCES = ("phrase", "dash_source", "colon", "standalone", "context_speaker", "no_context_speaker",
                "previous_paragraph_speaker", "partial_max", "unclosed_factor")
THRESHOLDS_SCHEMA: Any = {
    "direct_share": float,
    "after_window": int,
    "before_gap": int,
    "max_gap": int,
    "continuation_gap": int,
    "continuation_gap_mid": int,
    "headline_max": int,
    "dateline_paragraphs": int,
    "speaker_chain_sentences": int,
    "confidence": {k: float for k in _CONFIDENCES},
}


def build_cue_lexicon(raw: dict[str, Any]) -> CueLexicon:
    """The cue verbs and phrases of ``cues.yaml``, merged by lemma."""
    frames: dict[str, set[str]] = {}
    conf: dict[str, float] = {}
    speech: dict[str, bool] = {}
    for cls in raw["classes"].values():
        for verb in cls["verbs"]:
            lemma = str(verb).lower()
            frames.setdefault(lemma, set()).update(cls["frames"])
            conf[lemma] = max(conf.get(lemma, 0.0), float(cls["confidence"]))
            speech[lemma] = speech.get(lemma, False) or bool(cls.get("speech", False))
    verbs = {lemma: CueEntry(lemma, frozenset(fr), conf[lemma], speech[lemma]) for lemma, fr in frames.items()}
    particles = {str(k).lower(): frozenset(str(p).lower() for p in v) for k, v in raw["particles"].items()}
    phrases = tuple(tuple(p.lower().split()) for p in raw["phrases"])
    for lemma in [*raw["no_object"], *raw["clause_only"]]:
        entry = verbs.get(str(lemma).lower())
        if entry is not None and "object" in entry.frames and lemma not in raw["classes"]["object_cues"]["verbs"]:
            verbs[entry.lemma] = CueEntry(entry.lemma, entry.frames - {"object"}, entry.confidence, entry.speech)
    return CueLexicon(
        verbs,
        particles,
        frozenset(raw["preps"]),
        frozenset(raw["no_object"]),
        frozenset(raw["circumstance_preps"]),
        frozenset(raw["medium_nouns"]),
        phrases,
        {str(k).lower(): str(v).lower() for k, v in raw["forms"].items()},
        frozenset(str(w).lower() for w in raw.get("physical_senses", [])),
        frozenset(str(w).lower() for w in raw.get("physical_targets", [])),
        frozenset(str(w).lower() for w in raw.get("naming_verbs", [])),
        frozenset(str(w).lower() for w in raw.get("source_verbs", [])),
        frozenset(str(w).lower() for w in raw.get("claim_nouns", [])),
        frozenset(lemma for lemma, e in verbs.items() if e.speech and "clause" in e.frames),
        frozenset(p[0] for p in phrases),
        withholding_senses=frozenset(str(w).lower() for w in raw.get("withholding_senses", [])),
        withheld_things=frozenset(str(w).lower() for w in raw.get("withheld_things", [])),
        idioms={str(k).lower(): str(v).lower() for k, v in (raw.get("idioms") or {}).items()},
        base_form_pasts=frozenset(str(w).lower() for w in raw.get("base_form_pasts", [])),
        issuer_preps=frozenset(str(w).lower() for w in raw.get("issuer_preps", [])),
        relay_verbs=frozenset(str(w).lower() for w in raw.get("relay_verbs", [])),
        impersonal_it_predicates=frozenset(str(w).lower() for w in raw.get("impersonal_it_predicates", [])),
        particle_only_verbs=frozenset(str(w).lower() for w in raw.get("particle_only_verbs", [])),
        gloss_nouns=frozenset(str(w).lower() for w in raw.get("gloss_nouns", [])),
        leading_connectives=frozenset(str(w).lower() for w in raw.get("leading_connectives", [])),
    )


def build_speaker_words(raw: dict[str, Any], persons: frozenset[str] = frozenset()) -> SpeakerWords:
    return SpeakerWords(
        document_nouns=word_set(raw, "document_nouns"),
        definite_determiners=word_set(raw, "definite_determiners"),
        issue_verbs=word_set(raw, "issue_verbs"),
        issuer_prepositions=word_set(raw, "issuer_prepositions"),
        medium_prepositions=word_set(raw, "medium_prepositions"),
        object_prepositions=word_set(raw, "object_prepositions"),
        depiction_nouns=word_set(raw, "depiction_nouns"),
        polity_nouns=word_set(raw, "polity_nouns"),
        text_nouns=word_set(raw, "text_nouns"),
        first_person_pronouns=word_set(raw, "first_person_pronouns"),
        collective_pronouns=word_set(raw, "collective_pronouns"),
        kin_nouns=word_set(raw, "kin_nouns"),
        other_party_nouns=word_set(raw, "other_party_nouns"),
        role_nouns=word_set(raw, "role_nouns"),
        epithet_speaker_nouns=word_set(raw, "epithet_speaker_nouns"),
        body_speakers=BodySpeakerWords(word_set(raw, "body_speaker_nouns"), word_set(raw, "survey_speaker_nouns"),
                                       word_set(raw, "campaign_speaker_nouns")),
        class_nouns=_class_nouns(raw.get("class_nouns") or {}),
        state_organ_sectors=frozenset(str(w).upper() for w in raw.get("state_organ_sectors", []) or []),
        movement_sectors=frozenset(str(w).upper() for w in raw.get("movement_sectors", []) or []),
        military=MilitaryWords(word_set(raw, "military_nouns"),
                               frozenset(str(w).upper() for w in raw.get("military_sectors", []) or []),
                               frozenset(str(w).upper() for w in raw.get("military_other_sectors", []) or [])),
        question_labels=word_set(raw, "question_labels"),
        answer_labels=word_set(raw, "answer_labels"),
        message_nouns=word_set(raw, "message_nouns"),
        identifying_nouns=word_set(raw, "identifying_nouns"),
        origin_verbs=word_set(raw, "origin_verbs"),
        message_participles=word_set(raw, "message_participles"),
        message_verbs=word_set(raw, "message_verbs"),
        issuing_participles=word_set(raw, "issuing_participles"),
        lead_in_participles=word_set(raw, "lead_in_participles"),
        message_reading_verbs=word_set(raw, "message_reading_verbs"),
        person_nouns=persons,
    )


def _class_nouns(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """``class_nouns`` inverted: a noun to the actor types it may stand for."""
    out: dict[str, set[str]] = {}
    for kind, nouns in raw.items():
        for noun in nouns:
            out.setdefault(str(noun).lower(), set()).add(str(kind))
    return {noun: frozenset(kinds) for noun, kinds in out.items()}


def build_thresholds(raw: dict[str, Any]) -> Thresholds:
    conf = raw["confidence"]
    return Thresholds(
        direct_share=float(raw["direct_share"]),
        after_window=int(raw["after_window"]),
        before_gap=int(raw["before_gap"]),
        max_gap=int(raw["max_gap"]),
        continuation_gap=int(raw["continuation_gap"]),
        continuation_gap_mid=int(raw["continuation_gap_mid"]),
        headline_max=int(raw["headline_max"]),
        dateline_paragraphs=int(raw["dateline_paragraphs"]),
        speaker_chain_sentences=int(raw["speaker_chain_sentences"]),
        **{k: float(conf[k]) for k in _CONFIDENCES},
    )


def load_quotes_data(resources: Resources) -> QuotesData:
    """Every data file of the quote stage, checked and merged with the user's."""
    cues = build_cue_lexicon(resources.yaml("quotes/cues.yaml", CUES_SCHEMA))
    speakers = build_speaker_words(resources.yaml("quotes/speakers.yaml", SPEAKERS_SCHEMA), person_roles(resources))
    return QuotesData(
        cues=cues,
        marks=load_marks(resources),
        filters=load_quote_filters(resources),
        speakers=speakers,
        thresholds=build_thresholds(resources.yaml("quotes/thresholds.yaml", THRESHOLDS_SCHEMA)),
        stance=load_stance_words(resources),
        attribution=load_attribution_words(resources),
        speaking_nouns=speaking_nouns(cues, speakers),
    )
