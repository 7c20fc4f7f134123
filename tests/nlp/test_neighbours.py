"""Attribution from a neighbouring sentence (nlp/neighbours.py), on parsed invented texts: the
sentence after the figure's names its source, or a contentless report before it does; a
sentence that reports something else does neither."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.nlp.attribution import AttributionWords, load_attribution_words
from newsledger.nlp.neighbours import next_sentence_reporter, previous_sentence_reporter
from newsledger.resources import Resources

VERBS = frozenset({"say", "disclose", "give", "report", "announce"})


@pytest.fixture(scope="module")
def words() -> AttributionWords:
    return load_attribution_words(Resources())


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Forty people died in the floods. That is according to the Kenyan Red Cross.", "Kenyan Red Cross"),
        ("Forty people died in the floods. Local officials disclosed this.", "officials"),
        ("Forty people died in the floods. Local officials disclosed a plan.", None),  # near miss: not the figures
        ("Forty people died in the floods. The rains stopped on Monday.", None),  # negative
    ],
)
def test_next_sentence_reporter(parse: Callable[..., ParsedDoc], words: AttributionWords, text: str,
                                source: str | None) -> None:
    pd = parse(text)
    first = next(iter(pd.doc.sents))
    got = next_sentence_reporter(first, VERBS, words)
    assert (got is not None) is (source is not None)
    if source is not None and got is not None:
        assert source in pd.doc.text[got.start:got.end]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Ukrainian ministry said on Tuesday. Forty people died in the strikes.", True),
        ("The Ukrainian ministry said that the talks failed. Forty people died in the strikes.", False),  # content
        ("It said on Tuesday. Forty people died in the strikes.", False),  # near miss: a pronoun
    ],
)
def test_previous_sentence_reporter(parse: Callable[..., ParsedDoc], text: str, found: bool) -> None:
    pd = parse(text)
    second = list(pd.doc.sents)[1]
    assert (previous_sentence_reporter(second, VERBS) is not None) is found
