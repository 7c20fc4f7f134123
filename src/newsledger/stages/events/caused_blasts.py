"""Who a blast is told as caused by: an explosion, blast or strike said to have been caused by a weapon
or its launch ("the blast was caused by a failed rocket launch by Islamic Jihad", "the explosion was
caused by a Russian missile", "a misfired rocket fired by Hamas") was done by whoever owns the weapon,
named in a "by" phrase on it, a participle "fired / launched by", or its possessor or nationality.
This is the claim at the heart of disputed strikes: each side names another doer of the same blast,
and the ledger keeps each account's doer with its claimant. A cause that is no weapon ("caused by an
electrical fault") names no doer.

Words: ``patterns.yaml`` ``cause_verbs`` (the verbs of causing), ``cause_weapon_nouns`` (the weapons
and launches that have an owner); ``rules.yaml`` ``codes.weapon_blast`` (the CAMEO code of a blast so caused)."""

from __future__ import annotations

from spacy.tokens import Token

from ...records import NOT_PLOVER
from .arguments import arg
from .tokens import form_in, lemma_of, prep_objects
from .types import Arg, Context, Found


def weapon_owner_source(ctx: Context, f: Found) -> None:
    """Give an event noun with no doer the owner of the weapon its clause says caused it; a blast
    read as a disaster (no PLOVER type) becomes an assault (``rules.yaml`` ``codes.weapon_blast``)."""
    n = f.pred[0]
    if f.source or not f.noun or n.dep_ != "nsubjpass" or form_in(n.head, ctx.lex.cause_verbs) is None:
        return
    weapon = next(iter(prep_objects(n.head, "by")), None)
    if weapon is None or lemma_of(weapon) not in ctx.lex.cause_weapon_nouns:
        return
    owner = _owner(ctx, weapon)
    if not owner:
        return
    f.source = owner
    if f.plover == NOT_PLOVER and ctx.rules.weapon_blast_code:  # a blast read as a disaster: now an assault
        f.cameo, f.plover = ctx.rules.weapon_blast_code, None


def _owner(ctx: Context, weapon: Token) -> Arg:
    """Whose the weapon is: a "by" phrase on it ("a launch by Islamic Jihad"), the agent of a participle
    on it ("a rocket fired by Hamas"), its possessor or a name before it ("a Russian missile", "Hamas's
    rocket")."""
    for o in prep_objects(weapon, "by"):
        if (got := arg(ctx, o, allow_vague=False)) and got.named:
            return got
    for p in weapon.children:
        if p.dep_ == "acl" and p.tag_ == "VBN":
            for o in prep_objects(p, "by"):
                if (got := arg(ctx, o, allow_vague=False)) and got.named:
                    return got
    mods = [m for m in weapon.children if m.dep_ in ("poss", "amod", "compound", "nmod") and m.i < weapon.i]
    mods += [m for x in mods for m in x.children if m.dep_ in ("poss", "amod", "compound") and m.i < x.i]
    for m in sorted(mods, key=lambda x: (x.dep_ != "poss", x.i)):
        if (got := arg(ctx, m, allow_vague=False)) and got.named:
            return got
    return Arg()


__all__ = ["weapon_owner_source"]
