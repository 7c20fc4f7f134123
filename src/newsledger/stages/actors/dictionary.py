"""The actor dictionary: all tables with the lookup indexes the actor stage needs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from .tables import (
    AmbiguityRule,
    AnaphorEntry,
    Confidence,
    CorefRules,
    CountryEntry,
    FramingTerm,
    GroupEntry,
    OrgEntry,
    PersonEntry,
    PlaceEntry,
    SectorTerm,
    SurfaceRef,
    TitleEntry,
    body_words,
    date_ceiling,
    date_floor,
    norm,
)


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
    confidence: Confidence | None = None  # from confidence.yaml, set by the loader
    sources: tuple[str, ...] = ()
    user_keys: frozenset[str] = frozenset()  # "table:key" of entries that came from user files
    # indexes, built by ``index.build_indexes``
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
        return max(rows, key=lambda p: date_floor(p.start)) if rows else None

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
                return max(on, key=lambda p: date_floor(p.start))
            return None
        current = [p for p in cands if not p.end]
        pool = current or cands
        return max(pool, key=lambda p: (date_floor(p.start), date_ceiling(p.end)))

    def person_on(self, pid: str, date: str | None) -> PersonEntry:
        """The person as of ``date``: the term held then (else the latest), for country and sector."""
        rows = self.person_terms.get(pid) or [self.people[pid]]
        base = self.people[pid]
        if len(rows) > 1 and date:
            on = [r for r in rows if r.holds_on(date)]
            if on:
                r = max(on, key=lambda p: date_floor(p.start))
                return base.replace(country=r.country or base.country, sectors=r.sectors or base.sectors,
                                    role=r.role, start=r.start, end=r.end)
        return base

    def held_on(self, pid: str, date: str | None) -> bool:
        """Whether any of the person's terms covers ``date`` (with no date: a current term)."""
        return any(r.holds_on(date) for r in self.person_terms.get(pid, [])) if pid in self.person_terms else False

    def latest_start(self, pid: str) -> str:
        return max((date_floor(r.start) for r in self.person_terms.get(pid, [])), default="")

    def people_named(self, text: str) -> list[PersonEntry]:
        return [self.people[r.key] for r in self.lookup(text) if r.table == "person" and r.key in self.people]

    def is_user(self, table: str, key: str) -> bool:
        return f"{table}:{key}" in self.user_keys

    def child_body(self, parent: str, words: Iterable[str]) -> OrgEntry | None:
        """The one body of organisation ``parent`` whose names hold all of ``words`` ("human rights
        office" of the UN: OHCHR); None when several bodies fit ("the U.N. mission": one of many
        missions, none named)."""
        want = body_words(words)
        if not want:
            return None
        found = [self.organisations[oid] for oid in self.children.get(parent, ())
                 if any(want <= body_words(n.split()) for n in self.organisations[oid].names)]
        return found[0] if len(found) == 1 else None

    def body_of(self, country: str, words: Iterable[str]) -> OrgEntry | None:
        """The organisation of ``country`` a description names ("coast guard" of CHN: the China
        Coast Guard; "ministry of foreign affairs" of RUS: the Russian Foreign Ministry)."""
        oid = self.bodies.get((country, body_words(words)))
        return self.organisations.get(oid) if oid else None

    def adjective(self, code: str | None, default: str | None = None) -> str:
        """The word a derived name of the country ``code`` starts with: its first adjective
        ("Japanese"); without one, ``default`` when given, else the country's name, else ""."""
        c = self.countries.get(code or "")
        if c is not None and c.adjectives:
            return c.adjectives[0]
        if default is not None:
            return default
        return c.name if c is not None else ""

    # ---- building ------------------------------------------------------------------------
