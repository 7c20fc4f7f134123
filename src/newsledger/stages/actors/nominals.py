"""The context-free reading of every phrase (:func:`read` picks the reading for its kind):
noun phrases headed by a sector noun, title, anaphor or framing label, offices, and compounds.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ...nlp.syntax import described_noun
from .countries import modifier_country
from .descriptions import (
    body_actor,
    body_noun,
    describes_body,
    indefinite,
    named_child,
    post_holder,
)
from .phrases import country_modifiers, is_name, or_short_name, patron
from .placement import described_place, residence
from .post_holders import named_post_holder
from .readings import descriptors, read_name, shadow_title
from .referents import framing_referent, group_named, named_country_label, sole_member
from .state import ArticleState
from .tables import TitleEntry
from .types import (
    CAT_ANAPHOR,
    CAT_NAME,
    CAT_SECTOR,
    CAT_TITLE,
    COUNTRY_TABLES,
    Atom,
    Phrase,
    role_matches,
    tail_keys,
)


def read_names(state: ArticleState) -> None:
    """Resolve names, demonyms, nominals with their own country; leave the rest pending."""
    for m in list(state.mentions):
        if m.kind != "compound":
            read(state, m)
    for m in state.mentions:
        if m.kind == "compound" and m.actor is None:
            read_compound(state, m)


def read(state: ArticleState, m: Phrase) -> None:
    a = m.atom
    if m.kind in ("pronoun", "compound") or m.read:
        return
    m.read = True
    if a is not None and a.table == "office":
        read_office(state, m)
        return
    if is_name(state, m) or (a is not None and a.cat in (CAT_NAME, "E") and m.kind in ("name", "demonym")):
        read_name(state, m)
        return
    read_nominal(state, m)


def read_office(state: ArticleState, m: Phrase) -> None:
    """A title that names one office ("UN chief"): its holder on the article's date."""
    a = m.atom
    assert a is not None
    countries, _, _, _ = descriptors(state, m)
    cands = state.d.office_people.get(a.key, [])
    if countries:
        cands = [p for p in cands if state.d.people[p].country in countries] or cands
    date = state.pd.article.published
    on = [p for p in cands if state.d.held_on(p, date)]
    indefinite = state.doc[m.start].lower_ in state.rules.indefinite_determiners
    if len(on) == 1 and not indefinite and not m.plural and not shadow_title(state, m, a):
        m.actor = state.reg.person(on[0])
        m.confidence = state.conf.likely
        return
    # several holders, or none on that date: read it as a plain title
    te = state.d.title_forms.get(a.key) or next(
        (state.d.title_forms[k] for k in tail_keys(a.key) if k in state.d.title_forms), None)
    m.term = te.term.lower() if te is not None else a.key
    m.atom = None
    if te is None:  # "the Hamas leader": a noun phrase like any other
        noun = state.nouns[m.head]
        m.kind, m.label, m.atom = "nominal", "NOMINAL", noun
        m.term = noun.key if noun is not None else a.key
    read_nominal(state, m)


def read_nominal(state: ArticleState, m: Phrase) -> None:
    """A noun phrase headed by a sector noun, title, anaphor or framing label."""
    if named_region(state, m):
        return
    countries, sectors, role, honor = descriptors(state, m)
    m.honorifics = honor
    m.role = m.role or role
    sectors = role_in_group(state, m) or head_sectors(state, m) or sectors
    m.sectors = sectors
    if label_referent(state, m):
        return
    if m.kind == "nominal" and role_noun(state, m):
        # "the director of the agency": a person named beside it, if anyone; unnamed, "the UNICEF
        # director" and "WFP's director" speak for the organisation named before the noun
        org = next((a for a in (state.names[i] for i in range(m.start, m.head))
                    if a is not None and a.table == "organisation" and not patron(state, a)), None)
        m.actor = state.reg.org(org.ref) if org is not None else None
        m.confidence = state.conf.plausible if org is not None else state.conf.weak
        return
    representative = state.doc[m.head].lower_ in state.rules.representative_nouns
    if m.kind in ("nominal", "title") and organisation_people(state, m, sectors, representative):
        return
    unknown_owner = False
    if not countries:  # "the Bush administration", "Putin's government"
        countries, unknown_owner = owner_country(state, m)
    if m.coordinated and len(countries) >= 2:
        members = [state.reg.sector(c, sectors or ("GOV",)) for c in countries]
        m.actor = state.reg.compound(list(dict.fromkeys(members)), sectors or ("GOV",))
        m.kind = "compound"
        per_country_mentions(state, m, sectors or ("GOV",))
        return
    if not countries and m.complement is not None and not located_abroad(state, m):
        found = complement_country(state, m, sectors, representative)
        if found is None:
            return
        countries = found
    if not countries and m.complement is None:
        countries = described_complement(state, m)
    country = countries[-1] if countries else None
    if country and not m.coordinated:
        mods = country_modifiers(state, m)
        if mods and modifier_country(state, mods[-1]) == country:
            country = residence(state, m, mods)
    read_nominal_of(state, m, country, sectors, unknown_owner)


