"""A penalty on a party told under a condition: "We discussed imposing further costs on Russia in case a
ceasefire is not agreed", "the EU weighed slapping sanctions on Iran if it does not free the sailors". A
penalty held over a party until it does (or does not do) something is a coercive warning: PLOVER THREATEN
("all threats, coercive or forceful warnings with serious potential repercussions"), from the party that
would impose it to the party it would hit, not a penalty imposed. The construction: a noun of
``penalty_nouns`` that a verb of ``penalty_verbs`` imposes (its object, or the noun the parser hung the
verb's participle on: "imposing further costs" read as an adjective), aimed "on" or "against" a party, under a
condition (a clause of ``conditional_marks``, or "in case", "in the event", a noun of ``condition_nouns``)
on the verb or on a clause above it. A penalty imposed with no condition stays the SANCTION it is."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .arguments import arg
from .frames import frame_of
from .modality import confidence, modality_of, wrapped_confidence
from .predicates import subject_arg
from .roles import source_token
from .tokens import children_of, first_person, form_in, prep_objects
from .types import Arg, Context, Found, Frame

AIMED_PREPS = ("on", "against")
PARTICIPLE_DEPS = ("amod", "compound", "acl")  # "imposing further costs": the participle read as the noun's modifier
CLIMB = 3  # clauses above the imposing verb a condition may hang on ("discussed imposing ... in case ...")


def conditional_penalties(ctx: Context, sent: SpacySpan, have: list[Found]) -> list[Found]:
    """THREATEN events of the penalties ``sent`` holds over a party under a condition (see the module)."""
    wr = ctx.lex.wrappers.get("threaten")
    if wr is None or not ctx.lex.penalty_nouns or not ctx.lex.penalty_verbs:
        return []
    threats = {t.i for f in have if f.plover == "THREATEN" for t in (*f.pred, *f.extra)}
    out: list[Found] = []
    for noun in ctx.pd.tokens_in(sent):
        verb = _imposer(ctx, noun) if form_in(noun, ctx.lex.penalty_nouns) else None
        if verb is None or {verb.i, noun.i} & threats:
            continue
        target = _aimed_at(ctx, noun, verb)
        holder = verb if verb.head.i != noun.i else noun.head
        if not target or not _conditioned(ctx, holder):
            continue
        fr = frame_of(ctx, holder)
        source = _imposing_party(ctx, holder, fr)
        inner = next((f for f in have if f.parent is None and f.pred[0].i in (verb.i, noun.i)), None)
        top = Found(cameo=wr.code_for(inner.cameo if inner else None) or wr.default or "", pred=[verb], clause=holder,
                    source=source, target=target, plover=wr.plover, speaker=fr.speaker,
                    speaker_token=fr.speaker_token, extra=[noun])
        top.confidence = confidence(ctx, top, fr) - ctx.rules.confidence.bare_wrapper_penalty
        top.modality = modality_of(fr)
        if inner is not None:  # "imposing sanctions on Iran in case ...": the sanctions are what is held over it
            inner.parent = top
            inner.modality = "future"
            inner.confidence = wrapped_confidence(ctx, inner.confidence)
        out.append(top)
    return out


def _imposer(ctx: Context, noun: Token) -> Token | None:
    """The verb of ``penalty_verbs`` that imposes ``noun``: the verb it is the object of, or a participle
    the parser hung on it."""
    if noun.dep_ == "dobj" and form_in(noun.head, ctx.lex.penalty_verbs):
        return noun.head
    return next((c for c in noun.children if c.dep_ in PARTICIPLE_DEPS and c.tag_ in ("VBG", "VBN", "VB")
                 and form_in(c, ctx.lex.penalty_verbs)), None)


def _aimed_at(ctx: Context, noun: Token, verb: Token) -> Arg:
    for o in (o for t in (noun, verb) for p in AIMED_PREPS for o in prep_objects(t, p)):
        got = arg(ctx, o, allow_vague=False)
        if got and got.ids:
            return got
    return Arg()


def _conditioned(ctx: Context, clause: Token) -> bool:
    """A condition on ``clause`` or on a clause up to ``CLIMB`` above it: a clause of ``conditional_marks``
    ("if", "unless") or a phrase "in case", "in the event" (``condition_nouns``)."""
    cur = clause
    for _ in range(CLIMB + 1):
        for c in cur.children:
            if c.dep_ == "advcl" and any((m.dep_ == "mark" and m.lower_ in ctx.lex.conditional_marks)
                                         or (m.i < c.i and _in_case(ctx, m)) for m in c.children):
                return True  # "if it does not ...", "in case a truce is not agreed" (the phrase hung on its clause)
            if _in_case(ctx, c):
                return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _in_case(ctx: Context, prep: Token) -> bool:
    """"in case", "in the event": a preposition "in" whose object is a noun of ``condition_nouns``."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(form_in(o, ctx.lex.condition_nouns)
                                                               for o in children_of(prep, "pobj"))


def _imposing_party(ctx: Context, holder: Token, fr: Frame) -> Arg:
    """Who would impose it: the subject of the clause holding it ("The EU weighed imposing ..."); a first
    person stands for the speaker of the report or quotation it is in ("“We discussed imposing ...”")."""
    subj = source_token(ctx, holder)
    got = subject_arg(ctx, subj)
    if got.ids or subj is None or not first_person(subj):
        return got
    if fr.speaker is not None and fr.speaker.ids:
        return fr.speaker
    # "“We discussed imposing ...”": the speaker of the quotation it stands in
    quotes = [q for q in ctx.quotes if q.speaker_actor_id and q.content.start <= subj.idx < q.content.end]
    if not quotes:
        return got
    q = min(quotes, key=lambda q: q.content.end - q.content.start)
    spans = [(q.speaker.start, q.speaker.end)] if q.speaker else []
    return Arg(ids=[q.speaker_actor_id], spans=spans, named=True) if q.speaker_actor_id else got


__all__ = ["conditional_penalties"]
