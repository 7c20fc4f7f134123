"""Atoms: dictionary names, sector nouns, titles, anaphors and framing terms found by
the phrase matcher, reconciled with spaCy's entities; names in scare quotes.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .alias_context import context_countries, named_by_context
from .longer_names import longer_proper_names
from .nicknames import nicknamed_names
from .phrases import frame_names_actor, joined_by_hyphen
from .quoted_names import speaker_slot_names
from .ranked import ranked_names
from .role_names import person_after_role, person_by_who
from .state import ArticleState
from .titled_names import name_after_title, names_after_title_nouns
from .types import (
    ACTOR_LABELS,
    CAT_ANAPHOR,
    CAT_FRAME,
    CAT_NAME,
    CAT_SECTOR,
    CAT_TITLE,
    COUNTRY_TABLES,
    NATIONAL_KINDS,
    QUOTE_CHARS,
    SCARE,
    Atom,
    longest,
    name_priority,
    noun_priority,
)

# a clock time: "14:10", "9.30", "03:00"; in four digits, "0100"
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")
MILITARY_CLOCK = re.compile(r"[0-2]\d[0-5]\d")


def atoms(state: ArticleState) -> None:
    doc = state.doc
    by_cat: dict[str, list[Atom]] = {}
    for match_id, start, end in state.m(state.pd.tokens):
        cat, key = state.m.labels[match_id]
        if cat == CAT_NAME:
            text = doc[start:end].text
            refs = state.d.surfaces.get(key, [])
            if not refs or not case_ok(state, text, key):
                continue
            for ref in refs:
                if ref.table == "person" and end - start == 1 and doc[start].is_sent_start and doc[start].tag_ == "JJ":
                    continue  # "Gallant troops ...": an adjective capitalised to open a sentence, no surname
                by_cat.setdefault(cat, []).append(Atom(start, end, cat, key, table=ref.table, ref=ref.key))
        else:
            by_cat.setdefault(cat, []).append(Atom(start, end, cat, key))
    nouns = longest(by_cat.get(CAT_SECTOR, []) + by_cat.get(CAT_TITLE, []) + by_cat.get(CAT_ANAPHOR, []),
                     prefer=noun_priority)
    nouns = [a for a in nouns if not surname_title(state, a)]
    for a in nouns:
        for i in range(a.start, a.end):
            state.nouns[i] = a
    frames = by_cat.get(CAT_FRAME, [])
    for a in longest(frames, prefer=lambda a: 0):
        for i in range(a.start, a.end):
            state.frames[i] = a
    # every lexicon term gets a mark, overlapping ones too, but not one inside another
    state.all_frames = sorted(
        (a for a in frames
         if not any(b is not a and b.start <= a.start and a.end <= b.end and (b.end - b.start) > (a.end - a.start)
                    for b in frames)),
        key=lambda a: (a.start, a.end))
    names = gate_ambiguous_orgs(state, by_cat.get(CAT_NAME, []))
    names = drop_coordinations(state, names)
    state.raw_countries = [a for a in names if a.table == "country"]
    pre = Counter(a.ref for a in names if a.table in COUNTRY_TABLES and one_country(state, a.key))
    preferred = state.rules.preferred_readings
    names = longest(names, prefer=lambda a: (name_priority(a), -pre[a.ref], preferred.get(a.key, a.ref) != a.ref))
    state.named_refs = {a.ref for a in names}
    state.evidence = Counter(a.ref for a in names if a.table in ("country", "demonym", "adjective", "place"))
    names = longer_proper_names(state, names)
    names = names + unlabelled_organisations(state, names)
    names = with_entities(state, names)
    for a in names:
        for i in range(a.start, a.end):
            state.names[i] = a


def surname_title(state: ArticleState, a: Atom) -> bool:
    """A title word that ends a person's name after a given name is a surname: "Bill Bishop",
    "Martin Luther King" (English titles come before the name: "Bishop Desmond Tutu")."""
    doc = state.doc
    last = doc[a.end - 1]
    if a.end - a.start != 1 or last.ent_type_ != "PERSON" or last.ent_iob_ == "B" or not last.is_title:
        return False
    if a.end < len(doc) and doc[a.end].ent_iob_ == "I":
        return False  # the name goes on after the title
    before = doc[a.start - 1]
    return before.pos_ == "PROPN" and before.is_title and before.ent_type_ == "PERSON"


def unlabelled_organisations(state: ArticleState, names: list[Atom]) -> list[Atom]:
    """Capitalised names of organisations that the entity recogniser missed: a head noun
    such as "Headquarters", "Council" or "Service" with capitalised words before it and
    "of"/"for" complements after it ("the Coordination Headquarters for the Treatment of
    Prisoners of War"). A name made only of common actor nouns ("the Defence Ministry") is
    left to be read as a description."""
    doc = state.doc
    taken = {i for a in names for i in range(a.start, a.end)}
    heads = state.rules.organisation_heads
    out: list[Atom] = []
    for tok in state.pd.tokens:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title or tok.lower_ not in heads:
            continue
        start = tok.i
        while start > 0 and (start - 1) not in taken and doc[start - 1].is_title and doc[start - 1].is_alpha \
                and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and doc[start - 1].head.i >= start:
            start -= 1
        end = tok.i + 1
        while end + 1 < state.n and doc[end].lower_ in ("of", "for"):
            j = end + 1
            if doc[j].lower_ == "the" and j + 1 < state.n:
                j += 1
            k = j
            while k < state.n and k not in taken and doc[k].is_title and doc[k].is_alpha:
                k += 1
            if k == j:
                break
            end = k
        content = [t for t in doc[start:end] if t.is_title]
        if len(content) < 2 or (end <= tok.i + 1 and all_common(state, start, tok.i + 1, [])):
            continue
        if any(i in taken for i in range(start, end)):
            continue
        out.append(Atom(start, end, "E", "ORG", ner="ORG"))
        taken.update(range(start, end))
    return out


def one_country(state: ArticleState, key: str) -> bool:
    return len({r.key for r in state.d.surfaces.get(key, []) if r.table in COUNTRY_TABLES}) == 1


def drop_coordinations(state: ArticleState, atoms: list[Atom]) -> list[Atom]:
    """A group named as a plain list of countries ("the United States and Britain", "US and
    British") is read as the coordination it is, so each country keeps its own mention."""
    covered: set[int] = set()
    for a in atoms:
        if a.table in COUNTRY_TABLES:
            covered.update(range(a.start, a.end))
    out = []
    for a in atoms:
        if a.table == "group" and any(t.dep_ == "cc" or t.lower_ in ("and", "&") for t in state.doc[a.start:a.end]):
            rest = [t for t in state.doc[a.start:a.end] if not (t.is_punct or t.lower_ in ("and", "&", "the"))]
            if rest and all(t.i in covered for t in rest):
                continue
        out.append(a)
    return out


def gate_ambiguous_orgs(state: ArticleState, atoms: list[Atom]) -> list[Atom]:
    """An ambiguous alias ("Aerospace Force") names the organisation only when its country is
    named somewhere in the article."""
    state.countries_named = {a.ref for a in atoms if a.table in COUNTRY_TABLES}
    state.context_countries = context_countries(state, atoms)
    if not state.d.ambiguous_org_forms:
        return atoms
    # a name written once after a country's word is that country's body at every mention
    owned = {a.key for a in atoms if a.table == "organisation" and after_country_word(state, a, atoms)}
    return [a for a in atoms if not (a.table == "organisation" and a.key not in owned
                                     and gated_org(state, a.key, a.ref))]


def gated_org(state: ArticleState, key: str, ref: str) -> bool:
    """An ambiguous alias of an organisation whose country the article does not name."""
    if ref not in state.d.ambiguous_org_forms.get(key, ()):
        return False
    org = state.d.organisations.get(ref)
    return org is not None and bool(org.country) and org.country not in state.countries_named \
        and not named_by_context(state, org.country)


def after_country_word(state: ArticleState, a: Atom, atoms: list[Atom]) -> bool:
    """A party's or state body's name right after a country's word ("Canada's Liberal Party",
    "the Thai House of Representatives"): whose body it is is written, whatever the alias
    (see readings.foreign_namesake)."""
    org = state.d.organisations.get(a.ref)
    if org is None or org.type not in NATIONAL_KINDS:
        return False
    doc = state.doc
    end = a.start - 1 if a.start > 0 and doc[a.start - 1].tag_ == "POS" else a.start
    return any(c.end == end and c.table in COUNTRY_TABLES for c in atoms)


def case_ok(state: ArticleState, text: str, key: str) -> bool:
    """Names match case-insensitively only where that is safe: never 'us' for 'US'."""
    t = text.replace("’", "'")
    originals = state.d.originals.get(key, set())
    if t in originals:
        return True
    if not t[:1].isupper() and not _particle_name(state, t):
        return False
    for o in originals:
        letters = [c for c in o if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            continue  # an acronym: exact case only
        if o.lower() == t.lower():
            return True
    return False


def _particle_name(state: ArticleState, text: str) -> bool:
    """A name that begins with a lower-case particle and a hyphen ("al-Shabab", "el-Sisi")."""
    particle, dash, rest = text.partition("-")
    return bool(dash) and particle in state.rules.name_particles and rest[:1].isupper()


def _possessed_surname(ent: SpacySpan, people: Collection[str]) -> list[tuple[int, int, str]]:
    """An organisation's entity that ends in its possessive and one word that is the surname of a
    person the article names in full ("Cornell's Casanova" after "Lourdes Casanova"): the
    organisation, then the person; else the entity as it is."""
    if ent.label_ != "ORG" or len(ent) < 3 or ent[-2].tag_ != "POS" or ent[-1].text not in people:
        return [(ent.start, ent.end, ent.label_)]
    return [(ent.start, ent.end - 2, "ORG"), (ent.end - 1, ent.end, "PERSON")]


def with_entities(state: ArticleState, names: list[Atom]) -> list[Atom]:
    """Reconcile dictionary names with spaCy's entities; entities no name covers become atoms."""
    placed = _Placed(names, state.n)
    people = {ent[-1].text for ent in state.pd.entities if ent.label_ == "PERSON" and len(ent) > 1}
    for k, e in nicknamed_names(state):  # before the given name's entity takes its token
        place_entity(state, placed, k, e, "PERSON")
    for ent in state.pd.entities:
        if ent.label_ in ACTOR_LABELS and not (len(ent) == 1 and clock_zone(ent[0])):  # "14:10 GMT": a time
            for s, e, label in _possessed_surname(ent, people):
                place_entity(state, placed, s, e, label)
    for i in missed_surnames(state):
        if placed.at[i] is None:
            place_entity(state, placed, i, i + 1, "PERSON")
    for k, e in ranked_names(state) + names_after_title_nouns(state, placed.at):
        placed.drop([a for a in placed.touching(k, e) if a.cat == "E"])
        place_entity(state, placed, k, e, "PERSON")
    for k, e in speaker_slot_names(state, placed.at):  # '“We have no water,” Amina Diallo said'
        placed.drop(placed.touching(k, e))
        place_entity(state, placed, k, e, "PERSON")
    for i in initials(state, placed):
        placed.drop([a for a in (placed.at[i],) if a is not None])
        place_entity(state, placed, i, i + 2, "PERSON")
    placed.drop(named_facilities(state, placed))
    for a in named_sites(state, placed):
        placed.drop([a])
        placed.add(replace(a, key="ORG", ner="ORG"))
    return [x for x in names + placed.added if id(x) not in placed.removed]


def named_sites(state: ArticleState, placed: _Placed) -> list[Atom]:
    """Persons' names of the recogniser that end in a noun of a site that also acts (``site_nouns``)
    written with a capital ("Nasser Hospital", "Hamad bin Khalifa University", "Omar Bin
    Abdulaziz Mosque"): an institution named after someone, read as an organisation."""
    return [a for a in _people(placed) if a.cat == "E" and _ends_in(state, a, state.rules.site_nouns)]


def named_facilities(state: ArticleState, placed: _Placed) -> list[Atom]:
    """Persons' names that name a place or a structure (``facility_nouns``): ending in such a
    noun written with a capital ("the Mohammed bin Zayed Stadium"), followed by one so written
    ("Nelson Mandela Square"), or the modifier of one ("JFK airport")."""
    doc, nouns = state.doc, state.rules.facility_nouns
    out: list[Atom] = []
    for a in _people(placed):
        if _ends_in(state, a, nouns):
            out.append(a)
        elif a.end < state.n and doc[a.end].lower_ in nouns and (
                doc[a.end].is_title or doc[a.start:a.end].root.head.i == a.end):
            out.append(a)
    return out


def _people(placed: _Placed) -> list[Atom]:
    """The distinct placed atoms of people: dictionary persons and the recogniser's."""
    return [a for a in {id(x): x for x in placed.at if x is not None}.values()
            if a.table == "person" or (a.cat == "E" and a.key == "PERSON")]


def _ends_in(state: ArticleState, a: Atom, nouns: Collection[str]) -> bool:
    """A name of more than one word whose last word, written with a capital, is one of ``nouns``."""
    last = state.doc[a.end - 1]
    return a.end - a.start > 1 and last.is_title and last.lower_ in nouns


def initials(state: ArticleState, placed: _Placed) -> list[int]:
    """Abbreviations that are a person's initials: a name of two or three capitals ("WB", "JK")
    the parser hangs on a capitalised word after it that no name, title or entity covers, with
    nothing capitalised after that ("Ireland's WB Yeats once lamented": not the World Bank;
    but "the EU Commission", an entity, and "the UN Security Council", a name, stand)."""
    doc = state.pd.tokens
    out: list[int] = []
    for tok in doc[:-1]:
        a, nxt = placed.at[tok.i], doc[tok.i + 1]
        if a is None or a.start != tok.i or a.end != tok.i + 1 or not (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 3):
            continue
        if tok.dep_ != "compound" or tok.head.i != nxt.i or nxt.pos_ != "PROPN" or not nxt.is_title or len(nxt) < 3:
            continue
        if placed.at[nxt.i] is not None or state.nouns[nxt.i] is not None or nxt.ent_type_ not in ("", "PERSON"):
            continue
        after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if after is None or not (after.is_title and after.pos_ == "PROPN"):
            out.append(tok.i)
    return out


# entity labels of no actor and no place: a surname the recogniser gave one of them is still a
# surname; so is a word of letters it read as a number or a time ("Mmolotsi, however, says":
# DATE)
NOT_ACTOR_ENTITIES = frozenset({"", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "DATE", "TIME",
                                "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})


def missed_surnames(state: ArticleState) -> list[int]:
    """Tokens the entity recogniser left unlabelled, or labelled as no kind of actor or place
    (a work of art, a product, an event: "..., Risch told Politico"), that repeat the surname of a
    person it labelled before ("Senator James Risch said ... Risch said"): the same person again."""
    seen: set[str] = set()
    out: list[int] = []
    ents = iter(e for e in state.pd.entities if e.label_ == "PERSON" and len(e) >= 2)
    nxt = next(ents, None)
    for tok in state.pd.tokens:
        while nxt is not None and nxt.end <= tok.i:
            last = nxt[-1]
            if last.is_title and last.is_alpha and len(last.text) > 2:
                seen.add(last.text)
            nxt = next(ents, None)
        if tok.text in seen and tok.ent_type_ in NOT_ACTOR_ENTITIES and tok.pos_ == "PROPN":
            out.append(tok.i)
    return out


def clock_zone(tok: Token) -> bool:
    """A word of capitals right after a clock time ("14:10 GMT", "0100 GMT", "9 a.m. EST"): the
    time's zone."""
    if tok.i == 0 or not (tok.is_alpha and tok.is_upper and 2 <= len(tok) <= 5):
        return False
    prev = tok.doc[tok.i - 1].lower_
    if MILITARY_CLOCK.fullmatch(prev):  # "(0100 GMT)", "at 0100 GMT"; not a year: "2020 BBC staff"
        return tok.i >= 2 and tok.doc[tok.i - 2].lower_ in ("(", "at")
    return CLOCK.fullmatch(prev) is not None or prev in ("a.m.", "p.m.")


def place_entity(state: ArticleState, placed: _Placed, s: int, e: int, ent_label: str) -> None:
    """One entity against the names placed so far: it labels them, replaces them, becomes an
    atom of its own, or is left out."""
    doc = state.doc
    while s < e - 1 and doc[s].pos_ in ("ADV", "ADP", "CCONJ", "PUNCT", "DET"):
        s += 1
    if doc[s].lower_ in state.rules.non_actor_first_words:
        return  # "Operation Al-Aqsa Flood": an event's name, not an actor
    inside = placed.touching(s, e)
    if not inside and not any(t.is_alpha and t.text[:1].isupper() for t in doc[s:e]):
        return  # "hiding in the bush": a name is written with a capital somewhere
    if any(x.start < s or x.end > e for x in inside):
        return  # a dictionary name crosses the entity's edge: the name wins
    s = _first_names_before(state, inside, s, e, ent_label)  # "Olajide Idris": not the known Idris
    if any(x.start == s and x.end == e for x in inside):
        for x in inside:
            x.ner = ent_label
        return
    label = _entity_label(state, inside, s, e, ent_label)
    titled = name_after_title(state, inside, s, e) if label == "PERSON" else None
    if titled is not None:  # "Kremlin Spokesperson Igor Malakhov": the name after the title
        s, inside = titled, []
    if inside and label == "PERSON":
        kept = person_entity(state, placed, inside, s, e)
        if kept is None:
            return
        inside = kept
    inner: list[Atom] = []
    if inside:
        found = entity_over_names(state, inside, s, e, label)
        if found is None:
            return
        s, inner = found
        placed.drop(inner)
    elif all_common(state, s, e, []) or capital_by_position(state, s, e):
        return
    if any(placed.at[i] is not None for i in range(s, e)):
        return
    atom = Atom(s, e, "E", label, ner=label)
    atom.ref = ",".join(f"{x.table}={x.ref}" for x in inner)
    placed.add(atom)


def _entity_label(state: ArticleState, inside: list[Atom], s: int, e: int, ent_label: str) -> str:
    """The entity's label, or PERSON when the names inside it show a person's name."""
    if inside and ent_label == "ORG" and first_name_before(state, s, inside):
        return "PERSON"  # "Denzel Washington": a first name before an ambiguous name
    if not inside and ent_label == "ORG" and (person_after_role(state, s, e) or person_by_who(state, s, e)):
        return "PERSON"  # "human rights lawyer Zeynep Arslan", "Wanida Chaiyaporn, who heads ...": a person
    if len(inside) == 1 and inside[0].table == "person" and inside[0].start == s and ent_label != "PERSON" \
            and name_goes_on(state, inside[0], e):
        return "PERSON"  # "Hadi Rudyatmo" read as a place: a known one's name, then another's surname
    return ent_label


def person_entity(state: ArticleState, placed: _Placed, inside: list[Atom], s: int, e: int) -> list[Atom] | None:
    """A PERSON entity over dictionary names: the names give way to the person's name (an
    empty list), or the entity is left out (None)."""
    if len(inside) == 1 and inside[0].table == "person" and (
        name_goes_on(state, inside[0], e) or other_first_name(state, inside[0], s)
    ):
        # "Father Petro Sas": a first name, then someone else's surname;
        # "Pieter Claes": someone else's first name before a known surname
        placed.drop(inside)
        inside = []
    elif not all(x.table in COUNTRY_TABLES for x in inside):
        return None
    if all(x.table in ("demonym", "adjective") for x in inside) and state.doc[e - 1].tag_ in ("NNS", "NNPS"):
        return None  # "Bosnian Serbs": a people, not a person's name
    # "Michael Jordan", "George Washington", "Israel Katz": a person's name
    placed.drop(inside)
    return []


def entity_over_names(state: ArticleState, inside: list[Atom], s: int, e: int, label: str) -> tuple[int, list[Atom]] | None:
    """An entity holding dictionary names: its start and the names it replaces, or None when
    the names stand (labelled with the entity's label when one covers it exactly)."""
    doc = state.doc
    first = inside[0]
    if first.start == s and first.end < e and doc[first.end].tag_ == "POS":
        s = first.end + 1  # "Iran's Islamic Revolution Guard": the possessor is its own name
        inside = [x for x in inside if x.start >= s]
    if s >= e:
        return None
    lead = [t for t in doc[s:first.start] if t.lower_ not in ("the", "a", "an")]
    if len(inside) == 1 and first.end == e and lead and all(t.lower_ in state.rules.creed_words for t in lead):
        return None  # "the Islamist Hayat Tahrir al-Sham": a description before the name, which stands
    exact = [x for x in inside if x.start == s and x.end == e]
    if exact:
        for x in exact:
            x.ner = label
        return None
    if len(inside) >= 2 and all(joined_by_hyphen(state, a, b) for a, b in pairwise(inside)):
        return None  # "the Ethiopia-Eritrea war" read as one organisation: the names stand, each its own
    if all_common(state, s, e, inside):
        return None  # "the Iranian Armed Forces": common nouns, read as a noun phrase
    if inside and label in ("GPE", "LOC", "NORP"):
        return None
    return s, inside


def name_goes_on(state: ArticleState, a: Atom, e: int) -> bool:
    """A person's name in the dictionary followed, inside one PERSON entity, by another name."""
    return any(t.pos_ == "PROPN" and t.tag_ != "POS" for t in state.doc[a.end:e])


def _first_names_before(state: ArticleState, inside: list[Atom], s: int, e: int, label: str) -> int:
    """Where a PERSON entity that is a known person's name alone starts when the parser hangs
    first names that are none of that person's on it ("Dr. Olajide Idris" with only "Idris" an
    entity, not Kamil Idris): at those names; else ``s``."""
    if label != "PERSON" or len(inside) != 1 or inside[0].table != "person" or inside[0].start != s:
        return s
    start = s
    while start > 0 and state.doc[start - 1].dep_ == "compound" and s <= state.doc[start - 1].head.i < e \
            and state.doc[start - 1].is_title and state.doc[start - 1].is_alpha and state.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start if start < s and other_first_name(state, inside[0], start) else s


def other_first_name(state: ArticleState, a: Atom, s: int) -> bool:
    """Proper names before a known person's name, inside one PERSON entity, that are none
    of that person's names: another person with the same surname ("Pieter Claes")."""
    before = [t for t in state.doc[s:a.start]
              if t.pos_ == "PROPN" and t.is_alpha and state.nouns[t.i] is None and state.frames[t.i] is None]
    if not before or a.ref not in state.d.people:
        return False
    known = {w.lower() for n in state.d.people[a.ref].names for w in n.replace(".", " ").split()}
    return not any(t.lower_ in known for t in before)


def first_name_before(state: ArticleState, s: int, inside: list[Atom]) -> bool:
    """[Proper names] + an ambiguous name read as a person's (``coref.yaml`` person_reading)."""
    if len(inside) != 1:
        return False
    a = inside[0]
    amb = state.d.ambiguity.get(a.key)
    if amb is None or not amb.person_reading or a.start <= s:
        return False
    return all(t.pos_ == "PROPN" and state.nouns[t.i] is None for t in state.doc[s:a.start])


def capital_by_position(state: ArticleState, s: int, e: int) -> bool:
    """One common word the recogniser took for a name only because a sentence or a quotation
    starts with it ("“Coordinated airstrikes ...”"): tagged as an adjective, participle or adverb
    (an unknown name is tagged as a noun: "Acmetron spokesman"), and nowhere else in the article
    written with a capital inside a sentence."""
    doc = state.doc
    tok = doc[s]
    if e - s != 1 or tok.pos_ not in ("ADJ", "VERB", "ADV") or not tok.is_alpha:
        return False
    first = tok.is_sent_start or (s > 0 and doc[s - 1].text in QUOTE_CHARS
                                  and (s == 1 or doc[s - 2].is_sent_start or doc[s - 2].is_punct))
    if not first:
        return False
    return not any(t.text == tok.text and not t.is_sent_start and not (t.i > 0 and doc[t.i - 1].text in QUOTE_CHARS)
                   for t in state.pd.tokens if t.i != s)


def all_common(state: ArticleState, s: int, e: int, inside: list[Atom]) -> bool:
    """True when every word of tokens[s:e] is a sector noun, title, demonym or adjective."""
    covered = set()
    for a in inside:
        if a.table in ("demonym", "adjective"):
            covered.update(range(a.start, a.end))
    content = [i for i in range(s, e) if state.doc[i].is_alpha or i in covered]
    if not content:
        return False
    for i in content:
        if i in covered:
            continue
        fa = state.frames[i]
        if fa is not None and frame_names_actor(state, fa):
            continue
        tok = state.doc[i]
        low = tok.lower_
        if low in state.d.sector_nouns or low in state.d.title_forms or low in state.d.anaphors:
            continue
        # multi-word sector nouns ("armed forces")
        two = " ".join(t.lower_ for t in state.doc[i:i + 2])
        prev = " ".join(t.lower_ for t in state.doc[max(i - 1, 0):i + 1])
        if two in state.d.sector_nouns or prev in state.d.sector_nouns or two in state.d.anaphors or prev in state.d.anaphors:
            continue
        return False
    return True


def scare_quotes(state: ArticleState) -> None:
    text = state.pd.text
    doc = state.doc
    for mt in SCARE.finditer(text):
        inner_s, inner_e = mt.start(2), mt.end(2)
        span = doc.char_span(inner_s, inner_e, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        toks = [t for t in span if t.tag_ != "POS" and t.text not in QUOTE_CHARS]
        if not toks or len(toks) > 3:
            continue
        name_tok = [t.i for t in toks if state.names[t.i] is not None]
        if not name_tok:
            continue
        atom = state.names[name_tok[0]]
        assert atom is not None
        if atom.start < toks[0].i or atom.end > toks[-1].i + 1:
            continue  # the quotes cut a name in two: not a quoted name
        state.quoted.append((toks[0].i, toks[-1].i + 1, mt.start(1), mt.end(3)))
        state.quoted_tok.update(range(toks[0].i, toks[-1].i + 1))


class _Placed:
    """The atoms placed on the tokens while entities are reconciled with dictionary names (names
    do not overlap: one atom per token)."""

    def __init__(self, names: list[Atom], n: int) -> None:
        self.at: list[Atom | None] = [None] * n
        for a in names:
            for i in range(a.start, a.end):
                self.at[i] = a
        self.removed: set[int] = set()
        self.added: list[Atom] = []

    def touching(self, s: int, e: int) -> list[Atom]:
        out: list[Atom] = []
        for i in range(s, e):
            x = self.at[i]
            if x is not None and (not out or out[-1] is not x):
                out.append(x)
        return out

    def drop(self, atoms: list[Atom]) -> None:
        for x in atoms:
            self.removed.add(id(x))
            for i in range(x.start, x.end):
                self.at[i] = None

    def add(self, atom: Atom) -> None:
        self.added.append(atom)
        for i in range(atom.start, atom.end):
            self.at[i] = atom
