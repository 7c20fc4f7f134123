"""Readings of spaCy entities the dictionary does not know: derived people and organisations.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from spacy.tokens import Token

from .countries import place_preposition
from .given_name_entities import given_named_person
from .kin_names import kin_by_age
from .nicknames import inside_nickname
from .role_names import person_noun
from .state import ArticleState
from .surname_places import surname_as_place
from .tables import body_words, norm
from .types import (
    CAT_NAME,
    CAT_SECTOR,
    CAT_TITLE,
    COUNTRY_TABLES,
    NATIONAL_KINDS,
    Atom,
    Phrase,
    clean_name,
)


def read_entity(state: ArticleState, m: Phrase, a: Atom, countries: list[str], sectors: tuple[str, ...]) -> None:
    """A spaCy entity the dictionary does not know: a derived person or organisation."""
    countries = entity_countries(state, a, countries)
    name = entity_name(state, m, a)
    # the name alone, or after its possessor ("The Sasakawa Peace Foundation's Schoff")
    alone = m.start == a.start or (a.start > m.start and state.doc[a.start - 1].tag_ == "POS")
    if a.key != "PERSON" and not m.person_hint and alone and m.end == a.end and not surname_as_place(state, a):
        earlier = short_name_of_earlier(state, m, a)
        if earlier is not None:  # "Levchuk said" after "Oksana Levchuk", whatever the entity label
            m.actor = earlier
            m.label, m.confidence = "PERSON", state.conf.likely
            return
    given = given_named_person(state, a)  # an organisation's label on a given name and a surname
    if (a.key == "PERSON" or given) and not m.person_hint and (
        (a.end - a.start == 1 and named_as_place(state, state.doc[a.start])
         and person_by_last_name(state, state.doc[a.start].text) is None)
        or place_noun_names(state, a) or placed_here(state, a)
    ):
        m.actor, m.label, m.confidence = None, "GPE", state.conf.weak  # "Dadaab", "Kismayo": a town, not a person
        return
    person = a.key == "PERSON" or m.person_hint or given
    org_secs = org_descriptor(state, m.start, a.start) if person else None
    if org_secs is not None:  # "the opposition newspaper La Prensa": a body, not a person
        m.label = "ORG"
        m.actor = state.reg.derived("organisation", name, countries[0] if len(countries) == 1 else None, org_secs)
        m.confidence = state.conf.plausible
    elif person:
        read_person_entity(state, m, a, name, countries, sectors)
    elif a.key == "NORP":
        read_people_entity(state, m, name, countries)
    elif a.key in ("ORG", "PERSON") and named_as_vehicle(state, a):
        m.actor, m.confidence = None, state.conf.weak  # "the Jaffar Express, a cross-country train"
    elif a.key == "ORG" and m.start == a.start and m.end == a.end and (place_elsewhere(state, a)
                                                                      or named_after_place_noun(state, a)):
        m.actor, m.label, m.confidence = None, "GPE", state.conf.weak  # "has ravaged Balochistan"
    elif a.key == "ORG" and (office := country_office(state, a)) is not None:
        m.actor = state.reg.org(office)  # "UNHCR Kenya": the agency's office in a country is the agency
        m.confidence = state.conf.plausible
    elif a.key == "ORG" or (a.key in ("GPE", "FAC", "LOC") and m.end > a.end):
        # sectors from the name's own head ("... Service") or a noun before it ("the newspaper
        # X"), not from a complement ("Headquarters for the Treatment of Prisoners of War")
        own_sectors = sectors_inside(state, a.start, min(m.end, state.doc[a.start:a.end].root.i + 1))
        secs = own_sectors or (sectors if m.end > a.end else sectors_inside(state, m.start, a.start))
        if not countries:
            countries = of_country(state, state.doc[m.head])  # "the State Emergency Service of Ukraine"
        body = country_body(state, m, countries[0]) if len(countries) == 1 else None
        m.actor = body or state.reg.derived("organisation", name, countries[0] if len(countries) == 1 else None, secs)
        m.confidence = state.conf.plausible
    else:
        m.actor = None  # a place or facility the dictionary does not know
        m.confidence = state.conf.weak
    if m.gender and m.actor:
        state.reg.gender.setdefault(m.actor, m.gender)


def replaced_names(a: Atom) -> list[tuple[str, str]]:
    """The (table, ref) of each dictionary name an entity replaced, in order, from its ``ref``
    ("organisation=org:unhcr,country=KEN")."""
    out: list[tuple[str, str]] = []
    for part in a.ref.split(","):
        if "=" in part:
            t, r = part.split("=", 1)
            out.append((t, r))
    return out


def country_office(state: ArticleState, a: Atom) -> str | None:
    """The organisation of an entity made of a known organisation's name followed by a
    country's name ("UNHCR Kenya", "Amnesty International Nigeria"): its office in that country,
    which speaks for it; None for any other entity. The dictionary names an entity replaced are
    in its ``ref`` ("organisation=org:unhcr,country=KEN"); the country must end the entity."""
    inner = replaced_names(a)
    orgs = [r for t, r in inner if t == "organisation"]
    if len(orgs) != 1 or orgs[0] not in state.d.organisations or inner[0][0] != "organisation" \
            or any(t != "organisation" and t not in COUNTRY_TABLES for t, _ in inner):
        return None
    words = state.doc[a.start:a.end]
    for n in (1, 2, 3):
        tail = words[-n:] if len(words) > n else None
        if tail is not None and state.d.country_of_word(tail.text) and not tail[0].is_lower:
            return orgs[0]
    return None


def named_as_place(state: ArticleState, tok: Token) -> bool:
    """A one-word name the entity recogniser took for a person that the article uses as a place
    ("returned to Kismayo", "in Hagadera"): where something is or goes
    (``place_name_prepositions``, or a preposition of motion after a verb of travel)."""
    if state.place_objects_cache is None:  # the words used so, read once per article
        state.place_objects_cache = frozenset(
            t.text for t in state.pd.tokens
            if t.dep_ == "pobj" and place_preposition(state, t.head, state.rules.place_name_prepositions)
        ) | named_otherwise(state)
    return tok.text in state.place_objects_cache


def placed_here(state: ArticleState, a: Atom) -> bool:
    """A name of several words the entity recogniser took for a person, used here as where
    something is ("rescuers in Kyun Pin Kone say", "a village near Hsin Pyu Daw"): the object of
    a place preposition (``place_name_prepositions``), no name the dictionary knows by its last
    word. (One-word names are read across the article: :func:`named_as_place`.)"""
    if a.end - a.start < 2:
        return False
    root = state.doc[a.start:a.end].root
    return root.dep_ == "pobj" and root.head.lower_ in state.rules.place_name_prepositions \
        and person_by_last_name(state, state.doc[a.end - 1].text) is None


def named_after_place_noun(state: ArticleState, a: Atom) -> bool:
    """A name after the "of" of a place noun or in apposition to one ("between the towns of
    Bocaranga and Bazoum", "the district capital, Kaga Bandoro"): places, whatever the label."""
    root = state.doc[a.start:a.end].root
    nouns = state.rules.named_place_nouns
    of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    return (of is not None and of.head.lemma_.lower() in nouns) or (root.dep_ == "appos" and root.head.lemma_.lower() in nouns)


def place_noun_names(state: ArticleState, a: Atom) -> bool:
    """A name the article gives as the name of a place noun (``named_place_nouns``): ending in it
    ("Beledweyne District"), in apposition to it ("the regional capital, Banja Luka"), after its
    "of" ("the city of Mostar"), or with the noun in apposition or as its predicate ("Tigray, a
    northern region"): a place, which the entity recogniser may have taken for a person."""
    nouns = state.rules.named_place_nouns
    last = state.doc[a.end - 1]
    if a.end - a.start > 1 and last.text[:1].isupper() and last.lower_ in nouns:
        return True  # "Beledweyne District", "Kisumu County": the place noun is part of the name
    return named_after_place_noun(state, a) or described_as(state.doc[a.start:a.end].root, nouns)


def place_elsewhere(state: ArticleState, a: Atom) -> bool:
    """A name the recogniser took for an organisation once and for a place elsewhere in the
    article ("the insurgency that has ravaged Balochistan" beside "near Sibi, Balochistan"): the
    place, whose name is no body to speak or act."""
    text = state.doc[a.start:a.end].text
    return any(e.label_ in ("GPE", "LOC") and e.text == text and e.start != a.start for e in state.pd.entities)


def named_as_vehicle(state: ArticleState, a: Atom) -> bool:
    """A name the article describes as a vehicle somewhere (``conveyance_nouns``), in apposition
    or after a copula ("The Jaffar Express, a cross-country train, ..."; "the Marlin Star is a
    tanker"): a train, ship or plane, which neither speaks nor acts."""
    def bare(text: str) -> str:
        return text.lower().removeprefix("the ").strip()

    if state.vehicle_names is None:  # the names so described, found once per article
        vehicles = state.rules.conveyance_nouns
        state.vehicle_names = frozenset(bare(ent.text) for ent in state.pd.entities
                                        if described_as(ent.root, vehicles))
    return bare(state.doc[a.start:a.end].text) in state.vehicle_names


def described_as(root: Token, nouns: Collection[str]) -> bool:
    """A name's head with one of ``nouns`` in apposition to it, or as the attribute of the
    copula it is the subject of ("X, a train"; "X is a tanker")."""
    if any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children):
        return True
    return root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in nouns for c in root.head.children)


