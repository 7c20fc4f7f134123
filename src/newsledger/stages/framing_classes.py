"""Classes of loaded language every conflict has on every side (``data/framing/classes.yaml``).

Each rule names a class by its definition and needs the word to be said of people or of a
party, so that it covers any side of any conflict and leaves literal uses alone:

* euphemisms for killing: a verb or noun of removal with people as its object ("neutralised
  five militants", "the fighters were eliminated", "the elimination of 20 terrorists");
* dehumanising and criminalising nouns said of a party: a state or group name before them
  ("Russian pigs", "Hamas rats", "Israeli murderers"), "hordes of" people, or what a party or
  people are said to be ("the soldiers are animals");
* glorifying words: an adjective of valour before a noun for fighters or operations ("the
  valiant forces", "a glorious operation"), and fighters named as the writer's own ("our forces");
* delegitimising words before a noun for a party's government, institutions, forces or media
  ("the illegitimate government", "a sham referendum", "the apostate parliament", "paid
  journalists");
* a force named by the act ascribed to it ("the invasion forces", "invading troops");
* "state-backed", "state-sponsored": a body described as backed by the state (not "state-run").

The marks join the framing stage's constructions (``stages/framing.py``), where no lexicon term
or earlier mark stands; their voice is decided there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from ..nlp import ParsedDoc
from ..records import ActorLayer, FramingMark, Quote
from ..resources import Resources, word_set
from .framing_labels import HYPHENS, LabelContext, LabelRules, noun_phrase_start
from .framing_literal import behind_quantity

CLASSES_SCHEMA: Any = {
    "killing_verbs": [str], "killing_nouns": [str], "killing_note": str, "people_nouns": [str],
    "killing_phrasals": [str], "glorifying_adverbs": [str], "fighting_verbs": [str],
    "dehumanising_nouns": [str], "dehumanising_note": str, "criminal_nouns": [str], "criminal_note": str,
    "crowd_nouns": [str], "people_modifiers": [str],
    "glorifying_adjectives": [str], "own_side_words": [str], "fighter_nouns": [str], "glorifying_note": str,
    "delegitimising_adjectives": [str], "institution_nouns": [str], "delegitimising_note": str,
    "act_force_words": [str], "act_force_nouns": [str], "act_force_note": str,
    "state_words": [str], "backing_suffixes": [str], "status_words": [str],
    "glorifying_nouns": [str], "armed_body_nouns": [str], "state_institution_nouns": [str],
    "conflation_sectors": [str], "conflation_note": str, "crime_nouns": [str], "crime_note": str,
    "falsehood_nouns": [str], "spreading_verbs": [str], "told_nouns": [str],
    "foreign_force_nouns": [str], "foreign_force_note": str, "conquest_verbs": [str],
    "handling_verbs": [str], "firmness_adverbs": [str], "handling_note": str,
    "cruelty_adjectives": [str], "repression_nouns": [str], "cruelty_note": str, "fallen_verbs": [str],
    "medium_words": [str], "medium_war_nouns": [str], "medium_war_note": str, "quantity_nouns": [str],
    "party_possessives": [str], "honouring_verbs": [str], "reunion_words": [str], "reunion_lands": [str],
    "reunion_note": str,
}
_PEOPLE_ACTORS = ("person:", "group:")
_COPULAS = frozenset({"be", "become", "remain"})


@dataclass(frozen=True)
class ClassRules:
    """The words of each class (``data/framing/classes.yaml``)."""

    killing_verbs: frozenset[str]
    killing_nouns: frozenset[str]
    killing_note: str
    people_nouns: frozenset[str]
    dehumanising_nouns: frozenset[str]
    dehumanising_note: str
    criminal_nouns: frozenset[str]
    criminal_note: str
    crowd_nouns: frozenset[str]
    glorifying_adjectives: frozenset[str]
    own_side_words: frozenset[str]
    fighter_nouns: frozenset[str]
    glorifying_note: str
    delegitimising_adjectives: frozenset[str]
    institution_nouns: frozenset[str]
    delegitimising_note: str
    act_force_words: frozenset[str]
    act_force_nouns: frozenset[str]
    act_force_note: str
    state_backed_re: re.Pattern[str]
    status_words: frozenset[str] = frozenset()  # a party's claimed standing: "peaceful", "rights", "victims"
    glorifying_nouns: frozenset[str] = frozenset()  # "the lions of the Mujahideen", "Ukrainian heroes"
    armed_body_nouns: frozenset[str] = frozenset()  # "the militia's health ministry"
    state_institution_nouns: frozenset[str] = frozenset()
    conflation_sectors: frozenset[str] = frozenset()  # "PKK/YPG": one group presented as another
    conflation_note: str = ""
    crime_nouns: frozenset[str] = frozenset()  # "in a related crime": an attack named a crime
    crime_note: str = ""
    falsehood_nouns: frozenset[str] = frozenset()  # "the same lie"
    spreading_verbs: frozenset[str] = frozenset()  # "peddled by foreign media"
    told_nouns: frozenset[str] = frozenset()
    foreign_force_nouns: frozenset[str] = frozenset()  # "its Russian partners" in a sentence of fighting
    foreign_force_note: str = ""
    killing_phrasals: frozenset[tuple[str, str]] = frozenset()  # ("take", "out"): "took out three fighters"
    glorifying_adverbs: frozenset[str] = frozenset()  # "valiantly repelled"
    fighting_verbs: frozenset[str] = frozenset()
    people_modifiers: frozenset[str] = frozenset()  # "settler hordes", "separatist parasites"
    conquest_verbs: frozenset[str] = frozenset()  # "reconquering territory": a sentence of fighting
    handling_verbs: frozenset[str] = frozenset()  # "dealt firmly with the rioters"
    firmness_adverbs: frozenset[str] = frozenset()
    handling_note: str = ""
    cruelty_adjectives: frozenset[str] = frozenset()  # "the bloody crackdown"
    repression_nouns: frozenset[str] = frozenset()
    cruelty_note: str = ""
    fallen_verbs: frozenset[str] = frozenset()  # "the young heroes shot during the protests"
    medium_words: frozenset[str] = frozenset()  # "the enemy's media war", "an information operation"
    medium_war_nouns: frozenset[str] = frozenset()
    medium_war_note: str = ""
    quantity_nouns: frozenset[str] = frozenset()  # "dozens of fighters": said of the fighters
    party_possessives: frozenset[str] = frozenset()  # "its heroes liberated" (stages/framing_glory.py)
    honouring_verbs: frozenset[str] = frozenset()  # "honoured as heroes"
    reunion_words: frozenset[str] = frozenset()  # "reunification with the motherland"
    reunion_lands: frozenset[str] = frozenset()
    reunion_note: str = ""


def _note(raw: dict[str, Any], key: str) -> str:
    return str(raw.get(key, ""))


def load_class_rules(resources: Resources) -> ClassRules:
    raw = resources.yaml("framing/classes.yaml", CLASSES_SCHEMA) or {}
    states = "|".join(sorted(map(re.escape, word_set(raw, "state_words")), key=len, reverse=True))
    suffixes = "|".join(sorted(map(re.escape, word_set(raw, "backing_suffixes")), key=len, reverse=True))
    return ClassRules(
        killing_verbs=word_set(raw, "killing_verbs"), killing_nouns=word_set(raw, "killing_nouns"),
        killing_note=_note(raw, "killing_note"), people_nouns=word_set(raw, "people_nouns"),
        dehumanising_nouns=word_set(raw, "dehumanising_nouns"), dehumanising_note=_note(raw, "dehumanising_note"),
        criminal_nouns=word_set(raw, "criminal_nouns"), criminal_note=_note(raw, "criminal_note"),
        crowd_nouns=word_set(raw, "crowd_nouns"),
        glorifying_adjectives=word_set(raw, "glorifying_adjectives"), own_side_words=word_set(raw, "own_side_words"),
        fighter_nouns=word_set(raw, "fighter_nouns"), glorifying_note=_note(raw, "glorifying_note"),
        delegitimising_adjectives=word_set(raw, "delegitimising_adjectives"),
        institution_nouns=word_set(raw, "institution_nouns"), delegitimising_note=_note(raw, "delegitimising_note"),
        act_force_words=word_set(raw, "act_force_words"), act_force_nouns=word_set(raw, "act_force_nouns"),
        act_force_note=_note(raw, "act_force_note"), status_words=word_set(raw, "status_words"),
        glorifying_nouns=word_set(raw, "glorifying_nouns"), armed_body_nouns=word_set(raw, "armed_body_nouns"),
        state_institution_nouns=word_set(raw, "state_institution_nouns"),
        conflation_sectors=frozenset(str(x).upper() for x in raw.get("conflation_sectors", []) or []),
        conflation_note=_note(raw, "conflation_note"), crime_nouns=word_set(raw, "crime_nouns"),
        crime_note=_note(raw, "crime_note"), falsehood_nouns=word_set(raw, "falsehood_nouns"),
        spreading_verbs=word_set(raw, "spreading_verbs"), told_nouns=word_set(raw, "told_nouns"),
        foreign_force_nouns=word_set(raw, "foreign_force_nouns"), foreign_force_note=_note(raw, "foreign_force_note"),
        killing_phrasals=frozenset(tuple(p.split()[:2]) for p in word_set(raw, "killing_phrasals") if len(p.split()) == 2),
        glorifying_adverbs=word_set(raw, "glorifying_adverbs"), fighting_verbs=word_set(raw, "fighting_verbs"),
        people_modifiers=word_set(raw, "people_modifiers"), conquest_verbs=word_set(raw, "conquest_verbs"),
        handling_verbs=word_set(raw, "handling_verbs"), firmness_adverbs=word_set(raw, "firmness_adverbs"),
        handling_note=_note(raw, "handling_note"), cruelty_adjectives=word_set(raw, "cruelty_adjectives"),
        repression_nouns=word_set(raw, "repression_nouns"), cruelty_note=_note(raw, "cruelty_note"),
        fallen_verbs=word_set(raw, "fallen_verbs"), medium_words=word_set(raw, "medium_words"),
        medium_war_nouns=word_set(raw, "medium_war_nouns"), medium_war_note=_note(raw, "medium_war_note"),
        quantity_nouns=word_set(raw, "quantity_nouns"), party_possessives=word_set(raw, "party_possessives"),
        honouring_verbs=word_set(raw, "honouring_verbs"), reunion_words=word_set(raw, "reunion_words"),
        reunion_lands=word_set(raw, "reunion_lands"), reunion_note=_note(raw, "reunion_note"),
        state_backed_re=re.compile(
            rf"(?<![\w{HYPHENS}])(?i:{states or 'a^'})[{HYPHENS}](?:{suffixes or 'a^'})(?![\w{HYPHENS}])"),
    )


def _people(ctx: LabelContext, tok: Token, rules: ClassRules, parties: bool = True) -> bool:
    """A token for people: a noun for people, a person's or people's name, or (with ``parties``)
    a name of a party; a party as a body ("the party was eliminated" from a vote) is no people;
    a noun of number stands for the noun after its "of" ("dozens of fighters")."""
    tok = behind_quantity(tok, rules.quantity_nouns)
    if tok.lower_ in rules.people_nouns or tok.lemma_.lower() in rules.people_nouns:
        return True
    if tok.ent_type_ in ("PERSON", "NORP") or (parties and ctx.is_name(tok)):
        return True
    m = ctx.actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    return m is not None and (m.actor_id or "").startswith(_PEOPLE_ACTORS if parties else "person:")


def killing_marks(ctx: LabelContext, rules: ClassRules) -> list[FramingMark]:
    """"neutralised five militants", "the fighters were eliminated", "the elimination of 20
    terrorists": a verb or noun of removal with people as its object."""
    out = []
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
        if (lemma in rules.killing_verbs or (lemma, particle) in rules.killing_phrasals) and tok.pos_ in ("VERB", "AUX"):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and _people(ctx, obj, rules, parties=False):
                out.append(ctx.mark(tok.idx, obj.idx + len(obj.text), "euphemism", rules.killing_note))
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            if subj is not None and _people(ctx, subj, rules, parties=False):
                out.append(ctx.mark(tok.idx, tok.idx + len(tok.text), "euphemism", rules.killing_note))
        elif tok.lower_ in rules.killing_nouns:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and _people(ctx, obj, rules, parties=False):
                out.append(ctx.mark(tok.idx, obj.idx + len(obj.text), "euphemism", rules.killing_note))
    return out


