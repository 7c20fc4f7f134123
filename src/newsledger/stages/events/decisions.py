"""Decisions announced: "X decided to suspend aid to Y", "X announced that it would halt arms sales
to Y", "X announced it would resume aid to Y". A decision made and announced is the measure
itself, not a threat or a promise: PLOVER THREATEN is "threats, coercive or forceful warnings", and
SANCTION "all reductions in existing, routine, or cooperative relations" (withdraw aid, curtail or
terminate exchanges), COOPERATE and AID the exchange or aid begun or resumed. So an act of one of
``decision_codes`` (CAMEO code prefixes: relations, aid, trade or sanctions cut, aid or cooperation
given) told in the complement of a verb of ``decision_verbs`` ("decide", "announce") keeps its own
type, to come (modality ``future``), where a future of such an act under a verb of saying or
promising stays the intent wrapper's AGREE or THREATEN ("said it would cut aid", "threatened to cut
aid"). A withdrawal of one's own people announced ahead ("will withdraw its inspectors from X",
CAMEO 166) is no such measure: CAMEO's manual codes it a threat. Not under a condition ("would
suspend aid unless the junta ...": an ultimatum, a threat; "if"), nor negated (the caller's)."""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import children_of, lemma_of
from .types import Context, Found, Frame


def decided_measure(ctx: Context, f: Found, fr: Frame) -> bool:
    """Whether ``f`` (a future act read by the intent wrapper) is a measure its doer decided and
    announced (see the module's docstring)."""
    verb = fr.wrapper_token if fr.wrapper is not None else fr.speaker_token
    if verb is None or lemma_of(verb) not in ctx.lex.decision_verbs or fr.hypothetical:
        return False
    if fr.wrapper is not None and fr.wrapper.kind != "intent":
        return False
    return f.cameo.startswith(tuple(ctx.lex.decision_codes)) and not _conditioned(ctx, f.pred[0])


def _conditioned(ctx: Context, act: Token) -> bool:
    """Whether a clause of a condition or ultimatum ("unless", "if") hangs on the act's clause or
    on a clause it completes ("announced it would suspend aid unless ...")."""
    marks = ctx.lex.ultimatum_marks | ctx.lex.conditional_marks
    cur = act
    for _ in range(4):
        for c in children_of(cur, "advcl"):
            if any(m.dep_ == "mark" and lemma_of(m) in marks for m in c.children):
                return True
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


__all__ = ["decided_measure"]