def described_complement(state: ArticleState, m: Phrase) -> list[str]:
    """The country of an in/from complement that describes a place named before ("officials in
    the enclave", "officials in the province": :func:`placement.described_place`)."""
    for prep in state.doc[m.head].rights:
        if prep.dep_ == "prep" and prep.lower_ in state.rules.complement_prepositions:
            for obj in prep.children:
                code = described_place(state, obj) if obj.dep_ == "pobj" else None
                if code:
                    return [code]
    return []


def located_abroad(state: ArticleState, m: Phrase) -> bool:
    """A body that sits abroad with the place it sits in after it ("its embassy in Damascus", "the
    consulate in Erbil"): the place is where the body is, not whose it is (``abroad_bodies``;
    "the embassy of Russia" is Russia's)."""
    if state.doc[m.head].lower_ not in state.rules.abroad_bodies or m.complement is None:
        return False
    return state.doc[m.complement.head].head.lower_ != "of"


def named_region(state: ArticleState, m: Phrase) -> bool:
    """"kidnapped in Zamfara state", "in Shan state": a region's noun with a place's name before it,
    in a locative phrase, is that place, not a government ("the Zamfara state government" is)."""
    head = state.doc[m.head]
    if head.lower_ not in state.rules.region_nouns or head.dep_ != "pobj" \
            or head.head.lower_ not in state.rules.locative_prepositions:
        return False
    place = next((a for a in (state.names[c.i] for c in head.lefts if c.dep_ in ("compound", "amod", "nmod"))
                  if a is not None and a.table in ("place", "country")), None)
    if place is None:
        return False
    m.actor = state.reg.country(place.ref)
    m.confidence = state.conf.plausible
    return True


def role_noun(state: ArticleState, m: Phrase) -> bool:
    """A noun for a person's post with no sectors of its own ("director", "founder",
    "coordinator"): the person takes the sectors of their employer, and the description stands
    for no organisation or country ("the director of the Lusaka-based group")."""
    a = state.nouns[m.head]
    st = state.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
    return st is not None and st[0].type == "person" and not st[0].sectors


def label_referent(state: ArticleState, m: Phrase) -> bool:
    """A framing label that names its referent ("the Zionist regime"); said of a named party
    ("Israel, the cruel terrorist state", "called Russia a terrorist state", "recognised the
    Taliban as the legitimate government") it denotes that party, whichever the lexicon gives."""
    for fa in frames_in(state, m):
        ft = state.d.framing_forms.get(fa.key)
        if ft is not None and ft.refers_to:
            referent = described_party(state, m) or named_country_label(state, m, ft) \
                or sole_member(state, m, framing_referent(state, ft))
            if referent is not None:
                m.actor = referent
                m.confidence = state.conf.sure
                return True
            key = f"group:{ft.refers_to.strip()}"
            if ft.shared or (key in state.d.groups and not group_named(state, key, ft.conflict)):
                # a group label, or one several conflicts' parties use, in a story that names
                # none of its parties ("the resistance" of Myanmar's protesters, "occupation
                # forces" in Goma): no actor, rather than a guess from the words around it
                m.actor, m.confidence = None, state.conf.weak
                return True
    return False




