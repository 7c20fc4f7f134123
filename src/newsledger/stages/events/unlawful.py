"""An act a speaker tells as done unlawfully (PLOVER ACCUSE allege: "formally or informally accuse"):
a reported clause whose verb an adverb of ``unlawful_adverbs`` qualifies ("Mauritius argues it was
illegally forced to give up the islands", "the lawyers said the journalists were arbitrarily
detained", "Kyiv said Russia had unlawfully deported the children"). The speaker accuses the act's
doer: the active subject, or the "by" phrase of a passive (the passive's subject is the one wronged,
not the accused), else no party; the act itself stays an event of its own. An adverb of manner that
tells force, not a judgement ("forcibly expelled"), is not one of them.
Words: ``patterns.yaml`` ``unlawful_adverbs``; code: ``rules.yaml`` ``codes.blame``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ...nlp.syntax import is_passive
from .arguments import arg
from .judgements import reported_accusation
from .tokens import children_of, first_child, form_in, prep_objects
from .types import Arg, Context, Found

if TYPE_CHECKING:
    from .speech import Report


def unlawful_act(ctx: Context, clause: Token, rep: Report) -> Found | None:
    """The ACCUSE a reported clause ``clause`` makes by telling its act as done unlawfully; None
    when no adverb of ``unlawful_adverbs`` qualifies its verb (or the verb of its complement)."""
    verbs = [clause, *children_of(clause, "xcomp")]
    act = next((v for v in verbs if any(form_in(a, ctx.lex.unlawful_adverbs) for a in children_of(v, "advmod"))), None)
    if act is None:
        return None
    if is_passive(act):
        doer = next(iter(prep_objects(act, "by")), None)
    else:
        doer = first_child(act, "nsubj")
    target = arg(ctx, doer, allow_vague=False) if doer is not None else Arg()
    if set(target.ids) & set(rep.speaker.ids):
        target = Arg()
    return reported_accusation(ctx, ctx.rules.blame_code, act, clause, rep, target)


__all__ = ["unlawful_act"]
