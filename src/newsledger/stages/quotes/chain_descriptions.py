"""Definite descriptions and bare nouns as speakers along the chain (:mod:`.chain`): "the
spokesperson" takes the last speaker written with the same head noun; "the group" the nearest
speaker of a type the class noun names; "the top U.S. diplomat" the last named person who spoke,
of its country and sector; "the company" a bare body (:mod:`.body_speakers`); "the report" right
after a publication no actor stands for is that publication."""

from __future__ import annotations

from spacy.tokens import Token

from .body_speakers import Earlier, bare_body, body_speaker, unplaced
from .chain_state import PLURAL_TAGS, ChainState, Link
from .chain_words import appositives, describing, distinguishing, plural_head, unnamed
from .types import Attribution


class DescriptionChain(ChainState):
    """Resolves definite-description speakers from the speakers before them."""

    def _body(self, att: Attribution, head: Token, sentence: int) -> str | None:
        """A bare description of a body ("the company", "the poll", "the campaign"), see
        :mod:`.body_speakers`."""
        lemma = bare_body(head, self.bodies)
        if lemma is None or not unplaced(self.actors, att.speaker_actor_id):
            return None
        if lemma in self.bodies.campaigns:
            return self._epithet(att, head, sentence, self.bodies.campaigns)
        earlier = [Earlier(k.actor_id, k.head, k.sentence) for k in reversed(self.links) if k.pos < head.idx]
        return body_speaker(self.actors, self.bodies, lemma, sentence, earlier, self.window, self._state_organ)

    def _cited_publication(self, head: Token, sentence: int,
                           previous: tuple[Token, int, str | None] | None) -> bool:
        """A definite document noun ("the report", "the study") right after a speaker that is a
        publication no actor stands for: a document, or a name the dictionary does not know
        ("According to the Global Peace Index 2025, ... According to the report, ..."): the report
        is that publication, not the body that spoke before it."""
        if previous is None or head.lemma_.lower() not in self.documents:
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        prev, prev_sentence, prev_actor = previous
        return prev_actor is None and 0 <= sentence - prev_sentence <= 1 and prev.idx < head.idx \
            and (prev.pos_ == "PROPN" or prev.lemma_.lower() in self.documents)

    def _class_description(self, head: Token, sentence: int) -> str | None:
        """A bare description by a class noun ("the group said", "the militant group said"):
        the nearest speaker before it of a type the noun names (``class_nouns``), the subject
        of a cue being the likeliest antecedent. None when the description names more ("the
        Palestinian group", "the group's leader") or no such speaker is within the window."""
        kinds = self.class_nouns.get(head.lemma_.lower()) or self.class_nouns.get(head.lower_)
        if not kinds or any(c.dep_ != "det" and not describing(c) for c in head.children):
            return None
        for link in self._before(head, sentence):
            a = self.actors.actor(link.actor_id)
            # "the militants", "the rebels": an organisation only when it is a movement
            if a is not None and a.type in kinds and not self._state_organ(a) \
                    and (a.type != "organisation" or not plural_head(head) or bool(set(a.sectors) & self.movements)):
                return link.actor_id
        return None

    def _description(self, head: Token, sentence: int, current: str | None = None) -> str | None:
        """The last speaker written with the same head noun ("a Foreign Ministry spokeswoman ...
        the spokeswoman"), of the country the description names if it names one ("the top U.S.
        diplomat ... the Russian diplomat" are two people), and not one told apart from its kind
        by another modifier ("Russia's defence ministry ... the foreign ministry" are two bodies).
        A speaker's apposition counts as written with it ("The Qassam Brigades, Hamas's armed
        wing, said ... the armed wing said")."""
        lemma, marks = head.lemma_.lower(), distinguishing(head)
        # "the foreign ministry" is not the "defence ministry" that spoke before it; "the business
        # owner" may be "an owner of a printing press" described anew
        bare = all(c.dep_ == "det" or c.lower_ in marks for c in head.children)  # not "the Somali group"
        for k in self._before(head, sentence):
            heads = {**(appositives(self.pd, k.subject) if bare else {}), k.head: k.marks}
            if lemma in heads and (marks <= heads[lemma] or not heads[lemma]) \
                    and self._agrees(k.actor_id, current, countries_only=True):
                return k.actor_id
        return None

    def _role_description(self, head: Token, sentence: int, current: str | None) -> str | None:
        """A singular definite description by a post ("the top U.S. diplomat noted", "the
        military spokesperson said") that the actor layer read as no named person: the last
        named person who spoke before it within the window, of the country and sector the
        actor layer gave the description. None when it names whose post it is ("the
        ministry's spokesperson", "the spokesperson for X") or a body ("the UNICEF director"
        speaks for UNICEF), or when no such person spoke."""
        if (head.lemma_.lower() not in self.roles and head.lower_ not in self.roles) or head.tag_ in PLURAL_TAGS:
            return None
        if any(c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in head.children):
            return None
        a = self.actors.actor(current)
        if a is not None and (a.type == "organisation" or (a.type == "person" and not unnamed(a))):
            return None
        spokesperson = head.lower_ in self.spokespeople or head.lemma_.lower() in self.spokespeople
        for link in self._before(head, sentence):
            cand = self.actors.actor(link.actor_id)
            if cand is None or cand.type != "person":
                if spokesperson and cand is not None:
                    return None  # a body spoke since: "the spokesperson" speaks for it
                continue
            if not unnamed(cand) and self._agrees(cand.id, current) \
                    and (a is None or not a.country or cand.country == a.country) \
                    and not self._person_named_since(cand.id, link, head.idx):
                return cand.id  # a description naming a country is someone of that country
        return None

    def _person_named_since(self, actor_id: str, link: Link, here: int) -> bool:
        """Another named person who is no speaker is mentioned between the speaker of ``link`` and
        ``here`` ("Delon told AFP ... If Gbagbo is acquitted, the former president plans ...")."""
        speakers = {k.actor_id for k in self.links}
        for m in self.actors.mentions:
            if link.subject < m.start < here and m.actor_id not in (None, actor_id) and m.kind != "pronoun" \
                    and m.actor_id not in speakers:
                a = self.actors.actor(m.actor_id)
                if a is not None and a.type == "person" and not unnamed(a):
                    return True
        return False


__all__ = ["DescriptionChain"]