def described_party(state: ArticleState, m: Phrase) -> str | None:
    """The actor of the party a description is said of (``syntax.described_noun``), when a name
    of it is read: a label is no second party of its own there."""
    party = described_noun(state.doc[m.head])
    if party is None or party.i == m.head:
        return None
    said_of = next((p for p in state.mentions if p.head == party.i and p.kind != "compound" and p.actor), None)
    return said_of.actor if said_of is not None and state.names[party.i] is not None else None


def organisation_people(state: ArticleState, m: Phrase, sectors: tuple[str, ...], representative: bool) -> bool:
    """"Hamas leaders", "Hezbollah guerrillas", "Red Cross officials": people of an
    organisation stand for it (an organisation that is itself part of the phrase's possessor
    is not meant). True when ``m`` is read so."""
    for i in range(m.start, m.head):
        a = state.names[i]
        if a is not None and patron(state, a):
            continue  # "Hezbollah-allied lawmakers" are not Hezbollah's
        if a is not None and accredited_to(state, m, a):
            continue  # "Kenya's U.N. ambassador": Kenya's envoy to the U.N., not the U.N.'s
        if a is not None and a.table == "organisation" and person_noun(state, m) and not (
            representative or set(sectors) & set(state.d.organisations[a.ref].sectors)
        ):
            continue  # "a Kremlin critic" is not the Kremlin; "U.N. helicopters" are the U.N.'s
        if a is not None and a.table == "organisation" and body_noun(state, m) and not indefinite(state, m):
            owner = state.d.organisations[a.ref]
            after = controlled_from(state, a.end, m.head)
            if after is not None:  # "the Hamas-run health ministry": the body of Hamas's country
                m.actor = body_actor(state, replace(m, start=after), owner.country, None)
                return True
            # "the UN human rights monitoring mission": a body of the organisation
            m.actor = body_actor(state, m, None, owner)
            return True
        if a is not None and a.table == "organisation" and state.d.organisations[a.ref].type != "state_body":
            office = state.reg.office_body(state.d.organisations[a.ref].country, sectors)
            if office is not None:  # "Hamas health authorities": the health ministry Hamas runs
                m.actor = state.reg.org(office)
                return True
        if a is not None and a.table == "organisation":
            te = state.d.title_forms.get(m.term) if m.kind == "title" else None
            holder = state.d.org_office_holder(te.role, a.ref, state.pd.article.published) \
                if te and not indefinite(state, m) else None
            # "the UN Secretary-General": the holder; "Hamas fighters", "a Kremlin spokesman": the body;
            # "the Taliban foreign ministry spokesperson" after "spokesperson Abdul Karim Nouri": Nouri
            m.actor = state.reg.person(holder.id) if holder is not None else \
                named_post_holder(state, m, te or state.d.title_forms.get(state.doc[m.head].lower_), a.ref) \
                or named_child(state, m, a.ref) or state.reg.org(a.ref)
            return True
        if a is not None and a.cat == "E" and a.key == "ORG":
            inner = state.by_head.get(state.doc[a.start:a.end].root.i)
            if inner is None:
                inner = Phrase(a.start, a.end, state.doc[a.start:a.end].root.i, "name", "ORG", atom=a)
            read(state, inner)
            if inner.actor:
                m.actor = inner.actor
                return True
    return False


_COUNTRY_TABLES = frozenset(COUNTRY_TABLES) - {"place"}  # a state sends envoys; a region named as a place does not


def accredited_to(state: ArticleState, m: Phrase, a: Atom) -> bool:
    """The organisation ``a`` is an international one a country's envoy is sent to: the phrase's head is one of
    ``accredited_nouns`` and a country owns it before the organisation ("Kenya's U.N. ambassador", "the Kenyan UN
    mission"): the country's envoy, not the organisation's."""
    if a.table != "organisation" or state.d.organisations[a.ref].type != "igo" \
            or state.doc[m.head].lower_ not in state.rules.accredited_nouns:
        return False
    return any(b is not None and b.table in _COUNTRY_TABLES for b in state.names[m.start:a.start])


