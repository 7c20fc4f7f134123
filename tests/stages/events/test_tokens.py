"""The phrase finder over word forms (``Phrases``) that the ACLED rules and the report
constructions use to find their cue words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.stages.events.tokens import Phrases, forms_of, hyphened_form, word_forms

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


@pytest.mark.parametrize(("phrases", "found"), [
    ([("tank",), ("riot", "police")], True),   # positive: the second phrase is there
    ([("police", "riot"), ("tank",)], False),  # near miss: both words, the wrong order
    ([("tank",), ("shell",)], False),          # negative: no phrase's first word is there
    ([(), ("tank",)], True),                   # the empty phrase occurs everywhere, as in starts
])
def test_has_any(phrases: list[tuple[str, ...]], found: bool) -> None:
    assert Phrases(WORDS).has_any(phrases) is found
    assert any(Phrases(WORDS).starts(p) for p in phrases) is found  # what has_any stands for


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


# forms_of, looked up by the ids of a token's text and lemma, gives word_forms of its strings:
# inflected verbs, nouns and words the small model lemmatises oddly, in invented sentences
FORM_TEXTS = [
    "Villagers in Northvale said militia fighters stormed two police stations and retook the bridge.",
    "The Eastland government denied it had staged the strikes; opposition leaders called the claims lies.",
    "Protesters carrying flags marched past the Zenith Union embassy, dozens of them chanting.",
]


@pytest.mark.parametrize("text", FORM_TEXTS)
def test_forms_of_are_the_word_forms_of_the_token(parse: Callable[[str], ParsedDoc], text: str) -> None:
    tokens = parse(text).tokens
    for tok in tokens:
        assert forms_of(tok) == word_forms(tok.text, tok.lemma_.lower()), tok.text
        assert forms_of(tok) == forms_of(tok), tok.text  # asked again (from the cache): the same
    assert len(tokens) > 10
