"""Shared types of the quote stage: its loaded data and the attribution being built."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...nlp.attribution import AttributionWords
from ...nlp.quotation import MarkSet, Quotation, QuoteFilters
from ...nlp.stance_words import StanceWords
from .body_speakers import BodySpeakerWords
from .military_speakers import MilitaryWords

# closed-class facts about the parse and the page (data lives in data/quotes/)
OBJECT_DEPS = frozenset({"dobj", "dative", "oprd", "attr"})
CUE_LEFT_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
RIGHT_STOP_DEPS = frozenset({"conj", "cc", "advcl", "parataxis", "punct", "relcl", "mark", "ccomp"})
SPEAKER_CUT_DEPS = frozenset({"relcl", "acl", "advcl"})
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "acomp"})
LEADING_JUNK = frozenset(" \t\n\r\u00a0,;:.—–-)]}")
TRAILING_JUNK = frozenset(" \t\n\r\u00a0,;:.—–-([{")
# what may separate a closing mark from the speaker or cue after it (“…,” he said)
AFTER_GAP_CHARS = " \t\u00a0,—–―-"
DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]*)*\s*(?:\([A-Za-z]{1,12}\))?|[A-Z][\w.'’-]+(?:[ ,]+[A-Z][\w.'’-]+)*\s*\([A-Z]{2,12}\))\s*[―—–-]{1,2}\s+"
)
DASH_SOURCE = re.compile(
    r"[ \t\u00a0]*([―—–]|--)[ \t\u00a0]*([A-Z][\w.'’-]*(?:[ \t\u00a0]+[A-Z][\w.'’-]*){0,4})"
)
COLON_SOURCE = re.compile(
    r"[\"“]?(?P<name>[A-Z][\w.'’ -]{0,40}?)(?P<colon>:)[ \t\u00a0]+(?P<content>\S)"
)
TRAILING_CONJ = re.compile(r"\s+(?:and|or|but|nor)$")
# a social-media handle closing what comes before a colon ("Reposting @CityPolice:")
HANDLE_COLON = re.compile(r"(?<![\w@])(?P<handle>@\w{2,})\s*:$")
SENTENCE_END = re.compile(r"[.!?](?=[\s\"'”’»)]|$)")
QUOTE_GLYPHS = frozenset("\"'“”‘’„‟«»‹›`")
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
WH_WORDS = frozenset({"when", "whether", "if", "how", "why", "what", "where", "who", "which"})


@dataclass(frozen=True)
class CueEntry:
    """What a cue lemma can introduce: content frames, confidence, and whether it is speech."""

    lemma: str
    frames: frozenset[str]
    confidence: float
    speech: bool


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, CueEntry]
    particles: dict[str, frozenset[str]]
    preps: frozenset[str]
    no_object: frozenset[str]
    circumstance_preps: frozenset[str]
    medium_nouns: frozenset[str]
    phrases: tuple[tuple[str, ...], ...]
    forms: dict[str, str]  # inflected forms the lemmatizer gets wrong ("hoping" → "hop")
    physical_senses: frozenset[str] = frozenset()  # "attacked the hospital": no speech
    physical_targets: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()  # "a group called Hamas": no speech
    source_verbs: frozenset[str] = frozenset()  # "citing the ministry": a source, no speech
    claim_nouns: frozenset[str] = frozenset()  # "..., a claim the group denied": the clause is its content
    speech_verbs: frozenset[str] = frozenset()  # verbs of saying with a clause: "we affirm that ..."
    phrase_firsts: frozenset[str] = frozenset()  # the first words of ``phrases`` ("according")
    withholding_senses: frozenset[str] = frozenset()  # "denied entry to the journalists": no speech
    withheld_things: frozenset[str] = frozenset()
    idioms: dict[str, str] = field(default_factory=dict)  # "as X put it": verb lemma -> its object
    base_form_pasts: frozenset[str] = frozenset()  # '"...," read a statement': "read" is past, not a base form
    issuer_preps: frozenset[str] = frozenset()  # '"...," read a statement from X': X issued it
    relay_verbs: frozenset[str] = frozenset()  # "N said A, Reuters reported": Reuters relays, N says A
    impersonal_it_predicates: frozenset[str] = frozenset()  # "It's easy to see why ...": "it" is no speaker
    particle_only_verbs: frozenset[str] = frozenset()  # "pointed out": a cue; "pointed his gun": none
    gloss_nouns: frozenset[str] = frozenset()  # "a term referring to X": a word glossed, no speech
    leading_connectives: frozenset[str] = frozenset()  # "But the plan, X said, ...": "But" is the writer's


@dataclass(frozen=True)
class SpeakerWords:
    """Word lists for speakers that are documents ("the statement said") (``speakers.yaml``)."""

    document_nouns: frozenset[str]
    definite_determiners: frozenset[str]
    issue_verbs: frozenset[str]
    issuer_prepositions: frozenset[str]
    medium_prepositions: frozenset[str]
    object_prepositions: frozenset[str] = frozenset()  # "an attack on X": X is not who speaks
    depiction_nouns: frozenset[str] = frozenset()  # "images of the hospital": the hospital is shown, not speaking
    polity_nouns: frozenset[str] = frozenset()  # "a city that supports the rules": a body that may speak
    text_nouns: frozenset[str] = frozenset()  # "the treaty, which says ...": a text that says what it holds
    first_person_pronouns: frozenset[str] = frozenset()  # "I" inside X's quotation is X
    collective_pronouns: frozenset[str] = frozenset()  # "we" inside a body's quotation is the body
    kin_nouns: frozenset[str] = frozenset()  # "Gee's mother said": not Gee
    other_party_nouns: frozenset[str] = frozenset()  # "Berisha's opponents said": not Berisha
    role_nouns: frozenset[str] = frozenset()  # "the top U.S. diplomat said": the person who spoke before
    class_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "the group" -> {"group"}
    message_nouns: frozenset[str] = frozenset()  # 'with the caption "..."': the caption says it
    identifying_nouns: frozenset[str] = frozenset()  # '"...". That was the message from X': X says it
    origin_verbs: frozenset[str] = frozenset()  # '"..." The plea came from X': X says it
    message_participles: frozenset[str] = frozenset()  # 'a banner reading "..."'
    message_verbs: frozenset[str] = frozenset()  # 'a video captioned "..."': the video says it
    issuing_participles: frozenset[str] = frozenset()  # "a letter signed by X": X issued it
    lead_in_participles: frozenset[str] = frozenset()  # 'X, speaking in Karen: "..."': X says it
    message_reading_verbs: frozenset[str] = frozenset()  # 'A post ... reads: "..."': the post says it
    state_organ_sectors: frozenset[str] = frozenset()  # "the group" is no state's army or ministry
    movement_sectors: frozenset[str] = frozenset()  # ... unless it is a movement too (the Houthis)
    question_labels: frozenset[str] = frozenset()  # "Q: ..." an interviewer's turn
    answer_labels: frozenset[str] = frozenset()  # "A: ..." the interviewee's turn
    person_nouns: frozenset[str] = frozenset()  # the actor lexicon's nouns for one person ("farmer")
    epithet_speaker_nouns: frozenset[str] = frozenset()  # "the Florida senator said": the last named subject
    body_speakers: BodySpeakerWords = field(default_factory=BodySpeakerWords)  # "the company tweeted": the body that spoke before
    military: MilitaryWords = field(default_factory=MilitaryWords)  # "the military said": the military that spoke last


@dataclass(frozen=True)
class Thresholds:
    """Distances, shares and confidences of ``thresholds.yaml`` (see the folder's README)."""

    direct_share: float
    after_window: int
    before_gap: int
    max_gap: int
    continuation_gap: int
    continuation_gap_mid: int
    headline_max: int
    dateline_paragraphs: int
    speaker_chain_sentences: int
    phrase: float
    dash_source: float
    colon: float
    standalone: float
    context_speaker: float
    no_context_speaker: float
    previous_paragraph_speaker: float
    partial_max: float
    unclosed_factor: float


@dataclass(frozen=True)
class QuotesData:
    """Everything the quote stage reads from ``data/quotes/``, loaded once per pipeline."""

    cues: CueLexicon
    marks: MarkSet
    filters: QuoteFilters
    speakers: SpeakerWords
    thresholds: Thresholds
    stance: StanceWords
    attribution: AttributionWords
    # every noun of what may speak (texts and media, people, posts, bodies, polities), the union of the
    # speaker word lists, made once when the lexicons load (:func:`.thing_speakers.speaking_nouns`)
    speaking_nouns: frozenset[str] = frozenset()


@dataclass
class Attribution:
    """An attribution being built: cue, speaker and content as char ranges."""

    cue_start: int | None
    cue_end: int | None
    lemma: str | None
    confidence: float
    speech: bool
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_head: int | None = None  # char offset of the speaker's head word
    content_start: int | None = None
    content_end: int | None = None
    kind: str = "indirect"
    inside_quote: bool = False
    quotations: list[Quotation] = field(default_factory=list)
    speaker_actor_id: str | None = None
    parent: Attribution | None = None
    standalone: bool = False
    quote_id: str | None = None
    written_as: tuple[int, int] | None = None  # an unnamed person's description the speaker stands for

    @property
    def has_content(self) -> bool:
        return self.content_start is not None and self.content_end is not None

    @property
    def has_speaker(self) -> bool:
        return self.speaker_start is not None