def controlled_from(state: ArticleState, end: int, head: int) -> int | None:
    """Where a body's own words start after a control descriptor ("Hamas-run health
    ministry": after "-run"), or None when the name at ``end`` is not followed by one."""
    doc = state.doc
    i = end
    if i < head and doc[i].text in ("-", "\u2011"):
        i += 1
    if i < head and doc[i].lower_ in state.rules.control_descriptors:
        return i + 1
    return None


def owner_country(state: ArticleState, m: Phrase) -> tuple[list[str], bool]:
    """The country of a person who owns the phrase ("the Bush administration"), or of an
    organisation that possesses it ("the Kremlin's war machine"), and whether the owner is
    someone whose country is unknown."""
    for i in range(m.start, m.head):
        a = state.names[i]
        if a is not None and a.table == "organisation" and state.doc[a.start:a.end].root.dep_ == "poss":
            owner = state.d.organisations.get(a.ref)
            if owner is not None and owner.country and not patron(state, a):
                return [owner.country], False
            continue
        if a is None or not (a.table == "person" or (a.cat == "E" and a.key == "PERSON")):
            continue
        pa = state.reg.actors.get(state.reg.person(a.ref)) if a.table == "person" and a.ref in state.d.people else None
        if pa is not None and pa.country:
            return [pa.country], False
        return [], True
    return [], False


def complement_country(state: ArticleState, m: Phrase, sectors: tuple[str, ...], representative: bool) -> list[str] | None:
    """Read the phrase from its of/in complement: None when that names its actor ("officials
    of X"), else the complement's country, if any."""
    if len(m.comp_members) >= 2:
        complement_compound(state, m, sectors)
        return None
    c = m.complement
    assert c is not None
    read(state, c)
    ca = state.reg.actors.get(c.actor or "")
    if ca is not None:
        if representative and (ca.type in ("organisation", "group") or (
            ca.type == "person" and state.doc[m.head].lower_ in state.rules.spokesperson_nouns
        )):
            m.actor = ca.id  # "officials of X", "a spokesman for X": X
            m.end = max(m.end, c.end)
            return None
        if ca.country:
            m.end = max(m.end, c.end)
            return [ca.country]
    return []


def read_nominal_of(state: ArticleState, m: Phrase, country: str | None, sectors: tuple[str, ...], unknown_owner: bool) -> None:
    """The reading of a noun phrase once its country (if any) is known."""
    if m.kind == "title":
        te = state.d.title_forms.get(m.term)
        if country:
            title = state.nouns[m.head]  # "the Ruritanian shadow foreign minister" holds no office
            shadow = title is not None and shadow_title(state, m, title)
            m.actor = (None if shadow else office(state, te, country) or named_holder(state, m, te, country)) \
                or state.reg.sector(country, sectors or ("GOV",))
            m.confidence = state.conf.likely
        else:
            m.pending = "title"
        return
    if m.kind == "honorific":
        m.pending = "honorific"
        return
    body = body_noun(state, m) and not indefinite(state, m)
    if country:
        # "Japan's foreign ministry", "the Russian embassy": a body of that state
        m.actor = body_actor(state, m, country, None) if body else state.reg.sector(country, sectors)
        return
    if unknown_owner:
        m.actor = None  # someone's administration, but whose country we do not know
        m.confidence = state.conf.weak
        return
    fallback = ""
    if m.term in state.d.anaphors and m.definite:
        fallback = "anaphor"
    elif "CVL" in sectors:
        fallback = "civilian"
    elif sectors and sectors != ("GOV",):
        fallback = "sector"
    if m.kind == "nominal" and m.definite and not m.plural and (body or describes_body(state, m)):
        # "the emergency service", "The Defence Ministry", "the headquarters": a body named before
        m.pending, m.fallback = "description", fallback
        return
    if fallback:
        m.pending = fallback
        return
    m.actor = None  # "a regime", "officials": no referent to be had
    m.confidence = state.conf.weak


def person_noun(state: ArticleState, m: Phrase) -> bool:
    """Is the head a noun for people (a sector noun of type person or group)?"""
    a = state.nouns[m.head]
    if a is None or a.cat != CAT_SECTOR:
        return False
    st = state.d.sector_nouns.get(a.key)
    return st is not None and st[0].type in ("person", "group")


