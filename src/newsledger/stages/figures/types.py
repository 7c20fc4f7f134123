"""Shared types of the figure stage: its loaded lexicon and the figure being read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ...nlp.numbers import NumberWords, ScaleAbbreviation
from ...nlp.stance_words import StanceWords

KIND_COUNT = "count"
KIND_MONEY = "money"
KIND_PERCENT = "percent"
KIND_DURATION = "duration"
KIND_MEASURE = "measure"
KIND_OTHER = "other"

NOUNS = {"NOUN", "PROPN"}
NAME_LABELS = {"ORG", "PRODUCT", "EVENT", "LAW", "FAC", "WORK_OF_ART", "PERSON"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
TIME_LABELS = {"DATE", "TIME"}
# a headline-style line that opens (after a liveblog entry's time, if any) with a source and a
# colon, the count a few words after it: "06:52 GMT  Ambulance service: 29 dead"
HEADLINE_SOURCE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\b[ \t]*(?:[A-Z]{3}|[AaPp]\.?[Mm]\.?)?[ \t]+)?"
    r"(?P<name>[A-Z][^:\n.!?;,]{1,40}?):[ \t]+(?P<gap>(?:\S+[ \t]+){0,3})$"
)
NOT_IN_COUNTED_PHRASE = {"last", "next", "this", "per", "each", "every", "a", "an", "the", ",", "("}
BREAKS_COUNTED_PHRASE = {"CCONJ", "ADP", "VERB", "AUX", "PUNCT", "SCONJ", "PRON", "DET"}
PRONOUN_DETERMINERS = {"this", "that", "the", "each", "every", "any", "no", "which",
                       "another", "someone", "anyone", "everyone", "some"}


@dataclass(frozen=True)
class UnitInfo:
    """A unit surface form: its canonical name and the figure kind it gives."""

    name: str
    kind: str


@dataclass(frozen=True)
class Confidence:
    """A figure's confidence by how its number is written (``confidence.yaml``)."""

    default: float
    vague: float
    fraction: float
    word_one: float


@dataclass(frozen=True)
class Markup:
    """What marks text that is not prose (``data/figures/markup.yaml``)."""

    file_name_re: re.Pattern[str]
    address_markers: tuple[str, ...]
    style_re: re.Pattern[str]


