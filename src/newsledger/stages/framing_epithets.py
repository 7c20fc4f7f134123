"""More classes of loaded language, found by construction (``data/framing/epithets.yaml``).

Each rule names a class by its definition and needs the word said of a party, people or place,
so that it covers every side and leaves literal uses alone:

* epithets for protesters, migrants and opponents: people named as lawless, hired or foreign
  agents ("Hooligans blocked roads", "paid provocateurs", "anti-national elements"; not
  "football hooligans"), and migration named an invasion ("the invasion at the border"; not
  "Russia's invasion of Ukraine");
* proxies: a body or a war described as serving another party ("Kigali's proxy militia", "a
  proxy war", "Iran's proxy Hezbollah"; not "a proxy vote");
* gangs and militias as slurs: organised crime named for a political or armed group or for
  people ("Hamas gangs", "settler militias"; not "Haitian gangs");
* rulers named by their rule ("the Maduro dictatorship", "the dictatorship in Managua");
* a place "liberated" or "pacified", its people "cleansed" ("Russian forces liberated the
  town", "pacified the villages"; not "liberated the hostages");
* defenders and liberators of a named land ("the defenders of Bakhmut"; not "of the club");
* a government's standing withheld ("the de facto authorities"; not "a de facto ban");
* a present act named by a historical crime, lower-case ("the Zionist holocaust"; not
  "Holocaust survivors");
* a party named by the evil it peddles ("warmongers", "the coup-mongers"; not "the fishmonger").

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
from .framing_accounts import held_place
from .framing_analogy import analogy_marks
from .framing_classes import ClassRules, unstraddled
from .framing_labels import HYPHENS, LabelContext, LabelRules, acronym
from .framing_voice import HYPHEN_PARTS

EPITHETS_SCHEMA: Any = {
    "unrest_nouns": [str], "unrest_note": str, "against_words": [str], "against_heads": [str],
    "invasion_words": [str], "migration_words": [str], "invasion_note": str,
    "proxy_words": [str], "proxy_heads": [str],
    "gang_nouns": [str], "militia_nouns": [str], "gang_note": str,
    "ruler_nouns": [str], "ruler_note": str, "capture_verbs": [str],
    "place_removal_verbs": [str], "place_removal_nouns": [str], "place_nouns": [str], "removal_note": str,
    "defender_nouns": [str], "homeland_words": [str], "defender_note": str,
    "withheld_words": [str], "withheld_heads": [str], "withheld_note": str, "characterisation_words": [str], "characterisation_note": str, "analogy_terms": [str], "likening_verbs": [str],
    "portraying_verbs": [str], "branding_nouns": [str], "branding_note": str,
    "servant_nouns": [str], "servant_note": str, "judging_adjectives": [str], "judged_people": [str],
    "judging_note": str, "standing_adjectives": [str], "standing_note": str,
    "slur_nouns": [str], "standing_name_words": [str], "slur_note": str,
    "animal_verbs": [str], "animal_note": str, "abandon_verbs": [str], "death_verbs": [str], "abandon_note": str,
    "monger_endings": [str], "monger_trades": [str], "monger_note": str,
    "cult_nouns": [str], "cult_note": str,
}
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")


@dataclass(frozen=True)
class EpithetRules:
    """The words of each class (``data/framing/epithets.yaml``)."""

    unrest_nouns: frozenset[str]
    unrest_note: str
    against_re: re.Pattern[str]
    invasion_words: frozenset[str]
    migration_words: frozenset[str]
    invasion_note: str
    proxy_words: frozenset[str]
    proxy_heads: frozenset[str]
    gang_nouns: frozenset[str]
    militia_nouns: frozenset[str]
    gang_note: str
    ruler_nouns: frozenset[str]
    ruler_note: str
    capture_verbs: frozenset[str]
    place_removal_verbs: frozenset[str]
    place_removal_nouns: frozenset[str]
    place_nouns: frozenset[str]
    removal_note: str
    defender_nouns: frozenset[str]
    homeland_words: frozenset[str]
    defender_note: str
    withheld_words: tuple[tuple[str, ...], ...]
    withheld_heads: frozenset[str]
    withheld_note: str
    characterisation_words: frozenset[str]
    characterisation_note: str
    servant_nouns: frozenset[str]
    servant_note: str
    judging_adjectives: frozenset[str]
    judged_people: frozenset[str]
    judging_note: str
    standing_adjectives: frozenset[str]
    standing_note: str
    slur_nouns: frozenset[str]
    standing_name_words: frozenset[str]
    slur_note: str
    animal_verbs: frozenset[str]
    animal_note: str
    abandon_verbs: frozenset[str]
    death_verbs: frozenset[str]
    abandon_note: str
    monger_endings: tuple[str, ...] = ()
    monger_trades: frozenset[str] = frozenset()
    monger_note: str = ""
    cult_nouns: frozenset[str] = frozenset()
    cult_note: str = ""
    analogy_terms: frozenset[str] = frozenset()  # "called the centres concentration camps" (framing_analogy.py)
    likening_verbs: frozenset[str] = frozenset()
    portraying_verbs: frozenset[str] = frozenset()
    branding_nouns: frozenset[str] = frozenset()  # "called the governor a communist"
    branding_note: str = ""


def load_epithet_rules(resources: Resources) -> EpithetRules:
    raw = resources.yaml("framing/epithets.yaml", EPITHETS_SCHEMA) or {}
    words = "|".join(sorted(map(re.escape, word_set(raw, "against_words")), key=len, reverse=True))
    heads = "|".join(sorted(map(re.escape, word_set(raw, "against_heads")), key=len, reverse=True))
    note = lambda key: str(raw.get(key, ""))  # noqa: E731
    return EpithetRules(
        unrest_nouns=word_set(raw, "unrest_nouns"), unrest_note=note("unrest_note"),
        against_re=re.compile(rf"(?<![\w{HYPHENS}])(?i:anti)[{HYPHENS}](?i:{words or 'a^'})\s+(?i:{heads or 'a^'})\b"),
        invasion_words=word_set(raw, "invasion_words"), migration_words=word_set(raw, "migration_words"),
        invasion_note=note("invasion_note"), proxy_words=word_set(raw, "proxy_words"),
        proxy_heads=word_set(raw, "proxy_heads"), gang_nouns=word_set(raw, "gang_nouns"),
        militia_nouns=word_set(raw, "militia_nouns"),
        gang_note=note("gang_note"), ruler_nouns=word_set(raw, "ruler_nouns"), ruler_note=note("ruler_note"),
        capture_verbs=word_set(raw, "capture_verbs"), place_removal_verbs=word_set(raw, "place_removal_verbs"),
        place_removal_nouns=word_set(raw, "place_removal_nouns"), place_nouns=word_set(raw, "place_nouns"),
        removal_note=note("removal_note"), defender_nouns=word_set(raw, "defender_nouns"),
        homeland_words=word_set(raw, "homeland_words"), defender_note=note("defender_note"),
        withheld_words=tuple(tuple(w.split()) for w in sorted(word_set(raw, "withheld_words"))),
        withheld_heads=word_set(raw, "withheld_heads"),
        withheld_note=note("withheld_note"), characterisation_words=word_set(raw, "characterisation_words"),
        characterisation_note=note("characterisation_note"), servant_nouns=word_set(raw, "servant_nouns"),
        servant_note=note("servant_note"), judging_adjectives=word_set(raw, "judging_adjectives"),
        judged_people=word_set(raw, "judged_people"), judging_note=note("judging_note"),
        standing_adjectives=word_set(raw, "standing_adjectives"), standing_note=note("standing_note"),
        slur_nouns=word_set(raw, "slur_nouns"), standing_name_words=word_set(raw, "standing_name_words"),
        slur_note=note("slur_note"), animal_verbs=word_set(raw, "animal_verbs"), animal_note=note("animal_note"),
        abandon_verbs=word_set(raw, "abandon_verbs"), death_verbs=word_set(raw, "death_verbs"),
        abandon_note=note("abandon_note"),
        monger_endings=tuple(sorted(word_set(raw, "monger_endings"), key=len, reverse=True)),
        monger_trades=word_set(raw, "monger_trades"), monger_note=note("monger_note"),
        cult_nouns=word_set(raw, "cult_nouns"), cult_note=note("cult_note"),
        analogy_terms=word_set(raw, "analogy_terms"), likening_verbs=word_set(raw, "likening_verbs"),
        portraying_verbs=word_set(raw, "portraying_verbs"), branding_nouns=word_set(raw, "branding_nouns"),
        branding_note=note("branding_note"),
    )


def _span(ctx: LabelContext, first: Token, last: Token, kind: str, note: str, refers: str | None = None) -> FramingMark:
    return ctx.mark(first.idx, last.idx + len(last.text), kind, note, refers)  # type: ignore[arg-type]


def unrest_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"Hooligans blocked roads", "paid provocateurs", "African infiltrators", "anti-national
    elements": protesters, migrants or opponents named as lawless, hired or foreign agents."""
    out = []
    for tok in ctx.tokens:
        common = tok.pos_ == "NOUN" or (tok.is_sent_start and tok.text[1:].islower())  # "Hooligans blocked"
        if tok.lower_ not in rules.unrest_nouns or not common or tok.dep_ == "compound":
            continue
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.lefts):
            continue  # "football hooligans": a kind of fan
        out.append(_span(ctx, tok, tok, "loaded_label", rules.unrest_note))
    for mt in rules.against_re.finditer(ctx.doc.text):
        out.append(ctx.mark(mt.start(), mt.end(), "loaded_label", rules.unrest_note))
    return out


