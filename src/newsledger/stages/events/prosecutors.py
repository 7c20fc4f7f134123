"""A prosecutor's statement of what a defendant did is a legal accusation (PLOVER ACCUSE allege: "accuse formally"):
"prosecutors say the two men hired a gunman", "federal prosecutor Jane Doe said the company bribed officials". The
speaker (a word of ``prosecutor_nouns``, or a name with one as its title) accuses the active subject of the clause
said, as a critic does (:func:`.judgements.allegation`), unless both are of one country; a clause that tells what was done to its subject ("prosecutors
said the men were arrested in May") accuses no one, nor one that tells what a body of law and order did (an actor of
one of ``law_sectors``: "prosecutors said the police were investigating"). A legal filing that alleges ("the lawsuit alleges that the ministry
broke the law") makes its allegation for filers it need not name. Words: ``patterns.yaml`` ``prosecutor_nouns``,
``filing_nouns``, ``law_sectors``."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .tokens import children_of, first_child, form_in
from .types import Arg, Context, Found


def prosecutor_alleges(ctx: Context, v: Token, subj: Token, content: Token) -> bool:
    """``v``, a speech verb whose subject ``subj`` is a prosecutor, says what the active subject of ``content``
    did."""
    accused = first_child(content, "nsubj")
    if form_in(v, ctx.lex.speech_verbs) is None or accused is None:
        return False
    if not any(form_in(t, ctx.lex.prosecutor_nouns) is not None for t in [subj, *children_of(subj, "compound", "appos")]):
        return False
    said = arg(ctx, accused)
    if any((x := ctx.actor(i)) is not None and {c.lower() for c in x.sectors} & ctx.lex.law_sectors for i in said.ids):
        return False  # "prosecutors said the police were investigating", "the court opened an inquiry": law at work
    # "Kyiv requested ..., Ukrainian prosecutors said": what the prosecutors' own state did is no accusation
    return not _countries(ctx, arg(ctx, subj), stated=True) & _countries(ctx, said, stated=False)


def _countries(ctx: Context, a: Arg, stated: bool) -> set[str]:
    """The countries of the actors of ``a``; with ``stated``, not a person's (whose country the actor stage may
    have guessed from the article: a prosecutor named is no state's voice here)."""
    actors = [x for i in a.ids if (x := ctx.actor(i)) is not None and not (stated and x.type == "person")]
    return {x.country for x in actors if x.country}


def filed_allegation(ctx: Context, f: Found) -> bool:
    """``f`` is a judgement whose verb's subject is a legal filing (one of ``filing_nouns``): it stands with no
    source named."""
    subj = first_child(f.pred[0], "nsubj") if f.judgement and not f.noun else None
    return subj is not None and form_in(subj, ctx.lex.filing_nouns) is not None


__all__ = ["filed_allegation", "prosecutor_alleges"]
