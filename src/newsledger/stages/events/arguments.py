"""Actors in arguments: which actors a noun phrase, a pronoun or a place names."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ...nlp.syntax import (
    CLAUSE_DEPS,
    LEFT_MOD_DEPS,
    conjunct_subject,
    conjuncts,
    hyphen_partner,
    is_verb,
)
from ...nlp.words import ACTOR_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS, RELATIVE_PRONOUNS
from ...records import Mention
from .tokens import children_of, first_child, form_in, lemma_of, object_heads, prep_objects
from .types import Arg, Context

# pronouns a speaker uses for the body it speaks for, and for others
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
THIRD_PERSON = frozenset({"they", "them", "their", "he", "him", "his", "she", "her"})
# subjects a pronoun's own clause starts from (not csubjpass: kept as the stage always had it)
SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# entity labels of proper nouns that name no actor
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "EVENT",
                        "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"})


def arg(ctx: Context, head: Token | None, deep: bool = False, allow_vague: bool = True, places: bool = True) -> Arg:
    """Actors named by the noun phrase headed by ``head`` (each conjunct separately); with
    ``places`` False, a place in an "in" phrase of a non-actor head is none of them (a subject's
    "floods in Assam")."""
    out = Arg()
    if head is None:
        return out
    vias: list[bool] = []
    for c in parties(ctx, head):
        one = core(ctx, c, depth=0, allow_vague=allow_vague)
        if not one and deep:
            one = deep_arg(ctx, c, depth=0, places=places)
        if one:
            out.extend(one)
            vias.append(one.via_modifier)
    out.via_modifier = bool(vias) and all(vias)
    return out


def parties(ctx: Context, tok: Token) -> list[Token]:
    """``tok`` and its conjuncts, each with a name joined to it by a hyphen that the actor stage
    made a mention of its own: "the Russia-Ukraine war", "India-Pakistan talks" name two parties,
    as "Russia and Ukraine" would ("Al-Shabaab", one name, is one mention)."""
    out: list[Token] = []
    for c in conjuncts(tok):
        out.append(c)
        partner = hyphen_partner(c)
        own = ctx.mention(c)
        other = ctx.mention(partner) if partner is not None and own is not None else None
        if partner is not None and other is not None and other is not own:
            out.append(partner)
        out.extend(apposed_parties(ctx, c))
    return out


def apposed_parties(ctx: Context, c: Token) -> list[Token]:
    """The parties coordinated inside the name apposed to a title ("Iranian President Masoud
    Pezeshkian and Turkish President Recep Tayyip Erdogan": the parser hangs "and Turkish
    President" on the first name, itself apposed to the first title), each of a mention of its own."""
    own = ctx.mention(c)
    if own is None:
        return []
    out: list[Token] = []
    for a in (x for x in c.children if x.dep_ == "appos" and ctx.mention(x) is own):
        out.extend(x for x in conjuncts(a)[1:] if ctx.mention(x) is not own and core(ctx, x, depth=1, allow_vague=False).named)
    return out


def from_mention(ctx: Context, m: Mention, tok: Token) -> Arg:
    out = Arg(tokens=[tok], spans=[(m.start, m.end)], named=True)
    actor = ctx.actor(m.actor_id)
    if actor is not None:
        out.ids.append(actor.id)
    return out


def core(ctx: Context, c: Token, depth: int, allow_vague: bool = True) -> Arg:
    """The actors one conjunct names: a pronoun, a mention, a quantity of actors, a name or
    demonym before the head, an apposition, or an actor noun."""
    if lemma_of(c) in ACTOR_PRONOUNS or c.text.lower() in ACTOR_PRONOUNS:
        return pronoun_arg(ctx, c)
    if c.text.lower() in FIRST_SINGULAR and c.pos_ == "PRON":  # "I" in a quote is its speaker, else no one
        return quoted_pronoun(ctx, c, None) or Arg()
    if lemma_of(c) in RELATIVE_PRONOUNS and c.head.dep_ == "relcl":
        return core(ctx, c.head.head, depth + 1, allow_vague)
    m = ctx.mention(c)
    group = group_arg(ctx, c) if lemma_of(c) in ctx.lex.actor_nouns and c.tag_ in ("NNS", "NNPS") else None
    if group:
        return group
    if m is not None:
        return _mentioned(ctx, c, m, depth)
    if c.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return Arg()
    if (lemma_of(c) in ctx.lex.quantity_heads or c.pos_ == "NUM") and depth < 3:
        for o in prep_objects(c, "of"):  # "thousands of Nigerians", "one third of the guerrillas"
            got = core(ctx, o, depth + 1, allow_vague)
            if got:
                return got
        if c.pos_ == "NUM":
            return Arg()
    named = _named_modifier(ctx, c)
    if named is not None:
        return named
    got = appos_arg(ctx, c, depth)
    if got:
        return got
    return _unnamed(ctx, c, depth, allow_vague)


def _mentioned(ctx: Context, c: Token, m: Mention, depth: int) -> Arg:
    """A mention, with the body a person acts for or a better-resolved apposition."""
    got = from_mention(ctx, m, c)
    actor = ctx.actor(m.actor_id)
    if actor is not None and not actor.country and not actor.sectors and not actor.members:
        role = appos_arg(ctx, c, depth)  # "Kofi Annan, UN secretary-general": whom he acts for
        for i in role.ids:
            if i not in got.ids:
                got.ids.append(i)
    if not got.ids:  # "Leader of the Islamic Revolution, His Eminence ... Ali Khamenei"
        better = appos_arg(ctx, c, depth)
        if not better.ids and form_in(c, ctx.lex.actor_nouns) and depth < 2:
            better = of_phrase(ctx, c, depth)  # "the people of Europe and America"
        if not better.ids and not form_in(c, ctx.lex.actor_nouns) and any(
                x.dep_ == "poss" and x.pos_ == "PRON" for x in c.children):
            better = _named_modifier(ctx, c) or Arg()  # "X said Y struck its consulate": X's, the teller's (a thing)
        if better.ids:
            return better
    return got


_MOD_RANK = {"amod": 0, "poss": 1}


def modifier_order(mod: Token) -> tuple[int, int]:
    """The order in which a head's left modifiers are read for its actor: a people's adjective
    first ("the Israeli Gaza offensive"), then the possessor ("Israel's Gaza offensive",
    "Russia's Ukraine war"), then a name compounded with the head (often what or where it is
    aimed at); the nearest first within each."""
    return _MOD_RANK.get(mod.dep_, 2), -mod.i


def named_town(ctx: Context, mod: Token) -> bool:
    """A place compounded before a noun under a name other than its country's own: a city, town
    or region ("the Doha agreement", "the Kharkiv attack", "the Minsk accords"), which says where
    the thing named happened or was made, not who did it ("the Iran deal", "the U.S. strike" name
    a party)."""
    if mod.dep_ != "compound":
        return False
    m = ctx.mention(mod)
    actor = ctx.actor(m.actor_id) if m is not None else None
    if actor is None or actor.type != "country" or m.kind != "name":
        return False  # a demonym ("Lithuanian imports") names the people's country
    name = m.text[4:] if m.text.lower().startswith("the ") else m.text
    return name.lower() != actor.name.lower() and not name.isupper() and "." not in name


def _named_modifier(ctx: Context, c: Token) -> Arg | None:
    """A name or demonym before the head: "Israeli soldiers", "Haiti's efforts", "U.N. mediator"
    (a town's name before a thing, not a people, says where: "the Kharkiv attack")."""
    people = form_in(c, ctx.lex.actor_nouns) or ctx.mention(c) is not None
    for mod in sorted((x for x in c.children if x.dep_ in LEFT_MOD_DEPS and x.i < c.i), key=modifier_order):
        if not people and named_town(ctx, mod):
            continue
        if mod.dep_ == "poss" and (lemma_of(mod) in ACTOR_PRONOUNS or mod.text.lower() in ACTOR_PRONOUNS):
            got = pronoun_arg(ctx, mod)
            people_of = lemma_of(c) in ctx.lex.actor_nouns
            tellers = ("its",) if people_of else ("its", "their")  # "said soldiers detained its drivers": the teller's
            teller = teller_owner(ctx, c, got) if got.ids and mod.lower_ in tellers else None
            if got and people_of and teller is None:
                return widen(got, c)
            if teller is not None:  # "X said Y fired on its positions": X's, as "X's positions" names it
                out = widen(teller, c)
                out.via_modifier = True
                return out
            if got.ids and other_doer(ctx, c, got):  # "Syria condemned the Turkish attack on its posts": Syria's
                out = widen(got, c)
                out.via_modifier = True
                return out
            continue
        if stance_prefix(mod):
            continue  # "an anti-Syria journalist" is no Syrian
        if mod.dep_ == "poss" and lemma_of(c) in ctx.data.relational_nouns:
            continue  # "America's allies", "Taiwan's partners": others than the possessor
        group = Arg()
        for mc in parties(ctx, mod):  # "French and Egyptian warships"
            for t in [mc, *(x for x in mc.subtree if x.i != mc.i and x.dep_ != "conj")]:
                m2 = ctx.mention(t)
                if m2 is not None:
                    group.extend(from_mention(ctx, m2, c))
                    break
        if group:
            out = widen(group, c)
            out.via_modifier = mod.dep_ != "poss" and not (
                form_in(c, ctx.lex.actor_nouns) or c.pos_ == "PROPN" or ctx.mention(c) is not None
            )  # "Haiti's efforts" name Haiti; "a U.N. resolution" is no actor
            return out
    return None


def _unnamed(ctx: Context, c: Token, depth: int, allow_vague: bool) -> Arg:
    """An actor noun (with named actors in its complements or its place), or a name the actor
    stage did not catch; kept as a span without an actor id."""
    lemma = lemma_of(c)
    is_actor_noun = lemma in ctx.lex.actor_nouns or c.text.lower() in ctx.lex.actor_nouns
    if is_actor_noun and depth < 2:
        got = of_phrase(ctx, c, depth)
        if got:
            return got
        if lemma in ctx.lex.vague_actor_nouns or lemma == "party":
            place = location_in(ctx, c)
            if place:
                return widen(place, c)
        for acl in children_of(c, "acl"):
            for t in acl.subtree:
                m3 = ctx.mention(t)
                if m3 is not None and m3.label in ("GPE", "NORP", "LOC"):
                    return widen(from_mention(ctx, m3, c), c)
    if c.pos_ == "PROPN" and depth == 0 and c.ent_type_ not in _NOT_NAMES:
        s, e = np_extent(c)  # a name the actor stage did not catch ("Ethopia")
        return Arg(tokens=[c], spans=[(s, e)], named=False)
    if is_actor_noun and (allow_vague or lemma not in ctx.lex.vague_actor_nouns):
        start = min(x.idx for x in c.subtree if x.dep_ in LEFT_MOD_DEPS | {"det"} or x.i == c.i)
        s, e = np_extent(c)
        return Arg(tokens=[c], spans=[(max(s, start), e)], named=False)
    return Arg()


def teller_owner(ctx: Context, c: Token, owner: Arg) -> Arg | None:
    """The owner named by a possessive pronoun in what a doer acted on, when the pronoun read as
    the doer itself: in a reported act it is the teller's ("Iran said the United States had
    seized one of its tankers": Iran's; the claimant is not the doer). None otherwise."""
    verb = next((a for a in c.ancestors if is_verb(a)), None)
    doer = first_child(verb, "nsubj") if verb is not None else None
    top = verb
    while doer is None and top is not None and top.dep_ == "conj" and is_verb(top.head):
        top = top.head  # "had looted its office and beaten its staff": the first conjunct's subject
        doer = first_child(top, "nsubj")
    if verb is None or doer is None or c.i in {t.i for t in doer.subtree} or any(x.lower_ == "own" for x in c.children):
        return None  # "its missiles struck Kyiv", "shelled its own positions": the doer's
    doers = set(core(ctx, doer, 1, allow_vague=False).ids)
    if not set(owner.ids) <= doers:
        return None
    cur = verb
    while cur.dep_ in ("ccomp", "conj") and cur.head.i != cur.i:
        cur = cur.head
        teller = first_child(cur, "nsubj")
        if teller is not None and form_in(cur, ctx.lex.speech_verbs):
            got = core(ctx, teller, 1, allow_vague=False)
            if got.named and got.ids and agrees(ctx, got, False, True) and not set(got.ids) <= doers:
                return got
    return None


def other_doer(ctx: Context, c: Token, owner: Arg) -> bool:
    """An act noun between ``c`` and its verb names a doer of its own by a name before it, another than the
    owner a possessive pronoun of ``c`` names ("condemned the Turkish attack on its border posts": the attack
    is Turkey's, the posts are the subject's own, not the doer's)."""
    cur = c
    for _ in range(4):
        if cur.head.i == cur.i or is_verb(cur.head):
            return False
        cur = cur.head
        for mod in (x for x in cur.children if x.dep_ in ("amod", "poss", "compound") and x.i < cur.i):
            m = ctx.mention(mod)
            if m is not None and m.actor_id and m.actor_id not in owner.ids:
                return True
    return False


def stance_prefix(mod: Token) -> bool:
    first = min((t for t in mod.subtree), key=lambda t: t.i)
    doc = mod.doc
    words = {t.text.lower() for t in mod.subtree}
    if words & {"anti", "pro", "non"}:
        return True
    if first.i >= 2 and doc[first.i - 1].text == "-" and doc[first.i - 2].text.lower() in ("anti", "pro", "non"):
        return True
    return first.text.lower().startswith(("anti-", "pro-", "non-"))


def group_arg(ctx: Context, c: Token) -> Arg | None:
    """A plural actor noun standing for several named actors.

    "the leaders of the United States, Germany and France" (a coordinated "of" phrase), or
    "those governments" (the last coordinated list of named actors before it in the sentence).
    """
    for o in prep_objects(c, "of"):
        if len(conjuncts(o)) >= 2:
            got = arg(ctx, o, allow_vague=False)
            if len(got.ids) >= 2:
                return widen(got, c)
    det = first_child(c, "det")
    m = ctx.mention(c)
    if det is None or det.text.lower() not in ("those", "these", "both") or (m is not None and m.actor_id):
        return None
    heads = [t for t in c.sent if t.i < c.i and t.dep_ != "conj" and len(conjuncts(t)) >= 2]
    for h in reversed(heads):
        got = arg(ctx, h, allow_vague=False)
        if len(got.ids) >= 2:
            return Arg(tokens=[c], ids=got.ids, spans=[np_extent(c)], named=True)
    return None


def of_phrase(ctx: Context, c: Token, depth: int) -> Arg:
    """Named actors in a complement of an actor noun: "leaders of the coalition", "doctors
    from aid groups", "rebels in the Ivory Coast" (all conjuncts of the complement)."""
    for prep in ("of", "from", "in", "at", "for", "with"):
        for o in prep_objects(c, prep):
            for ap in children_of(o, "appos"):  # "the president of Kenya, William Ruto"
                m = ctx.mention(ap)
                actor = ctx.actor(m.actor_id) if m is not None else None
                if actor is not None and actor.type == "person":
                    return from_mention(ctx, m, ap)  # type: ignore[arg-type]
            group = Arg()
            for oc in conjuncts(o):
                got = core(ctx, oc, depth + 1, allow_vague=False)
                if got and got.named:
                    group.extend(got)
            if group:
                return widen(group, c)
    return Arg()


def appos_arg(ctx: Context, c: Token, depth: int) -> Arg:
    """The actor an apposition names; a resolved one is preferred."""
    fallback = Arg()
    for ap in children_of(c, "appos"):
        if depth > 3:
            break
        got = core(ctx, ap, depth + 1, allow_vague=False)
        if got.ids:
            return got
        if got and not fallback:
            fallback = got
    return fallback


def widen(got: Arg, head: Token) -> Arg:
    """Report the whole noun phrase as the argument span, keeping the actor ids found."""
    s, e = np_extent(head)
    return Arg(tokens=[head], ids=list(got.ids), spans=[(s, e)], named=got.named)


def np_extent(head: Token) -> tuple[int, int]:
    toks = [head]
    stack = [c for c in head.children if c.dep_ not in CLAUSE_DEPS | {"conj", "cc", "punct", "appos"}]
    while stack:
        t = stack.pop()
        toks.append(t)
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS | {"punct", "conj", "cc"})
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return start, end


