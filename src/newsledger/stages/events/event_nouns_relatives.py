"""An attack told by its toll in a relative clause (issue 16, event nouns): "officials discussed the raid that killed
five soldiers near Gao", "the film tells the story of the attack that left 67 people dead". An attack noun with a
subject relative clause whose verb tells a toll (``event_nouns_toll_verbs``; "leave" only with a state of
``event_nouns_toll_states``: "left 67 people dead") in the past, as a fact (no modal, no negation), names a
happening the sentence tells as done, wherever the noun stands (the object of a topic verb, a phrase of a story): the
report constructions, fallbacks included, are read on the noun's words alone, when neither the noun nor its relative
verb was read as an act already; only an act of force (PLOVER ASSAULT)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.words import RELATIVE_PRONOUNS
from .lexicon import plover_of
from .reports import reports_in
from .tokens import first_child, lemma_of
from .types import Context, Found, Reports

FORCE = "ASSAULT"


def toll_clause(ctx: Context, noun: Token) -> Token | None:
    """The relative clause of ``noun`` that tells its toll as a past fact, if any (see the module's doc)."""
    for v in noun.children:
        if v.dep_ != "relcl" or v.tag_ != "VBD" or lemma_of(v) not in ctx.lex.event_nouns_toll_verbs:
            continue
        subject = first_child(v, "nsubj")
        if subject is None or subject.lower_ not in RELATIVE_PRONOUNS:
            continue
        if any(c.tag_ == "MD" or c.dep_ == "neg" for c in v.children):
            continue
        if lemma_of(v) == "leave" and not any(lemma_of(t) in ctx.lex.event_nouns_toll_states for t in v.subtree):
            continue  # "the raid that left the town": no toll told
        return v
    return None


def toll_relative_events(ctx: Context, sent: SpacySpan, found: list[Found], reports: Reports) -> list[Found]:
    """The attacks of ``sent`` told by a toll in their relative clause that no act of ``found`` has read."""
    told = {t.i for f in found for t in [*f.pred, *f.extra]}
    out: list[Found] = []
    for noun in ctx.pd.tokens_in(sent):
        if noun.pos_ != "NOUN" or noun.i in told:
            continue
        clause = toll_clause(ctx, noun)
        if clause is None or clause.i in told:
            continue
        words = [t for t in sorted(noun.subtree, key=lambda t: t.i) if t.i < clause.i or t.i not in
                 {x.i for x in clause.subtree}]
        out.extend(g for g in reports_in(ctx, sent, words, reports, fallbacks=True)
                   if g.noun and g.pred[0].i == noun.i and g.modality == "asserted" and plover_of(ctx.cameo, g) == FORCE)
    return out


__all__ = ["toll_clause", "toll_relative_events"]
