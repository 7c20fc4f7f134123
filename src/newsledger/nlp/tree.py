"""A document's parse as per-document arrays, read by token index.

spaCy makes a new ``Token`` object on every ``doc[i]``, every ``tok.head`` and every child of
``tok.children`` (which scans the token's whole subtree to find them), and decodes a string on
every ``tok.dep_``. The stages ask these of the same tokens again and again: :class:`Tree` reads
the heads, labels and children of every token of a document once, keeps each token's object
once (``tree.tokens[i]`` is ``doc[i]``: spaCy compares tokens by document and index), and the
shared syntax helpers read it by index.

A document's tree is made on first use and kept in the document's ``user_data`` (the one place
a helper given only a token can find it); :func:`release` drops it (the tree holds the
document's tokens, each of which holds the document: the pipeline releases it once a
document's stages have run, so that the document is freed at once rather than by the garbage
collector). A document is not serialised (``Doc.to_bytes``, pickling) while it holds its
tree; a copy (``Doc.copy``) makes its own.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc, Token

_KEY = "newsledger.tree"


class Tree:
    """The heads, dependency labels and children of every token of ``doc``, by index."""

    __slots__ = ("children", "deps", "doc", "heads", "kids", "tokens")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(doc)
        n = len(self.tokens)
        cols = doc.to_array([HEAD, DEP]) if n else numpy.zeros((0, 2), numpy.uint64)
        # HEAD is the head's offset from the token (a negative offset wraps round in the unsigned array)
        self.heads: list[int] = (cols[:, 0].astype(numpy.int64) + numpy.arange(n, dtype=numpy.int64)).tolist()
        strings = doc.vocab.strings
        ids = cols[:, 1].tolist()  # string ids: unsigned 64-bit
        names = {d: strings[d] for d in set(ids)}
        self.deps: list[str] = [names[d] for d in ids]
        kids: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.heads):
            if h != i:
                kids[h].append(i)  # in the order of the text, as ``Token.children`` gives them
        self.kids: list[tuple[int, ...]] = [tuple(k) for k in kids]
        toks = self.tokens
        self.children: list[tuple[Token, ...]] = [tuple(toks[j] for j in k) if k else () for k in kids]

    def __deepcopy__(self, memo: dict[int, object]) -> None:
        """A copy of the document (``Doc.copy`` deep-copies its user data) gets no tree: its own
        is made on first use."""
        return None

    def head(self, i: int) -> Token:
        """``doc[i].head``."""
        return self.tokens[self.heads[i]]

    def is_root(self, i: int) -> bool:
        """``doc[i].head.i == i``."""
        return self.heads[i] == i


def tree(doc: Doc) -> Tree:
    """The tree of ``doc``, made on first use."""
    found: Tree | None = doc.user_data.get(_KEY)
    if found is None or found.doc is not doc:  # a copy of another document's user data is not its tree
        found = doc.user_data[_KEY] = Tree(doc)
    return found


def release(doc: Doc) -> None:
    """Drop the tree of ``doc`` (see the module's notes)."""
    doc.user_data.pop(_KEY, None)


def children(tok: Token) -> tuple[Token, ...]:
    """``tuple(tok.children)``, from the document's tree."""
    return tree(tok.doc).children[tok.i]


def head(tok: Token) -> Token:
    """``tok.head``, from the document's tree (worth it where the tree is read more than once;
    for a single head spaCy's own is as quick)."""
    t = tree(tok.doc)
    return t.tokens[t.heads[tok.i]]