@dataclass(frozen=True)
class FigureLexicon:
    """Everything the figure stage knows, read from ``data/figures`` and compiled once."""

    word_values: dict[str, int]
    scales: dict[str, int]
    dozen: int
    scale_abbr: dict[str, ScaleAbbreviation]
    fractions: dict[str, float]
    vague: dict[str, tuple[float, float]]
    vague_requires_of: frozenset[str]
    vague_span_re: re.Pattern[str]  # the words joining two vague amounts into one estimate
    qualifiers_before: dict[str, str]
    qualifiers_after: dict[str, str]
    # hedges of a height that leave a range after them as it is (qualifiers.yaml range_estimates)
    range_estimates: frozenset[str]
    currency_prefix: dict[str, str]
    units_ci: dict[str, UnitInfo]  # lower-cased surface -> unit (case-insensitive forms)
    units_cs: dict[str, UnitInfo]  # exact surface -> unit (symbols)
    measure_verbs: dict[str, str]
    measure_nouns: dict[str, str]
    measure_adjectives: dict[str, str]
    level_verbs: frozenset[str]
    change_re: re.Pattern[str]  # a word of change ending the text before "from A to B"
    people_nouns: frozenset[str]
    source_verbs: frozenset[str]
    time_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    misread_place_labels: frozenset[str]  # entity labels read as a place after a place preposition
    misread_village_labels: frozenset[str]  # the same, for a name of proper nouns as the preposition's object
    place_head_nouns: frozenset[str]  # "in Kanthi Chak village": the name before one is a place
    # compiled patterns
    numeral_re: re.Pattern[str]
    word_number_re: re.Pattern[str]
    vague_re: re.Pattern[str]
    fraction_re: re.Pattern[str]
    fold_re: re.Pattern[str]
    blocked_re: re.Pattern[str]
    blocked_no_mail_re: re.Pattern[str]  # blocked_re for a text without "@" (the same stretches)
    qualifier_before_re: re.Pattern[str]
    qualifier_after_re: re.Pattern[str]
    currency_before_re: re.Pattern[str]
    scale_after_re: re.Pattern[str]
    unit_after_ci_re: re.Pattern[str]
    unit_after_cs_re: re.Pattern[str]
    rate_after_re: re.Pattern[str]
    month_before_re: re.Pattern[str]
    month_after_re: re.Pattern[str]
    weekday_before_re: re.Pattern[str]
    dated_month_before_re: re.Pattern[str]
    counted_word_after_re: re.Pattern[str]
    name_before_re: re.Pattern[str]
    classifier_before_re: re.Pattern[str]  # "type 2", "category 5": an identifier in any case
    calibre_after_re: re.Pattern[str] | None  # "155mm shells": a weapon's calibre
    street_after_re: re.Pattern[str]
    age_before_re: re.Pattern[str]
    age_after_re: re.Pattern[str]
    time_after_re: re.Pattern[str]
    year_before_re: re.Pattern[str]
    subset_before_re: re.Pattern[str]
    subset_after_re: re.Pattern[str]
    source_phrase_re: re.Pattern[str]
    time_scope_re: re.Pattern[str]
    among_measure_re: re.Pattern[str]
    among_state_re: re.Pattern[str]
    confidence: Confidence
    numbers: NumberWords
    stance: StanceWords
    markup: Markup
    connector_re: re.Pattern[str] = field(
        default=re.compile(r"\s*(?:-to-|[-–—]|to-?|and|through|till|or)\s*", re.I))
    # states written after the counted ("in critical condition") -> measure (measures.yaml)
    measure_states: dict[str, str] = field(default_factory=dict)
    state_re: re.Pattern[str] | None = None
    # the states above that hold a negation ("could not save", "did not survive"): a death, not a
    # negated count
    negated_state_re: re.Pattern[str] | None = None
    # words opening a sentence on a count that continues the sentence before ("Another 52 were ...")
    continuation_re: re.Pattern[str] | None = None
    # the same after the opening number: "Six others were wounded", "Two more died" (context.yaml)
    continuation_after_re: re.Pattern[str] | None = None
    # words joining a clause whose bare number counts what the count before it counts ("..., and the
    # UN has verified 24")
    elliptical_join_re: re.Pattern[str] | None = None
    range_nouns: frozenset[str] = frozenset()  # "the 100-300 range": the stretch a count lies in
    change_reach: int = 40  # characters from a word of change to the "from" of "from A to B"
    # "the prison can hold 130 detainees": a verb of holding under a modal of ability (or its
    # infinitive of purpose, "built to house") counts room, not what happened (measures.yaml)
    capacity_verbs: frozenset[str] = frozenset()
    # "destroyed up to 40 militants": verbs of destroying a target that count the dead only when
    # the counted are people (measures.yaml people_killing_verbs)
    people_killing_verbs: frozenset[str] = frozenset()
    people_killing_nouns: frozenset[str] = frozenset()  # "the neutralisation of 31 terrorists"
    burial_verbs: frozenset[str] = frozenset()  # "helped bury 38 people": the buried are dead
    burial_grounds: frozenset[str] = frozenset()  # "58 people were buried in the cemetery": dead (toll_ellipsis)
    losing_verbs: frozenset[str] = frozenset()  # "families have lost three people": the lost are dead
    lost_not_dead: frozenset[str] = frozenset()  # "the party lost 40 members": lost, not dead
    nation_forms: frozenset[str] = frozenset()  # "two peoples": nations, not persons
    compelling_verbs: frozenset[str] = frozenset()  # "were forced to flee": the infinitive's measure
    shelter_verbs: frozenset[str] = frozenset()  # "were moved to schools": displaced
    shelter_nouns: frozenset[str] = frozenset()
    leaving_verbs: frozenset[str] = frozenset()  # "400 families had left villages": displaced
    settlement_nouns: frozenset[str] = frozenset()  # the homes and places whose leaving is displacement
    dying_verbs: frozenset[str] = frozenset()  # "two of the wounded succumbed": the hurt died
    unharmed_conditions: frozenset[str] = frozenset()  # "treated for anxiety": not injured
    # "according to initial reports": words describing a cited document that name no one (context.yaml)
    unowned_report_words: frozenset[str] = frozenset()
    judging_verbs: frozenset[str] = frozenset()  # "condemned the attack, which killed 30" (context.yaml)
    # "decided to move all 40 detainees": a figure in an intended act is not stated (figures/deeds.py)
    deed_cues: frozenset[str] = frozenset()
    # "told residents to leave after 22 were killed": a figure in a directed act (figures/body_sources_directive.py)
    body_sources_directive_verbs: frozenset[str] = frozenset()
    # "Smith's vote tally was 4,210": a count of what its possessor won (figures/body_sources_results.py)
    body_sources_result_nouns: frozenset[str] = frozenset()
    body_sources_topic_verbs: frozenset[str] = frozenset()  # "met to discuss 40 hostages"
    # "X agreed a truce in four towns, monitors say": an act told in a report (context.yaml, figures/two_body_sources.py)
    two_body_act_cues: frozenset[str] = frozenset()
    # "41% in the latest Gallup poll": the poll's owner states the figure (context.yaml, figures/two_body_sources.py)
    two_body_poll_nouns: frozenset[str] = frozenset()
    # "The plan would add 2 million jobs": a verb of saying adding an amount (context.yaml, figures/two_body_sources.py)
    two_body_amount_verbs: frozenset[str] = frozenset()
    # "51 percent of respondents said ...": a share of people polled states nothing (context.yaml)
    two_body_share_nouns: frozenset[str] = frozenset()
    # "a survey conducted by WBUR": who took a poll, or for whom (context.yaml, figures/two_body_sources.py)
    two_body_poll_verbs: frozenset[str] = frozenset()
    # "which the Red Cross said killed 65": a verb of saying read as an auxiliary (context.yaml, figures/two_body_sources.py)
    two_body_said_forms: frozenset[str] = frozenset()
    # "rejected claims by the rebels that 50 died": the claim's owner (context.yaml, figures/two_body_sources.py)
    two_body_claim_nouns: frozenset[str] = frozenset()
    # words that set a count in another time than the report before it ("a day after 9 were killed",
    # "since January", "last year"): it goes on with no reporter (context.yaml, figures/carried.py)
    carried_stop_words: frozenset[str] = frozenset()
    # "31 people, including 23 security personnel": a whole with armed parts is no civilians (context.yaml)
    civilian_sectors: frozenset[str] = frozenset()
    combatant_sectors: frozenset[str] = frozenset()
    with_measures: frozenset[str] = frozenset()  # "11 people with gunshot wounds": injured
    # "..., up from 52": a number giving the value a changed count had before (measures.yaml)
    previous_value_re: re.Pattern[str] | None = None
    compared_value_re: re.Pattern[str] | None = None
    tally_nouns: frozenset[str] = frozenset()  # "their own count is seven": a bare number as a count's value
    tally_verbs: frozenset[str] = frozenset()  # "the UN has cited \"at least 12\"": a bare number cited
    tally_prepositions: frozenset[str] = frozenset()  # "put it at 45", "speak of 80": a tally verb's number
    saying_tally_verbs: frozenset[str] = frozenset()  # "the number is higher; the bureau says 38"
    # "eight prisoners were among the dead": a group the counted are among gives its measure
    group_prepositions: frozenset[str] = frozenset()
    group_pronouns: frozenset[str] = frozenset()  # "... were among them": the measure noun before
    # "200 prisoners remain at large", "freed 40 hostages": captives set free are no longer held
    captive_measures: frozenset[str] = frozenset()
    # measures whose participle of result takes its head verb's subject for its doer ("fired on a crowd, killing four")
    result_participle_measures: frozenset[str] = frozenset()
    freed_verbs: frozenset[str] = frozenset()
    freed_re: re.Pattern[str] | None = None
    # "40 people may die": a modal over a count's verb -> the figure's stance (measures.yaml)
    prospect_modals: dict[str, str] = field(default_factory=dict)
    # "the toll could reach 90": a verb placing a count at a level under a modal -> an estimate
    estimate_verbs: frozenset[str] = frozenset({"be"})
    # "150 people sustained injuries": a verb of undergoing whose object is a measure noun
    undergo_verbs: frozenset[str] = frozenset()
    raising_verbs: frozenset[str] = frozenset()  # "40 people are believed to have died"
    # "three people who died of their wounds": the measures a relative clause on the counted gives
    relative_measures: frozenset[str] = frozenset()
    capacity_modals: frozenset[str] = frozenset()
    # "27 were transferred to the General Hospital of Chania": carried to a hospital, the hurt
    hospital_verbs: frozenset[str] = frozenset()
    fate_nouns: frozenset[str] = frozenset()  # "the fate of 40 people remains unknown": missing
    unknown_words: frozenset[str] = frozenset()
    hospital_nouns: frozenset[str] = frozenset()
    # "Flash has learned from sources in X", "The figure of 750 comes from Y": a "from" naming the source
    hearing_verbs: frozenset[str] = frozenset()
    origin_verbs: frozenset[str] = frozenset()
    restating_adverbs: frozenset[str] = frozenset()  # "a figure the UN also cited": not the giver
    giving_verbs: frozenset[str] = frozenset()  # "..., a toll given by the police"
    bearing_words: frozenset[str] = frozenset()  # "south-west of Gavdos", "the coast of Libya": a place
    struck_prepositions: frozenset[str] = frozenset()  # "launched missiles against X, killing 8": X was struck
    struck_clause_marks: frozenset[str] = frozenset()  # "8 were killed when shells hit X": the act's clause



