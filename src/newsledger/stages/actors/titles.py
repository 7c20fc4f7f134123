"""Resolution of titles, spokespeople, honorifics and unnamed groups of a sector.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from ...records import Actor
from .base import ResolverBase
from .tables import slug
from .types import (
    CAT_SECTOR,
    MODIFIER_DEPS,
    POSSESSIVE_PRONOUNS,
    Phrase,
    role_matches,
)


class TitlesMixin(ResolverBase):
    def _resolve_title(self, m: Phrase, history: list[Phrase]) -> None:
        te = self.d.title_forms.get(m.term)
        role = (te.role if te else m.term).lower()
        if self.doc[m.head].lower_ in self.rules.spokesperson_nouns:
            principal = self._spoken_for(m, history)
            if principal is not None:  # "his spokesman", "a police spokeswoman": whom they speak for
                m.actor = principal
                m.confidence = self.conf.plausible
                return
        if m.plural:
            group = self._plural_antecedent(m, history, te.sectors if te else ()) if m.definite else None
            if group is not None:  # "the three ministers": the ministers just named together
                m.actor = group
                m.confidence = self.conf.plausible
            return  # "several ministers" are no one person
        for h in self._recent(history, m):
            if self.reg.kind_of(h.actor) == "person" and any(role_matches(role, r) for r in self.reg.roles.get(h.actor or "", ())):
                m.actor = h.actor
                m.confidence = self.conf.plausible
                return
        if self._focus and te is not None:
            holder = self._office(te, self._focus)
            if holder:
                m.actor = holder
                m.confidence = self.conf.guess
                return
        if te is not None and te.kind != "courtesy" and m.definite and self._qualified(m) \
                and self.doc[m.head].dep_ not in MODIFIER_DEPS:
            # "the regional governor", "the Belgorod regional governor": one person the article
            # does not name; the later "the governor" is the same person (by role)
            desc = self._description_text(m)
            aid = f"person:unnamed:{slug(desc)}:{self.pd.article_id[:8]}"
            self.reg.actors.setdefault(aid, Actor(aid, desc, "person", None, te.sectors, source="derived"))
            self.reg.add_role(aid, te.role or te.term)
            m.actor = aid
            m.confidence = self.conf.weak

    def _spoken_for(self, m: Phrase, history: list[Phrase]) -> str | None:
        """Whom a spokesperson speaks for (the ledger gives their words to that principal): the
        antecedent of a possessive pronoun ("his spokesman" → the man last named, "its
        spokeswoman" → the body last named as a subject), or the body a sector noun before the
        title names ("a police spokeswoman" → the police of the place, as for "police")."""
        head = self.doc[m.head]
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ in POSSESSIVE_PRONOUNS:
            word = poss.lower_
            for h in self._recent(history, m, self.rules.pronoun_window):
                if h.start >= m.start or (h.kind == "pronoun" and not h.actor):
                    continue
                kind = self.reg.kind_of(h.actor)
                if word in ("his", "her") and kind == "person":
                    known = self.reg.gender.get(h.actor or "")
                    if not known or known == ("m" if word == "his" else "f"):
                        return h.actor
                elif word == "its" and kind in ("organisation", "state") and not h.plural:
                    return h.actor
                elif word == "their" and (h.plural or kind in ("compound", "group")):
                    return h.actor
            return None
        for c in head.lefts:
            a = self.nouns[c.i]
            st = self.d.sector_nouns.get(a.key) if a is not None and a.cat == CAT_SECTOR else None
            if c.dep_ in ("compound", "amod", "nmod") and st is not None and st[0].type != "person":
                m.sectors = st[0].sectors
                self._resolve_sector(m, history)
                return m.actor
        return None

    def _qualified(self, m: Phrase) -> bool:
        """A title in lower case with a word outside the title itself that tells which office it
        is ("the regional governor", "the Belgorod regional governor"; not "the current
        commander", not "the attorney general", not "the rosy-sounding Justice ... Act")."""
        head = self.doc[m.head]
        if not head.is_lower:
            return False
        own = self.nouns[m.head]
        vague = self.rules.vague_modifiers
        return any(
            c.dep_ in ("amod", "compound", "nmod") and c.is_alpha and c.lower_ not in vague
            and not (own is not None and own.start <= c.i < own.end)
            and not (c.i + 1 < self.n and self.doc[c.i + 1].text == "-")
            for c in head.lefts
        )

    def _plural_antecedent(self, m: Phrase, history: list[Phrase], sectors: tuple[str, ...]) -> str | None:
        """The compound or group actor a definite plural description points back to, within the
        pronoun window: of the number given ("the three ministers"), with the sectors given."""
        count = next((t for t in self.doc[m.start:m.head] if t.like_num), None)
        n = None
        if count is not None:
            try:
                n = int(count.text) if count.text.isdigit() else self.rules.number_words.index(count.lower_) + 1
            except ValueError:
                n = None
        for h in self._recent(history, m, self.rules.pronoun_window):
            a = self.reg.actors.get(h.actor or "")
            if a is None or self.reg.kind_of(h.actor) not in ("compound", "group") or not (h.plural or a.members):
                continue
            if n is not None and a.members and len(a.members) != n:
                continue
            if sectors and a.sectors and not set(sectors) & set(a.sectors):
                continue
            return a.id
        return None

    def _resolve_honorific(self, m: Phrase, history: list[Phrase]) -> None:
        for h in self._recent(history, m):
            if m.term in h.honorifics and self.reg.kind_of(h.actor) == "person":
                m.actor = h.actor
                m.confidence = self.conf.sure
                return
        ids = self.d.honorific_people.get(m.term, [])
        present = [i for i in ids if i in self.reg.actors]
        if len(present) == 1 or len(ids) == 1:
            m.actor = self.reg.person((present or ids)[0])
            m.confidence = self.conf.plausible
            return
        for h in self._recent(history, m, self.rules.pronoun_window):
            if self.reg.kind_of(h.actor) == "person":
                m.actor = h.actor
                m.confidence = self.conf.weak
                return

    def _resolve_civilian(self, m: Phrase, history: list[Phrase]) -> None:
        tok = self.doc[m.head]
        t = tok
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        link = t.head
        if t.dep_ == "pobj" and link.lower_ in self.rules.civilian_link_words:
            owner = self.by_head.get(link.head.i)
            if owner is not None and owner.actor and "CVL" in self.reg.actors[owner.actor].sectors:
                m.actor = owner.actor
                m.confidence = self.conf.likely
                return
        self._resolve_sector(m, history, window=1)

    def _resolve_sector(self, m: Phrase, history: list[Phrase], window: int = 1) -> None:
        for h in self._recent(history, m, window):
            a = self.reg.actors[h.actor or ""]
            if a.country and set(m.sectors) <= set(a.sectors) and self.reg.kind_of(h.actor) in ("sector", "organisation"):
                m.actor = a.id
                m.confidence = self.conf.guess
                return
        code = None
        if self.doc[m.head].lower_ not in self.rules.relational_nouns:  # "its neighbours" are others
            code = self._possessor_country(m, history)
            if code is None:
                # groups that often come from abroad (troops, reporters): only from where they are
                code = self._context_country(m, places_only=bool(set(m.sectors) & self.rules.abroad_sectors))
        m.actor = self.reg.sector(code, m.sectors)
        m.confidence = self.conf.guess

    def _possessor_country(self, m: Phrase, history: list[Phrase]) -> str | None:
        """"their forces", "its army": the country of the possessive pronoun's antecedent, the
        last actor with a country named in this sentence or the one before."""
        poss = next((c for c in self.doc[m.head].children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in POSSESSIVE_PRONOUNS:
            return None
        word = poss.lower_

        def fits(h: Phrase) -> str | None:
            a = self.reg.actors.get(h.actor or "")
            kind = self.reg.kind_of(h.actor)
            if a is None or not a.country or h.kind == "pronoun" or h is m:
                return None
            if word == "their" and not (h.plural or kind in ("compound", "group", "organisation", "state")):
                return None
            if word in ("his", "her") and kind != "person":
                return None
            if word == "its" and (kind == "person" or h.plural):
                return None
            return a.country

        # the subject of its clause, or of the clause that reports it ("X said its forces ...")
        verb = self.doc[m.head].head
        for _ in range(3):
            subj = self._verb_subject(verb)
            h = self.by_head.get(subj.i) if subj is not None else None
            if h is not None and h is not m and fits(h):
                return fits(h)
            if verb.head.i == verb.i:
                break
            verb = verb.head
        for h in self._recent(history, m, 1):
            if h.start < m.start and fits(h):
                return fits(h)
        return None
