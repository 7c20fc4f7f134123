"""A verbal act told with a document as its subject (PLOVER ACCUSE "any kind of accusation ... investigation, or
legal accusation"; REQUEST "all requests, demands"): a report, a lawsuit or a resolution speaks for those who made
it ("the report faulted the ministry", "a lawsuit that accuses the city of negligence", "the resolution calls on
Israel to ..."). The act is the document's makers', named by its possessor, a name or demonym before it or a
"by"/"from" phrase ("the committee's report", "a U.N. resolution"), and unnamed when none is: the act is still
told, with no source. So is an act told by a participle on a document named in an adjunct ("In a statement
condemning the test, the ministry called for calm"): its makers are the document's, else the subject of the verb
the adjunct hangs on. Words: ``patterns.yaml`` ``voicing_documents`` (the documents), ``document_acts`` (the
PLOVER types a document can do)."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg
from .lexicon import pattern_plover
from .tokens import first_child, form_in, prep_objects
from .types import Arg, Context, EventPattern

RELATIVE_WORDS = frozenset({"that", "which"})


def document_subject(v: Token, subj: Token | None) -> Token | None:
    """The noun that is the subject of ``v``: ``subj`` itself, or the noun a relative clause's "that" or "which"
    stands for ("a report that cited X")."""
    if subj is None:
        return None
    if subj.lower_ in RELATIVE_WORDS and v.dep_ == "relcl":
        return v.head
    return subj


def document_voice(ctx: Context, v: Token, subj: Token | None, pat: EventPattern) -> Arg | None:
    """The source of the act ``pat`` reads on ``v`` when its subject is one of ``voicing_documents``: the makers
    the document names (empty when it names none); None when the subject is no such document or the act is not
    of ``document_acts``."""
    doc = document_subject(v, subj)
    if doc is None or form_in(doc, ctx.lex.voicing_documents) is None:
        return None
    plover = pattern_plover(ctx.cameo, pat)
    if plover is None or plover.lower() not in ctx.lex.document_acts:  # the loader keeps words in lower case
        return None
    makers = [c for c in doc.children if c.dep_ in ("poss", "compound", "amod") and c.i < doc.i]
    for tok in makers + prep_objects(doc, "by") + prep_objects(doc, "from"):
        got = arg(ctx, tok, allow_vague=False)
        if got.ids:
            return got
    return Arg()


def document_participle_voice(ctx: Context, v: Token, pat: EventPattern) -> Arg | None:
    """The source of the act ``pat`` reads on a present participle ``v`` that qualifies a document of
    ``voicing_documents`` ("a statement condemning the test"): the document's makers, else the subject of the verb
    whose adjunct the document is ("In a statement condemning X, the ministry said ..."); None when ``v`` is no such
    participle, the act is not of ``document_acts`` or no maker is named."""
    doc = v.head
    if v.dep_ != "acl" or v.tag_ != "VBG" or form_in(doc, ctx.lex.voicing_documents) is None:
        return None
    plover = pattern_plover(ctx.cameo, pat)
    if plover is None or plover.lower() not in ctx.lex.document_acts:
        return None
    own = document_voice(ctx, v, doc, pat)
    if own:
        return own
    if doc.dep_ != "pobj" or doc.head.dep_ != "prep":
        return None
    subj = first_child(doc.head.head, "nsubj")
    got = arg(ctx, subj, allow_vague=False) if subj is not None else Arg()
    return got if got.ids else None
