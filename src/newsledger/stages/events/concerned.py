"""Concern stated as a state of the party that holds it: "Japan is deeply concerned about China's
military build-up", "the bloc remains concerned over Russia's troop movements", "Seoul was alarmed
by the North's missile launches". PLOVER ACCUSE (disapprove) is to "express disapprovals,
objections, and complaints"; the verb of it, "expressed concern about X" (``patterns.yaml``, CAMEO
110), is read by its pattern; this is the same disapproval told by a predicate adjective.

The construction: a predicate adjective (or a passive participle with its own subject) of
``concern_words`` ("concerned", "alarmed", "worried") with a phrase of ``concern_preps`` ("about",
"over", "with", "by", "at") whose object names a party, itself or inside it ("China's build-up",
"the launches by North Korea"); its holder is the adjective's subject, the party its target. A
concern that names no party ("worried about the economy", "concerned about her health") is a
mood, no event, as the verb's pattern needs a target; an attributive adjective ("concerned
residents") tells none."""

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
    code = ctx.rules.concern_code
    if not code or not ctx.lex.concern_words:
        return []
    taken = {t.i for f in have for t in [*f.pred, *f.extra]}
    out: list[Found] = []
    for t in ctx.pd.tokens_in(sent):
        if t.i in taken or not _concern_word(ctx, t):
            continue
        holder = t.head if t.dep_ == "acomp" else t
        subj = _holder(ctx, t, holder)
        target, about = _party_of_concern(ctx, t)
        if not target or about is None:
            continue
        fr = frame_of(ctx, holder)
        f = Found(cameo=code, pred=[t], clause=holder, source=subj, target=target,
                  speaker=fr.speaker, speaker_token=fr.speaker_token, extra=[about])
        f.confidence = confidence(ctx, f, fr)
        f.modality = modality_of(fr)
        out.append(f)
    return out


def _concern_word(ctx: Context, t: Token) -> bool:
    """A predicate adjective ("is concerned", "remains worried") or a passive participle with its
    own subject ("Japan was alarmed by ...") of ``concern_words``."""
    if t.lower_ not in ctx.lex.concern_words and lemma_of(t) not in ctx.lex.concern_words:
        return False
    if t.dep_ == "acomp":
        return True
    return t.tag_ == "VBN" and first_child(t, "nsubjpass") is not None


def _holder(ctx: Context, t: Token, holder: Token) -> Arg:
    if holder is t:
        return subject_arg(ctx, first_child(t, "nsubjpass"))
    return subject_arg(ctx, source_token(ctx, holder))


def _party_of_concern(ctx: Context, t: Token) -> tuple[Arg, Token | None]:
    """The party named in the object of the adjective's phrase of concern, and that object."""
    for p in children_of(t, "prep", "agent"):
        if p.lower_ not in ctx.lex.concern_preps:
            continue
        for o in children_of(p, "pobj"):
            got = arg(ctx, o, deep=True, allow_vague=False, places=False)
            if got.named:
                return got, o
    return Arg(), None


__all__ = ["stated_concerns"]
