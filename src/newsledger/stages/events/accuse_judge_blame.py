"""Responsibility laid on a named party in a reported clause (PLOVER ACCUSE allege: "formally or informally
accuse"): a verb of ``accuse_judge_lying_verbs`` whose subject is one of ``accuse_judge_fault_nouns`` and the party
after "with" ("said the fault lay with the Tigrayan leaders"): the speaker accuses the party, never its own.
("held X responsible" and "put the blame on X" are ``reports.yaml``'s responsibility_held / blame_placed, a claim of
responsibility: a reading of them as ACCUSE was tried and dropped, as it broke those constructions.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .judgements import judged_party, reported_accusation
from .tokens import children_of, first_child, form_in
from .types import Arg, Context, Found

if TYPE_CHECKING:
    from .speech import Report


def fault_lies(ctx: Context, clause: Token, rep: Report) -> Found | None:
    """"said the fault lay with X": the speaker accuses X; None for any other clause."""
    lex = ctx.lex
    subj = first_child(clause, "nsubj")
    if subj is None or not form_in(clause, lex.accuse_judge_lying_verbs) or not form_in(subj, lex.accuse_judge_fault_nouns):
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    party = next((o for p in children_of(clause, "prep") if p.lower_ == "with" for o in children_of(p, "pobj")), None)
    target = judged_party(ctx, party) if party is not None else Arg()
    if not target.ids or set(target.ids) & set(rep.speaker.ids):
        return None
    return reported_accusation(ctx, ctx.rules.blame_code, clause, clause, rep, target)


__all__ = ["fault_lies"]
