"""Figurative attacks: a word of attack or war said of a thing done, as the predicate of a copula or what a
naming verb calls it ("said the ban was a blatant attack on humanitarian work", "called the law an assault on
press freedom", "said the sanctions were an act of economic warfare", "the draft is a clear rejection of the
country's identity") is a judgement of it (PLOVER ACCUSE disapprove), no attack told: what it is against is
a value or an institution, no party, place or people.
Words: ``patterns.yaml`` ``figurative_attacks``, ``figurative_preps``, ``act_nouns``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .lexicon import pattern_plover
from .predicates import noun_pattern
from .tokens import children_of, first_child, form_in, prep_objects
from .types import Context

# the dependents that hold what a copula says its subject is, or what a naming verb calls its object
_PREDICATE_DEPS = ("attr", "oprd", "xcomp", "dobj", "pobj")
_FORCE = ("ASSAULT", "COERCE")  # the PLOVER types of acts of force


def figurative_attack(ctx: Context, n: Token) -> bool:
    """Whether ``n``, one of ``figurative_attacks`` (or an act noun of ``act_nouns`` whose "of" phrase is one:
    "an act of economic warfare"), is a predicate of judgement whose object after one of ``figurative_preps``
    names no actor, place or people ("an attack on democracy"), or that has none ("an act of warfare")."""
    lex = ctx.lex
    word = n
    if form_in(n, lex.act_nouns) is not None:
        inner = next((o for o in prep_objects(n, "of") if form_in(o, lex.figurative_attacks)), None)
        if inner is None:
            return False
        word = inner
    elif form_in(n, lex.figurative_attacks) is None:
        return False
    if not _predicate(n) or _violent_judged(ctx, n):
        return False
    objs = [o for p in lex.figurative_preps for o in prep_objects(word, p)]
    if word is n and not objs:
        return False  # "said the raid was an attack": the act itself, not a judgement of it
    return all(_no_party(ctx, o) for o in objs)


def _predicate(n: Token) -> bool:
    """``n`` says what a copula's subject is ("was an attack on") or what a naming verb calls its object
    ("called the law an assault on", "described the ban as an attack on")."""
    head = n.head
    if n.dep_ == "pobj" and head.lower_ == "as":
        return True
    if n.dep_ not in _PREDICATE_DEPS or n.dep_ == "pobj":
        return False
    return head.lemma_ == "be" if n.dep_ == "attr" else n.dep_ != "dobj" or any(
        c.dep_ == "dobj" and c.i < n.i for c in head.children)


def _violent_judged(ctx: Context, n: Token) -> bool:
    """The thing ``n`` is said of is itself an act of force ("said the shooting was an attack on the village"):
    the attack is the act told, not a judgement of a measure."""
    head = n.head.head if n.dep_ == "pobj" else n.head
    judged = first_child(head, "nsubj", "nsubjpass") if head.lemma_ == "be" else first_child(head, "dobj")
    if judged is None or judged.i == n.i:
        return False
    pat = noun_pattern(ctx, judged)
    return pat is not None and pattern_plover(ctx.cameo, pat) in _FORCE


def _no_party(ctx: Context, o: Token) -> bool:
    """What an attack is said to be against names no party, place or people (a value, a right, a work)."""
    if o.ent_type_ in ("GPE", "LOC", "NORP", "ORG", "PERSON", "FAC"):
        return False
    if form_in(o, ctx.lex.actor_nouns) is not None:
        return False
    if o.pos_ == "PROPN" or any(c.ent_type_ in ("GPE", "NORP") for c in children_of(o, "compound", "amod")):
        return False  # "an attack on Kenyan soldiers", "on the Jenin camp"
    return not arg(ctx, o, allow_vague=False).ids or any(c.dep_ == "poss" for c in o.children)
