"""Ranked doers: "X was the first to condemn Y", "became the latest country to expel Z", "was the
only state to vote against Y". An infinitive on a ranked predicate noun or adjective of a copula
(``rank_words`` of ``data/events/patterns.yaml``: "first", "latest", "only") tells the act as done
by the copula's subject: being the first to do a thing is doing it. So its doer is that subject and
it is no purpose or relative clause but the copula's own report, under the copula's modals and
speech ("said Kenya would be the first to ..." is to come)."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import has_to, is_verb
from .tokens import first_child
from .types import Context


def ranked_copula(ctx: Context, v: Token) -> Token | None:
    """The copula whose ranked predicate ``v`` (a subjectless to-infinitive) completes, or None."""
    if v.tag_ != "VB" or not has_to(v) or first_child(v, "nsubj", "nsubjpass") is not None:
        return None
    if v.dep_ in ("relcl", "acl"):
        pred: Token | None = v.head
    elif v.dep_ == "advcl":
        pred = first_child(v.head, "attr")  # "became the latest country to expel": hung on the verb
        if pred is not None and pred.i > v.i:
            return None
    else:
        return None
    if pred is None or pred.dep_ != "attr" or not is_verb(pred.head):
        return None
    ranks = ctx.lex.rank_words
    if pred.lower_ in ranks or any(c.dep_ in ("amod", "advmod") and c.lower_ in ranks for c in pred.children):
        return pred.head
    return None


def ranked_doer(ctx: Context, v: Token) -> Token | None:
    """The subject of the copula whose ranked predicate ``v`` completes ("Kenya" in "Kenya was the
    first to condemn Y"), or None."""
    copula = ranked_copula(ctx, v)
    return first_child(copula, "nsubj") if copula is not None else None


__all__ = ["ranked_copula", "ranked_doer"]
