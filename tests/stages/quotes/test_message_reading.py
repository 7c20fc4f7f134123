"""A message that shows its words by a finite verb before a colon (quake-toll probe, tune half: a
fact-check's "CLAIM: A Facebook post shared 30,000 times reads: “...”"): the message, not the
fact-check's label, speaks the quotation (``message_reading_verbs``, and "claim", "verdict" among
the page's labels that are no source); a person who reads out words keeps them through the
cue, and a quotation cued by a speaker of its own stays that speaker's."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker_text

P, N, M = "positive", "negative", "near miss"

# (kind, text, words of the quotation, the speaker as written)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, 'CLAIM: A Facebook post shared thousands of times since Monday reads: "Hundreds dead in the town, the '
        'army hides the truth."\n\nVERDICT: False.', "Hundreds", "A Facebook post"),
    (P, 'A banner at the gate of the camp read: "No peace without justice for the dead."', "peace", "A banner"),
    (N, 'The minister read: "We will not forget the dead of this town."', "forget", "The minister"),
    (M, 'A Facebook post shared thousands of times says the army hides the truth. "We saw the trucks '
        'turn back," a driver said.', "trucks", "a driver"),
]


@pytest.mark.parametrize(("kind", "text", "words", "speaker"), ROWS)
def test_speakers(kind: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker_text(text, words, speaker, f"{kind}: {text}")


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
