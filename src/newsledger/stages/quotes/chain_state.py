"""The state of the speaker chain (:mod:`.chain`): the speakers met so far (:class:`Link`), the
reports and direct quotes read so far, the genders the actor layer gave each actor, and the tests
every step of the chain shares (whether a speaker fits a pronoun, the speakers within the window,
whether a candidate agrees in country and sector with the actor layer's reading)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.words import GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS, WEEKDAYS
from ...records import Actor, ActorLayer
from .body_speakers import BodySpeakerWords
from .chain_words import distinguishing, plural_head, says_nothing
from .epithet_speakers import epithet_speaker
from .military_speakers import MilitaryWords
from .types import Attribution

# actor types a pronoun may stand for, by the pronoun's class
THING_TYPES = frozenset({"organisation", "state", "country", "group"})
PERSON_TYPES = frozenset({"person"})
BODY_TYPES = frozenset({"organisation", "state"})
GROUP_TYPES = frozenset({"organisation", "state", "country", "group", "compound"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# a label for one of these names its whole country ("the Kyiv regime"); a label for a group names
# that group only (the army of a country in civil war calls the militia of the same country names)
LAND_TYPES = frozenset({"state", "country"})


@dataclass
class Link:
    """A speaker met so far: its actor, where its cue is and in which sentence, the weekdays of
    that sentence, its head word and whether that head is a plural noun."""

    actor_id: str
    pos: int
    sentence: int
    days: frozenset[str]
    head: str
    plural: bool
    subject: int = -1  # where the speaker is written (its first character)
    marks: frozenset[str] = frozenset()  # the words that tell its head noun apart ("defence" ministry)


# pronouns by the gender they give the actor they stand for
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


class ChainState:
    """The speakers, reports and quotes met so far, and the tests the chain's steps share."""

    def __init__(self, pd: ParsedDoc, actors: ActorLayer, window: int, cue_verbs: Collection[str],
                 spokespeople: Collection[str] = (), documents: Collection[str] = (),
                 class_nouns: Mapping[str, frozenset[str]] | None = None,
                 state_organs: Collection[str] = (), movements: Collection[str] = (),
                 roles: Collection[str] = (), epithets: Collection[str] = (),
                 bodies: BodySpeakerWords | None = None, military: MilitaryWords | None = None,
                 issue_verbs: Collection[str] = ()) -> None:
        self.pd = pd
        self.bodies = bodies or BodySpeakerWords()
        self.military = military or MilitaryWords()
        self.issue_verbs = frozenset(issue_verbs)
        self.epithets = frozenset(epithets)
        self.roles = frozenset(roles)
        self.class_nouns = class_nouns or {}
        self.state_organs = frozenset(state_organs)
        self.movements = frozenset(movements)
        self.spokespeople = frozenset(spokespeople)
        self.documents = frozenset(documents)
        self.actors = actors
        self.window = window
        self.silent: dict[str, int] = {}  # actor -> where it last said nothing ("did not respond")
        self.links: list[Link] = self._subjects(cue_verbs)
        # actor the actor stage gave a pronoun speaker -> the one the chain gave it instead
        self.replaced: dict[str, tuple[str | None, int]] = {}  # ... and where
        self.previous: tuple[Token, int, str | None] | None = None  # the last speaker: head, sentence, actor
        # the contents of the attributions resolved so far, with their speakers
        self.reports: list[tuple[int, int, Link]] = []
        self.quoted: list[tuple[int, int, int | None]] = []  # direct quotes so far: content, cue
        self.genders: dict[str, set[str]] = {}  # actor -> genders of the pronouns the actor layer gave it
        self.quoted_as: dict[str, set[str]] = {}  # actor -> "he"/"she" it was given as a direct quote's speaker
        for m in actors.mentions:
            if m.kind == "pronoun" and m.actor_id is not None and m.text.lower() in GENDERED:
                self.genders.setdefault(m.actor_id, set()).add(GENDERED[m.text.lower()])

    def _subjects(self, cue_verbs: Collection[str]) -> list[Link]:
        """The named subjects of cue verbs ("Islamic Jihad on Wednesday described as ..."):
        speakers even where no quote was taken from their clause; not one that said nothing ("The
        ministry did not respond to requests for comment")."""
        out: list[Link] = []
        for tok in self.pd.tokens:
            if tok.dep_ != "nsubj":
                continue
            verb = tok.head
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue_verbs:
                continue
            m = self.actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
            if m is None or m.actor_id is None or m.kind == "pronoun":
                continue
            if says_nothing(verb):
                self.silent[m.actor_id] = verb.idx
                continue
            sentence = self.pd.sentence_index(verb.idx)
            out.append(Link(m.actor_id, verb.idx, sentence, self._days(sentence), tok.lemma_.lower(),
                             plural_head(tok), m.start, distinguishing(tok)))
        return out

    def _sentence(self, att: Attribution) -> int:
        pos = att.cue_start if att.cue_start is not None else att.speaker_start
        return self.pd.sentence_index(pos or 0)

    def _days(self, sentence: int) -> frozenset[str]:
        if sentence >= len(self.pd.sentences):
            return frozenset()
        s = self.pd.sentences[sentence]
        words = self.pd.text[s.start:s.end].lower().replace(",", " ").replace(".", " ").split()
        return frozenset(w for w in words if w in WEEKDAYS)

    def _head(self, att: Attribution) -> Token | None:
        if att.speaker_head is not None:
            return self.pd.token_at(att.speaker_head)
        if att.speaker_start is not None:
            return self.pd.token_at(att.speaker_start)
        return None

    def _fits(self, link: Link, word: str) -> bool:
        a = self.actors.actor(link.actor_id)
        if a is None:
            return False
        if word in THING_PRONOUNS:
            # "A resident said ... State television broadcast what it called ...": a person named
            # by a role ("a resident", "the witness") is never "it"; a spokesman speaks for a body
            person = link.head in self.roles and link.head not in self.spokespeople
            return a.type in THING_TYPES and not link.plural and not person
        if word in PERSON_PRONOUNS:
            # "the army spokesman said ... he added": a post the actor layer gave to its body
            return a.type in PERSON_TYPES or (not link.plural and link.head in self.spokespeople | self.roles)
        return a.type in GROUP_TYPES

    def _gender_fits(self, actor_id: str, word: str) -> bool:
        """The pronoun's gender is not one the actor layer's other pronouns rule out for the actor."""
        want = GENDERED.get(word)
        known = self.genders.get(actor_id, set())
        return want is None or not known or want in known

    def _labelled(self, att: Attribution) -> set[str]:
        """Actor ids the quote's content names with a loaded label, and the countries of the
        states among them."""
        out: set[str] = set()
        if att.content_start is None or att.content_end is None:
            return out
        ids = {m.actor_id for m in self.actors.mentions_in(att.content_start, att.content_end)
               if m.kind == "label" and m.actor_id is not None}
        ids |= {f.refers_to for f in self.actors.framing
                if f.refers_to and att.content_start <= f.start and f.end <= att.content_end}
        for aid in ids:
            out.add(aid)
            a = self.actors.actor(aid)
            if a is not None and a.country and a.type in LAND_TYPES:
                out.add(a.country)  # "the Kyiv regime": no Ukrainian speaker; "mercenaries": only the militia
        return out

    def _before(self, head: Token, sentence: int) -> list[Link]:
        """The speakers met before ``head`` within the window, nearest first."""
        return [k for k in reversed(self.links) if k.pos < head.idx and sentence - k.sentence <= self.window]

    def _agrees(self, candidate: str, current: str | None, countries_only: bool = False) -> bool:
        """Whether the speaker ``candidate`` may be who the description the actor layer read as
        ``current`` stands for: the same country when both have one, and (unless
        ``countries_only``) a sector in common when both have sectors."""
        cand, cur = self.actors.actor(candidate), self.actors.actor(current)
        if cand is None or cur is None:
            return True
        if cand.country and cur.country and cand.country != cur.country:
            return False
        return countries_only or not (cand.sectors and cur.sectors and not set(cand.sectors) & set(cur.sectors))

    def _state_organ(self, a: Actor) -> bool:
        """A state's own organ (its army, a ministry), which "the group" never describes; a
        movement that governs too (coded REB as well) is still a group."""
        sectors = set(a.sectors)
        return a.type != "state" and bool(sectors & self.state_organs) and not sectors & self.movements

    def _epithet(self, att: Attribution, head: Token, sentence: int, nouns: Collection[str] = ()) -> str | None:
        own = [(att.content_start, att.content_end)] if att.content_start is not None and att.content_end is not None else []
        quoted = [(s, e) for s, e, _ in self.quoted] + own
        return epithet_speaker(self.pd, self.actors, head, sentence, att.speaker_actor_id, nouns or self.epithets,
                               quoted, self.window)


__all__ = ["BODY_TYPES", "GENDERED", "GROUP_PRONOUNS", "GROUP_TYPES", "LAND_TYPES", "PERSON_PRONOUNS",
           "PERSON_TYPES", "PLURAL_TAGS", "THING_PRONOUNS", "THING_TYPES", "ChainState", "Link"]
