"""Predicates: the verb and noun patterns an event word matches, wrappers, light verbs, objects and
instruments."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.object_relatives import object_relative_antecedent
from ...nlp.syntax import (
    clause_split_object,
    conjuncts,
    free_relative_object,
    is_passive,
    is_verb,
    names_object,
    object_predicate,
    standing_state,
    time_split_object,
)
from ...nlp.tree import children
from .arguments import arg
from .conjoined import conjunct_patient
from .nominals import answered, takes_arguments
from .tokens import (
    children_of,
    first_child,
    form_in,
    hyphened_form,
    lemma_of,
    np_matches,
    np_words,
    object_heads,
    prep_objects,
    up_to,
)
from .types import Arg, Context, EventPattern, Wrapper


def verb_pattern(ctx: Context, v: Token) -> tuple[EventPattern, Token | None] | None:
    hyphened = hyphened_form(v)  # "test-fired" is no firing
    key = hyphened if hyphened in ctx.lex.verbs else form_in(v, ctx.lex.verbs)
    pats = ctx.lex.verbs.get(key) if key else None
    if not pats:
        return None
    if form_in(v, ctx.lex.stative_verbs) and standing_state(v, ctx.lex.span_nouns):
        return None  # "Russia occupies a fifth of Ukraine": a state, no act
    if form_in(v, ctx.lex.aspect_verbs) and any(
            c.dep_ in ("dobj", "xcomp", "ccomp") and c.tag_ == "VBG" for c in v.children):
        return None  # "must quit intimidating Taiwan": a phase of the gerund's act, no act of its own
    obj = object_of(v)
    heads = object_heads(ctx.lex, obj) if obj is not None else []
    if obj is None:  # "withdrew from the treaty", "went on strike"
        preps = (p for p in children_of(v, "prep") if p.lower_ not in ctx.lex.time_preps)
        for po in (o for p in preps for o in children_of(p, "pobj")):
            heads.extend(object_heads(ctx.lex, po))
        split = clause_split_object(v)  # "shortened by one hour the curfew imposed in X after a coup toppled ..."
        if split is not None:
            heads.extend(object_heads(ctx.lex, split))
    for pat in pats:
        if not _fits(v, pat, obj) or (pat.foreground and _background(ctx, v)):
            continue
        if pat.objects:
            hit = next((h for h in heads if any(np_matches(h, o) for o in pat.objects)), None)
            if hit is None and pat.person_objects:  # "eliminated IS commander Abu Khadija"
                hit = next((h for h in heads if h.ent_type_ == "PERSON" and h.pos_ == "PROPN"), None)
            if hit is None or (pat.objects_exclude and any(np_matches(hit, o) for o in pat.objects_exclude)):
                continue  # ... and not one its modifiers make another thing ("foreign exchange reserves")
            own = noun_pattern(ctx, hit)
            if (
                own is not None and own.modifiers and own.cameo != pat.cameo and len(pat.words) == 1
                and form_in(v, ctx.lex.light_verbs)
            ):
                continue  # "staged a hunger strike": the noun's own reading wins
            return pat, hit
        # the object's own noun, or what a quantity of it counts ("85% of the world's refugees")
        lead = heads[:2] if heads and lemma_of(heads[0]) in ctx.lex.quantity_heads else heads[:1]
        if pat.objects_exclude and obj is not None and any(
            np_matches(h, o) for h in lead for o in pat.objects_exclude
        ):
            continue
        return pat, None
    return None


def _background(ctx: Context, v: Token) -> bool:
    """Whether ``v`` heads a clause that only sets the time or scene of another: a relative clause
    ("the convoy, which arrived in May, ...") or an adverbial clause of time ("clashes broke out
    after the aid convoy arrived", one of ``background_marks``)."""
    if v.dep_ == "relcl":
        return True
    return v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ctx.lex.background_marks for c in v.children)