def named_otherwise(state: ArticleState) -> frozenset[str]:
    """Capitalised words the entity recogniser reads elsewhere in the article as (part of) an
    entity that is no person (``non_person_entity_labels``: "the kingdom of Kaabu", "Zanu PF")
    and never as part of a person's name of two or more words: a one-word "person" so written is
    the place or body ("the last emperor of Kaabu", "the Zanu"). The last of several capitalised
    words of any entity is left out: it may end a person's full name the recogniser misread
    ("Nino Galissa" as a place, then "Galissa says")."""
    labels = state.rules.non_person_entity_labels
    other: set[str] = set()
    in_names: set[str] = set()
    for ent in state.pd.entities:
        words = {t.text for t in ent if t.is_title and t.is_alpha}
        if ent.label_ == "PERSON" and len(ent) > 1:
            in_names |= words
        elif ent.label_.lower() in labels:
            other |= words
        if len(ent) > 1 and ent[-2].is_title:  # the last of several names: "Nino Galissa" as a place
            in_names.add(ent[-1].text)
    return frozenset((other | place_modifiers(state)) - in_names)


def place_modifiers(state: ArticleState) -> set[str]:
    """Capitalised words that name a place noun's place ("Kakuma refugee camps", "the Dadaab and
    Kakuma camps", "Schengen zone", ``place_head_nouns``): a word in a compound, or coordinated
    with one, before such a noun."""
    found: set[str] = set()
    for t in state.pd.tokens:
        if t.pos_ != "PROPN" or not t.is_title:
            continue
        h = t
        for _ in range(4):
            if h.dep_ not in ("compound", "nmod", "conj") or h.head.i == h.i:
                break
            h = h.head
            if h.is_lower and h.lower_ in state.rules.place_head_nouns:
                found.add(t.text)
                break
    return found


