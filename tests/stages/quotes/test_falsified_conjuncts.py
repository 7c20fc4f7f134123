"""A conjunct that calls an account false beside a clause that asserts ("the video is old and the
number is invented") is a nested quote of its own, denied, so that the denial is recorded while
the quote keeps what it asserts (the mirror of a negated conjunct, ``test_contrast.py``). Invented
sentences: positive rows for each side of two conflicts, in direct and reported speech, a negative
row and near misses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer, Quote
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]


def quotes_of(parse: Parse, text: str) -> list[Quote]:
    return list(run_stage("quotes", parse(text), actors=ActorLayer()))


# (construction, sentence, the nested denied content expected, or None for none)
ROWS = [
    ("direct: A and the figure is invented",
     "\u201cThe video is old and the number is invented,\u201d the army spokesman said.", "the number is invented"),
    ("direct: A, and the claims are lies",
     "\u201cThe photos are real, and the claims that we fled are lies,\u201d the rebel commander said.",
     "the claims that we fled are lies"),
    ("reported: A and the toll was false",
     "The governor said the market was open and the toll was false.", "the toll was false"),
    ("reported: A and the accusations were baseless",
     "The police chief said the march was illegal and the accusations were baseless.",
     "the accusations were baseless"),
    ("negative: both asserted",
     "\u201cThe video is old and the village is empty,\u201d the army spokesman said.", None),
    ("near miss: the first clause calls its account false (the quote's own stance)",
     "\u201cThe number is invented and the video is old,\u201d the army spokesman said.", None),
    ("near miss: a word of falsity said of no account",
     "\u201cThe road is closed and the bridge is wrong for trucks,\u201d the engineer said.", None),
]


@pytest.mark.parametrize(("construction", "sentence", "nested"), ROWS, ids=[r[0] for r in ROWS])
def test_falsified_conjunct_is_a_nested_denied_quote(parse: Parse, construction: str, sentence: str,
                                                    nested: str | None) -> None:
    quotes = quotes_of(parse, sentence)
    outer = [q for q in quotes if q.parent_id is None]
    assert len(outer) == 1, construction
    denied = [q.content.text for q in quotes if q.parent_id == outer[0].id and q.stance == "denied"]
    assert denied == ([nested] if nested else []), construction
    if nested:
        assert outer[0].stance == "asserted"
