"""Two misparses of a reporting sentence (al-Ahli tune half). A past cue the parser read as a
participle modifying the noun before it, that noun being the sentence's root ("Regional media
outlets reported on Monday that ...": stages/quotes/misparse.root_noun_participle): with no other
verb, it is the sentence's verb and the noun its speaker (before, the quote had none). And a
prepositional phrase read as a clause whose subject is a second subject of the cue ("Images of the
school after the strike ... show ...": misparse.subordinated_subjects): the subject a subordinating
conjunction opens is not the speaker (before, "the strike" was)."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker_text

P, N, M = "positive", "negative", "near miss"

# (kind, text, words of the content, the speaker as written)
PARTICIPLES: list[tuple[str, str, str, str | None]] = [
    (P, "Regional media outlets reported on Monday that rebel drones had hit a school.", "rebel drones",
     "Regional media outlets"),
    (N, "Regional media outlets reported that rebel drones had hit a school.", "rebel drones",
     "Regional media outlets"),
    (M, "Claims reported by the agency on Monday that rebel drones had hit a school.", "rebel drones",
     "the agency"),
]

SUBJECTS: list[tuple[str, str, str, str | None]] = [
    (P, "Images of the school after the strike published by a monitoring group show the classrooms "
        "mainly appeared to be intact.", "classrooms", "Images of the school"),
    (N, "After the strike the army said the school was empty.", "school was empty", "the army"),
    (M, "The army, after the strike, said the school was empty.", "school was empty", "The army"),
]


@pytest.mark.parametrize(("kind", "text", "words", "speaker"), PARTICIPLES)
def test_a_root_nouns_participle_is_its_verb(kind: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker_text(text, words, speaker, f"{kind}: {text}")


@pytest.mark.parametrize(("kind", "text", "words", "speaker"), SUBJECTS)
def test_a_subordinated_subject_is_not_the_speaker(kind: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker_text(text, words, speaker, f"{kind}: {text}")


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in PARTICIPLES} == {P, N, M} == {k for k, *_ in SUBJECTS}
