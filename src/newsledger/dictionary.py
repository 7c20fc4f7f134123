"""The actor dictionary: countries, people, organisations, groups, sector nouns, titles and
framing labels, read once from the packaged data files and merged with user files.

Packaged files live in ``newsledger/data/actors/`` (see the README there for the columns).
Multi-valued fields are ``|``-separated. User files (``Settings.actors_files``) add to or
override the packaged entries: a CSV with the same columns as one of the packaged tables (the
table is told by its header, or else by its file name), or a YAML mapping of table name to a
list of rows, e.g.::

    people:
      - {id: person:jane-doe, name: Jane Doe, country: GBR, sector: GOV, role: foreign minister}
    countries:
      - {code: XKX, name: Kosovo, demonyms: Kosovar|Kosovars, adjectives: Kosovar}

An entry whose key (``code`` for countries, ``id`` for people, organisations and groups,
``term`` for sector nouns, titles and framing labels, ``name`` for places) is already known
replaces the packaged one (for people: all of that person's packaged rows, one per term).

Files owned by the actor stage, beside the shared tables (README.md there):

``extra_titles.csv``  ``term,aliases,role,sectors,gender,kind``: titles and offices. ``kind`` is
    ``office`` (one holder per country at a time, looked up by the article's date), ``rank``
    (many holders at once: no lookup) or ``courtesy`` (a form of address). ``role`` is matched
    against the ``role`` column of people.csv.
``extra_places.csv``  ``name,aliases,country,kind,note``: places below the country level, read as
    the country they lie in (a place, never a government). Disputed places follow the UN position.
``extra_people.csv``  rows added to people.csv (same columns, one row per tenure): earlier office
    holders (heads of state and government, foreign and defence ministers, heads of international
    bodies and of armed groups, from about 1980), and earlier tenures of people in people.csv.
``extra_sectors.csv`` rows added to sectors.csv (same columns; same term replaces).
``extra_framing.csv`` rows added to framing.csv (same columns): loaded terms for acts (``kind``
    ``loaded_term``: a characterisation contested when stated without a source) and euphemisms.
``coref.yaml``        word lists and rules for pronouns, definite descriptions, travel sentences,
    ambiguous names and sector names.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .records import Record

log = logging.getLogger(__name__)

DATA_DIR = ("data", "actors")  # inside the newsledger package

_FALSE = {"", "0", "no", "false", "n", "none"}


def _multi(value: Any) -> tuple[str, ...]:
    """A ``|``-separated field (or a YAML list) as a tuple of stripped, non-empty strings."""
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
    else:
        items = str(value).split("|")
    return tuple(s.strip() for s in items if s and s.strip())


def _prefixed(value: str, prefix: str) -> str:
    """An entry id with its table prefix (``hamas`` → ``org:hamas``); empty stays empty."""
    return value if not value or ":" in value else f"{prefix}:{value}"


def _one(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _sectors(value: Any) -> tuple[str, ...]:
    return tuple(s.upper() for s in _multi(value))


def slug(text: str) -> str:
    """A lower-case, hyphenated form of a name for use in actor ids."""
    out = []
    prev_dash = False
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
            prev_dash = False
        elif not prev_dash:
            out.append("-")
            prev_dash = True
    return "".join(out).strip("-") or "x"


@dataclass(frozen=True)
class CountryEntry(Record):
    code: str
    name: str
    formal_name: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    region: str = ""
    ambiguous: str = ""  # 1/yes: some of its names have other readings (a person, a US state, ...)
    ambiguous_terms: tuple[str, ...] = ()  # which of its names, demonyms or capitals those are

    @property
    def is_ambiguous(self) -> bool:
        return self.ambiguous.lower() not in _FALSE

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.name, self.formal_name, *self.aliases) if n)


@dataclass(frozen=True)
class PersonEntry(Record):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sectors: tuple[str, ...] = ()
    role: str = ""
    titles: tuple[str, ...] = ()
    start: str = ""  # ISO date (or year) the role began
    end: str = ""  # ISO date (or year) it ended; empty: still in office
    organisation: str = ""  # id of the organisation the person leads or belongs to, if any

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def holds_on(self, date: str | None) -> bool:
        """True when the role was held on ``date`` (ISO); with no date, when it is current."""
        if not date:
            return not self.end
        day = date[:10]
        start = _date_floor(self.start)
        end = _date_ceiling(self.end)
        return (not start or start <= day) and (not end or day <= end)


@dataclass(frozen=True)
class OrgEntry(Record):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sectors: tuple[str, ...] = ()
    type: str = ""
    parent: str = ""  # id of the organisation this one is part of
    ambiguous_aliases: tuple[str, ...] = ()  # aliases that may name another body ("Security Council")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GroupEntry(Record):
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    members: tuple[str, ...] = ()  # member country codes, when the group is a fixed set
    member_orgs: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class PlaceEntry(Record):
    """A place below the country level (a city, region or territory) and the country it lies in."""

    name: str
    aliases: tuple[str, ...] = ()
    country: str = ""
    kind: str = ""
    note: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class SectorTerm(Record):
    """A common noun naming a kind of actor: ``troops`` → MIL, ``children`` → CVL."""

    term: str
    plural: str = ""
    sectors: tuple[str, ...] = ()
    type: str = ""


@dataclass(frozen=True)
class TitleEntry(Record):
    """A title or office: ``foreign minister`` → role ``foreign minister``, sector GOV."""

    term: str
    role: str = ""
    sectors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    gender: str = ""  # m, f or empty
    kind: str = "office"  # office (a post with one holder per country), rank, honorific

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)


@dataclass(frozen=True)
class FramingTerm(Record):
    """A loaded, euphemistic or honorific expression and what it refers to."""

    term: str
    kind: str
    refers_to: str = ""  # country code or actor id; empty: the referent comes from context
    sector: str = ""
    conflict: str = ""
    used_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class AnaphorEntry(Record):
    """A definite description that points back to an actor: ``the regime``, ``those governments``."""

    term: str
    targets: tuple[str, ...] = ()  # actor types it may point to: state, group, compound, organisation, person
    sectors: tuple[str, ...] = ()  # required sector of the antecedent (any if empty)
    plural: bool = False
    prefer_label: str = ""  # prefer antecedents named with this word (e.g. regime)
    fallback: str = ""  # "focus": the state in focus when nothing fits
    named: bool = False  # only an antecedent whose name holds the word ("the headquarters")


@dataclass(frozen=True)
class AmbiguityRule(Record):
    """How to read a name that is also something else (Georgia the US state, Jordan the person)."""

    code: str
    name: str
    person_reading: bool = False  # a PERSON entity reading makes it a person
    alternative_id: str = ""
    alternative_name: str = ""
    alternative_country: str = ""
    alternative_type: str = "place"
    alternative_cues: tuple[str, ...] = ()
    country_cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class CorefRules(Record):
    """Word lists that drive coreference and metonymy (from ``coref.yaml``)."""

    male_pronouns: tuple[str, ...] = ()
    female_pronouns: tuple[str, ...] = ()
    plural_pronouns: tuple[str, ...] = ()
    male_cues: tuple[str, ...] = ()
    female_cues: tuple[str, ...] = ()
    definite_determiners: tuple[str, ...] = ()
    quantifier_determiners: tuple[str, ...] = ()
    locative_prepositions: tuple[str, ...] = ()
    motion_prepositions: tuple[str, ...] = ()
    travel_lemmas: tuple[str, ...] = ()
    complement_prepositions: tuple[str, ...] = ()
    representative_nouns: tuple[str, ...] = ()
    civilian_link_words: tuple[str, ...] = ()
    indefinite_determiners: tuple[str, ...] = ()
    sector_names: dict[str, str] = field(default_factory=dict)  # GOV -> government, for actor names
    non_actor_first_words: tuple[str, ...] = ()
    actor_framing_kinds: tuple[str, ...] = ()
    pronoun_window: int = 3
    preferred_readings: dict[str, str] = field(default_factory=dict)  # shared form -> default country
    ethnic_markers: tuple[str, ...] = ()  # "ethnic Albanians": a people, wherever they live
    ethnic_forms: tuple[str, ...] = ()  # demonyms that also name a people living across borders
    stance_prefixes: tuple[str, ...] = ()  # "anti-Syria": a stance, not a nationality
    background_marks: tuple[str, ...] = ()  # "if war starts in Iraq": a clause that sets no scene
    international_words: tuple[str, ...] = ()  # "World Water Forum": a body of no one country
    subset_modifiers: tuple[str, ...] = ()  # "new EU members": part of a group, not all of it
    relational_nouns: tuple[str, ...] = ()  # "its neighbours": others, not the owner's people
    water_features: tuple[str, ...] = ()  # "the Gulf of Finland" is no place in Finland
    neuter_pronouns: tuple[str, ...] = ()  # "it": resolved only as the subject of a reporting verb
    reporting_verbs: tuple[str, ...] = ()  # lemmas of verbs that report what a body said or did
    number_words: tuple[str, ...] = ()  # one, two, three ...: "the three ministers"
    regime_nouns: tuple[str, ...] = ()  # "Putin's regime", "the Tehran regime": a loaded label
    regime_note: str = ""
    vague_modifiers: tuple[str, ...] = ()  # "the current commander": tells no office apart
    spokesperson_nouns: tuple[str, ...] = ()  # people who speak for another: "his spokesman"
    body_nouns: tuple[str, ...] = ()  # government bodies: with a country, an organisation of it
    abroad_bodies: tuple[str, ...] = ()  # "the embassy": a body abroad, of no country in view
    organisation_heads: tuple[str, ...] = ()  # nouns heading organisations' names ("Council")
    organisation_anaphors: tuple[str, ...] = ()  # "the council": the council named before
    name_nouns: tuple[str, ...] = ()  # "who gave only her first name, Larysa": the name that follows
    kin_nouns: tuple[str, ...] = ()  # "Iryna, whose husband ...": a relative clause about a person
    anaphors: tuple[AnaphorEntry, ...] = ()
    ambiguity: tuple[AmbiguityRule, ...] = ()


@dataclass(frozen=True)
class SurfaceRef(Record):
    """One reading of a surface form: which table and which key it names."""

    table: str  # country, demonym, adjective, capital, place, person, organisation, group
    key: str  # country code or entry id


@dataclass(eq=False)
class ActorDictionary:
    """All dictionary tables with the lookup indexes the actor stage needs."""

    countries: dict[str, CountryEntry] = field(default_factory=dict)
    people: dict[str, PersonEntry] = field(default_factory=dict)  # id -> the person (all rows merged)
    person_terms: dict[str, list[PersonEntry]] = field(default_factory=dict)  # id -> one row per term
    organisations: dict[str, OrgEntry] = field(default_factory=dict)
    groups: dict[str, GroupEntry] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)
    sector_terms: dict[str, SectorTerm] = field(default_factory=dict)
    titles: dict[str, TitleEntry] = field(default_factory=dict)
    framing: dict[str, FramingTerm] = field(default_factory=dict)
    rules: CorefRules = field(default_factory=CorefRules)
    sources: tuple[str, ...] = ()
    user_keys: frozenset[str] = frozenset()  # "table:key" of entries that came from user files
    # indexes, built by ``_index``
    surfaces: dict[str, list[SurfaceRef]] = field(default_factory=dict)
    originals: dict[str, set[str]] = field(default_factory=dict)  # key -> forms as written
    sector_nouns: dict[str, tuple[SectorTerm, bool]] = field(default_factory=dict)
    title_forms: dict[str, TitleEntry] = field(default_factory=dict)
    framing_forms: dict[str, FramingTerm] = field(default_factory=dict)
    anaphors: dict[str, AnaphorEntry] = field(default_factory=dict)
    ambiguity: dict[str, AmbiguityRule] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[PersonEntry]] = field(default_factory=dict)
    honorific_people: dict[str, list[str]] = field(default_factory=dict)
    ambiguous_forms: set[str] = field(default_factory=set)  # surface keys with other readings
    ambiguous_org_forms: dict[str, set[str]] = field(default_factory=dict)  # key -> org ids
    office_people: dict[str, list[str]] = field(default_factory=dict)  # title key -> person ids
    # (country, descriptor words) -> organisation id: "foreign ministry" of RUS -> the Russian one
    bodies: dict[tuple[str, frozenset[str]], str] = field(default_factory=dict)
    children: dict[str, list[str]] = field(default_factory=dict)  # organisation id -> its bodies' ids

    def org_office_holder(self, role: str, org_id: str, date: str | None) -> PersonEntry | None:
        """Who held ``role`` in organisation ``org_id`` on ``date`` (UN Secretary-General)."""
        rows = [p for (r, _c), ps in self.holders.items() if r == role.lower() for p in ps if p.organisation == org_id]
        if date:
            rows = [p for p in rows if p.holds_on(date)]
        else:
            rows = [p for p in rows if not p.end]
        return max(rows, key=lambda p: _date_floor(p.start)) if rows else None

    # ---- lookups -------------------------------------------------------------------------

    def lookup(self, text: str) -> list[SurfaceRef]:
        return self.surfaces.get(norm(text), [])

    def country_of_word(self, text: str) -> str | None:
        """The country a name, demonym, adjective or capital denotes, if exactly one."""
        codes = {r.key for r in self.lookup(text) if r.table in ("country", "demonym", "adjective", "capital")}
        return codes.pop() if len(codes) == 1 else None

    def office_holder(self, role: str, country: str | None, date: str | None) -> PersonEntry | None:
        """Who held ``role`` in ``country`` on ``date`` (ISO); with no date, the latest holder."""
        cands = self.holders.get((role.lower(), country or ""), [])
        if not cands:
            return None
        if date:
            on = [p for p in cands if p.holds_on(date)]
            if on:
                return max(on, key=lambda p: _date_floor(p.start))
            return None
        current = [p for p in cands if not p.end]
        pool = current or cands
        return max(pool, key=lambda p: (_date_floor(p.start), _date_ceiling(p.end)))

    def person_on(self, pid: str, date: str | None) -> PersonEntry:
        """The person as of ``date``: the term held then (else the latest), for country and sector."""
        rows = self.person_terms.get(pid) or [self.people[pid]]
        base = self.people[pid]
        if len(rows) > 1 and date:
            on = [r for r in rows if r.holds_on(date)]
            if on:
                r = max(on, key=lambda p: _date_floor(p.start))
                return base.replace(country=r.country or base.country, sectors=r.sectors or base.sectors,
                                    role=r.role, start=r.start, end=r.end)
        return base

    def held_on(self, pid: str, date: str | None) -> bool:
        """Whether any of the person's terms covers ``date`` (with no date: a current term)."""
        return any(r.holds_on(date) for r in self.person_terms.get(pid, [])) if pid in self.person_terms else False

    def latest_start(self, pid: str) -> str:
        return max((_date_floor(r.start) for r in self.person_terms.get(pid, [])), default="")

    def people_named(self, text: str) -> list[PersonEntry]:
        return [self.people[r.key] for r in self.lookup(text) if r.table == "person" and r.key in self.people]

    def is_user(self, table: str, key: str) -> bool:
        return f"{table}:{key}" in self.user_keys

    def child_body(self, parent: str, words: Iterable[str]) -> OrgEntry | None:
        """The body of organisation ``parent`` whose names hold all of ``words`` ("human rights
        office" of the UN: OHCHR)."""
        want = body_words(words)
        if not want:
            return None
        for oid in self.children.get(parent, ()):
            o = self.organisations[oid]
            if any(want <= body_words(n.split()) for n in o.names):
                return o
        return None

    def body_of(self, country: str, words: Iterable[str]) -> OrgEntry | None:
        """The organisation of ``country`` a description names ("coast guard" of CHN: the China
        Coast Guard; "ministry of foreign affairs" of RUS: the Russian Foreign Ministry)."""
        oid = self.bodies.get((country, body_words(words)))
        return self.organisations.get(oid) if oid else None

    # ---- building ------------------------------------------------------------------------

    def _index(self) -> None:
        self.surfaces = {}
        self.originals = {}

        def orig(form: str) -> str:
            k = norm(form)
            if k:
                self.originals.setdefault(k, set()).add(" ".join(form.replace("’", "'").split()))
            return k

        def add(form: str, table: str, key: str) -> None:
            k = orig(form)
            if not k:
                return
            refs = self.surfaces.setdefault(k, [])
            ref = SurfaceRef(table, key)
            if ref not in refs:
                refs.append(ref)

        self.ambiguous_forms = set()
        for c in self.countries.values():
            if c.is_ambiguous:
                self.ambiguous_forms.update(norm(t) for t in (c.ambiguous_terms or (c.name,)))
            for n in c.names:
                add(n, "country", c.code)
            for n in c.demonyms:
                add(n, "demonym", c.code)
            for n in c.adjectives:
                add(n, "adjective", c.code)
            for n in c.capitals:
                add(n, "capital", c.code)
        for p in self.people.values():
            for n in p.names:
                add(n, "person", p.id)
        self.ambiguous_org_forms = {}
        for o in self.organisations.values():
            for n in o.names:
                add(n, "organisation", o.id)
            for n in o.ambiguous_aliases:
                self.ambiguous_org_forms.setdefault(norm(n), set()).add(o.id)
        for g in self.groups.values():
            for n in g.names:
                add(n, "group", g.id)
        for pl in self.places.values():
            if pl.country:
                for n in pl.names:
                    add(n, "place", pl.country)
        self.sector_nouns = {}
        for t in self.sector_terms.values():
            self.sector_nouns[orig(t.term)] = (t, False)
            if t.plural:
                self.sector_nouns[orig(t.plural)] = (t, True)
        self.title_forms = {}
        for ti in self.titles.values():
            for n in ti.names:
                self.title_forms[orig(n)] = ti
        self.framing_forms = {orig(f.term): f for f in self.framing.values()}
        self.anaphors = {orig(a.term): a for a in self.rules.anaphors}
        for h in self.rules.organisation_anaphors:  # "the council": the council named before, if any
            if norm(h) not in self.anaphors and norm(h) not in self.sector_nouns and norm(h) not in self.title_forms:
                self.anaphors[orig(h)] = AnaphorEntry(term=h, targets=("organisation",), named=True)
        self.office_people = {}
        framing_keys = set(self.framing_forms)
        for p in self.people.values():
            # a title of two words or more with no general title in it names one office ("UN chief");
            # the others ("Iranian Supreme Leader") are read from their parts
            for t in p.titles:
                if len(t.split()) >= 2 and norm(t) not in framing_keys and not _has_title(norm(t), self.title_forms):
                    add(t, "office", t)
                    self.office_people.setdefault(norm(t), [])
                    if p.id not in self.office_people[norm(t)]:
                        self.office_people[norm(t)].append(p.id)
        self.ambiguity = {norm(a.name): a for a in self.rules.ambiguity}
        self.ambiguous_forms.update(self.ambiguity)
        self.bodies = {}
        self.children = {}
        for o in self.organisations.values():
            if o.parent:
                self.children.setdefault(o.parent, []).append(o.id)
            c = self.countries.get(o.country or "")
            if c is None:
                continue
            own = {w.lower() for n in (*c.names, *c.demonyms, *c.adjectives) for w in n.replace("'s", "").split()}
            for n in o.names:
                words = body_words(w for w in n.replace("'s", "").replace("’s", "").split() if w.lower() not in own)
                if words:
                    self.bodies.setdefault((c.code, words), o.id)
        self.holders = {}
        self.honorific_people = {}
        for rows in self.person_terms.values():
            for p in rows:
                if p.role:
                    for role in _role_keys(p.role, self.title_forms):
                        self.holders.setdefault((role, p.country or ""), []).append(p)
        for p in self.people.values():
            for t in p.titles:
                self.honorific_people.setdefault(norm(t), []).append(p.id)


