"""Threats named as a party's means (PLOVER THREATEN: "all threats, coercive or forceful warnings"; CAMEO 13): "the
president silenced his critics with lawsuits and threats", "officials used threats and bribes to win over the islands".
A noun of ``coerce_real_threat_nouns`` in the "with" phrase of an active verb (or a conjunct of it), or the object of
one of ``coerce_real_means_verbs``, is the verb's subject's threat, to the verb's object when that names a party. A
threat received or faced ("received death threats") is no means of the subject's; the passive ("was met with
threats") is left to the other constructions. Words: ``patterns.yaml`` ``coerce_real_threat_nouns``,
``coerce_real_means_verbs``; code: ``rules.yaml`` ``codes.answer_threat``."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import is_passive
from .arguments import arg
from .predicates import subject_arg
from .roles import source_token
from .tokens import children_of, first_child, form_in, prep_objects
from .types import Context, Found

_NOUN_PREPS = frozenset({"of", "against", "to", "from", "by"})


def threat_means(ctx: Context, t: Token) -> Found | None:
    """The THREATEN of threats named as the means of the active verb ``t`` (see the module), or None."""
    code = ctx.rules.answer_threat_code
    if not code or t.pos_ != "VERB" or is_passive(t):
        return None
    means = prep_objects(t, "with")
    if form_in(t, ctx.lex.coerce_real_means_verbs) is not None:
        means += children_of(t, "dobj")
    nouns = [n for m in means for n in (m, *children_of(m, "conj"))]
    if not any(form_in(n, ctx.lex.coerce_real_threat_nouns) is not None and not _own_phrase(n) for n in nouns):
        return None  # "with threats of violence": the act threatened, read by the noun's own constructions
    source = subject_arg(ctx, source_token(ctx, t))
    if not source.ids:
        return None
    obj = first_child(t, "dobj")
    target = arg(ctx, obj, allow_vague=False) if obj is not None and obj not in nouns else None
    return Found(cameo=code, pred=[t], clause=t, source=source, target=target or arg(ctx, None),
                 plover="THREATEN")


def _own_phrase(n: Token) -> bool:
    """The threat noun has a phrase naming its act, aim or maker ("threats of violence", "threats against X",
    "threats from militants"): read by the noun's own constructions, or another's threat."""
    return any(p.lower_ in _NOUN_PREPS for p in children_of(n, "prep"))


__all__ = ["threat_means"]
