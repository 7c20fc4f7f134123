"""A fate promised to a party under a speaker's warning, told in the passive with no doer of its own (PLOVER
THREATEN: "all threats, coercive or forceful warnings with serious potential repercussions"; CAMEO 13): "the army
chief warned that the fighters would be crushed", "the minister warned that the attackers would not be spared", "North
Korea said any provocation would be met with force". A passive verb whose own auxiliary is one of
``consequence_modals`` and whose verb is one of ``coerce_real_fate_verbs`` (not negated), or one of
``coerce_real_spared_verbs`` negated ("would not be spared", "will not be tolerated"), or "met" with a noun of
``coerce_real_fate_nouns`` ("would be met with force"), told under a speaker who is a party, is the speaker's side's
threat to the passive's subject. Told in the outlet's own voice, by a speaker of no party ("analysts said the rebels
would be crushed"), or with no modal of things to come ("the rebels were crushed"), it is none. Code: ``rules.yaml``
``codes.answer_threat``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .foretold_penalties import party_speaker
from .frames import frame_of
from .tokens import first_child, form_in, lemma_of, prep_objects
from .types import Context, Found


def fated_threat(ctx: Context, v: Token) -> Found | None:
    """The THREATEN of a fate promised in the passive under a party's warning (see the module), or None."""
    lex = ctx.lex
    code = ctx.rules.answer_threat_code
    if not code or not any(c.dep_ == "auxpass" for c in v.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.consequence_modals for c in v.children):
        return None
    if not _fate(ctx, v):
        return None
    subj = first_child(v, "nsubjpass")
    if subj is None:
        return None
    fr = frame_of(ctx, v)
    if fr.speaker is None or fr.speaker_token is None or not party_speaker(ctx, fr.speaker.ids):
        return None  # foretold by the outlet or by someone of no party: a forecast, no warning
    return Found(cameo=code, pred=[v], clause=fr.speaker_token, source=fr.speaker,
                 target=arg(ctx, subj, deep=True, allow_vague=False), plover="THREATEN")


def _fate(ctx: Context, v: Token) -> bool:
    """``v`` tells a harm to come: a fate verb not negated, a sparing verb negated, or "met with" force."""
    negated = any(c.dep_ == "neg" for c in v.children)
    if form_in(v, ctx.lex.coerce_real_spared_verbs) is not None:
        return negated
    if negated:
        return False
    if form_in(v, ctx.lex.coerce_real_fate_verbs) is not None:
        return True
    return form_in(v, frozenset({"meet", "met"})) is not None and any(lemma_of(o) in ctx.lex.coerce_real_fate_nouns for o in prep_objects(v, "with"))


__all__ = ["fated_threat"]
