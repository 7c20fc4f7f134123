"""Argument roles: the source and target of verb and noun events, speakers and owners of demands."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import conjuncts, has_to, is_passive, is_verb
from ...nlp.words import ACTOR_PRONOUNS
from ...records import Quote
from .arguments import arg, location, named_town, np_extent
from .condemned import condemned_act, word_doer
from .conjoined import chain_agents, conjunct_patient
from .gerund_agents import gerund_agents
from .lexicon import cameo_code
from .nominals import REACTION_ROOTS, nominal_target
from .predicates import (
    addressee,
    carrier,
    light_verb,
    noun_pattern,
    object_of,
    subject_arg,
    wrapper_of,
)
from .ranked import ranked_doer
from .tokens import (
    children_of,
    first_child,
    form_in,
    headline_doer,
    lemma_of,
    prep_objects,
    topic_doers,
)
from .types import Arg, Context, EventPattern, Wrapper

# CAMEO roots of reactions to what another did (approve, disapprove, reject): their target is the
# doer of the event their object names
# prepositions whose gerund is done by the verb's object ("accused X of killing", "prevented X from
# leaving"), not by its subject as after "after", "before", "by", "while" ...
OBJECT_CONTROL_PREPS = frozenset({"of", "for", "from", "with", "into"})
# entity labels of amounts that count no people
AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY"})


def source_token(ctx: Context, v: Token) -> Token | None:
    """The subject of ``v``, inherited through control, coordination and participles."""
    if is_passive(v) or conjunct_patient(v) is not None:  # "were beaten and detained by police": police for both
        for o in prep_objects(v, "by") + _agent_on_object(v) + chain_agents(v) + gerund_agents(ctx, v, OBJECT_CONTROL_PREPS):
            return o
        return None
    subj = first_child(v, "nsubj")
    if subj is not None:
        return subj
    for c in v.children:  # "Should Russia attack ...": the parser took the subject for a compound
        if c.dep_ in ("compound", "npadvmod") and c.i < v.i and c.pos_ == "PROPN":
            return c
    ranked = ranked_doer(ctx, v)  # "Kenya was the first to condemn Y"
    if ranked is not None:
        return ranked
    cur = v
    for _ in range(6):
        answer, nxt, check = _up_one(ctx, cur)
        if answer is not None:
            return answer
        if nxt is None:
            return None
        cur = nxt
        if not check:
            continue
        if is_passive(cur) and cur.dep_ != "acl":
            return None
        s = first_child(cur, "nsubj")
        if s is not None:
            return s
    return None


def _agent_on_object(v: Token) -> list[Token]:
    """The agent of a passive that the parser hung on the object of one of its prepositions
    ("was hit with sanctions by the United States": "by" on "sanctions"), when the verb has no
    "by" phrase of its own."""
    if prep_objects(v, "by"):
        return []
    return [o for p in v.children if p.dep_ == "prep" and p.lower_ != "by"
            for d in children_of(p, "pobj") for o in prep_objects(d, "by")]


def headline_infinitive(v: Token) -> bool:
    """A headline's infinitive on its noun ("Japan's PM to visit India"): what the noun will do."""
    return (v.dep_ in ("acl", "relcl") and v.tag_ == "VB" and v.head.dep_ == "ROOT"
            and v.head.pos_ in ("NOUN", "PROPN") and has_to(v))


def comma_subjects(v: Token, subj: Token) -> list[Token]:
    """Names joined by a bare comma before a headline's verb, parsed as a second subject
    ("Kenya, Uganda sign trade pact"; "Iran, Saudi Arabia restore ties")."""
    return [c for c in v.children if c.i != subj.i and c.dep_ in ("nsubj", "dep", "npadvmod") and c.pos_ == "PROPN"
            and c.i < v.i and any(t.text == "," for t in c.doc[min(c.i, subj.i):max(c.i, subj.i)])]


def acting_subject(ctx: Context, v: Token) -> Arg:
    """The actor of ``v``'s subject with the parties named beside it (:func:`co_subjects`)."""
    tok = source_token(ctx, v)
    source = subject_arg(ctx, tok)
    if source and tok is not None:
        for other in co_subjects(ctx, v, tok):
            source.extend(arg(ctx, other, allow_vague=False))
    return source


def co_subjects(ctx: Context, v: Token, subj: Token) -> list[Token]:
    """Parties named beside the subject ``subj`` of ``v`` that act with it (PLOVER 2.4.2: a
    compound actor): names joined by a bare comma in a headline, a second subject the parser gave
    for "X as well as Y", "X, along with Y, ..." / "X, alongside Y, ..." (``co_party_preps``), and
    the partner of "X joined Y in condemning ..." (``co_party_verbs``)."""
    out = comma_subjects(v, subj)
    if subj.dep_ == "nsubj" and subj.head.i == v.i:  # not the subject of a headline's reduced passive
        out += [c for c in v.children if c.dep_ == "nsubj" and c.i != subj.i and c.i < v.i and c not in out]
    for p in [*v.children, *subj.children]:
        if p.dep_ != "prep" or p.i > v.i:
            continue
        if lemma_of(p) in ctx.lex.co_party_preps:  # "along with Y", "alongside Y"
            out += prep_objects(p, "with") if p.lower_ in ("along", "together") else children_of(p, "pobj")
        elif p.lower_ == "with" and any(lemma_of(a) in ctx.lex.co_party_preps for a in children_of(p, "advmod")):
            out += children_of(p, "pobj")  # "together with Y", parsed as "with" modified by "together"
    joined = v.head.head if v.dep_ == "pcomp" and v.head.lower_ == "in" else None
    if joined is not None and is_verb(joined) and form_in(joined, ctx.lex.co_party_verbs):
        out += children_of(joined, "dobj")
    return out


