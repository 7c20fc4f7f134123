"""A speaker the parser hung on the comma after a quotation, with a relative clause set off by commas
before a closing cue at the end of the sentence ("“...,” the water board of the district, which
the council runs, said."): the noun phrase that fills the stretch between the closing mark and
the comma before the cue is the speaker (issue 15; a description speaker lost). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker_text

# (construction, text, words of the content, the speaker as written)
CASES = [
    ("positive: a body with an of phrase, a place and a relative clause", "\"The occupation is responsible for "
     "this massacre,\" the ministry of health in Gaza, which is run by Hamas, said.", "responsible for this massacre",
     "the ministry of health in Gaza"),
    ("positive: an office of a post with a relative clause", "\"The occupation is responsible for this massacre,\" "
     "the office of the governor in Jenin, which is run by Fatah, said.", "responsible for this massacre",
     "the office of the governor in Jenin"),
    ("negative: an inverted cue before the speaker", "\"The wells are dry,\" said the water board, which the "
     "council runs.", "The wells are dry", "the water board"),
    ("near miss: a time phrase after the cue", "\"The wells are dry,\" the water board in Gao, which the council "
     "runs, said on Monday.", "The wells are dry", "the water board in Gao"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_speaker_hung_on_the_comma(name: str, text: str, words: str, speaker: str) -> None:
    assert_speaker_text("Water news\n\n" + text, words, speaker, name)