def handling_marks(ctx: LabelContext, rules: ClassRules) -> list[FramingMark]:
    """"dealt firmly with the rioters", "decisively dealt with the crowds": force used on people
    named as their firm handling (not "dealt firmly with the budget", nor "dealt with the
    protesters", no word of firmness)."""
    out = []
    for tok in ctx.tokens:
        if tok.lemma_.lower() not in rules.handling_verbs or tok.pos_ != "VERB":
            continue
        firm = next((c for c in tok.children if c.dep_ == "advmod" and c.lower_ in rules.firmness_adverbs), None)
        with_ = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "with"), None)
        obj = next((g for g in with_.children if g.dep_ == "pobj"), None) if with_ is not None else None
        if firm is not None and obj is not None and _people(ctx, obj, rules, parties=False):
            first, last = min(tok, firm, key=lambda t: t.i), max(tok, firm, key=lambda t: t.i)
            out.append(ctx.mark(first.idx, last.idx + len(last.text), "euphemism", rules.handling_note))
    return out


def cruelty_marks(ctx: LabelContext, rules: ClassRules, attacks: frozenset[str]) -> list[FramingMark]:
    """"the bloody crackdown", "a vicious assault": an adjective of cruelty before a noun of
    repression or of attack (``attacks``); not "a bloody nose", nor "the bloodiest day"."""
    return [ctx.mark(adj.idx, noun.idx + len(noun.text), "loaded_term", rules.cruelty_note)
            for adj, noun in _modified_nouns(ctx, rules.cruelty_adjectives, rules.repression_nouns | attacks, ("amod",))]


