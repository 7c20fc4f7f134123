"""Obligations told by a phrase rather than a modal auxiliary (PLOVER REQUEST: "all requests, demands,
and orders"; CAMEO 10 demand): "X has an obligation to V", "X is under an obligation to V", "it is time for
X to V", "the time has come for X to V". Told of another party in reported speech, each asks that party to act, as "X must V" does (``frames.modals``
reads them as its deontic fallback; ``speech.clause_acts`` and ``wrappers.deontic_request`` do the rest).
Words: ``patterns.yaml`` ``coerce_real_deontic_nouns`` (the noun of the obligation) and
``coerce_real_deontic_holders`` (the verb or preposition that holds it: "has", "under", "is", "has come")."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import has_to
from .tokens import lemma_of
from .types import Context

_NOUN_DEPS = ("dobj", "pobj", "attr", "nsubj")
_CLAUSE_DEPS = ("acl", "relcl", "advcl", "xcomp")


def coerce_real_deontic(ctx: Context, v: Token) -> str | None:
    """The deontic kind ("appeal") of a phrase around verb ``v``, or None: ``v`` is the holder of an obligation
    noun whose to-infinitive follows ("Azerbaijan had an obligation to withdraw"), or that infinitive itself."""
    if lemma_of(v) in ctx.lex.coerce_real_deontic_holders and (
            coerce_real_addressee(ctx, v) is not None or any(_obligation_noun(ctx, n) for n in _held_nouns(v))):
        return "appeal"
    return "appeal" if coerce_real_holder(ctx, v) is not None else None


def coerce_real_holder(ctx: Context, v: Token) -> Token | None:
    """The holder verb of the obligation whose to-infinitive ``v`` is ("had" of "had an obligation to
    withdraw", "is" of "is under an obligation to end", "come" of "the time has come for X to talk"), or None."""
    h = v.head
    if v.dep_ not in _CLAUSE_DEPS or not has_to(v) or h.i == v.i:
        return None
    if _obligation_noun(ctx, h):
        holder = h.head.head if h.head.dep_ == "prep" else h.head
        return holder if holder.pos_ in ("VERB", "AUX") else None
    if lemma_of(h) in ctx.lex.coerce_real_deontic_holders and any(  # "the time has come for X to V"
            lemma_of(c) in ctx.lex.coerce_real_deontic_nouns for c in h.children if c.dep_ in ("nsubj", "attr")):
        return h
    return None


def coerce_real_addressee(ctx: Context, clause: Token) -> Token | None:
    """Who is to act in an obligation clause whose holder is ``clause`` and names no party as its subject
    ("it is time for Ethiopia to talk": Ethiopia, the infinitive's own subject), or None."""
    for inf in [c for n in _held_nouns(clause) for c in n.children] + list(clause.children):
        if coerce_real_holder(ctx, inf) is not None:
            subj = next((c for c in inf.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def _held_nouns(v: Token) -> list[Token]:
    """The nouns a holder verb holds: its object or attribute, or the object of its preposition."""
    out = [c for c in v.children if c.dep_ in ("dobj", "attr", "nsubj")]
    return out + [o for p in v.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]


def _obligation_noun(ctx: Context, n: Token) -> bool:
    """``n`` is an obligation noun held by a holder word and followed by its to-infinitive ("an obligation
    to withdraw", "time for X to talk"): not a noun of another sentence role ("the time to go home was
    Monday" is held by no holder)."""
    if lemma_of(n) not in ctx.lex.coerce_real_deontic_nouns or n.dep_ not in _NOUN_DEPS:
        return False
    if lemma_of(n.head) not in ctx.lex.coerce_real_deontic_holders:
        return False
    return any(c.dep_ in _CLAUSE_DEPS and has_to(c) for c in n.children)


__all__ = ["coerce_real_addressee", "coerce_real_deontic", "coerce_real_holder"]