def deep_arg(ctx: Context, c: Token, depth: int, places: bool = True) -> Arg:
    """An actor inside a non-actor phrase: "the return of U.N. inspectors", "rights abuses by X"."""
    if depth > 3:
        return Arg()
    for prep in ("of", "by", "from", "for", "to", "with", "against", "on", "in", "between"):
        for o in prep_objects(c, prep):
            # "the agreement between Armenia and Azerbaijan": both parties
            got = arg(ctx, o, allow_vague=False) if prep == "between" else core(ctx, o, depth + 1, allow_vague=False)
            if got and got.named and (places or not (prep == "in" and only_places(ctx, got))):
                return got  # "floods in Assam" did nothing: a place in an "in" phrase says where
            got = deep_arg(ctx, o, depth + 1, places)
            if got:
                return got
    return Arg()


def only_places(ctx: Context, got: Arg) -> bool:
    """Every actor of ``got`` is a place (a country as a whole, "in Assam"), none a party."""
    actors = [ctx.actor(i) for i in got.ids]
    return bool(actors) and all(a is not None and a.type == "country" for a in actors)


def pronoun_arg(ctx: Context, tok: Token) -> Arg:
    """A pronoun: its mention when the actor stage resolved it, else the nearest governing subject.
    A pronoun met again while its own antecedent is sought (two subjects each owned by a pronoun,
    "our water, our sewers are old") is left unresolved, not sought again."""
    if tok.i in ctx.resolving:
        return _unresolved(tok)
    ctx.resolving.add(tok.i)
    try:
        return _pronoun_arg(ctx, tok)
    finally:
        ctx.resolving.discard(tok.i)


