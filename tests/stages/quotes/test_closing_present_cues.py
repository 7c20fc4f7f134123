"""An inverted reporting clause in the present that closes its sentence, whose verb the tagger
misreads: as a plural noun ("Some 12,000 people have fled, the United Nations estimates.") or as
the head of one noun phrase with its speaker ("..., the agency reports."). The clause before the
comma is what the speaker says, and a figure in it is the speaker's (issue 15; haiti-gangs'
tuning half: "..., the Civil Protection Directorate estimates."). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline, written_speaker

HEAD = "Floods in Dorva\n\nHeavy rain fell on the Dorva valley all week.\n\n"


# (construction, text, words of the content, the speaker as written, or None)
CASES = [
    ("positive: 'estimates' read as a plural noun", "Some 12,000 people have fled, the United Nations estimates.",
     "12,000 people have fled", "the United Nations"),
    ("positive: 'reports' read as the head of the speaker's phrase",
     "More than 300 homes were destroyed, the agency reports.", "300 homes were destroyed", "the agency"),
    ("positive: a longer phrase before 'estimates'", "The camp now holds 30,000 people, the UN refugee agency "
     "estimates.", "holds 30,000 people", "the UN refugee agency"),
    ("negative: 'estimates' as a noun subject", "The estimates of the agency were wrong, officials said.",
     "estimates of the agency", "officials"),
    ("near miss: the noun phrase does not close the sentence", "Some 12,000 people have fled, the United Nations "
     "estimates show.", "12,000 people have fled", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_closing_present_cue_the_tagger_misreads(name: str, text: str, words: str, speaker: str | None) -> None:
    assert written_speaker(HEAD + text, words) == speaker, name


def test_the_figure_is_the_speakers() -> None:
    an = pipeline().analyze_text(HEAD + CASES[0][1])
    figures = [f for f in an.figures if f.value_low == 12000]
    assert figures
    assert figures[0].attribution == "the United Nations"
