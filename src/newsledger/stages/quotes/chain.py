"""Speakers along the chain of attributions: a pronoun ("it said", "he added") or a definite
description ("said the spokesperson") as speaker stands for a speaker introduced before it.

The actor stage resolves a pronoun to the last compatible actor it read; a speaker is more
narrowly the last compatible *speaker*: a body or a person who was reported saying something in
the sentences before. The chain reads the attributions in document order, with the speakers
already resolved (so a chain of "it said ... it added ... according to the statement" follows
its first link):

* ``it`` stands for an organisation, a state or a body (not a person, not a plural noun such as
  "officials"); ``he``/``she`` for a person, or for a singular post the actor layer gave to its
  body ("the army spokesman said ... he added"); ``they`` for anyone but one person;
* a candidate the quote itself names with a loaded label ("the Zionist enemy", "the Kyiv
  regime") is not its speaker: nobody calls itself by its opponents' labels; a label for a state
  rules out its whole country, a label for a group that group only ("the mercenaries" said by the
  army of the militia's own country);
* a candidate the quote names in its own words ("“Kim wants relief,” he added") is not its speaker when another
  speaker was met before it, or when the quote is the only place that names it: people seldom name themselves;
* a body that said nothing ("did not respond to requests for comment") is no antecedent after a speaker;
* when the pronoun's sentence names a weekday ("it said in a statement Wednesday"), a speaker whose own
  sentence names the same day comes first and one naming another day last; then the nearest; "it" passes
  over a body that last spoke in a side clause of another speaker's sentence (:mod:`.side_speakers`);
* a pronoun speaking inside what another speaker is reported to say stands for that speaker
  when it fits it ("Dodik told journalists that he would ask ...", "the officials signed an
  agreement to combat what they describe as ..."), gender included;
* a pronoun outside what another speaker is reported to say does not stand for one who speaks only inside
  it ("X pointed out that the paper's Y had reported that ... “...,” he said": X);
* "he", "she" or "they" stands for the speaker met last, not for someone the actor layer chose who
  is only named in that speaker's sentence after the speaker ("Y, an ally of X, denounced ...
  “...,” he said" is Y), unless the pronoun's gender rules that speaker out (more: :mod:`.near_speakers_passing`);
* a definite description ("the spokesperson", "the official") takes the actor of the last speaker written
  with the same head noun ("a Foreign Ministry spokesperson"; "X, the group's armed wing"; "Army
  spokesman X"), of the same country (:mod:`.military_speakers`, :mod:`.issued_nouns`: "the military",
  "the warning"); a singular one by a post that names no one ("the top U.S. diplomat", "the military
  spokesperson") the last named person who spoke, of its country and sector;
* a bare description of a firm, an outlet, a survey or a campaign ("the company tweeted", "the
  poll showed") the actor layer gave no body: :mod:`.body_speakers`;
* "the report" right after a publication no actor stands for ("According to the Global Peace
  Index, ...") is that publication, not the body that spoke before it;
* an unnamed spokesperson with no body of their own ("a spokesman said"), or a document whose
  issuer is not named ("the statement said"), speaks for the body or state that spoke just
  before, as "it" would.
"""

from __future__ import annotations

from ...nlp.words import GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS
from .chain_descriptions import DescriptionChain
from .chain_pronouns import PronounChain
from .chain_state import Link
from .chain_words import distinguishing, plural_head
from .issued_nouns import issuer_of_noun
from .military_speakers import military_speaker
from .named_posts import named_holder
from .types import Attribution


class SpeakerChain(PronounChain, DescriptionChain):
    """Resolves pronoun and definite-description speakers from the speakers before them
    (:mod:`.chain_pronouns`, :mod:`.chain_descriptions`, over :mod:`.chain_state`)."""

    def resolve(self, att: Attribution) -> None:
        """Set ``att``'s speaker actor from the chain where it is a pronoun or a definite
        description; then remember the speaker."""
        head = self._head(att)
        if head is None or att.speaker_start is None or att.speaker_end is None:
            return
        sentence = self._sentence(att)
        word = head.lower_
        single = self.pd.text[att.speaker_start:att.speaker_end].strip().lower() == word
        if single and word in THING_PRONOUNS | PERSON_PRONOUNS | GROUP_PRONOUNS:
            att.speaker_actor_id = self._free_relative_subject(head, word) or self._reporter(att, word) \
                or self._pronoun(att, word, sentence)
        elif head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
                and not named_holder(self.actors, head, att.speaker_start, att.speaker_end, self.roles):
            before = [k.actor_id for k in self._before(head, sentence)]  # "the military": the one that spoke last
            att.speaker_actor_id = military_speaker(self.actors, self.military, head, att.speaker_actor_id, before) \
                or self._description(head, sentence, att.speaker_actor_id) \
                or issuer_of_noun(self.pd, self.actors, head, self.issue_verbs, self.window) \
                or self._class_description(head, sentence) or self._role_description(head, sentence, att.speaker_actor_id) \
                or self._epithet(att, head, sentence) or self._body(att, head, sentence) or att.speaker_actor_id
        elif head.is_lower and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            att.speaker_actor_id = self._epithet(att, head, sentence) or att.speaker_actor_id  # "front-runner" as PROPN
        previous = self.previous
        if att.speaker_actor_id is None and self._cited_publication(head, sentence, previous):
            pass  # "According to the Global Peace Index, ... According to the report, ...": not a body
        elif att.speaker_actor_id is None and (head.lower_ in self.spokespeople or head.lemma_.lower() in self.documents):
            # "a spokesman said", "the statement said" with no issuer named: the body that spoke before
            att.speaker_actor_id = self._pronoun(att, "it", sentence)
        self.previous = (head, sentence, att.speaker_actor_id)
        if single and word in ("he", "she") and att.kind == "direct" and att.speaker_actor_id is not None:
            self.quoted_as.setdefault(att.speaker_actor_id, set()).add(word)
        if att.kind == "direct" and att.content_start is not None and att.content_end is not None:
            self.quoted.append((att.content_start, att.content_end, att.cue_start))
        if att.speaker_actor_id is not None and att.content_start is not None and att.content_end is not None:
            self.reports.append((att.content_start, att.content_end,
                                 Link(att.speaker_actor_id, att.cue_start or att.speaker_start, sentence, frozenset(),
                                       head.lemma_.lower(), plural_head(head), att.speaker_start)))
        if att.speaker_actor_id is not None:
            pos = att.cue_start if att.cue_start is not None else att.speaker_start
            self.links = [k for k in self.links if k.pos != pos]
            self.links.append(Link(att.speaker_actor_id, pos, sentence, self._days(sentence),
                                    head.lemma_.lower(), plural_head(head), att.speaker_start,
                                    distinguishing(head)))
            self.links.sort(key=lambda k: k.pos)


__all__ = ["SpeakerChain"]
