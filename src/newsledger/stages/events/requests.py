"""Requests, promises, threats and refusals whose action has no pattern of its own: "urged X to
show restraint", "called for sanctions against X", "demanded the withdrawal of Y"."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.syntax import has_to, is_passive, is_verb
from .arguments import arg, location
from .frames import frame_of
from .modality import confidence, modality_of, wrapped_confidence
from .noun_wrappers import noun_wrapper_events, wrapper_noun_owner
from .predicates import (
    addressee,
    bare_participle,
    light_verb,
    noun_pattern,
    subject_arg,
    to_clause,
    wrapper_of,
)
from .roles import source_token
from .speaker_roles import ccomp_ok
from .tokens import children_of, first_child, form_in, lemma_of, prep_objects
from .types import Arg, Context, Found, Frame, Wrapper

_WRAPPING_KINDS = ("appeal", "demand", "intent", "threaten", "reject")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def requests_without_inner(ctx: Context, sent: SpacySpan, have: list[Found]) -> list[Found]:
    """Requests whose requested action has no pattern: "urged X to show restraint"."""
    out: list[Found] = []
    taken = {f.pred[0].i for f in have} | {t.i for f in have for t in f.extra}
    tokens = ctx.pd.tokens_in(sent)
    for t in tokens:
        if is_verb(t) and t.i not in taken:
            f = _bare_wrapper(ctx, t, taken)
            if f is not None:
                out.append(f)
    # "called for sanctions against X", "demanded the withdrawal of Y"
    for t in tokens:
        if is_verb(t) and t.i not in taken:
            f = _request_for(ctx, t, have) or _need_for(ctx, t, have)
            if f is not None:
                out.append(f)
    # "announced its refusal to take part in X": the noun of a refusal, promise or threat, its act unpatterned
    for t in tokens:
        if t.pos_ == "NOUN" and t.i not in taken:
            f = _bare_wrapper_noun(ctx, t, taken)
            if f is not None:
                out.append(f)
    # "made a plea to X for support", "a pledge of aid for X": the act named in the noun's phrase
    return out + noun_wrapper_events(ctx, sent, have + out, taken | {t.i for f in out for t in f.extra})


def _bare_wrapper(ctx: Context, t: Token, taken: set[int]) -> Found | None:
    """A wrapper verb whose complement holds no event: the wrapper's own event."""
    wr = wrapper_of(ctx, t)
    comp = first_child(t, "xcomp", "ccomp") or to_clause(t)
    if wr is None or comp is None:
        return None
    if comp.dep_ == "ccomp" and not ccomp_ok(ctx, t, comp, wr):
        return None  # "X told reporters that ...": speech, not a request
    if wr.kind == "intent" and form_in(comp, ctx.lex.threat_complements) and "threaten" in ctx.lex.wrappers:
        wr = ctx.lex.wrappers["threaten"]  # "vowed to retaliate": a hostile answer promised is a threat
    elif wr.kind == "intent" and lemma_of(t) not in ctx.lex.bare_default:
        return None
    if (is_passive(t) or bare_participle(t)) and not prep_objects(t, "by"):
        return None  # "asked to describe ...": who asked is not said
    if wr.kind == "reject" and form_in(comp, ctx.lex.reject_ignore):
        return None  # "declined to comment"
    if wr.kind not in _WRAPPING_KINDS or comp.i in taken:
        return None
    subj = subject_arg(ctx, source_token(ctx, t))
    if not subj:
        return None
    if wr.kind in ("appeal", "demand"):
        target = arg(ctx, first_child(comp, "nsubj", "nsubjpass") if comp.dep_ == "ccomp" else addressee(ctx, t))
    else:
        target = _complement_target(ctx, comp)
    fr = frame_of(ctx, t)
    f = Found(
        cameo=wr.default or ctx.rules.request_code, pred=[t], clause=t, source=subj, target=target,
        plover=wr.plover, speaker=fr.speaker, speaker_token=fr.speaker_token, extra=[comp],
    )
    f.confidence = confidence(ctx, f, fr) - ctx.rules.confidence.bare_wrapper_penalty
    f.modality = modality_of(fr)
    return f


