"""The ACLED typology as loaded from ``data/events/acled.yaml``: sub-event type -> event type, and
the ordered rules that give an event its ACLED sub-event type or outside-ACLED scope (see
:mod:`.acled`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class AcledRule:
    """One rule of ``data/events/acled.yaml``: its conditions and the ACLED sub-event type or the
    outside-ACLED scope it gives (see :mod:`.acled`)."""

    subtype: str | None
    scope: str | None
    plover: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    cues: tuple[tuple[str, ...], ...] = ()
    also: tuple[tuple[str, ...], ...] = ()
    exclude: tuple[tuple[str, ...], ...] = ()
    target: str | None = None  # armed, civilian
    source: str | None = None  # state, non_state, none
    governs: bool = False
    group: str | None = None  # rules of one group compete: the cue nearest the predicate wins
    source_cues: tuple[tuple[str, ...], ...] = ()  # words one of which names the source
    target_cues: frozenset[str] = frozenset()  # words one of which names the target or the object
    not_target_cues: frozenset[str] = frozenset()  # the rule does not apply when one of these names the target
    predicates: frozenset[str] = frozenset()  # lemmas one of which is the event's predicate word
    not_predicates: frozenset[str] = frozenset()  # the rule does not apply when the predicate word is one of these
    not_modes: frozenset[str] = frozenset()  # the rule does not apply to an event of these modes
    not_modalities: frozenset[str] = frozenset()  # ... nor to an event of these modalities (future: not yet done)
    claimant: str | None = None  # doer: the event is told by its own doer ("X claimed its fighters had ...")
    means: bool = False  # a cue word counts only as the act's means: not in its target nor another clause


@dataclass(frozen=True)
class AcledData:
    """The ACLED typology: sub-event type -> event type, and the ordered rules."""

    types: dict[str, str]
    rules: tuple[AcledRule, ...]
    armed_sectors: frozenset[str] = frozenset()
    state_sectors: frozenset[str] = frozenset()
    non_state_sectors: frozenset[str] = frozenset()
    government_sectors: frozenset[str] = frozenset()  # a source of these (or a state) and no armed one: a government
    armed_nouns: frozenset[str] = frozenset()
    civilian_modifiers: frozenset[str] = frozenset()  # "a refugee camp", "a bus station": no armed place
    former_words: frozenset[str] = frozenset()  # "a former combatant", "a retired officer": a civilian now
    collective_nouns: frozenset[str] = frozenset()  # "a crowd of demonstrators": the demonstrators
    government_nouns: frozenset[str] = frozenset()  # "the two countries agreed": governments
    state_nouns: frozenset[str] = frozenset()  # a source named by one (and no actor): a state force
    non_state_nouns: frozenset[str] = frozenset()  # ... a non-state armed group
    affiliation_words: frozenset[str] = frozenset()  # with a word of affiliation_of: the state's affiliate
    affiliation_of: frozenset[str] = frozenset()  # the state's words: "government-backed", "pro-regime"
    not_cues: tuple[tuple[str, ...], ...] = ()  # phrases whose words are no cue ("riot police")
    topic_words: frozenset[str] = frozenset()  # words that are no cue as what is protested ("against violence")
    topic_governors: frozenset[str] = frozenset()  # ... the prepositions and verbs that make them a topic
    antecedent_marks: frozenset[str] = frozenset()  # "rallied after X": X is what the protest answers, no cue
    antecedent_heads: frozenset[str] = frozenset()  # ... the protest predicates such a clause depends on
    other_act_marks: frozenset[str] = frozenset()  # "killed X after the shelling stopped": another act's clause
    protest_window: int = -1  # protests this many sentences apart are one demonstration (-1: never)
    protest_order: tuple[str, ...] = ()  # protest sub-event types, most severe first: one demonstration takes the first
    attack_participles: frozenset[str] = frozenset()  # "killed 14, attacking a base": the base is a target too
    casualty_window: int = 0  # bare casualties this many sentences after an incident are its own (0: never)
    casualty_words: frozenset[str] = frozenset()  # ... the predicates that tell them ("killed", "died")
    report_verbs: frozenset[str] = frozenset()  # verbs whose subject tells an act, no party to it ("police said")
    later_adverbs: frozenset[str] = frozenset()  # "..., and later a bomber struck": a coordinated clause of another act
    means_verbs: frozenset[str] = frozenset()  # "shot dead a gunman, and X detonated a vest": the act names its means
    cause_preps: frozenset[str] = frozenset()  # "quit over the peace deal": the deal is why, no cue of the act
    cause_acts: frozenset[str] = frozenset()  # ... of an act of these PLOVER types (not "ran over a landmine")
    earlier_periods: tuple[str, ...] = ()  # "last week": an act so dated before a later sentence's day is background
    gap_units: frozenset[str] = frozenset()  # "days after X", "after a week of X": X is before the act, a gap apart
    standing_marks: frozenset[str] = frozenset()  # "had been held since March": a standing state, background
    day_words: tuple[str, ...] = ()  # ... the phrases of a day besides the weekdays ("yesterday", "this week")
    nobody_words: frozenset[str] = frozenset()  # "no one was killed", "none died": harm told as none, no cue
    aim_words: frozenset[str] = frozenset()  # "in an attempt to retake the town": a cue of an act only aimed at
    # side of an act told after a protest -> its own sub-event type -> the protest sub-event type it makes
    protest_responses: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    unarmed_words: frozenset[str] = frozenset()  # "shot dead an unarmed driver at a checkpoint": a civilian target
    person_object_cues: frozenset[str] = frozenset()  # "Assad was ousted": a person removed, no territory cue
    office_nouns: frozenset[str] = frozenset()  # ... "expelled the ambassador": nouns of a person by office
