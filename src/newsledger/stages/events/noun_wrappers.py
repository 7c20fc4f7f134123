"""Wrapper nouns whose act is an event noun in a phrase of their own: "made a plea to Hungary for
support", "issued an appeal to the EU for medical aid", "renewed its call for cooperation from
Australia" (a REQUEST), "announced a pledge of reconstruction aid for Sudan", "made an offer of
mediation to Congo" (an AGREE), "China's threat of an import ban on Lithuanian goods" (a THREATEN).

The wrapper noun (``wrappers`` in ``data/events/patterns.yaml``: "appeal", "plea", "pledge",
"offer", "threat" ...) names the act of its owner (its possessor, a "by" phrase or the subject of
the light verb that carries it); what is asked, promised or threatened is the event noun its
"for" phrase (a request) or its "of" phrase (a promise, a threat) names, and that noun's pattern
gives the wrapper's CAMEO code through the wrapper's ``derive`` table. A request's "for" phrase
may name a thing, not an act ("made a plea to Washington for missiles", "a request for a currency
swap line from India"): a request (the wrapper's default code) when a light verb carries it and
it names whom it is made to ("to", "from"); so may a promise's "of" phrase ("made a pledge of
tents to X", "an offer of patrol boats to X": an AGREE, its target whom it is for). The addressee of a request
is the party named "to", "on" or "from" on the noun or its light verb; the target of a promise or
threat is the party the promised act is for ("for", "to", "on", "against"), on the noun, on the
act's noun or on the light verb, or the light verb's dative ("gave Israel a warning of ...").
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.syntax import is_verb
from .arguments import arg
from .frames import frame_of
from .modality import confidence, modality_of
from .noun_roles import noun_owner
from .predicates import light_verb, noun_pattern
from .tokens import first_child, form_in, prep_objects
from .types import Arg, Context, Found, Wrapper

# the preposition of the wrapped act, and the prepositions naming the addressee or target, by kind
_ACT_PREP = {"appeal": "for", "demand": "for", "intent": "of", "threaten": "of"}
_PARTY_PREPS = {"appeal": ("to", "on", "from"), "demand": ("on", "from", "to"),
                "intent": ("to", "for", "with"), "threaten": ("against", "on", "to", "for")}
# a request or a promise of a thing, not an act: whom it is made to (a request) or for (a promise)
_THING_PREPS = {"appeal": ("to", "from"), "demand": ("to", "from"), "intent": ("to", "for")}


def noun_wrapper_events(ctx: Context, sent: SpacySpan, have: list[Found], taken: set[int]) -> list[Found]:
    """The wrapper nouns of ``sent`` whose "for"/"of" phrase names an act with no doer of its own."""
    out: list[Found] = []
    for n in ctx.pd.tokens_in(sent):
        k = form_in(n, ctx.lex.wrapper_nouns) if n.pos_ == "NOUN" else None
        wr = ctx.lex.wrapper_nouns.get(k) if k else None
        if wr is None or wr.kind not in _ACT_PREP:
            continue
        if n.i in taken:
            _aim_found_noun(ctx, n, wr, have)
            continue
        f = _wrapped_noun(ctx, n, wr, have)
        if f is not None:
            out.append(f)
        elif wr.kind == "threaten":
            _threatened_act(ctx, n, wr, have)
    return out


def _threatened_act(ctx: Context, n: Token, wr: Wrapper, have: list[Found]) -> None:
    """A threat noun with no owner of its own whose "of" phrase is an act found with its doer ("the
    threat of new Ugandan sanctions", "the threat of a Russian offensive"): the act is threatened by
    that doer, not done (THREATEN, its code by the wrapper's ``derive`` table)."""
    if wrapper_noun_owner(ctx, n, light_verb(ctx, n)):
        return
    acts = {o.i for o in prep_objects(n, _ACT_PREP[wr.kind])}
    f = next((f for f in have if f.noun and f.pred[0].i in acts and f.source.ids and f.plover != wr.plover), None)
    code = wr.code_for(f.cameo) if f is not None else None
    if f is None or code is None:
        return
    f.cameo, f.plover, f.mode, f.pattern = code, wr.plover, None, None
    f.extra = [*f.extra, n]


def _wrapped_noun(ctx: Context, n: Token, wr: Wrapper, have: list[Found]) -> Found | None:
    verb = n.head if n.dep_ in ("dobj", "nsubjpass") and is_verb(n.head) else None
    # the act's phrase on the noun, or on its verb ("made a plea to X for support")
    acts = [*prep_objects(n, _ACT_PREP[wr.kind]), *(prep_objects(verb, "for") if verb is not None and wr.kind in (
        "appeal", "demand") else [])]
    act = next((o for o in acts if noun_pattern(ctx, o) is not None), None)
    thing = act is None and wr.kind in _THING_PREPS  # "a plea to X for missiles", "a pledge of tents to X": of a thing
    act = next((o for o in acts if not arg(ctx, o, allow_vague=False).named), None) if thing else act
    if act is None or any(f.pred[0].i == act.i for f in have):
        return None
    light = light_verb(ctx, n)
    owner = wrapper_noun_owner(ctx, n, light)
    if not owner or (owner.tokens and owner.tokens[0].i == act.i):
        return None
    pat = noun_pattern(ctx, act)
    if thing and light is None:  # a request of a thing is made ("made a plea", "issued an appeal"), not only named
        return None
    target = _party(ctx, n, act, light or verb, _THING_PREPS[wr.kind] if thing else _PARTY_PREPS[wr.kind])
    if thing and not target:  # a request of a thing names whom it is made to
        return None
    fr = frame_of(ctx, light if light is not None else n)
    top = Found(cameo=wr.code_for(pat.cameo if pat else None) or ctx.rules.request_code, pred=[n],
                clause=light if light is not None else n, source=owner, target=target, plover=wr.plover,
                speaker=fr.speaker, speaker_token=fr.speaker_token, noun=True,
                extra=[t for t in (light, act) if t is not None])
    top.confidence = confidence(ctx, top, fr)
    top.modality = modality_of(fr)
    return top


def _aim_found_noun(ctx: Context, n: Token, wr: Wrapper, have: list[Found]) -> None:
    """A wrapper noun already an event of its own pattern with no target ("its threat of a naval
    blockade of Taiwan", "a threat of sanctions against Georgia"): the act of its "of"/"for" phrase
    names whom it is aimed at, as it would for the wrapper, and gives its code."""
    f = next((f for f in have if f.pred[0].i == n.i and f.noun and not f.target), None)
    act = next((o for o in prep_objects(n, _ACT_PREP[wr.kind]) if noun_pattern(ctx, o) is not None), None)
    if f is None or act is None or any(g.pred[0].i == act.i for g in have):
        return
    light = light_verb(ctx, n)
    target = _party(ctx, n, act, light, (*_PARTY_PREPS[wr.kind], "of"))
    if target and not set(target.ids) & set(f.source.ids):
        pat = noun_pattern(ctx, act)
        f.target, f.cameo = target, wr.code_for(pat.cameo if pat else None) or f.cameo


def wrapper_noun_owner(ctx: Context, n: Token, light: Token | None) -> Arg:
    """Whose request, promise or threat the noun is: its possessor or "by"/"from" phrase, or the
    subject of the light verb that carries it ("made a plea", "issued an appeal"); not the subject
    of another verb ("turned away offers of aid": the offers are another's), nor of a noun in a
    prepositional phrase ("gave a refusal to X's offer of talks": the offer is only its topic)."""
    if n.dep_ not in ("dobj", "nsubj", "nsubjpass", "ROOT"):
        return Arg()
    if first_child(n, "poss") is not None or prep_objects(n, "by") or prep_objects(n, "from") or light is not None:
        return noun_owner(ctx, n)
    return Arg()


def _party(ctx: Context, n: Token, act: Token, light: Token | None, preps: tuple[str, ...]) -> Arg:
    """The addressee or target: a party named by one of ``preps`` on the noun, the act's noun or
    the light verb, or the light verb's dative."""
    holders = [n, act, *([light] if light is not None else [])]
    for prep in preps:
        for h in holders:
            for o in prep_objects(h, prep):
                got = arg(ctx, o, allow_vague=False) or arg(ctx, o, deep=True, allow_vague=False)
                if got.ids:
                    return got
    dative = first_child(light, "dative") if light is not None else None
    return arg(ctx, dative, allow_vague=False) if dative is not None else Arg()


__all__ = ["noun_wrapper_events", "wrapper_noun_owner"]
