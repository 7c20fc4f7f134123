"""The roles an ACLED rule reads of an event (stages/events/acled_match.py): whether its target is armed
(an armed actor, or an armed place or force named by what its predicate acts on), whether its source
is a state force, a government or a non-state group, the words of its target, and whether it is told
by its own doer. The word lists are ``data/events/acled.yaml``'s (``AcledData``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...nlp.syntax import participle_noun
from ...records import Actor, Event
from .acled_types import AcledData
from .tokens import forms_of

if TYPE_CHECKING:
    from .acled_sentence import Sentence

# words that open a source span naming the speaker's own people: "X claimed its fighters had ...",
# "X said they had ..."
OWN_WORDS = frozenset({"its", "their", "his", "her", "our", "they", "it", "we"})


def armed_target(event: Event, actors: Mapping[str, Actor], data: AcledData, pred: Token | None = None) -> bool:
    """A target is an armed actor, or the target words or the predicate's object name an armed
    place or force ("a military base"); a place or staff that a word of ``civilian_modifiers``
    qualifies is civilian ("a refugee camp", "a bus station", "medical personnel"). When the
    target names people (not only a country, "Indian posts") and none of them is armed, a place
    where it happened is no target ("shot dead a civilian at a checkpoint": the civilian was
    attacked, not the checkpoint). A target that a word of ``former_words`` qualifies is a civilian now, whatever
    force or group it names ("a former FARC combatant", "a retired army officer"); one that a word of
    ``unarmed_words`` qualifies is a civilian wherever it was ("shot dead an unarmed driver at a checkpoint")."""
    words = set(event.target.text.lower().replace("-", " ").split()) if event.target is not None else set()
    if words & data.unarmed_words:
        return False
    former = bool(words & data.former_words)
    # issue 16 (i16-acled-protest): an act's doer is not its own target; a pronoun object read as the doer ("police
    # used tear gas to disperse them": "them" read as the police) names no armed target
    targets = [a for a in event.target_actor_ids if a not in event.source_actor_ids]
    if not former and any(data.armed_sectors & set(_sectors(a, actors)) for a in targets):
        return True
    civilian = data.civilian_modifiers | data.former_words
    if words & civilian:
        words -= data.armed_nouns
    if pred is not None:
        people = [a for a in event.target_actor_ids if a in actors and actors[a].type not in ("state", "country")]
        words |= object_words(pred, civilian, data.collective_nouns, places=not people,
                              participles=data.attack_participles)
        if any(data.armed_sectors & set(_sectors(a, actors)) for a in event.source_actor_ids):
            words |= noun_casualty_words(pred, data.casualty_words, civilian, data.collective_nouns)
    return bool(words & data.armed_nouns)


def noun_casualty_words(noun: Token, casualty_words: frozenset[str], civilian: frozenset[str] = frozenset(),
                        collective: frozenset[str] = frozenset()) -> set[str]:
    """The head words of the people an attack told by its noun killed or hurt, as its clause tells them:
    the object of the verb it is the subject of, when that verb or its complement is a casualty word ("an
    ambush by insurgents left four soldiers dead", "the raid killed two guards"), or the subject of a
    casualty word whose "in" phrase it is ("four soldiers died in an ambush", "were killed in an attack").
    They are who it was aimed at (ACLED: an attack on soldiers by an armed group is an armed clash; read only
    for an attack whose doer is named and armed, see :func:`armed_target`); a head that a word of ``civilian``
    qualifies is left out."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return set()
    heads: list[Token] = []
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and (_casualty(verb, casualty_words) or any(
            c.dep_ in ("oprd", "acomp", "xcomp") and _casualty(c, casualty_words) for c in verb.children)):
        heads = [c for c in verb.children if c.dep_ == "dobj"]
    elif noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during") and _casualty(noun.head.head, casualty_words):
        heads = [c for c in noun.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [c for h in heads for c in h.conjuncts]
    heads += [m for h in heads if h.tag_ == "CD" or h.lemma_.lower() in collective for m in members(h)]
    out: set[str] = set()
    for h in heads:
        if not (civilian and _qualifiers(h) & civilian):
            out.add(h.lemma_.lower())
            out.update(c.lemma_.lower() for c in h.children if c.dep_ in ("compound", "amod"))
    return out


def _casualty(tok: Token, casualty_words: frozenset[str]) -> bool:
    return bool({tok.lower_, tok.lemma_.lower()} & casualty_words)


CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "leave"})


def _qualifiers(head: Token) -> set[str]:
    """The words that say what kind of thing a noun is: its compounds and adjectives, and the words
    of its "for" or "of" phrase ("a camp for displaced people")."""
    mods = [c for c in head.children if c.dep_ in ("compound", "amod")]
    mods += [t for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
             for g in p.children if g.dep_ == "pobj" for t in (g, *g.children) if t.dep_ in ("pobj", "compound", "amod")]
    return {w for t in mods for w in (t.lemma_.lower(), t.lower_)}


