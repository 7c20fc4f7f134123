"""verb_above and first_conjunct (nlp/syntax): the clause verb above a word, the first item of a coordination."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.nlp.syntax import first_conjunct, verb_above


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Troops fired on the crowd after the attack.", "attack", "fired"),  # a noun in a prepositional phrase
        ("The ministry said it would investigate.", "investigate", "investigate"),  # a verb is its own
        ("The attack on the town.", "town", "attack"),  # no verb: the root
    ],
)
def test_verb_above(nlp: Language, text: str, word: str, expected: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert verb_above(tok).text == expected


def test_verb_above_stops_after_limit(nlp: Language) -> None:
    doc = nlp("Troops fired on the crowd after the attack.")
    tok = next(t for t in doc if t.text == "attack")
    assert verb_above(tok, 1).text == "after"
    assert verb_above(tok, 0).text == "attack"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Protesters condemned the killings, the arrests and the raids.", "raids", "killings"),
        ("Protesters condemned the killings, the arrests and the raids.", "killings", "killings"),  # first item
        ("Protesters condemned the killings of students.", "students", "students"),  # no conjunct
    ],
)
def test_first_conjunct(nlp: Language, text: str, word: str, expected: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert first_conjunct(tok).text == expected