def _near_migration(ctx: LabelContext, tok: Token, rules: EpithetRules) -> bool:
    """A migration word in ``tok``'s sentence or the one before or after it."""
    sents = ctx.doc.sentences
    at = ctx.doc.sentence_index(tok.idx)
    if not sents:
        return any(t.lower_ in rules.migration_words for t in tok.sent)
    start, end = sents[max(0, at - 1)].start, sents[min(len(sents) - 1, at + 1)].end
    return any(t.lower_ in rules.migration_words for t in ctx.tokens if start <= t.idx < end)


def invasion_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"the invasion at the southern border", "an invasion across the sea": migration named an
    invasion, with no state or army as its doer ("Russia's invasion", "the invasion by Iraq")."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.invasion_words or tok.pos_ != "NOUN":
            continue
        if any(c.dep_ in _MODIFIER_DEPS and (ctx.is_name(c) or c.pos_ == "PROPN") for c in tok.lefts):
            continue
        preps = [c for c in tok.rights if c.dep_ == "prep"]
        objs = [g for p in preps if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if any(p.lower_ == "by" for p in preps) or any(ctx.is_name(o) for o in objs):
            continue  # "the invasion by Iraq", "the invasion of Ukraine": a state's war
        if _near_migration(ctx, tok, rules):
            out.append(_span(ctx, tok, tok, "loaded_label", rules.invasion_note))
    return out


def proxy_marks(ctx: LabelContext, rules: EpithetRules, note: str) -> list[FramingMark]:
    """"Kigali's proxy militia", "a proxy war", "Iran's proxy Hezbollah": a body or a war
    described as serving another party (``note``: labels.yaml's descriptor note)."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.proxy_words or tok.dep_ not in ("amod", "compound"):
            continue
        head = tok.head
        if head.i <= tok.i or not (head.lower_ in rules.proxy_heads or ctx.is_name(head)):
            continue  # "a proxy vote"
        owner = next((c for c in head.lefts if c.dep_ == "poss" and ctx.is_name(c)), None)
        out.append(_span(ctx, owner or tok, head, "loaded_label", note))
    return out


def _people_modifier(ctx: LabelContext, noun: Token, people: frozenset[str], names: bool) -> Token | None:
    """A word before ``noun`` naming the people or party it is said of: one of ``people``
    ("settler"), or with ``names`` a group's name before a plural noun, its members named gangs
    ("Hamas gangs"; not a nationality or place, "Haitian gangs", nor one gang's own name, "the
    Village de Dieu gang")."""
    for c in noun.lefts:
        if c.dep_ not in _MODIFIER_DEPS:
            continue
        if c.lower_ in people:
            return c
        if names and noun.tag_ == "NNS" and ctx.is_name(c) and c.ent_type_ not in ("GPE", "NORP", "LOC"):
            m = ctx.actors.mention_overlapping(c.idx, c.idx + len(c.text))
            if m is None or not (m.actor_id or "").startswith(("country:", "state:")):
                return c
    return None


def gang_marks(ctx: LabelContext, rules: EpithetRules, people: frozenset[str]) -> list[FramingMark]:
    """"Hamas gangs", "settler gangs", "settler militias": a party named as organised crime."""
    out = []
    for tok in ctx.tokens:
        gang = tok.lower_ in rules.gang_nouns
        if not (gang or tok.lower_ in rules.militia_nouns) or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        mod = _people_modifier(ctx, tok, people, gang)
        if mod is not None:
            out.append(_span(ctx, min(mod.subtree, key=lambda t: t.i), tok, "loaded_label", rules.gang_note))
    return out


def _named(ctx: LabelContext, tok: Token) -> bool:
    return ctx.is_name(tok) or tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN"


def ruler_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"the Maduro dictatorship", "the dictatorship in Managua", "the Assad tyranny"."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.ruler_nouns or tok.pos_ != "NOUN":
            continue
        name = next((c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS and _named(ctx, c)), None)
        if name is not None:
            out.append(_span(ctx, min(name.subtree, key=lambda t: t.i), tok, "loaded_label", rules.ruler_note))
            continue
        for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("in", "of")):
            obj = next((g for g in prep.children if g.dep_ == "pobj" and _named(ctx, g)), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "CARDINAL"):
                out.append(_span(ctx, tok, obj, "loaded_label", rules.ruler_note))
    return out


def _a_place(tok: Token, rules: EpithetRules) -> bool:
    return tok.ent_type_ in _PLACE_ENTITIES or tok.lemma_.lower() in rules.place_nouns or tok.lower_ in rules.place_nouns


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def place_act_marks(ctx: LabelContext, rules: EpithetRules, labels: LabelRules) -> list[FramingMark]:
    """"Russian forces liberated the town", "pacified the villages", "the pacification of the
    favelas": a place taken presented as freed, or subjugated as pacified or cleaned; a place
    taken is also one the label rules read as held ("liberated Goma": a place the actor layer
    reads in a country, ``framing_accounts.held_place``)."""
    out = []
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in rules.capture_verbs | rules.place_removal_verbs:
            obj = _object(tok)
            if obj is not None and (_a_place(obj, rules) or held_place(ctx, obj, labels)):
                note = labels.capture_note if lemma in rules.capture_verbs else rules.removal_note
                out.append(_span(ctx, tok, tok, "loaded_term", note))
        elif tok.lower_ in rules.place_removal_nouns:
            of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and _a_place(obj, rules):
                out.append(_span(ctx, tok, tok, "euphemism", rules.removal_note))
    return out


def defender_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"the defenders of Bakhmut", "the liberators of the homeland": fighters glorified by the
    land they hold (not "the defenders of the club")."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.defender_nouns or tok.pos_ != "NOUN":
            continue
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is not None and (obj.ent_type_ in ("GPE", "LOC") or obj.lower_ in rules.homeland_words):
            out.append(_span(ctx, tok, obj, "loaded_label", rules.defender_note))
    return out


def withheld_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"the de facto authorities", "the de facto government" (not "a de facto ban", nor "the de
    facto leader")."""
    out = []
    toks = ctx.tokens
    for words in rules.withheld_words:
        n = len(words)
        for i in range(len(toks) - n):
            if tuple(t.lower_ for t in toks[i:i + n]) != words:
                continue
            noun = next((t for t in toks[i + n:i + n + 3] if t.pos_ in ("NOUN", "PROPN")), None)
            if noun is not None and noun.lower_ in rules.withheld_heads:
                out.append(_span(ctx, toks[i], noun, "loaded_label", rules.withheld_note))
    return out


def characterisation_marks(ctx: LabelContext, rules: EpithetRules, people: frozenset[str]) -> list[FramingMark]:
    """"the Zionist holocaust", "a holocaust in Gaza": a present act of a party or against a place
    or people named, in lower case, by a historical crime whose name is capitalised ("Holocaust
    survivors" is history; "a nuclear holocaust", of no party, a catastrophe)."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.characterisation_words or not tok.text.islower():
            continue
        objs = [g for p in tok.rights if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        named = [c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS and (ctx.is_name(c) or c.lower_ in people)]
        if named or any(ctx.is_name(o) or o.lower_ in people or o.lemma_.lower() in people for o in objs):
            out.append(_span(ctx, tok, tok, "loaded_term", rules.characterisation_note))
    return out


def servant_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"American lackeys", "the stooges of Washington", "Western puppets": a party named as
    another's servant, with a party's name before the noun or after "of"."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.servant_nouns or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        name = next((c for c in tok.lefts if c.dep_ in _MODIFIER_DEPS and ctx.is_name(c)), None)
        of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((g for g in of.children if g.dep_ == "pobj" and ctx.is_name(g)), None) if of is not None else None
        if name is not None:
            out.append(_span(ctx, min(name.subtree, key=lambda t: t.i), tok, "loaded_label", rules.servant_note))
        elif owner is not None:
            out.append(_span(ctx, tok, owner, "loaded_label", rules.servant_note))
    return out


def judging_marks(ctx: LabelContext, rules: EpithetRules, people: frozenset[str]) -> list[FramingMark]:
    """"the notorious bandit leader", "hardened terrorists", "the sovereign Mali", "heroic Gaza": a
    person, group, state or people judged by an adjective before its noun or its name."""
    out = []
    for tok in ctx.tokens:
        low = tok.lower_
        if tok.dep_ not in ("amod", "compound") or tok.head.i <= tok.i or tok.head.i - tok.i > 3:
            continue
        head = tok.head
        if low in rules.judging_adjectives and (head.lower_ in rules.judged_people or head.lower_ in people
                                                or head.lemma_.lower() in people or ctx.is_name(head)):
            out.append(_span(ctx, tok, head, "loaded_term", rules.judging_note))
        elif low in rules.standing_adjectives and (_a_state(ctx, head) or (head.lower_ in people and any(
                _a_state(ctx, c) for c in head.lefts if c.i > tok.i))):
            out.append(_span(ctx, tok, head, "loaded_term", rules.standing_note))
    return out


def _a_state(ctx: LabelContext, tok: Token) -> bool:
    """A state's or a people's name ("Mali", "Gaza", "Ukrainian")."""
    if not ctx.is_name(tok):
        return False
    m = ctx.actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    return tok.ent_type_ in ("GPE", "NORP") or (m is not None and (m.actor_id or "").startswith(("country:", "state:")))


def slur_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"the militia" for the Rapid Support Forces, "Haftar's militia" for the Libyan National
    Army: a body named by a noun of lesser standing than its own name claims."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.slur_nouns or tok.pos_ != "NOUN":
            continue
        owner = _person_owner(ctx, tok, rules)
        if owner is not None:  # "Haddad's militias": a force named as one man's band
            out.append(_span(ctx, owner, tok, "loaded_label", rules.slur_note))
            continue
        m = ctx.actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
        actor = ctx.actors.actor(m.actor_id) if m is not None and m.actor_id else None
        if actor is None:
            continue
        own = {w.lower().strip(".,'’") for w in actor.name.split()}
        if own & rules.standing_name_words and not own & rules.slur_nouns:
            out.append(_span(ctx, tok, tok, "loaded_label", rules.slur_note, actor.id))
    return out


def _person_owner(ctx: LabelContext, tok: Token, rules: EpithetRules) -> Token | None:
    """The person whose militia ``tok`` names, by the possessive name before it ("Haddad's
    militias"; "the general's militia" not: a name only); a state's or a body's name is no owner
    ("Iran's militias" is a proxy's, "the party's militia" its own), nor a gang's leader ("Ahmed's
    gang robbed the bank" names a gang)."""
    if tok.lower_ not in rules.militia_nouns:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
    if owner is None or owner.pos_ != "PROPN":
        return None
    m = ctx.actors.mention_overlapping(owner.idx, owner.idx + len(owner.text))
    person = (m.actor_id or "").startswith("person:") if m is not None and m.actor_id else owner.ent_type_ == "PERSON"
    return min(owner.subtree, key=lambda t: t.i) if person else None


def _people_word(ctx: LabelContext, tok: Token, people: frozenset[str]) -> bool:
    """A word for people: one of ``people``, a person's or a people's name, or a plural noun the
    actor stage reads as a group of a sector ("worshippers", "pupils"; not "the church")."""
    if tok.lower_ in people or tok.lemma_.lower() in people or tok.ent_type_ in ("PERSON", "NORP") or ctx.is_name(tok):
        return True
    m = ctx.actors.mention_overlapping(tok.idx, tok.idx + len(tok.text))
    return tok.tag_ == "NNS" and m is not None and (m.actor_id or "").startswith(("person:", "group:", "sector:"))


def animal_verb_marks(ctx: LabelContext, rules: EpithetRules, people: frozenset[str]) -> list[FramingMark]:
    """"mowed down civilians", "migrants were caged", "left migrants to drown": people killed or
    held as animals are, or left to die."""
    out = []
    for tok in ctx.tokens:
        obj = _object(tok) if tok.pos_ == "VERB" else None
        if obj is None or not _people_word(ctx, obj, people):
            continue
        lemma = tok.lemma_.lower()
        particle = next((c for c in tok.children if c.dep_ == "prt"), None)
        if (f"{lemma} {particle.lower_}" if particle is not None else lemma) in rules.animal_verbs:
            out.append(_span(ctx, tok, particle or tok, "loaded_term", rules.animal_note))
        elif lemma in rules.abandon_verbs:
            death = next((c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() in rules.death_verbs), None)
            if death is not None:
                out.append(_span(ctx, tok, death, "loaded_term", rules.abandon_note))
    return out


def monger_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"warmongers", "the coup-mongers", "fear-mongering": a party named by the evil it is said to
    peddle, in one word or joined by a hyphen; a trade ("fishmonger", "the cheese-monger") none."""
    out = []
    for tok in ctx.tokens:
        low = tok.lower_
        ending = next((e for e in rules.monger_endings if low.endswith(e)), None)
        if ending is None:
            continue
        first, stem = tok, low[: -len(ending)].rstrip("-\u2010\u2011")
        if not stem and tok.i >= 2 and tok.doc[tok.i - 1].text in HYPHEN_PARTS and not tok.doc[tok.i - 1].whitespace_:
            first = tok.doc[tok.i - 2]  # "coup-mongers": three tokens
            stem = first.lower_
        if stem and stem.isalpha() and stem not in rules.monger_trades:
            out.append(_span(ctx, first, tok, "pejorative", rules.monger_note))
    return out


def cult_marks(ctx: LabelContext, rules: EpithetRules) -> list[FramingMark]:
    """"the MEK cult", "Hamas's death cult": a party's name before a noun that makes it a cult
    (not "a personality cult", no party named, nor "the cult of Mithras"; "sect" is the wire's
    neutral word for a denomination, "the Alawite sect")."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.cult_nouns or tok.pos_ != "NOUN":
            continue
        name = next((c for c in tok.lefts if c.dep_ in ("compound", "poss", "nmod") and (ctx.is_name(c) or acronym(c))), None)
        if name is not None and name.ent_type_ != "NORP":  # "the Soviet cult of labour": a people's, no party's
            out.append(_span(ctx, min(name.subtree, key=lambda t: t.i), tok, "loaded_label", rules.cult_note))
    return out


def epithet_marks(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], rules: EpithetRules,
                  labels: LabelRules, classes: ClassRules) -> list[FramingMark]:
    """Every class's marks for one article (notes and word lists shared with the label and class
    rules: the descriptor and capture notes, institutions, people and their modifiers)."""
    ctx = LabelContext(doc, actors, quotes)
    people = classes.people_nouns | classes.people_modifiers
    return unstraddled([
        *unrest_marks(ctx, rules), *invasion_marks(ctx, rules), *proxy_marks(ctx, rules, labels.descriptor_note),
        *gang_marks(ctx, rules, classes.people_modifiers), *ruler_marks(ctx, rules),
        *place_act_marks(ctx, rules, labels), *defender_marks(ctx, rules),
        *withheld_marks(ctx, rules), *characterisation_marks(ctx, rules, people),
        *servant_marks(ctx, rules), *judging_marks(ctx, rules, people), *slur_marks(ctx, rules),
        *animal_verb_marks(ctx, rules, people), *monger_marks(ctx, rules), *cult_marks(ctx, rules),
        *analogy_marks(ctx, rules.analogy_terms, rules.likening_verbs, rules.portraying_verbs,
                       rules.characterisation_note),
        *analogy_marks(ctx, rules.branding_nouns, rules.likening_verbs, rules.portraying_verbs, rules.branding_note,
                       "pejorative")], ctx)


__all__ = ["EPITHETS_SCHEMA", "EpithetRules", "epithet_marks", "load_epithet_rules"]
