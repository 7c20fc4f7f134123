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

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from spacy.tokens import Token

from ...nlp import ParsedDoc
from ...nlp.words import GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS, WEEKDAYS
from ...records import Actor, ActorLayer
from .body_speakers import BodySpeakerWords, Earlier, bare_body, body_speaker, unplaced
from .chain_words import (
    appositives,
    describing,
    distinguishing,
    named_by_label,
    plural_head,
    says_nothing,
    unnamed,
)
from .epithet_speakers import epithet_speaker
from .issued_nouns import issuer_of_noun
from .military_speakers import MilitaryWords, military_speaker
from .named_posts import named_holder
from .near_speakers_passing import closes_quote, main_subject, named_in_passing, still_replaced
from .side_speakers import said_within, spoke_aside
from .types import Attribution

# actor types a pronoun may stand for, by the pronoun's class
_THING_TYPES = frozenset({"organisation", "state", "country", "group"})
_PERSON_TYPES = frozenset({"person"})
_BODY_TYPES = frozenset({"organisation", "state"})
_GROUP_TYPES = frozenset({"organisation", "state", "country", "group", "compound"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# a label for one of these names its whole country ("the Kyiv regime"); a label for a group names
# that group only (the army of a country in civil war calls the militia of the same country names)
_LAND_TYPES = frozenset({"state", "country"})


@dataclass
class _Link:
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
_GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


class SpeakerChain:
    """Resolves pronoun and definite-description speakers from the speakers before them."""

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
        self.links: list[_Link] = self._subjects(cue_verbs)
        # actor the actor stage gave a pronoun speaker -> the one the chain gave it instead
        self.replaced: dict[str, tuple[str | None, int]] = {}  # ... and where
        self.previous: tuple[Token, int, str | None] | None = None  # the last speaker: head, sentence, actor
        # the contents of the attributions resolved so far, with their speakers
        self.reports: list[tuple[int, int, _Link]] = []
        self.quoted: list[tuple[int, int, int | None]] = []  # direct quotes so far: content, cue
        self.genders: dict[str, set[str]] = {}  # actor -> genders of the pronouns the actor layer gave it
        self.quoted_as: dict[str, set[str]] = {}  # actor -> "he"/"she" it was given as a direct quote's speaker
        for m in actors.mentions:
            if m.kind == "pronoun" and m.actor_id is not None and m.text.lower() in _GENDERED:
                self.genders.setdefault(m.actor_id, set()).add(_GENDERED[m.text.lower()])

    def _subjects(self, cue_verbs: Collection[str]) -> list[_Link]:
        """The named subjects of cue verbs ("Islamic Jihad on Wednesday described as ..."):
        speakers even where no quote was taken from their clause; not one that said nothing ("The
        ministry did not respond to requests for comment")."""
        out: list[_Link] = []
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
            out.append(_Link(m.actor_id, verb.idx, sentence, self._days(sentence), tok.lemma_.lower(),
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
                                 _Link(att.speaker_actor_id, att.cue_start or att.speaker_start, sentence, frozenset(),
                                       head.lemma_.lower(), plural_head(head), att.speaker_start)))
        if att.speaker_actor_id is not None:
            pos = att.cue_start if att.cue_start is not None else att.speaker_start
            self.links = [k for k in self.links if k.pos != pos]
            self.links.append(_Link(att.speaker_actor_id, pos, sentence, self._days(sentence),
                                    head.lemma_.lower(), plural_head(head), att.speaker_start,
                                    distinguishing(head)))
            self.links.sort(key=lambda k: k.pos)

    def _epithet(self, att: Attribution, head: Token, sentence: int, nouns: Collection[str] = ()) -> str | None:
        own = [(att.content_start, att.content_end)] if att.content_start is not None and att.content_end is not None else []
        quoted = [(s, e) for s, e, _ in self.quoted] + own
        return epithet_speaker(self.pd, self.actors, head, sentence, att.speaker_actor_id, nouns or self.epithets,
                               quoted, self.window)

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

    def _fits(self, link: _Link, word: str) -> bool:
        a = self.actors.actor(link.actor_id)
        if a is None:
            return False
        if word in THING_PRONOUNS:
            # "A resident said ... State television broadcast what it called ...": a person named
            # by a role ("a resident", "the witness") is never "it"; a spokesman speaks for a body
            person = link.head in self.roles and link.head not in self.spokespeople
            return a.type in _THING_TYPES and not link.plural and not person
        if word in PERSON_PRONOUNS:
            # "the army spokesman said ... he added": a post the actor layer gave to its body
            return a.type in _PERSON_TYPES or (not link.plural and link.head in self.spokespeople | self.roles)
        return a.type in _GROUP_TYPES

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
            if a is not None and a.country and a.type in _LAND_TYPES:
                out.add(a.country)  # "the Kyiv regime": no Ukrainian speaker; "mercenaries": only the militia
        return out

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
            link = _Link(m.actor_id, tok.idx, -1, frozenset(), subj.lemma_.lower(), subj.tag_ in _PLURAL_TAGS)
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

    def _embedded(self, link: _Link, here: int, person: bool = True) -> bool:
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
        return any(m.actor_id == actor_id and m.kind == "pronoun" and m.text.lower() in _GENDERED
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
            if a is not None and a.type in _THING_TYPES and not named_by_label(a, labelled):
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
            return a.type in _BODY_TYPES and not spoke_aside(self.pd, self.links, here, a.id)  # "after X said ..."
        if word in PERSON_PRONOUNS:
            return a.type in _PERSON_TYPES
        return a.type in _GROUP_TYPES

    def _silenced(self, actor_id: str, here: int) -> bool:
        """The actor last said nothing before ``here`` ("The government did not respond to requests
        for comment. “...,” it said"): no antecedent of a pronoun speaker after a speaker."""
        pos = self.silent.get(actor_id)
        return pos is not None and pos < here and not any(k.actor_id == actor_id and pos < k.pos < here for k in self.links)

    def _paragraph_speaker(self, link: _Link, actor_id: str, here: int) -> bool:
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

    def _named_since(self, actor_id: str, link: _Link, here: int) -> bool:
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

    def _gender_fits(self, actor_id: str, word: str) -> bool:
        """The pronoun's gender is not one the actor layer's other pronouns rule out for the actor."""
        want = _GENDERED.get(word)
        known = self.genders.get(actor_id, set())
        return want is None or not known or want in known

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

    def _state_organ(self, a: Actor) -> bool:
        """A state's own organ (its army, a ministry), which "the group" never describes; a
        movement that governs too (coded REB as well) is still a group."""
        sectors = set(a.sectors)
        return a.type != "state" and bool(sectors & self.state_organs) and not sectors & self.movements

    def _before(self, head: Token, sentence: int) -> list[_Link]:
        """The speakers met before ``head`` within the window, nearest first."""
        return [k for k in reversed(self.links) if k.pos < head.idx and sentence - k.sentence <= self.window]

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
        if (head.lemma_.lower() not in self.roles and head.lower_ not in self.roles) or head.tag_ in _PLURAL_TAGS:
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

    def _person_named_since(self, actor_id: str, link: _Link, here: int) -> bool:
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


__all__ = ["SpeakerChain"]