def _fallen(tok: Token, rules: ClassRules) -> bool:
    """A glorifying noun said of the dead: with a clause of dying or killing on it ("the heroes
    shot during the protests", "heroes who fell at the bridge"), or what is buried or mourned."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in rules.fallen_verbs:
        return True
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in rules.fallen_verbs for c in tok.children)


def _party_modifier(ctx: LabelContext, noun: Token, words: frozenset[str] = frozenset()) -> Token | None:
    """A state or group name before ``noun`` in its phrase ("Russian" in "Russian pigs"), or one
    of ``words`` for a people or movement ("settler hordes")."""
    return next((c for c in noun.lefts if c.dep_ in ("amod", "compound", "poss", "nmod")
                 and (ctx.is_name(c) or c.lower_ in words)), None)


def _said_to_be(ctx: LabelContext, noun: Token, rules: ClassRules) -> bool:
    """``noun`` is what people or a party are said to be ("the soldiers are animals")."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in _COPULAS:
        return False
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (_people(ctx, subj, rules) or subj.lower_ in ("they", "these", "those"))


def person_label_marks(ctx: LabelContext, rules: ClassRules, acts: frozenset[str] = frozenset()) -> list[FramingMark]:
    """Dehumanising and criminalising nouns said of a party ("Russian pigs", "hordes of
    militants", "the soldiers are animals", "Israeli murderers"); a crowd of ``acts`` ("a flood of
    attacks") is none."""
    out = []
    for tok in ctx.tokens:
        low = tok.lower_
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        for nouns, kind, note in ((rules.dehumanising_nouns, "pejorative", rules.dehumanising_note),
                                  (rules.criminal_nouns, "loaded_label", rules.criminal_note),
                                  (rules.glorifying_nouns, "loaded_label", rules.glorifying_note)):
            if low not in nouns:
                continue
            name = _party_modifier(ctx, tok, rules.people_modifiers)
            of = low in rules.crowd_nouns or low in rules.glorifying_nouns  # "hordes of", "the lions of"
            if name is not None:
                start = min(name.subtree, key=lambda t: t.i).idx
                out.append(ctx.mark(start, tok.idx + len(tok.text), kind, note,
                                    ctx.referent(name.idx, name.idx + len(name.text))))
            elif _said_to_be(ctx, tok, rules) or (of and _of_people(ctx, tok, rules, acts)) \
                    or (low in rules.glorifying_nouns and _fallen(tok, rules)):
                out.append(ctx.mark(tok.idx, tok.idx + len(tok.text), kind, note))
    return out