def _unresolved(tok: Token) -> Arg:
    if tok.text.lower() in ("he", "him", "she", "her", "they", "them"):  # unresolved, but a person or group
        return Arg(tokens=[tok], spans=[(tok.idx, tok.idx + len(tok.text))], named=False)
    return Arg()


def _pronoun_arg(ctx: Context, tok: Token) -> Arg:
    m = ctx.mention(tok)
    quoted = quoted_pronoun(ctx, tok, m)
    if quoted is not None:
        return quoted
    if m is not None and m.actor_id:
        return from_mention(ctx, m, tok)
    word = tok.text.lower()
    if word == "it" and expletive(ctx, tok):
        return Arg()  # "it is necessary to ...": an expletive
    if word == "it" and tok.dep_ in ("dobj", "pobj", "dative"):
        return Arg()  # an object "it" is mostly a thing ("released it to the press")
    person = word in PERSON_PRONOUNS
    if conjunct_subject(tok) is not None:  # "the elephants change ... and they kill": not who said it
        return Arg(tokens=[tok], spans=[(tok.idx, tok.idx + len(tok.text))], named=False)
    cur = tok.head
    seen = 0
    own_clause = tok.dep_ not in SUBJ_DEPS and tok.dep_ != "poss"
    while seen < 8:
        seen += 1
        if own_clause and is_verb(cur):
            own_clause = False  # "the court struck them down": "them" is not the court
            if cur.head.i == cur.i:
                break
            cur = cur.head
            continue
        for dep in ("nsubj", "nsubjpass"):
            for s in children_of(cur, dep):
                if s.i == tok.i or lemma_of(s) in ACTOR_PRONOUNS or tok in s.subtree or one_teller_after(tok, s):
                    continue
                got = core(ctx, s, 1, allow_vague=False)
                if got and got.named and agrees(ctx, got, person, word in ("it", "its", "itself")):
                    return got
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return _unresolved(tok)


