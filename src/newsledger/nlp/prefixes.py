"""Verbs with a hyphened prefix re-read: "lathi-charged", "baton-charge", "cane-charged".

The tokenizer splits a verb with a hyphened prefix into three words ("lathi", "-", "charged"), and
the parser, which has seen few of them, may take the prefix for the verb's subject ("Police
lathi-charged the teachers": "lathi" the subject, "Police" its compound) or the verb for a noun
(the headline "Police lathi-charge striking teachers": one noun phrase). A sentence where such a
word is no clause's verb with a subject before its prefix is parsed again without the prefix and
its hyphen ("Police charged the teachers"). When the word then is a clause's verb with a subject
before it, that parse is the sentence's: the prefix hangs on the verb as its modifier (as the
parser reads "baton-charged" when it gets it right) and the hyphen as its punctuation; the verb's
tag is the re-read one (a headline's "charge" a present verb). Words of other kinds ("cross-border",
"well-known") are no verb in the re-read either, and keep their parse.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .headlines import MODIFIER_DEPS, REPARSE_PIPES, SLOT_TAGS, headline
from .syntax import NOMINAL_SUBJECT_DEPS

HYPHEN = "-"
PREFIX_DEP = "npadvmod"  # how the parser hangs "baton" on "baton-charged"
VERB_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "parataxis"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "VBG"})
PREFIX_TAGS = frozenset({"NN", "NNS", "NNP"})  # a prefix naming the instrument or manner of the act


def prefixed_verbs(sent: Span) -> list[tuple[Token, Token]]:
    """(prefix, word) for each word glued by a hyphen to a lower-case noun prefix that may be a verb (a
    verb's tag, not a participle modifying a noun in a sentence whose root is a verb; in a headline a
    noun's tag too) and is not read as a clause's verb with a subject before its prefix."""
    doc = sent.doc
    out = []
    for tok in sent[2:]:
        hyphen, prefix = doc[tok.i - 1], doc[tok.i - 2]
        if hyphen.text != HYPHEN or hyphen.whitespace_ or prefix.whitespace_ or not prefix.is_alpha:
            continue
        if not (prefix.is_lower or prefix.i == sent.start) or not (tok.is_alpha and tok.is_lower):
            continue
        if prefix.tag_ not in PREFIX_TAGS or tok.pos_ == "AUX":
            continue  # a noun's prefix ("lathi", "baton"), not a modal's ("would-be bombers")
        if not (tok.tag_.startswith("VB") or (tok.tag_ in SLOT_TAGS and headline(sent))):
            continue
        if tok.tag_ in PARTICIPLE_TAGS and tok.dep_ in MODIFIER_DEPS and sent.root.tag_.startswith("VB"):
            continue  # a participle before its noun in a clause with its verb ("bombs rebel-held village")
        if not clause_verb(tok, prefix.i):
            out.append((prefix, tok))
    return out


def clause_verb(tok: Token, before: int) -> bool:
    """``tok`` is a clause's verb with a subject before position ``before``."""
    return tok.tag_.startswith("VB") and tok.dep_ in VERB_DEPS and any(
        c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < before for c in tok.children)


def without(nlp: Language, sent: Span, prefix: Token) -> Doc:
    """The sentence parsed again without ``prefix`` and the hyphen after it."""
    drop = {prefix.i, prefix.i + 1}
    doc = nlp.make_doc("".join(t.text_with_ws for t in sent if t.i not in drop).strip())
    for name in REPARSE_PIPES:
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc


def positions(sent: Span, prefix: Token, again: Doc) -> list[int | None] | None:
    """The position in ``again`` of each of the sentence's tokens (None: the prefix and its
    hyphen), or None when the other tokens do not match one to one."""
    where: list[int | None] = []
    k = 0
    for t in sent:
        if t.i in (prefix.i, prefix.i + 1):
            where.append(None)
            continue
        if k >= len(again) or again[k].text != t.text:
            return None
        where.append(k)
        k += 1
    return where if k == len(again) else None


def reread_prefixes(nlp: Language, doc: Doc) -> Doc:
    """The doc with each sentence's prefixed verb that was misread re-read (see the module docs)."""
    changes: list[tuple[Span, Token, Token, Doc, list[int | None]]] = []
    for sent in doc.sents:
        for prefix, verb in prefixed_verbs(sent):
            again = without(nlp, sent, prefix)
            where = positions(sent, prefix, again)
            if where is None:
                continue
            new = again[where[verb.i - sent.start]]  # type: ignore[index]
            if clause_verb(new, new.i):
                changes.append((sent, prefix, verb, again, where))
                break
    if changes:
        write(doc, changes)
    return doc


def write(doc: Doc, changes: Sequence[tuple[Span, Token, Token, Doc, list[int | None]]]) -> None:
    """Write the re-read sentences' tags, heads and labels into ``doc`` (one pass over its arrays)."""
    attrs = [TAG, HEAD, DEP]
    arr = doc.to_array(attrs)  # unsigned: a head's offset to the left wraps around, as spaCy stores it
    strings = doc.vocab.strings
    for sent, prefix, verb, again, where in changes:
        back = {w: sent.start + n for n, w in enumerate(where) if w is not None}
        for n, w in enumerate(where):
            tok = doc[sent.start + n]
            if w is None:  # the prefix, and its hyphen, on the verb
                head, dep, tag = verb.i, PREFIX_DEP if tok.i == prefix.i else "punct", tok.tag_
            else:
                new = again[w]
                head, dep, tag = back[new.head.i], new.dep_, new.tag_
            arr[tok.i, 0] = strings.add(tag)
            arr[tok.i, 1] = numpy.int64(head - tok.i).astype(numpy.uint64)
            arr[tok.i, 2] = strings.add(dep)
    doc.from_array(attrs, arr)


class PrefixRereader:
    """The spaCy component (after the headline re-reader) that re-reads prefixed verbs; see
    :func:`reread_prefixes`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        return reread_prefixes(self.nlp, doc)


@Language.factory("newsledger_prefixes")
def make_prefix_rereader(nlp: Language, name: str) -> PrefixRereader:
    return PrefixRereader(nlp)


__all__ = ["PrefixRereader", "clause_verb", "make_prefix_rereader", "positions", "prefixed_verbs", "reread_prefixes", "without", "write"]
