"""Resolution in document order: the driver, pronouns and definite descriptions (anaphors).

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .base import ResolverBase
from .tables import AnaphorEntry
from .types import (
    Phrase,
)


class PronounsMixin(ResolverBase):
    def _resolve_in_order(self) -> None:
        self.mentions.sort(key=lambda x: (x.start, -x.end))
        history: list[Phrase] = []
        for m in self.mentions:
            if m.pending:
                self._resolve_pending(m, history)
            if m.gender and m.actor and self.reg.kind_of(m.actor) == "person":
                self.reg.gender.setdefault(m.actor, m.gender)
            history.append(m)
        for m in self.mentions:
            if m.pending == "compound":
                m.pending = ""
                self._finish_compound(m)

    def _resolve_pending(self, m: Phrase, history: list[Phrase]) -> None:
        kind = m.pending
        if kind == "compound":
            return
        m.pending = ""
        if kind == "pronoun":
            self._resolve_pronoun(m, history)
        elif kind == "anaphor":
            self._resolve_anaphor(m, history)
        elif kind == "title":
            self._resolve_title(m, history)
        elif kind == "honorific":
            self._resolve_honorific(m, history)
        elif kind == "civilian":
            self._resolve_civilian(m, history)
        elif kind == "sector":
            self._resolve_sector(m, history)
        elif kind == "description":
            self._resolve_description(m, history)

    def _recent(self, history: list[Phrase], m: Phrase, window: int | None = None, named_only: bool = True) -> Iterable[Phrase]:
        for h in reversed(history):
            if window is not None and m.sentence - h.sentence > window:
                return
            if (named_only and h.actor is None) or h is m or (h.start <= m.start < h.end):
                continue
            yield h

    def _resolve_pronoun(self, m: Phrase, history: list[Phrase]) -> None:
        r = self.rules
        window = r.pronoun_window
        bound = self._bound_antecedent(m)
        if bound is not None:
            m.actor = bound.actor
            m.confidence = self.conf.likely
            return
        if m.term in r.plural_pronouns:
            for h in self._recent(history, m, window, named_only=False):
                kind = self.reg.kind_of(h.actor)
                if (h.kind != "pronoun" and (h.plural or kind in ("compound", "group"))) or (
                    h.kind == "pronoun" and h.term in r.plural_pronouns
                ):
                    m.actor = h.actor
                    m.confidence = self.conf.plausible if h.actor else self.conf.weak
                    return
            return
        if m.term in r.neuter_pronouns:
            self._resolve_neuter(m, history)
            return
        gender = "f" if m.term in r.female_pronouns or m.term == "her" else "m"
        m.gender = gender
        for h in self._recent(history, m, window):
            if self.reg.kind_of(h.actor) != "person":
                continue
            known = self.reg.gender.get(h.actor or "")
            if known and known != gender:
                continue
            m.actor = h.actor
            m.confidence = self.conf.plausible
            if not known and h.actor:
                self.reg.gender[h.actor] = gender
            return

    def _resolve_neuter(self, m: Phrase, history: list[Phrase]) -> None:
        """"It said": the organisation, state body or state last named as the subject of a
        clause in the last few sentences (a speaker, or the actor of a reported act)."""
        cands = []
        for h in self._recent(history, m, self.rules.pronoun_window):
            if h.plural or h.kind == "compound" or h.start >= m.start:
                continue
            kind = self.reg.kind_of(h.actor)
            if kind not in ("organisation", "state", "sector") or (kind == "sector" and not self._body_like(h)):
                continue  # "the army ... It said": a sector named by an organisation noun only
            tok = self.doc[h.head]
            if h.kind == "pronoun" or self._reporting_subject(tok):
                m.actor = h.actor  # the last speaker first: "X said no aircraft had ... It accused"
                m.confidence = self.conf.plausible
                return
            if tok.dep_ in ("nsubj", "nsubjpass"):
                cands.append(h)
        if cands:
            m.actor = cands[0].actor
            m.confidence = self.conf.guess

    def _bound_antecedent(self, m: Phrase) -> Phrase | None:
        """The subject a pronoun is bound to by the syntax: a reflexive goes to the subject of its
        clause ("the bombers killed 23 people and themselves"); a plural subject of a clause
        hanging on another verb goes to that verb's plural subject ("the bombers killed 23 people
        when they blew themselves up")."""
        tok = self.doc[m.head]
        plural = m.term in self.rules.plural_pronouns
        if m.term.endswith(("self", "selves")):
            verb = tok.head
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            subj = self._verb_subject(verb)
        elif plural and tok.dep_ == "nsubj" and tok.head.dep_ in ("advcl", "ccomp") and tok.head.head.i != tok.head.i:
            subj = self._verb_subject(tok.head.head)
        else:
            return None
        if subj is None or subj.i == tok.i:
            return None
        h = self.by_head.get(subj.i)
        if h is None or h is m or not h.actor or h.kind == "pronoun":
            return None
        if plural and not (h.plural or self.reg.kind_of(h.actor) in ("compound", "group", "sector")):
            return None
        if not plural and self.reg.kind_of(h.actor) != "person":
            return None
        return h

    def _verb_subject(self, verb: Token) -> Token | None:
        """The subject of a verb, through coordinated and participle clauses."""
        v = verb
        for _ in range(3):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj
            if v.dep_ not in ("conj", "xcomp", "advcl") or v.head.i == v.i:
                return None
            v = v.head
        return None

    def _resolve_anaphor(self, m: Phrase, history: list[Phrase]) -> None:
        an: AnaphorEntry | None = self.d.anaphors.get(m.term)
        if an is None:
            return
        if an.named:
            m.actor = self._earlier_body(m, history)  # "the headquarters": only one named so
            m.confidence = self.conf.plausible if m.actor else self.conf.weak
            return
        targets = set(an.targets)
        cands = []
        for h in self._recent(history, m):
            kind = self.reg.kind_of(h.actor)
            if targets and kind not in targets:
                continue
            actor = self.reg.actors[h.actor or ""]
            if an.sectors and not set(an.sectors) & set(actor.sectors):
                continue
            cands.append(h)
        if an.prefer_label:
            for h in cands:
                if an.prefer_label in self.doc[h.start:h.end].text.lower():
                    m.actor = h.actor
                    m.confidence = self.conf.likely
                    return
        if cands:
            m.actor = cands[0].actor
            m.confidence = self.conf.plausible
            return
        if an.fallback == "focus" and self._focus:
            m.actor = self.reg.state(self._focus)
            m.confidence = self.conf.weak