def frames_in(state: ArticleState, m: Phrase) -> list[Atom]:
    out: list[Atom] = []
    for i in range(m.start, m.end):
        a = state.frames[i]
        if a is not None and a not in out:
            out.append(a)
    return out


def role_in_group(state: ArticleState, m: Phrase) -> tuple[str, ...]:
    """A person named by their place in a group takes the group's sectors: a sector noun before
    the head or in its "of" phrase ("a rebel leader", "a gang member", "the leader of the
    rebel group")."""
    head = state.doc[m.head]
    if head.lemma_.lower() not in state.rules.group_role_nouns:
        return ()
    words = [t.i for t in state.doc[m.start:m.head]]
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [t.i for obj in prep.children if obj.dep_ == "pobj" for t in obj.subtree]
    for i in words:
        a = state.nouns[i]
        st = state.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
        if st is not None and not a.start <= m.head < a.end:  # not the head's own noun
            return st[0].sectors
    return ()


def head_sectors(state: ArticleState, m: Phrase) -> tuple[str, ...]:
    a = state.nouns[m.head]
    if a is not None:
        if a.cat == CAT_SECTOR:
            st = state.d.sector_nouns.get(a.key)
            if st is not None:
                return st[0].sectors
        if a.cat == CAT_TITLE:
            te = state.d.title_forms.get(a.key)
            if te is not None:
                return ("OPP",) if shadow_title(state, m, a) else te.sectors
        if a.cat == CAT_ANAPHOR:
            an = state.d.anaphors.get(a.key)
            if an is not None and an.sectors:
                return an.sectors
    f = state.frames[m.head]
    if f is not None:
        ft = state.d.framing_forms.get(f.key)
        if ft is not None and ft.sector:
            return (ft.sector,)
    return ()






def office(state: ArticleState, te: TitleEntry | None, country: str) -> str | None:
    if te is None or te.kind != "office":
        return None
    p = state.d.office_holder(te.role, country, state.pd.article.published)
    if p is None:
        return None
    aid = state.reg.person(p.id)
    state.reg.add_role(aid, te.role)
    return aid


def named_holder(state: ArticleState, m: Phrase, te: TitleEntry | None, country: str) -> str | None:
    """The person named before with this office of this country, for a definite title the
    dictionary knows no holder of: "Malawian Vice President Saulos Chilima ... The Malawian
    vice president said" (a rank such as "minister" has many holders and points back to none)."""
    if te is None or te.kind != "office" or not m.definite or m.plural:
        return None
    for x in reversed(state.mentions):
        if x.start >= m.start or not x.actor or state.reg.kind_of(x.actor) != "person":
            continue
        a = state.reg.actors.get(x.actor)
        if a is not None and a.country in (country, None) \
                and any(role_matches(te.role, r) for r in state.reg.roles.get(x.actor, ())):
            return x.actor
    return None


def per_country_mentions(state: ArticleState, m: Phrase, sectors: tuple[str, ...]) -> None:
    for a in country_modifiers(state, m):
        same = [x for x in state.mentions if x.start == a.start and x.end == a.end and x is not m]
        if same:
            for x in same:
                x.actor, x.read, x.pending = state.reg.sector(a.ref, sectors), True, ""
            continue
        sub = Phrase(a.start, a.end, state.doc[a.start:a.end].root.i, "demonym", "NORP", atom=a)
        sub.actor = state.reg.sector(a.ref, sectors)
        sub.sentence = m.sentence
        sub.confidence = state.conf.likely
        state.mentions.append(sub)


def read_compound(state: ArticleState, m: Phrase) -> None:
    for g in m.members:
        read(state, g)
    # "Sierra Leonean and Liberian refugees": a bare demonym shares the noun of its partner; a
    # people named in the plural is its own ("11 Palestinians and two Egyptian border guards")
    nouns = [g for g in m.members if g.kind in ("nominal", "title") and g.sectors and g.actor]
    for g in m.members:
        a = g.atom
        if nouns and g.kind == "demonym" and a is not None and a.table in ("demonym", "adjective") and g.end == a.end \
                and state.doc[a.end - 1].tag_ not in ("NNS", "NNPS"):
            g.actor = state.reg.sector(a.ref, nouns[0].sectors)
    if any(g.pending for g in m.members):
        m.pending = "compound"
        return
    finish_compound(state, m)


