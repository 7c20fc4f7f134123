"""Argument roles: the target of a verb event, read from the places of its pattern, the doer of
what a reaction answers, and the party across a boundary noun."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import conjuncts, is_passive, is_verb
from .arguments import arg, np_extent
from .condemned import condemned_act, word_doer
from .nominals import REACTION_ROOTS
from .noun_roles import noun_source
from .predicates import (
    noun_pattern,
    object_of,
)
from .tokens import (
    children_of,
    first_child,
    lemma_of,
    prep_objects,
)
from .types import Arg, Context, EventPattern

# entity labels of amounts that count no people
AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def verb_target(ctx: Context, v: Token, pat: EventPattern, obj_hit: Token | None) -> tuple[Arg, Token | None]:
    """The target of a verb event, following the pattern's places in order."""
    fallback: Token | None = None
    obj = object_of(v)
    nouns = [v]
    if obj is not None:  # and its conjuncts: "launched missiles and drones against X" ("against" hung on "drones")
        nouns.extend(conjuncts(obj))
    if obj_hit is not None and obj_hit not in nouns:
        nouns.append(obj_hit)
    for p in children_of(v, "prep"):  # "put its troops on alert near X": a word of the pattern carries the place
        nouns.extend(o for o in children_of(p, "pobj") if lemma_of(o) in pat.words[1:] and o not in nouns)
    nouns.extend(carrier_phrases(v, obj, pat))
    if obj is not None and obj_hit is None and not pat.shallow and pat.cameo[:2] in REACTION_ROOTS:
        reacted = _reacted_doer(ctx, v, pat, obj)
        if reacted is not None:
            return reacted, obj
    if pat.topic_object:  # "discussed China's role": what is discussed is no party to it
        obj, obj_hit = None, None
    for place in pat.target:
        for c in _candidates(v, place, obj, obj_hit, nouns, "dobj" in pat.target):
            if c.text.lower().endswith(("self", "selves")):
                continue  # "defend itself": no target of its own
            got = across(ctx, c) or arg(ctx, c)
            by_adjective = got.via_modifier and lemma_of(c) not in ctx.data.relational_nouns and not counted(c)
            if got and not (pat.shallow and by_adjective):
                return got, c  # "met his Chinese counterpart", "freed twelve Cambodian loggers": the adjective names them
            if fallback is None:
                fallback = c
    got, tok = _target_in_object(ctx, pat, obj, obj_hit, fallback, v)
    if not got and obj is not None and not is_passive(v) and not pat.shallow:
        for o in prep_objects(v, "by"):  # "condemned the test by North Korea" (the parser hung "by" on the verb)
            by = arg(ctx, o, allow_vague=False)
            if by.named:
                return by, o
    return got, tok


def _reacted_doer(ctx: Context, v: Token, pat: EventPattern, obj: Token) -> Arg | None:
    """The target of a reaction to what its object names: that act's doer ("welcomed the release of hostages by
    Hamas": Hamas is welcomed, not the hostages); of a condemned act with no doer named, no one ("condemned the
    attack on a school in Mali"; a word of violence names its own: "condemned settler violence"); None: read the
    pattern's places."""
    agent = _event_agent(ctx, obj, v)
    if agent:
        return agent
    return word_doer(ctx, obj, v) if condemned_act(ctx, pat, obj) else None


def carrier_phrases(v: Token, obj: Token | None, pat: EventPattern) -> list[Token]:
    """Words that carry a gift's destination phrase away from its verb, for aid (CAMEO 07) only: a
    participle on the object ("sent an aid ship carrying food to Gaza") and the role the verb gives
    it ("provided rice as a gift to Sri Lanka"); not "blocked the bridge spanning the river to X"."""
    if not pat.cameo.startswith("07"):
        return []
    out = [c for c in children_of(obj, "acl") if c.tag_ == "VBG"] if obj is not None else []
    return out + [o for p in children_of(v, "prep") if p.lower_ == "as" for o in children_of(p, "pobj")]


def counted(c: Token) -> bool:
    """A noun counted by a number ("twelve Cambodian loggers"): people or things one by one, named
    by their country's adjective, not a thing of that country ("the Chinese report")."""
    return any(x.dep_ == "nummod" for x in c.children)


def across(ctx: Context, c: Token) -> Arg:
    """The party across a boundary noun ("to its border with China": China), or nothing."""
    if lemma_of(c) not in ctx.lex.boundary_nouns:
        return Arg()
    for o in prep_objects(c, "with"):
        got = arg(ctx, o, allow_vague=False)
        if got.named:
            return got
    return Arg()


def own_boundary(ctx: Context, t: Token) -> bool:
    """``t`` names the party across the doer's own boundary ("its border with China")."""
    if t.dep_ != "pobj" or t.head.lower_ != "with" or lemma_of(t.head.head) not in ctx.lex.boundary_nouns:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.head.head.children)


