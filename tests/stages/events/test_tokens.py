"""The phrase finder over word forms (``Phrases``) that the ACLED rules and the report
constructions use to find their cue words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.stages.events.tokens import Phrases, hyphened_form

# each word as the set of its forms: "rebels stormed the riot police station"
WORDS = [{"rebel", "rebels"}, {"storm", "stormed"}, {"the"}, {"riot"}, {"police"}, {"station"}, {"riot"}]


@pytest.mark.parametrize(("phrase", "starts"), [
    (("storm",), [1]),                       # one word, by a base form
    (("riot", "police"), [3]),               # two words in a row
    (("riot",), [3, 6]),                     # every occurrence, in order
    (("police", "riot"), []),                # near miss: both words, the wrong order
    (("riot", "police", "station", "x"), []),  # near miss: runs past the end
    (("tank",), []),                         # negative: a word the sentence lacks
])
def test_starts(phrase: tuple[str, ...], starts: list[int]) -> None:
    assert Phrases(WORDS).starts(phrase) == starts


def test_cleared_words_hold_no_phrase_and_the_index_follows() -> None:
    words = Phrases(WORDS)
    assert words.has_any([("riot",)])
    for i in words.starts(("riot", "police")):  # "riot police" holds no riot
        words.clear(i)
        words.clear(i + 1)
    assert words.starts(("riot",)) == [6]
    assert words.starts(("police",)) == []
    assert not words.has_any([("riot", "police"), ("tank",)])


# a verb the tokenizer split at a hyphen is read with its first part ("test-fired": "test-fire")
HYPHENED = [
    ("positive", "Pakistan test-fired a cruise missile.", "fired", "test-fire"),
    ("positive", "Iran test-launched a new rocket.", "launched", "test-launch"),
    ("negative", "Pakistan fired a cruise missile.", "fired", None),
    ("near miss", "The test - fired or not - was a failure.", "fired", None),  # spaced dashes join no word
]


@pytest.mark.parametrize(("kind", "text", "word", "form"), HYPHENED)
def test_hyphened_form(parse: Callable[..., ParsedDoc], kind: str, text: str, word: str, form: str | None) -> None:
    doc = parse(text).doc
    tok = next(t for t in doc if t.text == word)
    assert hyphened_form(tok) == form, kind
