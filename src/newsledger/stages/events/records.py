"""Building ``Event`` records from found events: spans, claims, mode, contexts, date and place."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, cast

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp.dates import YEAR_RE, resolve_date, with_day_before
from ...nlp.stance_frames import framed_stance
from ...nlp.syntax import in_clause_of, is_verb
from ...records import NOT_PLOVER, Event, Span, Stance, record_id
from .lexicon import cameo_code, plover_of
from .places import place_of
from .tokens import lemma_of
from .types import Arg, CameoCode, Context, Found, Lexicon

# the code-table entry of an event outside PLOVER (no CAMEO code, QuadClass or Goldstein score)
NO_CODE = CameoCode(code="", name="", goldstein=0.0, quad_class=0, plover=None, mode=None, contexts=())


def to_records(ctx: Context, index: int, sent: SpacySpan, found: list[Found]) -> Iterator[Event]:
    pd = ctx.pd
    text = pd.text
    s_info = pd.sentences[index] if index < len(pd.sentences) else None
    s_start = s_info.start if s_info else sent.start_char
    s_end = s_info.end if s_info else sent.end_char
    ids: dict[int, str] = {}
    ordered = sorted(found, key=lambda f: (f.parent is not None, f.pred[0].i))
    for f in ordered:
        plover = plover_of(ctx.cameo, f)
        info = cameo_code(ctx.cameo, f.cameo)
        if plover == NOT_PLOVER:
            info = NO_CODE  # a report outside PLOVER (reports.yaml): no CAMEO code
        elif plover == "UNKNOWN" or info is None:
            continue
        p_start = min(t.idx for t in f.pred)
        p_end = max(t.idx + len(t.text) for t in f.pred)
        ev_id = record_id("ev", pd.article_id, index, p_start, plover, f.cameo, f.parent is not None)
        ids[id(f)] = ev_id
        mode = f.mode or (f.pattern.mode if f.pattern and f.pattern.mode else None) or info.mode
        if plover == "ASSAULT" and not mode:
            mode = assault_mode(ctx, sent, f)
        contexts = contexts_of(ctx.lex, f, info, sent)
        claimed_by, quote_id = claim(ctx, f, p_start)
        date_str, historical = event_date(ctx, f, sent)
        modality = f.modality
        if historical and modality == "asserted":
            modality = "historical"
        stance = event_stance(modality, framed_stance(f.pred[0], ctx.data.stance, event=True))
        yield Event(
            id=ev_id,
            article_id=pd.article_id,
            sentence=index,
            start=s_start,
            end=s_end,
            text=text[s_start:s_end],
            plover=plover,
            predicate=Span(p_start, p_end, text[p_start:p_end]),
            mode=mode,
            contexts=contexts,
            cameo=cameo_of(f.cameo, info),
            quad_class=info.quad_class if info is not NO_CODE else None,
            goldstein=info.goldstein if info is not NO_CODE else None,
            source_actor_ids=tuple(f.source.ids),
            target_actor_ids=tuple(f.target.ids),
            source=span_of(text, f.source),
            target=span_of(text, f.target),
            modality=modality,
            claimed_by=claimed_by,
            quote_id=quote_id,
            date=date_str,
            place=place_of(ctx, f, sent),
            confidence=round(f.confidence, 3),
            parent_id=ids.get(id(f.parent)) if f.parent is not None else None,
            source_basis="place" if f.source_from_place else "text",
            stance=stance,
        )


def cameo_of(code: str, info: CameoCode) -> str | None:
    if info is NO_CODE:
        return None
    return info.code if code.startswith(info.code) and len(code) == len(info.code) else code


def event_stance(modality: str, clause: str) -> Stance:
    """An event's stance: a denial or doubt in the clauses above it ("Moscow has denied
    targeting civilians") over its modality, a negation the clauses above say that its own
    clause does not ("it is not true that ...", "far from attacking ...") over an asserted one;
    otherwise its modality."""
    if clause in ("denied", "uncertain") and modality in ("asserted", "historical", "negated"):
        return cast(Stance, clause)
    if clause == "negated" and modality in ("asserted", "historical"):
        return cast(Stance, clause)
    return cast(Stance, modality)


def span_of(text: str, arg: Arg) -> Span | None:
    if not arg.spans:
        return None
    s = min(a for a, _ in arg.spans)
    e = max(b for _, b in arg.spans)
    return Span(s, e, text[s:e])


def claim(ctx: Context, f: Found, p_start: int) -> tuple[str, str | None]:
    """Who claims the event: the quote's speaker, the reporting speaker, or the outlet.

    Speech acts (a REQUEST or ACCUSE read from what someone said) are claimed from where the
    speech verb stands, so "X said Y must ..." is the outlet's report of X's request.
    """
    at = f.claim_at.idx if f.claim_at is not None else p_start
    inside = next((q for q in ctx.quotes if q.content.start <= at < q.content.end), None)
    if f.claimed_outlet:
        return "outlet", f.quote.id if f.quote is not None else None
    if inside is not None:
        return (inside.speaker_actor_id or "unresolved"), inside.id
    if f.speaker is not None and f.speaker_token is not None:
        if f.speaker.ids:
            return f.speaker.ids[0], quote_at(ctx, p_start) if f.claim_at is not None else None
        return "unresolved", None
    if f.claim_at is not None:
        return "outlet", quote_at(ctx, p_start)
    return "outlet", None


def quote_at(ctx: Context, char: int) -> str | None:
    q = next((q for q in ctx.quotes if q.content.start <= char < q.content.end), None)
    return q.id if q is not None else None


def assault_mode(ctx: Context, sent: SpacySpan, f: Found) -> str | None:
    """The attack's mode from the weapon words of the act (the data's order decides between
    them): its doer, its instrument, its own words and their compounds, and not a word of its
    target ("snipers killed two suicide bombers") or of another act's clause ("after the shelling
    stopped", "soldiers who fired mortars")."""
    # with no doer named, the clause that tells the act's cause is its means, whatever its time
    marks = ctx.data.acled.other_act_marks if ctx.data.acled is not None and f.source.spans else frozenset()
    words = [t for t in sent if inside(t, f.source.spans) or (
        not inside(t, f.target.spans) and any(in_clause_of(t, p, marks) for p in f.pred))]
    lemmas = {lemma_of(t) for t in words} | {t.text.lower() for t in words}
    for mode, mode_words in ctx.lex.assault_modes:
        if mode_words & lemmas:
            return mode
    return None


