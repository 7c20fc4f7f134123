"""Figures told inside a clause that says whose they are: the that-clause of a document or count
noun ("the ministry's estimate that 40 died": the ministry's), and a relative clause on an act that
a verb judges ("condemned the attack, which killed 30": the clause describes the act, so a source
named for it is the figure's, not the judge's)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from ...nlp.attribution import AttributionWords, Source, issuer, source_of, verb_subject
from ...nlp.reporters import reporting
from ...nlp.words import RELATIVE_PRONOUNS


def document_content(anchor: Token, verbs: Collection[str], words: AttributionWords) -> Source | None:
    """The issuer of a document or count noun whose that-clause holds the figure ("We note the
    assessment of the UN office that at least 35 people were killed", "the ministry's estimate
    that 40 died"): the clause is what the document says. None when a reporting verb in between
    has a speaker of its own, or the noun names no issuer ("the report that 40 died")."""
    for t in anchor.ancestors:
        if reporting(t, verbs) and verb_subject(t) is not None:
            return None
        if t.dep_ in ("acl", "ccomp", "relcl") and t.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            noun = t.head  # the parser may hang the clause on the issuer ("the assessment of X that ...")
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head
            who = issuer(noun, words)
            return source_of(who) if who.i != noun.i else None
    return None


def judged_act(anchor: Token, judging: Collection[str], verbs: Collection[str]) -> bool:
    """The figure is in a relative clause on the object of a verb judging an act ("The ministry
    condemned the attack, which killed 30", "leaders condemned the raid on the town, in which 40
    died"): the clause describes the act, and a source named for it ("..., according to Y", "That
    estimate came from Y.") is the figure's rather than the judge's. Not when a reporter of its own
    speaks in the relative clause ("the attack, which he said killed 30")."""
    for t in anchor.ancestors:
        if t.dep_ != "relcl" or any(c.dep_ == "mark" for c in t.children):  # "the estimate that 12 died": its content
            if reporting(t, verbs) and any(c.dep_ == "nsubj" for c in t.children):
                return False
            continue
        if reporting(t, verbs) and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in t.children):
            return False
        obj = t.head
        while obj.dep_ in ("pobj", "prep", "compound", "appos") and obj.head.i != obj.i:
            obj = obj.head
        return obj.dep_ == "dobj" and obj.head.lemma_.lower() in judging
    return False
