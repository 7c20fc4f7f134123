"""A town named like a person is the town where the sentence uses it as a place ("a rally in
Austin", "the Austin-based firm", "in Carson, Calif."): not the person the dictionary or the
article knows by that surname; "Austin said ..." and "faith in Carson" stay the person (issue 15;
seen on PolNeAR train tune text). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, which mention of the word (0-based), the word, its actor: None for none)
CASES = [
    ("positive: after a locative preposition", "Gov. Greg Abbott spoke at a rally in Austin on Monday.",
     0, "Austin", None),
    ("positive: before -based", "The Austin-based chip maker cut 300 jobs.", 0, "Austin", None),
    ("positive: before a comma and a state, the person named in full before",
     "Ben Carson spoke on Monday. A crowd of 8,000 gathered in Carson, Calif., for the rally.",
     0, "Carson", None),
    ("negative: the surname as a speaker", "Lloyd Austin visited the base. Austin said the troops would stay.",
     0, "Austin", "person:lloyd-austin"),
    ("near miss: the person after 'in' with no place reading",
     "Ben Carson spoke on Monday. Voters have lost faith in Carson since then.", 0, "Carson", "person:ben-carson"),
]


@pytest.mark.parametrize(("name", "text", "nth", "word", "actor"), CASES, ids=[c[0] for c in CASES])
def test_a_town_named_like_a_person_is_the_town(name: str, text: str, nth: int, word: str, actor: str | None) -> None:
    an = pipeline().analyze_text(text)
    found = [m for m in an.mentions if m.text == word]
    assert len(found) > nth, (name, [(m.text, m.actor_id) for m in an.mentions])
    assert found[nth].actor_id == actor, (name, found[nth])
