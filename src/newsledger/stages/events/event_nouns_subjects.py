"""An attack noun told as the subject of a verb of occurrence (issue 16, event nouns): "The fighting came after
rebels attacked an army base", "Clashes erupted as soldiers dispersed the crowd", "The shelling continued after the
army recaptured the town". The sentence's root is a verb of ``event_nouns_occurrence_verbs`` (a particle verb with
its particle: "broke out") told as done (no modal, no negation), and its subject an event noun that no act of the
sentence has read: the noun names a happening of its own, beside the act told in the clause below it (the events
gold convention: one entry per happening told). The report constructions, fallbacks included, are read on the
subject's words alone; only acts of the PLOVER types of ``event_nouns_subject_types`` ("Talks came after ..." are
read by the patterns when they name their parties). A subject that is a plain topic ("The debate came after ...")
is read as no act by the constructions."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .lexicon import plover_of
from .reports import reports_in
from .tokens import first_child, lemma_of
from .types import Context, Found, Reports


def occurrence_verb(ctx: Context, verb: Token) -> bool:
    """``verb`` is a verb of occurrence (with its particle, if the listed form has one), told as done."""
    prt = first_child(verb, "prt")
    forms = {lemma_of(verb)} | ({f"{lemma_of(verb)} {prt.lower_}"} if prt is not None else set())
    if not forms & ctx.lex.event_nouns_occurrence_verbs:
        return False
    return not any(c.tag_ == "MD" or c.dep_ == "neg" for c in verb.children)


def occurrence_subject_events(ctx: Context, sent: SpacySpan, found: list[Found], reports: Reports) -> list[Found]:
    """The happening the subject of ``sent``'s verb of occurrence names, beside the acts ``found`` (see the
    module's doc)."""
    root = sent.root
    subject = first_child(root, "nsubj")
    if subject is None or subject.pos_ != "NOUN" or not occurrence_verb(ctx, root):
        return []
    if subject.i in {t.i for f in found for t in [*f.pred, *f.extra]}:
        return []
    words = sorted(subject.subtree, key=lambda t: t.i)
    return [g for g in reports_in(ctx, sent, words, reports, fallbacks=True)
            if g.noun and g.pred[0].i == subject.i and g.modality == "asserted"
            and plover_of(ctx.cameo, g).lower() in ctx.lex.event_nouns_subject_types]


__all__ = ["occurrence_subject_events", "occurrence_verb"]