def finish_compound(state: ArticleState, m: Phrase) -> None:
    one = described_person(state, m) or post_holder(state, m)
    if one is not None:  # "social worker and activist Ryan Febrianto": one person, two roles
        m.actor = one
        return
    alias = acronym_alias(state, m)
    if alias is not None:  # "the Department of State Services, or DSS": one body, two names
        m.actor = alias
        return
    ids = list(dict.fromkeys(g.actor for g in m.members))
    if None in ids or not ids:
        m.actor = None  # a member we cannot name: the whole is not named either
        m.confidence = state.conf.weak
        return
    real = [i for i in ids if i]
    if len(real) == 1:
        m.actor = real[0]
        return
    secs = [state.reg.actors[i].sectors for i in real]
    common = tuple(x for x in secs[0] if all(x in y for y in secs[1:]))
    m.actor = state.reg.compound(real, common)


def acronym_alias(state: ArticleState, m: Phrase) -> str | None:
    """The one body a name and its abbreviation after ", or" name ("Somalia's National
    Intelligence and Security Agency, or NISA"; "Ukraine's Security Service, or SBU"): a name of
    two capitalised words or more, then one word of capitals. Its actor is the one the dictionary
    knows, else the full name's. Two bodies stay two ("Russia, or NATO"; "the army, or the RSF")."""
    if len(m.members) != 2:
        return None
    full, short = m.members
    if not or_short_name(state, full, short) or full.actor is None:
        return None
    if short.actor is not None and known(state, short.actor) and not known(state, full.actor):
        return short.actor
    return full.actor


def known(state: ArticleState, aid: str) -> bool:
    a = state.reg.actors.get(aid)
    return a is not None and a.source == "dictionary"


def described_person(state: ArticleState, m: Phrase) -> str | None:
    """The person a coordination of singular role nouns before a name describes, under one
    determiner at most ("Jakarta-based social worker and activist Ryan Febrianto", "the nurse and
    activist X"): one person, not a compound of a sector and the person. A determiner of its own
    or a plural makes another party ("the nurse and the activist X", "doctors and activist X")."""
    *described, last = m.members
    doc = state.doc
    if not described or state.reg.kind_of(last.actor) != "person" or doc[last.head].pos_ != "PROPN" \
            or any(t.pos_ == "DET" for t in doc[last.start:last.head]):
        return None
    for n, g in enumerate(described):
        head, a = doc[g.head], g.atom
        entry = state.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
        if g.kind != "nominal" or head.tag_ != "NN" or (n and any(t.pos_ == "DET" for t in doc[g.start:g.head])) \
                or entry is None or entry[0].type != "person":
            return None  # "Police and activist X": a body and a person
    return last.actor


def complement_compound(state: ArticleState, m: Phrase, sectors: tuple[str, ...]) -> None:
    """"the leaders of the United States, Germany, France and Britain"."""
    sectors = sectors or ("GOV",)
    members: list[str] = []
    for g in m.comp_members:
        read(state, g)
        a = g.atom
        if a is not None and a.table in COUNTRY_TABLES:
            members.append(state.reg.sector(a.ref, sectors))
        elif g.actor:
            members.append(g.actor)
        else:
            m.actor = None  # "the people of Europe and America": a member we cannot name
            m.confidence = state.conf.weak
            return
    m.end = max(m.end, *(g.end for g in m.comp_members))
    m.actor = state.reg.compound(list(dict.fromkeys(members)), sectors)
    m.kind = "compound"


def focus_country(state: ArticleState) -> str | None:
    counts: Counter[str] = Counter()
    for m in state.mentions:
        a = state.reg.actors.get(m.actor or "")
        if a is not None and a.country and a.type in ("state", "person", "country"):
            counts[a.country] += 1
    return counts.most_common(1)[0][0] if counts else None