def object_words(pred: Token, civilian: frozenset[str] = frozenset(), collective: frozenset[str] = frozenset(),
                 places: bool = True, participles: frozenset[str] = frozenset()) -> set[str]:
    """The head words of what the predicate acts on: its direct object and (``places``) the objects
    of "on", "against", "at" and "into" of the predicate or of its object ("attacked a checkpoint in
    Jawzjan": checkpoint; "fired into the crowd"; "opened fire on Indian posts"), with their
    compounds; and the people its consequence kills or wounds
    ("attacked the district centre, killing twelve security force members": they were its target).
    A head that a word of ``civilian`` qualifies (its compound or adjective, or one of its "for" or
    "of" phrase) is left out ("a camp for displaced people"); a number or a word of ``collective``
    names its members by its "of" phrase ("a crowd of demonstrators", "hundreds of villagers"). The
    objects of a participle of ``participles`` after the act count too, and every conjunct of a head:
    the attack the act was part of ("killed 14 people, attacking a marketplace and a military base")."""
    heads = [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")]
    if places:  # ... and of its object noun ("opened fire on Indian posts", "launched an attack on the base")
        heads += aimed_at(pred)
    heads += [g for c in pred.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
              and c.lemma_.lower() in CASUALTY_VERBS | participles for g in c.children if g.dep_ == "dobj"]
    if pred.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") for c in pred.children):
        heads.append(pred.head)  # "the helicopter they had shot down": what the relative clause acts on
    heads += [c for h in heads for c in h.conjuncts]  # "attacking a marketplace and a military base"
    heads += [m for h in heads if h.tag_ == "CD" or h.lemma_.lower() in collective for m in members(h)]
    out: set[str] = set()
    for h in heads:
        if h.ent_type_ in ("DATE", "TIME"):
            continue  # "attacks on the villages on March 21": a month, not a march
        if civilian and _qualifiers(h) & civilian:
            continue
        out.add(h.lemma_.lower())
        out.update(c.lemma_.lower() for c in h.children if c.dep_ in ("compound", "amod"))
        if participle_noun(h.head) is h:  # "on agitating farmers": the participle qualifies them
            out.add(h.head.lemma_.lower())
    return out


AIMED = ("on", "against", "into")


def aimed_at(pred: Token) -> list[Token]:
    """The objects of "on", "against", "into" and "at" of the predicate or of its object: what the act was
    aimed at. An "at" phrase is that only when no other of them is: after what the act was aimed at, it tells
    where it happened ("opened fire on a car at a checkpoint": the car was fired on, at the checkpoint)."""
    preps = [c for t in (pred, *(c for c in pred.children if c.dep_ == "dobj")) for c in t.children
             if c.dep_ == "prep" and c.lower_ in (*AIMED, "at")]
    if any(p.lower_ in AIMED for p in preps):
        preps = [p for p in preps if p.lower_ in AIMED]
    return [g for p in preps for c in p.children if c.dep_ in ("pobj", "pcomp")
            for g in ([c] if c.dep_ == "pobj" else [n for n in (participle_noun(c),) if n is not None])]


def members(group: Token) -> list[Token]:
    """The members a group or number names by its "of" phrase ("a crowd of demonstrators")."""
    return [g for p in group.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def state_source(event: Event, actors: Mapping[str, Actor], data: AcledData, sent: Sentence | None = None) -> bool | None:
    """Whether a named source is a state force (None: no source is named); a compound source is one
    when one of its members is. A source span that no actor resolves is read by its nouns: "the
    army" is a state force, "the rebel forces" not."""
    if _state_affiliated(event, sent, data):
        return True  # "government-backed militias", "pro-government forces": the state's affiliates
    ids = [a for a in event.named_source_ids if a in actors]
    if not ids:
        return _source_nouns(event, sent, data) if event.source_basis != "place" else None
    members = [m for a in ids for m in ([x for x in actors[a].members if x in actors] or [a])]
    known = False  # whether some member's sectors or type say which side it is on
    for aid in members:  # "troops and allied militias": a compound with a state force in it
        actor, sectors = actors[aid], set(_sectors(aid, actors))
        if data.non_state_sectors & sectors:
            known = True
            continue  # a rebel group that also governs ("the Taliban") is a non-state actor
        if actor.type in ("state", "country") or data.state_sectors & sectors:
            return True
        known = known or bool(sectors & data.armed_sectors)
    # an actor the dictionary knows by name only ("the Counter-Terrorism Service units", "AMISOM
    # troops"): the nouns of the source span say which side
    return False if known else bool(_source_nouns(event, sent, data))


def government_source(event: Event, actors: Mapping[str, Actor], data: AcledData) -> bool:
    """A named source is a state or its government, not its armed forces: a country or state actor, or
    one of ``government_sectors`` with none of ``armed_sectors`` ("China protested to Japan", "the
    foreign ministry protested": diplomacy, not a demonstration). A source span that no actor
    resolves is read by its nouns, ``government_nouns`` ("the two countries agreed to restore
    relations"), unless it also names an armed or non-state group."""
    if not [a for a in event.named_source_ids if a in actors]:
        words = set(event.source.text.lower().replace("-", " ").split()) if event.source is not None else set()
        return bool(words & data.government_nouns) and not words & (data.non_state_nouns | data.state_nouns)
    for aid in event.named_source_ids:
        actor = actors.get(aid)
        if actor is None:
            continue
        sectors = set(_sectors(aid, actors))
        if sectors & data.armed_sectors:
            continue
        if actor.type in ("state", "country") or sectors & data.government_sectors:
            return True
    return False


def _state_affiliated(event: Event, sent: Sentence | None, data: AcledData) -> bool:
    """A source span that names a group as backed by or allied to the state: an affiliation word
    ("backed", "pro", "allied", "loyalist") and a word of the state ("government", "regime")."""
    src = event.source
    if src is None or sent is None or not data.affiliation_words:
        return False
    words = {w for t, forms in zip(sent.tokens, sent.forms, strict=True) if src.start <= t.idx < src.end for w in forms}
    return bool(words & data.affiliation_words) and bool(words & data.affiliation_of)


def _source_nouns(event: Event, sent: Sentence | None, data: AcledData) -> bool | None:
    """A source span's words: True for a state force's noun, False for a non-state group's (which
    wins: "rebel forces"), None for neither."""
    src = event.source
    if src is None or sent is None:
        return None
    words = {w for t, forms in zip(sent.tokens, sent.forms, strict=True) if src.start <= t.idx < src.end for w in forms}
    if words <= PRONOUNS:
        words = _antecedent_words(event, sent)  # "the militants reported that they had taken the villages"
    if words & data.non_state_nouns:
        return False
    return True if words & data.state_nouns else None


PRONOUNS = frozenset({"they", "it", "we", "them", "us"})


def _antecedent_words(event: Event, sent: Sentence) -> set[str]:
    """The words of the subject of the nearest clause above the event's predicate that has a subject
    of its own: a pronoun doer of a reported clause names the reporter ("the militants said they
    had taken the town": the militants)."""
    pred = sent.token_at(event.predicate.start)
    cur = pred.head if pred is not None else None
    for _ in range(6):
        if cur is None:
            break
        subj = next((c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in PRONOUNS), None)
        if subj is not None:
            return {w for t in subj.subtree for w in forms_of(t)}
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return set()


def target_words(event: Event, sent: Sentence, pred: Token | None, collective: frozenset[str] = frozenset()) -> set[str]:
    """The words (lemmas and forms) of the event's target span and of what its predicate acts on, and the
    participle after the head of either that says what its people were doing (:func:`qualifying_participles`)."""
    out: set[str] = set()
    heads: list[Token] = []
    tgt = event.target
    if tgt is not None:
        span = [t for t in sent.tokens if tgt.start <= t.idx < tgt.end]
        out = {w for t, forms in zip(sent.tokens, sent.forms, strict=True) if tgt.start <= t.idx < tgt.end for w in forms}
        heads += [t for t in span if not tgt.start <= t.head.idx < tgt.end or t.head.i == t.i]
    if pred is not None:
        out |= object_words(pred, collective=collective)
        heads += [c for c in pred.children if c.dep_ in ("dobj", "nsubjpass")] + aimed_at(pred)
    return out | qualifying_participles(heads)


def qualifying_participles(heads: list[Token]) -> set[str]:
    """The present participles that qualify the nouns ``heads``, after them ("fired on students demanding
    quota reform", "beat workers protesting the layoffs"): what those people were doing when acted on
    (lemma and form)."""
    return {w for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBG"
            for w in (c.lemma_.lower(), c.lower_)}


def _sectors(actor_id: str, actors: Mapping[str, Actor]) -> tuple[str, ...]:
    actor = actors.get(actor_id)
    if actor is None:
        return ()
    out = list(actor.sectors)
    for m in actor.members:
        member = actors.get(m)
        if member is not None:
            out.extend(member.sectors)
    return tuple(out)


def told_by_doer(event: Event) -> bool:
    """The event is told by its own doer: the speaker who claims it is its source ("the Front
    claimed that it had bombed the depot"), or names it by a pronoun or a possessive of its own ("the
    group admitted that its fighters had ..."): a claim of the act, not a report of it."""
    if event.claimed_by == "outlet":
        return False
    if event.claimed_by in event.source_actor_ids:
        return True
    words = event.source.text.lower().split() if event.source is not None else []
    return bool(words) and words[0] in OWN_WORDS


__all__ = ["OWN_WORDS", "aimed_at", "armed_target", "government_source", "members", "object_words", "qualifying_participles",
           "state_source", "target_words", "told_by_doer"]
