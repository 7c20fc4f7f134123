"""Victims: whose people an attack hurt.

The actor stage gives a generic group ("children", "civilians", "several thousand people") the
country of an actor near it when its own words name none. For the target of an ASSAULT that guess
is dangerous: the nearest actor is often the attacker, so the victims would take the attacker's
nationality. A victim group says whose people it is only when its own noun phrase says it (a
demonym, a country, a possessor: "Syrian children", "children in Aleppo", "their children");
otherwise its country comes from where the attack happened: a place named in a locative phrase of
the attack's sentence, or of up to ``victim_place_window`` sentences before it (``rules.yaml``).
A place in the attacker's own country confirms the guess (a government's violence at home). With
no such place the group keeps no actor (its words stay
as the target's span): nothing is said about whose people they were.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...records import Actor
from .arguments import np_extent
from .lexicon import plover_of
from .places import in_scene_phrase
from .types import Arg, Context, Found

PLACE_LABELS = ("GPE", "LOC", "FAC")
STATED_LABELS = ("NORP", "GPE", "LOC")


def assign_victims(ctx: Context, found: list[Found]) -> None:
    """Give the generic victim groups of each ASSAULT the country its words or place say, never
    the attacker's by guess (in place)."""
    for f in found:
        if plover_of(ctx.cameo, f) != "ASSAULT" or not f.target.ids or f.source_from_place:
            continue  # a source read from the place is where it happened, not who attacked
        attacker = _countries(ctx, f.source.ids)
        if not attacker:
            continue
        guessed = [aid for t in f.target.tokens if (aid := _guessed_group(ctx, t, attacker)) is not None]
        if not guessed:
            continue
        place = victim_place(ctx, f)
        place_actor = ctx.actor(place)
        if place_actor is not None and place_actor.country in attacker:
            continue  # the place says they are the attacker's country's people: the guess stands
        ids = [i for i in f.target.ids if i not in guessed]
        if place is not None and place not in ids:
            ids.append(place)
        f.target = Arg(tokens=f.target.tokens, ids=ids, spans=f.target.spans, named=f.target.named,
                       via_modifier=f.target.via_modifier)


def _countries(ctx: Context, ids: list[str]) -> set[str]:
    out: set[str] = set()
    for aid in ids:
        actor = ctx.actor(aid)
        if actor is not None and actor.country:
            out.add(actor.country)
        elif actor is not None:
            out.update(ctx.actors[m].country or "" for m in actor.members if m in ctx.actors)
    out.discard("")
    return out


def _guessed_group(ctx: Context, tok: Token, attacker: set[str]) -> str | None:
    """The actor id of a generic group whose attacker's country its own words do not state."""
    m = ctx.mention(tok)
    actor = ctx.actor(m.actor_id) if m is not None else None
    if m is None or actor is None or not _generic_group(actor) or actor.country not in attacker:
        return None
    return None if stated(ctx, tok, actor.country) else actor.id


def _generic_group(actor: Actor) -> bool:
    return actor.type == "group" and actor.id.startswith("sector:") and bool(actor.country)


def stated(ctx: Context, tok: Token, country: str | None) -> bool:
    """Whether the group's own noun phrase says it is ``country``'s people: the head is a demonym
    ("Israelis"), a possessor ("their children"), or a demonym or place among its words that names
    that country ("Syrian children"; "children in Aleppo" states Syria's, not another's)."""
    if tok.ent_type_ == "NORP" or any(c.dep_ == "poss" for c in tok.children):
        return True
    start, end = np_extent(tok)
    for t in ctx.doc[tok.left_edge.i:tok.right_edge.i + 1]:
        if t.i == tok.i or not (start <= t.idx < end) or not _names_a_place_or_people(t):
            continue
        m = ctx.mention(t)
        actor = ctx.actor(m.actor_id) if m is not None else None
        if actor is None or not actor.country or actor.country == country:
            return True
    return False


def _names_a_place_or_people(t: Token) -> bool:
    """A demonym or place word: tagged so, or a proper noun or capitalised adjective inside the
    sentence ("Azerbaijani", which a small model may tag as a person)."""
    if t.ent_type_ in STATED_LABELS:
        return True
    return not t.is_sent_start and (t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.is_title))


def victim_place(ctx: Context, f: Found) -> str | None:
    """The actor of the place the attack happened (the attacker's own country too: a place says
    whose people they are): named in a locative phrase of the attack's sentence, else the nearest
    one in the sentences before."""
    pd = ctx.pd
    here = pd.sentence_index(f.pred[0].idx)
    first = max(here - ctx.rules.victim_place_window, 0)
    lo = pd.sentences[first].start if pd.sentences else 0
    hi = pd.sentences[here].end if here < len(pd.sentences) else len(pd.text)
    best: tuple[int, int, str] | None = None  # (same sentence, start, actor id)
    for m in ctx.layer.mentions:
        if not (lo <= m.start < hi) or m.label not in PLACE_LABELS:
            continue
        actor = ctx.actor(m.actor_id)
        if actor is None or not actor.country:
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not in_scene_phrase(ctx, span.root):
            continue
        key = (int(pd.sentence_index(m.start) == here), m.start if m.start < f.pred[0].idx else -m.start, actor.id)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    code = ctx.actor(best[2])
    civilians = f"sector:{code.country}:CVL" if code is not None else ""
    return civilians if civilians in ctx.actors else best[2]
