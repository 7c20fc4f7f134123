"""Context-free readings of names: people, organisations, groups, places, countries, capitals
and demonyms, with the descriptors (titles, sector nouns, honorifics) around them.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from spacy.tokens import Token

from ...nlp.syntax import first_conjunct
from .alias_context import named_by_context
from .atoms import gated_org
from .countries import ambiguous_reading, is_place, modifier_country
from .entities import named_over, read_entity, short_name_of_earlier
from .kin_names import kin_gender
from .phrases import country_modifiers, patron
from .placement import residence
from .state import ArticleState
from .surname_places import surname_as_place
from .types import CAT_FRAME, CAT_SECTOR, CAT_TITLE, NATIONAL_KINDS, Atom, Phrase


def descriptors(state: ArticleState, m: Phrase) -> tuple[list[str], tuple[str, ...], str, list[str]]:
    """Countries, sectors, role and honorifics from the words around a name or noun."""
    countries: list[str] = []
    for a in country_modifiers(state, m):
        code = modifier_country(state, a)
        if code and code not in countries:
            countries.append(code)
    found = _Described()
    seen: set[int] = set()
    for i in range(m.start, m.end):
        owner = state.names[i]
        if owner is not None and owner is not m.atom and owner.start <= i < owner.end and (
            owner.end - owner.start > 1
        ) and owner.table != "office":
            continue  # a word of another name ("Union" in "the African Union's council"); the words
            # of an office still describe ("Zimbabwean opposition leader X" is of the opposition)
        for arr in (state.nouns, state.frames):
            a = arr[i]
            if a is None or id(a) in seen:
                continue
            seen.add(id(a))
            describe(state, m, a, found)
    role, sectors, honor = found.role, found.sectors, found.honor
    if not m.gender:
        span = (m.atom.start, m.atom.end) if m.atom is not None else (m.start, m.end)
        m.gender = gender_cue(state, m.start, m.end) or kin_gender(state, *span)
    return countries, sectors, role, honor


def describe(state: ArticleState, m: Phrase, a: Atom, found: _Described) -> None:
    """What one title, sector noun or framing term in a phrase tells of whom it names."""
    if a.cat == CAT_TITLE:
        te = state.d.title_forms.get(a.key)
        if te is not None:
            if te.kind != "courtesy":
                found.role = found.role or te.role
                if shadow_title(state, m, a):
                    found.sectors = ("OPP",)  # "the shadow justice secretary": the opposition's
                elif not unknown_organisation_before(state, m, a):
                    found.sectors = found.sectors or te.sectors
            if te.gender:
                m.gender = m.gender or te.gender
    elif a.cat == CAT_SECTOR:
        st = state.d.sector_nouns.get(a.key)
        if st is not None and not found.sectors and not topic_adjective(state, a):
            found.sectors = st[0].sectors
    elif a.cat == CAT_FRAME:
        ft = state.d.framing_forms.get(a.key)
        if ft is not None and ft.kind == "honorific":
            found.honor.append(a.key)
        if a not in m.frames:
            m.frames.append(a)


def topic_adjective(state: ArticleState, a: Atom) -> bool:
    """A sector word used as an adjective of a noun that names no actor ("public affairs chief",
    "military affairs expert"): it says what the person deals with, not who they are; before an
    actor noun it still does ("military officials")."""
    tok = state.doc[a.end - 1]
    if a.end - a.start != 1 or tok.pos_ != "ADJ" or tok.dep_ not in ("amod", "compound") or tok.head.i == tok.i:
        return False
    return state.nouns[tok.head.i] is None and state.names[tok.head.i] is None


def shadow_title(state: ArticleState, m: Phrase, title: Atom) -> bool:
    """"the shadow foreign secretary": the opposition's spokesperson for an office."""
    return any(t.lower_ in state.rules.opposition_modifiers for t in state.doc[m.start:title.start])


def unknown_organisation_before(state: ArticleState, m: Phrase, title: Atom) -> bool:
    """An organisation the dictionary does not know names whom the title serves ("Iberdrola
    spokesman X", "Acme chairman Y"): the title's usual sector (a spokesman's government) is
    not theirs."""
    for i in range(m.start, title.start):
        a = state.names[i]
        if a is not None and a.cat == "E" and a.ner == "ORG" and not a.ref:
            return True
    return False


