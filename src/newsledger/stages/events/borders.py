"""The party a deployment faces across a border ("deployed troops along the border with Guyana",
"sent units to the Syrian border", "mobilised soldiers to reinforce its border with Belarus")."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg, location
from .lexicon import plover_of
from .tokens import children_of, lemma_of, prep_objects
from .types import Arg, Context, EventPattern, Found
from .verb_targets import across

# the modifiers of a boundary noun that name the party across it ("the Syrian border", "Iraq's border")
_SIDE_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def settle_deployment(ctx: Context, f: Found, pat: EventPattern | None) -> None:
    """Forces sent near a place with no recipient named are deployed, not given (the pattern's
    ``own_country_cameo``: "deployed troops near Kyiv"), and a deployment named with a border faces
    the party across it ("along the border with Guyana")."""
    if pat is not None and pat.own_country_cameo and facing_deployment(ctx, f):
        f.cameo = pat.own_country_cameo
        if not facing_country(ctx, f):  # the forces sent are no target; their place may be
            f.target = location(ctx, [f.clause, *f.pred, *children_of(f.pred[0], "dobj")])
    if plover_of(ctx.cameo, f) == "MOBILIZE" and (faced := border_party(ctx, f)):
        f.target = faced


def border_party(ctx: Context, f: Found) -> Arg:
    """The party across a boundary noun (``boundary_nouns``) that a force is sent to, along or
    near, or that its purpose clause names ("to reinforce its border with Y"): not the doer's own
    country; nothing when no such border is named."""
    home = _countries(ctx, f.source)
    for t in _boundary_words(ctx, f.pred[0]):
        got = across(ctx, t)
        if not got.named and t.dep_ == "dobj":  # "to reinforce its border with Y": "with" hung on the verb
            got = next((a for o in prep_objects(t.head, "with") if (a := arg(ctx, o, allow_vague=False)).named), Arg())
        if not got.named:
            sides = [m for m in t.children if m.dep_ in _SIDE_DEPS and m.pos_ != "PRON"]
            got = next((a for m in sides if (a := arg(ctx, m, allow_vague=False)).named), Arg())
        if got.named and got.ids and not _countries(ctx, got) <= home:
            return got
    return Arg()


def facing_deployment(ctx: Context, f: Found) -> bool:
    """Forces sent with no recipient named, to a place they face ("deployed troops near Kyiv",
    "along its border with Somalia"): a deployment, not military aid to the place's country."""
    v = f.pred[0]
    sent = set(children_of(v, "dobj", "nsubjpass"))  # "troops were deployed to": the passive's subject is sent
    # what a quantity sent counts is sent too ("deployed thousands of troops along X")
    sent |= {o for d in list(sent) if lemma_of(d) in ctx.lex.quantity_heads for o in prep_objects(d, "of")}
    if f.noun or (f.target.ids and not set(f.target.tokens) <= sent and not _places(ctx, f.target)):
        return False  # a recipient named ("sent troops to Mali"); the forces sent are none ("deployed troops")
    there = _countries(ctx, f.target)
    if there and there <= _countries(ctx, f.source):
        return False  # the doer's own forces, at home: a deployment already (``own_country_cameo``)
    places = [p for h in (v, *sent) for p in children_of(h, "prep")]  # "troops near X": on the verb or the forces
    return (any(p.lower_ in ctx.lex.facing_preps for p in places) or bool(_boundary_words(ctx, v))
            or (bool(sent) and any(_to_no_party(ctx, p) for p in children_of(v, "prep"))))


def _to_no_party(ctx: Context, p: Token) -> bool:
    """i16-coerce: forces sent "to" a place that is no party ("deployed troops to the region", "to the
    streets of Lima", "to Darfur"): a deployment; aid needs a recipient state or body ("to Haiti")."""
    if p.lower_ not in ctx.lex.destination_preps:
        return False
    objs = children_of(p, "pobj")
    got = [arg(ctx, o, allow_vague=False) for o in objs]
    return bool(objs) and not any(
        (act := ctx.actor(i)) is not None and act.type != "place" for a in got for i in a.ids)


def facing_country(ctx: Context, f: Found) -> bool:
    """The forces sent, named as the target, are placed in a country other than the doer's ("troops
    near Vilnius": the actor stage reads them as in Lithuania): the country they face."""
    there = _countries(ctx, f.target)
    return bool(there) and not there <= _countries(ctx, f.source)


def _boundary_words(ctx: Context, v: Token) -> list[Token]:
    """The boundary nouns in the place phrases of ``v`` and of its purpose clause, or its object."""
    heads = [v, *children_of(v, "xcomp", "advcl")]
    # a place phrase the parser hung on the forces sent is the verb's ("deployed thousands of troops along X's border")
    words = [o for h in (*heads, *children_of(v, "dobj")) for p in children_of(h, "prep") for o in children_of(p, "pobj")]
    words += [o for h in heads[1:] for o in children_of(h, "dobj")]
    return [w for w in words if lemma_of(w) in ctx.lex.boundary_nouns]


def _places(ctx: Context, a: Arg) -> bool:
    """Every actor of ``a`` is a place, no party ("the Middle East", "Borno state")."""
    return bool(a.ids) and all((act := ctx.actor(i)) is not None and act.type == "place" for i in a.ids)


def _countries(ctx: Context, a: Arg) -> set[str]:
    return {c for i in a.ids if (act := ctx.actor(i)) is not None and (c := act.country)}
