"""A first verb the parser read as a noun modifier (a verb whose past tense is its base form, set
before a noun object: "Al-Nour TV broadcast footage ... and said ..."): the verb of saying
coordinated with it is the broadcaster's (``misparse.verb_read_as_noun``; invented sentences)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

CASES = [
    # positive: a channel's name, the misread verb and its object, then "and said"
    ("broadcaster, with a descriptor", "Rebel-run Al-Nour TV broadcast footage of the burned clinic and said the "
     "\u201coccupation army\u201d had committed \u201ca new crime\u201d.", "\u201ca new crime\u201d", "Al-Nour TV"),
    ("broadcaster, another descriptor", "Army-run Al-Nour TV broadcast footage of the burned clinic and said the \u201coccupation army\u201d "
     "had committed \u201ca new crime\u201d.", "\u201ca new crime\u201d", "Al-Nour TV"),
    # negative: the verb of saying has a subject of its own
    ("own subject", "Al-Nour TV broadcast footage of the burned clinic, and the minister said the \u201coccupation "
     "army\u201d had committed \u201ca new crime\u201d.", "\u201ca new crime\u201d", "the minister"),
    # near miss: a determined noun phrase is no misread verb ("The ... TV footage")
    ("determined noun phrase", "The Al-Nour TV footage of the burned clinic and said the \u201coccupation army\u201d "
     "had committed \u201ca new crime\u201d.", "\u201ca new crime\u201d", None),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), CASES)
def test_a_verb_read_as_a_noun_keeps_its_subject(name: str, text: str, content: str, speaker: str | None) -> None:
    quotes = [q for q in pipeline().analyze_text("Clinic\n\n" + text).quotes if q.content.text == content]
    assert quotes, name
    got = {q.speaker.text if q.speaker else None for q in quotes}
    if speaker is None:
        assert "Al-Nour TV" not in got, (name, got)
    else:
        assert got == {speaker}, (name, got)