def one_teller_after(tok: Token, s: Token) -> bool:
    """A plural pronoun ("they", "their") and one teller named after it ("They killed two
    teachers, a police spokesman said"): one person is no antecedent of "they", nor is who reports
    the clause the doer it tells of."""
    return (tok.lower_ in GROUP_PRONOUNS and s.i > tok.i and s.tag_ == "NN"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in s.children))


def quoted_pronoun(ctx: Context, tok: Token, m: Mention | None) -> Arg | None:
    """A pronoun in a speaker's own words: "I" is the speaker; "we" is the body the speaker speaks for, named in the
    speaker's phrase ("a Taliban spokesman": the Taliban); "they" is someone else, never the
    speaker nor the speaker's own country (the claimant is not the doer). None: no quote rule
    applies."""
    q = next((q for q in ctx.quotes if q.kind == "direct" and q.content.start <= tok.idx < q.content.end), None)
    word = tok.text.lower()
    if q is None or q.speaker is None:
        return None
    if word in FIRST_PLURAL:
        for sm in ctx.layer.mentions:
            actor = ctx.actor(sm.actor_id)
            if q.speaker.start <= sm.start < q.speaker.end and actor is not None and actor.type != "person":
                return Arg(tokens=[tok], ids=[actor.id], spans=[(tok.idx, tok.idx + len(tok.text))], named=True)
        return None
    if word in FIRST_SINGULAR:  # "I blame X," the minister said: the speaker, named in the sentence
        sent = tok.sent
        if q.speaker_actor_id is None or ctx.actor(q.speaker_actor_id) is None \
                or not sent.start_char <= q.speaker.start < sent.end_char:
            return None
        return Arg(tokens=[tok], ids=[q.speaker_actor_id], spans=[(tok.idx, tok.idx + len(tok.text))], named=True)
    if word not in THIRD_PERSON:
        return None
    unresolved = Arg(tokens=[tok], spans=[(tok.idx, tok.idx + len(tok.text))], named=False)
    if m is None or not m.actor_id:
        return unresolved  # not the speaker of the sentence's reporting verb
    speaker = ctx.actor(q.speaker_actor_id)
    actor = ctx.actor(m.actor_id)
    if speaker is None or actor is None:
        return None
    own = actor.id == speaker.id or (actor.type == "state" and actor.country is not None and actor.country == speaker.country)
    return unresolved if own else None


