"""A claim of responsibility and the act it claims: "The Front claimed responsibility for a bombing
that killed 23 people", "The group claimed the ambush, which left 12 soldiers dead". The claimant
claims the act, not the count that describes it: a figure in a clause on the claimed act is the
outlet's (or the reporter's above it), never the claimant's, and so is one in a clause anywhere
inside the act's phrase ("claimed responsibility for the attack on a base that left 30 soldiers
dead", "for several attacks, including one that killed 23"). A count that is the claim itself
("claimed responsibility for killing 12 soldiers", "claimed that 12 soldiers died") stays the
claimant's. Words: ``responsibility_objects`` and ``act_claiming_verbs`` of
``data/quotes/attribution.yaml``, with its ``event_owners`` (the nouns of acts)."""

from __future__ import annotations

from spacy.tokens import Token

from .attribution_words import AttributionWords

# the clauses that describe a noun: relative ("that killed 23"), participial ("leaving 12 dead"
# hung on the noun) and reduced ("killed in the raid")
DESCRIBING = ("relcl", "acl")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def claimed_act(noun: Token, words: AttributionWords) -> bool:
    """``noun`` is the act a claim of responsibility claims: the object of "for" on a noun of
    ``responsibility_objects`` ("claimed responsibility for the bombing"; the parser hangs "for"
    on the noun or on its verb) or an act noun (``event_owners``) as the object of a verb of
    ``act_claiming_verbs`` ("claimed the ambush")."""
    if noun.dep_ == "dobj":
        return _lemma(noun.head) in words.act_claiming_verbs and (
            noun.lower_ in words.event_owners or _lemma(noun) in words.event_owners)
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    holder = noun.head.head
    if _lemma(holder) in words.responsibility_objects:
        return True
    return holder.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and _lemma(c) in words.responsibility_objects for c in holder.children)
