"""Two constructions of who speaks a quotation (quake-toll probe, tune half): a name, a participle
of speaking and a colon open the name's quotation ("Padoh Saw Kler Say, speaking in Karen:
“...”", a liveblog's translated quote; ``lead_in_participles``), not a participle of another act
nor a fronted time; and a name the parser split after its first word ("said Padoh Saw Kler Say,
a KNU spokesman": "Saw" read as a verb) is the whole run of capitalised words up to the
punctuation, not a date after the name."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker_text

P, N, M = "positive", "negative", "near miss"

# (kind, text, words of the quotation, the speaker as written; None: no speaker)
ROWS: list[tuple[str, str, str, str | None]] = [
    (P, 'The clinic reopened on Monday.\n\nAnna Petrova, writing on Telegram: "The shelling has not stopped '
        'since dawn."', "shelling", "Anna Petrova"),
    (P, 'Padoh Saw Kler Say, speaking in Karen: "The trucks are waiting at the bridge. We will escort them."',
     "trucks", "Padoh Saw Kler Say"),
    (N, 'Monday, speaking at a rally, the minister said: "We will win the vote."', "win", "the minister"),
    (M, 'The clinic reopened on Monday.\n\nAnna Petrova, standing in the rubble: "The shelling has not stopped '
        'since dawn."', "shelling", None),
    (P, '"Not one bag of rice has gone to our soldiers," said Padoh Saw Kler Say, a KNU spokesman.', "rice",
     "Padoh Saw Kler Say"),
    (N, '"We are leaving the camp," said Smith Tuesday.', "leaving", "Smith"),
    (M, '"We are leaving the camp," said Naw Paw Wah.', "leaving", "Naw Paw Wah"),
]


@pytest.mark.parametrize(("kind", "text", "words", "speaker"), ROWS)
def test_speakers(kind: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker_text(text, words, speaker, f"{kind}: {text}")


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
