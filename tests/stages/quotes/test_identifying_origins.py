"""A direct quote whose speaker the next sentence names through a verb of origin ("“...” The plea
came from UNICEF's representative in Yemen, Peter Hawkins") or through a document noun ("“...”
That was the announcement of the Greek coast guard"); a noun of what was said with no "from"
("The statement came after a long silence") or a "from" after a noun of no saying ("The closure
came from a storm warning") names no one (issue 15, speakers). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker

HEAD = "Relief news\n\nAid convoys were halted again on Sunday.\n\n"

# (kind, text, words of the quotation, expected speaker words or None)
CASES = [
    ("positive: a noun of what was said comes from someone", "\"We are running out of fuel and flour.\" The plea "
     "came from UNICEF's representative in Yemen, Peter Hawkins.", "running out of fuel", "Hawkins"),
    ("positive: a demonstrative names a document noun's issuer", "\"The port is closed to all traffic.\" That was "
     "the announcement of the Greek coast guard on Sunday.", "closed to all traffic", "coast guard"),
    ("negative: no 'from' after the verb of origin", "\"We will win this war.\" The statement came after a long "
     "silence.", "We will win this war", None),
    ("near miss: 'from' after a noun of no saying", "\"The road is shut.\" The closure came from a storm "
     "warning.", "The road is shut", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_the_next_sentence_names_the_speaker(name: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker(HEAD + text, words, speaker)
