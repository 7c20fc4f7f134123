"""The phrase finder over word forms (``Phrases``) that the ACLED rules and the report
constructions use to find their cue words."""

from __future__ import annotations

import pytest

from newsledger.stages.events.tokens import Phrases

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
