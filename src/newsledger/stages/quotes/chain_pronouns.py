"""Pronouns as speakers along the chain (:mod:`.chain`): "it", "he"/"she" and "they" stand for
the last compatible speaker, ranked by weekday and distance, passing over a speaker the quote
labels or names, one that said nothing, one embedded in another's report, and one only named in
passing; a pronoun inside a report stands for its reporter; a free relative ("what it called")
for its clause's subject."""

from __future__ import annotations

from spacy.tokens import Token

from .chain_state import (
    BODY_TYPES,
    GENDERED,
    GROUP_TYPES,
    PERSON_PRONOUNS,
    PERSON_TYPES,
    PLURAL_TAGS,
    THING_PRONOUNS,
    THING_TYPES,
    ChainState,
    Link,
)
from .chain_words import named_by_label
from .near_speakers_passing import closes_quote, main_subject, named_in_passing, still_replaced
from .side_speakers import said_within, spoke_aside
from .types import Attribution


class PronounChain(ChainState):
    """Resolves pronoun speakers from the speakers before them."""

    def _reported(self, pos: int, att: Attribution) -> bool:
        """A speaker written at ``pos`` is one a quotation reports, not one of the article: it lies
        in the words of ``att`` ("“The president wanted these men home,” he said" is not the
        president) or of a direct quote before it, other than at that quote's own cue (“...,”
        Grell said, “...”)."""
        if att.content_start is not None and att.content_end is not None \
                and att.content_start <= pos < att.content_end:
            return True
        return any(s <= pos < e and pos != cue for s, e, cue in self.quoted)

    def _only_quoted(self, actor_id: str, here: int) -> bool:
        """``actor_id`` is named before ``here`` only in the words of direct quotes: someone the
        quotes speak of, not a speaker the article introduced."""
        named = [m for m in self.actors.mentions
                 if m.actor_id == actor_id and m.kind != "pronoun" and m.start < here]
        return bool(named) and all(any(s <= m.start < e for s, e, _ in self.quoted) for m in named)

    def _named_in_quote(self, att: Attribution, actor_id: str | None) -> tuple[bool, bool]:
        """Whether ``actor_id`` is named (not by a pronoun) in the quote's own words, and whether
        it is named before them too."""
        if actor_id is None or att.content_start is None or att.content_end is None:
            return False, False
        inside = any(m.actor_id == actor_id and m.kind != "pronoun"
                     for m in self.actors.mentions_in(att.content_start, att.content_end))
        before = any(m.actor_id == actor_id and m.end <= att.content_start and m.kind != "pronoun"
                     for m in self.actors.mentions)
        return inside, before

    def _free_relative_subject(self, pronoun: Token, word: str) -> str | None:
        """A pronoun speaking in a free relative ("what it called", "what it said were") under a
        clause whose subject names an actor that fits it stands for that subject: "State
        television broadcast what it called the confessions of a 'terrorist team'", "The army
        showed footage of what it described as rockets" (not the speaker met before)."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or not any(c.lower_ == "what" and c.tag_ == "WP" for c in verb.children):
            return None
        tok = verb
        for _ in range(4):
            if tok.head.i == tok.i:
                return None
            tok = tok.head
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ in ("VERB", "AUX") else None
            if subj is None:
                continue
            m = self.actors.mention_overlapping(subj.idx, subj.idx + len(subj.text))
            if m is None or m.actor_id is None or m.kind == "pronoun":
                return None
            link = Link(m.actor_id, tok.idx, -1, frozenset(), subj.lemma_.lower(), subj.tag_ in PLURAL_TAGS)
            return m.actor_id if self._fits(link, word) and self._gender_fits(m.actor_id, word) else None
        return None

    def _reporter(self, att: Attribution, word: str) -> str | None:
        """A pronoun speaking inside what another speaker is reported to say stands for that
        speaker when it fits ("Dodik told journalists that it was political and that he would ask
        Russia to ...", "The officials said they arrested seven"): the innermost such report, not
        one whose words label the speaker, nor one the pronoun's gender rules out."""
        here = att.cue_start if att.cue_start is not None else att.speaker_start
        if here is None:
            return None
        holding = [(b - a, link) for a, b, link in self.reports if a <= here < b]
        if not holding:
            return None
        link = min(holding, key=lambda x: x[0])[1]
        a = self.actors.actor(link.actor_id)
        if a is None or not self._fits(link, word) or named_by_label(a, self._labelled(att)) \
                or not self._gender_fits(a.id, word):
            return None
        return a.id

    def _pronoun(self, att: Attribution, word: str, sentence: int) -> str | None:
        labelled = self._labelled(att)
        here = att.cue_start if att.cue_start is not None else att.speaker_start or 0
        current = still_replaced(self.pd, self.actors, self.replaced, att.speaker_actor_id, here,
                                 [(s, e) for s, e, _ in self.quoted] + [(s, e) for s, e, _ in self.reports])
        named_inside, named_before = self._named_in_quote(att, current)
        days = self._days(sentence)
        ranked: list[tuple[int, int, str]] = []
        rebutted = False
        for i, link in enumerate(self.links):
            if link.pos >= here or sentence - link.sentence > self.window or not self._fits(link, word) \
                    or self._reported(link.pos, att) or self._called_otherwise(link.actor_id, word):
                continue
            a = self.actors.actor(link.actor_id)
            if a is None or named_by_label(a, labelled):
                rebutted = rebutted or a is not None
                continue
            if self._embedded(link, here, word in ("he", "she")) or (word in THING_PRONOUNS and spoke_aside(self.pd, self.links, here, link.actor_id)):
                continue
            agree = 1 if not days or not link.days else (0 if days & link.days else 2)
            ranked.append((agree, -i, link.actor_id))
        ranked.sort()
        if named_inside and (not named_before or any(c != current for _, _, c in ranked)):
            # "“The president will resign,” he said": "he" is not the president, but the speaker
            # met before, when there is one (or anyone, when the president is named nowhere else)
            current = None
        if current is not None and ranked and self._only_quoted(current, here):
            current = None  # "“The president wanted them home,” Grell said. “He kept his word,” he said"
        if self._spoken_of(att, current):  # "“... or he is uncertain, he will wait,” he said": not him
            ranked = [r for r in ranked if r[2] != current] or ranked
        elif self._keep(current, word, labelled, ranked, here, closes_quote(att)):
            return current
        found = ranked[0][2] if ranked else None
        if found is None and current is not None:
            a = self.actors.actor(current)
            found = None if a is None or named_by_label(a, labelled) else current
        if found is None and rebutted and word in THING_PRONOUNS:
            found = self._rebutter(min(here, att.content_start if att.content_start is not None else here),
                                   sentence, labelled)
        if att.speaker_actor_id is not None and found != att.speaker_actor_id:
            self.replaced[att.speaker_actor_id] = (found, here)
        return found

    def _embedded(self, link: Link, here: int, person: bool = True) -> bool:
        """``link`` speaks only inside what another speaker is reported to say, and the pronoun at
        ``here`` stands outside those words: a person within a report is the reporter's topic,
        and a later "he said" goes on with the reporter ("X pointed out that the paper's Y had
        reported that ... “...,” he said": X). For "it" or "they" the reporter's cue must govern
        the inner one too (not a second report joined by "and" that the content overran)."""
        return any(s <= link.pos < e and not s <= here < e and other.actor_id != link.actor_id
                   and (person or said_within(self.pd, other.pos, link.pos)) for s, e, other in self.reports)

    def _spoken_of(self, att: Attribution, actor_id: str | None) -> bool:
        """A direct quote's own words speak of ``actor_id`` in the third person ("he is
        uncertain", "his word"): a speaker says "I" of themselves, so the actor stage's antecedent,
        read through those pronouns, is not who speaks (in reported speech "he said he would
        resign" is the speaker). Only the words before the cue count: a content runs on over an
        interrupting "he said" and the paragraphs that go on with it."""
        if actor_id is None or att.kind != "direct" or att.content_start is None or att.content_end is None \
                or att.speaker_start is None or att.speaker_start <= att.content_start:
            return False
        end = min(att.content_end, att.speaker_start, att.cue_start if att.cue_start is not None else att.content_end)
        return any(m.actor_id == actor_id and m.kind == "pronoun" and m.text.lower() in GENDERED
                   for m in self.actors.mentions_in(att.content_start, end))

    def _rebutter(self, here: int, sentence: int, labelled: set[str]) -> str | None:
        """Who answers a speaker its quotation labels: "The army blamed the Front for the blast.
        '... the Zionist enemy is lying,' it said" is not the army but the last body named before
        the quotation (``here``) that the army spoke of (a body or state, not a person, not
        labelled itself)."""
        for m in reversed(self.actors.mentions):
            if m.start >= here or m.actor_id is None or sentence - m.sentence > self.window:
                continue
            a = self.actors.actor(m.actor_id)
            if a is not None and a.type in THING_TYPES and not named_by_label(a, labelled):
                return a.id
        return None

    def _keep(self, current: str | None, word: str, labelled: set[str],
              ranked: list[tuple[int, int, str]], here: int = 0, closing: bool = False) -> bool:
        """Whether the actor stage's antecedent stands: a speaker met before (unless another
        agrees better on the weekday), a person for "he" or "she", a body or state for "it" (not a
        group of people: "the hospital"), never one the quote labels; not one that is only named
        after the speaker met last, within that speaker's words or beside its name ("Y, an ally of
        X, denounced ... “...,” he said": Y; "He dismissed concerns about X's threat. “...,” he
        said": not X), unless the pronoun's gender does not fit that speaker."""
        a = self.actors.actor(current)
        if a is None or named_by_label(a, labelled) or (ranked and self._silenced(a.id, here)):
            return False
        if ranked and ranked[0][2] != a.id and word not in THING_PRONOUNS \
                and self._named_since(a.id, self.links[-ranked[0][1]], here) and self._gender_fits(ranked[0][2], word):
            return False
        if ranked and ranked[0][2] != a.id and word in PERSON_PRONOUNS and self._gender_fits(ranked[0][2], word) \
                and self._paragraph_speaker(self.links[-ranked[0][1]], a.id, here):
            return False
        if closing and ranked and ranked[0][2] != a.id and word in PERSON_PRONOUNS and self._gender_fits(ranked[0][2], word) \
                and named_in_passing(self.pd, self.actors, a.id, self.links[-ranked[0][1]].pos, here,
                                 [(s, e) for s, e, _ in self.quoted]):
            return False
        mine = [agree for agree, _, c in ranked if c == a.id]
        if mine:  # a speaker met before, unless another agrees better on the day
            return min(mine) == ranked[0][0]
        if word in THING_PRONOUNS:
            return a.type in BODY_TYPES and not spoke_aside(self.pd, self.links, here, a.id)  # "after X said ..."
        if word in PERSON_PRONOUNS:
            return a.type in PERSON_TYPES
        return a.type in GROUP_TYPES

    def _silenced(self, actor_id: str, here: int) -> bool:
        """The actor last said nothing before ``here`` ("The government did not respond to requests
        for comment. “...,” it said"): no antecedent of a pronoun speaker after a speaker."""
        pos = self.silent.get(actor_id)
        return pos is not None and pos < here and not any(k.actor_id == actor_id and pos < k.pos < here for k in self.links)

    def _paragraph_speaker(self, link: Link, actor_id: str, here: int) -> bool:
        """``link`` spoke earlier in the paragraph of ``here`` and ``actor_id`` was last met in an
        earlier paragraph: "he said" goes on with its paragraph's speaker ("A Fano commander ...
        told Reuters that ... “...,” he said" is the commander, not a person of the paragraph
        before)."""
        para = self.pd.paragraph_index(here)
        if self.pd.paragraph_index(link.pos) != para:
            return False
        named = [m.start for m in self.actors.mentions
                 if m.actor_id == actor_id and m.kind != "pronoun" and m.start < here]
        return not named or self.pd.paragraph_index(max(named)) < para

    def _named_since(self, actor_id: str, link: Link, here: int) -> bool:
        """``actor_id`` is last named (not by a pronoun) before ``here`` in the sentence of the
        speaker of ``link``, after that speaker is written: beside its name or in its words (a
        person introduced in a sentence of their own keeps the actor layer's reading)."""
        named = [m for m in self.actors.mentions
                 if m.actor_id == actor_id and m.kind != "pronoun" and m.start < here]
        if not named or link.subject < 0:
            return False
        last = max(named, key=lambda m: m.start)
        # ">=": the possessor at the head of the speaker's own phrase ("Sahel Today's Idrissa
        # Kane said ... he said"): an affiliation written with the speaker, not an antecedent
        return last.start >= link.subject and last.sentence == link.sentence and not main_subject(self.pd, last)

    def _called_otherwise(self, actor_id: str, word: str) -> bool:
        """The actor spoke a direct quote before only as the other pronoun ('"...," she said' of a
        woman the chain would give a later "he said")."""
        said = self.quoted_as.get(actor_id, set())
        return word in ("he", "she") and bool(said) and word not in said


__all__ = ["PronounChain"]
