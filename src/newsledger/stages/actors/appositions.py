"""Appositions: a description and the name of whom it describes.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Actor
from .countries import is_place
from .state import ArticleState
from .types import CAT_SECTOR, Atom, Phrase


def apposed_names(state: ArticleState) -> None:
    """Pair names with the descriptions in apposition to them ("a senior diplomat, Beatriz
    Andrade"; "Natalia, a resident of the town"; "a resident who gave only her first name,
    Larysa"). A name beside a description of a person is a person's name, whatever its entity
    label, and a bare proper name that a relative "who" clause follows is one too ("Iryna,
    whose husband ...")."""
    tokens = state.pd.tokens
    for tok in tokens:
        if tok.dep_ != "appos" or tok.head.i == tok.i:
            continue
        a, b = state.by_head.get(tok.head.i), state.by_head.get(tok.i)
        office = office_over_place(state, tok.head)
        if office is not None and (b is not None or bare_name(state, tok)):
            name = b if b is not None else name_mention(state, tok)
            if name_like(state, name):  # "The governor of Alto Yarí, Marcela Quintero Ospina,"
                pair(state, office, name)
                continue
        if a is None and b is not None and tok.head.lower_ in state.rules.name_nouns:
            a = naming_owner(state, tok.head)  # "who gave her first name, Larysa"
            if a is not None:
                pair(state, a, b)
            continue
        if a is None and b is None and (tok.like_num or tok.pos_ == "NUM") and state.doc[tok.i - 1].text != ",":
            continue  # "the Global Terrorism Index 2025": a number run on, not an age between commas ("Hamid, 23,")
        if a is None and bare_name(state, tok.head) and not office_of(tok.head):
            a = name_mention(state, tok.head)
        elif b is None and bare_name(state, tok):
            b = name_mention(state, tok)
        if a is None or b is None:
            continue
        desc, name = (a, b) if name_like(state, b) and not name_like(state, a) else (b, a)
        if name_like(state, name) and not name_like(state, desc):
            pair(state, desc, name)
    for tok in tokens:  # "Iryna, whose husband ...": a person's name
        if tok.i in state.by_head or not bare_name(state, tok) or state.names[tok.i] is not None:
            continue
        if any(c.dep_ == "relcl" and personal_relative(state, c) for c in tok.children):
            name_mention(state, tok).person_hint = True


def aged_names(state: ArticleState) -> None:
    """A name with an age in apposition, between commas ("Lydia Rosasi, 29, works at ..."): a
    person's name, whatever its entity label (the recogniser may read it as an organisation); a
    name the dictionary knows keeps its reading."""
    doc = state.doc
    for tok in state.pd.tokens:
        if tok.dep_ != "appos" or not tok.like_num or tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        if doc[tok.i - 1].text != "," or doc[tok.i + 1].text != "," or not tok.text.isdigit() \
                or not 0 < int(tok.text) < 120 or tok.head.i != tok.i - 2:
            continue
        m = state.by_head.get(tok.head.i)
        if m is not None and m.kind == "name" and m.atom is not None and m.atom.cat == "E" \
                and m.atom.end - m.atom.start >= 2:  # a given name and a surname ("Safaricom, 25," is no one)
            m.person_hint = True


def office_over_place(state: ArticleState, head: Token) -> Phrase | None:
    """The title whose "of" phrase ends in ``head``, the word a name in apposition hangs on ("The
    governor of Alto Yarí, Marcela Quintero Ospina, said", "the mayor of the municipality, X,":
    the parser hangs the name on the place or body of the office, not on the office); None when
    ``head`` is a person's description ("the deputy of the governor, X": the governor is X) or no
    title governs it."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.i == head.head.i:
        return None
    office = state.by_head.get(head.head.head.i)
    if office is None or office.kind != "title" or not person_description(state, office) or office.apposed is not None:
        return None
    own = state.by_head.get(head.i)
    # (a name there is the office's place or body, however the recogniser labels it: "Alto Yarí"
    # may be read as a person's name; the holder of "the spokesman of X, Y" is Y all the same)
    return None if own is not None and person_description(state, own) else office


def office_of(tok: Token) -> bool:
    """A capitalised noun opening its sentence with an "of" phrase, a name in apposition to it:
    an office, not a name ("Head of the village council Ibrahim Abu Salah said ...")."""
    return tok.i == tok.sent.start and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def naming_owner(state: ArticleState, noun: Token) -> Phrase | None:
    """The person whose name a naming clause gives: "a resident who gave her first name, X"."""
    t = noun
    for _ in range(4):
        if t.dep_ == "relcl":
            owner = state.by_head.get(t.head.i)
            return owner if owner is not None and person_description(state, owner) else None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def personal_relative(state: ArticleState, clause: Token) -> bool:
    """A relative clause about a person: "who ...", or "whose husband ..."."""
    first = clause.left_edge
    if first.lower_ in ("who", "whom"):
        return True
    return first.lower_ == "whose" and first.head.lower_ in state.rules.kin_nouns


def bare_name(state: ArticleState, tok: Token) -> bool:
    """A capitalised proper noun no dictionary entry or actor entity covers."""
    if tok.pos_ != "PROPN" or not tok.is_title or not tok.is_alpha:
        return False
    if tok.ent_type_ and tok.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP", "ORG"):
        return False
    return not any(arr[tok.i] is not None for arr in (state.names, state.nouns, state.frames))


def name_mention(state: ArticleState, tok: Token) -> Phrase:
    """A mention for a proper name the earlier passes left out, with its compound first names."""
    existing = state.by_head.get(tok.i)
    if existing is not None:
        return existing
    start = tok.i
    while start > 0 and state.doc[start - 1].dep_ == "compound" and state.doc[start - 1].head.i == tok.i \
            and state.doc[start - 1].pos_ == "PROPN" and state.names[start - 1] is None:
        start -= 1
    atom = Atom(start, tok.i + 1, "E", "PERSON", ner="PERSON")
    m = Phrase(start, tok.i + 1, tok.i, "name", "PERSON", atom=atom, person_hint=True)
    m.sentence = state.pd.sentence_index(state.doc[start].idx)
    # in document order, so that a later "Marek" finds the person named here
    at = next((k for k, x in enumerate(state.mentions) if x.kind != "compound" and x.head > tok.i),
              len(state.mentions))
    state.mentions.insert(at, m)
    state.by_head.setdefault(m.head, m)
    return m


def name_like(state: ArticleState, m: Phrase) -> bool:
    """A proper name the dictionary does not know (a spaCy entity), or a person's name."""
    a = m.atom
    if a is None or m.kind != "name":
        return False
    return a.cat == "E" or a.table == "person"


def person_description(state: ArticleState, m: Phrase) -> bool:
    """A description of one person: a title ("spokesman") or a noun for a person ("resident")."""
    if m.kind not in ("title", "nominal") or m.plural:
        return False
    if m.kind == "title":
        te = state.d.title_forms.get(m.term)
        return te is None or te.kind != "courtesy"
    a = state.nouns[m.head]
    st = state.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
    return (st is not None and st[0].type == "person") or state.doc[m.head].lower_ in state.rules.representative_nouns


def pair(state: ArticleState, desc: Phrase, name: Phrase) -> None:
    if not person_description(state, desc) or name.apposed is not None:
        return
    a = name.atom
    if a is not None and a.cat == "E" and a.key in ("GPE", "LOC", "FAC") and is_place(state, state.doc[name.head]):
        return  # "In Tulsa, an unarmed man ...": a place, then someone in it
    if a is not None and a.cat == "E":
        name.person_hint = True
        # "Beatriz Andrade" when the entity is only "Andrade": first names belong to the name
        while a.start > 0 and a.end - a.start == 1:  # a one-word entity: "Andrade"
            prev = state.doc[a.start - 1]
            if not (prev.dep_ == "compound" and prev.pos_ == "PROPN" and prev.is_title
                    and all(arr[prev.i] is None for arr in (state.names, state.nouns, state.frames))):
                break
            a.start = prev.i
            name.start = min(name.start, prev.i)
            state.names[prev.i] = a
    desc.apposed, name.apposed = name, desc


def employer(state: ArticleState, desc: Phrase) -> Actor | None:
    """The organisation a description of a person places them in: "a researcher at Amnesty
    International", "the director of the agency's office", "WFP's country director" (an
    organisation the article names as the head's possessor or in an "at", "of", "for" or "with"
    phrase of it); None otherwise."""
    head = state.doc[desc.head]
    for owner in head.lefts:  # "WFP's country director": the possessor
        m = state.by_head.get(owner.i) if owner.dep_ == "poss" else None
        a = state.reg.actors.get(m.actor or "") if m is not None else None
        if a is not None and a.type == "organisation":
            return a
    return complement_organisation(state, head, state.rules.employer_prepositions)


def complement_organisation(state: ArticleState, head: Token, prepositions: tuple[str, ...]) -> Actor | None:
    """An organisation the article names in a phrase of ``head`` with one of ``prepositions``."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in prepositions:
            continue
        for obj in prep.children:
            m = state.by_head.get(obj.i) if obj.dep_ == "pobj" else None
            a = state.reg.actors.get(m.actor or "") if m is not None else None
            if a is not None and a.type == "organisation":
                return a
    return None


def named_employers(state: ArticleState) -> None:
    """A person the dictionary does not know named with an organisation in an "of" phrase
    (``name_employer_prepositions``: "Khalil Nasser of the Palestinian Center for Policy and
    Survey Research") belongs to it and takes its country and sectors, when nothing else gave
    the person sectors."""
    for name in state.mentions:
        if name.kind != "name" or not name.actor or not name_like(state, name):
            continue
        person = state.reg.actors.get(name.actor)
        if person is None or person.type != "person" or person.source != "derived" or person.sectors:
            continue
        org = complement_organisation(state, state.doc[name.head], state.rules.name_employer_prepositions)
        if org is not None and org.sectors:
            state.reg.actors[person.id] = person.replace(country=person.country or org.country, sectors=org.sectors)


def link_appositions(state: ArticleState) -> None:
    """A description in apposition to a person's name denotes that person, and lends the
    person its country and sectors when the dictionary does not know them."""
    for name in state.mentions:
        desc = name.apposed
        if desc is None or desc.apposed is not name or not name.actor or not name_like(state, name):
            continue  # from the name's side only: a title read as its holder lends no one its name
        person = state.reg.actors.get(name.actor)
        if person is None or person.type != "person":
            continue
        org = employer(state, desc) if person.source == "derived" else None
        # "X, president of the Committee for Y": an office in a body of unknown sectors is no
        # government office, so the title lends no sectors
        unknown_body = org is not None and desc.kind == "title" and not org.sectors
        if org is not None:  # "X, a researcher at Amnesty International": its member
            secs = org.sectors or (() if unknown_body else person.sectors or tuple(desc.sectors))
            person = person.replace(country=person.country or org.country, sectors=secs)
            state.reg.actors[person.id] = person
        if person.source == "derived" and not unknown_body and (not person.country or not person.sectors):
            known = state.reg.actors.get(desc.actor or "")
            country = person.country or (known.country if known is not None else None)
            sectors = person.sectors or (known.sectors if known is not None else ()) or desc.sectors
            if known is not None and known.type in ("country",):
                sectors = person.sectors or desc.sectors
            state.reg.actors[person.id] = person.replace(country=country, sectors=tuple(sectors))
        if desc.role:
            state.reg.add_role(person.id, desc.role)
        desc.actor, desc.pending, desc.confidence = person.id, "", state.conf.likely
