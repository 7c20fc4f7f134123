"""The event stage's shared types: the CAMEO table entry, patterns and wrappers, the lexicon and
rules loaded once, and the per-article frames the extraction passes share (bottom module: of
the event stage it imports only :mod:`.acled_types`, the ACLED typology's, and :mod:`.report_types`, the report
constructions', which import nothing)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...nlp import ParsedDoc
from ...nlp.dates import parse_date
from ...nlp.stance_words import StanceWords
from ...records import Actor, ActorLayer, Mention, Quote
from .acled_types import AcledData
from .report_types import Report, Reports

MODALITIES = ("asserted", "negated", "hypothetical", "future", "requested", "historical")

# --------------------------------------------------------------------------- loaded data


@dataclass(frozen=True)
class CameoCode:
    """A CAMEO event code with its Goldstein score, QuadClass and PLOVER crosswalk."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    contexts: tuple[str, ...]


@dataclass(frozen=True)
class EventPattern:
    """One way of expressing a CAMEO event: a verb or noun, with its argument places."""

    cameo: str
    kind: str  # verb or noun
    words: tuple[str, ...]  # verb + particles/objects, or noun modifiers + head
    objects: tuple[tuple[str, ...], ...] = ()
    objects_exclude: tuple[tuple[str, ...], ...] = ()
    modifiers: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    symmetric: bool = False
    needs_target: bool = False
    prep_sense: bool = False  # the sense needs its target preposition, in a wrapped clause too ("go back on")
    needs_source: bool = False  # no event without a doer ("rescue workers were sent to the area": no one's aid)
    polity_target: bool = False  # the target is a state, government or organisation, never a person
    no_object: bool = False  # the verb counts only without a direct object ("demonstrated")
    no_predicate: bool = False  # ... only without an object predicate ("called Jordan a partner" names, calls nobody)
    told_target: bool = False  # a symmetric event whose other party must be told: two subjects do not stand for it
    noun_source: tuple[str, ...] = ("by",)  # prepositions giving the source of the noun form
    solo_cameo: str | None = None  # the code when a symmetric event has a single party
    shallow: bool = False  # the target is the object itself, never an actor named inside it
    domestic: bool = False  # a measure on one's own people (curfew): no target named = own country
    modifiers_exclude: frozenset[str] = frozenset()
    subjects_exclude: frozenset[str] = frozenset()  # "troops arrived" is no visit: the verb's subject words
    subjects: frozenset[str] = frozenset()  # the verb counts only with one of these subject words ("police raided")
    foreground: bool = False  # no event in a relative or time clause ("after the convoy arrived"): a scene
    party_sectors_exclude: frozenset[str] = frozenset()  # no event when a party is all of these sectors (an interview)
    topic_object: bool = False  # the object is what the event is about, never its target ("discussed China's role")
    needs_partner: bool = False  # a symmetric event that needs two parties ("expanded trade" alone is no cooperation)
    own_country_cameo: str | None = None  # the code when the target is the doer's own country (troops sent home)
    sector_target_cameo: tuple[tuple[str, str], ...] = ()  # (sector, code): the code when every target is of the sector
    person_objects: bool = False  # a named person is an object too ("eliminated commander Abu X")
    possessor_target: bool = False  # "Alinejad's murder": with no "of" phrase, the possessor is the one it is done to
    place_host: bool = False  # "received a warm welcome in Nairobi": with no host named, the place hosts
    nominal: bool = False  # a verb's nominalisation (nominals.py): counts only with its arguments
    active_only: bool = False  # the verb counts only in the active voice (its subject words are the doer's)
    plover: str | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()

    @property
    def specificity(self) -> int:
        return len(self.words) * 2 + (3 if self.objects else 0) + (3 if self.modifiers else 0) + (1 if self.subjects else 0)


@dataclass(frozen=True)
class Wrapper:
    """A verb that turns the event in its complement into another event (REQUEST, AGREE, ...)."""

    kind: str  # appeal, demand, intent, threaten, reject, negate
    default: str | None
    derive: tuple[tuple[str, str], ...] = ()  # (inner CAMEO prefix, wrapper CAMEO code), longest first
    plover: str | None = None  # the PLOVER type of the wrapping event

    def code_for(self, inner: str | None) -> str | None:
        if inner:
            for prefix, code in self.derive:
                if inner.startswith(prefix):
                    return code
        return self.default