def gender_cue(state: ArticleState, s: int, e: int) -> str:
    """The gender the words of a name tell: a courtesy title ("Mr", "Queen"), else a given name
    before another word of the name ("Sarah Mitchell"; not a surname alone, "Thomas")."""
    male, female = state.male, state.female
    prev = ""
    tokens = state.pd.tokens[s:e]
    for t in tokens:
        low = t.lower_
        pair = f"{prev} {low}"
        if low in male or pair in male:
            return "m"
        if low in female or pair in female:
            return "f"
        prev = low
    for t, nxt in pairwise(tokens):
        if t.pos_ == "PROPN" and nxt.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ in state.given:
            return state.given[t.lower_]
    return ""


def read_name(state: ArticleState, m: Phrase) -> None:
    a = m.atom
    assert a is not None
    countries, sectors, role, honor = descriptors(state, m)
    m.role = m.role or role
    m.honorifics = honor
    if a.cat == "E":
        read_entity(state, m, a, countries, sectors)
        return
    table, ref = a.table, a.ref
    if table == "person" and surname_as_place(state, a):
        m.actor, m.label, m.confidence = None, "GPE", state.conf.weak  # "a rally in Austin": the town
        return
    if table == "person":
        earlier = short_name_of_earlier(state, m, a)
        if earlier is not None:
            m.actor = earlier
            m.confidence = state.conf.likely
            return
    refs = [r for r in state.d.surfaces.get(a.key, [])]
    if len(refs) > 1:
        table, ref = choose_reading(state, m, a, refs)
    if table == "person":
        p = person_by_date(state, a.key) or ref
        m.actor = state.reg.person(p)
        if m.role:
            state.reg.add_role(m.actor, m.role)
    elif table == "organisation":
        m.actor = foreign_namesake(state, m, a, ref, countries) or state.reg.org(ref)
    elif table == "group":
        read_group_name(state, m, a, ref, countries)
    elif table == "place":
        m.actor = state.reg.country(ref)  # "in the besieged Gaza Strip"
    elif table in ("country", "capital"):
        read_country_name(state, m, a, ref, table)
    elif table in ("demonym", "adjective"):
        read_demonym(state, m, a, ref, table)
    if m.gender and m.actor:
        state.reg.gender.setdefault(m.actor, m.gender)


def foreign_namesake(state: ArticleState, m: Phrase, a: Atom, ref: str, countries: list[str]) -> str | None:
    """A party or state body of one country called by the name the dictionary gives another
    country's ("Canada's Liberal Party", "Ukraine's Main Intelligence Directorate", "the South
    Korean Democratic Party"): the body of the country named, the dictionary's when it knows
    one of that name, else one named after that country; never the namesake abroad. A later
    bare mention of the name in the article is the same body."""
    org = state.d.organisations.get(ref)
    if org is None or not org.country or org.type not in NATIONAL_KINDS:
        return None
    if not countries:
        return state.namesakes.get(a.key)
    land = countries[-1]
    if land == org.country:
        return None
    return namesake_of(state, a, org.sectors, land)


def namesake_of(state: ArticleState, a: Atom, sectors: tuple[str, ...], land: str, known_only: bool = False) -> str:
    """The body of ``land`` called by the name ``a`` (see :func:`foreign_namesake`); with
    ``known_only``, when the dictionary has no such body of ``land``, a body of that name of no
    country said."""
    words = [t.text for t in state.doc[a.start:a.end] if t.is_alpha and t.lower_ != "the"]
    known = state.d.body_of(land, words)
    if known is not None:
        actor = state.reg.org(known.id)
    elif known_only:
        actor = state.reg.derived("organisation", " ".join(words), None, sectors)
    else:
        actor = state.reg.derived("organisation", f"{state.d.adjective(land, default=land)} {' '.join(words)}", land,
                                  sectors)
    state.namesakes[a.key] = actor
    return actor


