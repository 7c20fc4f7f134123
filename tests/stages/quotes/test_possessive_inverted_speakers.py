"""An inverted speaker after a closing quotation mark that opens with a possessive pronoun ("“...,”
replied his Qatari counterpart, Sheikh X"), which the parser took for the verb's object, is the
speaker, as one opening with an article is (``quotes.misparse.inverted_object``)."""

from __future__ import annotations

import pytest

from tests.builders import names_match, pipeline, speaker_names

HEAD = "Talks in the capital\n\n"

# (kind, text, quoted words, expected speaker words)
ROWS = [
    ("positive", "\"Our offer stands until Friday,\" replied his Omani counterpart, Sayyid Badr Hamdan.",
     "Our offer stands until Friday", "Hamdan"),
    ("positive", "\"The vote was rigged,\" countered her rival, Senator Ruth Alder.", "The vote was rigged", "rival|Alder"),
    ("positive", "\"The contract was never signed,\" wrote their lawyer, Samuel Okoro, in a letter.",
     "The contract was never signed", "Okoro"),
    ("negative", "\"We will see,\" the envoy replied, his voice low.", "We will see", "envoy"),
    ("near miss", "\"Come home,\" the mother wrote, and her son replied within the hour.", "Come home", "mother"),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1][:30]}" for r in ROWS])
def test_possessive_inverted_speaker(row: tuple[str, str, str, str]) -> None:
    _, text, words, expected = row
    found, names = speaker_names(pipeline().analyze_text(HEAD + text), words)
    assert found and names_match(expected, names), (text, names)
