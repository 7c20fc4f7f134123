"""Framing marks: lexicon terms, names in scare quotes and "regime" labels.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from ...records import FramingMark, record_id
from .base import ResolverBase
from .types import (
    CAT_NAME,
    COUNTRY_TABLES,
    Phrase,
)


class FramingTermsMixin(ResolverBase):
    def _framing_marks(self) -> None:
        doc = self.doc
        seen: set[tuple[int, int, str]] = set()
        for fa in self._all_frames:
            ft = self.d.framing_forms.get(fa.key)
            if ft is None:
                continue
            m = self._innermost(fa.start, fa.end)
            owner = doc[fa.start:fa.end].root.dep_ == "poss" and m is not None and not fa.start <= m.head < fa.end
            if m is not None and m.actor and not (owner and ft.refers_to):
                refers: str | None = m.actor
                if owner:
                    # a label as a possessor names the owner ("the aggressor's defence ministry")
                    a = self.reg.actors.get(m.actor)
                    refers = self.reg.state(a.country) if a is not None and a.country else None
            else:
                refers = self._framing_referent(ft)  # "special military operation": no mention, a referent
            span = doc[fa.start:fa.end]
            self._mark(span.start_char, span.end_char, ft.kind, refers, ft.note or None, seen)
        for ts, te, cs, ce in self.quoted:
            self._mark(cs, ce, "scare_quotes", self._quoted_referent(ts, te), None, seen)
        self._regime_marks(seen)

    def _regime_marks(self, seen: set[tuple[int, int, str]]) -> None:
        """"Putin's regime", "the Tehran regime", "the Kremlin's regime": a word such as
        "regime" after a leader, capital, country or state body replaces the neutral name of that
        state's government, whichever state it is (the lexicon lists common fixed forms)."""
        doc = self.doc
        nouns = self.rules.regime_nouns
        for m in self.mentions:
            head = doc[m.head]
            if head.lower_ not in nouns or m.kind == "compound":
                continue
            mod = next((self.names[c.i] for c in head.lefts
                        if c.dep_ in ("poss", "compound", "amod", "nmod") and self.names[c.i] is not None), None)
            if mod is None:
                continue
            code = None
            if mod.table in COUNTRY_TABLES:
                code = self._modifier_country(mod)
            elif mod.table in ("person", "organisation") and mod.cat == CAT_NAME:
                entry = self.d.people.get(mod.ref) or self.d.organisations.get(mod.ref)
                code = entry.country if entry is not None else None
            if code is None or code not in self.d.countries:
                continue
            refers = m.actor if self.reg.kind_of(m.actor) == "state" else self.reg.state(code)
            start = mod.start + 1 if doc[mod.start].lower_ in self.rules.definite_determiners else mod.start
            span = doc[start:m.head + 1]
            self._mark(span.start_char, span.end_char, "loaded_label", refers, self.rules.regime_note or None, seen)

    def _quoted_referent(self, ts: int, te: int) -> str | None:
        """The actor of a name in scare quotes: the name's own, not that of the phrase around it."""
        m = self._innermost(ts, te)
        if m is not None and m.actor and ts <= m.head < te:
            return m.actor
        a = next((self.names[i] for i in range(ts, te) if self.names[i] is not None), None)
        if a is None:
            return m.actor if m is not None else None
        if a.cat == CAT_NAME:
            if a.table == "person" and a.ref in self.d.people:
                return self.reg.person(a.ref)
            if a.table == "organisation" and a.ref in self.d.organisations:
                return self.reg.org(a.ref)
            if a.table == "group" and a.ref in self.d.groups:
                return self.reg.group(a.ref)
            code = self._modifier_country(a)
            return self.reg.state(code) if code else None
        return m.actor if m is not None else None

    def _innermost(self, s: int, e: int) -> Phrase | None:
        best = None
        for m in self.mentions:
            if m.start <= s and e <= m.end and m.kind != "compound":
                if best is None or (m.end - m.start) < (best.end - best.start):
                    best = m
        return best

    def _mark(self, start: int, end: int, kind: str, refers: str | None, note: str | None,
              seen: set[tuple[int, int, str]]) -> None:
        key = (start, end, kind)
        if key in seen:
            return
        seen.add(key)
        self.marks.append(
            FramingMark(
                id=record_id("fm", self.pd.article_id, start, end, kind),
                article_id=self.pd.article_id,
                sentence=self.pd.sentence_index(start),
                start=start,
                end=end,
                text=self.pd.text[start:end],
                kind=kind,
                refers_to=refers,
                note=note,
            )
        )
