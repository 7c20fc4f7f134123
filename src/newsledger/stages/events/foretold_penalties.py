"""A penalty foretold to a party by a speaker (PLOVER THREATEN: "all threats, coercive or forceful warnings with
serious potential repercussions"): "Russia will face consequences, the minister said", "he warned that any move by
China would have consequences", "said Iran would pay a heavy price". The clause tells no act of its own (what the
consequences are is left open); the act told is the warning: the speaker threatens the party the clause's subject
names (the subject itself, or the doer in its "by" phrase: "any action by China"). Told in the outlet's own voice,
by a speaker who is no party ("analysts said"), or negated ("will not face consequences"), it is no threat; nor is
harm foretold of a condition or phenomenon no speaker causes, the clause's subject one of ``forecast_subjects`` ("warned
that the drought will have dire consequences": a forecast; i16-types55). Words: ``patterns.yaml``
``consequence_verbs``, ``consequence_nouns``, ``consequence_modals``, ``forecast_subjects``; code: ``rules.yaml`` ``codes.penalty_threat``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .frames import frame_of
from .tokens import first_child, form_in
from .types import Context, Found


def penalty_threat(ctx: Context, v: Token) -> Found | None:
    """The THREATEN a verb of ``consequence_verbs`` with an object of ``consequence_nouns``, told as to come by one of
    ``consequence_modals`` under a speaker, makes; None when any of these is missing or no party is named as the one
    the penalty is foretold to."""
    lex = ctx.lex
    code = ctx.rules.penalty_threat_code
    if not code or form_in(v, lex.consequence_verbs) is None:
        return None
    obj = first_child(v, "dobj")
    if obj is None or form_in(obj, lex.consequence_nouns) is None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.consequence_modals for c in v.children):
        return None
    if any(c.dep_ == "neg" for c in v.children) or any(c.dep_ == "neg" for c in obj.children):
        return None  # "will not face consequences", "would have no consequences"
    fr = frame_of(ctx, v)
    if fr.speaker is None or fr.speaker_token is None or not party_speaker(ctx, fr.speaker.ids):
        return None  # foretold by the outlet or by someone of no party ("analysts said"): a forecast, no warning
    subj = first_child(v, "nsubj")
    if subj is not None and form_in(subj, lex.forecast_subjects) is not None:
        return None  # "the drought will have dire consequences": harm of a condition foretold, no speaker's penalty
    target = arg(ctx, subj, deep=True, allow_vague=False) if subj is not None else None
    if target is None or not target.ids:
        return None
    return Found(cameo=code, pred=[v], clause=fr.speaker_token, source=fr.speaker, target=target, plover="THREATEN",
                 extra=[obj])


def party_speaker(ctx: Context, ids: list[str]) -> bool:
    """Whether one of ``ids`` is a party that can threaten: a person, a body or a state, not a bare sector of
    society ("analysts", "economists": a group of no country)."""
    actors = [ctx.actor(i) for i in ids]
    return any(a is not None and (a.country is not None or a.type != "group") for a in actors)


__all__ = ["party_speaker", "penalty_threat"]
