"""Wrongdoing reported as a charge (PLOVER ACCUSE allege: "formally or informally accuse"; the codebook's
investigations "of war crimes or human rights abuses"): a reported clause that tells a named party's crime committed
(a verb of ``accuse_judge_crime_verbs`` with an object of ``accuse_judge_crime_nouns``: "told the court that Israel
was committing genocide", "said the army had carried out mass executions") is an accusation by its speaker, beside
the act it tells. The accused is the clause's subject, a party other than the speaker's. Abuse told with no word of
crime ("Human Rights Watch said the police had tortured refugees") tells the act only: the PLOVER gold codes it as
the assault alone (a watchdog reading was tried and dropped: it lowered the PLOVER harness's tune precision).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .judgements import judged_party, reported_accusation
from .tokens import children_of, first_child, form_in
from .types import Context, Found

if TYPE_CHECKING:
    from .speech import Report


def reported_charge(ctx: Context, clause: Token, rep: Report) -> Found | None:
    """The ACCUSE a reported clause makes by telling a named party's crime committed; None."""
    lex = ctx.lex
    doer = first_child(clause, "nsubj")
    if doer is None or any(c.dep_ == "neg" for c in clause.children):
        return None
    if not form_in(clause, lex.accuse_judge_crime_verbs) or not any(
            form_in(o, lex.accuse_judge_crime_nouns) for o in children_of(clause, "dobj")):
        return None
    target = judged_party(ctx, doer)
    if not target.ids or set(target.ids) & set(rep.speaker.ids):
        return None
    return reported_accusation(ctx, ctx.rules.blame_code, clause, clause, rep, target)


__all__ = ["reported_charge"]
