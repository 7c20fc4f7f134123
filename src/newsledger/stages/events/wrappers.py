"""Wrappers: turning an event in a complement into REQUEST, AGREE, THREATEN or REJECT, and applying
a frame's modality."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import first_conjunct, is_passive
from .arguments import arg, location
from .borders import settle_deployment
from .conjoined import conjunct_patient
from .criticised import stands_unaccused
from .decisions import decided_measure
from .disputed_claims import disputed_claim_target
from .expressed import expressed_in_saying
from .frames import frame_of
from .lexicon import cameo_code, plover_of
from .modality import confidence, wrapped_confidence, wrapper_confidence
from .multilateral import members_meeting
from .own_buildup import promised_own_buildup
from .places import custodian, in_scene_phrase, own_country, purpose_target, scene, threat_target
from .predicates import instrument_subject, presupposed, rest_ok
from .prosecutors import filed_allegation
from .tokens import children_of, first_child, first_person, form_in, lemma_of, prep_objects
from .types import Arg, Context, EventPattern, Found, Frame, Wrapper, reported_will
from .unrealised_nouns import unrealised_noun
from .verb_targets import own_boundary


def apply_frame(ctx: Context, f: Found) -> list[Found]:
    """The events a found event stands for once the frame of its clause is read: itself with
    its modality, a wrapping event over it, or nothing."""
    fr = frame_of(ctx, f.clause)
    if f.noun and not f.extra and presupposed(ctx, f.pred[0]):
        # "China did not condemn the strikes": what the verb takes as done keeps its own stance
        fr.negated = fr.future = fr.would = fr.hypothetical = False
        fr.deontic = None
    info = cameo_code(ctx.cameo, f.cameo)
    quad = info.quad_class if info else 0
    if not _complete_arguments(ctx, f, fr, quad):
        return []
    promiser = f.extra[0] if f.noun and f.extra else None if f.noun else f.pred[0]
    if (promiser is not None and fr.wrapper is None and form_in(promiser, ctx.lex.intent_predicates)
            and not expressed_in_saying(ctx, promiser)):
        fr.future = True  # "offered its troops to X", "pledged closer cooperation with X": a promise
    f.speaker, f.speaker_token = fr.speaker, fr.speaker_token
    f.confidence = confidence(ctx, f, fr)
    f.modality = "hypothetical" if unrealised_noun(ctx, f) else _frame_modality(fr, f.modality)
    if not f.source and not f.target and fr.wrapper is None:
        return []
    if f.noun and not f.extra:
        join_parties(ctx, f, quad)
        return [f]  # an event noun in an adjunct ("at U.N. climate talks") keeps its own type
    if fr.wrapper is None:
        futureish = fr.future or reported_will(fr, fr.would)
        promised = quad in (1, 2, 4) or (quad == 3 and _ultimatum(ctx, f))  # "would block X's bid unless X ..."
        if futureish and not fr.hypothetical and promised and (fr.speaker is not None or f.source):
            return intent(ctx, f, fr, quad)
        if fr.deontic is not None and fr.speaker is not None and fr.speaker:
            return deontic_request(ctx, f, fr)
        join_parties(ctx, f, quad)
        return [f]
    return _wrapped(ctx, f, fr, fr.wrapper, quad)


def _complete_arguments(ctx: Context, f: Found, fr: Frame, quad: int) -> bool:
    """Fill in what the clause leaves implicit (a target from a place or a purpose, a source
    from the scene of an attack ...); False when the event has too little to stand."""
    pat = f.pattern
    if pat is not None and pat.solo_cameo and not f.target and parties(ctx, f.source) < 2:
        f.cameo = pat.solo_cameo  # "Russia held military exercises": a show of force
    if not f.target and plover_of(ctx.cameo, f) == "PROTEST":
        f.target = purpose_target(ctx, f)  # "... to demand the resignation of President X"
    if pat is not None and pat.needs_target and not f.target and (fr.wrapper is None or pat.prep_sense) \
            and not stands_unaccused(ctx, f):  # "condemned the attack on the school", "criticized the plan"
        if pat.told_target or not ((pat.symmetric and parties(ctx, f.source) >= 2 and f.source.ids)
                                   or members_meeting(ctx, f)):  # "ECOWAS ministers met"
            return False  # "leaders and groups are calling for ...": no party named, no symmetric event  # ("vowed to fight" keeps its action: the vow is the event)
    if pat is not None and not _parties_fit(ctx, f, pat):
        return False
    if pat is not None and pat.needs_source and not f.source and fr.wrapper is None:
        return False
    # where it was done, named on the clause or on what was hit ("struck an airport near Damascus")
    where = [f.clause, *f.pred, *(children_of(f.pred[0], "dobj") if not f.noun else [])]
    if not f.target and quad in (2, 4) and not (pat is not None and pat.symmetric):
        loc = location(ctx, where)
        if loc:
            f.target = loc
    elif f.target and not f.target.ids and quad == 4:
        loc = location(ctx, where)
        if loc:
            f.target.ids.extend(i for i in loc.ids if i not in f.target.ids)
    if fr.wrapper is None and not f.source and not f.noun and not is_passive(f.pred[0]) \
            and conjunct_patient(f.pred[0]) is None:  # "were detained and beaten": passive too
        # a document's act ("the report faulted X"), a filing's allegation ("the lawsuit alleges that")
        if not instrument_subject(ctx, f.pred[0]) and not f.by_document and not filed_allegation(ctx, f):
            return False  # an active verb with no actor doing it (broken parse or a bare infinitive)
    if not f.source and not f.noun and plover_of(ctx.cameo, f) == "ASSAULT":
        _unnamed_doer(ctx, f)
    if not f.target and fr.wrapper is None and plover_of(ctx.cameo, f) == "THREATEN":
        f.target = threat_target(ctx, [f.pred[0]])  # "threatened to resume attacks in Israel"
    _home_country(ctx, f, pat)
    settle_deployment(ctx, f, pat)  # "deployed troops near Kyiv", "along the border with Guyana"
    return True


def _unnamed_doer(ctx: Context, f: Found) -> None:
    """The source of an attack told with no doer: the holder of the custody it happened in ("was
    beaten to death in Ukrainian custody"), else the country of its scene ("a roadside bomb near
    Samarra killed ...": no perpetrator named, the PLOVER practice)."""
    f.source = custodian(ctx, [*f.pred, f.clause])
    if not f.source:
        f.source = scene(ctx, f)
        f.source_from_place = bool(f.source)


def _home_country(ctx: Context, f: Found, pat: EventPattern | None) -> None:
    """The doer's own country as the target of an event that names none, and the code of an event
    done at home."""
    if f.judgement:
        return  # a judgement names the party it judges or none ("called the raid a provocation")
    owner = disputed_claim_target(ctx, f)
    if owner is not None:
        f.target = owner  # "dismissed the claims, accusing Israel of ...": Israel's, not the rejecter's own country
        return
    # "a curfew in the city of Suez", "lifted the state of emergency": what no actor resolves is at home;
    # so is what actors inside a country act on when no actor resolves it ("Dutch farmers protested
    # against the government", "unions threatened a strike against the government": their own)
    unnamed = bool(f.target) and not f.target.ids
    if pat is not None and pat.domestic and f.target.ids and all(_owner_phrase(t) for t in f.target.tokens):
        # "accepted the demands of the traders": whose demands, people of no country, are the doer's own people
        unnamed = all((a := ctx.actor(i)) is None or not a.country for i in f.target.ids)
    if (not f.target or unnamed) and f.source and not stands_unaccused(ctx, f):
        _own_country_target(ctx, f, pat)
    elif f.source and _countryless(ctx, f.target) and not (pat is not None and pat.symmetric) \
            and plover_of(ctx.cameo, f) in ctx.rules.domestic_target_types:
        home = own_country(ctx, f)  # "relaxed restrictions on bloggers": its own people
        if home:
            f.target, f.target_from_source = home, True
    if pat is not None and pat.own_country_cameo and _at_home(ctx, f):
        f.cameo = pat.own_country_cameo  # "Mexico sent troops to its northern border": a deployment, no aid
    if pat is not None and pat.sector_target_cameo:
        _sector_target_code(ctx, f, pat)


def _countryless(ctx: Context, target: Arg) -> bool:
    """A target of people of no country and no body ("independent bloggers", "stateless residents",
    "a former finance minister"): acted on by a party of one country, they are its own people."""
    actors = [ctx.actor(i) for i in target.ids]
    if not actors or any(a is None or a.country or a.type in ("organisation", "compound") or a.members
                         or {"IGO", "GOV"} & set(a.sectors) for a in actors):
        return False  # not "Kofi Annan, UN secretary-general", not a bloc ("the imperialists")
    mods = [c for t in target.tokens for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    return not any((a := ctx.actor(i)) is not None and a.country for m in mods for i in arg(ctx, m).ids)
    # "the U.S. imperialists": a country named in the phrase is theirs


def _owner_phrase(t: Token) -> bool:
    """``t`` names the owner of the verb's object ("the demands of the traders")."""
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj"


def _sector_target_code(ctx: Context, f: Found, pat: EventPattern) -> None:
    """The code of an event whose every target actor is of one sector ("withdrew from ECOWAS": a state
    leaving an international body reduces relations, SANCTION, where "withdrew from the town" is a
    retreat)."""
    targets = [a for i in f.target.ids if (a := ctx.actor(i)) is not None]
    for sector, code in pat.sector_target_cameo:
        if targets and len(targets) == len(f.target.ids) and all(sector in a.sectors for a in targets):
            f.cameo = code
            return


def home_country_target(ctx: Context, f: Found) -> None:
    """The doer's own country as the target of an event whose type was changed after its frame
    was read ("rioters torched buses": an attack on property read as a riot), as for any event."""
    _home_country(ctx, f, None)


def _at_home(ctx: Context, f: Found) -> bool:
    """Whether every target of the event is in the country of its source (and one is named)."""
    def countries(a: Arg) -> set[str]:
        return {c for i in a.ids if (act := ctx.actor(i)) is not None and (c := act.country)}
    home, there = countries(f.source), countries(f.target)
    if f.target.tokens and all(own_boundary(ctx, t) or _at_border(ctx, t) for t in f.target.tokens):
        return True  # "sent troops to its border with China", "deploys troops to Guyana border": a border is its own too
    return bool(home) and bool(there) and there <= home


def _at_border(ctx: Context, t: Token) -> bool:
    """``t`` is a border or names one by the country across it ("to the Guyanese border", "to the
    border with Guyana"): a border is shared, and forces sent there are the sender's deployment."""
    if lemma_of(t) in ctx.lex.boundary_nouns or (t.dep_ in ("compound", "amod") and lemma_of(t.head) in ctx.lex.boundary_nouns):
        return True
    if any(c.dep_ == "compound" and lemma_of(c) in ctx.lex.boundary_nouns for c in t.children):
        return True  # "to Somalia's border region", "to the frontier area": a place on the border is the border's
    return t.dep_ == "pobj" and t.head.lower_ == "with" and lemma_of(t.head.head) in ctx.lex.boundary_nouns


def _parties_fit(ctx: Context, f: Found, pat: EventPattern) -> bool:
    """Whether the event's parties are of the kind its pattern needs."""
    if pat.polity_target and f.target and not _polity(ctx, f.target):
        return False  # "an officer recognized her": no diplomatic recognition of a person
    if pat.party_sectors_exclude and any(side.ids and all(
        (a := ctx.actor(i)) is not None and set(a.sectors) & pat.party_sectors_exclude for i in side.ids
    ) for side in (f.source, f.target)):
        return False  # "the minister spoke with the BBC", "VOA spoke with the minister": an interview
    if pat.needs_partner and parties(ctx, f.source) + parties(ctx, f.target) < 2:
        return False  # "Europe is increasing its investments": no exchange without a partner
    return True


def _own_country_target(ctx: Context, f: Found, pat: EventPattern | None) -> None:
    """The target of an event that names none, on its doer's own country: a measure on one's own
    people ("the government imposed a curfew"), or an event of a type PLOVER codes so when it is
    domestic, done by actors inside a country ("the opposition agreed to postpone the rally";
    ``domestic_target_types`` in rules.yaml), not one done together; not one on others named by a
    relational noun ("threatened America's allies")."""
    if any(lemma_of(t) in ctx.data.relational_nouns for t in f.target.tokens):
        return  # "threatened America's allies": other parties than the doer's own, unnamed
    if pat is not None and pat.domestic:
        f.target = own_country(ctx, f)
    elif (not (pat is not None and pat.symmetric) and plover_of(ctx.cameo, f) in ctx.rules.domestic_target_types
          and _domestic_actors(ctx, f.source)):
        f.target = own_country(ctx, f)
        f.target_from_source = bool(f.target)


def _domestic_actors(ctx: Context, source: Arg) -> bool:
    """A source of actors inside a country (a party, the police, a union, a leader), none of them
    a state itself: what a state does with no target named is no domestic event ("Russia
    threatened to leave the talks")."""
    actors = [a for i in source.ids if (a := ctx.actor(i)) is not None]
    return bool(actors) and all(a.type not in ("state", "country", "compound") and a.country for a in actors)


def _polity(ctx: Context, target: Arg) -> bool:
    """A target that can be a polity: an actor that is not a person (one not resolved counts
    only when it is no pronoun)."""
    if target.ids:
        return any((a := ctx.actor(i)) is not None and a.type != "person" for i in target.ids)
    return not any(t.pos_ == "PRON" for t in target.tokens)


def join_parties(ctx: Context, f: Found, quad: int) -> None:
    """A symmetric event done together (talks, a call, an agreement, joint exercises) has no
    target: the party named "with" or "between", met as the object ("X met Y") or receiving it
    ("X received a call from Y"), is a source beside the other (PLOVER: "if two parties make a
    reciprocal agreement or have a meeting, code both as ACTOR"). A promise or request of one
    keeps its addressee (the frame's). A clash keeps its sides apart (source and target). Done in the
    passive with no doer named, its parties are those named in what was done ("a deal between X
    and Y was signed")."""
    pat = f.pattern
    if pat is not None and pat.symmetric and f.target and not f.source and quad in (1, 2) and not f.noun and is_passive(
            f.pred[0]):
        f.source, f.target = f.target, Arg()  # "a deal between X and Y was signed": its parties signed it
        return
    if pat is not None and pat.symmetric and f.target and {t.i for t in f.target.tokens} == {t.i for t in f.source.tokens}:
        f.target = Arg()  # "clashes between X and Y forces": one "between" phrase names every side, all of them actors
        return
    if pat is None or not pat.symmetric or not f.target or not f.source or quad not in (1, 2):
        return
    if parties(ctx, f.source) >= 2 and all(in_scene_phrase(ctx, t) for t in f.target.tokens):
        f.target = Arg()  # "X and Y signed an accord in Havana": where they did it is no party to it
        return
    if f.target.via_modifier and not any(
            lemma_of(t) in ctx.data.relational_nouns or lemma_of(t.head) in ctx.data.relational_nouns for t in f.target.tokens):
        return  # "agreed with the U.S. proposal": the owner of what is agreed with is its target, no party
    for t in f.target.tokens:
        head = first_conjunct(t)
        joint = head.dep_ == "pobj" and head.head.lower_ in ("with", "between")
        met = head.dep_ == "dobj" and not f.noun and head.head.i == f.pred[0].i  # "X met Y"
        called = head.dep_ in ("nsubj", "nsubjpass") and f.noun and head.head in f.extra  # "X received a call from Y"
        if not (joint or met or called):
            return
    f.source.extend(f.target)
    f.target = Arg()


def wrapper_modality(fr: Frame, modality: str) -> str:
    """The modality of a wrapper's own event: negated, or what its verb's auxiliaries make it
    ("will ask": future; "would urge" reported: future, unreported: hypothetical; "could demand":
    hypothetical); else ``modality``."""
    if fr.wrapper_negated:
        return "negated"
    own = fr.wrapper_modal
    if own is None:
        return modality
    if own.hypothetical:
        return "hypothetical"
    if own.future or reported_will(fr, own.would):
        return "future"
    return "hypothetical" if own.would else modality


def _frame_modality(fr: Frame, modality: str) -> str:
    if fr.negated:
        return "negated"
    if fr.hypothetical or fr.aimed:
        return "hypothetical"  # what a thing is got for ("smuggled rifles to kill rivals") is aimed at, not told done
    if fr.deontic is not None:
        return "requested"
    if fr.future or reported_will(fr, fr.would) or fr.purpose:
        return "future"
    if fr.would:
        return "hypothetical"
    return modality


def _wrapped(ctx: Context, f: Found, fr: Frame, wr: Wrapper, quad: int) -> list[Found]:
    """The events of a found event under a wrapper (request, intent, threat, refusal ...)."""
    if wr.kind == "negate":
        f.modality = "negated"
        return [f]
    if wr.kind == "demand" and quad == 4 and fr.wrapper_token is not None and form_in(
        fr.wrapper_token, ctx.lex.order_verbs
    ):
        return ordered(ctx, f, fr)
    if wr.kind in ("appeal", "demand"):
        return request(ctx, f, fr, wr)
    if wr.kind == "intent":
        if quad == 3:
            f.modality = "future"
            return [f]
        return intent(ctx, f, fr, quad)
    if wr.kind == "threaten":
        return wrap(ctx, f, fr, wr, "future")
    if wr.kind == "reject":
        return wrap(ctx, f, fr, wr, "negated")
    return [f]


def parties(ctx: Context, arg: Arg) -> int:
    """How many actors an argument names (conjuncts, or members of a compound actor)."""
    n = max(len(arg.tokens), len(arg.spans), len(arg.ids))
    for i in arg.ids:
        actor = ctx.actor(i)
        if actor is not None and len(actor.members) > n:
            n = len(actor.members)
    return n


def wrap(ctx: Context, f: Found, fr: Frame, wr: Wrapper, inner_modality: str) -> list[Found]:
    """The wrapper's event (its PLOVER type) from the wrapper's subject, with ``f`` as its child."""
    plover = wr.plover
    source = fr.wrapper_subject or f.source
    if not source:
        return []
    code = wr.code_for(f.cameo) or f.cameo
    target = f.target
    if plover == "THREATEN" and not target and fr.wrapper_token is not None:
        target = arg(ctx, first_child(fr.wrapper_token, "dobj"), allow_vague=False)
    if plover == "THREATEN" and not target:
        target = threat_target(ctx, [t for t in (fr.wrapper_token, f.pred[0], f.clause) if t is not None])
    top = Found(
        cameo=code, pred=[fr.wrapper_token or f.pred[0]], clause=fr.wrapper_token or f.clause,
        source=source, target=target, plover=plover, speaker=fr.speaker,
        speaker_token=fr.speaker_token, extra=list(f.pred),
    )
    top.target_from_source = f.target_from_source and top.target is f.target  # a domestic act promised
    top.confidence = wrapper_confidence(ctx, f.confidence)
    top.modality = wrapper_modality(fr, top.modality)
    f.parent = top
    f.modality = inner_modality
    f.confidence = wrapped_confidence(ctx, f.confidence)
    return [top, f]


def intent(ctx: Context, f: Found, fr: Frame, quad: int) -> list[Found]:
    """A future or promised action: AGREE for cooperation, THREATEN for conflict, REJECT for a
    refusal."""
    agree = ctx.lex.wrappers.get("intent")
    reject = ctx.lex.wrappers.get("reject")
    threaten = ctx.lex.wrappers.get("threaten")
    prepare = ctx.lex.wrappers.get("prepare")
    negated = f.modality == "negated" or fr.wrapper_negated
    if negated and quad in (1, 2) and reject is not None:
        return wrap(ctx, f, fr, reject, "negated")
    if negated:
        return [f]
    if decided_measure(ctx, f, fr) and not _ultimatum(ctx, f):
        f.modality = "future"  # "decided to suspend aid to X": the measure taken, to come
        return [f]
    if promised_own_buildup(ctx, f) and not _ultimatum(ctx, f):
        f.modality = "future"  # "pledged to expand its army": its own forces grown, no one threatened
        return [f]
    if quad in (1, 2) and agree is not None and not _ultimatum(ctx, f):
        out = wrap(ctx, f, fr, agree, "future")
        if out:
            joint_commitment(ctx, out[0], fr)
    elif prepare is not None and _preparing(ctx, fr.wrapper_token) and plover_of(ctx.cameo, f) == "ASSAULT":
        out = wrap(ctx, f, fr, prepare, "future")  # "the army was preparing to storm the town": force made ready
    elif threaten is not None:
        out = wrap(ctx, f, fr, threaten, "future")
    else:
        return [f]
    if fr.wrapper is None and out:  # a bare future ("will withdraw"): the event verb is the predicate
        out[0].pred = [f.pred[0]]
        out[0].extra = list(f.extra)
    return out


def _preparing(ctx: Context, w: Token | None) -> bool:
    """Whether the wrapper word makes ready (``preparation_verbs``, active: "were preparing to
    attack", "got ready to shell"), not a readiness stated ("said it was prepared to strike")."""
    if w is None or is_passive(w):
        return False
    for phrase in ctx.lex.preparation_verbs:
        words = tuple(phrase.split())
        if lemma_of(w) == words[0] and rest_ok(w, words[1:]):
            return True
        if w.dep_ == "acomp" and lemma_of(w.head) == words[0] and lemma_of(w) in words[1:]:
            return True  # "were getting ready to attack": the intent adjective under "get"
    return False


def _ultimatum(ctx: Context, f: Found) -> bool:
    """Whether the act is told under a condition of ``ultimatum_marks`` whose subject is the act's
    own target, on the act's clause or on a clause it is the complement of ("will withdraw its
    force from Chad unless Chad's president holds elections", "said Ankara would block Sweden's bid
    unless Stockholm ..."): a promise made to pressure its recipient, a threat; not a condition on
    a third party ("would send police to Haiti unless the Security Council objected")."""
    targets = _countries(ctx, f.target)
    cur: Token = f.pred[0]
    for _ in range(4):
        # the parser may hang the condition on an infinitive of the object ("block X's bid to join NATO unless ...")
        clauses = [cur, *(a for o in children_of(cur, "dobj") for a in children_of(o, "acl"))]
        for c in (x for k in clauses for x in children_of(k, "advcl")):
            if not any(m.dep_ == "mark" and lemma_of(m) in ctx.lex.ultimatum_marks for m in c.children):
                continue
            subject = arg(ctx, first_child(c, "nsubj", "nsubjpass"), allow_vague=False)
            if targets and _countries(ctx, subject) & targets:
                return True
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _countries(ctx: Context, a: Arg) -> set[str]:
    return {c for i in a.ids if (act := ctx.actor(i)) is not None and (c := act.country)}


def joint_commitment(ctx: Context, top: Found, fr: Frame) -> None:
    """"X agreed with Y to reopen the border": a commitment made together, by a verb a symmetric
    pattern reads ("agree"), with its partner named after "with", has both as its actor and no
    recipient (PLOVER 2.4.2, as "X and Y agreed to ...")."""
    w = fr.wrapper_token
    if w is None or not any(p.symmetric for p in ctx.lex.verbs.get(lemma_of(w), ())):
        return
    partner = Arg()
    for o in prep_objects(w, "with"):
        got = arg(ctx, o, allow_vague=False)
        if got.named and got.ids and not got.via_modifier:
            partner.extend(got)
    if not partner:
        return
    joined = Arg(named=True)
    joined.extend(top.source)
    joined.extend(partner)
    top.source, top.target = joined, Arg()


def ordered(ctx: Context, f: Found, fr: Frame) -> list[Found]:
    """"The government ordered the newspaper to suspend publication": the government coerces the
    addressee. When what is ordered acts on someone else ("ordered its troops to attack the
    rebels"), the order-giver's forces are told to act: the act is requested, not reported done."""
    if not fr.wrapper_subject:
        return []
    addressee = fr.wrapper_addressee or Arg()
    on_others = bool(f.target) and bool(addressee)
    f.source = fr.wrapper_subject
    if not f.target:
        f.target = addressee
    told = [t for t in f.pred if fr.wrapper_token is None or t.i != fr.wrapper_token.i]
    f.pred = [fr.wrapper_token or f.pred[0]]
    f.extra = [*told, *f.extra]  # the ordered act's words are this event's ("attack" of "ordered ... to attack")
    f.modality = "negated" if fr.wrapper_negated else "requested" if on_others else "asserted"
    f.confidence = wrapper_confidence(ctx, f.confidence)
    return [f]


def request(ctx: Context, f: Found, fr: Frame, wr: Wrapper) -> list[Found]:
    requester = fr.wrapper_subject
    if not requester:
        return []
    addressee = fr.wrapper_addressee or Arg()
    if not f.source and addressee:
        f.source = addressee
    top = Found(
        cameo=wr.code_for(f.cameo) or ctx.rules.request_code, pred=[fr.wrapper_token or f.pred[0]],
        clause=fr.wrapper_token or f.clause, source=requester,
        target=addressee if addressee else f.target, plover=wr.plover, speaker=fr.speaker,
        speaker_token=fr.speaker_token, extra=list(f.pred),
    )
    top.target_from_source = f.target_from_source and top.target is f.target  # a domestic act promised
    top.confidence = wrapper_confidence(ctx, f.confidence)
    top.modality = wrapper_modality(fr, top.modality)
    f.parent = top
    f.modality = "requested"
    f.confidence = wrapped_confidence(ctx, f.confidence)
    return [top, f]


def deontic_request(ctx: Context, f: Found, fr: Frame) -> list[Found]:
    wr = ctx.lex.wrappers.get("demand" if fr.deontic == "demand" else "appeal")
    subj = first_child(f.clause, "nsubj", "nsubjpass")
    if wr is None or fr.speaker is None or first_person(subj):
        return [f]
    addressee = f.source
    top = Found(
        cameo=wr.code_for(f.cameo) or ctx.rules.modal_request_code, pred=[fr.speaker_token or f.pred[0]],
        clause=fr.speaker_token or f.clause, source=fr.speaker, target=addressee,
        plover=wr.plover, extra=list(f.pred),
    )
    top.confidence = wrapper_confidence(ctx, f.confidence)
    f.parent = top
    f.modality = "requested"
    f.confidence = wrapped_confidence(ctx, f.confidence)
    return [top, f]
