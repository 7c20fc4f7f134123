"""Argument roles of speech: who speaks, whether a speaker reads as one, and whether a "that"
clause is the action a wrapper wraps."""

from __future__ import annotations

from spacy.tokens import Token

from ...nlp.syntax import is_passive
from ...nlp.words import ACTOR_PRONOUNS
from ...records import Quote
from .arguments import arg, np_extent
from .predicates import (
    subject_arg,
)
from .roles import source_token
from .tokens import (
    first_child,
    form_in,
    lemma_of,
)
from .types import Arg, Context, Wrapper


def speaker_arg(ctx: Context, w: Token) -> Arg:
    """Who speaks: the subject of the speech verb (kept as a span even when it names no actor)."""
    if is_passive(w):  # "was quoted as saying": the quoted one speaks
        s = first_child(w, "nsubjpass")
    else:
        s = source_token(ctx, w)
        if s is None and w.dep_ in ("pcomp",):  # "quoted as saying"
            s = first_child(w.head.head, "nsubjpass", "nsubj")
    got = arg(ctx, s)
    if not got and s is not None and s.pos_ in ("NOUN", "PROPN") and lemma_of(s) not in ACTOR_PRONOUNS:
        start, end = np_extent(s)
        got = Arg(tokens=[s], spans=[(start, end)], named=False)
    return got


def person_like(ctx: Context, arg: Arg) -> bool:
    """A speaker with no resolved actor that still reads as a speaker: an actor noun or a name."""
    for t in arg.tokens:
        if t.pos_ == "PROPN" or form_in(t, ctx.lex.actor_nouns):
            return True
    return False


def quote_speaker_ok(ctx: Context, q: Quote) -> bool:
    if q.speaker is None:
        return False
    span = ctx.doc.char_span(q.speaker.start, q.speaker.end, alignment_mode="expand")
    return span is not None and person_like(ctx, Arg(tokens=[span.root]))


def ccomp_ok(ctx: Context, w: Token, comp: Token, wr: Wrapper) -> bool:
    """A "that" clause is the wrapped action only when it is one: "demanded that X cancel",
    "warned that it would strike", not "told reporters that X had been demobilized"."""
    if wr.kind not in ("appeal", "demand"):
        if wr.kind == "reject":
            return True
        subj = first_child(comp, "nsubj")
        own = subj is not None and (
            lemma_of(subj) in ACTOR_PRONOUNS or bool(set(arg(ctx, subj).ids) & set(subject_arg(ctx, source_token(ctx, w)).ids))
        )  # "warned that it would strike", not "warned that the museum would close"
        return own and wr.kind in ("threaten", "intent") and any(
            a.dep_ == "aux" and a.text.lower() in ("will", "would", "'ll", "shall") for a in comp.children
        )
    if lemma_of(w) == "demand":
        return True
    if comp.tag_ == "VB" and not any(a.dep_ == "aux" for a in comp.children):
        return True  # subjunctive
    return any(a.dep_ == "aux" and a.text.lower() in ("should", "must") for a in comp.children)
