"""A hostile answer told as to come (PLOVER THREATEN: "all threats, coercive or forceful warnings with serious
potential repercussions"; CAMEO 13): "Iran will retaliate against Israel, the Guards said", "the ministry said
Beijing would respond firmly to any provocation by Taipei", "'We will respond decisively to any aggression,' the
minister said". A verb of ``threat_answer_verbs`` whose own auxiliary is one of ``consequence_modals``, told under a
speaker who is a party, is the speaker's side's warning; a verb of ``threat_answer_needs_manner`` ("respond",
"react", "answer") is one only with a forceful manner (an adverb of ``threat_answer_manners``) or a hostile act it
answers (a "to" phrase of ``threat_answer_provocations``: "will respond to any aggression"). The threatener is the
subject (else the speaker); the target the party named after "against", "to" or "on", or the doer of the act
answered ("any provocation by Taipei"). Told in the outlet's own voice, by a speaker of no party, negated ("will
not retaliate") or as an answer given ("Iran retaliated"), it is none. Words: ``patterns.yaml``
``threat_answer_verbs``, ``threat_answer_needs_manner``, ``threat_answer_manners``, ``threat_answer_provocations``,
``consequence_modals``; code: ``rules.yaml`` ``codes.answer_threat``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .foretold_penalties import party_speaker
from .frames import frame_of
from .tokens import first_child, form_in, lemma_of, prep_objects
from .types import Arg, Context, Found

_TARGET_PREPS = ("against", "to", "on", "at")


def answer_threat(ctx: Context, v: Token) -> Found | None:
    """The THREATEN a hostile answer promised under a speaker makes (see the module); None when it is not one."""
    lex = ctx.lex
    code = ctx.rules.answer_threat_code
    if not code or form_in(v, lex.threat_answer_verbs) is None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.consequence_modals for c in v.children):
        return None
    if any(c.dep_ == "neg" for c in v.children):
        return None  # "will not retaliate"
    answered = [d for p in _TARGET_PREPS for d in prep_objects(v, p)]
    if form_in(v, lex.threat_answer_needs_manner) is not None and not _forceful(ctx, v, answered):
        return None  # "will respond to the letter": an answer, no threat
    fr = frame_of(ctx, v)
    if fr.speaker is None or fr.speaker_token is None or not party_speaker(ctx, fr.speaker.ids):
        return None  # foretold by the outlet or by someone of no party: a forecast, no warning
    subj = first_child(v, "nsubj")
    source = arg(ctx, subj, deep=True, allow_vague=False) if subj is not None else Arg()
    if not source.ids:
        source = fr.speaker
    return Found(cameo=code, pred=[v], clause=fr.speaker_token, source=source, target=_target(ctx, answered),
                 plover="THREATEN")


def _forceful(ctx: Context, v: Token, answered: list[Token]) -> bool:
    """A forceful manner on ``v`` ("firmly", "decisively") or, with no manner adverb of another kind ("would
    respond calmly to any provocation": no force promised), a hostile act it answers ("to any aggression")."""
    adverbs = [c.lower_ for c in v.children if c.dep_ == "advmod"]
    if any(a in ctx.lex.threat_answer_manners for a in adverbs):
        return True
    if any(a.endswith("ly") for a in adverbs):
        return False
    return any(lemma_of(d) in ctx.lex.threat_answer_provocations for d in answered)


def _target(ctx: Context, answered: list[Token]) -> Arg:
    """The party the answer is aimed at: one named after the preposition, else the doer of the act answered (its
    "by" phrase or possessor)."""
    for d in answered:
        direct = arg(ctx, d, allow_vague=False)
        if direct.ids:
            return direct
        doers = [*prep_objects(d, "by"), *(c for c in d.children if c.dep_ == "poss")]
        for doer in doers:
            named = arg(ctx, doer, allow_vague=False)
            if named.ids:
                return named
    return Arg()


__all__ = ["answer_threat"]
