"""Two acts of one doer told by coordinated verbs: "troops shot dead two men and arrested five others",
"police beat the protesters and detained ten". The report constructions (:mod:`.reports`) are read only
on a sentence that tells no act of an actor, and a coordinated clause is read by itself only with a
subject of its own (:mod:`.joined`), so an arrest the pattern dictionary cannot give a party ("five
others" name no actor) was never found beside the shooting. A verb coordinated with an act found, with
no subject of its own and no act found at it, is read here by the report constructions on its own words;
a report of another PLOVER type than the act it is joined to (both of ``two_events_conjunct_types``) is a
second act of the same doer, its source that act's. One of the same type stays the act's own toll or
means ("shot dead two attackers and wounded a third"; ``finder.merge_consequences``).
Two coordinated event nouns ("following the Paris attacks and the Texas shooting") are two happenings, kept by
de-duplication though they name the same (no) parties (:func:`listed_happenings`).
Words: ``patterns.yaml`` ``two_events_conjunct_types``."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.syntax import NOMINAL_SUBJECT_DEPS, is_verb
from .joined import conjoined_head
from .lexicon import plover_of
from .reports import reports_in
from .responsibility_claims import claims_on_attacks
from .types import Context, Found


def second_acts(ctx: Context, sent: SpacySpan, found: list[Found]) -> list[Found]:
    """The second acts of ``sent`` beside ``found``: a same doer's coordinated act of another type
    (:func:`conjunct_acts`) and a claim told on an attack's noun (:func:`.responsibility_claims.claims_on_attacks`)."""
    out = conjunct_acts(ctx, sent, found)
    return out + claims_on_attacks(ctx, sent, found + out)


def conjunct_acts(ctx: Context, sent: SpacySpan, found: list[Found]) -> list[Found]:
    """The reports of the same doer's coordinated verbs in ``sent`` beside the acts of ``found`` (see the module)."""
    kinds = {k.upper() for k in ctx.lex.two_events_conjunct_types}  # (word lists are read lower-cased)
    told = {t.i for f in found for t in (*f.pred, *f.extra)}
    acts = {f.pred[0].i: f for f in found if f.parent is None and not f.noun and plover_of(ctx.cameo, f) in kinds}
    out: list[Found] = []
    for verb in ctx.pd.tokens_in(sent):
        if verb.i in told or verb.dep_ != "conj" or not is_verb(verb):
            continue
        act = _joined_act(verb, acts)
        if act is None or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
            continue
        later = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
        words = [t for t in verb.subtree if t.i not in later]
        kind = plover_of(ctx.cameo, act)
        for f in reports_in(ctx, sent, words, ctx.data.reports):
            other = plover_of(ctx.cameo, f)
            if f.pred[0].i != verb.i or other not in kinds or other == kind or f.modality != act.modality:
                continue
            if not f.source:
                f.source = act.source
            out.append(f)
    return out


def listed_happenings(main: Found, child: Found) -> bool:
    """Two event nouns coordinated ("following the Paris attacks and the Texas shooting", "the expulsion of the
    diplomats and the closure of the consulate"): each names its own happening."""
    return main.noun and child.noun and main.pred[0].i != child.pred[0].i \
        and _joined_act(child.pred[0], {main.pred[0].i: main}) is not None


def two_happenings(kept: Found, other: Found) -> bool:
    """``kept`` and ``other`` tell two happenings, whatever parties they share: two coordinated event nouns
    (:func:`listed_happenings`). (An event in a phrase of time beside one outside it, kept too, lowered the check
    halves of sets 4p and 4c: one spurious event each.)"""
    return listed_happenings(kept, other) or listed_happenings(other, kept)


def _joined_act(verb: Token, acts: dict[int, Found]) -> Found | None:
    """The act whose predicate ``verb`` is a conjunct of, directly or through the conjuncts before it."""
    head = conjoined_head(verb, acts)
    return None if head is None else acts[head]