def _of_people(ctx: LabelContext, tok: Token, rules: ClassRules, acts: frozenset[str] = frozenset()) -> bool:
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return obj is not None and obj.lower_ not in acts and (_people(ctx, obj, rules) or obj.lower_ in rules.fighter_nouns)


def _modified_nouns(ctx: LabelContext, words: frozenset[str], nouns: frozenset[str],
                    deps: tuple[str, ...] = ("amod", "compound", "nmod", "poss")) -> list[tuple[Token, Token]]:
    """(modifier, noun) pairs: one of ``words`` modifying one of ``nouns`` to its right, within
    the noun's phrase (other modifiers between them: "the valiant Defence and Security Forces")."""
    pairs = []
    for tok in ctx.tokens:
        if tok.lower_ not in words or tok.dep_ not in deps:
            continue
        head = tok.head
        while head.lower_ not in nouns and head.dep_ in ("compound", "amod", "conj") and head.head.i > head.i:
            head = head.head
        if head.lower_ in nouns and 0 < head.i - tok.i <= 5:
            pairs.append((tok, head))
    return pairs


def glorifying_marks(ctx: LabelContext, rules: ClassRules) -> list[FramingMark]:
    """"the valiant forces", "a glorious operation", "our brave soldiers", "our forces"."""
    out = []
    for adj, noun in _modified_nouns(ctx, rules.glorifying_adjectives, rules.fighter_nouns, ("amod", "compound")):
        own = next((c for c in noun.lefts if c.lower_ in rules.own_side_words and c.i < adj.i), None)
        start = (own or adj).idx
        out.append(ctx.mark(start, noun.idx + len(noun.text), "loaded_term", rules.glorifying_note))
    for own, noun in _modified_nouns(ctx, rules.own_side_words, rules.fighter_nouns, ("poss",)):
        out.append(ctx.mark(own.idx, noun.idx + len(noun.text), "loaded_label", rules.glorifying_note))
    for adv in (t for t in ctx.tokens if t.lower_ in rules.glorifying_adverbs and t.dep_ == "advmod"):
        if adv.head.pos_ == "VERB" and adv.head.lemma_.lower() in rules.fighting_verbs:
            first, last = sorted((adv, adv.head), key=lambda t: t.i)
            out.append(ctx.mark(first.idx, last.idx + len(last.text), "loaded_term", rules.glorifying_note))
    return out