def _up_one(ctx: Context, cur: Token) -> tuple[Token | None, Token | None, bool]:
    """One step up from a subjectless verb: (the subject found on the way, or the verb to look
    at next, and whether that verb's own passive and subject are to be checked)."""
    if cur.dep_ == "conj" and is_verb(cur.head):
        head = cur.head
        return None, (None if is_passive(head) else head), True
    if cur.dep_ == "xcomp":
        head = cur.head
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod"):
            head = head.head
        wr = wrapper_of(ctx, head)
        addr = addressee(ctx, head) if wr is not None and wr.kind in ("appeal", "demand") else None
        if addr is not None:  # object control: "urged X to ..."
            return addr, None, True
        return None, head, True
    if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and lemma_of(cur.head) in OBJECT_CONTROL_PREPS:
        obj = first_child(cur.head.head, "dobj") if is_verb(cur.head.head) else None
        if obj is not None:  # "accused Israel of killing", "blamed X for attacking": the object does it
            return obj, None, True
    if cur.dep_ in ("advcl", "pcomp") and cur.tag_ in ("VBG", "VB", "VBN"):
        return None, (cur.head if cur.dep_ == "advcl" else cur.head.head), True
    if headline_infinitive(cur):  # "Japan's PM to visit India": the headline's noun does it
        return cur.head, None, True
    if cur.dep_ == "acl" and cur.tag_ == "VBG":
        noun = cur.head
        if arg(ctx, noun) or not is_verb(noun.head):
            return noun, None, True
        head = noun.head  # "issued a declaration demanding ...": the issuer
        s = first_child(head, "nsubj")
        if s is not None:
            return s, None, True
        return None, head, False
    return None, None, True


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
        return _noun_source(ctx, obj, pat, None)
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


def noun_args(ctx: Context, n: Token, pat: EventPattern) -> tuple[Arg, Arg, Token | None]:
    """Source and target of an event noun, and the light verb carrying it (if any)."""
    light = light_verb(ctx, n)
    source = _noun_source(ctx, n, pat, light)
    if not source and light is None and (doer := headline_doer(n)) is not None:
        source = arg(ctx, doer, allow_vague=False)  # "Kenyan president on state visit to China"
        source = source if source.ids else Arg()
    return source, _noun_target(ctx, n, pat, light), light


def _noun_source(ctx: Context, n: Token, pat: EventPattern, light: Token | None) -> Arg:
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


def speaker_arg(ctx: Context, w: Token) -> Arg:
    """Who speaks: the subject of the speech verb (kept as a span even when it names no actor)."""
    if is_passive(w):  # "was quoted as saying": the quoted one speaks
        s = first_child(w, "nsubjpass")
    else:
        s = source_token(ctx, w)
        if s is None and w.dep_ in ("pcomp",):  # "quoted as saying"
            s = first_child(w.head.head, "nsubjpass", "nsubj")
    got = arg(ctx, s)
    if not got and s is not None and s.pos_ in ("NOUN", "PROPN") and lemma_of(s) not in ACTOR_PRONOUNS:
        start, end = np_extent(s)
        got = Arg(tokens=[s], spans=[(start, end)], named=False)
    return got


def person_like(ctx: Context, arg: Arg) -> bool:
    """A speaker with no resolved actor that still reads as a speaker: an actor noun or a name."""
    for t in arg.tokens:
        if t.pos_ == "PROPN" or form_in(t, ctx.lex.actor_nouns):
            return True
    return False


def quote_speaker_ok(ctx: Context, q: Quote) -> bool:
    if q.speaker is None:
        return False
    span = ctx.doc.char_span(q.speaker.start, q.speaker.end, alignment_mode="expand")
    return span is not None and person_like(ctx, Arg(tokens=[span.root]))


def ccomp_ok(ctx: Context, w: Token, comp: Token, wr: Wrapper) -> bool:
    """A "that" clause is the wrapped action only when it is one: "demanded that X cancel",
    "warned that it would strike", not "told reporters that X had been demobilized"."""
    if wr.kind not in ("appeal", "demand"):
        if wr.kind == "reject":
            return True
        subj = first_child(comp, "nsubj")
        own = subj is not None and (
            lemma_of(subj) in ACTOR_PRONOUNS or bool(set(arg(ctx, subj).ids) & set(subject_arg(ctx, source_token(ctx, w)).ids))
        )  # "warned that it would strike", not "warned that the museum would close"
        return own and wr.kind in ("threaten", "intent") and any(
            a.dep_ == "aux" and a.text.lower() in ("will", "would", "'ll", "shall") for a in comp.children
        )
    if lemma_of(w) == "demand":
        return True
    if comp.tag_ == "VB" and not any(a.dep_ == "aux" for a in comp.children):
        return True  # subjunctive
    return any(a.dep_ == "aux" and a.text.lower() in ("should", "must") for a in comp.children)