@dataclass(frozen=True)
class Lexicon:
    """Everything the event stage knows about words, loaded from the patterns file(s)."""

    verbs: dict[str, tuple[EventPattern, ...]]
    nouns: dict[str, tuple[EventPattern, ...]]
    light_verbs: dict[str, tuple[tuple[str, ...], ...]]
    wrapper_verbs: dict[str, tuple[tuple[tuple[str, ...], Wrapper], ...]]
    wrapper_nouns: dict[str, Wrapper]
    wrapper_adjectives: dict[str, Wrapper]
    for_verbs: frozenset[str]
    bare_default: frozenset[str]
    intent_predicates: frozenset[str]
    carrier_nouns: frozenset[str]
    reject_ignore: frozenset[str]
    threat_complements: frozenset[str]
    accusation_blockers: frozenset[str]
    verbal_attack_verbs: frozenset[str]
    wrappers: dict[str, Wrapper]
    speech_verbs: frozenset[str]
    future_aux: frozenset[str]
    deontic: frozenset[str]
    hypothetical_aux: frozenset[str]
    conditional_marks: frozenset[str]
    negators: frozenset[str]
    historical_cues: frozenset[str]
    actor_nouns: frozenset[str]
    vague_actor_nouns: frozenset[str]
    contexts: tuple[tuple[str, frozenset[str]], ...]
    assault_modes: tuple[tuple[str, frozenset[str]], ...]
    accusations: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word -> (words, code)
    scene_prepositions: frozenset[str] = frozenset()  # "near Samarra": where an event happened
    co_party_preps: frozenset[str] = frozenset()  # "X, along with Y, urged ...": Y acts too
    co_party_verbs: frozenset[str] = frozenset()  # "X joined Y in condemning ...": Y condemns too
    party_adjunct_preps: frozenset[str] = frozenset()  # "after talks with X, Y said": Y is the other party
    boundary_nouns: frozenset[str] = frozenset()  # "its border with China": the party across is China
    facing_preps: frozenset[str] = frozenset()  # "deployed troops near Kyiv": forces facing a place, no aid to it
    carrying_verbs: frozenset[str] = frozenset()  # "sent a plane carrying medical supplies": what is sent is the load
    cancel_verbs: frozenset[str] = frozenset()  # "the visit was cancelled": an event noun called off did not happen
    role_verbs: frozenset[str] = frozenset()  # "which oversees military operations": a standing role, no act
    presupposing_verbs: frozenset[str] = frozenset()  # "did not condemn the strikes": the strikes happened
    deliberation_verbs: frozenset[str] = frozenset()  # "is weighing sanctions": an act only considered, hypothetical
    stative_verbs: frozenset[str] = frozenset()  # "the rebels control the town": a state in the present or over a span
    span_nouns: frozenset[str] = frozenset()  # "for years": the nouns of a span of time
    aspect_verbs: frozenset[str] = frozenset()  # "must quit intimidating Taiwan": the gerund's act, no quitting
    end_nouns: frozenset[str] = frozenset()  # "called for an end to the war with X": a party's will to end it (AGREE)
    need_nouns: frozenset[str] = frozenset()  # "stressed the need for X to V": a request of X (REQUEST)
    object_request_verbs: frozenset[str] = frozenset()  # "sought joint patrols with X": the object an act requested (REQUEST)
    custody_nouns: frozenset[str] = frozenset()  # "in Ukrainian custody": its holder harms who is held
    death_verbs: frozenset[str] = frozenset()  # "died of torture": the one who died is the victim
    background_marks: frozenset[str] = frozenset()  # "after X arrived": a clause that sets the time of another
    preparation_verbs: frozenset[str] = frozenset()  # "prepared to launch an offensive": force made ready (MOBILIZE)
    conflict_nouns: frozenset[str] = frozenset()  # ... the wars, fighting and hostilities so ended
    named_war_nouns: frozenset[str] = frozenset()  # "the Russia-Ukraine war": a war named by its sides, no act
    time_preps: frozenset[str] = frozenset()  # "declined after the agreement": a time, not what was declined
    ultimatum_marks: frozenset[str] = frozenset()  # "will withdraw unless Y ...": a promised act made a threat
    misread_place_labels: frozenset[str] = frozenset()  # "in Kfar Sallum" labelled a nationality: a place
    quantity_heads: frozenset[str] = frozenset()  # "part of", "thousands of": look at the "of" phrase
    people_counts: frozenset[str] = frozenset()  # "arrested dozens": counts that stand for people
    of_heads: frozenset[str] = frozenset()  # "the return of inspectors": the "of" phrase is acted on
    order_verbs: frozenset[str] = frozenset()  # "ordered X to ...": the order-giver acts
    addressee_on_verbs: frozenset[str] = frozenset()  # "called on X to ...": the addressee after on
    addressee_to_verbs: frozenset[str] = frozenset()  # "appealed to X to ...": the addressee after to
    addressee_with_verbs: frozenset[str] = frozenset()  # "pleaded with X to ...": the addressee after with
    recipient_light_verbs: frozenset[str] = frozenset()  # "received a warm welcome from X": the subject is the target
    content_nouns: frozenset[str] = frozenset()  # "an agreement to increase trade": the infinitive is its content
    crowd_nouns: frozenset[str] = frozenset()  # "rioters torched cars": violence by a crowd is a riot
    focus_after_negator: frozenset[str] = frozenset()  # "not only X but also Y": no negation
    rank_words: frozenset[str] = frozenset()  # "X was the first to condemn Y": the act told done by X
    readiness_words: frozenset[str] = frozenset()  # "X is ready for / committed to ...": a stated readiness (AGREE)
    readiness_ends: frozenset[str] = frozenset()  # "... a ceasefire", "... peace talks": the cooperative ends so readied
    commitment_words: frozenset[str] = frozenset()  # "committed to ending the war": a commitment to an act (a gerund) only
    decision_verbs: frozenset[str] = frozenset()  # "decided to suspend aid": the measure taken, no threat or promise
    # disapproval told as a judgement (judgements.py): "called the sanctions illegal", "said Russia was responsible"
    judging_verbs: frozenset[str] = frozenset()  # "called X illegal", "described X as a provocation"
    disapproval_words: frozenset[str] = frozenset()  # "illegal", "unacceptable", "a violation", "a provocation"
    concern_verbs: frozenset[str] = frozenset()  # "expressed concern over ...": concern voiced (ACCUSE at an act)
    concern_nouns: frozenset[str] = frozenset()  # "concern", "alarm"
    voiced_concern_preps: frozenset[str] = frozenset()  # "over", "about": what the concern voiced is at
    backing_nouns: frozenset[str] = frozenset()  # "the plan has the backing of X": support held (SUPPORT)
    backing_verbs: frozenset[str] = frozenset()  # "has", "enjoys", "won": the holder of the support their subject
    helping_verbs: frozenset[str] = frozenset()  # "will help release X": the act under the helper's modals
    unlawful_adverbs: frozenset[str] = frozenset()  # "said it was illegally forced to": an act told as unlawful (ACCUSE)
    presence_purpose_preps: frozenset[str] = frozenset()  # i16-set4c: "is in Beijing for talks": the copula's purpose
    presence_place_preps: frozenset[str] = frozenset()  # ... and the place phrase it needs ("in Beijing")
    # i16-accuse-speech: judgements told in reported political speech (accuse_speech_naming.py)
    accuse_speech_epithets: frozenset[str] = frozenset()  # "called the envoy a liar", "branded X a terrorist state"
    accuse_speech_wrong_verbs: frozenset[str] = frozenset()  # "said the president was lying", "had meddled in"
    accuse_speech_broken_verbs: frozenset[str] = frozenset()  # "had broken its promises", "reneged on the deal"
    accuse_speech_broken_objects: frozenset[str] = frozenset()  # the promise, deal or truce broken
    accuse_speech_feeling_nouns: frozenset[str] = frozenset()  # "expressed dismay that X had ...": displeasure
    accuse_speech_conduct_words: frozenset[str] = frozenset()  # "said X's levy was absurd": only of a party
    accuse_speech_abuse_verbs: frozenset[str] = frozenset()  # "said Beijing was bullying its neighbours"
    accuse_speech_filing_verbs: frozenset[str] = frozenset()  # "the lawsuit contends that ...": a filing alleges
    # i16-accuse-judge: verdicts on a named party's act (accuse_judge_verdicts.py)
    accuse_judge_words: frozenset[str] = frozenset()  # "said X's tariffs were a serious mistake": only of a party
    accuse_judge_posing_verbs: frozenset[str] = frozenset()  # "said X's plant posed a grave danger"
    accuse_judge_conduct_nouns: frozenset[str] = frozenset()  # "said X's policies had failed"
    accuse_judge_failed_people: frozenset[str] = frozenset()  # "said X had failed the farmers"
    accuse_judge_crime_verbs: frozenset[str] = frozenset()  # "said X was committing genocide" (accuse_judge_reports.py)
    accuse_judge_crime_nouns: frozenset[str] = frozenset()  # ... the crime committed
    accuse_judge_verbal_words: frozenset[str] = frozenset()  # "a scathing attack on X": criticism (accuse_judge_attacks.py)
    accuse_judge_using_verbs: frozenset[str] = frozenset()  # "said X was using winter as a weapon" (accuse_judge_verdicts.py)
    accuse_judge_weapon_nouns: frozenset[str] = frozenset()  # ... what the thing is used as
    accuse_judge_design_verbs: frozenset[str] = frozenset()  # "said X was weaponising trade"
    accuse_judge_plot_verbs: frozenset[str] = frozenset()  # "said X was plotting to overthrow ...", as attempt_verbs
    accuse_judge_hostile_aims: frozenset[str] = frozenset()  # "said X was seeking to annex ...": the aim
    accuse_judge_lying_verbs: frozenset[str] = frozenset()  # "said the fault lay with X"
    accuse_judge_fault_nouns: frozenset[str] = frozenset()  # ... the fault, blame or onus that lies with X
    schedule_words: frozenset[str] = frozenset()  # "is due to visit": an act scheduled, not told done
    likelihood_words: frozenset[str] = frozenset()  # "are likely to find him guilty": an act judged likely, not told done
    timed_act_preps: frozenset[str] = frozenset()  # "since the shootings in Dallas": an attack told as done (timed_acts.py)
    timed_act_heads: frozenset[str] = frozenset()  # "in the wake of the bombings": the time of the "of" phrase
    timed_act_determiners: frozenset[str] = frozenset()  # "the shootings in Dallas": a definite attack, one that took place
    # i16-event-nouns: event nouns (event_nouns_subjects.py, event_nouns_adjuncts.py)
    event_nouns_occurrence_verbs: frozenset[str] = frozenset()  # "The fighting came after ...": its subject happened
    event_nouns_subject_types: frozenset[str] = frozenset()  # ... an act of these PLOVER types
    event_nouns_casualty_preps: frozenset[str] = frozenset()  # "killed in an Israeli strike": the noun's doer
    event_nouns_toll_verbs: frozenset[str] = frozenset()  # "the raid that killed five": a happening told
    event_nouns_toll_states: frozenset[str] = frozenset()  # "the attack that left 67 people dead"
    two_events_within_preps: frozenset[str] = frozenset()  # i16-two-events: "during clashes with the rebels": a told attack
    two_events_scene_preps: frozenset[str] = frozenset()  # ... its parties named ("with the rebels")
    two_events_conjunct_types: frozenset[str] = frozenset()  # "shot two men and arrested five": a second act
    two_events_outcome_verbs: frozenset[str] = frozenset()  # "the blockade did not work": the act took place
    responsibility_claim_verbs: frozenset[str] = frozenset()  # i16-two-events: "the attack, claimed by X,": a claim
    responsibility_claimed_nouns: frozenset[str] = frozenset()  # ... of an attack noun of these
    standing_conduct_nouns: frozenset[str] = frozenset()  # "the ministry's record came under fire": criticised (standing.py)
    desire_verbs: frozenset[str] = frozenset()  # "want to kill": an act wished for, not told done
    blame_words: frozenset[str] = frozenset()  # "was responsible for", "is to blame"
    blame_preps: frozenset[str] = frozenset()  # "was behind the attack"
    breach_verbs: frozenset[str] = frozenset()  # "said Israel had violated the ceasefire"
    responsibility_verbs: frozenset[str] = frozenset()  # "bore responsibility for"
    responsibility_nouns: frozenset[str] = frozenset()  # ... with one of these objects
    failure_verbs: frozenset[str] = frozenset()  # "said the government had failed to protect civilians"
    allegation_verbs: frozenset[str] = frozenset()  # "alleged that the party had rigged the vote"
    critic_nouns: frozenset[str] = frozenset()  # "critics say the president has ..."
    decrying_verbs: frozenset[str] = frozenset()  # "condemned the killing of peacekeepers": the act's doer accused
    transfer_verbs: frozenset[str] = frozenset()  # "transferred the detainees to a prison" (custody_transfers.py) ...
    custody_destinations: frozenset[str] = frozenset()  # ... whose destination is a place of custody
    # i16-threat-coerce: threat_answers.py, coercion_holds.py, coercion_desires.py
    threat_answer_verbs: frozenset[str] = frozenset()  # "will retaliate against X, Y said": a threat ...
    threat_answer_needs_manner: frozenset[str] = frozenset()  # ... "respond" only with a forceful manner ...
    threat_answer_manners: frozenset[str] = frozenset()  # ... ("will respond firmly") ...
    threat_answer_provocations: frozenset[str] = frozenset()  # ... or a hostile act answered ("to any aggression")
    cause_verbs: frozenset[str] = frozenset()  # "the blast was caused by a Russian missile": caused_blasts.py
    cause_weapon_nouns: frozenset[str] = frozenset()  # ... the weapons and launches that have an owner
    holding_verbs: frozenset[str] = frozenset()  # "has been held in solitary confinement" ...
    holding_places: frozenset[str] = frozenset()  # ... a place or state of custody
    request_desire_verbs: frozenset[str] = frozenset()  # "wants Germany to do more": a request (REQUEST)
    threat_future_types: frozenset[str] = frozenset()  # "the army said it would arrest anyone": a threat
    pressure_nouns: frozenset[str] = frozenset()  # "stepped up pressure on China to rein in X": a request (REQUEST)
    # i16-coerce-real: coerce_real_deontic.py
    coerce_real_deontic_nouns: frozenset[str] = frozenset()  # "has an obligation to V", "it is time for X to V" ...
    coerce_real_deontic_holders: frozenset[str] = frozenset()  # ... held by "has", "under", "is", "has come"
    coerce_real_fate_verbs: frozenset[str] = frozenset()  # "warned the rebels would be crushed": a threat ...
    coerce_real_spared_verbs: frozenset[str] = frozenset()  # ... "would not be spared" (negated) ...
    coerce_real_fate_nouns: frozenset[str] = frozenset()  # ... "would be met with force" (coerce_real_warnings.py)
    coerce_real_threat_nouns: frozenset[str] = frozenset()  # "silenced critics with threats": a threat ...
    coerce_real_means_verbs: frozenset[str] = frozenset()  # ... or "used threats" (coerce_real_means.py)
    filing_nouns: frozenset[str] = frozenset()  # "the lawsuit alleges that X ...": an allegation (judgements.py)
    constituting_verbs: frozenset[str] = frozenset()  # "said the move constitutes a violation" (judgements.py)
    law_sectors: frozenset[str] = frozenset()  # ... not what police or a court did
    prosecutor_nouns: frozenset[str] = frozenset()  # "prosecutors say X hired ...": a legal accusation (prosecutors.py)
    hiring_verbs: frozenset[str] = frozenset()  # "hired two men to kill X": what they are got for, not told done (frames.py)
    critical_adjectives: frozenset[str] = frozenset()  # "was critical of X", "videos critical of X" (critical.py)
    accused_states: frozenset[str] = frozenset()  # "is under investigation", "came under criticism from X" (standing.py)
    figurative_states: frozenset[str] = frozenset()  # "came under fire over the law": a state only with a reason
    state_verbs: frozenset[str] = frozenset()  # verbs of state that put their subject under one ("remains under")
    state_reason_preps: frozenset[str] = frozenset()  # the reason of a figurative state ("over the law")
    facing_verbs: frozenset[str] = frozenset()  # "faces charges", "stand accused" (charged.py) ...
    charge_nouns: frozenset[str] = frozenset()  # ... of these legal accusations as the object
    accused_participles: frozenset[str] = frozenset()  # ... or these participles as the complement
    figurative_attacks: frozenset[str] = frozenset()  # "was an attack on democracy": a judgement (figurative.py)
    figurative_preps: frozenset[str] = frozenset()  # ... what it is against, after these
    act_nouns: frozenset[str] = frozenset()  # "an act of economic warfare"
    allegation_nouns: frozenset[str] = frozenset()  # "made allegations that X had ..." (alleged.py)
    alleging_verbs: frozenset[str] = frozenset()  # ... the verbs whose subject makes them
    disputed_claim_nouns: frozenset[str] = frozenset()  # "dismissed the claims": whose claims (disputed_claims.py)
    accusing_verbs: frozenset[str] = frozenset()  # "..., accusing Israel of ...": the party whose claims they were
    penalty_nouns: frozenset[str] = frozenset()  # "imposing further costs on Russia in case ...": THREATEN (penalties.py)
    penalty_verbs: frozenset[str] = frozenset()  # ... the verbs that impose them
    condition_nouns: frozenset[str] = frozenset()  # "in case", "in the event": a condition
    voicing_documents: frozenset[str] = frozenset()  # "the report faulted X": a document's act is its makers' ...
    document_acts: frozenset[str] = frozenset()  # ... of these PLOVER types (documents.py)
    consequence_verbs: frozenset[str] = frozenset()  # "would face consequences" (foretold_penalties.py) ...
    consequence_nouns: frozenset[str] = frozenset()  # ... the penalty as the object ...
    consequence_modals: frozenset[str] = frozenset()  # ... told as to come by one of these
    forecast_subjects: frozenset[str] = frozenset()  # ... of no condition: "the drought will have consequences" is a forecast
    attempt_verbs: frozenset[str] = frozenset()  # "said X was trying to provoke": a breach aimed at (judgements.py)
    message_nouns: frozenset[str] = frozenset()  # "said the arrest sent a chilling message": a judgement ...
    destination_preps: frozenset[str] = frozenset()  # "deployed troops to the region": where forces are sent
    abstract_nouns: frozenset[str] = frozenset()  # "an attack on democracy": no force is used on an abstraction
    concern_words: frozenset[str] = frozenset()  # "Japan is concerned about China's build-up": disapproval (ACCUSE)
    concern_preps: frozenset[str] = frozenset()  # "... about", "over", "by": the phrase naming what concerns
    praise_words: frozenset[str] = frozenset()  # "I am proud of our minister": praise stated as a state (SUPPORT)
    praise_preps: frozenset[str] = frozenset()  # "... of", "to", "for": the phrase naming the party praised
    absence_nouns: frozenset[str] = frozenset()  # "there was no sign of X being seized": the act told negated
    gathering_verbs: frozenset[str] = frozenset()  # "the summit brought together leaders from X and Y" (CONSULT)
    addressed_pressing_verbs: frozenset[str] = frozenset()  # "pushed Seoul to resume talks": a request only with a party pressed
    unrealised_noun_modifiers: frozenset[str] = frozenset()  # "the planned demonstration": an act not told done
    ominous_words: frozenset[str] = frozenset()  # ... when the message or precedent is one of these
    judged_texts: frozenset[str] = frozenset()  # "said the law fails to protect women": a text judged, no party
    passage_verbs: frozenset[str] = frozenset()  # "the bill failed to pass": voted down, not judged
    # clause modality (i16-modality): "Had X attacked, ...", "asked whether X attacked", "possibly shelled"
    inversion_aux: frozenset[str] = frozenset()
    question_marks: frozenset[str] = frozenset()
    possibility_adverbs: frozenset[str] = frozenset()
    procurement_verbs: frozenset[str] = frozenset()
    dismissal_verbs: frozenset[str] = frozenset()  # "dismissed the report as propaganda": REJECT (dismissals.py)
    decision_codes: frozenset[str] = frozenset()  # ... the CAMEO code prefixes of the measures so decided
    expressed_objects: frozenset[str] = frozenset()  # "offered condolences": given in the offering, no promise


