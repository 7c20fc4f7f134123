"""Argument roles of event nouns: their source and target, the light verb carrying them, and the
owner of a demand or call a noun names."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import is_passive, is_verb
from .arguments import arg, location, named_town
from .lexicon import cameo_code
from .nominals import nominal_target
from .predicates import (
    carrier,
    light_verb,
    subject_arg,
)
from .roles import co_subjects, source_token
from .tokens import (
    children_of,
    first_child,
    form_in,
    headline_doer,
    lemma_of,
    prep_objects,
    topic_doers,
)
from .types import Arg, Context, EventPattern


def noun_args(ctx: Context, n: Token, pat: EventPattern) -> tuple[Arg, Arg, Token | None]:
    """Source and target of an event noun, and the light verb carrying it (if any)."""
    light = light_verb(ctx, n)
    source = noun_source(ctx, n, pat, light)
    if not source and light is None and (doer := headline_doer(n)) is not None:
        source = arg(ctx, doer, allow_vague=False)  # "Kenyan president on state visit to China"
        source = source if source.ids else Arg()
    return source, _noun_target(ctx, n, pat, light), light


def noun_source(ctx: Context, n: Token, pat: EventPattern, light: Token | None) -> Arg:
    """Who does what an event noun names: a name before it, a "by" phrase, or the subject of
    its light verb."""
    skip = set(pat.words[:-1]) | pat.modifiers
    venue = pat.cameo.startswith("04")
    victim = possessor_victim(n, pat)
    # the possessor first ("its Security Council veto": its, not the council's), then the nearest; a word of the
    # pattern before the noun may carry the doer's name ("Russian drone attacks": "Russian" on "drone")
    mods = [x for x in n.children if x.dep_ in ("poss", "compound", "amod", "nmod") and x.i < n.i]
    mods += [y for x in mods if lemma_of(x) in skip for y in x.children if y.dep_ in ("poss", "amod") and y.i < x.i]
    for mod in sorted(mods, key=lambda x: (x.dep_ != "poss", -x.i)):
        if lemma_of(mod) in skip or (venue and mod.dep_ != "poss") or (victim and mod.dep_ == "poss") \
                or named_town(ctx, mod):
            continue  # "the Doha agreement": where it was made
        got = arg(ctx, mod, allow_vague=False)
        if got and (got.named or mod.dep_ == "poss"):
            return got
    for prep in pat.noun_source:
        if prep == "between" and not _sides_told(ctx, n, pat):
            continue
        late = topic_doers(n)  # "an inquiry into abuses by the army": the abusers, not the doer
        for o in prep_objects(n, prep) + prep_objects(carrier(ctx, n), prep) + _clause_between(n, prep) + (
                _on_patient(n, prep)):
            got = arg(ctx, o) if o not in late else Arg()
            if got and (prep != "between" or _each_named(ctx, got)):
                return got
    source = Arg()
    if light is not None and recipient_light(ctx, light):
        return _giver(ctx, n, pat, light)
    if light is not None:
        if is_passive(light):
            for o in prep_objects(light, "by"):
                source = arg(ctx, o)
        else:
            tok = source_token(ctx, light)
            source = arg(ctx, tok)
            for other in co_subjects(ctx, light, tok) if source and tok is not None else []:
                source.extend(arg(ctx, other, allow_vague=False))  # "Colombia, Venezuela hold talks"
    elif pat.symmetric and (info := cameo_code(ctx.cameo, pat.cameo)) is not None and info.quad_class in (1, 2):
        source = _adjunct_party(ctx, n)  # talks, a meeting, a call: not a clash ("after fighting with X")
    return source


def _sides_told(ctx: Context, n: Token, pat: EventPattern) -> bool:
    """The parties named "between" are the doers of a joint event noun: always for talks and
    agreements; for a clash only when it is what the sentence tells ("clashes erupted between X
    and Y"), not a cause or a background ("closed the border because of fighting between X and Y",
    "as battles raged between X and Y")."""
    info = cameo_code(ctx.cameo, pat.cameo)
    if info is not None and info.quad_class in (1, 2):
        return True
    verb = n.head
    told = verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "parataxis") and verb.head.dep_ == "ROOT")  # "..., officials said"
    return n.dep_ in ("nsubj", "nsubjpass") and told


def _on_patient(n: Token, prep: str) -> list[Token]:
    """The "by" phrase the parser hung on the "of" phrase of the noun, its patient ("the arrest of
    a journalist by police": "by police" on "journalist"), when the noun has none of its own; not
    one inside another phrase ("a protest against abuses by the police": the abusers)."""
    if prep != "by" or prep_objects(n, "by"):
        return []
    return [o for d in prep_objects(n, "of") for o in prep_objects(d, "by")]


def _giver(ctx: Context, n: Token, pat: EventPattern, light: Token) -> Arg:
    """Who gives what the subject of a recipient light verb receives: "received a phone call from X",
    "was given a welcome by X"; for a noun whose place hosts, the place: "received a warm welcome in
    Nairobi"."""
    for prep in ("from", "by"):
        for o in prep_objects(light, prep) + prep_objects(n, prep):
            got = arg(ctx, o)
            if got:
                return got
    return location(ctx, [light, n]) if pat.place_host else Arg()


def _adjunct_party(ctx: Context, n: Token) -> Arg:
    """The party of a joint event named in an adjunct with its other party ("after talks with
    Putin, Erdogan said ...", "during a meeting with X, the minister ..."): the subject of the
    clause the adjunct belongs to."""
    prep = n.head
    if n.dep_ != "pobj" or form_in(prep, ctx.lex.party_adjunct_preps) is None or not prep_objects(n, "with"):
        return Arg()
    verb = prep.head
    if not is_verb(verb) or verb.i == n.i:
        return Arg()
    return arg(ctx, source_token(ctx, verb), allow_vague=False)


def _clause_between(n: Token, prep: str) -> list[Token]:
    """The parties of a joint event noun named on the verb it is the subject of ("talks were held
    in Cairo between X and Y", "a meeting took place between X and Y")."""
    if prep != "between" or n.dep_ not in ("nsubj", "nsubjpass") or not is_verb(n.head):
        return []
    return prep_objects(n.head, "between")


def _each_named(ctx: Context, got: Arg) -> bool:
    """"talks between Iran and Iraq" names its parties one by one; "between the two sides" names
    none."""
    members = [a.members for i in got.ids if (a := ctx.actor(i)) is not None and a.members]
    return (len(got.tokens) >= 2 and len(got.ids) >= 2) or bool(members)


def recipient_light(ctx: Context, light: Token) -> bool:
    """A light verb whose subject receives the event: "received a welcome", "was given a welcome"."""
    return form_in(light, ctx.lex.recipient_light_verbs) is not None or (
        is_passive(light) and first_child(light, "nsubjpass") is not None and first_child(light, "dobj") is not None
    )


def _noun_target(ctx: Context, n: Token, pat: EventPattern, light: Token | None) -> Arg:
    """Whom what an event noun names is aimed at: a phrase of the noun (or of the noun carrying
    it, or of its light verb); the subject of a light verb that receives it ("X received a warm
    welcome")."""
    if pat.nominal and (got := nominal_target(ctx, n, pat)):
        return got  # "the lifting of the embargo on Liberia": as its verb's
    carrier_tok = carrier(ctx, n)
    if light is not None and recipient_light(ctx, light):
        subj = first_child(light, "nsubjpass") if is_passive(light) else source_token(ctx, light)
        got = arg(ctx, subj, allow_vague=False)
        if got:
            return got
    for prep in pat.target:
        for o in prep_objects(n, prep) + (prep_objects(carrier_tok, prep) if carrier_tok.i != n.i else []) + (
                _on_doer(n, prep, pat)) + (topic_doers(n) if prep == "into" else []):
            got = arg(ctx, o, allow_vague=False)
            if not got:
                got = arg(ctx, o, deep=True, allow_vague=False)
            if got:
                return got
        if light is not None and prep not in ("of",):
            dative = [d for d in children_of(light, "dative", "iobj") if d.pos_ != "ADP"] if prep == "dative" else []
            for o in dative + prep_objects(light, prep):  # "gave the king a warm welcome"
                got = arg(ctx, o, allow_vague=False)
                if not got and o not in dative:  # "opened an inquiry into abuses by the army": whose abuses
                    got = arg(ctx, o, deep=True, allow_vague=False)
                if got:
                    return got
    poss = first_child(n, "poss") if possessor_victim(n, pat) else None
    if poss is not None:
        return arg(ctx, poss, allow_vague=False)
    placed = placed_under(ctx, n, light)
    if placed:
        return placed
    return _aimed_doer(ctx, n, pat, light)


def placed_under(ctx: Context, n: Token, light: Token | None) -> Arg:
    """The one a light verb puts in the state its prepositional noun names: its object, or the
    subject of its passive ("placed a minister under investigation", "was put under house arrest",
    "put a journalist under a travel ban")."""
    if light is None or n.dep_ != "pobj" or n.head.dep_ != "prep" or n.head.head.i != light.i:
        return Arg()
    obj = first_child(light, "nsubjpass") if is_passive(light) else first_child(light, "dobj")
    return arg(ctx, obj, allow_vague=False) if obj is not None else Arg()


def _aimed_doer(ctx: Context, n: Token, pat: EventPattern, light: Token | None) -> Arg:
    """The doer of what a noun event is aimed at, when the parser hung its "by" phrase on the
    active light verb ("opened an investigation into war crimes by X": X's crimes are
    investigated, X is the target; the opener is the subject)."""
    if light is None or is_passive(light) or not any(prep_objects(n, p) for p in pat.target if p != "of"):
        return Arg()
    for o in prep_objects(light, "by"):
        got = arg(ctx, o, allow_vague=False)
        if got.named:
            return got
    return Arg()


def _on_doer(n: Token, prep: str, pat: EventPattern) -> list[Token]:
    """A target phrase the parser hung on the noun's doer phrase ("a visit by the minister to
    Iraq": "to Iraq" on "minister"), when the noun has none of its own."""
    if prep == "of" or prep_objects(n, prep):
        return []
    return [o for p in pat.noun_source for d in prep_objects(n, p) for o in prep_objects(d, prep)]


def possessor_victim(n: Token, pat: EventPattern) -> bool:
    """The possessor of a noun of harm done to people is the one it is done to when no phrase
    names that one ("Alinejad's murder", "the journalist's arrest"; but "Russia's killing of
    civilians" is Russia's doing)."""
    return pat.possessor_target and not any(prep_objects(n, p) for p in pat.target)


def noun_owner(ctx: Context, n: Token) -> Arg:
    """Whose demand/call a noun is: its possessor, a "by"/"from" phrase, or the subject of its verb."""
    poss = first_child(n, "poss")
    if poss is not None:
        got = arg(ctx, poss)
        if got:
            return got
    for prep in ("by", "from", "of"):
        for o in prep_objects(n, prep):
            got = arg(ctx, o)
            if got:
                return got
    if is_verb(n.head) and n.dep_ in ("dobj", "nsubjpass"):
        return subject_arg(ctx, source_token(ctx, n.head))
    return Arg()
