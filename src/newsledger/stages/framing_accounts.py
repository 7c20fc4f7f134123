"""Judged accounts, places and wars built from any state or group name (``data/framing/labels.yaml``,
read through ``stages/framing_labels.LabelRules``):

* account judgements: the writer's own verdict on a party's account ("false claims", "Hamas
  propaganda", "claimed, without evidence, that", "falsely claimed", "sought to deflect blame");
* place labels: a place or people presented as besieged or wronged ("the besieged Gaza Strip",
  "illegally annexed Crimea"), its capture as its freeing ("the liberated zones"), or the place as
  torn from its claimant ("the breakaway province");
* a war named as one person's ("Putin's war");
* ``label_marks``: every construction of this module and of ``stages/framing_party_labels.py``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..nlp import ParsedDoc
from ..records import ActorLayer, FramingMark, Quote
from .framing_labels import PROPER_NAME_ENTITIES, LabelContext, LabelRules, noun_phrase_start
from .framing_party_labels import act_marks, descriptor_marks, group_marks, party_word_marks


def claim_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"false claims", "baseless allegations", "Hamas propaganda", "the Israeli narrative",
    "claimed, without evidence, that": the writer judging a party's account."""
    out = []
    for tok in ctx.tokens:
        low = tok.lower_
        if low in rules.claim_adjectives and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
                and tok.head.lower_ in rules.claim_nouns:
            start = noun_phrase_start(tok.head)
            out.append(ctx.mark(start.idx, tok.head.idx + len(tok.head.text), "loaded_term", rules.claim_note))
        elif low in rules.account_nouns:
            # the name may modify the noun the account word is compounded on ("Pakistani propaganda handles")
            last = tok.head if tok.dep_ == "compound" and tok.head.i > tok.i else tok
            lefts = [*tok.lefts, *(c for c in last.lefts if c.i < tok.i and last != tok)]
            name = next((c for c in lefts if c.dep_ in ("amod", "compound", "poss") and ctx.is_name(c)), None)
            if name is not None:
                start = min(name.subtree, key=lambda t: t.i)
                out.append(ctx.mark(start.idx, last.idx + len(last.text), "loaded_term", rules.claim_note,
                                    ctx.referent(name.idx, name.idx + len(name.text))))
    for mt in rules.evidence_re.finditer(ctx.doc.text):
        out.append(ctx.mark(mt.start(), mt.end(), "loaded_term", rules.claim_note))
    return out + judged_account_marks(ctx, rules)


def judged_account_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"falsely claimed", "wrongly blamed": an adverb judging a verb of saying; "sought to deflect
    blame", "to evade responsibility": a party's account presented as an evasion."""
    out = []
    for tok in ctx.tokens:
        dep = tok.dep_
        if dep not in ("advmod", "dobj"):
            continue  # neither construction (the head is read only then: spaCy makes it anew)
        head = tok.head
        if tok.lower_ in rules.claim_adverbs and dep == "advmod" and head.pos_ == "VERB" \
                and head.lemma_.lower() in rules.attribution_verbs:
            first, last = sorted((tok, head), key=lambda t: t.i)
            out.append(ctx.mark(first.idx, last.idx + len(last.text), "loaded_term", rules.claim_note))
        elif tok.lemma_.lower() in rules.evasion_nouns and dep == "dobj" and head.i < tok.i \
                and head.lemma_.lower() in rules.evasion_verbs and not any(c.dep_ == "neg" for c in head.children):
            out.append(ctx.mark(head.idx, tok.idx + len(tok.text), "loaded_term", rules.claim_note))
    return out


