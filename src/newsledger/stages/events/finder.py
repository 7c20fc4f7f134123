"""The passes over one sentence: verb and noun events, frames, speech acts, merging and de-
duplication."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.syntax import conjuncts, has_to, is_passive, is_verb
from ...records import ActorLayer, Event, Quote
from .absent import mark_absent
from .accuse_judge_attacks import worded_attack
from .accuse_speech_feelings import displeasure_that
from .accuse_speech_naming import stranded_adjective
from .alleged import alleged_in_noun
from .arguments import arg, core, location
from .background_places import background_places
from .backing import held_backing
from .caused_blasts import weapon_owner_source
from .charged import charged_party
from .coerce_real_means import threat_means
from .coerce_real_warnings import fated_threat
from .coercion_desires import desire_request
from .coercion_holds import custody_hold
from .coercion_pressure import pressure_request
from .concern import concern_at_act
from .concerned import stated_concerns
from .critical import critical_judgement
from .custody_transfers import custody_transfer
from .deployed import deployed_force
from .dismissals import dismissal
from .documents import document_participle_voice, document_voice
from .event_nouns_adjuncts import casualty_doers
from .event_nouns_relatives import toll_relative_events
from .event_nouns_subjects import occurrence_subject_events
from .figurative import figurative_attack
from .force_words import figurative_force, state_obstruction
from .foretold_penalties import penalty_threat
from .gatherings import gathered_meetings
from .joined import joined_clause_events
from .judgements import allegation, decried_act, naming_judgement
from .kind_nouns import kind_modifier
from .lexicon import cameo_code, pattern_plover, plover_of, quad_of
from .modality import wrapped_confidence
from .name_words import name_word
from .noun_roles import noun_args, placed_under, possessor_victim
from .paired_parties import hyphen_pair, war_named_by_sides
from .penalties import conditional_penalties
from .places import custodian
from .predicates import (
    instrument,
    noun_modality,
    noun_pattern,
    standing_role,
    verb_pattern,
    verbal_attack,
)
from .protest_parties import protest_parties
from .readiness import readiness_events
from .records import to_records
from .reports import fallback_events, reaction_events, report_events
from .requests import requests_without_inner
from .result_conjuncts import clause_anchor
from .roles import OBJECT_CONTROL_PREPS, acting_subject, source_token
from .speech import quote_acts, speech_acts
from .standing import standing_accused
from .threat_answers import answer_threat
from .threat_futures import promised_force
from .timed_acts import timed_act_events
from .tokens import clause_verb, first_child, form_in, headline_doer, lemma_of, np_words
from .two_events_conjuncts import second_acts, two_happenings
from .two_events_outcomes import outcome_subject
from .types import Arg, Context, EventsData, Found
from .verb_targets import verb_target
from .victims import assign_victims
from .wrappers import apply_frame, home_country_target

log = logging.getLogger(__name__)

# CAMEO roots of answers to a request or offer: agree, approve, reject
ANSWER_ROOTS = frozenset({"03", "05", "12"})


def sentence_events(ctx: Context, sent: SpacySpan) -> list[Found]:
    found: list[Found] = []
    consumed: set[int] = set()
    tokens = ctx.pd.tokens_in(sent)
    verbs = [t for t in tokens if is_verb(t)]
    # a verbless headline's "X on N" is read as "X is on N" ("Kenyan president on state visit to China")
    has_verb = any(t.dep_ not in ("amod", "compound") for t in verbs) or any(headline_doer(t) for t in tokens)
    found.extend(f for t in verbs if (f := _verb_found(ctx, t, consumed)) is not None)
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN") and t.i not in consumed and has_verb:
            # "is under investigation", "came under fire over", "faces charges of"
            f = standing_accused(ctx, t) or charged_party(ctx, t) or alleged_in_noun(ctx, t) or held_backing(ctx, t) \
                or noun_event(ctx, t)
            if f is not None:
                found.append(f)
    found.extend(f for t in verbs if (f := decried_act(ctx, t, found)) is not None)  # "condemned the killing of"
    found.extend(f for t in tokens if t.pos_ == "ADJ" and (f := critical_judgement(ctx, t)) is not None)  # "critical of X"
    found.extend(f for t in verbs if (f := concern_at_act(ctx, t, found)) is not None)  # "concern over the arrests"
    found.extend(f for t in verbs if (f := displeasure_that(ctx, t, found)) is not None)  # "dismay that X had"
    out: list[Found] = []
    for f in found:
        out.extend(apply_frame(ctx, f))
    for t in verbs:
        if form_in(t, ctx.lex.speech_verbs):
            out.extend(speech_acts(ctx, t, out))
    out.extend(requests_without_inner(ctx, sent, out))
    out.extend(readiness_events(ctx, sent, out))
    out.extend(conditional_penalties(ctx, sent, out))  # "imposing costs on Russia in case ...": a threat
    out.extend(stated_concerns(ctx, sent, out))  # "X is concerned about Y's build-up"
    out.extend(gathered_meetings(ctx, sent, out))  # "the summit brought together leaders from X and Y"
    out.extend(quote_acts(ctx, sent, out))
    out = attach_accused_acts(ctx, out)
    for f in out:
        crowd_violence(ctx, f)
        state_complaint(ctx, f)
        worded_attack(ctx, f)  # "launched a scathing attack on Sweden": criticism, no force
        hosted_visit(ctx, f)
        visitor_participle(ctx, f)
        state_obstruction(ctx, f)  # "Ethiopia has blocked access to": a state's restriction, no protest
    attach_noun_contents(ctx, out)
    attach_answered_requests(ctx, out)
    out = merge_protest_demands(ctx, out)
    out = merge_consequences(ctx, out)
    out = merge_subject_acts(ctx, out)
    out = [f for f in out if not self_directed(ctx, f)]
    for f in out:
        drop_own_party(ctx, f)
    out = [f for f in out if fix_reflexive(ctx, f)]
    acts = [f for f in out if not f.judgement]  # a judgement tells no act: "said X was responsible for the rocket fire"
    out.extend(_reported_events(ctx, sent, acts))
    for f in out:
        weapon_owner_source(ctx, f)  # "the blast was caused by a rocket launch by Islamic Jihad"
    out = [f for f in out if not figurative_force(ctx, f)]  # "an attack on democracy", "beat Argentina 2-1"
    for f in out:
        protest_parties(ctx, f)  # "Armenians rallied in Yerevan": their own country; "thousands rallied in Tbilisi"
    wrapped = {f.pred[0].i for f in out if f.plover is not None and any(c.parent is f for c in out)}
    out = [f for f in out if not (f.plover is None and f.parent is None and f.pred[0].i in wrapped)]
    casualty_doers(ctx, out)  # "killed in an Israeli strike on X": the noun's doer
    background_places(ctx, out)  # "after gunmen burned churches in Pakistan's Punjab": Pakistan's
    assign_victims(ctx, out)
    mark_absent(ctx, out)  # "there was no sign of the tanker being seized": negated
    # i16-threat-coerce: "the army said it would arrest anyone who ...": a threat
    return dedupe(ctx, promised_force(ctx, out))


def _reported_events(ctx: Context, sent: SpacySpan, acts: list[Found]) -> list[Found]:
    """The happenings a sentence reports beside the acts its parties do (``acts``): told in a clause
    of report, a joined clause, a second act, a reaction or a phrase of time."""
    reported = report_events(ctx, sent, acts, ctx.data.reports)
    reported.extend(joined_clause_events(ctx, sent, acts + reported))  # "..., and a third blew himself up"
    reported.extend(second_acts(ctx, sent, acts + reported))  # "shot two men and arrested five", "the attack, claimed by X,"
    reported.extend(reaction_events(ctx, sent, acts + reported, ctx.data.reports))
    reported.extend(timed_act_events(ctx, sent, acts + reported, ctx.data.reports))  # "since the shootings in X"
    reported.extend(occurrence_subject_events(ctx, sent, acts + reported, ctx.data.reports))  # "The fighting came after"
    reported.extend(toll_relative_events(ctx, sent, acts + reported, ctx.data.reports))  # "the raid that killed five"
    return reported


def _verb_found(ctx: Context, t: Token, consumed: set[int]) -> Found | None:
    """The event a verb tells, by the first construction that reads it."""
    f = allegation(ctx, t) or charged_party(ctx, t)  # "alleged that X had ...", "faces charges of"
    if f is None and stranded_adjective(ctx, t) is not None:
        f = naming_judgement(ctx, t)  # "called Japan's plan to release the water irresponsible": no phone call
    f = f or fated_threat(ctx, t)  # i16-coerce-real: "warned that the fighters would be crushed"
    f = f or verb_event(ctx, t, consumed)
    f = f or custody_transfer(ctx, t)  # "transferred the detainees to a prison"
    if f is None:
        f = naming_judgement(ctx, t) or dismissal(ctx, t)  # "called the sanctions illegal", "dismissed X as Z"
    f = f or penalty_threat(ctx, t)  # "X would face consequences, the minister said"
    # i16-threat-coerce: "will retaliate against X, Y said", "held in solitary confinement", "wants X to do more"
    f = f or answer_threat(ctx, t) or custody_hold(ctx, t) or desire_request(ctx, t)
    f = f or pressure_request(ctx, t)  # "stepped up pressure on China to rein in X"
    return f or threat_means(ctx, t)  # i16-coerce-real: "silenced his critics with lawsuits and threats"


def attach_accused_acts(ctx: Context, found: list[Found]) -> list[Found]:
    """"X accused Y of killing Z", "blamed Y for attacking Z": the act charged is the content of
    the accusation (its child, as a requested act is a request's), not an event the outlet or the
    accuser reports as done; with no accusation found (no accuser), the charge is dropped."""
    accusations = {t.i: f for f in found if f.parent is None and plover_of(ctx.cameo, f) == "ACCUSE" for t in f.pred}
    drop: set[int] = set()
    for f in found:
        tok = f.pred[0]
        if f.parent is not None or tok.i in accusations or tok.dep_ != "pcomp":
            continue
        if lemma_of(tok.head) not in OBJECT_CONTROL_PREPS:
            continue
        verb = tok.head.head
        if verb.i in accusations:
            f.parent = accusations[verb.i]
            f.confidence = wrapped_confidence(ctx, f.confidence)
            continue
        hit = verb_pattern(ctx, verb) if is_verb(verb) else None
        if hit is not None and pattern_plover(ctx.cameo, hit[0]) == "ACCUSE":
            drop.add(id(f))  # "charging its neighbour with supporting dissidents", no accuser found
    return [f for f in found if id(f) not in drop and (f.parent is None or id(f.parent) not in drop)]


def crowd_violence(ctx: Context, f: Found) -> None:
    """Violence by protesters, rioters or a mob ("protesters stoned the police", "rioters torched
    cars") is a violent protest (CAMEO 145, PLOVER PROTEST riot), not an armed attack."""
    if plover_of(ctx.cameo, f) not in ("ASSAULT", "COERCE") or not f.source.tokens or (f.source.ids and any(
        (a := ctx.actor(i)) is not None and a.type in ("state", "person") for i in f.source.ids
    )):
        return
    if any(np_words(t) & ctx.lex.crowd_nouns for t in f.source.tokens):
        f.cameo, f.pattern, f.plover, f.mode = ctx.rules.riot_code, None, None, "riot"
        home_country_target(ctx, f)  # a riot with no one's people named is coded on the rioters' country


def hosted_visit(ctx: Context, f: Found) -> None:
    """A visit told by its host ("Qatar hosted the Afghan minister", "Kenya welcomed the Ethiopian
    prime minister to Nairobi") is the visit: the visitor its source, the host its target, under
    the visit's code (rules.yaml ``host_visits``, PLOVER manual 3.2.2)."""
    code = ctx.rules.host_visits.get(f.cameo)
    if code is None:
        return
    f.cameo = code
    _visitor_first(f)


def visitor_participle(ctx: Context, f: Found) -> None:
    """"X met visiting Australian Foreign Minister Y": the parser may read "visiting" as a verb
    of X's, right after X's verb with no subject of its own and Y as its object; it describes Y,
    the visitor, whom X hosts. The visit's source is Y, its target X (as :func:`hosted_visit`)."""
    v = f.pred[0]
    visits = set(ctx.rules.host_visits.values())
    if f.noun or f.cameo not in visits or v.tag_ != "VBG" or v.dep_ not in ("advcl", "xcomp") \
            or v.i != v.head.i + 1 or first_child(v, "nsubj") is not None or first_child(v, "dobj") is None:
        return
    _visitor_first(f)


def _visitor_first(f: Found) -> None:
    """The visit told by its host, read as the visitor's: the parties swapped, neither now taken
    from a place or from the other party."""
    f.source, f.target = f.target, f.source
    f.source_from_place = f.target_from_source = False


def state_complaint(ctx: Context, f: Found) -> None:
    """A protest made by a state or a government ("the Philippines protested the attack", "the
    ministry protested to Japan") is an official complaint (PLOVER ACCUSE: "objections and
    complaints"), not a crowd's demonstration; the doers must all be resolved actors, and the head
    of the doer's phrase no word of people (``complaint_not_heads``: "Trump supporters staged
    protests" is a crowd's)."""
    rules = ctx.rules
    if not rules.complaint_code or f.cameo not in rules.complaint_protests or not f.source.ids:
        return
    if any(lemma_of(t) in rules.complaint_not_heads or t.lower_ in rules.complaint_not_heads for t in f.source.tokens):
        return
    actors = [ctx.actor(i) for i in f.source.ids]
    if all(a is not None and (a.type == "state" or set(a.sectors) & rules.government_sectors) for a in actors):
        f.cameo, f.pattern, f.plover, f.mode = rules.complaint_code, None, None, None


def attach_noun_contents(ctx: Context, found: list[Found]) -> None:
    """"a plan to withdraw", "signed an agreement (today) to increase trade": the act in the
    infinitive of an agreement, plan or offer (or of the event that carries one) is that noun's
    content, still to happen: the child of the event the noun belongs to (or a future event when
    it belongs to none)."""
    owner = {t.i: f for f in found if f.parent is None for t in [*f.pred, *f.extra]}
    for f in found:
        tok = f.pred[0]
        if f.parent is not None or tok.tag_ != "VB" or not has_to(tok):
            continue
        content = tok.dep_ == "acl" and lemma_of(tok.head) in ctx.lex.content_nouns
        purpose = tok.dep_ == "advcl" and tok.head.i in owner and any(
            lemma_of(t) in ctx.lex.content_nouns for t in owner[tok.head.i].extra)
        if not (content or purpose):
            continue
        parent = owner.get(tok.head.i)
        if parent is not None and parent is not f:
            f.parent = parent
            f.confidence = wrapped_confidence(ctx, f.confidence)
        if f.modality == "asserted":
            f.modality = "future"


def attach_answered_requests(ctx: Context, found: list[Found]) -> None:
    """"dismissed an appeal from X to lay down arms", "accepted an invitation from X": the request
    or offer a reaction answers is part of that reaction (its child), not a second event."""
    reactions = {f.pred[0].i: f for f in found if f.parent is None and f.cameo[:2] in ANSWER_ROOTS}
    for f in found:
        tok = f.pred[0]
        if f.parent is None and f.plover is not None and tok.dep_ == "dobj" and tok.head.i in reactions:
            g = reactions[tok.head.i]
            if g is not f:
                f.parent = g
                f.confidence = wrapped_confidence(ctx, f.confidence)


def merge_consequences(ctx: Context, found: list[Found]) -> list[Found]:
    """"Rebels shelled Juba, killing 20" or "police opened fire to disperse the crowd" is one
    event: a same-type event in a participle, purpose or coordinated clause of another by the
    same source is folded into it (its target fills a missing one)."""
    tops = [f for f in found if f.parent is None]
    drop: set[int] = set()
    for child in tops:
        tok = child.pred[0]
        anchor = clause_anchor(tok)  # "killing or wounding 50": "wounding" where "killing" stands
        if tok.dep_ not in ("advcl", "conj", "xcomp") or not is_verb(tok):
            continue
        for main in tops:
            if main is child or id(main) in drop or plover_of(ctx.cameo, main) != plover_of(ctx.cameo, child):
                continue
            if not {tok.head.i, anchor.head.i} & {main.pred[0].i, main.clause.i}:
                continue
            same = not child.source or not child.source.named or (
                bool(child.source.ids) and child.source.ids == main.source.ids
            ) or child.source.spans == main.source.spans
            agentless = not main.source and is_passive(main.pred[0])  # "five were hurt when police fired"
            if not same and not agentless:
                continue
            if agentless:
                main.source = child.source
            if not main.mode and not (main.pattern and main.pattern.mode):
                main.mode = child.mode or (child.pattern.mode if child.pattern else None)  # "... when police fired tear gas"
            # "blew himself up ..., killing eight policemen"; "struck a car, killing three soldiers": what
            # was struck names no one, those the participle says it hurt do
            hurt = tok.tag_ == "VBG" and bool(child.target.ids) and not main.target.ids
            if child.target and (not main.target or reflexive_only(main.target) or hurt):
                main.target = child.target
            if not main.target and quad_of(ctx.cameo, main) in (2, 4):
                main.target = location(ctx, [child.pred[0]])  # "... when they blew themselves up in Tel Aviv"
            drop.add(id(child))
            drop.update(id(c) for c in found if c.parent is child)
            break
    return [f for f in found if id(f) not in drop]


def merge_subject_acts(ctx: Context, found: list[Found]) -> list[Found]:
    """"The bombing of a market by X killed 20" is one event: an event noun that is the subject of
    a same-type verb event is the act whose toll the verb tells; it is folded into the verb's event,
    which takes its doer and, when the verb's victims are of no country ("20 people"), its target."""
    tops = [f for f in found if f.parent is None]
    drop: set[int] = set()
    for noun in (f for f in tops if f.noun and f.pred[0].dep_ == "nsubj"):
        verb = next((f for f in tops if not f.noun and f.pred[0].i == noun.pred[0].head.i and id(f) not in drop
                     and plover_of(ctx.cameo, f) == plover_of(ctx.cameo, noun)), None)
        if verb is None:
            continue
        if noun.source:  # the noun's doer ("by X"), not a name inside the subject ("of Ukraine")
            verb.source = noun.source
        if noun.target.ids and not _of_a_country(ctx, verb.target) and (
                _of_a_country(ctx, noun.target) or not verb.target.ids):
            # what was attacked, not "20 people" of no country; but a site of no country ("a strike
            # on the hospital killed 15 people") says less of whom it hurt than the people counted
            verb.target = noun.target
        drop.add(id(noun))
        drop.update(id(c) for c in found if c.parent is noun)
    return [f for f in found if id(f) not in drop]


def _of_a_country(ctx: Context, a: Arg) -> bool:
    return any((act := ctx.actor(i)) is not None and bool(act.country) for i in a.ids)


def reflexive_only(target: Arg) -> bool:
    return all(t.text.lower().endswith(("self", "selves")) for t in target.tokens) and bool(target.tokens)


def self_directed(ctx: Context, f: Found) -> bool:
    """A verbal event from an actor to itself ("X told X") is a misreading; a government
    acting in its own country is not."""
    if not f.source.ids or f.source.ids != f.target.ids or f.target_from_source:
        return False  # a domestic event coded on the doer's own country is no misreading
    info = cameo_code(ctx.cameo, f.cameo)
    return info is not None and info.quad_class in (1, 3)


def drop_own_party(ctx: Context, f: Found) -> None:
    """An actor is not a target of its own act beside others: a target naming the source with
    other parties keeps the others ("North Korea defended Pyongyang and Moscow's treaty": Russia;
    "the U.S. and our allies", said by a senator, is the U.S.)."""
    own = set(f.source.ids)
    lands: set[str] = set()  # a state's country, named as a place or a party ("the Russia-Ukraine war")
    for i in f.source.ids:
        actor = ctx.actor(i)
        own.update(actor.members if actor is not None else ())
        if actor is not None and actor.type in ("state", "country") and actor.country:
            lands.add(actor.country)
    rest = [i for i in f.target.ids if i not in own and not _land_of(ctx, i, lands)]
    if own and rest and len(rest) < len(f.target.ids):
        f.target.ids = rest


def _land_of(ctx: Context, actor_id: str, lands: set[str]) -> bool:
    """``actor_id`` is one of ``lands`` as a country or its state (no other body of it)."""
    actor = ctx.actor(actor_id)
    return actor is not None and actor.type in ("state", "country") and actor.country in lands


def fix_reflexive(ctx: Context, f: Found) -> bool:
    """A reflexive target ("surrounded himself", "blew themselves up") is no target of its own;
    only violence keeps its event (without the target). Other conjuncts stay targets
    ("killed 23 people as well as themselves")."""
    if not any(t.text.lower().endswith(("self", "selves")) for t in f.target.tokens):
        return True
    rest = Arg()
    for t in f.target.tokens:
        if not t.text.lower().endswith(("self", "selves")):
            rest.extend(core(ctx, t, 0, allow_vague=False))
    f.target = rest
    return bool(rest) or plover_of(ctx.cameo, f) == "ASSAULT"


def merge_protest_demands(ctx: Context, found: list[Found]) -> list[Found]:
    """A protest "to demand" / "saying he must resign" is one PROTEST event, not a REQUEST too;
    its demand gives the protest's target when it has none."""
    protests = [f for f in found if plover_of(ctx.cameo, f) == "PROTEST" and f.parent is None]
    if not protests:
        return found
    drop: set[int] = set()
    for r in found:
        if r.plover != "REQUEST" or r.parent is not None:
            continue
        anchor = r.pred[0]
        for p in protests:
            roots = {p.clause.i, *(t.i for t in p.pred), *(t.i for t in p.extra)}
            cur, hops = anchor, 0
            while cur.head.i != cur.i and hops < 3 and cur.i not in roots:
                if cur.dep_ not in ("advcl", "xcomp", "acl", "ccomp", "conj", "prep", "pobj", "pcomp"):
                    break
                cur, hops = cur.head, hops + 1
            if cur.i in roots:
                if not p.target and r.target:
                    p.target = r.target
                drop.add(id(r))
                drop.update(id(c) for c in found if c.parent is r)
                break
    return [f for f in found if id(f) not in drop]


def verb_event(ctx: Context, v: Token, consumed: set[int]) -> Found | None:
    if v.dep_ in ("amod", "compound", "nmod") or (v.tag_ == "VBN" and v.dep_ in ("acomp",)):
        return None  # a participle used as an adjective: "invited guests", "the besieged town"
    hit = verb_pattern(ctx, v)
    if hit is None:
        return None
    pat, obj_hit = hit
    if obj_hit is not None:
        consumed.add(obj_hit.i)
    src_tok = source_token(ctx, v)
    source = acting_subject(ctx, v)
    if not source:
        source = document_participle_voice(ctx, v, pat) or source  # "In a statement condemning X, Japan said"
    if not source and src_tok is not None:
        source = arg(ctx, src_tok, deep=True, allow_vague=False, places=False)
        if source.via_modifier and not instrument(ctx, src_tok):
            source = Arg()
        if not source and not instrument(ctx, src_tok):
            voiced = document_voice(ctx, v, src_tok, pat)  # "the report faulted the ministry": its makers'
            if voiced is None:
                return None  # "the circumstances demonstrated ...": the subject is no actor
            source = voiced
    target, _ = verb_target(ctx, v, pat, obj_hit)
    source, target = deployed_force(ctx, v, pat, obj_hit, source, target)  # "troops were sent to X"
    voiced_by = src_tok is not None and not source and document_voice(ctx, v, src_tok, pat) is not None
    extra = [c for c in v.children if c.dep_ == "prt"]
    if obj_hit is not None:
        extra.append(obj_hit)
    found = Found(
        cameo=pat.cameo, pred=[v], clause=v, source=source, target=target, pattern=pat, extra=extra,
        by_document=voiced_by,
    )
    if form_in(v, ctx.lex.verbal_attack_verbs) and verbal_attack(ctx, source, v):
        found.cameo, found.pattern = ctx.rules.verbal_attack_code, None  # "the senator attacked the bill": criticism
    return found



def _harm_in_custody(ctx: Context, n: Token, target: Arg) -> tuple[Arg, Arg]:
    """The doer and the victim of harm a noun names as the cause of a death in custody ("died of
    torture in an Israeli jail", "died as a result of torture while in Ugandan police custody"):
    the holder of the custody, and the one who died (the subject of one of ``death_verbs`` the
    noun's phrase hangs on); nothing when no holder is named."""
    cur = n
    for _ in range(4):  # "of torture", "as a result of torture", "under torture"
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            break
        cur = cur.head.head
    if not is_verb(cur) or form_in(cur, ctx.lex.death_verbs) is None:
        return Arg(), target
    source = custodian(ctx, [cur])
    if not source:
        return Arg(), target
    return source, target or arg(ctx, first_child(cur, "nsubj"), allow_vague=False)


def noun_event(ctx: Context, n: Token) -> Found | None:
    pat = noun_pattern(ctx, n)
    if pat is None or name_word(ctx, n) or standing_role(ctx, n) or figurative_attack(ctx, n) or kind_modifier(ctx, n, pat):
        return None  # ("which oversees military operations": a role, no act; "was an attack on democracy")
    if n.dep_ == "conj" or any(c.dep_ == "conj" for c in n.children):
        items = conjuncts(n if n.dep_ != "conj" else n.head)
        if len(items) >= 3 and all(noun_pattern(ctx, x) is not None for x in items):
            return None  # a list of event words, not an event
    source, target, light = noun_args(ctx, n, pat)
    if light is None and not target and war_named_by_sides(ctx, n):
        return None  # "a ceasefire in the Russia-Ukraine war": the war spoken of, no attack told
    if not source and light is None:
        source = hyphen_pair(ctx, n, pat)  # "Kenya-Uganda talks": both parties
    if not source and light is None and pattern_plover(ctx.cameo, pat) == "ASSAULT":
        source, target = _harm_in_custody(ctx, n, target)
    if not source and not (target and (possessor_victim(n, pat) or placed_under(ctx, n, light))):
        return None  # a noun event needs a doer, or one it is done to ("Navalny's arrest", "was put under investigation")
    clause = light if light is not None else (n if outcome_subject(ctx, n) else clause_verb(n))  # "the blockade did not work"
    extra = [light] if light is not None else []
    return Found(
        cameo=pat.cameo, pred=[n], clause=clause or n, source=source, target=target,
        pattern=pat, noun=True, extra=extra, modality=noun_modality(ctx, n),
    )


def dedupe(ctx: Context, found: list[Found]) -> list[Found]:
    """One event per happening: drop a weaker event of the same type over the same words."""
    keep: list[Found] = []
    for f in sorted(found, key=lambda x: -x.confidence):
        plover = plover_of(ctx.cameo, f)
        dup = False
        for k in keep:
            if plover_of(ctx.cameo, k) != plover or (k.parent is None) != (f.parent is None):
                continue
            k_toks = {t.i for t in k.pred + k.extra}
            f_toks = {t.i for t in f.pred + f.extra}
            k_args = {i for s in k.source.spans + k.target.spans for i in range(s[0], s[1])}
            f_pred_chars = {t.idx for t in f.pred}
            same_args = k.source.spans == f.source.spans and k.target.spans == f.target.spans \
                and not two_happenings(k, f)  # "since the bombings and the shootings"
            if k_toks & f_toks or f_pred_chars & k_args or same_args:
                dup = True
                break
        if not dup:
            keep.append(f)
    # children whose parent was dropped lose the link to nothing: drop them too
    kept_ids = {id(k) for k in keep}
    return [k for k in keep if k.parent is None or id(k.parent) in kept_ids]


def extract_events(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], data: EventsData) -> list[Event]:
    """Events in the article: PLOVER type and CAMEO code, actors, modality, date, place, evidence."""
    ctx = Context(doc, actors, quotes, data)
    events: list[Event] = []
    told: set[int] = set()  # a word read as (part of) an event already (negated, hypothetical) is not re-read
    judged: set[int] = set()  # judgements (judgements.py) tell no act: an article of them alone still reads its nouns
    for index, sent in doc.spacy_sentences():
        found = sentence_events(ctx, sent)
        told.update(t.idx for f in found for t in [*f.pred, *f.extra])
        judged.update(f.pred[0].idx for f in found if f.judgement)
        events.extend(to_records(ctx, index, sent, found))
    if not any(e.parent_id is None and e.modality in ("asserted", "requested") and e.predicate.start not in judged
               for e in events):
        told.update(e.predicate.start for e in events)
        for index, sent in doc.spacy_sentences():  # an article that tells no act: its event nouns
            nouns = [f for f in fallback_events(ctx, sent, data.reports) if not figurative_force(ctx, f)]
            events.extend(e for e in to_records(ctx, index, sent, nouns) if e.predicate.start not in told)
    log.debug("%d events in article %s", len(events), doc.article_id)
    return events