def _bare_wrapper_noun(ctx: Context, n: Token, taken: set[int]) -> Found | None:
    """A refusal, promise or threat named by its noun whose infinitive holds no event ("announced its
    refusal to comply with X", "renewed its threat to quit the talks with X"): the wrapper's own
    event, as "refused to comply with X" is, when a light verb carries it (its subject or the noun's
    possessor the owner); the object of another verb ("questioned X's readiness to") is only its topic."""
    k = form_in(n, ctx.lex.wrapper_nouns)
    wr = ctx.lex.wrapper_nouns.get(k) if k else None
    comp = next((c for c in children_of(n, "acl") if has_to(c)), None)
    if wr is None or wr.kind not in ("reject", "intent", "threaten") or comp is None or comp.i in taken:
        return None
    if wr.kind == "reject" and form_in(comp, ctx.lex.reject_ignore):
        return None  # "its refusal to comment"
    light = light_verb(ctx, n)
    owner = wrapper_noun_owner(ctx, n, light) if light is not None else Arg()
    if not owner.ids or light is None:  # "questioned X's readiness to ...": another's noun, only its topic
        return None
    fr = frame_of(ctx, light)
    f = Found(cameo=wr.default or ctx.rules.request_code, pred=[n], clause=light,
              source=owner, target=_complement_target(ctx, comp), plover=wr.plover, speaker=fr.speaker,
              speaker_token=fr.speaker_token, noun=True, extra=[light, comp])
    f.confidence = confidence(ctx, f, fr) - ctx.rules.confidence.bare_wrapper_penalty
    f.modality = modality_of(fr)
    return f


def _complement_target(ctx: Context, comp: Token) -> Arg:
    """The target of a promised, threatened or refused action: its object or an actor named in the
    object's complement ("offered to build a road for Ugandan farmers"), the party of its small
    clause ("agreed to allow U.N. envoys into Rakhine", "refused to let Germany re-export
    arms"), else an actor in one of its prepositional phrases, else the place where it would be done."""
    obj = first_child(comp, "dobj")
    # an event noun's complement is whom it was done to, not the party ("avenge the killing of X")
    target = arg(ctx, obj, deep=obj is not None and noun_pattern(ctx, obj) is None, allow_vague=False)
    if target:
        return target
    for clause in children_of(comp, "ccomp"):
        if clause.tag_ in _FINITE or any(c.dep_ == "mark" for c in clause.children):
            continue  # "promised to say that X ...": a clause of its own, no party let act
        target = arg(ctx, first_child(clause, "nsubj") if is_verb(clause) else clause, allow_vague=False)
        if target:
            return target
    for p in children_of(comp, "prep", "dative"):  # "pledged to send fuel to Lebanon" ("to" read as a dative)
        for o in children_of(p, "pobj"):
            target = arg(ctx, o, deep=True, allow_vague=False)
            if target and (p.dep_ == "prep" or any((a := ctx.actor(i)) is not None and a.country for i in target.ids)):
                return target  # a dative names a party only when it is of a country ("to Lebanon")
    # where the act would happen ("agreed to postpone the demonstration in Baku")
    return location(ctx, [comp, *children_of(comp, "dobj")])


def _request_object(ctx: Context, t: Token) -> tuple[Wrapper | None, Token | None]:
    """The wrapper and the requested thing of "called for X" or "demanded X"."""
    lemma = lemma_of(t)
    if lemma in ctx.lex.for_verbs and not is_passive(t):
        objs = prep_objects(t, "for")
        if objs:
            return ctx.lex.wrappers.get("appeal"), objs[0]
    elif lemma == "demand" or lemma in ctx.lex.object_request_verbs:
        obj = first_child(t, "dobj")
        if obj is not None and lemma != "demand" and noun_pattern(ctx, obj) is None and not _ended_act(ctx, t, obj):
            return None, None  # "sought re-election": no act requested
        return (ctx.lex.wrappers.get("demand") if obj is not None else None), obj
    return None, None


def _ended_act(ctx: Context, t: Token, obj: Token) -> bool:
    """An end of an act or a conflict ("an end to the fighting", "the end of the blockade"; the "to"
    phrase may hang on the verb ``t``): what a verb of ``object_request_verbs`` asks for ("urged an end
    to the war"); not the end of a state of things ("sought an end to the drought")."""
    if lemma_of(obj) not in ctx.lex.end_nouns:
        return False
    return any(noun_pattern(ctx, c) is not None or lemma_of(c) in ctx.lex.conflict_nouns
               for c in prep_objects(obj, "to") + prep_objects(obj, "of") + prep_objects(t, "to"))