def country_body(state: ArticleState, m: Phrase, country: str) -> str | None:
    """A government body of a country written as a name ("Ukraine's Ministry of Health", "the
    Ministry of Health in Gaza"): the dictionary's body of that country, else one organisation
    named after the country and the body ("Ukrainian health ministry"), however it is written."""
    doc = state.doc
    head = doc[m.head]
    if head.lower_ not in state.rules.body_nouns:
        return None
    words = [t.text for t in doc[m.start:m.end]
             if t.is_alpha and t.i != head.i and not (state.names[t.i] is not None
                                                      and state.names[t.i].table in COUNTRY_TABLES)]
    known = state.d.body_of(country, [*words, head.text])
    if known is not None:
        return state.reg.org(known.id)
    kept = [w.lower() for w in words if body_words([w])]
    if not kept:
        return None
    adj = state.d.adjective(country, default=country)
    desc = f"{' '.join(kept)} {head.lower_}"
    term = state.d.sector_terms.get(desc)  # "health ministry": GOV HLH
    sectors = tuple(term.sectors) if term is not None else ("GOV",)
    return state.reg.derived("organisation", f"{adj} {desc}", country, sectors)


def entity_countries(state: ArticleState, a: Atom, countries: list[str]) -> list[str]:
    """``countries`` with those of the dictionary names the entity replaced."""
    for t, r in replaced_names(a):
        if t in COUNTRY_TABLES and r not in countries:
            countries.append(r)
        if t == "organisation" and r in state.d.organisations and not countries:
            oc = state.d.organisations[r].country
            if oc and not outnumbered_namesake(state, a, r):
                countries.append(oc)
    return countries


def outnumbered_namesake(state: ArticleState, a: Atom, ref: str) -> bool:
    """An entity holding a name many countries' bodies share ("the House of Representatives
    Committee on Legal Affairs") in an article that names another country more (at least twice)
    than the dictionary body's: the name tells no country."""
    org = state.d.organisations[ref]
    text = norm(state.doc[a.start:a.end].text)
    if org.type not in NATIONAL_KINDS or not any(norm(x) in text for x in org.ambiguous_aliases):
        return False
    if not state.evidence:
        return False
    land = state.evidence.most_common(1)[0][0]
    return land != org.country and named_over(state, land, org.country or "")