@dataclass(frozen=True)
class Confidence:
    """How sure an event is (``data/events/rules.yaml``, ``confidence``)."""

    base: float
    source: float
    source_resolved: float
    target: float
    target_resolved: float
    main_clause: float
    subordinate_clause: float
    noun_with_light_verb: float
    noun_alone: float
    noun_in_adjunct: float
    specific_pattern: float
    negated_or_hypothetical: float
    floor: float
    ceiling: float
    wrapper_bonus: float
    wrapped_factor: float
    bare_wrapper_penalty: float
    accusation: float
    accusation_unresolved: float
    speech_request: float
    speech_request_unresolved: float


@dataclass(frozen=True)
class Rules:
    """Codes and thresholds of the event stage (``data/events/rules.yaml``)."""

    confidence: Confidence
    verbal_attack_code: str  # "attacked the bill": criticism, not an assault
    request_code: str  # a request whose wrapper gives no code
    modal_request_code: str  # a request read from a modal ("must", "should") whose wrapper gives no code
    historical_years: int  # a date this many years before publication (or more) is history
    riot_code: str = "145"  # violence by a crowd: a violent protest
    complaint_code: str = ""  # a protest by a state or government: a complaint made to another
    penalty_threat_code: str = ""  # "X would face consequences, Y said": a penalty foretold (THREATEN)
    custody_transfer_code: str = ""  # people moved into custody: "sent the migrants to a prison" (COERCE)
    state_obstruction_code: str = ""  # a way or access shut by a state: its restriction of movement (COERCE)
    concern_code: str = ""  # "X is concerned about Y's build-up": concern stated as a state (ACCUSE, concerned.py)
    praise_code: str = ""  # "X is grateful to Y for": praise stated as a state (SUPPORT, concerned.py)
    conflict_end_code: str = ""  # a party calling for an end to its own conflict: intent to settle (AGREE)
    judgement_code: str = "111"  # "called the sanctions illegal": disapproval told as a judgement (ACCUSE)
    legal_accusation_code: str = "1121"  # "faces charges of", "stands accused of" (charged.py)
    backing_code: str = "051"  # "the plan has the backing of X": support held (SUPPORT, backing.py)
    own_buildup_code: str = ""  # "pledged to expand its army": own forces grown, promised (MOBILIZE, own_buildup.py)
    answer_threat_code: str = ""  # "will retaliate against X, Y said": a hostile answer promised (THREATEN)
    weapon_blast_code: str = ""  # "the blast was caused by a Russian missile": an assault (caused_blasts.py)
    custody_hold_code: str = ""  # "has been held in solitary confinement": people held in custody (COERCE)
    desire_request_code: str = ""  # "wants Germany to do more": one party wanting another to act (REQUEST)
    pressure_request_code: str = ""  # "stepped up pressure on China to rein in X": pressure to act (REQUEST)
    blame_code: str = "112"  # "said Russia was responsible for the attack": blame told in speech (ACCUSE)
    complaint_protests: frozenset[str] = frozenset()  # CAMEO codes of the protests that are complaints so
    complaint_not_heads: frozenset[str] = frozenset()  # ... unless the doer's head is a word of people ("supporters")
    government_sectors: frozenset[str] = frozenset()  # sectors of a government body or official
    multilateral_sectors: frozenset[str] = frozenset()  # a body whose members meet among themselves (IGO)
    victim_place_window: int = 0  # sentences back where the place of an attack's victims is looked for
    # PLOVER types whose event with no target named is coded on the source's own country (a domestic event)
    domestic_target_types: frozenset[str] = frozenset()
    condemning_types: frozenset[str] = frozenset()  # accusations whose condemned act's victims are no target
    kind_modifier_types: frozenset[str] = frozenset()  # "the threat level": an event noun as a modifier, no event
    condemned_act_types: frozenset[str] = frozenset()  # PLOVER types of the event nouns condemned so
    condemned_act_nouns: frozenset[str] = frozenset()  # words of violence that are no event noun of the patterns
    host_visits: dict[str, str] = field(default_factory=dict)  # a host's code -> its visit's: visitor the source
    accident_scopes: frozenset[str] = frozenset()  # i16-set4c: outside-ACLED scopes of harm no one meant (accidental_harm.py)
    accident_types: frozenset[str] = frozenset()  # ... and the PLOVER types such harm does not have
    accident_vehicles: frozenset[str] = frozenset()  # i16-types55: a vehicle as the subject is no doer ("a bus plunged ..., killing 22")


