"""People held in custody (PLOVER COERCE arrest: "arrest or detain people"; CAMEO 173): a verb of holding
(``holding_verbs``: "hold", "keep", "confine") whose "in" or "at" phrase is a place or state of custody (its head or
a word before it with its head, one of ``holding_places``): "Lai has been held in solitary confinement since 2020", "a million
people have been confined in internment camps", "the authorities kept the activist in detention for a year". The
holder (the active subject or a passive's "by" phrase) is the source, the people held the target. A place of no
custody ("held in high regard", "the talks were held in Geneva", "kept in a safe") is none; captivity is a
hostage-taking's, not a state's detention, and is not a word of the list. Words: ``patterns.yaml``
``holding_verbs``, ``holding_places``; code: ``rules.yaml`` ``codes.custody_hold``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ...nlp.syntax import is_passive
from .arguments import arg
from .roles import source_token
from .tokens import first_child, form_in, lemma_of, prep_objects
from .types import Arg, Context, Found


def custody_hold(ctx: Context, v: Token) -> Found | None:
    """The COERCE of holding the object (or a passive's subject) of ``v`` in custody; None unless ``v`` is one of
    ``holding_verbs``, names whom it holds, and its "in"/"at" phrase is a place of custody."""
    code = ctx.rules.custody_hold_code
    if not code or form_in(v, ctx.lex.holding_verbs) is None:
        return None
    return people_placed(ctx, v, code, ("in", "at"), lambda d: _custody(ctx, d), by_modifier=False)


def people_placed(ctx: Context, v: Token, code: str, preps: tuple[str, ...], custody: Callable[[Token], bool],
                  by_modifier: bool = True) -> Found | None:
    """The COERCE of ``v`` putting people (its object, or a passive's subject) in a place of custody (a phrase of
    ``preps`` that ``custody`` accepts): its doer the source, the people the target; None when ``v`` is negated,
    names no people (with ``by_modifier`` False, not even through a modifier: "the Nigerian archives") or no such
    place. Shared by people held (``custody_hold``) and people moved into custody (``custody_transfers``)."""
    if any(c.dep_ == "neg" for c in v.children):
        return None
    people = first_child(v, "nsubjpass") if is_passive(v) else first_child(v, "dobj")
    if people is None or not any(custody(d) for p in preps for d in prep_objects(v, p)):
        return None
    target = arg(ctx, people)
    if not target or (target.via_modifier and not by_modifier):
        return None  # "sent the files to the prison", "the archives are kept in a prison": no people
    doer = source_token(ctx, v)
    source = arg(ctx, doer, allow_vague=False) if doer is not None else Arg()
    return Found(cameo=code, pred=[v], clause=v, source=source, target=target)


def _custody(ctx: Context, d: Token) -> bool:
    """``d`` names a place or state of custody: its head, or a word before it with its head, is one of
    ``holding_places`` ("detention", "internment camps"; not "a prison building")."""
    places = ctx.lex.holding_places
    if lemma_of(d) in places or d.lower_ in places:
        return True
    return any(f"{c.lower_} {lemma_of(d)}" in places for c in d.children if c.dep_ in ("compound", "amod") and c.i < d.i)


__all__ = ["custody_hold", "people_placed"]