def expletive(ctx: Context, tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "expl":
        return True
    if tok.dep_ != "nsubj" or lemma_of(head) != "be":
        return False
    for c in head.children:
        if c.dep_ in ("ccomp", "xcomp", "csubj"):
            return True
        if c.dep_ in ("acomp", "attr") and lemma_of(c) not in ctx.lex.wrapper_adjectives:
            if any(x.dep_ in ("xcomp", "ccomp") for x in c.children):
                return True
    return False


def agrees(ctx: Context, got: Arg, person: bool, neuter: bool = False) -> bool:
    if not got.tokens:
        return True
    m = ctx.mention(got.tokens[0])
    if m is None:
        return not (neuter and got.tokens[0].ent_type_ == "PERSON")
    actor = ctx.actor(m.actor_id)
    is_person = (actor.type == "person") if actor is not None else m.label == "PERSON"
    if neuter:
        return not is_person
    return is_person if person else True


def location_in(ctx: Context, c: Token) -> Arg:
    """A country or place named anywhere in the complements of ``c`` (two levels down)."""
    for t in c.subtree:
        if t.i == c.i or t.dep_ in ("relcl", "acl"):
            continue
        m = ctx.mention(t)
        if m is not None and m.label in ("GPE",) and m.actor_id:
            depth = 0
            cur = t
            while cur.i != c.i and depth < 5:
                cur, depth = cur.head, depth + 1
            if depth <= 4:
                return from_mention(ctx, m, t)
    return Arg()


def location(ctx: Context, toks: Iterable[Token]) -> Arg:
    """A place named in a prepositional phrase ("in the Gaza Strip") of one of ``toks``."""
    for t in toks:
        for prep in ("in", "into", "inside", "near", "across", "on", "at", "outside"):
            for o in prep_objects(t, prep):
                for c in object_heads(ctx.lex, o):
                    for x in [c, *(y for y in c.children if y.dep_ in ("compound", "amod"))]:
                        m = ctx.mention(x)
                        if m is not None and m.label in ("GPE", "LOC", "FAC"):
                            return from_mention(ctx, m, c)
                    for po in prep_objects(c, "of"):
                        m = ctx.mention(po)
                        if m is not None and m.label in ("GPE", "LOC"):
                            return from_mention(ctx, m, po)
    return Arg()
