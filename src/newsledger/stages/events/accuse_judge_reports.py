"""Wrongdoing reported as a charge (PLOVER ACCUSE allege: "formally or informally accuse"; the codebook's
investigations "of war crimes or human rights abuses"): a reported clause that tells a named party's abuses is an
accusation by its speaker, beside the act it tells:

- a crime committed (a verb of ``accuse_judge_crime_verbs`` with an object of ``accuse_judge_crime_nouns``: "told
  the court that Israel was committing genocide", "said the army had carried out mass executions"), whoever says it;
- abuse told by a watchdog (a speaker named by a word of ``accuse_judge_watchdog_words``: "Amnesty International said
  Egyptian police had tortured protesters", "rights groups say the militia raped women") with a verb of
  ``accuse_judge_abuse_verbs``; a government telling what an enemy did ("Ukraine said Russian troops shelled the
  hospital") tells the act, no charge.

The accused is the clause's subject, a party other than the speaker's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .judgements import judged_party, reported_accusation
from .tokens import children_of, first_child, form_in
from .types import Arg, Context, Found

if TYPE_CHECKING:
    from .speech import Report


def reported_charge(ctx: Context, clause: Token, rep: Report) -> Found | None:
    """The ACCUSE a reported clause makes by telling a named party's crime or (from a watchdog) its abuse; None."""
    lex = ctx.lex
    doer = first_child(clause, "nsubj")
    if doer is None or any(c.dep_ == "neg" for c in clause.children):
        return None
    crime = form_in(clause, lex.accuse_judge_crime_verbs) and any(
        form_in(o, lex.accuse_judge_crime_nouns) for o in children_of(clause, "dobj"))
    abuse = form_in(clause, lex.accuse_judge_abuse_verbs) and watchdog(ctx, rep.speaker)
    if not (crime or abuse):
        return None
    target = judged_party(ctx, doer)
    if not target.ids or set(target.ids) & set(rep.speaker.ids):
        return None
    return reported_accusation(ctx, ctx.rules.blame_code, clause, clause, rep, target)


def watchdog(ctx: Context, speaker: Arg) -> bool:
    """A speaker named as a rights group, a watchdog or investigators ("Human Rights Watch", "Amnesty
    International", "rights groups", "U.N. investigators"): a word of ``accuse_judge_watchdog_words`` heading it or
    in the words before its head."""
    words = ctx.lex.accuse_judge_watchdog_words
    return any(form_in(w, words) for head in speaker.tokens for w in head.subtree if w.i <= head.i)


__all__ = ["reported_charge", "watchdog"]
