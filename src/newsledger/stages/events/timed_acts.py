"""Attacks told in a phrase of time: an attack noun that is the object of a preposition of time
("senators have criticised the president since the shootings in Dallas", "the debate following the
bombings in Madrid"), or the "of" phrase of a head that stands for a time ("in the wake of the Madrid
bombings", "in the aftermath of the raid"), names an act the sentence tells as done beside its own
act: the background act of the events gold convention (PLOVER ASSAULT, as a condemned attack is,
``reports.reaction_events``). The report constructions, fallbacks included, are read on the phrase's
words alone; not when an act was found in them already, only an act of force (PLOVER ASSAULT), only
what is told as done.
Words: ``patterns.yaml`` ``timed_act_preps``, ``timed_act_heads``, ``timed_act_determiners``."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.syntax import conjuncts, verb_above
from .lexicon import plover_of
from .reports import reports_in
from .tokens import lemma_of
from .two_events_adjuncts import scene_named
from .types import Context, Found, Reports

TIMED_TYPES = frozenset({"ASSAULT"})


def timed_objects(ctx: Context, prep: Token) -> list[Token]:
    """The nouns a preposition of time names the time by, with their conjuncts: its object, or the
    object of the "of" phrase of an object of ``timed_act_heads`` ("in the wake of the bombings": the
    bombings); only those the phrase identifies (:func:`_identified`)."""
    lex = ctx.lex
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ not in lex.timed_act_preps:
        objs = [g for o in objs if lemma_of(o) in lex.timed_act_heads
                for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return [c for o in objs for c in conjuncts(o) if _identified(ctx, c) or scene_named(ctx, prep, c)]


def _identified(ctx: Context, n: Token) -> bool:
    """An attack the phrase names as one that took place: a definite one (``timed_act_determiners``: "the
    shootings in Dallas", "these attacks"), or one with a possessor or a proper name before it ("Monday's raid",
    "Madrid bombings"); "an attack", "attacks" may be any."""
    return any((c.dep_ == "det" and c.lower_ in ctx.lex.timed_act_determiners) or c.dep_ == "poss"
               or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN") for c in n.children)


def _told_clause(prep: Token) -> bool:
    """The clause the phrase of time belongs to is told as done: its verb has no modal ("will
    criticise Spain after the attack" may be told of an attack to come)."""
    verb = verb_above(prep.head)
    return not any(c.tag_ == "MD" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children)


def timed_act_events(ctx: Context, sent: SpacySpan, found: list[Found], reports: Reports) -> list[Found]:
    """The attacks the phrases of time of ``sent`` name (see the module's doc), beside ``found``."""
    told = {t.i for f in found for t in [*f.pred, *f.extra]}
    out: list[Found] = []
    for prep in ctx.pd.tokens_in(sent):
        if prep.dep_ != "prep" or not _told_clause(prep):
            continue
        for obj in timed_objects(ctx, prep):
            words = sorted(obj.subtree, key=lambda t: t.i)
            if told & {t.i for t in words}:
                continue
            out.extend(g for g in reports_in(ctx, sent, words, reports, fallbacks=True)
                       if g.noun and g.pred[0].i == obj.i and g.modality == "asserted"
                       and plover_of(ctx.cameo, g) in TIMED_TYPES)
    for g in out:
        g.modality = "historical"  # the sentence's background: its own act stays the day's (acled_days)
    return out