_BODY_STOP = frozenset({"of", "the", "for", "and", "affairs", "'s", "’s"})
_SPELLINGS = {"defense": "defence", "center": "centre", "organization": "organisation"}


def body_words(words: Iterable[str]) -> frozenset[str]:
    """The words that tell one government body from another, spelling and word order aside:
    "Ministry of Foreign Affairs" and "foreign ministry" give the same set."""
    out = set()
    for w in words:
        low = w.lower().strip(".,'’")
        if low and low not in _BODY_STOP:
            out.add(_SPELLINGS.get(low, low))
    return frozenset(out)


def norm(text: str) -> str:
    """The lookup key of a surface form: lower case, straight apostrophes, single spaces."""
    return " ".join(text.replace("’", "'").replace("‘", "'").lower().split())


def _has_title(key: str, title_forms: Mapping[str, TitleEntry]) -> bool:
    words = key.split()
    return any(" ".join(words[i:j]) in title_forms for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _role_keys(role: str, title_forms: Mapping[str, TitleEntry]) -> set[str]:
    """The role as written, plus the canonical role its title entry gives."""
    keys = {role.lower()}
    te = title_forms.get(norm(role))
    if te is not None and te.role:
        keys.add(te.role.lower())
    return keys


def _date_floor(value: str) -> str:
    v = value.strip()
    if not v:
        return ""
    if len(v) == 4:
        return f"{v}-01-01"
    if len(v) == 7:
        return f"{v}-01"
    return v[:10]


def _date_ceiling(value: str) -> str:
    v = value.strip()
    if not v:
        return ""
    if len(v) == 4:
        return f"{v}-12-31"
    if len(v) == 7:
        return f"{v}-31"
    return v[:10]


# ---- table readers ---------------------------------------------------------------------


def _country(row: Mapping[str, Any]) -> CountryEntry:
    return CountryEntry(
        code=_one(row.get("code")).upper(),
        name=_one(row.get("name")),
        formal_name=_one(row.get("formal_name")),
        aliases=_multi(row.get("aliases")),
        demonyms=_multi(row.get("demonyms")),
        adjectives=_multi(row.get("adjectives")),
        capitals=_multi(row.get("capital") or row.get("capitals")),
        region=_one(row.get("region")),
        ambiguous=_one(row.get("ambiguous")),
        ambiguous_terms=_multi(row.get("ambiguous_terms")),
    )


def _person(row: Mapping[str, Any]) -> PersonEntry:
    name = _one(row.get("name"))
    pid = _one(row.get("id")) or f"person:{slug(name)}"
    return PersonEntry(
        id=pid if ":" in pid else f"person:{pid}",
        name=name,
        aliases=_multi(row.get("aliases")),
        country=_one(row.get("country")).upper() or None,
        sectors=_sectors(row.get("sector") or row.get("sectors")),
        role=_one(row.get("role")),
        titles=_multi(row.get("titles")),
        start=_one(row.get("start")),
        end=_one(row.get("end")),
        organisation=_prefixed(_one(row.get("organisation")), "org"),
    )


def _org(row: Mapping[str, Any]) -> OrgEntry:
    name = _one(row.get("name"))
    oid = _one(row.get("id")) or f"org:{slug(name)}"
    return OrgEntry(
        id=oid if ":" in oid else f"org:{oid}",
        name=name,
        aliases=_multi(row.get("aliases")),
        country=_one(row.get("country")).upper() or None,
        sectors=_sectors(row.get("sectors") or row.get("sector")),
        type=_one(row.get("type")),
        parent=_prefixed(_one(row.get("parent")), "org"),
        ambiguous_aliases=_multi(row.get("ambiguous_aliases")),
    )


def _group(row: Mapping[str, Any]) -> GroupEntry:
    name = _one(row.get("name"))
    gid = _one(row.get("id")) or f"group:{slug(name)}"
    return GroupEntry(
        id=gid if ":" in gid else f"group:{gid}",
        name=name,
        aliases=_multi(row.get("aliases")),
        sectors=_sectors(row.get("sectors") or row.get("sector")),
        members=tuple(m.upper() if len(m) == 3 else m for m in _multi(row.get("members"))),
        member_orgs=tuple(_prefixed(m, "org") for m in _multi(row.get("member_orgs"))),
    )


def _place(row: Mapping[str, Any]) -> PlaceEntry:
    return PlaceEntry(
        name=_one(row.get("name")),
        aliases=_multi(row.get("aliases")),
        country=_one(row.get("country")).upper(),
        kind=_one(row.get("kind")),
        note=_one(row.get("note")),
    )


def _sector(row: Mapping[str, Any]) -> SectorTerm:
    return SectorTerm(
        term=_one(row.get("term")),
        plural=_one(row.get("plural")),
        sectors=_sectors(row.get("sectors") or row.get("sector")),
        type=_one(row.get("type")),
    )


def _title(row: Mapping[str, Any]) -> TitleEntry:
    term = _one(row.get("term"))
    return TitleEntry(
        term=term,
        role=_one(row.get("role")) or term,
        sectors=_sectors(row.get("sectors") or row.get("sector")),
        aliases=_multi(row.get("aliases")),
        gender=_one(row.get("gender")).lower(),
        kind=_one(row.get("kind")) or "office",
    )


def _framing(row: Mapping[str, Any]) -> FramingTerm:
    return FramingTerm(
        term=_one(row.get("term")),
        kind=_one(row.get("kind")) or "loaded_label",
        refers_to=_one(row.get("refers_to")),
        sector=_one(row.get("sector")).upper(),
        conflict=_one(row.get("conflict")),
        used_by=_one(row.get("used_by")),
        note=_one(row.get("note")),
    )


@dataclass(frozen=True)
class _Table:
    name: str
    columns: frozenset[str]  # columns that identify the table in a user CSV
    reader: Callable[[Mapping[str, Any]], Any]
    key: Callable[[Any], str]
    attr: str


TABLES: tuple[_Table, ...] = (
    _Table("countries", frozenset({"code", "demonyms"}), _country, lambda e: e.code, "countries"),
    _Table("people", frozenset({"id", "role"}), _person, lambda e: e.id, "people"),
    _Table("groups", frozenset({"id", "members"}), _group, lambda e: e.id, "groups"),
    _Table("organisations", frozenset({"id", "type"}), _org, lambda e: e.id, "organisations"),
    _Table("sectors", frozenset({"term", "plural"}), _sector, lambda e: norm(e.term), "sector_terms"),
    _Table("framing", frozenset({"term", "refers_to"}), _framing, lambda e: norm(e.term), "framing"),
    _Table("titles", frozenset({"term", "role"}), _title, lambda e: norm(e.term), "titles"),
    _Table("places", frozenset({"name", "country", "kind"}), _place, lambda e: norm(e.name), "places"),
)
_TABLE_BY_NAME = {t.name: t for t in TABLES} | {
    "organizations": next(t for t in TABLES if t.name == "organisations"),
    "extra_titles": next(t for t in TABLES if t.name == "titles"),
}

# packaged files: (table, file name); extra_* files add to the table of the same kind
PACKAGED: tuple[tuple[str, str], ...] = (
    ("countries", "countries.csv"),
    ("people", "people.csv"),
    ("people", "extra_people.csv"),
    ("organisations", "organisations.csv"),
    ("groups", "groups.csv"),
    ("sectors", "sectors.csv"),
    ("sectors", "extra_sectors.csv"),
    ("framing", "framing.csv"),
    ("framing", "extra_framing.csv"),
    ("titles", "extra_titles.csv"),
    ("places", "extra_places.csv"),
)


def _read_csv_text(text: str, source: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    rows = []
    for row in reader:
        clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        if any(clean.values()):
            rows.append(clean)
    if reader.fieldnames is None:
        log.debug("%s: empty table", source)
    return rows


def _table_for(columns: Iterable[str], stem: str) -> _Table | None:
    cols = {c.strip().lower() for c in columns}
    for t in TABLES:
        if t.columns <= cols:
            return t
    s = stem.lower()
    for name, t in _TABLE_BY_NAME.items():
        if s.startswith(name) or s.startswith(f"extra_{name}"):
            return t
    return None


def _merge(d: ActorDictionary, table: _Table, rows: Iterable[Mapping[str, Any]], source: str, user: bool) -> int:
    target: dict[str, Any] = getattr(d, table.attr)
    n = 0
    user_keys = set(d.user_keys)
    for i, row in enumerate(rows):
        try:
            entry = table.reader(row)
        except (TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"{source}: row {i + 1}: {exc}") from exc
        key = table.key(entry)
        if not key or not (getattr(entry, "name", None) or getattr(entry, "term", None)):
            log.warning("%s: row %d has no key or name; skipped", source, i + 1)
            continue
        if key in target and user and f"{table.attr}:{key}" not in user_keys:
            log.info("%s: %s %r overrides the packaged entry", source, table.name, key)
            if table.attr == "people":
                d.person_terms.pop(key, None)
        if table.attr == "people":
            # one row per term of office: the first row names the person, all rows give roles
            terms = d.person_terms.setdefault(key, [])
            terms.append(entry)
            if len(terms) == 1:
                target[key] = entry
            else:
                target[key] = _union_person(terms)
        else:
            target[key] = entry
        if user:
            user_keys.add(f"{table.attr}:{key}")
        n += 1
    d.user_keys = frozenset(user_keys)
    return n


def _union_person(rows: list[PersonEntry]) -> PersonEntry:
    """One person from several rows: the latest row's country and sector, every alias and title."""
    latest = max(rows, key=lambda p: (not p.end, _date_floor(p.start)))
    aliases = tuple(dict.fromkeys(a for r in rows for a in r.aliases))
    titles = tuple(dict.fromkeys(t for r in rows for t in r.titles))
    return latest.replace(name=rows[0].name, aliases=aliases, titles=titles)


def _people_of_bodies(d: ActorDictionary) -> None:
    """Officials of an international body give the body's id as their country (``UN``,
    ``ISLAMIC-STATE``): record the body as their organisation and the body's country, if any."""
    for pid, rows in d.person_terms.items():
        fixed = []
        for r in rows:
            if r.country and r.country not in d.countries:
                org = d.organisations.get(f"org:{r.country.lower()}")
                if org is not None:
                    r = r.replace(country=org.country, organisation=r.organisation or org.id)
                else:
                    log.debug("person %s: country %r is not in the country table", pid, r.country)
            fixed.append(r)
        d.person_terms[pid] = fixed
        d.people[pid] = fixed[0] if len(fixed) == 1 else _union_person(fixed)


def _packaged_text(name: str) -> str | None:
    try:
        res = resources.files("newsledger").joinpath(*DATA_DIR, name)
        if not res.is_file():
            return None
        return res.read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None


def _load_rules(d: ActorDictionary) -> None:
    text = _packaged_text("coref.yaml")
    if text is None:
        log.warning("actor data file coref.yaml is missing; coreference rules are empty")
        return
    d.rules = _rules_from(yaml.safe_load(text) or {})


def _rules_from(data: Mapping[str, Any]) -> CorefRules:
    def words(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in data.get(key, []) or [])

    anaphors = tuple(
        AnaphorEntry(
            term=str(a["term"]).lower(),
            targets=_multi(a.get("targets")),
            sectors=_sectors(a.get("sectors")),
            plural=bool(a.get("plural", False)),
            prefer_label=_one(a.get("prefer_label")).lower(),
            fallback=_one(a.get("fallback")),
        )
        for a in data.get("anaphors", []) or []
    )
    ambiguity = tuple(
        AmbiguityRule(
            code=str(a["code"]).upper(),
            name=_one(a.get("name")),
            person_reading=bool(a.get("person_reading", False)),
            alternative_id=_one(a.get("alternative_id")),
            alternative_name=_one(a.get("alternative_name")),
            alternative_country=_one(a.get("alternative_country")).upper(),
            alternative_type=_one(a.get("alternative_type")) or "place",
            alternative_cues=_multi(a.get("alternative_cues")),
            country_cues=_multi(a.get("country_cues")),
        )
        for a in data.get("ambiguity", []) or []
    )
    return CorefRules(
        male_pronouns=words("male_pronouns"),
        female_pronouns=words("female_pronouns"),
        plural_pronouns=words("plural_pronouns"),
        male_cues=words("male_cues"),
        female_cues=words("female_cues"),
        definite_determiners=words("definite_determiners"),
        quantifier_determiners=words("quantifier_determiners"),
        locative_prepositions=words("locative_prepositions"),
        motion_prepositions=words("motion_prepositions"),
        travel_lemmas=words("travel_lemmas"),
        complement_prepositions=words("complement_prepositions"),
        representative_nouns=words("representative_nouns"),
        civilian_link_words=words("civilian_link_words"),
        indefinite_determiners=words("indefinite_determiners"),
        sector_names={str(k).upper(): str(v) for k, v in (data.get("sector_names") or {}).items()},
        non_actor_first_words=words("non_actor_first_words"),
        actor_framing_kinds=words("actor_framing_kinds"),
        pronoun_window=int(data.get("pronoun_window", 3)),
        preferred_readings={norm(str(k)): str(v).upper() for k, v in (data.get("preferred_readings") or {}).items()},
        ethnic_markers=words("ethnic_markers"),
        ethnic_forms=words("ethnic_forms"),
        stance_prefixes=words("stance_prefixes"),
        background_marks=words("background_marks"),
        international_words=words("international_words"),
        subset_modifiers=words("subset_modifiers"),
        relational_nouns=words("relational_nouns"),
        water_features=words("water_features"),
        neuter_pronouns=words("neuter_pronouns"),
        reporting_verbs=words("reporting_verbs"),
        number_words=words("number_words"),
        regime_nouns=words("regime_nouns"),
        regime_note=str(data.get("regime_note", "") or ""),
        vague_modifiers=words("vague_modifiers"),
        spokesperson_nouns=words("spokesperson_nouns"),
        body_nouns=words("body_nouns"),
        abroad_bodies=words("abroad_bodies"),
        organisation_heads=words("organisation_heads"),
        organisation_anaphors=words("organisation_anaphors"),
        name_nouns=words("name_nouns"),
        kin_nouns=words("kin_nouns"),
        anaphors=anaphors,
        ambiguity=ambiguity,
    )


def _load_user_file(d: ActorDictionary, path: str) -> None:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"actor dictionary file {path}: cannot be read ({exc.strerror or exc})") from exc
    if p.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{path}: invalid YAML: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: expected a mapping of table name to a list of rows")
        for name, rows in data.items():
            table = _TABLE_BY_NAME.get(str(name).lower())
            if table is None:
                raise ConfigError(
                    f"{path}: unknown table {name!r} (expected one of {', '.join(sorted(_TABLE_BY_NAME))})"
                )
            if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                raise ConfigError(f"{path}: table {name!r} must be a list of rows (mappings)")
            _merge(d, table, [{str(k).lower(): v for k, v in r.items()} for r in rows], path, user=True)
        return
    rows = _read_csv_text(text, path)
    header = next(csv.reader(io.StringIO(text.lstrip())), [])
    table = _table_for(header, p.stem)
    if table is None:
        raise ConfigError(
            f"{path}: cannot tell which actor table this is from its columns {header}; "
            "use the columns of one of the packaged files"
        )
    _merge(d, table, rows, path, user=True)


@lru_cache(maxsize=8)
def load_dictionary(user_files: tuple[str, ...] = ()) -> ActorDictionary:
    """The packaged actor dictionary merged with ``user_files`` (later files win). Cached."""
    d = ActorDictionary()
    sources = []
    for table_name, fname in PACKAGED:
        text = _packaged_text(fname)
        if text is None:
            if not fname.startswith("extra_"):
                log.warning("actor data file %s is missing", fname)
            continue
        _merge(d, _TABLE_BY_NAME[table_name], _read_csv_text(text, fname), fname, user=False)
        sources.append(fname)
    _load_rules(d)
    for path in user_files:
        _load_user_file(d, path)
        sources.append(path)
    d.sources = tuple(sources)
    _people_of_bodies(d)
    d._index()
    log.debug(
        "actor dictionary: %d countries, %d people, %d organisations, %d groups, %d sector nouns, "
        "%d titles, %d framing terms",
        len(d.countries), len(d.people), len(d.organisations), len(d.groups),
        len(d.sector_terms), len(d.titles), len(d.framing),
    )
    return d
