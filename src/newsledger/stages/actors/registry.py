"""The actors of one article, created on demand as the resolver reads its mentions."""

from __future__ import annotations

from ...records import Actor
from .dictionary import ActorDictionary
from .tables import AmbiguityRule, slug


class Registry:
    """The actors of one article, created on demand."""

    def __init__(self, d: ActorDictionary, date: str | None) -> None:
        self.d = d
        self.date = date
        self.actors: dict[str, Actor] = {}
        self.gender: dict[str, str] = {}
        self.roles: dict[str, set[str]] = {}
        self.kinds: dict[str, str] = {}

    def add_role(self, aid: str, role: str) -> None:
        self.roles.setdefault(aid, set()).add(role.lower())

    def add(self, actor: Actor) -> str:
        if actor.id not in self.actors:
            self.actors[actor.id] = actor
        return actor.id

    def source(self, table: str, key: str) -> str:
        return "user" if self.d.is_user(table, key) else "dictionary"

    def country_name(self, code: str) -> str:
        c = self.d.countries.get(code)
        return c.name if c else code

    def state(self, code: str) -> str:
        return self.add(Actor(f"state:{code}", self.country_name(code), "state", code, ("GOV",),
                               source=self.source("countries", code)))

    def country(self, code: str) -> str:
        return self.add(Actor(f"country:{code}", self.country_name(code), "country", code, (),
                               source=self.source("countries", code)))

    def sector(self, code: str | None, sectors: tuple[str, ...], words: str | None = None) -> str:
        """The actor of an unnamed group of ``sectors`` in the country ``code``: the state, the
        one state body of those sectors, or a group named by the country's adjective and
        ``words`` (the mention's own, "state television") or else its sectors' names."""
        if code and (not sectors or sectors == ("GOV",)):
            return self.state(code)
        body = self.office_body(code, sectors)
        if body is not None:
            return self.org(body)  # "health officials in Gaza": the Gaza health ministry
        secs = tuple(s for s in sectors if s) or ("UNK",)
        adj = self.d.adjective(code)
        words = words or " ".join(self.d.rules.sector_names.get(s, s.lower()) for s in secs)
        name = f"{adj} {words}".strip() if adj else words
        aid = f"sector:{code}:{'+'.join(secs)}" if code else f"sector:{'+'.join(secs)}"
        return self.add(Actor(aid, name, "group", code, secs, source="derived"))

    def office_body(self, code: str | None, sectors: tuple[str, ...]) -> str | None:
        """The one state body of the dictionary that the government officials of a domain in a
        country speak for ("health officials" of PSE, GOV HLH: the Gaza health ministry): the
        body of that country with exactly those sectors that is no part of another; None when
        there is none or more than one."""
        if not code or len(sectors) < 2 or sectors[0] != "GOV":
            return None
        want = set(sectors)
        found = [o.id for o in self.d.organisations.values()
                 if o.country == code and o.type == "state_body" and set(o.sectors) == want and not o.parent]
        return found[0] if len(found) == 1 else None

    def person(self, pid: str) -> str:
        p = self.d.person_on(pid, self.date)
        if p.role:
            self.add_role(p.id, p.role)
        return self.add(Actor(p.id, p.name, "person", p.country, p.sectors, source=self.source("people", pid)))

    def org(self, oid: str) -> str:
        o = self.d.organisations[oid]
        return self.add(Actor(o.id, o.name, "organisation", o.country, o.sectors,
                               source=self.source("organisations", oid)))

    def group(self, gid: str) -> str:
        g = self.d.groups[gid]
        # a group of organisations of one country ("Palestinian factions") belongs to that country
        countries = {self.d.organisations[o].country for o in g.member_orgs if o in self.d.organisations}
        country = countries.pop() if len(countries) == 1 and not g.members else None
        return self.add(Actor(g.id, g.name, "group", country, g.sectors, members=g.members,
                               source=self.source("groups", gid)))

    def subgroup(self, gid: str, code: str) -> str:
        """A group within one country ("Iraqi Kurds"): the group's sectors, the country's code."""
        g = self.d.groups[gid]
        adj = self.d.adjective(code, default=code)
        return self.add(Actor(f"{g.id}:{code}", f"{adj} {g.name}", "group", code, g.sectors, source="derived"))

    def derived(self, kind: str, name: str, country: str | None, sectors: tuple[str, ...]) -> str:
        prefix = {"person": "person", "organisation": "org"}.get(kind, kind)
        aid = f"{prefix}:{slug(name)}"
        existing = self.actors.get(aid)
        if existing is not None:
            if (country and not existing.country) or (sectors and not existing.sectors):
                self.actors[aid] = existing.replace(country=existing.country or country,
                                                    sectors=existing.sectors or sectors)
            return aid
        return self.add(Actor(aid, name, kind, country, sectors, source="derived"))

    def alternative(self, rule: AmbiguityRule) -> str:
        return self.add(Actor(rule.alternative_id, rule.alternative_name or rule.name, rule.alternative_type,
                               rule.alternative_country or None, (), source="dictionary"))

    def compound(self, member_ids: list[str], sectors: tuple[str, ...]) -> str:
        names = [self.actors[m].name for m in member_ids if m in self.actors]
        name = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else (names[0] if names else "?")
        if sectors == ("GOV",):
            name += " governments"
        countries = {self.actors[m].country for m in member_ids if m in self.actors}
        country = countries.pop() if len(countries) == 1 else None
        return self.add(Actor("compound:" + "+".join(member_ids), name, "compound", country, sectors,
                               members=tuple(member_ids), source="derived"))

    def kind_of(self, aid: str | None) -> str:
        """The actor's type, with sector actors ("sector:PSE:CVL") told apart from other groups."""
        if aid is None:
            return ""
        k = self.kinds.get(aid)
        if k is None:
            a = self.actors.get(aid)
            if a is None:
                return ""
            k = self.kinds[aid] = "sector" if aid.startswith("sector:") else a.type
        return k
