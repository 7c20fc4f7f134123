"""What a picture shows is not who speaks: the "of" phrase of a noun of pictures ("Images of the
hospital show ...", "Footage of the army convoy suggests ...") names no speaker, while the "of"
phrase of a document ("A statement of the army said ...") names its issuer (seen on an al-Ahli
tune article: "Images of the hospital ..." spoken by "health workers"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, words of the quote, a word the speaker's actor name must not hold ('' for any),
#  a word it must hold ('' for none expected))
CASES = [
    ("positive: images of a base", "Images of the Kenyan army base published by a satellite firm show the "
     "barracks mainly intact.", "the barracks mainly intact", "Kenya", ""),
    ("positive: footage of a convoy", "Footage of the Sudanese army convoy suggests the bridge was still "
     "standing.", "the bridge was still standing", "Sudan", ""),
    ("negative: a statement of a body", "A statement of the Kenyan army said the base was intact.",
     "the base was intact", "", "Kenya"),
    ("near miss: the pictures' owner before the noun", "Kenyan army images of the base show the barracks "
     "intact.", "the barracks intact", "", "Kenya"),
]


@pytest.mark.parametrize(("name", "text", "words", "not_in", "holds"), CASES, ids=[c[0] for c in CASES])
def test_what_a_picture_shows_does_not_speak(name: str, text: str, words: str, not_in: str, holds: str) -> None:
    an = pipeline().analyze_text("Base\n\n" + text)
    found = [q for q in an.quotes if q.content.text.startswith(words)]
    assert found, (name, [q.content.text for q in an.quotes])
    names = [a.name for q in found for a in an.actors if a.id == q.speaker_actor_id]
    if not_in:
        assert not any(not_in in n for n in names), (name, names)
    if holds:
        assert names and all(holds in n for n in names), (name, names)