def _fits(v: Token, pat: EventPattern, obj: Token | None) -> bool:
    """Whether the verb's particles, subject and complements are those the pattern needs (its
    objects apart)."""
    if not rest_ok(v, pat.words[1:]):
        return False
    if len(pat.words) == 1 and any(c.dep_ == "prt" and not up_to(c) for c in children(v)):
        return False  # "strike down a law", "hit out at": another verb
    if pat.subjects_exclude and _subject_words(v) & pat.subjects_exclude:
        return False  # "the troops arrived in X": a deployment, not a visit
    if pat.active_only and is_passive(v):
        return False  # "a party leader was expelled from X": the patient's words are no doer's (i16-types55)
    if pat.subjects and not _subject_words(v) & pat.subjects:
        return False  # "police raided the offices": a law enforcement raid only when the police do it
    if pat.no_predicate and object_predicate(v) is not None:
        return False  # "called Jordan a partner": naming, no call
    # "demonstrated its strength", "demonstrate to X that ...": showing, not protesting
    return not (pat.no_object and not is_passive(v) and (
        obj is not None or any(c.dep_ in ("ccomp", "xcomp") for c in v.children)))


def _subject_words(v: Token) -> set[str]:
    """The lemmas of the noun phrase of ``v``'s subject (of the verb it is coordinated with or
    complements, "began arriving"; a passive's, "were flown to"; of a participle or relative
    clause, the noun it modifies: "legislation targeting Turkey", "sanctions that target banks"; of
    "it" or "they" in a clause under another, the subject of a clause above: "the vessel ... when it
    arrived")."""
    cur = v
    while cur.dep_ in ("conj", "xcomp") and first_child(cur, "nsubj") is None and cur.head.i != cur.i:
        cur = cur.head  # "began arriving": the subject of the verb it complements
    subj = first_child(cur, "nsubj") or first_child(cur, "nsubjpass")  # "were flown to": who was moved
    if (subj is None and cur.dep_ == "acl") or (
            subj is not None and cur.dep_ == "relcl" and subj.tag_ in ("WDT", "WP")):
        subj = cur.head
    if subj is None:  # "if hit by sanctions": a passive with no subject of its own, what hits
        subj = next((o for a in cur.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    if subj is None:
        return set()
    out = np_words(subj)
    for o in prep_objects(subj, "of"):  # "the first deployment of peacekeeping troops"
        out |= np_words(o)
    if subj.lower_ in ("it", "they"):  # "the vessel was at sea ... when it arrived": the subject above it
        above = next((s for a in cur.ancestors for s in a.children if s.dep_ in ("nsubj", "nsubjpass")
                      and s.i < subj.i and s.pos_ in ("NOUN", "PROPN")), None)
        if above is not None:
            out |= np_words(above)
    return out


def rest_ok(v: Token, rest: tuple[str, ...]) -> bool:
    if not rest:
        return True
    near: set[str] = set()
    # a preposition the parser hung on the verb's object ("launched missiles and drones against X") is the verb's too
    objs = [x for c in children(v) if c.dep_ == "dobj" for x in conjuncts(c)]
    near.update(w for o in objs for p in children(o) if p.dep_ == "prep" and not _time_phrase(p)
                for w in (lemma_of(p), p.text.lower()))
    for c in children(v):
        if c.dep_ == "prep" and _time_phrase(c):
            continue  # "called the minister on Sunday": a time, no "call on"
        if c.dep_ in ("prt", "prep", "dobj", "acomp", "oprd", "advmod", "attr", "dative", "compound:prt", "xcomp", "ccomp"):
            near.add(lemma_of(c))
            near.add(c.text.lower())
            if c.dep_ == "prep":
                near.update(lemma_of(o) for o in c.children if o.dep_ == "pobj")
    return all(w in near for w in rest)


def _time_phrase(prep: Token) -> bool:
    return any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def noun_pattern(ctx: Context, n: Token) -> EventPattern | None:
    key = form_in(n, ctx.lex.nouns)
    pats = ctx.lex.nouns.get(key) if key else None
    if not pats:
        return None
    for pat in pats:
        if not np_matches(n, pat.words):
            continue
        mods = np_words(n) - {lemma_of(n)}
        if pat.modifiers and not (pat.modifiers & mods):
            continue
        if pat.modifiers_exclude & mods:
            continue
        if pat.nominal and not takes_arguments(n, pat):
            continue  # "a border crossing", "the lifting of spirits": no act named
        if pat.nominal and is_verb(n.head) and answered(n, ctx.lex.verbs.get(form_in(n.head, ctx.lex.verbs) or "", ())):
            continue  # "condemned Israel's storming of the mosque": the condemnation's topic
        if pat.objects and not _of_object_fits(n, pat):
            continue
        return pat
    return None


def _of_object_fits(n: Token, pat: EventPattern) -> bool:
    """A noun's "of" phrase is what it acts on: with the pattern's objects, it must be one of them
    ("the expulsion of two diplomats", not "the expulsion of migrants"; "the sabotage of the
    pipeline", not "of the talks"); a noun with no "of" phrase is not held to them."""
    ofs = prep_objects(n, "of")
    return not ofs or any(np_matches(o, obj) for o in ofs for obj in pat.objects)


def wrapper_of(ctx: Context, w: Token) -> Wrapper | None:
    k = form_in(w, ctx.lex.wrapper_verbs)
    opts = ctx.lex.wrapper_verbs.get(k) if k else None
    if not opts:
        return None
    if lemma_of(w) in ctx.lex.addressed_pressing_verbs and not arg(ctx, addressee(ctx, w), allow_vague=False).ids:
        return None  # "Trump pushes to broker a deal", "pushed the button to launch": no party pressed to act
    for rest, wr in opts:
        if rest_ok(w, rest):
            return wr
    return None


def carrier(ctx: Context, n: Token) -> Token:
    """The noun that stands in the clause for an event noun: "a mediation effort", "10 days of war games"."""
    cur = n
    for _ in range(2):
        if cur.dep_ == "compound" and lemma_of(cur.head) in ctx.lex.carrier_nouns:
            cur = cur.head
        elif cur.dep_ == "pobj" and lemma_of(cur.head) == "of" and (
            lemma_of(cur.head.head) in ctx.lex.quantity_heads or lemma_of(cur.head.head) in ctx.lex.carrier_nouns
        ):
            cur = cur.head.head
        else:
            break
    return cur


def light_verb(ctx: Context, n: Token) -> Token | None:
    n = carrier(ctx, n)
    head = n.head
    if n.dep_ in ("dobj", "nsubjpass") and is_verb(head) and not names_object(head):
        k = form_in(head, ctx.lex.light_verbs)
        rests = ctx.lex.light_verbs.get(k) if k else None
        if rests is not None and any(rest_ok(head, r) for r in rests):
            return head
    if n.dep_ == "pobj" and head.dep_ == "prep" and is_verb(head.head):
        k = form_in(head.head, ctx.lex.light_verbs)
        rests = ctx.lex.light_verbs.get(k) if k else None
        if rests is not None and any(r and r[-1] == lemma_of(head) for r in rests) and present_at(ctx, head):
            return head.head
    return None


def present_at(ctx: Context, prep: Token) -> bool:
    """A copula's purpose phrase (``presence_purpose_preps``: "is ... for talks") carries its noun's event only when
    the copula tells its subject present at a place (a phrase of ``presence_place_preps``: "Putin is in Beijing for
    talks with Xi"); "Washington is for talks with Iran" is a stance. Any other light verb's phrase passes."""
    verb = prep.head
    if lemma_of(verb) != "be" or lemma_of(prep) not in ctx.lex.presence_purpose_preps:
        return True
    return any(c.dep_ == "prep" and lemma_of(c) in ctx.lex.presence_place_preps and c.i < prep.i
               and any(o.dep_ == "pobj" for o in c.children) for c in verb.children)


def _reduced_passive_subject(v: Token) -> Token | None:
    """What a passive participle with no subject of its own in an adverbial clause is done to:
    the subject of the clause it modifies ("the rebels escape to Chad when attacked by government
    troops", "fighters retreated after being attacked by the army": the rebels, the fighters)."""
    head = v.head
    if v.tag_ != "VBN":
        return None
    if v.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif v.dep_ != "advcl":
        return None
    elif not any(c.dep_ in ("mark", "advmod") and c.i < v.i for c in v.children):
        # "when attacked", "if hit": a clause with its subordinator; or one set off by a comma
        # ("A commander is dead, killed in a strike": the commander)
        if not (v.i > 1 and v.doc[v.i - 1].text == "," and head.i < v.i):
            return None
        if v.doc[v.i - 2].pos_ in ("NOUN", "PROPN", "PRON", "PUNCT"):
            return None  # "a report, released by the OECD": it may say what the noun before it is
        return first_child(head, "nsubj", "nsubjpass") if head.pos_ in ("VERB", "AUX") else None
    if head.i == v.i or not is_verb(head):
        return None
    return first_child(head, "nsubj")


def object_of(v: Token) -> Token | None:
    if is_passive(v):
        subj = first_child(v, "nsubjpass")
        if subj is not None:
            return subj
        if v.dep_ == "acl":
            return v.head
        return conjunct_patient(v) or _reduced_passive_subject(v)  # "were beaten and detained by police"
    patient = conjunct_patient(v)  # "were beaten and detained": the reporters
    if patient is not None:
        return patient
    obj = first_child(v, "dobj", "obj")
    if obj is not None:
        return obj
    named = first_child(v, "attr")  # "had "successfully eliminated" Abu X": a name parsed as the predicate of a copula
    if named is not None and named.i > v.i and named.pos_ == "PROPN" and v.tag_ in ("VBD", "VBN") \
            and first_child(v, "nsubj") is not None:
        return named
    for c in v.children:  # "kidnapped up to 16 advisers": a count, parsed as a particle
        if c.dep_ == "prt" and up_to(c):
            to = c.nbor(1)
            objs = children_of(to, "pobj") or children_of(c, "pobj")
            if objs:
                return objs[0]
    glued = time_split_object(v)
    if glued is not None:  # "condemned on Monday Turkey's decision"
        return glued
    called = free_relative_object(v)
    if called is not None:  # "condemned what it called a terrorist attack"
        return called
    if v.dep_ == "relcl" and not first_child(v, "nsubj"):
        return None
    if v.dep_ == "relcl":
        # "the talks which the rebels rejected", "a charge New Delhi rejected": the noun is the object
        return object_relative_antecedent(v)
    return None


def instrument(ctx: Context, tok: Token) -> bool:
    """A subject that stands for an unnamed perpetrator: an attack, a bomb, a shell."""
    if noun_pattern(ctx, tok) is not None:
        return True
    words = {lemma_of(tok)} | np_words(tok)
    return any(words & ws for _, ws in ctx.lex.assault_modes)


def instrument_subject(ctx: Context, v: Token) -> bool:
    """The subject of ``v`` (or of the verb whose participle or conjunct it is: "a bomb exploded,
    killing 12") is an instrument."""
    cur = v
    for _ in range(3):
        s = first_child(cur, "nsubj")
        if s is not None:
            return instrument(ctx, s)
        if cur.dep_ not in ("advcl", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def subject_arg(ctx: Context, tok: Token | None) -> Arg:
    """The actor a subject names; "Israeli missiles" counts, "a U.N. resolution" does not."""
    got = arg(ctx, tok)
    if got.via_modifier and tok is not None and not instrument(ctx, tok):
        return Arg()
    return got


def bare_participle(v: Token) -> bool:
    """A past participle heading a clause of its own with no subject: "Asked about it, he said"."""
    return v.tag_ == "VBN" and v.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in v.children
    )


def verbal_attack(ctx: Context, source: Arg, v: Token) -> bool:
    """One person attacking, or named persons clashing ("Trump and Zelenskyy clashed in the Oval Office"), with no
    weapon or military word in the sentence: words, not arms."""
    if not source.tokens or (len(source.tokens) != 1 and lemma_of(v) not in ctx.lex.verbal_attack_verbs - {"attack"}):
        return False
    if not all(_is_person(ctx, t) for t in source.tokens):
        return False
    words = {lemma_of(t) for t in v.sent}
    if any(words & ws for _, ws in ctx.lex.assault_modes):
        return False
    military = next((ws for name, ws in ctx.lex.contexts if name == "military"), frozenset())
    return not (words & military)


def _is_person(ctx: Context, tok: Token) -> bool:
    m = ctx.mention(tok)
    actor = ctx.actor(m.actor_id) if m is not None else None
    if actor is not None and actor.members:  # "Trump and Zelenskyy": a compound of persons
        members = [ctx.actor(i) for i in actor.members]
        return all(a is not None and a.type == "person" for a in members)
    return (actor.type == "person") if actor is not None else (
        (m is not None and m.label in ("PERSON", "TITLE")) or tok.ent_type_ == "PERSON"
    )


def to_clause(w: Token) -> Token | None:
    """An infinitive the parser attached as a purpose clause: "called on X to show ..."."""
    for c in children(w):
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.text.lower() == "to" for a in children(c)):
            return c
    return None


def addressee(ctx: Context, w: Token) -> Token | None:
    """Who a control verb addresses: "urged X to", "called on X to", "told X to"; a passive's
    subject ("X was urged by Y to")."""
    obj = first_child(w, "nsubjpass") if is_passive(w) else first_child(w, "dobj", "dative")
    if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
        return obj
    for verbs, preps in ((ctx.lex.addressee_on_verbs, ("on", "upon")), (ctx.lex.addressee_to_verbs, ("to",)),
                         (ctx.lex.addressee_with_verbs, ("with",))):
        if not form_in(w, verbs):
            continue
        for prep in preps:
            for o in prep_objects(w, prep):
                if o.ent_type_ not in ("DATE", "TIME"):
                    return o
    return None


def presupposed(ctx: Context, n: Token) -> bool:
    """An event noun that a verb takes as having happened (``presupposing_verbs``): its object or
    passive subject ("did not condemn the strikes", "the raid was never investigated"), or the
    object of its preposition ("did not apologise for the raid", "protested against the killing")."""
    verb = n.head
    if n.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.i != verb.i:
        verb = verb.head
    elif n.dep_ not in ("dobj", "nsubjpass"):
        return False
    return is_verb(verb) and form_in(verb, ctx.lex.presupposing_verbs) is not None


def standing_role(ctx: Context, n: Token) -> bool:
    """An event noun that is the object of a verb of ``role_verbs`` in the simple present, in a relative clause
    ("U.S. Central Command, which oversees U.S. military operations in the Middle East"): the actor's standing
    role, no act done; not a past act ("which led the offensive") nor one with an auxiliary ("which will lead")."""
    v = n.head
    if n.dep_ != "dobj" or v.dep_ != "relcl" or v.tag_ not in ("VBZ", "VBP"):
        return False
    return form_in(v, ctx.lex.role_verbs) is not None and not any(c.dep_ in ("aux", "auxpass") for c in v.children)


def noun_modality(ctx: Context, n: Token) -> str:
    """The modality an event noun takes from the verb it is the object (or passive subject) of:
    "negated" when the verb calls it off ("the visit was cancelled"), "hypothetical" when the verb
    only considers it ("is weighing strikes"), else "asserted"."""
    if n.dep_ not in ("dobj", "nsubjpass"):
        return "asserted"
    if form_in(n.head, ctx.lex.cancel_verbs) is not None:
        return "negated"
    return "hypothetical" if form_in(n.head, ctx.lex.deliberation_verbs) is not None else "asserted"
