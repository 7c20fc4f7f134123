"""Readings of spaCy entities the dictionary does not know: derived people and organisations.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .base import ResolverBase
from .types import (
    CAT_NAME,
    CAT_SECTOR,
    CAT_TITLE,
    COUNTRY_TABLES,
    Atom,
    Phrase,
    clean_name,
)


class EntitiesMixin(ResolverBase):
    def _read_entity(self, m: Phrase, a: Atom, countries: list[str], sectors: tuple[str, ...]) -> None:
        """A spaCy entity the dictionary does not know: a derived person or organisation."""
        countries = self._entity_countries(a, countries)
        name = self._entity_name(m, a)
        if a.key != "PERSON" and not m.person_hint and m.start == a.start and m.end == a.end:
            earlier = self._short_name_of_earlier(m, a)
            if earlier is not None:  # "Levchuk said" after "Oksana Levchuk", whatever the entity label
                m.actor = earlier
                m.label, m.confidence = "PERSON", self.conf.likely
                return
        person = a.key == "PERSON" or m.person_hint
        org_secs = self._org_descriptor(m.start, a.start) if person else None
        if org_secs is not None:  # "the opposition newspaper La Prensa": a body, not a person
            m.label = "ORG"
            m.actor = self.reg.derived("organisation", name, countries[0] if len(countries) == 1 else None, org_secs)
            m.confidence = self.conf.plausible
        elif person:
            self._read_person_entity(m, a, name, countries, sectors)
        elif a.key == "NORP":
            self._read_people_entity(m, name, countries)
        elif a.key == "ORG" or (a.key in ("GPE", "FAC", "LOC") and m.end > a.end):
            # sectors from the name's own head ("... Service") or a noun before it ("the newspaper
            # X"), not from a complement ("Headquarters for the Treatment of Prisoners of War")
            own_sectors = self._sectors_inside(a.start, min(m.end, self.doc[a.start:a.end].root.i + 1))
            secs = own_sectors or (sectors if m.end > a.end else self._sectors_inside(m.start, a.start))
            if not countries:
                countries = self._of_country(self.doc[m.head])  # "the State Emergency Service of Ukraine"
            m.actor = self.reg.derived("organisation", name, countries[0] if len(countries) == 1 else None, secs)
            m.confidence = self.conf.plausible
        else:
            m.actor = None  # a place or facility the dictionary does not know
            m.confidence = self.conf.weak
        if m.gender and m.actor:
            self.reg.gender.setdefault(m.actor, m.gender)

    def _entity_countries(self, a: Atom, countries: list[str]) -> list[str]:
        """``countries`` with those of the dictionary names the entity replaced."""
        inner: list[tuple[str, str]] = []
        for part in a.ref.split(","):
            if "=" in part:
                t, r = part.split("=", 1)
                inner.append((t, r))
        for t, r in inner:
            if t in COUNTRY_TABLES and r not in countries:
                countries.append(r)
            if t == "organisation" and r in self.d.organisations and not countries:
                oc = self.d.organisations[r].country
                if oc:
                    countries.append(oc)
        return countries

    def _entity_name(self, m: Phrase, a: Atom) -> str:
        doc = self.doc
        name_toks = [t for t in doc[a.start:a.end] if not (t.i == a.start and t.lower_ == "the")]
        name = " ".join(t.text for t in name_toks if t.text not in ("[", "]")) if m.end <= a.end else doc[a.start:m.end].text
        return clean_name(name)

    def _read_person_entity(self, m: Phrase, a: Atom, name: str, countries: list[str],
                            sectors: tuple[str, ...]) -> None:
        """A person the dictionary does not know: the one named before, or a derived person."""
        m.label = "PERSON"
        name = self._strip_titles(a.start, a.end) or name
        existing = self._person_by_last_name(name)
        if existing is not None:
            m.actor = existing
        else:
            secs = sectors or ()
            if not countries:
                countries = self._of_country(self.doc[m.head])  # "King Hassan of Morocco"
            org = self._org_in(m.start, a.start)  # "U.N. Secretary-General Kofi Annan"
            if not countries and org is not None:
                if org.country:
                    countries = [org.country]
                elif "IGO" in org.sectors:
                    secs = ("IGO", *(x for x in secs if x != "IGO"))
            m.actor = self.reg.derived("person", name, countries[0] if len(countries) == 1 else None, secs)
        m.confidence = self.conf.likely
        if m.role:
            self.reg.add_role(m.actor, m.role)

    def _read_people_entity(self, m: Phrase, name: str, countries: list[str]) -> None:
        """A NORP entity: a people (plural), of a country when one is given."""
        if self.doc[m.head].tag_ not in ("NNPS", "NNS"):
            m.actor = None
            m.confidence = self.conf.weak
            return
        if countries:  # "Iraqi Kurds": a people of a country
            m.actor = self.reg.sector(countries[-1], ("CVL",))
        else:
            m.actor = self.reg.derived("group", name, None, ())
        m.confidence = self.conf.plausible

    def _org_descriptor(self, s: int, e: int) -> tuple[str, ...] | None:
        """The sectors of an organisation noun right before a name ("the newspaper X"), if any."""
        for i in range(e - 1, s - 1, -1):
            a = self.nouns[i]
            if a is None:
                continue
            st = self.d.sector_nouns.get(a.key) if a.cat == CAT_SECTOR else None
            return st[0].sectors if st is not None and st[0].type == "organisation" else None
        return None

    def _of_country(self, tok: Token) -> list[str]:
        """The country in an "of" complement of a name: "King Hassan of Morocco"."""
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    a = self.names[obj.i] if obj.dep_ == "pobj" else None
                    if a is not None and a.table in ("country", "place"):
                        return [a.ref]
        return []

    def _org_in(self, s: int, e: int) -> Any:
        for i in range(s, e):
            a = self.names[i]
            if a is not None and a.table == "organisation" and a.ref in self.d.organisations:
                return self.d.organisations[a.ref]
        return None

    def _sectors_inside(self, s: int, e: int) -> tuple[str, ...]:
        found: tuple[str, ...] = ()
        for i in range(s, e):
            owner = self.names[i]
            if owner is not None and owner.cat == CAT_NAME and owner.end - owner.start > 1:
                continue  # a word of a dictionary name ("Union" in "the African Union's council")
            a = self.nouns[i]
            if a is not None and a.cat == CAT_SECTOR:
                st = self.d.sector_nouns.get(a.key)
                if st is not None:
                    found = st[0].sectors
        return found

    def _strip_titles(self, s: int, e: int) -> str:
        words = []
        for t in self.doc[s:e]:
            if self.nouns[t.i] is not None and self.nouns[t.i].cat == CAT_TITLE:  # type: ignore[union-attr]
                continue
            if t.text in ("[", "]", "(", ")"):
                continue
            words.append(t.text)
        return clean_name(" ".join(words))

    def _person_by_last_name(self, name: str) -> str | None:
        """A person named in full earlier in the article whom a short form denotes: the surname
        ("Kravets" after "Vasyl Kravets"), or the first name of someone the dictionary does not
        know ("Iryna", "Father Petro" after "Father Petro Sas"); the latest such person wins."""
        parts = name.split()
        if not parts:
            return None
        found = None
        for aid, actor in self.reg.actors.items():
            if actor.type != "person":
                continue
            aparts = actor.name.split()
            if len(parts) == 1 and len(aparts) >= 2 and (
                aparts[-1] == parts[0] or (actor.source == "derived" and aparts[0] == parts[0])
            ):
                found = aid
            elif len(aparts) == 1 and parts[-1] == aparts[0] and actor.source == "derived":
                found = aid
        return found

    def _short_name_of_earlier(self, m: Phrase, a: Atom) -> str | None:
        """A one-word name that is the surname or first name of a person named earlier in the
        article: that person, before any other reading of the word ("Zhao" after "Zhao
        Meiling" is not another Zhao the dictionary knows)."""
        if a.end - a.start != 1 or not self.doc[a.start].is_title:
            return None
        aid = self._person_by_last_name(self.doc[a.start].text)
        if aid is None or (a.table == "person" and aid == a.ref):
            return None
        return aid