def inside(tok: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= tok.idx < b for a, b in spans)


def contexts_of(lex: Lexicon, f: Found, info: Any, sent: SpacySpan) -> tuple[str, ...]:
    out: list[str] = []
    for c in list(f.pattern.contexts if f.pattern else ()) + list(info.contexts):
        if c and c not in out:
            out.append(c)
    lemmas = {lemma_of(t) for t in sent}
    for name, words in lex.contexts:
        if words & lemmas and name not in out:
            out.append(name)
    return tuple(out)


def event_date(ctx: Context, f: Found, sent: SpacySpan) -> tuple[str | None, bool]:
    """The event's date (ISO when it can be resolved) and whether it lies in past history."""
    anchors = {t.i for t in [*f.pred, f.clause, *f.extra]}
    chosen: SpacySpan | None = None
    for ent in ctx.pd.ents_in(sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        cur = ent.root
        for _ in range(5):
            if cur.i in anchors:
                chosen = ent
                break
            if cur.head.i == cur.i or (is_verb(cur) and cur.i != ent.root.i):
                break
            cur = cur.head
        if chosen is not None:
            break
    historical = False
    lemmas = {lemma_of(t) for t in f.clause.subtree} if f.clause is not None else set()
    if lemmas & ctx.lex.historical_cues and ("ago" not in lemmas or {"year", "decade", "century"} & lemmas):
        historical = True
    if chosen is None:
        return None, historical
    chosen = with_day_before(chosen)  # "on 9 October": the day the parser left out of the entity
    prefix = ""
    before = chosen.root.head if chosen.root.dep_ == "pobj" else None
    if before is not None and lemma_of(before) in ("since",):
        prefix = "since"
    resolved = resolve_date(chosen.text, ctx.published, future=f.modality == "future")
    if resolved is not None:
        year = YEAR_RE.match(resolved[:4]) if len(resolved) >= 4 else None
        if year and ctx.published is not None and int(resolved[:4]) <= ctx.published.year - ctx.rules.historical_years:
            historical = True
        return (f"{resolved}/.." if prefix == "since" else resolved), historical
    return (f"{prefix} {chosen.text}".strip() if prefix else chosen.text), historical