@dataclass(frozen=True)
class EventsData:
    """What the event stage loads once: the lexicon, the CAMEO table and its rules."""

    lexicon: Lexicon
    cameo: dict[str, CameoCode]
    rules: Rules
    stance: StanceWords
    water_features: frozenset[str] = frozenset()  # "the Gulf of Finland" is no place in Finland
    relational_nouns: frozenset[str] = frozenset()  # "his Chinese counterpart": another party, named by its adjective
    acled: AcledData | None = None  # the ACLED typology rules (data/events/acled.yaml)
    reports: Reports = field(default_factory=Reports)  # the report constructions (data/events/reports.yaml)


# --------------------------------------------------------------------------- per-article frames


@dataclass
class Arg:
    """The actors found in one argument place."""

    tokens: list[Token] = field(default_factory=list)  # head tokens, one per conjunct
    ids: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    named: bool = False  # at least one conjunct is a mention (not just an actor noun)
    via_modifier: bool = False  # found only in a modifier of a noun that is no actor ("a U.N. resolution")

    def __bool__(self) -> bool:
        return bool(self.spans)

    def extend(self, other: Arg) -> None:
        for t in other.tokens:
            if t not in self.tokens:
                self.tokens.append(t)
        for i in other.ids:
            if i not in self.ids:
                self.ids.append(i)
        for s in other.spans:
            if s not in self.spans:
                self.spans.append(s)
        self.named = self.named or other.named