def named_over(state: ArticleState, land: str, other: str) -> bool:
    """The article names ``land`` at least twice, and more often than ``other``: it is about
    ``land`` rather than ``other`` (see outnumbered_namesake, readings.namesakes_in_focus)."""
    n = state.evidence[land]
    return n >= 2 and n > state.evidence[other]


def entity_name(state: ArticleState, m: Phrase, a: Atom) -> str:
    doc = state.doc
    name_toks = [t for t in doc[a.start:a.end] if not (t.i == a.start and t.lower_ == "the")]
    name = " ".join(t.text for t in name_toks if t.text not in ("[", "]")) if m.end <= a.end else doc[a.start:m.end].text
    return clean_name(name)


def read_person_entity(state: ArticleState, m: Phrase, a: Atom, name: str, countries: list[str],
                        sectors: tuple[str, ...]) -> None:
    """A person the dictionary does not know: the one named before, or a derived person."""
    m.label = "PERSON"
    name = strip_titles(state, a.start, a.end) or name
    existing = kin_by_age(state, m, a) or person_by_last_name(state, name)
    known = misspelt_known(state, name) if existing is None else None
    if existing is not None:
        m.actor = existing
    elif known is not None:  # "Mevlut Cavusolgu": the dictionary's Mevlut Cavusoglu, misspelt
        m.actor = state.reg.person(known)
    else:
        secs = sectors or ()
        if not countries:
            countries = of_country(state, state.doc[m.head])  # "King Hassan of Morocco"
        org = org_in(state, m.start, a.start)  # "U.N. Secretary-General Kofi Annan"
        if not countries and org is not None:
            if org.country:
                countries = [org.country]
            elif "IGO" in org.sectors:
                secs = ("IGO", *(x for x in secs if x != "IGO"))
        if org is not None and org.country and org.sectors and "OPP" not in secs:
            secs = tuple(org.sectors)  # "Islamic Jihad spokesman X": the group's, not a government's
        m.actor = state.reg.derived("person", name, countries[0] if len(countries) == 1 else None, secs)
    m.confidence = state.conf.likely
    if m.role:
        state.reg.add_role(m.actor, m.role)


def read_people_entity(state: ArticleState, m: Phrase, name: str, countries: list[str]) -> None:
    """A NORP entity: a people (plural), of a country when one is given."""
    if state.doc[m.head].tag_ not in ("NNPS", "NNS"):
        m.actor = None
        m.confidence = state.conf.weak
        return
    if countries:  # "Iraqi Kurds": a people of a country
        m.actor = state.reg.sector(countries[-1], ("CVL",))
    else:
        m.actor = state.reg.derived("group", name, None, ())
    m.confidence = state.conf.plausible


def org_descriptor(state: ArticleState, s: int, e: int) -> tuple[str, ...] | None:
    """The sectors of an organisation noun right before a name ("the newspaper X"), if any."""
    for i in range(e - 1, s - 1, -1):
        a = state.nouns[i]
        if a is None:
            continue
        if state.doc[i].ent_type_ == "ORG":
            return None  # the end of a named body: "Head of the Kharkiv Regional Administration Vitaliy Marchenko"
        st = state.d.sector_nouns.get(a.key) if a.cat == CAT_SECTOR else None
        return st[0].sectors if st is not None and st[0].type == "organisation" else None
    return None


def of_country(state: ArticleState, tok: Token) -> list[str]:
    """The country in an "of" complement of a name: "King Hassan of Morocco"."""
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                a = state.names[obj.i] if obj.dep_ == "pobj" else None
                if a is not None and a.table in ("country", "place"):
                    return [a.ref]
    return []


def org_in(state: ArticleState, s: int, e: int) -> Any:
    for i in range(s, e):
        a = state.names[i]
        if a is not None and a.table == "organisation" and a.ref in state.d.organisations:
            return state.d.organisations[a.ref]
    return None


def sectors_inside(state: ArticleState, s: int, e: int) -> tuple[str, ...]:
    found: tuple[str, ...] = ()
    for i in range(s, e):
        owner = state.names[i]
        if owner is not None and owner.cat == CAT_NAME and owner.end - owner.start > 1:
            continue  # a word of a dictionary name ("Union" in "the African Union's council")
        a = state.nouns[i]
        if a is not None and a.cat == CAT_SECTOR:
            st = state.d.sector_nouns.get(a.key)
            if st is not None:
                found = st[0].sectors
    return found


