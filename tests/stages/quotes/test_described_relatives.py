"""An unnamed person's description named again with a relative clause on it ("..., said the
teacher, who asked not to be named for fear of reprisals", "said the officer, who spoke on
condition of anonymity") is the person met before ("a teacher who escaped told AFP"), and so is
the pronoun that speaks after it ("“...,” he said"): the clause adds nothing to who it is
(issue 15; zamfara-abduction's tuning half). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "School raided\n\nGunmen raided a school in Dorva district on Tuesday, residents said.\n\n"


def described(text: str, words: str) -> str | None:
    """The description the speaker of the quote holding ``words`` stands for."""
    an = pipeline().analyze_text(OPENING + text)
    found = [q for q in an.quotes if words in q.content.text]
    assert found, (words, [q.content.text for q in an.quotes])
    q = found[0]
    return q.speaker_described.text if q.speaker_described is not None else None


# (construction, text, the quote's words, the description its speaker stands for, or None)
CASES = [
    ("positive: 'he' after 'said the teacher, who asked not to be named'",
     "At least 80 pupils were taken, a teacher who escaped told reporters.\n\nThe gunmen came at night, said "
     "the teacher, who asked not to be named for fear of reprisals.\n\n\"They had forty motorcycles,\" he said.",
     "forty motorcycles", "a teacher"),
    ("positive: the definite description itself, with its relative clause",
     "Troops fired on the crowd, an officer told the agency.\n\nThe shooting lasted an hour, said the officer, "
     "who spoke on condition of anonymity.", "lasted an hour", "an officer"),
    ("positive: 'she' after 'the nurse, who'",
     "A nurse at the clinic said the ward was full. The dead were laid in the yard, said the nurse, who did not "
     "give her name. \"We ran out of sheets,\" she said.", "ran out of sheets", "A nurse at the clinic"),
    ("negative: the definite description is given a name",
     "Troops fired on the crowd, an officer told the agency.\n\nThe shooting lasted an hour, said the officer, "
     "Major Tom Reed. \"We had no orders,\" he said.", "no orders", None),
    ("near miss: another role noun than the one met before",
     "Troops fired on the crowd, an officer told the agency.\n\nThe shooting lasted an hour, said the doctor, "
     "who spoke on condition of anonymity.", "lasted an hour", None),
]


@pytest.mark.parametrize(("name", "text", "words", "written"), CASES, ids=[c[0] for c in CASES])
def test_a_description_named_again_with_a_relative_clause(name: str, text: str, words: str,
                                                          written: str | None) -> None:
    assert described(text, words) == written, name
