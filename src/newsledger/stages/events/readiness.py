"""Stated readiness or commitment: "X said it was ready for a ceasefire with Y", "X remains
committed to peace talks", "X is committed to ending the conflict with Y". PLOVER AGREE is to
"indicate willingness or commitment to cooperate" and to "express willingness to end a conflict":
a party that says it is ready for, prepared for or committed to a cooperative end does that, though
no verb of agreeing is there and no infinitive follows (the intent wrapper reads "ready to V").

The construction: a predicate adjective or passive participle of ``readiness_words`` ("ready",
"willing") with a "for" or "to" phrase that names one of ``readiness_ends`` ("ceasefire",
"talks", "peace"), or a gerund that acts on one ("moving toward peace") or whose own pattern is an
act of agreeing or meeting ("ending the conflict"); one of ``commitment_words`` ("committed") only
with such a gerund: committed to a thing ("to the peace process") is a stance held, not a promise. Its doer is the adjective's subject; its target the party
named with the end ("a ceasefire with Y"), else none. Ready for anything else ("ready for the rainy
season", "committed to reducing inflation") is no event."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .arguments import arg
from .concerned import adjective_holder, predicate_adjective
from .frames import frame_of
from .lexicon import cameo_code
from .modality import confidence, modality_of, wrapped_confidence
from .predicates import verb_pattern
from .tokens import children_of, lemma_of
from .types import Arg, Context, Found

# the PLOVER types of a gerund's act a party can be ready for or committed to (the codebook's AGREE:
# willingness to meet or to end a conflict); a promised act of another type keeps its own reading
COOPERATIVE = frozenset({"AGREE", "CONSULT"})
_PREPS = ("for", "to")
_PARTY_PREPS = ("with", "between")


def readiness_events(ctx: Context, sent: SpacySpan, have: list[Found]) -> list[Found]:
    """AGREE events of a stated readiness or commitment in ``sent`` (see the module's docstring)."""
    wr = ctx.lex.wrappers.get("intent")
    if wr is None or not ctx.lex.readiness_words:
        return []
    taken = {f.pred[0].i for f in have} | {t.i for f in have for t in f.extra}
    out: list[Found] = []
    for t in ctx.pd.tokens_in(sent):
        if t.i in taken or not predicate_adjective(t, ctx.lex.readiness_words | ctx.lex.commitment_words):
            continue
        acts_only = t.lower_ in ctx.lex.commitment_words or lemma_of(t) in ctx.lex.commitment_words
        end = next((e for p in children_of(t, "prep") if p.lower_ in _PREPS
                    for e in children_of(p, "pobj", "pcomp")
                    if (e.tag_ == "VBG" or not acts_only) and _cooperative_end(ctx, e)), None)
        holder = t.head if t.dep_ == "acomp" else t
        subj = adjective_holder(ctx, t)
        if end is None or not subj:
            continue
        inner = next((f for f in have if f.parent is None and f.pred[0].i == end.i), None)
        fr = frame_of(ctx, holder)
        top = Found(cameo=wr.code_for(inner.cameo if inner else None) or wr.default or ctx.rules.request_code,
                    pred=[t], clause=holder, source=subj, target=_end_party(ctx, end), plover=wr.plover,
                    speaker=fr.speaker, speaker_token=fr.speaker_token, extra=[end])
        top.confidence = confidence(ctx, top, fr) - ctx.rules.confidence.bare_wrapper_penalty
        top.modality = modality_of(fr)
        if inner is not None:  # "committed to resuming talks": the talks are what is promised
            inner.parent = top
            inner.modality = "future"
            inner.confidence = wrapped_confidence(ctx, inner.confidence)
        out.append(top)
    return out


def _cooperative_end(ctx: Context, e: Token) -> bool:
    """``e`` (what one is ready for) names a cooperative end: a noun of ``readiness_ends``, or a
    gerund acting on one or whose own pattern is a cooperative act."""
    if e.tag_ != "VBG":
        return lemma_of(e) in ctx.lex.readiness_ends or e.lower_ in ctx.lex.readiness_ends
    acted_on = children_of(e, "dobj") + [o for p in children_of(e, "prep") for o in children_of(p, "pobj")]
    if any(lemma_of(o) in ctx.lex.readiness_ends for o in acted_on):
        return True  # "moving toward peace", "resuming negotiations"
    found = verb_pattern(ctx, e)
    if found is None:
        return False
    info = cameo_code(ctx.cameo, found[0].cameo)
    return (found[0].plover or (info.plover if info else "")) in COOPERATIVE  # "ending the conflict"


def _end_party(ctx: Context, end: Token) -> Arg:
    """The other party named with the end: "a ceasefire with Y", "ending the conflict with Y",
    "moving toward peace with Y"."""
    heads = [end]
    if end.tag_ == "VBG":
        heads += children_of(end, "dobj") + [o for p in children_of(end, "prep") for o in children_of(p, "pobj")]
    for h in heads:
        for p in children_of(h, "prep"):
            if p.lower_ in _PARTY_PREPS:
                for o in children_of(p, "pobj"):
                    got = arg(ctx, o, allow_vague=False)
                    if got:
                        return got
    return Arg()


__all__ = ["COOPERATIVE", "readiness_events"]