@dataclass
class Found:
    """An event found in a sentence, before it becomes an ``Event`` record."""

    cameo: str
    pred: list[Token]
    clause: Token  # the verb whose clause holds the event (for modality, date, place)
    source: Arg
    target: Arg
    pattern: EventPattern | None = None
    plover: str | None = None
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    modality: str = "asserted"
    speaker: Arg | None = None
    speaker_token: Token | None = None
    quote: Quote | None = None
    claimed_outlet: bool = False  # a speech act the outlet reports (from a quote with no speech verb)
    claim_at: Token | None = None  # the token whose reporting context says who claims the event
    parent: Found | None = None
    confidence: float = 0.5
    noun: bool = False
    extra: list[Token] = field(default_factory=list)  # other tokens of the predicate
    source_from_place: bool = False  # no perpetrator named: the source is the place's country
    target_from_source: bool = False  # no target named: the source's own country (a domestic event)
    judgement: bool = False  # disapproval told as a judgement (judgements.py): no act of its own, blocks no report
    by_document: bool = False  # the subject is a document that voices its makers' act (documents.py)


@dataclass
class Frame:
    """What governs an event's clause: wrapper, speech, modal and conditional context."""

    wrapper: Wrapper | None = None
    wrapper_token: Token | None = None
    wrapper_subject: Arg | None = None
    wrapper_addressee: Arg | None = None
    speaker: Arg | None = None
    speaker_token: Token | None = None
    negated: bool = False
    wrapper_negated: bool = False
    wrapper_modal: Frame | None = None  # the wrapper verb's own auxiliaries ("will ask X to ...")
    future: bool = False
    would: bool = False
    hypothetical: bool = False
    deontic: str | None = None  # demand / appeal
    main: bool = True
    purpose: bool = False  # the clause is the purpose of another act ("made bombs to carry out attacks")
    aimed: bool = False  # ... of a thing made or got ("was building explosives to carry out attacks"): hypothetical