def _request_for(ctx: Context, t: Token, have: list[Found]) -> Found | None:
    """"Called for sanctions against X", "demanded the withdrawal of Y": a REQUEST whose object
    is the requested thing (an event found there becomes its child)."""
    wr, obj = _request_object(ctx, t)
    if wr is None or obj is None:
        return None
    subj = subject_arg(ctx, source_token(ctx, t))
    if not subj or (lemma_of(t) in ctx.lex.object_request_verbs and not subj.ids and first_child(t, "nsubj") is None):
        return None  # "to seek support for the demand": a seeker not resolved asks nothing of its own
    inner = next((f for f in have if f.pred[0].i == obj.i and f.parent is None), None)
    target = _requested_target(ctx, t, obj, inner)
    fr = frame_of(ctx, t)
    own_war = _other_party_of_ended_conflict(ctx, obj)
    top = Found(
        cameo=wr.code_for(inner.cameo if inner else None) or ctx.rules.request_code, pred=[t], clause=t,
        source=subj, target=target, plover=wr.plover, speaker=fr.speaker,
        speaker_token=fr.speaker_token, extra=[obj],
    )
    if own_war and ctx.rules.conflict_end_code:  # "called for an end to the war with Russia": its will to end it
        top.cameo, top.plover, top.target = ctx.rules.conflict_end_code, None, own_war
    return _requesting(ctx, top, fr, inner)


def _requesting(ctx: Context, top: Found, fr: Frame, inner: Found | None) -> Found:
    """``top`` scored by its frame, the requested event ``inner`` (if any) made its child."""
    top.confidence = confidence(ctx, top, fr)
    top.modality = modality_of(fr)
    if inner is not None:
        inner.parent = top
        inner.modality = "requested"
        inner.confidence = wrapped_confidence(ctx, inner.confidence)
    return top


def _need_for(ctx: Context, t: Token, have: list[Found]) -> Found | None:
    """"Stressed the need for X to V", "underlined the necessity for X to V": a need of another
    party's act told by the verb's subject is a REQUEST of X (the for-clause's own subject); an
    event of the clause is what is requested (its child)."""
    obj = first_child(t, "dobj")
    wr = ctx.lex.wrappers.get("appeal")
    if wr is None or obj is None or lemma_of(obj) not in ctx.lex.need_nouns or is_passive(t):
        return None
    clause = next((c for c in children_of(obj, "advcl", "acl") + children_of(t, "advcl")
                   if (m := first_child(c, "mark")) is not None and m.lower_ == "for" and has_to(c)), None)
    subj = subject_arg(ctx, source_token(ctx, t))
    target = arg(ctx, first_child(clause, "nsubj"), allow_vague=False) if clause is not None else Arg()
    if clause is None or not subj or not target:
        return None
    inner = next((f for f in have if f.pred[0].i == clause.i and f.parent is None), None)
    fr = frame_of(ctx, t)
    top = Found(cameo=wr.code_for(inner.cameo if inner else None) or ctx.rules.request_code, pred=[t], clause=t,
                source=subj, target=target, plover=wr.plover, speaker=fr.speaker, speaker_token=fr.speaker_token,
                extra=[obj, clause])
    return _requesting(ctx, top, fr, inner)


def _other_party_of_ended_conflict(ctx: Context, obj: Token) -> Arg:
    """The other party of a conflict whose end is asked for, named with it: "an end to the war with
    Russia" (Russia); nothing for a conflict named by its place or not at all ("the war in Sudan")."""
    if lemma_of(obj) not in ctx.lex.end_nouns:
        return Arg()
    for c in prep_objects(obj, "to") + prep_objects(obj, "of"):
        if lemma_of(c) in ctx.lex.conflict_nouns:
            for o in prep_objects(c, "with"):
                got = arg(ctx, o, allow_vague=False)
                if got.named:
                    return got
    return Arg()


def _requested_target(ctx: Context, t: Token, obj: Token, inner: Found | None) -> Arg:
    """Who is to act on a request: the source of the requested event inside the object, an
    actor in a phrase of the object ("sanctions against X"), or the one it is demanded from."""
    target = Arg()
    if inner is not None and inner.source and inner.source.tokens and inner.source.tokens[0] in obj.subtree:
        target = inner.source  # "demanded the withdrawal of Serbian forces": they should act
    for prep in ("of", "from", "by", "with", "against", "on", "to") if not target else ():
        for o in prep_objects(obj, prep):
            target = arg(ctx, o, allow_vague=False) or arg(ctx, o, deep=True, allow_vague=False)
            if target:
                break
        if target:
            break
    for o in [first_child(t, "dobj"), *prep_objects(t, "to"), *prep_objects(t, "with"), *prep_objects(t, "from")] if (
            not target) else []:  # "asked the U.N. for help", "appealed to X for police officers", "asked for help from X"
        if o is not None and o.i != obj.i:
            target = arg(ctx, o, allow_vague=False)
            if target:
                break
    if not target:
        target = arg(ctx, obj, deep=True, allow_vague=False)
    if not target and lemma_of(t) == "demand":
        for o in prep_objects(t, "from"):
            target = arg(ctx, o, allow_vague=False)
    return target
