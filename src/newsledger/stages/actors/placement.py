"""Where an actor belongs: the country of a people, an unnamed group or a titled person.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp import in_prepositional_phrase
from .base import ResolverBase
from .types import (
    CAT_NAME,
    Atom,
    Phrase,
)


class PlacementMixin(ResolverBase):
    def _residence(self, m: Phrase, atoms: list[Atom]) -> str | None:
        """The country of a people named by demonyms (``atoms``, the last one closest to the head).

        Ethnic groups are coded by the country they live in: "Bosnian Serbs" (a country adjective
        before a people's name), "the Albanians of southern Serbia" (an "of" complement), "ethnic
        Albanians" in a sentence that places them ("operating in Macedonia"). Otherwise the
        demonym's own country."""
        last = atoms[-1]
        code = self._modifier_country(last)
        rules = self.rules
        if last.key not in rules.ethnic_forms and not self._ethnic_marked(atoms[0]):
            return code
        if len(atoms) >= 2 and atoms[-2].end == last.start and last.key in rules.ethnic_forms:
            first = self._modifier_country(atoms[-2])
            if first and first != code:
                return first  # "Bosnian Serbs", "Kosovo Albanians"
        head = self.doc[m.head]
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    place = self._place_code(obj) if obj.dep_ == "pobj" else None
                    if place:
                        return place  # "the Albanians of southern Serbia"
        if not self._ethnic_marked(atoms[0]):
            return code
        for acl in head.children:  # "ethnic Albanian guerrillas operating in Macedonia"
            if acl.dep_ in ("acl", "relcl"):
                for t in acl.subtree:
                    place = self._place_code(t) if self._locative(t) else None
                    if place:
                        return place
        places = self._locatives(m.sentence)
        return next(iter(places)) if len(places) == 1 else code

    def _ethnic_marked(self, a: Atom) -> bool:
        return a.start > 0 and self.doc[a.start - 1].lower_ in self.rules.ethnic_markers

    def _place_code(self, tok: Token) -> str | None:
        """The country a country, capital or place name at ``tok`` denotes."""
        a = self.names[tok.i]
        if a is None or a.table not in ("country", "capital", "place"):
            return None
        return self._modifier_country(a)

    def _locative(self, tok: Token) -> bool:
        """A place name in a locative phrase: "in Baku", "near Macedonia's border", "outside of
        the city of Basra" (climbing through "the town of ...")."""
        return in_prepositional_phrase(tok, self.rules.locative_prepositions)

    def _locatives(self, sentence: int) -> set[str]:
        """Countries of the places a sentence puts its events in ("in Baku", "near Samarra")."""
        cache = self._locative_cache
        if cache is None:  # all sentences at once, on first use
            cache = self._locative_cache = {}
            seen: set[int] = set()
            for a in self.names:
                if a is None or id(a) in seen or a.table not in ("country", "capital", "place"):
                    continue
                seen.add(id(a))
                tok = self.doc[a.start:a.end].root
                code = self._modifier_country(a)
                if self._inside_larger_place(a):
                    continue  # "the South China Sea", "the Gulf of Finland": not the country
                if code and self._locative(tok) and not self._in_background(tok):
                    cache.setdefault(self.pd.sentence_index(tok.idx), set()).add(code)
        return cache.get(sentence, set())

    def _inside_larger_place(self, a: Atom) -> bool:
        """A country's name in the name of a sea or gulf: "the South China Sea", "the Gulf of Finland"."""
        water = self.rules.water_features
        if a.end < self.n and self.doc[a.end].lower_ in water:
            return True
        root = self.doc[a.start:a.end].root
        return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in water

    def _in_background(self, tok: Token) -> bool:
        """Inside a conditional or temporal clause ("if war starts in Iraq")."""
        marks = self.rules.background_marks
        t = tok
        for _ in range(12):
            if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
                return True
            if t.head.i == t.i:
                return False
            t = t.head
        return False

    def _context_country(self, m: Phrase, forces: bool = False, places_only: bool = False) -> str | None:
        """The country of an unnamed group ("rebels", "demonstrators"): where the sentence places
        it, else the one country the sentence names."""
        places = self._locatives(m.sentence)
        if len(places) == 1:
            return next(iter(places))
        if places or places_only:
            return None
        if self._by_sentence is None:
            self._by_sentence = {}
            for x in self.mentions:
                self._by_sentence.setdefault(x.sentence, []).append(x)
        codes: set[str] = set()
        for x in self._by_sentence.get(m.sentence, ()):
            if x is m or not x.actor or x.kind == "compound":
                continue
            if x.start <= m.start and m.end <= x.end:
                continue
            a = self.reg.actors.get(x.actor)
            if a is None or not a.country or (not forces and set(a.sectors) & self.rules.force_sectors):
                continue  # troops and fighters often act abroad: "U.S. troops killed three militants"
            if x.atom is not None and x.atom.cat == CAT_NAME and self._inside_larger_place(x.atom):
                continue  # "the South China Sea"
            if not forces and x.kind == "demonym" and a.type == "country":
                continue  # "Israeli strikes killed 20 people": whose strikes, not where
            codes.add(a.country)
        return next(iter(codes)) if len(codes) == 1 else None

    def _place_titled_people(self) -> None:
        """A person the dictionary does not know, named with a title ("President X", "Judge Y"),
        belongs to the country the text is about: the sentence's country, else the focus. An
        organisation the dictionary does not know ("the opposition newspaper La Prensa") belongs
        to the country its sentence places it in, unless its name says it is international."""
        international = frozenset(self.rules.international_words)
        for m in self.mentions:
            a = self.reg.actors.get(m.actor or "")
            if a is None or a.country or a.source != "derived" or a.members:
                continue
            if m.apposed is not None or any(c.dep_ == "appos" for c in self.doc[m.head].children):
                continue  # "X, the African Union's envoy": the apposition says whom they serve
            if a.type == "person" and m.role and set(a.sectors) & self.rules.office_sectors:
                code = self._context_country(m, forces=True) or self._focus
            elif a.type == "organisation" and a.sectors and "IGO" not in a.sectors \
                    and not set(a.name.lower().split()) & international:
                code = self._context_country(m)  # a body described as something ("the newspaper X")
            else:
                continue
            if code:
                self.reg.actors[a.id] = a.replace(country=code)
