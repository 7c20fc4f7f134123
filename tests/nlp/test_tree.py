"""The parse read by index (``newsledger.nlp.tree``): every token's head, label and children as
spaCy gives them (invented sentences), for a parsed document, an empty one, an unparsed one and a
copy of one."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsledger.nlp.tree import children, head, release, tree

TEXTS = [
    ("coordination and a relative clause", "Officials in Kyiv and Moscow, who met on Monday, said the talks "
     "would resume, and the envoy from Ankara agreed."),
    ("a passive with an agent and a negated existential", "The clinic was not damaged by the shelling; there were "
     "no deaths, the Sudanese army and the RSF both said."),
    ("a headline, a quotation and a list", "Protesters rally in La Paz, Caracas and Quito\n\n\"We will not leave,\" "
     "said Ana Ruiz, 34, a teacher."),
]


def _same_as_spacy(doc: Doc) -> int:
    t = tree(doc)
    n = 0
    for tok in doc:
        assert children(tok) == tuple(tok.children)
        assert t.kids[tok.i] == tuple(c.i for c in tok.children)
        assert head(tok) == tok.head and t.head(tok.i) == tok.head
        assert t.is_root(tok.i) == (tok.head.i == tok.i)
        assert t.deps[tok.i] == tok.dep_
        assert t.tokens[tok.i] == tok
        n += 1
    return n


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=[c[0] for c in TEXTS])
def test_the_tree_reads_what_spacy_gives(nlp: Language, name: str, text: str) -> None:
    doc = nlp(text)
    assert _same_as_spacy(doc) == len(doc) > 10
    assert any(t.kids[i] for t in [tree(doc)] for i in range(len(doc)))  # a parse with children, not a flat one


def test_an_empty_and_an_unparsed_document() -> None:
    blank = spacy.blank("en")
    assert _same_as_spacy(blank("")) == 0
    doc = blank("No parser ran over these words.")
    assert _same_as_spacy(doc) == len(doc) == 7
    assert all(not k for k in tree(doc).kids)  # near miss: without a parse no token has children


def test_a_tree_is_made_once_per_document_and_not_taken_from_a_copy(nlp: Language) -> None:
    doc = nlp("The minister said the strike hit a depot.")
    first = tree(doc)
    assert tree(doc) is first
    copy = doc.copy()  # a copy takes the user data, the tree of the original with it
    assert tree(copy) is not first and tree(copy).doc is copy
    assert _same_as_spacy(copy) == len(doc)
    release(doc)
    assert tree(doc) is not first and tree(doc).tokens == first.tokens
