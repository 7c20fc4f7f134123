"""Noun phrases: each atom's head grows into its phrase, takes an of/in complement, merges
with an adjacent descriptor, and coordinated phrases make compounds.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import hyphen_partner
from ...nlp.tree import children
from .state import ArticleState
from .types import (
    CAT_ANAPHOR,
    CAT_FRAME,
    CAT_NAME,
    CAT_SECTOR,
    CAT_TITLE,
    COUNTRY_TABLES,
    MODIFIER_DEPS,
    NP_LEFT_DEPS,
    PROPER_TABLES,
    QUOTE_CHARS,
    TABLE_LABEL,
    Atom,
    Phrase,
)


def mention_heads(state: ArticleState) -> dict[int, str]:
    """Head tokens of candidate mentions: "atom" (a dictionary or entity head) or "pronoun"."""
    doc = state.doc
    heads: dict[int, str] = {}
    seen: set[int] = set()
    for arr in (state.names, state.nouns, state.frames):
        for a in arr:
            if a is None or id(a) in seen:
                continue
            seen.add(id(a))
            if arr is state.names and in_label(state, a):
                continue
            if arr is not state.names and any(state.names[i] is not None for i in range(a.start, a.end)) and not (
                arr is state.frames and frame_names_actor(state, a) and frame_refers(state, a)
            ):
                continue
            if arr is state.frames and (
                any(state.nouns[i] is not None for i in range(a.start, a.end)) or not frame_names_actor(state, a)
            ):
                continue
            root = doc[a.start:a.end].root
            if arr is not state.names and not nominal_ok(state, root):
                continue
            if arr is state.nouns and (carried_people(state, a, root) or audience_noun(state, root)):
                continue
            if a.cat == "E" and a.key == "NORP" and root.dep_ in ("amod", "compound", "nmod") and root.tag_ not in ("NNS", "NNPS"):
                continue  # "Western support": an adjective, not a mention
            heads.setdefault(root.i, "atom")
    pron = set(state.rules.male_pronouns) | set(state.rules.female_pronouns) | set(state.rules.plural_pronouns)
    neuter = set(state.rules.neuter_pronouns)
    for tok in state.pd.tokens:
        low = tok.lower_
        if (low in pron and tok.pos_ == "PRON") or (low == "her" and tok.tag_ == "PRP"):
            heads.setdefault(tok.i, "pronoun")
        elif low in neuter and tok.pos_ == "PRON" and (
            reporting_subject(state, tok) or (reported_subject(state, tok) and not state.in_speech(tok.idx))
        ):
            heads.setdefault(tok.i, "pronoun")  # "It said ...": the body last named as a subject
    return dict(sorted(heads.items()))


def body_like(state: ArticleState, m: Phrase) -> bool:
    """A mention headed by a noun for an organisation ("army", "coast guard", "ministry")."""
    a = state.nouns[m.head]
    st = state.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
    return st is not None and st[0].type == "organisation"


def reporting_subject(state: ArticleState, tok: Token) -> bool:
    """The subject of a reporting verb ("It said", "it accused", "It called on ...")."""
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    return verb.lemma_.lower() in state.rules.reporting_verbs or verb.lower_ in state.rules.reporting_verbs


def reported_subject(state: ArticleState, tok: Token) -> bool:
    """The subject of a clause that a reporting verb with a subject of its own reports ("Hamas said
    it would ...", "the army said it had been attacked"); not of an impersonal verb ("said it was
    unclear", "said it remains to be seen")."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return False
    if clause.lemma_.lower() in state.rules.impersonal_lemmas or clause.lower_ in state.rules.impersonal_lemmas:
        return False
    verb = clause.head
    reports = verb.lemma_.lower() in state.rules.reporting_verbs or verb.lower_ in state.rules.reporting_verbs
    return reports and any(c.dep_ == "nsubj" and c.i != tok.i for c in verb.children)


def frame_refers(state: ArticleState, a: Atom) -> bool:
    ft = state.d.framing_forms.get(a.key)
    return ft is not None and bool(ft.refers_to)


def in_label(state: ArticleState, a: Atom) -> bool:
    """A name inside a framing label that names its own referent ("Strelsau clique")."""
    f = state.frames[a.start]
    return f is not None and f.start <= a.start and a.end <= f.end and (f.end - f.start) > (a.end - a.start) \
        and frame_refers(state, f)


def is_head_atom(state: ArticleState, i: int) -> bool:
    return state.names[i] is not None or state.nouns[i] is not None


def frame_names_actor(state: ArticleState, a: Atom) -> bool:
    """A framing term that names an actor ("Zionist regime", "His Eminence"), not an act."""
    ft = state.d.framing_forms.get(a.key)
    return ft is not None and (bool(ft.refers_to) or bool(ft.sector) or ft.kind in state.rules.actor_framing_kinds)


def carried_people(state: ArticleState, a: Atom, root: Token) -> bool:
    """A people noun that classifies a conveyance ("a passenger train", "a tourist bus"): the
    vehicle is named, not its people. Forces and officials stay ("an army convoy" is the army's)."""
    if root.dep_ != "compound" or root.head.lemma_.lower() not in state.rules.conveyance_nouns:
        return False
    st = state.d.sector_nouns.get(a.key)
    return st is not None and not set(st[0].sectors) & (state.rules.force_sectors | state.rules.office_sectors)


def audience_noun(state: ArticleState, root: Token) -> bool:
    """A sector noun naming the audience of what it modifies ("a press conference", "a press
    release", "media freedom"): no actor is mentioned."""
    return root.dep_ == "compound" and f"{root.lemma_.lower()} {root.head.lemma_.lower()}" in state.rules.audience_compounds


def nominal_ok(state: ArticleState, tok: Token) -> bool:
    """A common noun heading an actor phrase: a noun, not an adjective or part of a hyphenated word."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < state.n else None
    if nxt is not None and nxt.text == "-" and not nxt.whitespace_ and not tok.whitespace_:
        return False
    return True


def build(state: ArticleState) -> None:
    doc = state.doc
    heads = mention_heads(state)
    head_set = set(heads)
    for h, what in heads.items():
        tok = doc[h]
        if what == "pronoun":
            m = Phrase(h, h + 1, h, "pronoun", "PRONOUN", pending="pronoun", term=tok.lower_)
            add(state, m)
            continue
        atom = state.names[h] or state.nouns[h] or state.frames[h]
        parent = tok.head
        if (
            tok.dep_ in MODIFIER_DEPS
            and parent.i != h
            and parent.i in head_set
            and not (tok.dep_ == "poss" and state.names[h] is not None and state.names[h] is not state.names[parent.i])
            and np_contains(state, parent, h)
        ):
            continue  # a modifier of a larger actor phrase ("Israeli" in "Israeli troops")
        if atom is not None and state.names[h] is atom and state.names[parent.i] is atom and parent.i != h:
            continue
        add(state, np(state, tok))
    complements(state)
    merge_adjacent(state)
    coordination(state)
    countries_inside_groups(state)


def np_contains(state: ArticleState, parent: Token, i: int) -> bool:
    start, end = np_extent(state, parent)
    return start <= i < end


def np_extent(state: ArticleState, tok: Token) -> tuple[int, int]:
    start = tok.i
    for c in children(tok):
        if c.i > tok.i:
            break  # the left children only
        if c.dep_ in ("nummod", "quantmod"):
            continue
        if c.dep_ == "punct" and c.text not in QUOTE_CHARS and c.text not in "[]()":
            continue
        if c.dep_ not in NP_LEFT_DEPS:
            continue
        after = state.doc[c.i + 1] if c.i + 1 < tok.i else None
        if c.lower_ in state.rules.resultative_adjectives and after is not None and (after.like_num or after.dep_ == "det"):
            continue  # "shot dead two teenagers": the verb's result, not the noun's adjective
        left = c.left_edge.i
        # skip a number and its qualifier at the far left ("at least 12,300 Palestinians")
        while left < c.i and (state.doc[left].like_num or state.doc[left].dep_ in ("quantmod", "advmod", "nummod")):
            left += 1
        start = min(start, left)
    start = min(start, borrowed_start(state, tok))
    if any(hyphen_joined(state, i, tok.i) for i in range(start, tok.i)):
        start = tok.i if state.names[tok.i] is None else state.names[tok.i].start
    end = tok.i + 1
    for arr in (state.names, state.nouns, state.frames):
        a = arr[tok.i]
        if a is not None:
            start = min(start, a.start)
            end = max(end, a.end)
    # a closing quote right after a quoted name
    if end < state.n and state.doc[end].text in ("’", "'") and end - 1 in state.quoted_tok:
        end += 1
    # drop leading punctuation other than an opening quote right before a quoted name
    while start < tok.i and state.doc[start].is_punct and start + 1 not in state.quoted_tok:
        start += 1
    while start < tok.i and state.doc[start].dep_ == "case":
        start += 1
    return start, end


def hyphen_joined(state: ArticleState, left: int, right: int) -> bool:
    """Two different names joined by a hyphen or dash into one word ("the Russia-Ukraine war",
    "India-Pakistan talks", "the Israel-Hamas ceasefire"): the parties of what the noun names,
    each one its own actor, where the parser makes the first a modifier of the second."""
    a, b = state.names[left], state.names[right]
    return a is not None and b is not None and a is not b and joined_by_hyphen(state, a, b)


def joined_by_hyphen(state: ArticleState, a: Atom, b: Atom) -> bool:
    """Name ``b`` follows name ``a`` joined to it by a hyphen as one written word."""
    partner = hyphen_partner(state.doc[b.start])
    return partner is not None and partner.i == a.end - 1


def borrowed_start(state: ArticleState, tok: Token) -> int:
    """Where the modifiers a noun used as a modifier shares with the noun it modifies begin
    ("Israeli army bulldozers": "Israeli" is the army's); ``tok.i`` when it shares none."""
    start = tok.i
    parent = tok.head
    if tok.dep_ != "compound" or parent.i <= tok.i or is_head_atom(state, parent.i):
        return start
    own = state.names[tok.i]
    others = [c.i for c in parent.lefts if c.i < tok.i and own is not None and state.names[c.i] is not None
              and state.names[c.i] is not own]
    for c in parent.lefts:
        if others and c.i <= max(others):
            continue  # "Israel's Gaza offensive", "the Israeli Gaza offensive": another name
            # before a name, and what stands before that one, is no part of it
        if c.dep_ == "poss" and own is not None and own.table in PROPER_TABLES:
            continue  # "its Security Council veto": a proper name takes no possessor of the
            # noun it modifies (the veto is its, the council is no one's)
        if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "det", "poss"):
            start = min(start, c.left_edge.i)
    return start


def np(state: ArticleState, tok: Token) -> Phrase:
    start, end = np_extent(state, tok)
    h = tok.i
    name = state.names[h]
    noun = state.nouns[h]
    frame = state.frames[h]
    if name is not None and in_label(state, name):
        name = None
    if name is not None and name.table == "office":
        m = Phrase(start, end, h, "title", "TITLE", atom=name, term=name.key)
    elif name is not None:
        kind = "demonym" if name.table in ("demonym", "adjective") else "name"
        label = name.ner or TABLE_LABEL.get(name.table, name.ner or "NOMINAL")
        m = Phrase(start, end, h, kind, label, atom=name)
    elif noun is not None:
        kind = "title" if noun.cat == CAT_TITLE else "nominal"
        m = Phrase(start, end, h, kind, "TITLE" if kind == "title" else "NOMINAL", atom=noun, term=noun.key)
    else:
        assert frame is not None
        ft = state.d.framing_forms.get(frame.key)
        honor = ft is not None and ft.kind == "honorific"
        m = Phrase(start, end, h, "honorific" if honor else "label", "HONORIFIC" if honor else "LABEL",
               atom=frame, term=frame.key)
    m.plural = tok.tag_ in ("NNS", "NNPS") or "Plur" in tok.morph.get("Number")
    first = state.doc[start]
    m.definite = first.lower_ in state.rules.definite_determiners or bare_definite(state, m)
    if name is not None and name.table == "demonym" and tok.tag_ in ("NNS", "NNPS"):
        m.plural = True
    return m


def bare_definite(state: ArticleState, m: Phrase) -> bool:
    """A phrase that is an institution's word alone, which the news register writes with no article
    and means as definite ("Police said ...", "Authorities say ..."; ``bare_definite_terms``), with
    nothing hung on it."""
    tok = state.doc[m.head]
    return m.start == m.head and tok.lower_ in state.rules.bare_definite_terms \
        and all(c.is_punct for c in tok.children)  # not "police in two Western countries"


def add(state: ArticleState, m: Phrase) -> None:
    m.sentence = state.pd.sentence_index(state.doc[m.start].idx)
    state.mentions.append(m)
    state.by_head.setdefault(m.head, m)


def complements(state: ArticleState) -> None:
    """Note the of/in complement of a sector noun or title; it is used when no modifier
    gives the country ("the leaders of the United States", "rebels in Darfur")."""
    doc = state.doc
    preps = set(state.rules.complement_prepositions)
    for m in list(state.mentions):
        if m.kind not in ("nominal", "title", "label"):
            continue
        tok = doc[m.head]
        speaks_for = tok.lower_ in state.rules.spokesperson_nouns  # "a spokesman for X"
        for prep in tok.rights:
            if prep.dep_ != "prep" or (prep.lower_ not in preps and not (speaks_for and prep.lower_ == "for")):
                continue
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if not objs:
                continue
            obj = objs[0]
            target = state.by_head.get(obj.i)
            if target is None or target.kind == "pronoun":
                continue
            a = target.atom
            if prep.lower_ not in ("of", "for") and a is not None and a.table not in COUNTRY_TABLES \
                    and a.cat != "E":
                continue
            m.complement = target
            m.comp_members = [target] + [state.by_head[c.i] for c in obj.conjuncts if c.i in state.by_head]
            for x in m.comp_members:
                x.complement_of = m
            break


def merge_adjacent(state: ArticleState) -> None:
    """Descriptor phrases right before a name join it: titles, honorifics, descriptions."""
    changed = True
    while changed:
        changed = False
        ms = sorted((x for x in state.mentions if not x.merged), key=lambda x: (x.start, -x.end))
        by_start: dict[int, Phrase] = {}
        for x in ms:
            by_start.setdefault(x.start, x)
        for a in ms:
            if a.merged:
                continue
            b = None
            for st in range(a.end, min(a.end + 4, state.n + 1)):
                if st in by_start and not by_start[st].merged and by_start[st] is not a:
                    b = by_start[st]
                    break
            if b is None or a.sentence != b.sentence or not adjacent(state, a.end, b.start):
                continue
            if ((descriptor(state, a) and is_name(state, b) and not a.plural and not acronym_of(state, a, b))
                    or sub_unit(state, a, b)):
                b.start = a.start  # "the Palestinian resistance movement Hamas"
                absorb(state, b, a)
                changed = True
                break
            if (
                is_name(state, b) is False
                and a.atom is not None
                and a.atom.cat in (CAT_NAME, "E")
                and (a.atom.table == "organisation" or a.atom.key == "ORG")
                and b.kind == "nominal"
                and state.doc[b.head].tag_ == "NNP"
            ):
                a.end = b.end  # "Islamic Revolution Guard [IRG] Aerospace Force"
                absorb(state, a, b)
                changed = True
                break
    state.mentions = [x for x in state.mentions if not x.merged]
    state.by_head = {}
    for x in state.mentions:
        state.by_head.setdefault(x.head, x)


def absorb(state: ArticleState, keep: Phrase, gone: Phrase) -> None:
    gone.merged = True
    if gone.kind == "title" and gone.term:
        te = state.d.title_forms.get(gone.term)
        if te is not None and te.kind != "courtesy":
            keep.role = keep.role or te.role
    if gone.complement is not None and keep.complement is None:
        keep.complement, keep.comp_members = gone.complement, gone.comp_members
        for x in keep.comp_members:
            x.complement_of = keep


def sub_unit(state: ArticleState, a: Phrase, b: Phrase) -> bool:
    """"Islamic Revolution Guard [IRG] Aerospace Force": an organisation, then a part of it."""
    if a.atom is None or b.atom is None or a.atom.table != "organisation" or b.atom.table != "organisation":
        return False
    child = state.d.organisations.get(b.atom.ref)
    return child is not None and child.parent == a.atom.ref


def acronym_of(state: ArticleState, a: Phrase, b: Phrase) -> bool:
    """``b`` is the short name in parentheses a text gives the phrase ``a`` before it ("the French
    military intelligence directorate (DRM)"), a name the dictionary does not know or gives
    several bodies ("Reporters Without Borders (RSF)")."""
    return (b.start == a.end + 1 and state.doc[a.end].text == "(" and b.atom is not None
            and (b.atom.cat == "E" or b.atom.key in state.d.ambiguous_org_forms)
            and b.end - b.start == 1 and state.doc[b.start].is_upper)


def or_short_name(state: ArticleState, full: Phrase, short: Phrase) -> bool:
    """``short`` is a short name the text gives the name ``full`` after ", or" ("the Rapid Support Forces, or
    RSF", "Somalia's National Intelligence and Security Agency, or NISA"): one word of two to eight capitals
    after a name of two capitalised words or more. Shared by the coordination read as one body
    (``nominals.acronym_alias``) and the short name used again (:func:`or_acronym_of`)."""
    doc = state.doc
    word = doc[short.start].text if short.end - short.start == 1 else ""
    return (doc[full.end:short.start].text.replace(" ", "") == ",or" and 2 <= len(word) <= 8 and word.isalpha()
            and word.isupper() and sum(1 for t in doc[full.start:full.end] if t.text[:1].isupper()) >= 2)


def or_acronym_of(state: ArticleState, a: Phrase, b: Phrase) -> bool:
    """``b`` is the short name a text gives the name ``a`` after ", or" (:func:`or_short_name`), a name the
    dictionary does not know or gives several bodies (as :func:`acronym_of`)."""
    return (or_short_name(state, a, b) and b.atom is not None
            and (b.atom.cat == "E" or b.atom.key in state.d.ambiguous_org_forms))


def link_acronyms(state: ArticleState) -> None:
    """A short name a text defines in parentheses is the phrase before it, there and wherever the
    text uses it again ("... directorate (DRM) ... The DRM said"; also after ", or": "the Rapid
    Support Forces, or RSF, ... The RSF said"), over another reading of an
    ambiguous alias ("RSF" after "Reporters Without Borders (RSF)"); an actor the dictionary does
    not know takes the name the text gives it ("DRM", French military), not one made from the
    words of its description. The name defined is the shortest phrase ending just before the
    parentheses ("Somalia's National Intelligence and Security Agency (NISA)": not "Somalia", nested
    in it, nor a coordination ending with it)."""
    defined: dict[str, str] = {}
    mentions = sorted(state.mentions, key=lambda x: x.start)
    # the shortest phrase ending at each token: the name before the parentheses, not a coordination ending with it
    # ("X and Kenya's National Police Service (NPS)") nor the neighbour of a name nested in it ("Somalia's")
    ending: dict[int, Phrase] = {}
    for m in mentions:
        if m.end not in ending or m.start > ending[m.end].start:
            ending[m.end] = m
    for b in mentions:
        a = ending.get(b.start - 1)
        if a is None or not acronym_of(state, a, b):
            a = ending.get(b.start - 2)  # "the Rapid Support Forces, or RSF"
            a = a if a is not None and or_acronym_of(state, a, b) else None
        if a is not None and a.actor:
            short = state.doc[b.start].text
            defined.setdefault(short, a.actor)
            actor = state.reg.actors.get(a.actor)
            if actor is not None and actor.source == "derived":
                state.reg.actors[a.actor] = actor.replace(name=short)
    if not defined:
        return
    for m in mentions:
        word = state.doc[m.head].text
        if m.atom is not None and word in defined and (
                m.atom.cat == "E" or m.atom.key in state.d.ambiguous_org_forms):
            m.actor = defined[word]  # an ambiguous alias too ("Reporters Without Borders (RSF)")


def adjacent(state: ArticleState, end: int, start: int) -> bool:
    if end == start:
        return True
    if end < start:
        between = state.doc[end:start]
        return len(between) <= 3 and all(t.text in "[]()" or (t.is_upper and len(t) <= 6) for t in between)
    return False


def descriptor(state: ArticleState, m: Phrase) -> bool:
    if m.kind in ("title", "honorific"):
        return True
    if m.kind in ("nominal", "label") and not m.plural and m.atom is not None:
        return m.atom.cat in (CAT_SECTOR, CAT_FRAME, CAT_TITLE, CAT_ANAPHOR)
    return False


def is_name(state: ArticleState, m: Phrase) -> bool:
    a = m.atom
    if a is None:
        return False
    return (a.cat == "E" and a.key in ("PERSON", "ORG")) or (a.cat == CAT_NAME and a.table in ("person", "organisation"))


def countries_inside_groups(state: ArticleState) -> None:
    """"the United States and Britain" named as one group: each country is a mention too."""
    taken = {(m.start, m.end) for m in state.mentions}
    for m in list(state.mentions):
        a = m.atom
        if a is None or a.table != "group" or not state.d.groups[a.ref].members:
            continue
        for c in state.raw_countries:
            if a.start <= c.start and c.end <= a.end and (c.end - c.start) < (a.end - a.start) \
                    and (c.start, c.end) not in taken:
                sub = Phrase(c.start, c.end, state.doc[c.start:c.end].root.i, "name", "GPE", atom=c)
                add(state, sub)
                taken.add((c.start, c.end))


def coordination(state: ArticleState) -> None:
    """Coordinated actor phrases: one compound mention, plus each member's own mention."""
    doc = state.doc
    done: set[int] = set()
    for m in list(state.mentions):
        if m.head in done or m.kind == "pronoun":
            continue
        tok = doc[m.head]
        conj = [c.i for c in tok.conjuncts if c.i in state.by_head and state.by_head[c.i].kind != "pronoun"]
        if not conj or tok.dep_ == "conj":
            continue
        group = [m] + [state.by_head[i] for i in sorted(conj)]
        done.update(g.head for g in group)
        if m.complement_of is not None:
            continue  # the phrase it completes becomes the compound
        comp = Phrase(min(g.start for g in group), max(g.end for g in group), m.head, "compound", "COMPOUND")
        comp.members = group
        comp.plural = True
        comp.sentence = m.sentence
        state.mentions.append(comp)
    # coordinated country modifiers inside one phrase: "U.S. and Russian negotiators"
    for m in list(state.mentions):
        if m.kind not in ("nominal", "title"):
            continue
        mods = country_modifiers(state, m)
        conj_mods = [a for a in mods if doc[a.start:a.end].root.dep_ == "conj"]
        if len(mods) >= 2 and conj_mods:
            m.coordinated = True


def country_modifiers(state: ArticleState, m: Phrase) -> list[Atom]:
    """Country atoms inside a phrase's modifiers (adjectives, possessors, compounds)."""
    out: list[Atom] = []
    seen: set[int] = set()
    for i in range(m.start, min(m.end, m.head)):
        a = state.names[i]
        if a is None or id(a) in seen or a.table not in COUNTRY_TABLES:
            continue
        if a.end > m.head:
            continue
        seen.add(id(a))
        if stance_prefixed(state, a):
            continue  # "an anti-Syria journalist" is no Syrian
        if topic_of_expertise(state, a, m):
            continue  # "a Russia expert" knows about Russia
        if patron(state, a):
            continue  # "the Iran-backed group" is no Iranian group
        out.append(a)
    return out


def patron(state: ArticleState, a: Atom) -> bool:
    """A name before a hyphen and a patron word ("Iran-backed", "US-funded", "Hezbollah-allied"):
    it names who backs or allies with the phrase's referent, not its country or owner."""
    doc = state.doc
    i = a.end
    if i < len(doc) and doc[i].text in ("-", "\u2011"):
        i += 1
    return i > a.end and i < len(doc) and doc[i].lower_ in state.rules.patron_descriptors


def topic_of_expertise(state: ArticleState, a: Atom, m: Phrase) -> bool:
    """A country's name (not its adjective, not an abbreviation used as one) right before a noun
    of expertise: the subject of the expertise ("a North Korea expert", "a China analyst")."""
    if a.table != "country" or a.end != m.head:
        return False
    if state.doc[m.head].lemma_.lower() not in state.rules.topic_nouns:
        return False
    words = state.doc[a.start:a.end]
    return all(t.is_alpha for t in words) and not any(t.is_upper for t in words)


def stance_prefixed(state: ArticleState, a: Atom) -> bool:
    """A name after "anti-", "pro-" or "non-": a stance towards the country, not its people."""
    s = a.start
    prefixes = state.rules.stance_prefixes
    if s >= 2 and state.doc[s - 1].text == "-" and state.doc[s - 2].lower_ in prefixes:
        return True
    first = state.doc[s].lower_
    return any(first.startswith(p + "-") for p in prefixes)