def place_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"the besieged Gaza Strip", "the blockaded territory", "illegally annexed Crimea"."""
    out = []
    adverbs = bool(ctx.words & rules.place_adverbs)
    for tok in ctx.tokens:
        low = tok.lower_
        adverb = next((c for c in tok.lefts if c.lower_ in rules.place_adverbs), None) if adverbs else None
        if low not in rules.place_adjectives and adverb is None:
            continue
        if tok.dep_ not in ("amod", "compound") or tok.head.i < tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        start = (adverb or tok).idx
        end_tok = tok.head
        out.append(ctx.mark(start, end_tok.idx + len(end_tok.text), "loaded_term", rules.place_note))
    return out


def secession_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"the breakaway province", "a renegade region": a place presented as torn
    from the state that claims it; not a body ("a breakaway faction", "the renegade general")."""
    out = []
    for tok in ctx.tokens:
        if tok.lower_ not in rules.secession_adjectives or tok.dep_ not in ("amod", "compound") or tok.head.i < tok.i:
            continue
        head = tok.head
        if head.lower_ in rules.secession_places or head.ent_type_ in ("GPE", "LOC"):
            out.append(ctx.mark(tok.idx, head.idx + len(head.text), "loaded_term", rules.secession_note))
    return out


def held_place(ctx: LabelContext, tok: Token, rules: LabelRules) -> bool:
    """A noun for a place taken and held ("zones", "territories", "town"), or a place's name (an
    entity of place, or a name the actor layer reads as a place in a country: "Goma")."""
    if tok.lemma_.lower() in rules.capture_places or tok.lower_ in rules.capture_places \
            or tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    m = ctx.actors.mention_overlapping(tok.idx, tok.idx + len(tok.text)) if tok.pos_ == "PROPN" else None
    return m is not None and (m.actor_id or "").startswith("country:")


def capture_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"the liberated zones", "newly liberated territories", "the liberation of Goma": a party's
    capture of a place presented as its freeing; not the freeing of people ("liberated hostages",
    "the liberation of the prisoners") nor a name ("the National Liberation Front")."""
    out = []
    if not ctx.words & (rules.capture_adjectives | rules.capture_nouns):
        return out
    for tok in ctx.tokens:
        low = tok.lower_
        if tok.ent_type_ in PROPER_NAME_ENTITIES or (tok.text[:1].isupper() and tok.i > tok.sent.start):
            continue
        if low in rules.capture_adjectives and tok.dep_ == "amod" and tok.head.i > tok.i and held_place(ctx, tok.head, rules):
            out.append(ctx.mark(tok.idx, tok.head.idx + len(tok.head.text), "loaded_term", rules.capture_note))
        elif low in rules.capture_nouns:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            place = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if place is not None and held_place(ctx, place, rules):
                out.append(ctx.mark(tok.idx, place.idx + len(place.text), "loaded_term", rules.capture_note))
    return out


def leader_war_marks(ctx: LabelContext, rules: LabelRules) -> list[FramingMark]:
    """"Putin's war", "Netanyahu's war": a war (`war_nouns`) named as one person's, whoever wages it."""
    out = []
    for tok in ctx.tokens:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None) if tok.lower_ in rules.war_nouns else None
        refers = ctx.referent(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
        if owner is not None and (owner.ent_type_ == "PERSON" or (refers or "").startswith("person:")):
            start = min(owner.subtree, key=lambda t: t.i)
            out.append(ctx.mark(start.idx, tok.idx + len(tok.text), "loaded_term", rules.leader_war_note, refers))
    return out


def label_marks(doc: ParsedDoc, actors: ActorLayer, quotes: Sequence[Quote], rules: LabelRules) -> list[FramingMark]:
    """Every construction's marks for one article but blame (``stages/framing_blame.py``)."""
    ctx = LabelContext(doc, actors, quotes)
    return [*descriptor_marks(ctx, rules), *group_marks(ctx, rules), *act_marks(ctx, rules),
            *party_word_marks(ctx, rules), *claim_marks(ctx, rules), *place_marks(ctx, rules),
            *capture_marks(ctx, rules), *secession_marks(ctx, rules), *leader_war_marks(ctx, rules)]


__all__ = ["capture_marks", "claim_marks", "held_place", "judged_account_marks", "label_marks", "leader_war_marks",
           "place_marks", "secession_marks"]