def delegitimising_marks(ctx: LabelContext, rules: ClassRules) -> list[FramingMark]:
    """"the illegitimate government", "a sham referendum", "the apostate parliament", "paid
    journalists"; and forces named by an act: "the invasion forces", "invading troops"."""
    out = []
    for adj, noun in _modified_nouns(ctx, rules.delegitimising_adjectives, rules.institution_nouns):
        out.append(ctx.mark(adj.idx, noun.idx + len(noun.text), "loaded_label", rules.delegitimising_note))
    for act, noun in _modified_nouns(ctx, rules.act_force_words, rules.act_force_nouns, ("amod", "compound")):
        start = noun_phrase_start(noun) if noun_phrase_start(noun).i < act.i else act
        out.append(ctx.mark(start.idx, noun.idx + len(noun.text), "loaded_label", rules.act_force_note))
    for noun in ctx.tokens:  # "the army of occupation", "forces of aggression": the act after "of"
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        act = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if noun.lower_ in rules.act_force_nouns and act is not None and act.lower_ in rules.act_force_words \
                and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in act.children):
            out.append(ctx.mark(noun.idx, act.idx + len(act.text), "loaded_label", rules.act_force_note))
    return out


def owned_institution_marks(ctx: LabelContext, rules: ClassRules, note: str) -> list[FramingMark]:
    """"the militia's health ministry", "the rebels' government": a state's institution owned by
    an armed body named by a common noun."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ in rules.armed_body_nouns and tok.dep_ == "poss" and tok.head.i > tok.i \
                and tok.head.lower_ in rules.state_institution_nouns:
            out.append(ctx.mark(tok.idx, tok.head.idx + len(tok.head.text), "loaded_label", note))
    return out


def conflation_marks(ctx: LabelContext, rules: ClassRules) -> list[FramingMark]:
    """"PKK/YPG targets", "Hamas/ISIS": two group names joined by a slash, one an armed group."""
    out = []
    toks = ctx.tokens
    for slash in (t for t in toks if t.text == "/" and 0 < t.i < len(toks) - 1):
        left, right = toks[slash.i - 1], toks[slash.i + 1]
        if not (ctx.is_name(left) and ctx.is_name(right)) or left.ent_type_ == "GPE" or right.ent_type_ == "GPE":
            continue
        if not any(ctx.is_power(t, rules.conflation_sectors) and t.ent_type_ not in ("GPE", "NORP") for t in (left, right)):
            continue
        if left.lower_ == right.lower_:
            continue
        out.append(ctx.mark(left.idx, right.idx + len(right.text), "loaded_label", rules.conflation_note))
    return out


def crime_marks(ctx: LabelContext, rules: ClassRules, attack_words: frozenset[str]) -> list[FramingMark]:
    """"In a related crime, the warplanes ...", "this heinous crime": an attack named a crime, in a
    sentence with an attack noun or verb; not "the crime rate" (a modifier), nor a crime in no
    attack's sentence."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.crime_nouns or tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod"):
            continue
        if any(c.dep_ == "compound" or (c.dep_ in ("amod", "poss") and ctx.is_name(c)) for c in tok.lefts):
            continue  # "drug crimes" name a kind; "Russian crimes" are the act construction's
        if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
            continue  # "theft, assault and other crimes": a list of offences, no attack named
        if not any(t.lemma_.lower() in attack_words for t in tok.sent if t.i != tok.i):
            continue
        start = noun_phrase_start(tok)
        out.append(ctx.mark(start.idx, tok.idx + len(tok.text), "loaded_term", rules.crime_note))
    return out


