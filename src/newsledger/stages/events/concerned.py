"""Concern or pride stated as a state of the party that holds it: "Japan is deeply concerned about
China's military build-up", "the bloc remains concerned over Russia's troop movements", "Seoul was
alarmed by the North's missile launches"; "I am very proud of our foreign minister", "Kenya is
grateful to Japan for its help". PLOVER ACCUSE (disapprove) is to "express disapprovals,
objections, and complaints", SUPPORT to "express support for, commend"; their verbs, "expressed
concern about X" (CAMEO 110) and "praised X" (CAMEO 051), are read by their patterns
(``patterns.yaml``); this is the same stance told by a predicate adjective.

The construction: a predicate adjective (or a passive participle with its own subject) of
``concern_words`` ("concerned", "alarmed", "worried") with a phrase of ``concern_preps`` ("about",
"over", "with", "by", "at"), or of ``praise_words`` ("proud", "grateful") with a phrase of
``praise_preps`` ("of", "to", "for"), whose object names a party, itself or inside it ("China's
build-up", "the launches by North Korea"); its holder is the adjective's subject, the party its
target; the code is ``codes.concern`` or ``codes.praise`` (``rules.yaml``). A stance that names no
party ("worried about the economy", "proud of the team's work") is a mood, no event, as the verbs'
patterns need a target; an attributive adjective ("concerned residents") tells none."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .arguments import arg
from .frames import frame_of
from .modality import confidence, modality_of
from .predicates import subject_arg
from .roles import source_token
from .tokens import children_of, first_child, lemma_of
from .types import Arg, Context, Found


def stated_concerns(ctx: Context, sent: SpacySpan, have: list[Found]) -> list[Found]:
    """ACCUSE events of a concern stated as a state in ``sent`` (see the module's docstring)."""
    stances = [(words, preps, code) for words, preps, code in (
        (ctx.lex.concern_words, ctx.lex.concern_preps, ctx.rules.concern_code),
        (ctx.lex.praise_words, ctx.lex.praise_preps, ctx.rules.praise_code)) if words and code]
    taken = {t.i for f in have for t in [*f.pred, *f.extra]}
    out: list[Found] = []
    for t in ctx.pd.tokens_in(sent):
        stance = next((s for s in stances if predicate_adjective(t, s[0])), None) if t.i not in taken else None
        if stance is None:
            continue
        _words, preps, code = stance
        holder = t.head if t.dep_ == "acomp" else t
        subj = adjective_holder(ctx, t)
        target, about = _party_of_stance(ctx, t, preps)
        if not target or about is None:
            continue
        fr = frame_of(ctx, holder)
        f = Found(cameo=code, pred=[t], clause=holder, source=subj, target=target,
                  speaker=fr.speaker, speaker_token=fr.speaker_token, extra=[about])
        f.confidence = confidence(ctx, f, fr)
        f.modality = modality_of(fr)
        out.append(f)
    return out


def predicate_adjective(t: Token, words: frozenset[str]) -> bool:
    """A predicate adjective ("is concerned", "remains proud", "was ready") or a passive participle
    with its own subject ("Japan was alarmed by ...", "is committed") of ``words``; an attributive
    one ("concerned residents", "a committed ally") tells no stance."""
    if t.lower_ not in words and lemma_of(t) not in words:
        return False
    if t.dep_ == "acomp":
        return True
    return t.tag_ == "VBN" and first_child(t, "nsubjpass") is not None


def adjective_holder(ctx: Context, t: Token) -> Arg:
    """Who holds the stance of the predicate adjective ``t``: the subject of its copula (inherited
    through control and coordination), or the subject of the passive participle itself
    ("Colombia is committed to ...")."""
    if t.dep_ != "acomp":
        return subject_arg(ctx, first_child(t, "nsubjpass"))
    return subject_arg(ctx, source_token(ctx, t.head))


def _party_of_stance(ctx: Context, t: Token, preps: frozenset[str]) -> tuple[Arg, Token | None]:
    """The party named in the object of the adjective's phrase of ``preps``, and that object."""
    for p in children_of(t, "prep", "agent"):
        if p.lower_ not in preps:
            continue
        for o in children_of(p, "pobj"):
            got = arg(ctx, o, deep=True, allow_vague=False, places=False)
            if got.named:
                return got, o
    return Arg(), None


__all__ = ["adjective_holder", "predicate_adjective", "stated_concerns"]
