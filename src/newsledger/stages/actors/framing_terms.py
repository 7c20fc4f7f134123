"""Framing marks: lexicon terms, names in scare quotes and "regime" labels.

Part of the actor resolver (see :mod:`newsledger.stages.actors.resolver`)."""

from __future__ import annotations

from ...records import FramingMark, record_id
from .countries import modifier_country
from .referents import framing_referent
from .state import ArticleState
from .types import CAT_NAME, COUNTRY_TABLES, Phrase


def framing_marks(state: ArticleState) -> None:
    doc = state.doc
    seen: set[tuple[int, int, str]] = set()
    for fa in state.all_frames:
        ft = state.d.framing_forms.get(fa.key)
        if ft is None or (ft.kind == "honorific" and inside_name(state, fa.start)):
            continue
        m = innermost(state, fa.start, fa.end)
        owner = doc[fa.start:fa.end].root.dep_ == "poss" and m is not None and not fa.start <= m.head < fa.end
        if m is not None and m.actor and not (owner and ft.refers_to):
            refers: str | None = m.actor
            if owner:
                # a label as a possessor names the owner ("the aggressor's defence ministry")
                a = state.reg.actors.get(m.actor)
                refers = state.reg.state(a.country) if a is not None and a.country else None
        else:
            refers = framing_referent(state, ft)  # "special military operation": no mention, a referent
        span = doc[fa.start:fa.end]
        mark(state, span.start_char, span.end_char, ft.kind, refers, ft.note or None, seen)
    for ts, te, cs, ce in state.quoted:
        mark(state, cs, ce, "scare_quotes", quoted_referent(state, ts, te), None, seen)
    regime_marks(state, seen)


def inside_name(state: ArticleState, i: int) -> bool:
    """Token ``i`` goes on a person's name the entity recogniser began before it: an honorific
    word that is part of the name ("President Hassan Sheikh Mohamud"), not a title before it
    ("Sheikh Mohammed bin Rashid")."""
    tok = state.doc[i]
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I" and i + 1 < state.n and state.doc[i + 1].ent_iob_ == "I"


def regime_marks(state: ArticleState, seen: set[tuple[int, int, str]]) -> None:
    """"Putin's regime", "the Tehran regime", "the Kremlin's regime": a word such as
    "regime" after a leader, capital, country or state body replaces the neutral name of that
    state's government, whichever state it is (the lexicon lists common fixed forms)."""
    doc = state.doc
    nouns = state.rules.regime_nouns
    for m in state.mentions:
        head = doc[m.head]
        if head.lower_ not in nouns or m.kind == "compound":
            continue
        mod = next((state.names[c.i] for c in head.lefts
                    if c.dep_ in ("poss", "compound", "amod", "nmod") and state.names[c.i] is not None), None)
        if mod is None:
            continue
        code = None
        if mod.table in COUNTRY_TABLES:
            code = modifier_country(state, mod)
        elif mod.table in ("person", "organisation") and mod.cat == CAT_NAME:
            entry = state.d.people.get(mod.ref) or state.d.organisations.get(mod.ref)
            code = entry.country if entry is not None else None
        if code is None or code not in state.d.countries:
            continue
        refers = m.actor if state.reg.kind_of(m.actor) == "state" else state.reg.state(code)
        start = mod.start + 1 if doc[mod.start].lower_ in state.rules.definite_determiners else mod.start
        span = doc[start:m.head + 1]
        mark(state, span.start_char, span.end_char, "loaded_label", refers, state.rules.regime_note or None, seen)


def quoted_referent(state: ArticleState, ts: int, te: int) -> str | None:
    """The actor of a name in scare quotes: the name's own, not that of the phrase around it."""
    m = innermost(state, ts, te)
    if m is not None and m.actor and ts <= m.head < te:
        return m.actor
    a = next((state.names[i] for i in range(ts, te) if state.names[i] is not None), None)
    if a is None:
        return m.actor if m is not None else None
    if a.cat == CAT_NAME:
        if a.table == "person" and a.ref in state.d.people:
            return state.reg.person(a.ref)
        if a.table == "organisation" and a.ref in state.d.organisations:
            return state.reg.org(a.ref)
        if a.table == "group" and a.ref in state.d.groups:
            return state.reg.group(a.ref)
        code = modifier_country(state, a)
        return state.reg.state(code) if code else None
    return m.actor if m is not None else None


def innermost(state: ArticleState, s: int, e: int) -> Phrase | None:
    best = None
    for m in state.mentions:
        if m.start <= s and e <= m.end and m.kind != "compound":
            if best is None or (m.end - m.start) < (best.end - best.start):
                best = m
    return best


def mark(state: ArticleState, start: int, end: int, kind: str, refers: str | None, note: str | None,
          seen: set[tuple[int, int, str]]) -> None:
    key = (start, end, kind)
    if key in seen:
        return
    seen.add(key)
    state.marks.append(
        FramingMark(
            id=record_id("fm", state.pd.article_id, start, end, kind),
            article_id=state.pd.article_id,
            sentence=state.pd.sentence_index(start),
            start=start,
            end=end,
            text=state.pd.text[start:end],
            kind=kind,
            refers_to=refers,
            note=note,
        )
    )
