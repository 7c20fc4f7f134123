"""The party a condemnation of an act accuses: "France condemned the attack on a school in Mali", "the ministry
condemned the violence against Sudanese civilians". PLOVER's target of ACCUSE is the party accused or
criticised: of an act condemned, its doer when the text names one ("condemned the Russian strike on Kyiv",
"condemned the killing of farmers by the militia": :mod:`.roles` reads it first); never the act's victims nor its
place ("a school in Mali", "Sudanese civilians"), nor, with no doer named, the condemner's own country (the
domestic reading of :mod:`.wrappers`). The act is an event noun of one of ``condemned_act_types`` or a word of
``condemned_act_nouns`` (``data/events/rules.yaml``); an act of another kind ("condemned Somalia's decision",
"criticized the arrest of its nationals in Ivory Coast") keeps the target read from its phrase."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import conjuncts
from .arguments import arg
from .lexicon import pattern_plover
from .places import custodian
from .predicates import noun_pattern, object_of
from .tokens import lemma_of, prep_objects
from .types import Arg, Context, EventPattern, Found


def condemned_act(ctx: Context, pat: EventPattern, obj: Token | None) -> bool:
    """``obj``, the object of a verb of ``pat``, names an act that an accusation of ``pat``'s type condemns:
    each of its conjuncts an event noun of ``condemned_act_types`` or a word of ``condemned_act_nouns``."""
    if obj is None or pattern_plover(ctx.cameo, pat) not in ctx.rules.condemning_types:
        return False
    return all(_act_noun(ctx, c) for c in conjuncts(obj))


def word_doer(ctx: Context, obj: Token, verb: Token) -> Arg:
    """The doer of an act a word of ``condemned_act_nouns`` names (no event pattern reads it): a name before it
    ("Israeli violence", "the army's brutality", "settler violence") or its "by", "from" or "of" phrase ("violence
    by settlers", "the brutality of the police"); of any act, the holder of the custody it was done in ("the
    torture of prisoners in Syrian government jails", the phrase on the noun or on the condemning ``verb``) or a
    state's government named in its phrase, which answers for it; none named, nothing."""
    out = Arg()
    for c in conjuncts(obj):
        held = custodian(ctx, [c, verb])  # "denounced the torture of prisoners in Syrian government jails": the jailer
        if held:
            out.extend(held)
            continue
        ruler = _state_in(ctx, c)  # "the torture of prisoners in Syrian government jails": the state answers for it
        if ruler:
            out.extend(ruler)
            continue
        if _noun_act(ctx, c):
            continue  # an event noun: its own source, read by :mod:`.roles`
        mods = [m for m in c.children if m.dep_ in ("poss", "amod", "compound", "nmod") and m.i < c.i]
        for o in [*mods, *(o for p in ("by", "from", "of") for o in prep_objects(c, p))]:
            got = arg(ctx, o, allow_vague=False)
            if got.named:
                out.extend(got)
                break
    return out


def _state_in(ctx: Context, c: Token) -> Arg:
    """A state's government named in the phrase of the act ``c`` (an actor of type state: "in Syrian government
    jails"; a country named as a place, "a school in Mali", is none)."""
    for t in c.subtree:
        m = ctx.mention(t) if t.i != c.i else None
        actor = ctx.actor(m.actor_id) if m is not None else None
        if actor is not None and actor.type == "state":
            return arg(ctx, t, allow_vague=False)
    return Arg()


def condemns_act(ctx: Context, f: Found) -> bool:
    """``f`` is a verb's accusation whose object is a condemned act named by event nouns (see
    :func:`condemned_act`): one that stands with no one accused and is coded on no country of its own ("France
    condemned the attack on a school in Mali"). A word of violence with no doer named ("condemned the violence
    against civilians") leaves no one accused as well, but the condemnation stands only as any other does, with a
    party it is aimed at (measured: kept, the CASE 2021 dev check half lost a peaceful protest to a violent
    demonstration)."""
    obj = object_of(f.pred[0])
    return f.pattern is not None and not f.noun and condemned_act(ctx, f.pattern, obj) and obj is not None \
        and all(_noun_act(ctx, c) for c in conjuncts(obj))


def _act_noun(ctx: Context, n: Token) -> bool:
    return lemma_of(n) in ctx.rules.condemned_act_nouns or n.lower_ in ctx.rules.condemned_act_nouns or _noun_act(ctx, n)


def _noun_act(ctx: Context, n: Token) -> bool:
    pat = noun_pattern(ctx, n) if n.pos_ == "NOUN" else None
    return pat is not None and pattern_plover(ctx.cameo, pat) in ctx.rules.condemned_act_types


__all__ = ["condemned_act", "condemns_act", "word_doer"]
