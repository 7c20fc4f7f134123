"""Parties of an act told in a clause of time or reason ("After gunmen burned two churches in
Pakistan's Punjab province, police arrested 30 people"): the actor stage reads no place inside such
a clause as the sentence's place (it sets the time of the main act, "if war starts in Iraq"), so an
unnamed group the clause names ("churches", "gunmen", "a teacher") is left with no country. For the
clause's own act, a place in a locative phrase of that same clause says where it happened, and so
whose the unnamed group is, as the same words in a main clause would.

Only a party whose actors are all groups of no country is given one (a named party keeps its own);
only when the clause's places name one country; never a place in a relative clause or a further
clause of time inside it. Words: the subordinators are ``patterns.yaml`` ``background_marks``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .places import in_scene_phrase
from .tokens import lemma_of
from .types import Arg, Context, Found

_PLACE_LABELS = ("GPE", "LOC")
_NESTED = ("relcl", "acl", "advcl", "ccomp")


def background_places(ctx: Context, found: list[Found]) -> None:
    """Give the unnamed groups of each act in a clause of time its place's country (in place)."""
    for f in found:
        if f.noun:
            continue
        clause = background_clause(ctx, f.pred[0])
        if clause is None:
            continue
        place = clause_place(ctx, clause)
        if place is None:
            continue
        f.source = _placed(ctx, f.source, place)
        f.target = _placed(ctx, f.target, place)


def background_clause(ctx: Context, v: Token) -> Token | None:
    """``v`` when it heads an adverbial clause one of ``background_marks`` introduces ("after
    gunmen killed ..."), else None."""
    if v.dep_ != "advcl":
        return None
    marks = [c for c in v.children if c.dep_ == "mark" or (c.dep_ == "prep" and c.i < v.i)]
    return v if any(lemma_of(m) in ctx.lex.background_marks for m in marks) else None


def clause_place(ctx: Context, clause: Token) -> str | None:
    """The actor id of the one country the clause's own locative phrases name ("in Pakistan's
    Punjab province"), else None."""
    found: dict[str, str] = {}
    stack = [c for c in clause.children]
    while stack:
        t = stack.pop()
        if t.dep_ in _NESTED:
            continue
        stack.extend(t.children)
        m = ctx.mention(t)
        actor = ctx.actor(m.actor_id) if m is not None else None
        if m is None or actor is None or not actor.country or m.label not in _PLACE_LABELS:
            continue
        if in_scene_phrase(ctx, t):
            found.setdefault(actor.country, actor.id)
    return next(iter(found.values())) if len(found) == 1 else None


def _placed(ctx: Context, a: Arg, place: str) -> Arg:
    """``a`` with its countryless groups given the place's country: the group of that country the
    article knows ("sector:PAK:REL"), else the place itself."""
    if not a.ids or not all(_countryless(ctx, i) for i in a.ids):
        return a
    country = ctx.actor(place)
    code = country.country if country is not None else None
    ids: list[str] = []
    for i in a.ids:
        own = f"sector:{code}:{i.split(':', 1)[1]}"
        new = own if own in ctx.actors else place
        if new not in ids:
            ids.append(new)
    return Arg(tokens=a.tokens, ids=ids, spans=a.spans, named=a.named, via_modifier=a.via_modifier)


def _countryless(ctx: Context, aid: str) -> bool:
    actor = ctx.actor(aid)
    return actor is not None and aid.startswith("sector:") and not actor.country and not actor.members
