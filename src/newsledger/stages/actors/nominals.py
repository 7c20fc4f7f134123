"""Readings of noun phrases headed by a sector noun, title, anaphor or framing label, and of
compounds.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from collections import Counter

from .base import ResolverBase
from .tables import FramingTerm, TitleEntry
from .types import (
    CAT_ANAPHOR,
    CAT_SECTOR,
    CAT_TITLE,
    COUNTRY_TABLES,
    Atom,
    Phrase,
)


class NominalsMixin(ResolverBase):
    def _read_nominal(self, m: Phrase) -> None:
        """A noun phrase headed by a sector noun, title, anaphor or framing label."""
        countries, sectors, role, honor = self._descriptors(m)
        m.honorifics = honor
        m.role = m.role or role
        sectors = self._head_sectors(m) or sectors
        m.sectors = sectors
        if self._label_referent(m):
            return
        representative = self.doc[m.head].lower_ in self.rules.representative_nouns
        if m.kind in ("nominal", "title") and self._organisation_people(m, sectors, representative):
            return
        unknown_owner = False
        if not countries:  # "the Bush administration", "Putin's government"
            countries, unknown_owner = self._owner_country(m)
        if m.coordinated and len(countries) >= 2:
            members = [self.reg.sector(c, sectors or ("GOV",)) for c in countries]
            m.actor = self.reg.compound(list(dict.fromkeys(members)), sectors or ("GOV",))
            m.kind = "compound"
            self._per_country_mentions(m, sectors or ("GOV",))
            return
        if not countries and m.complement is not None:
            found = self._complement_country(m, sectors, representative)
            if found is None:
                return
            countries = found
        country = countries[-1] if countries else None
        if country and not m.coordinated:
            mods = self._country_modifiers(m)
            if mods and self._modifier_country(mods[-1]) == country:
                country = self._residence(m, mods)
        self._read_nominal_of(m, country, sectors, unknown_owner)

    def _label_referent(self, m: Phrase) -> bool:
        """A framing label that names its referent ("the Zionist regime")."""
        for fa in self._frames_in(m):
            ft = self.d.framing_forms.get(fa.key)
            if ft is not None and ft.refers_to:
                referent = self._framing_referent(ft)
                if referent is not None:
                    m.actor = referent
                    m.confidence = self.conf.sure
                    return True
        return False

    def _organisation_people(self, m: Phrase, sectors: tuple[str, ...], representative: bool) -> bool:
        """"Hamas leaders", "Hezbollah guerrillas", "Red Cross officials": people of an
        organisation stand for it (an organisation that is itself part of the phrase's possessor
        is not meant). True when ``m`` is read so."""
        for i in range(m.start, m.head):
            a = self.names[i]
            if a is not None and a.table == "organisation" and self._person_noun(m) and not (
                representative or set(sectors) & set(self.d.organisations[a.ref].sectors)
            ):
                continue  # "a Kremlin critic" is not the Kremlin; "U.N. helicopters" are the U.N.'s
            if a is not None and a.table == "organisation" and self._body_noun(m) and not self._indefinite(m):
                # "the UN human rights monitoring mission": a body of the organisation
                m.actor = self._body_actor(m, None, self.d.organisations[a.ref])
                return True
            if a is not None and a.table == "organisation":
                te = self.d.title_forms.get(m.term) if m.kind == "title" else None
                holder = self.d.org_office_holder(te.role, a.ref, self.pd.article.published) if te else None
                # "the UN Secretary-General": the holder; "Hamas fighters": Hamas
                m.actor = self.reg.person(holder.id) if holder is not None else self.reg.org(a.ref)
                return True
            if a is not None and a.cat == "E" and a.key == "ORG":
                inner = self.by_head.get(self.doc[a.start:a.end].root.i)
                if inner is None:
                    inner = Phrase(a.start, a.end, self.doc[a.start:a.end].root.i, "name", "ORG", atom=a)
                self._read(inner)
                if inner.actor:
                    m.actor = inner.actor
                    return True
        return False

    def _owner_country(self, m: Phrase) -> tuple[list[str], bool]:
        """The country of a person who owns the phrase ("the Bush administration"), and whether
        the owner is someone whose country is unknown."""
        for i in range(m.start, m.head):
            a = self.names[i]
            if a is None or not (a.table == "person" or (a.cat == "E" and a.key == "PERSON")):
                continue
            pa = self.reg.actors.get(self.reg.person(a.ref)) if a.table == "person" and a.ref in self.d.people else None
            if pa is not None and pa.country:
                return [pa.country], False
            return [], True
        return [], False

    def _complement_country(self, m: Phrase, sectors: tuple[str, ...], representative: bool) -> list[str] | None:
        """Read the phrase from its of/in complement: None when that names its actor ("officials
        of X"), else the complement's country, if any."""
        if len(m.comp_members) >= 2:
            self._complement_compound(m, sectors)
            return None
        c = m.complement
        assert c is not None
        self._read(c)
        ca = self.reg.actors.get(c.actor or "")
        if ca is not None:
            if representative and (ca.type in ("organisation", "group") or (
                ca.type == "person" and self.doc[m.head].lower_ in self.rules.spokesperson_nouns
            )):
                m.actor = ca.id  # "officials of X", "a spokesman for X": X
                m.end = max(m.end, c.end)
                return None
            if ca.country:
                m.end = max(m.end, c.end)
                return [ca.country]
        return []

    def _read_nominal_of(self, m: Phrase, country: str | None, sectors: tuple[str, ...], unknown_owner: bool) -> None:
        """The reading of a noun phrase once its country (if any) is known."""
        if m.kind == "title":
            te = self.d.title_forms.get(m.term)
            if country:
                m.actor = self._office(te, country) or self.reg.sector(country, sectors or ("GOV",))
                m.confidence = self.conf.likely
            else:
                m.pending = "title"
            return
        if m.kind == "honorific":
            m.pending = "honorific"
            return
        body = self._body_noun(m) and not self._indefinite(m)
        if country:
            # "Japan's foreign ministry", "the Russian embassy": a body of that state
            m.actor = self._body_actor(m, country, None) if body else self.reg.sector(country, sectors)
            return
        if unknown_owner:
            m.actor = None  # someone's administration, but whose country we do not know
            m.confidence = self.conf.weak
            return
        fallback = ""
        if m.term in self.d.anaphors and m.definite:
            fallback = "anaphor"
        elif "CVL" in sectors:
            fallback = "civilian"
        elif sectors and sectors != ("GOV",):
            fallback = "sector"
        if m.kind == "nominal" and m.definite and not m.plural and (body or self._describes_body(m)):
            # "the emergency service", "The Defence Ministry", "the headquarters": a body named before
            m.pending, m.fallback = "description", fallback
            return
        if fallback:
            m.pending = fallback
            return
        m.actor = None  # "a regime", "officials": no referent to be had
        m.confidence = self.conf.weak

    def _person_noun(self, m: Phrase) -> bool:
        """Is the head a noun for people (a sector noun of type person or group)?"""
        a = self.nouns[m.head]
        if a is None or a.cat != CAT_SECTOR:
            return False
        st = self.d.sector_nouns.get(a.key)
        return st is not None and st[0].type in ("person", "group")

    def _frames_in(self, m: Phrase) -> list[Atom]:
        out: list[Atom] = []
        for i in range(m.start, m.end):
            a = self.frames[i]
            if a is not None and a not in out:
                out.append(a)
        return out

    def _head_sectors(self, m: Phrase) -> tuple[str, ...]:
        a = self.nouns[m.head]
        if a is not None:
            if a.cat == CAT_SECTOR:
                st = self.d.sector_nouns.get(a.key)
                if st is not None:
                    return st[0].sectors
            if a.cat == CAT_TITLE:
                te = self.d.title_forms.get(a.key)
                if te is not None:
                    return te.sectors
            if a.cat == CAT_ANAPHOR:
                an = self.d.anaphors.get(a.key)
                if an is not None and an.sectors:
                    return an.sectors
        f = self.frames[m.head]
        if f is not None:
            ft = self.d.framing_forms.get(f.key)
            if ft is not None and ft.sector:
                return (ft.sector,)
        return ()

    def _framing_referent(self, ft: FramingTerm) -> str | None:
        """What a label denotes, from the lexicon: a country code (its government, or the sector
        given), or the id of a person, organisation or group. A label tied to one person or
        organisation ("resistance movement" → Hamas) counts only when the article names them."""
        ref = ft.refers_to.strip()
        if not ref:
            return None
        if len(ref) == 3 and ref.upper() in self.d.countries:
            return self.reg.sector(ref.upper(), (ft.sector,) if ft.sector else ("GOV",))
        keys = [ref] if ":" in ref else [f"person:{ref}", f"org:{ref}", f"group:{ref}"]
        for k in keys:
            if k in self.d.people:
                return self.reg.person(k) if k in self._named_refs else None
            if k in self.d.organisations:
                return self.reg.org(k) if k in self._named_refs else None
            if k in self.d.groups:
                return self.reg.group(k)
        if ref.startswith("state:") and ref[6:] in self.d.countries:
            return self.reg.state(ref[6:])
        code = self.d.country_of_word(ref)
        return self.reg.state(code) if code else None

    def _office(self, te: TitleEntry | None, country: str) -> str | None:
        if te is None or te.kind != "office":
            return None
        p = self.d.office_holder(te.role, country, self.pd.article.published)
        if p is None:
            return None
        aid = self.reg.person(p.id)
        self.reg.add_role(aid, te.role)
        return aid

    def _per_country_mentions(self, m: Phrase, sectors: tuple[str, ...]) -> None:
        for a in self._country_modifiers(m):
            same = [x for x in self.mentions if x.start == a.start and x.end == a.end and x is not m]
            if same:
                for x in same:
                    x.actor, x.read, x.pending = self.reg.sector(a.ref, sectors), True, ""
                continue
            sub = Phrase(a.start, a.end, self.doc[a.start:a.end].root.i, "demonym", "NORP", atom=a)
            sub.actor = self.reg.sector(a.ref, sectors)
            sub.sentence = m.sentence
            sub.confidence = self.conf.likely
            self.mentions.append(sub)

    def _read_compound(self, m: Phrase) -> None:
        for g in m.members:
            self._read(g)
        # "Sierra Leonean and Liberian refugees": a bare demonym shares the noun of its partner
        nouns = [g for g in m.members if g.kind in ("nominal", "title") and g.sectors and g.actor]
        for g in m.members:
            a = g.atom
            if nouns and g.kind == "demonym" and a is not None and a.table in ("demonym", "adjective") and g.end == a.end:
                g.actor = self.reg.sector(a.ref, nouns[0].sectors)
        if any(g.pending for g in m.members):
            m.pending = "compound"
            return
        self._finish_compound(m)

    def _finish_compound(self, m: Phrase) -> None:
        ids = list(dict.fromkeys(g.actor for g in m.members))
        if None in ids or not ids:
            m.actor = None  # a member we cannot name: the whole is not named either
            m.confidence = self.conf.weak
            return
        real = [i for i in ids if i]
        if len(real) == 1:
            m.actor = real[0]
            return
        secs = [self.reg.actors[i].sectors for i in real]
        common = tuple(x for x in secs[0] if all(x in y for y in secs[1:]))
        m.actor = self.reg.compound(real, common)

    def _complement_compound(self, m: Phrase, sectors: tuple[str, ...]) -> None:
        """"the leaders of the United States, Germany, France and Britain"."""
        sectors = sectors or ("GOV",)
        members: list[str] = []
        for g in m.comp_members:
            self._read(g)
            a = g.atom
            if a is not None and a.table in COUNTRY_TABLES:
                members.append(self.reg.sector(a.ref, sectors))
            elif g.actor:
                members.append(g.actor)
            else:
                m.actor = None  # "the people of Europe and America": a member we cannot name
                m.confidence = self.conf.weak
                return
        m.end = max(m.end, *(g.end for g in m.comp_members))
        m.actor = self.reg.compound(list(dict.fromkeys(members)), sectors)
        m.kind = "compound"

    def _focus_country(self) -> str | None:
        counts: Counter[str] = Counter()
        for m in self.mentions:
            a = self.reg.actors.get(m.actor or "")
            if a is not None and a.country and a.type in ("state", "person", "country"):
                counts[a.country] += 1
        return counts.most_common(1)[0][0] if counts else None