def strip_titles(state: ArticleState, s: int, e: int) -> str:
    """The name without its titles, and without a country the entity took from the title before
    it ("Resident Coordinator for Myanmar Andrew Kirkwood": the name is two words after a
    preposition, so the country ends the title; "Israel Katz" keeps its first name)."""
    doc = state.doc
    if e - s >= 3 and s > 0 and doc[s - 1].pos_ == "ADP" and state.d.country_of_word(doc[s].text) \
            and all(t.is_title for t in doc[s + 1:e]):
        s += 1
    words: list[str] = []
    toks = list(state.doc[s:e])
    for j, t in enumerate(toks):
        if state.nouns[t.i] is not None and state.nouns[t.i].cat == CAT_TITLE:  # type: ignore[union-attr]
            continue
        if not words and len(toks) - j > 2 and person_noun(state, t):
            continue  # "Lawyer Lionel Bethune de Moro": what the person is, before the name
        if t.text in ("[", "]", "(", ")") or inside_nickname(toks, j):
            continue
        words.append(t.text)
    return clean_name(" ".join(words))


def person_by_last_name(state: ArticleState, name: str) -> str | None:
    """A person named in full earlier in the article whom a short form denotes: the surname
    ("Kravets" after "Vasyl Kravets"), or the first name of someone the dictionary does not
    know ("Iryna", "Father Petro" after "Father Petro Sas") or the family name of one whose
    country writes it first (``family_name_first_countries``: "Fu" after "Fu Cong"). The latest
    such person wins, but a surname shared by several people named in full is the first one's:
    relatives named after the article's subject are told apart by their full or first names
    ("Sali Berisha ... his son, Shkelzen Berisha ... Berisha said" is the father)."""
    parts = name.split()
    if not parts:
        return None
    found = None
    by_surname = None
    for aid, actor in state.reg.actors.items():
        if actor.type != "person":
            continue
        aparts = actor.name.split()
        if len(parts) == 1 and len(aparts) >= 2 and aparts[-1] == parts[0]:
            by_surname = by_surname or aid
            found = aid
        elif len(parts) == 1 and len(aparts) >= 2 and aparts[0] == parts[0] and (
                actor.source == "derived" or actor.country in state.rules.family_name_first_countries):
            found = aid
        elif len(aparts) == 1 and parts[-1] == aparts[0] and actor.source == "derived":
            found = aid
    return by_surname or found or misspelt_surname(state, parts)


def misspelt_surname(state: ArticleState, parts: list[str]) -> str | None:
    """The one person named in full earlier whose surname a long one-word name misspells by one
    letter ("Pederson" after "Geir Pedersen", "Chaundry" after "Ahmed Sharif Chaudhry"): the same
    person, as a reader takes it; two such people, or a short name, none."""
    if len(parts) != 1 or len(parts[0]) < 6:
        return None
    hits = {aid for aid, actor in state.reg.actors.items() if actor.type == "person"
            and len(aparts := actor.name.split()) >= 2 and one_letter_off(aparts[-1], parts[0])}
    return hits.pop() if len(hits) == 1 else None


def misspelt_known(state: ArticleState, name: str) -> str | None:
    """The one person of the dictionary with the same first name whose long surname ``name``'s
    misspells by one letter or two neighbours swapped ("Mevlut Cavusolgu"); None otherwise."""
    parts = name.split()
    if len(parts) < 2 or len(parts[-1]) < 6:
        return None
    hits = {p.id for p in state.d.people.values() for n in p.names
            if len(known := n.split()) >= 2 and known[0] == parts[0] and one_letter_off(known[-1], parts[-1])}
    return hits.pop() if len(hits) == 1 else None


def one_letter_off(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added or dropped, or by two neighbouring
    letters swapped ("Cavusolgu", "Cavusoglu"), after the same first letter."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        off = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(off) == 1 or (len(off) == 2 and off[1] == off[0] + 1 and a[off[0]] == b[off[1]]
                                 and a[off[1]] == b[off[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def short_name_of_earlier(state: ArticleState, m: Phrase, a: Atom) -> str | None:
    """A one-word name that is the surname or first name of a person named earlier in the
    article: that person, before any other reading of the word ("Zhao" after "Zhao
    Meiling" is not another Zhao the dictionary knows). A hyphenated surname is one word
    ("Dakin-Grimm" after "Linda Dakin-Grimm"), though the tokenizer splits it."""
    span = state.doc[a.start:a.end]
    if not span[0].is_title or any(t.whitespace_ for t in span[:-1]):
        return None
    aid = kin_by_age(state, m, a) or person_by_last_name(state, span.text)
    if aid is None or (a.table == "person" and aid == a.ref):
        return None
    return aid