@dataclass
class Quantity:
    """A number found in the text, as it is being read (internal, mutable)."""

    start: int  # first char of the number itself (after currency and qualifier)
    end: int  # end of the number and its scale word
    low: float
    high: float
    raw: float = 0.0  # the value before any scale
    source: str = "numeral"  # numeral, word, vague, fraction
    scale: float | None = None
    currency: str | None = None
    cur_start: int | None = None
    unit: str | None = None
    unit_kind: str | None = None
    unit_end: int | None = None
    qualifier: str | None = None
    qual_start: int | None = None
    vague: str | None = None
    integer: bool = True
    has_separator: bool = False
    skip: str | None = None  # reason it is not a figure
    range_with: Quantity | None = None

    @property
    def core_start(self) -> int:
        return self.cur_start if self.cur_start is not None else self.start

    @property
    def span_start(self) -> int:
        return self.qual_start if self.qual_start is not None else self.core_start

    @property
    def span_end(self) -> int:
        return self.unit_end if self.unit_end is not None else self.end



@dataclass
class Reading:
    """A figure being read from the parse (internal)."""

    q: Quantity
    sentence: int
    anchor: Token
    noun: Token | None = None
    group: str | None = None
    group_start: int | None = None
    group_end: int | None = None
    measure: str | None = None
    kind: str = KIND_OTHER
    unit: str | None = None
    perpetrator: str | None = None
    perp_start: int | None = None
    perp_end: int | None = None
    time_scope: str | None = None
    place: str | None = None
    start: int = 0
    end: int = 0
    id: str = ""
    part_of: int | None = None  # index of the parent reading
    confidence: float = 1.0
    measure_by_noun: bool = False  # the measure comes from a noun only ("six prisoners"), no verb



@dataclass
class MeasureHit:
    measure: str
    verb: Token | None = None
    passive: bool = False
    np_is_subject: bool = False  # "12 people died": the counted are the subject
    by_noun: bool = False  # read from a noun ("six prisoners", "20 deaths"), not a verb or state



@dataclass(frozen=True)
class Source:
    text: str
    start: int
    end: int