def falsehood_marks(ctx: LabelContext, rules: ClassRules, accounts: frozenset[str], note: str) -> list[FramingMark]:
    """"repeated the same lie", "the fabrications": an account called a lie in the writer's voice;
    "figures peddled by foreign media", "parroted the line": its telling called a peddling."""
    out = []
    told = rules.told_nouns | rules.falsehood_nouns | accounts
    for tok in ctx.tokens:
        if tok.lower_ in rules.falsehood_nouns and tok.pos_ == "NOUN" and tok.dep_ != "compound":
            out.append(ctx.mark(noun_phrase_start(tok).idx, tok.idx + len(tok.text), "loaded_term", note))
        elif tok.lemma_.lower() in rules.spreading_verbs and tok.pos_ == "VERB":
            said = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if tok.dep_ in ("acl", "relcl") and tok.head.i < tok.i:
                said.append(tok.head)  # "figures peddled by ...", "the story that X peddled"
            if any(t.lemma_.lower() in told or t.lower_ in told for t in said):
                out.append(ctx.mark(tok.idx, tok.idx + len(tok.text), "loaded_term", note))
    return out


def foreign_force_marks(ctx: LabelContext, rules: ClassRules, attack_words: frozenset[str]) -> list[FramingMark]:
    """"its Russian partners", "Russian instructors", "American contractors": a state's armed men
    named by a word of partnership or instruction, in a sentence about fighting."""
    out = []
    fighting = attack_words | rules.fighter_nouns | rules.conquest_verbs
    for tok in ctx.tokens:
        if tok.lower_ not in rules.foreign_force_nouns or tok.pos_ != "NOUN":
            continue
        state = next((c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss", "nmod") and ctx.is_name(c)
                      and c.ent_type_ in ("NORP", "GPE")), None)
        if state is None or not any(t.lemma_.lower() in fighting or t.lower_ in fighting
                                    for t in tok.sent if t.i != tok.i):
            continue
        if any(c.dep_ in ("amod", "compound") and c.i != state.i for c in tok.lefts):
            continue  # "the biggest trading partners", "military advisers": described, not a euphemism
        start = min(state.subtree, key=lambda t: t.i).idx
        out.append(ctx.mark(start, tok.idx + len(tok.text), "euphemism", rules.foreign_force_note,
                            ctx.referent(state.idx, state.idx + len(state.text))))
    return out


