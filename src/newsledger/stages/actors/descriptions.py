"""Government bodies and other organisations described, not named ("the foreign ministry").

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from typing import Any

from .base import ResolverBase
from .tables import body_words
from .types import (
    COUNTRY_TABLES,
    Phrase,
)


class DescriptionsMixin(ResolverBase):
    def _indefinite(self, m: Phrase) -> bool:
        return self.doc[m.start].lower_ in self.rules.indefinite_determiners

    def _body_noun(self, m: Phrase) -> bool:
        """A government body ("foreign ministry", "embassy", "coast guard"), singular."""
        if m.plural or m.kind not in ("nominal", "label"):
            return False
        a = self.nouns[m.head]
        key = a.key if a is not None else self.doc[m.head].lower_
        bodies = self.rules.body_nouns
        return key in bodies or self.doc[m.head].lower_ in bodies or (
            key.split()[-1] in bodies if key else False)

    def _describes_body(self, m: Phrase) -> bool:
        """A head noun that names a kind of organisation ("the headquarters", "the council")."""
        return self.doc[m.head].lower_ in self.rules.organisation_heads

    def _description_words(self, m: Phrase) -> frozenset[str]:
        """The words of a description that a name must share: head and modifiers, without
        determiners, possessors, countries and numbers ("the 15-member council" → council)."""
        doc = self.doc
        head = doc[m.head]
        skip: set[int] = set()
        for c in head.children:
            if c.dep_ == "poss" or c.like_num or any(g.like_num for g in c.subtree):
                skip.update(t.i for t in c.subtree)
        words = []
        for t in doc[m.start:m.head + 1]:
            if t.i in skip or not t.is_alpha or t.pos_ in ("DET", "PRON", "PART", "NUM", "ADP", "CCONJ"):
                continue
            a = self.names[t.i]
            if a is not None and a.table in COUNTRY_TABLES:
                continue
            words.append(t.text)
        return body_words(words)

    def _body_actor(self, m: Phrase, country: str | None, owner: Any) -> str:
        """The organisation a description of a government body names: the dictionary's, when it
        knows that body of that country ("China's coast guard"), else a derived organisation named
        after the country and the description ("Japanese foreign ministry"), sectors from the
        noun ("ministry" → GOV, "health ministry" → GOV HLH)."""
        words = self._description_words(m)
        if country:
            known = self.d.body_of(country, words)
            if known is not None:
                return self.reg.org(known.id)
        desc = self._description_text(m)
        if owner is not None:
            child = self.d.child_body(owner.id, words)
            if child is not None:
                return self.reg.org(child.id)  # "the UN human rights office": OHCHR
            name = f"{owner.name} {desc}"
            return self.reg.derived("organisation", name, owner.country, owner.sectors)
        c = self.d.countries.get(country or "")
        adj = c.adjectives[0] if c is not None and c.adjectives else (c.name if c is not None else "")
        name = f"{adj} {desc}".strip()
        return self.reg.derived("organisation", name, country, m.sectors or ("GOV",))

    def _description_text(self, m: Phrase) -> str:
        """The description as written, head and modifiers only ("foreign affairs department",
        "regional prosecutor's office"), without determiners, possessors and numbers."""
        doc = self.doc
        head = doc[m.head]
        own = self.nouns[m.head]
        skip: set[int] = set()
        for c in head.children:
            if c.dep_ == "poss" and own is not None and own.start <= c.i < own.end:
                skip.update(t.i for t in c.subtree if t.dep_ == "det" or t.like_num)
                continue  # "prosecutor's office": the possessive is part of the noun
            if c.dep_ in ("poss", "det") or c.like_num:
                skip.update(t.i for t in c.subtree)
        words = []
        for t in doc[m.start:m.head + 1]:
            if t.i in skip or t.pos_ == "DET" or t.is_punct:
                continue
            a = self.names[t.i]
            if a is not None and (a.table in COUNTRY_TABLES or a.table == "organisation"):
                continue
            if t.tag_ == "POS" or t.lower_ in ("'s", "’s"):
                if words:
                    words[-1] += t.text
                continue
            words.append(t.text)
        return " ".join(words) or head.text

    def _earlier_body(self, m: Phrase, history: list[Phrase]) -> str | None:
        """The organisation named before whose name holds every word of a description ("the
        emergency service" → "the State Emergency Service", "the headquarters" → "the
        Coordination Headquarters for ...", "the ministry" → the last ministry named)."""
        words = self._description_words(m)
        if not words:
            return None
        for h in self._recent(history, m):
            if h.kind in ("pronoun", "compound") or self.reg.kind_of(h.actor) != "organisation":
                continue
            if words <= self._org_words(h.actor or ""):
                return h.actor
        return None

    def _org_words(self, aid: str) -> frozenset[str]:
        cached = self._org_word_cache.get(aid)
        if cached is not None:
            return cached
        a = self.reg.actors.get(aid)
        names: list[str] = [a.name] if a is not None else []
        if aid in self.d.organisations:
            names.extend(self.d.organisations[aid].names)
        out: set[str] = set()
        for n in names:
            out |= body_words(n.replace("’s", "").replace("'s", "").split())
        words = frozenset(out)
        self._org_word_cache[aid] = words
        return words

    def _resolve_description(self, m: Phrase, history: list[Phrase]) -> None:
        earlier = self._earlier_body(m, history)
        if earlier is not None:
            m.actor = earlier
            m.confidence = self.conf.plausible
            return
        if self._body_noun(m) and self.doc[m.head].lower_ not in self.rules.abroad_bodies:
            # "the foreign ministry said" with none named before: the body of the country the
            # sentence is about, else of the country in focus (not for an embassy: it is abroad)
            code = self._context_country(m) or self._focus
            if code:
                m.actor = self._body_actor(m, code, None)
                m.confidence = self.conf.guess
                return
        fallback, m.fallback = m.fallback, ""
        if fallback:
            m.pending = fallback
            self._resolve_pending(m, history)
        else:
            m.actor = None
            m.confidence = self.conf.weak
