"""An act whose outcome is told, not whether it happened: an event noun that is the subject of a verb of
outcome (``two_events_outcome_verbs``: "the blockade of the port did not work", "the offensive failed to
dislodge them", "the talks did not succeed") names an act that took place; a negation of the outcome verb
("did not work") is no negation of the act. The noun's clause is then the noun itself, not the outcome verb,
for its modality (speech and wrappers above are read as before).
Words: ``patterns.yaml`` ``two_events_outcome_verbs``."""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import lemma_of
from .types import Context


def outcome_subject(ctx: Context, n: Token) -> bool:
    """``n`` is the subject of a verb of ``two_events_outcome_verbs`` ("the blockade did not work")."""
    return n.dep_ == "nsubj" and lemma_of(n.head) in ctx.lex.two_events_outcome_verbs