def namesakes_in_focus(state: ArticleState) -> None:
    """A party or state body called by a name many countries' bodies share ("the House of
    Representatives", "Parliament", "the Supreme Court": the dictionary's ambiguous aliases),
    with no country word of its own, in an article about another country more than about the
    dictionary's (named at least twice, and more often than the dictionary's): the body of the
    country in focus when the dictionary knows one of that name, else a body of no country said
    (the country most named is not always where the body sits: a story of people sent from
    Thailand to China names China most)."""
    focus = state.focus
    if focus is None:
        return
    for m in state.mentions:
        a = m.atom
        if a is None or a.table != "organisation" or m.actor != a.ref or m.kind == "compound":
            continue
        org = state.d.organisations.get(a.ref)
        if org is None or org.type not in NATIONAL_KINDS or not org.country or org.country == focus:
            continue
        if a.ref not in state.d.ambiguous_org_forms.get(a.key, ()):
            continue
        if not named_over(state, focus, org.country) or country_modifiers(state, m) \
                or named_by_context(state, org.country):
            continue
        m.actor = state.namesakes.get(a.key) or namesake_of(state, a, org.sectors, focus, known_only=True)


def read_group_name(state: ArticleState, m: Phrase, a: Atom, ref: str, countries: list[str]) -> None:
    g = state.d.groups[ref]
    code = countries[-1] if countries else None
    if code and not g.members:
        m.actor = state.reg.subgroup(ref, code)  # "Iraqi Kurds"
    elif g.members and subset(state, m, a):
        m.actor = part_of_group(state, ref)  # "new EU members": some of them, not all
    else:
        m.actor = state.reg.group(ref)


