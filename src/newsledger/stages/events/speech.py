"""Speech acts: requests and accusations in reported speech and in quotes."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.syntax import is_verb
from ...records import Quote
from .accuse_judge_blame import fault_lies
from .accuse_judge_reports import reported_charge
from .arguments import arg
from .coerce_real_deontic import coerce_real_addressee
from .frames import frame_of, modals, negated
from .judgements import reported_judgement
from .lexicon import plover_of
from .predicates import wrapper_of
from .speaker_roles import person_like, quote_speaker_ok, speaker_arg
from .tokens import (
    children_of,
    clause_tokens,
    first_child,
    first_person,
    form_in,
    forms_of,
    lemma_of,
    prep_objects,
)
from .types import Arg, Context, Found, Frame
from .unlawful import unlawful_act


def speech_acts(ctx: Context, w: Token, have: list[Found]) -> list[Found]:
    if wrapper_of(ctx, w) is not None and first_child(w, "xcomp") is not None:
        return []
    speaker = speaker_arg(ctx, w)
    if not speaker or not (speaker.named or speaker.ids or person_like(ctx, speaker)):
        return []
    fr = frame_of(ctx, w)
    if fr.negated:
        return []
    out: list[Found] = []
    for clause in content_clauses(w):
        out.extend(clause_acts(ctx, clause, Report(speaker, w, fr), have))
    return out


def content_clauses(w: Token) -> list[Token]:
    out: list[Token] = []
    stack = [c for c in w.children if c.dep_ in ("ccomp",)]
    if not stack and w.dep_ in ("parataxis",) and is_verb(w.head):
        stack = [w.head]
    while stack:
        c = stack.pop(0)
        if c in out:
            continue
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ in ("ccomp", "conj") and is_verb(x))
    return out


@dataclass(frozen=True)
class Report:
    """Who reports a clause and how: the speaker, the speech verb (None inside a quote with no
    speech verb), the frame of the speech verb and the quote."""

    speaker: Arg
    verb: Token | None
    frame: Frame
    quote: Quote | None = None


def clause_acts(ctx: Context, clause: Token, rep: Report, have: list[Found]) -> list[Found]:
    """The speech acts in one reported clause: an accusation, and a request read from a modal."""
    out: list[Found] = []
    subj_tok = first_child(clause, "nsubj", "nsubjpass")
    subj = arg(ctx, subj_tok, allow_vague=False) if subj_tok is not None else Arg()
    if not subj and (owed := coerce_real_addressee(ctx, clause)) is not None:
        subj_tok, subj = owed, arg(ctx, owed, allow_vague=False)  # "it is time for Ethiopia to V" (i16-coerce-real)
    if subj and set(subj.ids) & set(rep.speaker.ids):
        subj = Arg()
    if negated(ctx, clause):
        return out
    accused = _accusation_act(ctx, clause, rep, subj, have)
    if accused is not None:
        out.append(accused)
    elif (judged := reported_judgement(ctx, clause, rep) or unlawful_act(ctx, clause, rep)
          or reported_charge(ctx, clause, rep) or fault_lies(ctx, clause, rep)) is not None:
        out.append(judged)  # "said Russia was responsible for the attack", "said the raid was unacceptable"
    # deontic content with no patterned event: "the US must ensure security"
    dfr = Frame()
    modals(ctx, clause, dfr, True)
    exhortation = first_person(subj_tok)
    if dfr.deontic and subj and not exhortation and not any(f.pred[0].i == clause.i for f in have):
        wr = ctx.lex.wrappers.get(dfr.deontic)
        w, fr = rep.verb, rep.frame
        f = Found(
            cameo=(wr.default if wr and wr.default else ctx.rules.modal_request_code),
            pred=[w] if w is not None else [clause],
            clause=w or clause, source=rep.speaker, target=subj, plover="REQUEST", speaker=fr.speaker,
            speaker_token=fr.speaker_token, quote=rep.quote, claimed_outlet=w is None, extra=[clause],
            claim_at=w,
        )
        k = ctx.rules.confidence
        f.confidence = k.speech_request if subj.ids else k.speech_request_unresolved
        out.append(f)
    return out


def _accusation_act(ctx: Context, clause: Token, rep: Report, subj: Arg, have: list[Found]) -> Found | None:
    """An ACCUSE from the speaker when the clause describes an actor with an accusing term."""
    term = accusation(ctx, clause_tokens(clause))
    if term is None:
        return None
    code, term_toks = term
    told = {t.i for h in have if h.source.named for t in h.pred}
    if any(t.i in told for t in term_toks):
        return None  # "died of torture in an Israeli jail": the act told with its doer, no label (as a verb)
    target = Arg()  # whose crimes: "Israel's atrocities", "the crimes of Israel", else the subject
    for t in term_toks:
        for p in children_of(t, "poss"):
            target = target or arg(ctx, p, allow_vague=False)
        for o in prep_objects(t, "of") + prep_objects(t, "by"):
            target = target or arg(ctx, o, allow_vague=False)
    reported = any(
        plover_of(ctx.cameo, h) == "ACCUSE" and h.pred[0].i < term_toks[0].i and h.pred[0] in term_toks[0].ancestors
        for h in have
    )  # "have condemned the crimes of X": the speaker reports a condemnation
    if reported:
        target = Arg()
    elif not target:
        target = subj
    if not target or (set(target.ids) & set(rep.speaker.ids) and target.ids):
        return None
    w, fr = rep.verb, rep.frame
    f = Found(
        cameo=code, pred=term_toks, clause=w or clause, source=rep.speaker, target=target,
        plover="ACCUSE", mode="allege", speaker=fr.speaker, speaker_token=fr.speaker_token,
        quote=rep.quote, claimed_outlet=w is None, claim_at=w,
    )
    k = ctx.rules.confidence
    f.confidence = k.accusation if target.ids else k.accusation_unresolved
    return f


def accusation(ctx: Context, toks: list[Token]) -> tuple[str, list[Token]] | None:
    lemmas = [lemma_of(t) for t in toks]
    for i, lem in enumerate(lemmas):
        for words, code in ctx.lex.accusations.get(lem, ()):
            n = len(words)
            if tuple(lemmas[i:i + n]) == words:
                seq = toks[i:i + n]
                last = seq[-1]
                if last.dep_ in ("compound", "amod", "nmod") and not accusation_head(ctx, last.head):
                    continue  # "fraud investigations", "a war crimes court": not an accusation
                if is_verb(last):
                    continue  # "X tortured Y" is a reported event (claimed by the speaker), not a label
                if blocked(ctx, seq):
                    continue  # "fighting racism", "the victims of the massacre"
                if all(b.i == a.i + 1 for a, b in pairwise(seq)):
                    return code, seq
    return None


def blocked(ctx: Context, seq: list[Token]) -> bool:
    """An accusing term that is opposed, investigated or suffered rather than charged."""
    head = seq[-1].head
    for t in (head, head.head):
        if form_in(t, ctx.lex.accusation_blockers):
            return True
    return any(
        form_in(c, ctx.lex.accusation_blockers) or c.dep_ == "neg" for t in seq for c in t.children
    ) or any(t.text.lower().startswith("anti") for t in seq)


def accusation_head(ctx: Context, tok: Token) -> bool:
    return any(words[-1] in forms_of(tok) for v in ctx.lex.accusations.values() for words, _ in v)


def quote_acts(ctx: Context, sent: SpacySpan, have: list[Found]) -> list[Found]:
    """Requests and accusations inside quotes whose speaker is known (no speech verb needed)."""
    out: list[Found] = []
    for q in ctx.quotes:
        if q.content.end <= sent.start_char or q.content.start >= sent.end_char:
            continue
        if not q.speaker_actor_id and not quote_speaker_ok(ctx, q):
            continue
        speaker = Arg(spans=[(q.speaker.start, q.speaker.end)] if q.speaker else [(q.start, q.start)])
        if q.speaker_actor_id:
            speaker.ids.append(q.speaker_actor_id)
            speaker.named = True
        for t in ctx.pd.tokens_in(sent):
            if not (q.content.start <= t.idx < q.content.end) or not is_verb(t):
                continue
            if t.dep_ not in ("ROOT", "ccomp", "conj"):
                continue
            out.extend(clause_acts(ctx, t, Report(speaker, None, Frame(), q), have))
    return out