def reported_will(fr: Frame, would: bool) -> bool:
    """"would" as a "will" reported in the past ("the minister said Iran would attack": to
    come); under a verb of speech in the present ("analysts say Iran would welcome it") it is
    a conditional, as with no speaker."""
    if not would or fr.speaker is None:
        return False
    verb = fr.speaker_token
    return verb is None or verb.tag_ not in ("VBZ", "VBP")


class Context:
    """Per-article lookups: token → mention, actors by id, quotes, publication date, and the
    stage's loaded data."""

    def __init__(self, doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], data: EventsData) -> None:
        self.pd = doc
        self.doc: Doc = doc.doc
        self.data = data
        self.lex = data.lexicon
        self.cameo = data.cameo
        self.rules = data.rules
        self.layer = actors
        self.actors: dict[str, Actor] = {a.id: a for a in actors.actors}
        self.quotes = sorted(quotes, key=lambda q: q.content.end - q.content.start)
        self.published = parse_date(doc.article.published)
        self.tok_mention: dict[int, Mention] = {}
        # pronouns whose antecedent is being sought: "our water, our sewers are ...": each "our"
        # would be resolved through the other's subject for ever
        self.resolving: set[int] = set()
        for m in sorted(actors.mentions, key=lambda m: (m.actor_id is not None, m.end - m.start)):
            found = doc.token_range(m.start, m.end)
            if found is None:
                continue
            for i in range(*found):
                self.tok_mention[i] = m

    def mention(self, tok: Token) -> Mention | None:
        return self.tok_mention.get(tok.i)

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None


__all__ = ["MODALITIES", "Arg", "CameoCode", "Confidence", "Context", "EventPattern", "EventsData", "Found",
           "Frame", "Lexicon", "Report", "Reports", "Rules", "Wrapper"]