def read_demonym(state: ArticleState, m: Phrase, a: Atom, ref: str, table: str) -> None:
    tok = state.doc[m.head]
    if a.start <= m.head < a.end and (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS")) \
            and table == "demonym" and not patron(state, a):  # "the Saudi-backed coalition": the country
        atom = Atom(a.start, a.end, a.cat, a.key, table=table, ref=ref)
        mods = [x for x in country_modifiers(state, m) if x.end <= a.start]
        m.actor = state.reg.sector(residence(state, m, [*mods, atom]), ("CVL",))  # "Palestinians"
    else:
        m.actor = state.reg.country(ref)  # "Israeli air raids"
        m.confidence = state.conf.likely


def subset(state: ArticleState, m: Phrase, a: Atom) -> bool:
    """"new EU members", "some NATO allies": a part of a group with a fixed membership."""
    words = state.rules.subset_modifiers
    return any(t.lower_ in words for t in state.doc[m.start:a.start])


def part_of_group(state: ArticleState, gid: str) -> str:
    """Some members of a group: the international body the group is the membership of (the
    CAMEO practice for its members acting as such), else the group with no member list."""
    g = state.d.groups[gid]
    bodies = [o for o in g.member_orgs if o in state.d.organisations and "IGO" in state.d.organisations[o].sectors]
    if len(bodies) == 1:
        return state.reg.org(bodies[0])
    return state.reg.derived("group", f"some {g.name}", None, g.sectors)


def choose_reading(state: ArticleState, m: Phrase, a: Atom, refs: list[Any]) -> tuple[str, str]:
    order = {"person": 0, "organisation": 1, "group": 2, "country": 3, "capital": 4, "place": 5, "demonym": 6, "adjective": 7}
    tok = state.doc[m.head]
    # "The PRC said": China, unless the article is about the country of the other reading
    refs = [r for r in refs if not (r.table == "organisation" and gated_org(state, a.key, r.key))] or refs
    pref = state.rules.preferred_readings.get(a.key)
    best = sorted(refs, key=lambda r: (order.get(r.table, 9), -reading_evidence(state, r), r.key != pref))
    tables = {r.table for r in refs}
    if "demonym" in tables and "adjective" in tables:
        want = "demonym" if tok.tag_ in ("NNS", "NNPS") or tok.pos_ in ("NOUN", "PROPN") else "adjective"
        wanted = [r for r in refs if r.table == want]
        if wanted:
            r = max(wanted, key=lambda r: (state.evidence[r.key], r.key == pref))
            return r.table, r.key
    return best[0].table, best[0].key


def reading_evidence(state: ArticleState, r: Any) -> int:
    """How often the article names the country of a reading: the country's own for a country's
    forms; for an organisation's name, its country, named or as the country of other people and
    bodies named ("RSF" in a story that names Sudan or Sudan's army: Sudan's Rapid Support Forces,
    not Reporters Without Borders, who have no country)."""
    if r.table != "organisation":
        return state.evidence[r.key]
    org = state.d.organisations.get(r.key)
    if org is None or not org.country:
        return 0
    return state.evidence[org.country] + sum(1 for x in state.named_refs if x != r.key and named_country(state, x) == org.country)


def named_country(state: ArticleState, ref: str) -> str | None:
    """The country of a person or organisation the dictionary knows, by its id."""
    entry = state.d.organisations.get(ref) or state.d.people.get(ref)
    return entry.country if entry is not None else None


def person_by_date(state: ArticleState, key: str) -> str | None:
    """Of several people with one name, the one in office on the article's date, else the latest."""
    people = state.d.people_named(key)
    if len(people) <= 1:
        return people[0].id if people else None
    date = state.pd.article.published
    on = [p for p in people if state.d.held_on(p.id, date)]
    pool = on or people
    return max(pool, key=lambda p: state.d.latest_start(p.id)).id


def read_country_name(state: ArticleState, m: Phrase, a: Atom, code: str, table: str) -> None:
    tok = state.doc[m.head]
    amb = state.d.ambiguity.get(a.key)
    if a.key in state.d.ambiguous_forms:
        reading = ambiguous_reading(state, m, a, amb)
        if reading == "person":
            m.actor = state.reg.derived("person", state.doc[a.start:a.end].text, None, ())
            m.kind, m.label = "name", "PERSON"
            m.confidence = state.conf.plausible
            return
        if reading == "alternative" and amb is not None and amb.alternative_id:
            m.actor = state.reg.alternative(amb)
            m.confidence = state.conf.plausible
            return
    if is_place(state, tok):
        m.actor = state.reg.country(code)
        return
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and m.end <= tok.head.i:
        m.actor = state.reg.country(code)  # "the U.S. election", "Iran talks"
        m.confidence = state.conf.likely
        return
    if table == "capital":
        if a.key in state.d.ambiguous_forms and amb is None and not state.evidence[code]:
            m.actor = None  # "Victoria said": a capital that is also a first name, and no Seychelles
            m.confidence = state.conf.doubtful
            return
        if capital_acts(state, tok):
            m.actor = state.reg.state(code)
            m.confidence = state.conf.likely
        else:
            m.actor = state.reg.country(code)
            m.confidence = state.conf.plausible
        return
    m.actor = state.reg.state(code)


def capital_acts(state: ArticleState, tok: Token) -> bool:
    """A capital that acts or owns stands for its government: "Tehran said", "Washington's position";
    not where someone travels ("visited Kyiv")."""
    t = first_conjunct(tok)
    if t.dep_ == "dobj" and travelled(state, t):
        return False  # "visited Kyiv", "left Niamey": where someone goes is a place
    if t.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "dobj", "appos", "dative"):
        return True  # ("dative": "sent Washington a warning", a recipient)
    if t.dep_ == "compound" and (state.nouns[t.head.i] is not None):
        return True
    if t.dep_ == "pobj":
        return t.head.lower_ not in state.rules.locative_prepositions and t.head.lower_ not in state.rules.motion_prepositions
    return False


def travelled(state: ArticleState, t: Token) -> bool:
    """The only object of a verb of travel: where someone goes or leaves ("visited Kyiv"), not
    whom something is sent ("sent Washington a warning")."""
    verb = t.head
    if verb.lemma_.lower() not in state.rules.travel_lemmas and verb.lower_ not in state.rules.travel_lemmas:
        return False
    return not any(c.dep_ in ("dobj", "dative") and c.i != t.i for c in verb.children)


@dataclass
class _Described:
    """What the titles, sector nouns and framing terms of a phrase tell (see ``descriptors``)."""

    role: str = ""
    sectors: tuple[str, ...] = ()
    honor: list[str] = field(default_factory=list)
