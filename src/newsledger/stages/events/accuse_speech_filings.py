"""A legal filing that states what a party did (PLOVER ACCUSE allege: "sue in court", "formally accuse"): "the
lawsuit contends that the ministry ignored the warnings", "the complaint argues that the firm misled investors",
"the indictment charges that the two men bribed officials". A filing (``filing_nouns``) as the subject of a verb of
stating (``accuse_speech_filing_verbs``) with a that-clause makes an allegation, as "the lawsuit alleges that" does
(``judgements.allegation``, which reads it for its filers, named or not); a report or a person saying so is no
filing. Words: ``patterns.yaml`` ``filing_nouns``, ``accuse_speech_filing_verbs``."""

from __future__ import annotations

from spacy.tokens import Token

from .tokens import form_in
from .types import Context


def filing_states(ctx: Context, v: Token, subj: Token) -> bool:
    """Whether ``v`` (with subject ``subj``) is a legal filing stating what it alleges."""
    return bool(form_in(v, ctx.lex.accuse_speech_filing_verbs)) and bool(form_in(subj, ctx.lex.filing_nouns))


__all__ = ["filing_states"]
