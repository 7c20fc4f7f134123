"""Context-free readings of names, demonyms, capitals and ambiguous names.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from .base import ResolverBase
from .tables import AmbiguityRule
from .types import (
    CAT_FRAME,
    CAT_NAME,
    CAT_SECTOR,
    CAT_TITLE,
    Atom,
    Phrase,
    tail_keys,
)


class ReadingsMixin(ResolverBase):
    def _read_names(self) -> None:
        """Resolve names, demonyms, nominals with their own country; leave the rest pending."""
        for m in list(self.mentions):
            if m.kind != "compound":
                self._read(m)
        for m in self.mentions:
            if m.kind == "compound" and m.actor is None:
                self._read_compound(m)

    def _read(self, m: Phrase) -> None:
        a = m.atom
        if m.kind in ("pronoun", "compound") or m.read:
            return
        m.read = True
        if a is not None and a.table == "office":
            self._read_office(m)
            return
        if self._is_name(m) or (a is not None and a.cat in (CAT_NAME, "E") and m.kind in ("name", "demonym")):
            self._read_name(m)
            return
        self._read_nominal(m)

    def _read_office(self, m: Phrase) -> None:
        """A title that names one office ("UN chief"): its holder on the article's date."""
        a = m.atom
        assert a is not None
        countries, _, _, _ = self._descriptors(m)
        cands = self.d.office_people.get(a.key, [])
        if countries:
            cands = [p for p in cands if self.d.people[p].country in countries] or cands
        date = self.pd.article.published
        on = [p for p in cands if self.d.held_on(p, date)]
        indefinite = self.doc[m.start].lower_ in self.rules.indefinite_determiners
        if len(on) == 1 and not indefinite and not m.plural:
            m.actor = self.reg.person(on[0])
            m.confidence = self.conf.likely
            return
        # several holders, or none on that date: read it as a plain title
        te = self.d.title_forms.get(a.key) or next(
            (self.d.title_forms[k] for k in tail_keys(a.key) if k in self.d.title_forms), None)
        m.term = te.term.lower() if te is not None else a.key
        m.atom = None
        if te is None:  # "the Hamas leader": a noun phrase like any other
            noun = self.nouns[m.head]
            m.kind, m.label, m.atom = "nominal", "NOMINAL", noun
            m.term = noun.key if noun is not None else a.key
        self._read_nominal(m)

    def _descriptors(self, m: Phrase) -> tuple[list[str], tuple[str, ...], str, list[str]]:
        """Countries, sectors, role and honorifics from the words around a name or noun."""
        countries: list[str] = []
        for a in self._country_modifiers(m):
            code = self._modifier_country(a)
            if code and code not in countries:
                countries.append(code)
        found = _Described()
        seen: set[int] = set()
        for i in range(m.start, m.end):
            owner = self.names[i]
            if owner is not None and owner is not m.atom and owner.start <= i < owner.end and (
                owner.end - owner.start > 1
            ):
                continue  # a word of another name ("Union" in "the African Union's council")
            for arr in (self.nouns, self.frames):
                a = arr[i]
                if a is None or id(a) in seen:
                    continue
                seen.add(id(a))
                self._describe(m, a, found)
        role, sectors, honor = found.role, found.sectors, found.honor
        if not m.gender:
            m.gender = self._gender_cue(m.start, m.end)
        return countries, sectors, role, honor

    def _describe(self, m: Phrase, a: Atom, found: _Described) -> None:
        """What one title, sector noun or framing term in a phrase tells of whom it names."""
        if a.cat == CAT_TITLE:
            te = self.d.title_forms.get(a.key)
            if te is not None:
                if te.kind != "courtesy":
                    found.role = found.role or te.role
                    found.sectors = found.sectors or te.sectors
                if te.gender:
                    m.gender = m.gender or te.gender
        elif a.cat == CAT_SECTOR:
            st = self.d.sector_nouns.get(a.key)
            if st is not None and not found.sectors:
                found.sectors = st[0].sectors
        elif a.cat == CAT_FRAME:
            ft = self.d.framing_forms.get(a.key)
            if ft is not None and ft.kind == "honorific":
                found.honor.append(a.key)
            if a not in m.frames:
                m.frames.append(a)

    def _gender_cue(self, s: int, e: int) -> str:
        male, female = self._male, self._female
        prev = ""
        for t in self.doc[s:e]:
            low = t.lower_
            pair = f"{prev} {low}"
            if low in male or pair in male:
                return "m"
            if low in female or pair in female:
                return "f"
            prev = low
        return ""

    def _read_name(self, m: Phrase) -> None:
        a = m.atom
        assert a is not None
        countries, sectors, role, honor = self._descriptors(m)
        m.role = m.role or role
        m.honorifics = honor
        if a.cat == "E":
            self._read_entity(m, a, countries, sectors)
            return
        table, ref = a.table, a.ref
        if table == "person":
            earlier = self._short_name_of_earlier(m, a)
            if earlier is not None:
                m.actor = earlier
                m.confidence = self.conf.likely
                return
        refs = [r for r in self.d.surfaces.get(a.key, [])]
        if len(refs) > 1:
            table, ref = self._choose_reading(m, a, refs)
        if table == "person":
            p = self._person_by_date(a.key) or ref
            m.actor = self.reg.person(p)
            if m.role:
                self.reg.add_role(m.actor, m.role)
        elif table == "organisation":
            m.actor = self.reg.org(ref)
        elif table == "group":
            self._read_group_name(m, a, ref, countries)
        elif table == "place":
            m.actor = self.reg.country(ref)  # "in the besieged Gaza Strip"
        elif table in ("country", "capital"):
            self._read_country_name(m, a, ref, table)
        elif table in ("demonym", "adjective"):
            self._read_demonym(m, a, ref, table)
        if m.gender and m.actor:
            self.reg.gender.setdefault(m.actor, m.gender)

    def _read_group_name(self, m: Phrase, a: Atom, ref: str, countries: list[str]) -> None:
        g = self.d.groups[ref]
        code = countries[-1] if countries else None
        if code and not g.members:
            m.actor = self.reg.subgroup(ref, code)  # "Iraqi Kurds"
        elif g.members and self._subset(m, a):
            m.actor = self._part_of_group(ref)  # "new EU members": some of them, not all
        else:
            m.actor = self.reg.group(ref)

    def _read_demonym(self, m: Phrase, a: Atom, ref: str, table: str) -> None:
        tok = self.doc[m.head]
        if a.start <= m.head < a.end and (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NNS", "NNPS")) and table == "demonym":
            atom = Atom(a.start, a.end, a.cat, a.key, table=table, ref=ref)
            mods = [x for x in self._country_modifiers(m) if x.end <= a.start]
            m.actor = self.reg.sector(self._residence(m, [*mods, atom]), ("CVL",))  # "Palestinians"
        else:
            m.actor = self.reg.country(ref)  # "Israeli air raids"
            m.confidence = self.conf.likely

    def _subset(self, m: Phrase, a: Atom) -> bool:
        """"new EU members", "some NATO allies": a part of a group with a fixed membership."""
        words = self.rules.subset_modifiers
        return any(t.lower_ in words for t in self.doc[m.start:a.start])

    def _part_of_group(self, gid: str) -> str:
        """Some members of a group: the international body the group is the membership of (the
        CAMEO practice for its members acting as such), else the group with no member list."""
        g = self.d.groups[gid]
        bodies = [o for o in g.member_orgs if o in self.d.organisations and "IGO" in self.d.organisations[o].sectors]
        if len(bodies) == 1:
            return self.reg.org(bodies[0])
        return self.reg.derived("group", f"some {g.name}", None, g.sectors)

    def _choose_reading(self, m: Phrase, a: Atom, refs: list[Any]) -> tuple[str, str]:
        order = {"person": 0, "organisation": 1, "group": 2, "country": 3, "capital": 4, "place": 5, "demonym": 6, "adjective": 7}
        tok = self.doc[m.head]
        # "The PRC said": China, unless the article is about the country of the other reading
        refs = [r for r in refs if not (r.table == "organisation" and self._gated_org(a.key, r.key))] or refs
        pref = self.rules.preferred_readings.get(a.key)
        best = sorted(refs, key=lambda r: (order.get(r.table, 9), -self._evidence[r.key], r.key != pref))
        tables = {r.table for r in refs}
        if "demonym" in tables and "adjective" in tables:
            want = "demonym" if tok.tag_ in ("NNS", "NNPS") or tok.pos_ in ("NOUN", "PROPN") else "adjective"
            wanted = [r for r in refs if r.table == want]
            if wanted:
                r = max(wanted, key=lambda r: (self._evidence[r.key], r.key == pref))
                return r.table, r.key
        return best[0].table, best[0].key

    def _person_by_date(self, key: str) -> str | None:
        """Of several people with one name, the one in office on the article's date, else the latest."""
        people = self.d.people_named(key)
        if len(people) <= 1:
            return people[0].id if people else None
        date = self.pd.article.published
        on = [p for p in people if self.d.held_on(p.id, date)]
        pool = on or people
        return max(pool, key=lambda p: self.d.latest_start(p.id)).id

    def _read_country_name(self, m: Phrase, a: Atom, code: str, table: str) -> None:
        tok = self.doc[m.head]
        amb = self.d.ambiguity.get(a.key)
        if a.key in self.d.ambiguous_forms:
            reading = self._ambiguous_reading(m, a, amb)
            if reading == "person":
                m.actor = self.reg.derived("person", self.doc[a.start:a.end].text, None, ())
                m.kind, m.label = "name", "PERSON"
                m.confidence = self.conf.plausible
                return
            if reading == "alternative" and amb is not None and amb.alternative_id:
                m.actor = self.reg.alternative(amb)
                m.confidence = self.conf.plausible
                return
        if self._is_place(tok):
            m.actor = self.reg.country(code)
            return
        if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and m.end <= tok.head.i:
            m.actor = self.reg.country(code)  # "the U.S. election", "Iran talks"
            m.confidence = self.conf.likely
            return
        if table == "capital":
            if a.key in self.d.ambiguous_forms and amb is None and not self._evidence[code]:
                m.actor = None  # "Victoria said": a capital that is also a first name, and no Seychelles
                m.confidence = self.conf.doubtful
                return
            if self._capital_acts(tok):
                m.actor = self.reg.state(code)
                m.confidence = self.conf.likely
            else:
                m.actor = self.reg.country(code)
                m.confidence = self.conf.plausible
            return
        m.actor = self.reg.state(code)

    def _modifier_country(self, a: Atom) -> str | None:
        """The country a modifier names, read as in ``_read_country_name`` for ambiguous names."""
        if a.key not in self.d.ambiguous_forms:
            return a.ref
        amb = self.d.ambiguity.get(a.key)
        reading = self._ambiguous_reading(None, a, amb)
        if reading == "person":
            return None
        if reading == "alternative" and amb is not None:
            return amb.alternative_country or None
        return a.ref

    def _ambiguous_reading(self, m: Phrase | None, a: Atom, amb: AmbiguityRule | None) -> str:
        """person, alternative or country."""
        doc = self.doc
        country_cues = self._cues(amb.country_cues) if amb else 0
        if amb is None or amb.person_reading:
            person = False
            if a.start > 0:  # a first name before it: "Michael Jordan"
                prev = doc[a.start - 1]
                person = (prev.ent_type_ == "PERSON" and prev.pos_ == "PROPN" and self.names[prev.i] is None
                          and self.nouns[prev.i] is None)
            if not person and a.ner == "PERSON":
                # spaCy's PERSON alone is weak evidence ("Chad said it would ..."): ask the pronouns
                person = self._pronoun_evidence(a.start) == "person"
            if person and country_cues == 0:
                return "person"
        if amb is not None and amb.alternative_id:
            alt = self._cues(amb.alternative_cues)
            if alt > country_cues:
                return "alternative"
        return "country"

    def _pronoun_evidence(self, i: int) -> str:
        """"person" when he/she (and no it/its) follow the name in its sentence and the next one,
        "thing" when it/its do, "" when neither."""
        sent = self.doc[i].sent
        end = sent.end
        if end < self.n:
            end = self.doc[end].sent.end
        personal = set(self.rules.male_pronouns) | set(self.rules.female_pronouns) | {"his", "her"}
        seen_person = seen_thing = False
        for t in self.doc[i + 1:end]:
            low = t.lower_
            if low in personal:
                seen_person = True
            elif low in ("it", "its", "itself"):
                seen_thing = True
        if seen_thing:
            return "thing"
        return "person" if seen_person else ""

    def _cues(self, cues: Iterable[str]) -> int:
        text = self.pd.text
        n = 0
        for c in cues:
            if c not in self._cue_cache:
                self._cue_cache[c] = len(re.findall(rf"(?<!\w){re.escape(c)}(?!\w)", text))
            n += self._cue_cache[c]
        return n

    def _is_place(self, tok: Token) -> bool:
        """A name used as a place: "in Gaza", "flew to Washington"."""
        t = tok
        while t.dep_ in ("conj", "appos", "compound") and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pobj":
            return False
        prep = t.head
        low = prep.lower_
        if low in self.rules.locative_prepositions:
            return True
        if low in self.rules.motion_prepositions:
            gov = prep.head
            return gov.lemma_.lower() in self.rules.travel_lemmas or gov.lower_ in self.rules.travel_lemmas
        return False

    def _capital_acts(self, tok: Token) -> bool:
        """A capital that acts or owns stands for its government: "Tehran said", "Washington's position"."""
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "dobj", "appos"):
            return True
        if t.dep_ == "compound" and (self.nouns[t.head.i] is not None):
            return True
        if t.dep_ == "pobj":
            return t.head.lower_ not in self.rules.locative_prepositions and t.head.lower_ not in self.rules.motion_prepositions
        return False


@dataclass
class _Described:
    """What the titles, sector nouns and framing terms of a phrase tell (see ``_descriptors``)."""

    role: str = ""
    sectors: tuple[str, ...] = ()
    honor: list[str] = field(default_factory=list)
