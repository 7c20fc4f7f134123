"""The misparse readers of stages/quotes/misparse.py, on parsed invented sentences: each reader
finds the speaker of its construction, and nothing on a sentence the parser got right."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsledger.stages.quotes.misparse import (
    comma_between,
    perfect_subject,
    reduced_relative_subject,
)


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        ("She's predicted big wins for the party.", "predicted", "She"),  # 's as "has", with an object
        ("She's expected to argue for the party.", "expected", None),  # near miss: a real passive
        ("She predicted big wins for the party.", "predicted", None),  # negative: no 's at all
    ],
)
def test_perfect_subject(nlp: Language, text: str, verb: str, subject: str | None) -> None:
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    got = perfect_subject(v)
    assert (got.text if got is not None else None) == subject


def test_comma_between() -> None:
    from spacy.lang.en import English

    doc = English()("The decision , said the minister was final")
    assert comma_between(doc[1], doc[3])
    assert comma_between(doc[3], doc[1])
    assert not comma_between(doc[3], doc[5])


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # a participle with its count of shares or views, read as the sentence's verb: the cue's subject is its noun
        ("A post shared more than 12,000 times on Facebook claims 750 people were aboard.", "claims", "post"),
        ("A video viewed 2 million times claims the army shelled the hospital.", "claims", "video"),
        # negative: the parser got the reduced relative right
        ("A statement issued by the army on Monday said 20 people died.", "said", None),
        # near miss: an inverted cue after a comma, its subject after it
        ("Police arrested him on Monday, says the report.", "says", None),
    ],
)
def test_reduced_relative_subject(nlp: Language, text: str, verb: str, subject: str | None) -> None:
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    got = reduced_relative_subject(v)
    assert (got.text if got is not None else None) == subject, [(t.text, t.dep_, t.head.text) for t in doc]
