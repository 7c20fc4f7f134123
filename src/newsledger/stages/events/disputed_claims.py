"""Claims rejected with no owner named ("Islamic Jihad dismissed the claims, accusing Israel of ...", "the
ministry rejected the allegations"): a REJECT (PLOVER: its target is the party whose claim, proposal or
demand is rejected) of the party whose claims they were, which the sentence tells by the party its
accusing participle or conjunct accuses ("..., accusing Israel of ...", "... and blamed the army"), else of
no one; never of the rejecter's own country, as a domestic event with no target would be coded.
Words: ``patterns.yaml`` ``disputed_claim_nouns``, ``accusing_verbs``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .lexicon import plover_of
from .tokens import first_child, form_in
from .types import Arg, Context, Found

OWNER_DEPS = ("poss",)  # "Israel's claims": an owner named
OWNER_PREPS = ("of", "by", "from")  # "the claims of the army", "the allegations by the ministry"


def disputed_claim_target(ctx: Context, f: Found) -> Arg | None:
    """The target of ``f`` when it rejects claims no owner of which it names (an empty ``Arg`` when the
    sentence tells no accused party); None when ``f`` is no such rejection."""
    if plover_of(ctx.cameo, f) != "REJECT" or f.noun or f.target.ids:
        return None
    verb = f.pred[0]
    obj = first_child(verb, "dobj")
    if obj is None or form_in(obj, ctx.lex.disputed_claim_nouns) is None or _owned(obj):
        return None
    for clause in _accusing_clauses(ctx, verb):
        accused = first_child(clause, "dobj")
        got = arg(ctx, accused, allow_vague=False) if accused is not None else Arg()
        if got.ids:
            return got  # "dismissed the claims, accusing Israel of ...": Israel's claims
    return Arg()


def _owned(noun: Token) -> bool:
    return any(c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ in OWNER_PREPS) for c in noun.children)


def _accusing_clauses(ctx: Context, verb: Token) -> list[Token]:
    """The verbs of ``accusing_verbs`` hung on ``verb`` as a participle or a conjunct."""
    return [c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and form_in(c, ctx.lex.accusing_verbs)]


__all__ = ["disputed_claim_target"]
