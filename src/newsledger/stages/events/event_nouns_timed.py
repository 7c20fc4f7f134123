"""A preposition of time the parser took for a participle (issue 16, event nouns): "schools closed following the
Russian missile strike on the capital", where "following" hangs on the verb as an adverbial participle with the
attack noun its object. A participle of ``event_nouns_participle_preps`` with no subject or auxiliary of its own is
the preposition: its object is the object of a phrase of time (``timed_acts.py``), an attack told as done beside the
sentence's own act. A participle with a subject or an auxiliary is a verb ("the police were following the
suspects"). The report constructions read the noun as a verb's object, its clause's subject its doer and a party
before it its victim; as a phrase of time it has the parties of any event noun (``roles.noun_args``): a
nationality adjective, a possessor or a "by" phrase its doer, its "on" or "against" phrase its target; a party
the report found outside the phrase is no party of it."""

from __future__ import annotations

from spacy.tokens import Token

from .predicates import noun_pattern
from .roles import noun_args
from .types import Arg, Context, Found

PARTICIPLE_DEPS = frozenset({"advcl", "acl", "xcomp", "prep"})


def participle_prep(ctx: Context, tok: Token) -> bool:
    """``tok`` is a preposition of time parsed as a participle (see the module's doc)."""
    return (tok.lower_ in ctx.lex.event_nouns_participle_preps and tok.tag_ == "VBG" and tok.dep_ in PARTICIPLE_DEPS
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children))


def time_phrase_objects(ctx: Context, prep: Token) -> list[Token]:
    """The objects of a phrase of time: a preposition's, or a participle preposition's (its direct object)."""
    dep = "dobj" if participle_prep(ctx, prep) else "pobj"
    return [c for c in prep.children if c.dep_ == dep]


def phrase_parties(ctx: Context, noun: Token, found: Found) -> None:
    """The parties of an attack ``found`` on ``noun``, the object of a participle preposition (see the module's
    doc): the noun's own doer and target; a party of the report's reading only when inside the phrase."""
    inside = {t.i for t in noun.subtree}
    pat = noun_pattern(ctx, noun)
    source, target = noun_args(ctx, noun, pat)[:2] if pat is not None else (Arg(), Arg())
    if not (source.ids and source.named):
        source = found.source if _within(found.source, inside) else Arg()
    old = found.target if _within(found.target, inside) and not set(source.ids) & set(found.target.ids) else Arg()
    found.source = source
    found.target = target if target.ids else old
    found.source_from_place = found.target_from_source = False


def _within(a: Arg, inside: set[int]) -> bool:
    return bool(a.tokens) and all(t.i in inside for t in a.tokens)


__all__ = ["participle_prep", "phrase_parties", "time_phrase_objects"]