def state_backed_marks(ctx: LabelContext, rules: ClassRules, note: str) -> list[FramingMark]:
    """"the state-backed militia", "state-sponsored terrorism" (not "state-run media")."""
    out = []
    for mt in rules.state_backed_re.finditer(ctx.doc.text):
        last = ctx.doc.token_at(mt.end() - 1)
        head = last.head if last is not None and last.head.i > last.i and last.head.i - last.i <= 5 else last
        end = max(mt.end(), head.idx + len(head.text)) if head is not None else mt.end()
        out.append(ctx.mark(mt.start(), end, "loaded_label", note))
    return out


def embedded_term(doc: ParsedDoc, inner_start: int, inner_end: int, status_words: frozenset[str]) -> bool:
    """A quoted common term set inside a noun phrase of the writer's ("lists of “peaceful
    protesters”", "a Paris-based "human rights" collective", "the “resistance” fighters", "a
    “massacre”"): after an article, a number, an adjective, a possessive or "of", or modifying the
    noun after it, and holding one of ``status_words``, the words by which a party or its victims
    claim a standing. Quotation marks of any family set off such a term as the writer's doubt of
    that standing; a name ("the "Iron Dome" system"), a coinage ("a “mega fire”") or a quotation
    a speaker is credited with is no such term."""
    text = doc.text[inner_start:inner_end].strip()
    span = doc.span_chars(inner_start, inner_end)
    if not text[:1].islower() or span is None or len(span) == 0:
        return False
    if not any(t.lower_ in status_words or t.lemma_.lower() in status_words for t in span):
        return False  # a coinage or a term of art ("a “mega fire”", "the “warung”")
    toks = doc.tokens
    i = span[0].i - 1
    while i >= 0 and toks[i].is_punct and toks[i].i >= span[0].i - 2:
        i -= 1
    prev = toks[i] if i >= 0 and not toks[i].is_punct else None
    if prev is not None and (prev.pos_ in ("DET", "NUM", "ADJ") or prev.tag_ in ("PRP$", "POS")
                             or prev.dep_ in ("amod", "nummod", "det", "poss") or prev.lower_ in ("of", "as")):
        return True
    j = span[-1].i + 1
    while j < len(toks) and toks[j].is_punct and toks[j].i <= span[-1].i + 2:
        j += 1
    nxt = toks[j] if j < len(toks) and not toks[j].is_punct else None
    return nxt is not None and nxt.pos_ == "NOUN" and span.root.head.i == nxt.i


def class_marks(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], rules: ClassRules,
                labels: LabelRules) -> list[FramingMark]:
    """Every class's marks for one article (``labels``: the constructions' words and notes)."""
    ctx = LabelContext(doc, actors, quotes)
    marks = [*killing_marks(ctx, rules), *handling_marks(ctx, rules), *person_label_marks(ctx, rules, labels.attack_nouns), *glorifying_marks(ctx, rules),
             *delegitimising_marks(ctx, rules), *state_backed_marks(ctx, rules, labels.descriptor_note),
             *owned_institution_marks(ctx, rules, labels.party_note), *conflation_marks(ctx, rules),
             *crime_marks(ctx, rules, labels.attack_nouns | labels.attack_verbs),
             *foreign_force_marks(ctx, rules, labels.attack_nouns | labels.attack_verbs),
             *falsehood_marks(ctx, rules, labels.claim_nouns | labels.account_nouns, labels.claim_note),
             *cruelty_marks(ctx, rules, labels.attack_nouns)]
    return unstraddled(marks, ctx)


def unstraddled(marks: list[FramingMark], ctx: LabelContext) -> list[FramingMark]:
    """``marks`` without those that run out of a speaker's quoted words ("says "illegal"
    government"): neither the speaker's words nor the outlet's."""
    return [m for m in marks if not any(s < m.end and m.start < e and not (s <= m.start and m.end <= e)
                                        for s, e in ctx.verbatim)]


__all__ = [
    "CLASSES_SCHEMA",
    "ClassRules",
    "class_marks",
    "crime_marks",
    "cruelty_marks",
    "delegitimising_marks",
    "embedded_term",
    "falsehood_marks", "foreign_force_marks",
    "glorifying_marks",
    "handling_marks",
    "killing_marks",
    "load_class_rules",
    "owned_institution_marks",
    "person_label_marks",
    "state_backed_marks",
    "unstraddled",
]
