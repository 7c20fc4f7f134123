"""Places: where an event happened, the country of an unnamed perpetrator, and the targets found
through places."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...nlp import in_prepositional_phrase
from ...nlp.syntax import has_to, is_verb, village_name_shape
from .arguments import arg, from_mention, location, np_extent
from .predicates import noun_pattern, object_of
from .tokens import children_of, first_child, lemma_of, prep_objects
from .types import Arg, Context, Found


def place_of(ctx: Context, f: Found, sent: SpacySpan) -> str | None:
    """The place the event happened: a GPE/LOC/FAC named in a locative phrase of its clause."""
    anchors = [*f.pred, f.clause]
    best: SpacySpan | None = None
    for ent in ctx.pd.ents_in(sent):
        if ent.label_ not in ("GPE", "LOC", "FAC") and not misread_place(ctx, ent):
            continue
        cur = ent.root
        while cur.dep_ in ("compound", "conj", "appos") and cur.head.i != cur.i:
            cur = cur.head
        ok = False
        if cur.dep_ == "pobj" and lemma_of(cur.head) in ("in", "at", "near", "inside", "outside", "across", "into", "on", "around"):
            h = cur.head.head
            ok = h in anchors or (h.head in anchors and h.dep_ in ("dobj", "nsubjpass"))
        if ok:
            best = ent
            break
    if best is None:
        return None
    m = ctx.mention(best.root)
    actor = ctx.actor(m.actor_id) if m is not None else None
    if actor is not None and actor.country:
        return f"{best.text} ({actor.country})"
    return best.text


def misread_place(ctx: Context, ent: SpacySpan) -> bool:
    """A village name the recogniser gave another label (``misread_place_labels``: "in Kfar
    Sallum" a nationality): a proper name of two words or more, singular ("the Druze" or "Sunni
    Arabs" are people), itself a preposition's object, not a modifier ("in Israeli custody")."""
    return ent.label_.lower() in ctx.lex.misread_place_labels and village_name_shape(ent)


def custodian(ctx: Context, anchors: list[Token]) -> Arg:
    """Who holds the victim of an act of harm told with no doer, named by the place of custody the
    act happened in (``custody_nouns`` in a phrase of the act's clause, "while" included): "was
    beaten to death in Ukrainian custody", "died of torture in an Israeli jail", "tortured in the
    custody of Libyan militiamen", "in Hamas captivity"; nothing when none is named ("in custody")."""
    seen: set[int] = set()
    for a in anchors:
        for t in a.subtree:
            if t.i in seen or t.dep_ != "pobj" or lemma_of(t) not in ctx.lex.custody_nouns:
                continue
            seen.add(t.i)
            if not _phrase_of(t, a):
                continue
            for o in prep_objects(t, "of"):  # "in the custody of Libyan militiamen"
                got = arg(ctx, o, allow_vague=False)
                if got:
                    return got
            got = arg(ctx, t, deep=True, allow_vague=False)  # "Ugandan police custody", "an Israeli jail"
            if got:
                return got
    return Arg()


def _phrase_of(t: Token, anchor: Token) -> bool:
    """``t`` is the object of a preposition hung on ``anchor`` (or on an adverbial clause, "while
    in custody", or on an "of" phrase under it, "as a result of torture in custody")."""
    cur = t.head.head
    for _ in range(4):
        if cur.i == anchor.i:
            return True
        if cur.dep_ not in ("advcl", "advmod", "prep", "pobj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def scene(ctx: Context, f: Found) -> Arg:
    """The country an attack with no named perpetrator took place in, coded as its source (the
    PLOVER practice): the one country named by a place in a locative phrase of the clause
    ("near the town of Samarra", "outside of the Iraqi city of Basra", "in eastern Beirut")."""
    found: dict[str, Arg] = {}
    stack = [f.clause]
    while stack:
        t = stack.pop()
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "ccomp", "parataxis", "conj", "advcl"))
        m = ctx.mention(t)
        actor = ctx.actor(m.actor_id) if m is not None else None
        if actor is None or not actor.country or m is None:
            continue
        if m.label not in ("GPE", "LOC", "FAC") and not actor.id.startswith(("country:", "state:")):
            continue
        if actor.country not in found and in_scene_phrase(ctx, t) and not in_water_name(ctx, t):
            found[actor.country] = from_mention(ctx, m, t)
    return next(iter(found.values())) if len(found) == 1 else Arg()


def in_water_name(ctx: Context, tok: Token) -> bool:
    """"the Gulf of Finland", "the South China Sea": a sea, not the country it is named after."""
    water = ctx.data.water_features
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in water:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in water


def in_scene_phrase(ctx: Context, tok: Token) -> bool:
    return in_prepositional_phrase(tok, ctx.lex.scene_prepositions, lemma=True)


def own_country(ctx: Context, f: Found) -> Arg:
    """The source's own country as a target: the place-reading actor of that country when the
    article has one, else the source itself (its code gives the country)."""
    for aid in f.source.ids:
        actor = ctx.actor(aid)
        if actor is None or not actor.country:
            continue
        place = f"country:{actor.country}"
        obj = object_of(f.pred[0]) or f.pred[0]
        s, e = np_extent(obj)
        return Arg(tokens=[obj], ids=[place if place in ctx.actors else aid], spans=[(s, e)], named=True)
    return Arg()


def threat_target(ctx: Context, toks: list[Token]) -> Arg:
    """Whom a threat is aimed at when no object names it: the party whose action the threat
    depends on ("... if the United States goes ahead"), the one the threatened action is done
    to ("threatened to deliver blows to the United States"), or the place it would hit
    ("threatened to resume attacks in Israel")."""
    conditions = ctx.lex.conditional_marks
    clauses = [*toks, *(x for tok in toks for x in children_of(tok, "xcomp"))]
    for t in clauses:
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in c.children):
                got = arg(ctx, first_child(c, "nsubj", "nsubjpass"), allow_vague=False)
                if got.named:
                    return got
    for t in toks:
        comps = children_of(t, "xcomp") + [
            c for c in children_of(t, "advcl") if has_to(c)
        ]
        for x in comps:
            for o in [*children_of(x, "dobj", "dative"), *(o for p in ("against", "on", "to") for o in prep_objects(x, p))]:
                got = arg(ctx, o, deep=noun_pattern(ctx, o) is None, allow_vague=False)
                if got.named and got.ids:
                    return got
            loc = location(ctx, [x, *children_of(x, "dobj")])
            if loc:
                return loc
    return Arg()


def purpose_target(ctx: Context, f: Found) -> Arg:
    """Whom a protest is aimed at, from its purpose: "to protest against Sweden's decision",
    "in protest of the government's refusal", "calling for independence from Iraq"."""
    source_toks = {t.i for tok in f.source.tokens for t in tok.subtree}
    anchors = [f.clause, *f.pred, *f.extra]
    for a in anchors:
        for c in a.children:
            if c.dep_ not in ("advcl", "xcomp", "prep", "acl", "conj", "npadvmod", "dobj") or c.i in source_toks:
                continue
            if c.dep_ == "conj" and not is_verb(c):
                continue
            for t in c.subtree:
                if t.i in source_toks or t.dep_ not in ("pobj", "dobj", "poss", "compound", "amod", "appos"):
                    continue
                got = arg(ctx, t, allow_vague=False)
                if got and got.named:
                    return got
    return Arg()
