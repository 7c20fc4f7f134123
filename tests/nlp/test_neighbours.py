"""Attribution from a neighbouring sentence (nlp/neighbours.py), on parsed invented texts: the
sentence after the figure's names its source, or a contentless report before it does; a
sentence that reports something else does neither."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.nlp.attribution import AttributionWords, load_attribution_words
from newsledger.nlp.neighbours import (
    next_sentence_reporter,
    previous_sentence_reporter,
    previous_subject,
)
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
        # a demonstrative identifying the figures with a count given out by an agent
        ("Forty people died in the floods. That is the toll given on Monday by the Kenyan Red Cross.",
         "Kenyan Red Cross"),
        ("Forty people died in the floods, six of them children. That was the figure released by county police, "
         "after two more bodies were found.", "county police"),
        ("Forty people died in the floods. That is the toll caused by a week of rain.", None),  # near miss: no giver
        ("Forty people died in the floods. That is the highest toll in a decade.", None),  # negative: no agent
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


@pytest.mark.parametrize(
    ("text", "pronoun", "person", "source"),
    [
        # positive: the subject before, of a kind that fits the pronoun
        ("The Sudanese army gave new figures on Friday. It said 40 people died.", "It", None, "The Sudanese army"),
        ("Vera Lind spoke in Kyiv on Friday. She said 40 people died.", "She", True, "Vera Lind"),
        ("Israeli police arrested two men on Friday. They said 40 people were hurt.", "They", None, "Israeli police"),
        # negative: no sentence before
        ("It said 40 people died.", "It", None, None),
        # near miss: a subject of the wrong kind (an organisation for "she", a plural for "it")
        ("The Hamas-run ministry gave new figures on Friday. She said 40 people died.", "She", False, None),
        ("The rebels issued a statement on Friday. It said 40 people died.", "It", None, None),
    ],
)
def test_previous_subject(parse: Callable[..., ParsedDoc], text: str, pronoun: str, person: bool | None,
                          source: str | None) -> None:
    pd = parse(text)
    last = list(pd.doc.sents)[-1]
    got = previous_subject(last, pronoun, lambda s, e: person)
    assert (pd.doc.text[got.start:got.end] if got is not None else None) == source
