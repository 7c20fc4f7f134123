"""Responsibility laid on a named party (PLOVER ACCUSE allege: "formally or informally accuse"; disapprove:
"criticize ... responsible parties"), told by a verb that gives blame rather than the verb "blame":

- a party held to blame by a verb of ``accuse_judge_holding_verbs`` with the party as its object and a word of
  ``blame_words`` or ``accuse_judge_liable_words`` as its predicative ("Iran held Washington responsible for the
  strike", "holds Russia accountable");
- blame put on a party: a verb of ``accuse_judge_placing_verbs`` whose object is one of ``responsibility_nouns``,
  the party after "on" or "upon" ("put the blame for the cuts on Hezbollah", "pinned the blame on Kyiv");
- a reported clause telling where the fault lies: a verb of ``accuse_judge_lying_verbs`` whose subject is one of
  ``accuse_judge_fault_nouns`` and the party after "with" ("said the fault lay with the Tigrayan leaders").

The holder or placer (or the speaker) accuses the party; never its own party, never with no party named; a court's
ruling of liability (``accuse_judge_ruling_nouns``) and blame promised ("will hold X responsible") are none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .arguments import arg
from .judgements import accusation, judged_party, reported_accusation
from .tokens import children_of, first_child, form_in
from .types import Arg, Context, Found

if TYPE_CHECKING:
    from .speech import Report

_ON = ("on", "upon")


def laid_blame(ctx: Context, v: Token) -> Found | None:
    """The ACCUSE a verb of holding or placing blame makes, from its subject to the party held or blamed; None."""
    lex = ctx.lex
    subj = first_child(v, "nsubj")
    obj = first_child(v, "dobj")
    if subj is None or any(c.dep_ == "neg" or c.tag_ == "MD" for c in v.children):
        return None  # "will hold Washington responsible": a warning, not blame laid
    if form_in(subj, lex.accuse_judge_ruling_nouns):
        return None  # "the court held the company responsible": a ruling of liability, no accusation
    if form_in(v, lex.accuse_judge_holding_verbs):
        party = _held(ctx, v, obj)
        if party is None:
            return None
    elif obj is not None and form_in(v, lex.accuse_judge_placing_verbs) and form_in(obj, lex.responsibility_nouns):
        party = next((o for p in v.subtree if p.dep_ == "prep" and p.lower_ in _ON and p.i > obj.i
                      for o in children_of(p, "pobj")), None)
        if party is None:
            return None
    else:
        return None
    source = arg(ctx, subj, allow_vague=False)
    target = judged_party(ctx, party)
    if not source or not target.ids or set(target.ids) & set(source.ids):
        return None
    return accusation(ctx, ctx.rules.blame_code, [v], v, source, target)


def _held(ctx: Context, v: Token, obj: Token | None) -> Token | None:
    """The party a verb of holding holds to blame: its object with a predicative of ``blame_words`` or
    ``accuse_judge_liable_words`` ("held Washington responsible"), or the subject the parser gave that word
    ("holds Moscow responsible" read as a small clause); None."""
    lex = ctx.lex

    def blaming(w: Token) -> bool:
        return bool(form_in(w, lex.blame_words) or form_in(w, lex.accuse_judge_liable_words))

    said = children_of(v, "oprd", "acomp", "xcomp", "ccomp")
    if obj is not None:
        return obj if any(blaming(w) for w in said + children_of(obj, "amod", "acomp", "oprd")) else None
    return next((s for w in said if blaming(w) for s in children_of(w, "nsubj") if s.i < w.i), None)


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


__all__ = ["fault_lies", "laid_blame"]