def _event_agent(ctx: Context, obj: Token, verb: Token | None = None) -> Arg:
    """Who did the event an object noun names ("the release of hostages by Hamas", "Israel's
    air strikes"): its own source, when the noun is an event noun; the subject of the clause a
    noun reports ("welcomed the announcement that Ukraine had agreed to a ceasefire": Ukraine)."""
    pat = noun_pattern(ctx, obj)
    if pat is not None:
        return noun_source(ctx, obj, pat, None)
    for clause in children_of(obj, "acl", "ccomp"):
        if is_verb(clause) and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            got = arg(ctx, first_child(clause, "nsubj"), allow_vague=False)
            if got.named:
                return got
    return _maker(ctx, obj, verb)


def _maker(ctx: Context, obj: Token, verb: Token | None = None) -> Arg:
    """Who made what a reaction is to, named by the agent of a participle on it ("rejected the
    allegations made by X", "welcomed the plan put forward by X"): X is the one reacted to."""
    for clause in children_of(obj, "acl"):
        if clause.tag_ != "VBN" or (verb is not None and clause.i == verb.i):
            continue  # "forces backed by X": the reaction's own participle names its doer, no maker
        for agent in children_of(clause, "agent"):
            got = arg(ctx, first_child(agent, "pobj"), allow_vague=False)
            if got.named:
                return got
    return Arg()


def _candidates(v: Token, place: str, obj: Token | None, obj_hit: Token | None, nouns: list[Token],
                objects_targeted: bool = True) -> list[Token]:
    """The tokens in one target place of a pattern: the object, the dative, or a preposition's
    objects."""
    cands: list[Token] = []
    if place == "dobj":
        if obj is not None and (obj_hit is None or obj.i != obj_hit.i):
            cands = [obj]
        elif obj is None:  # "found the former chief guilty", "declared the envoy persona non grata": a small clause's subject
            cands = [s for c in v.children if c.dep_ in ("ccomp", "oprd") and c.pos_ in ("ADJ", "NOUN")
                     for s in c.children if s.dep_ == "nsubj"][:1]
    elif place == "dative":
        d = first_child(v, "dative", "iobj")
        if d is not None and d.pos_ != "ADP":
            cands = [d]
        elif d is not None:
            cands = [c for c in d.children if c.dep_ == "pobj"]
    else:
        for n in nouns:
            if place == "by" and n.i == v.i and is_passive(v):
                continue  # a passive's "by" phrase is its doer, never its target ("was rejected by X")
            cands.extend(prep_objects(n, place))
        # "pulled out of X"; with an object, only where the object is never the target: "pulled its troops
        # back from X" (not "forced the agency out of the country": the agency is)
        for c in children_of(v, "prep", "prt", "advmod") if obj is None or not objects_targeted else []:
            if lemma_of(c) in ("out", "away", "back", "off"):
                cands.extend(prep_objects(c, place))
        if place == "between":
            cands = cands[:1]
    return cands


def _target_in_object(ctx: Context, pat: EventPattern, obj: Token | None, obj_hit: Token | None,
                      fallback: Token | None, v: Token | None = None) -> tuple[Arg, Token | None]:
    """A target when no place names one: the maker of what a reaction answers, people counted
    ("arrested 12"), the owner of the object, or an actor inside the object ("the return of U.N.
    inspectors")."""
    reacted = obj_hit if obj_hit is not None else obj
    if reacted is not None and pat.cameo[:2] in REACTION_ROOTS and (maker := _maker(ctx, reacted, v)):
        return maker, reacted
    if obj is not None and (obj.pos_ == "NUM" or lemma_of(obj) in ctx.lex.people_counts) and not prep_objects(obj, "of") \
            and obj.ent_type_ not in AMOUNT_ENTITIES:  # "hit $1.1 billion", "reached 70 percent": no people
        if "dobj" in pat.target:  # "arrested 12": people
            return Arg(tokens=[obj], spans=[np_extent(obj)], named=False), obj
    if pat.shallow:  # only the owner of the object: "hailed the progress of the armed forces", "blocked Sweden's bid"
        owners = [m for m in obj.children if m.dep_ == "poss" and m.pos_ == "PROPN"] if obj is not None else []
        for o in [*owners, *(prep_objects(obj, "of") if obj is not None else [])]:
            got = arg(ctx, o, allow_vague=False)
            if got.named:
                return got, o
        return Arg(), fallback
    for c in [x for x in (obj_hit, obj, fallback) if x is not None]:
        got = arg(ctx, c, deep=True, allow_vague=False)
        if got:
            return got, c
    return Arg(), fallback
