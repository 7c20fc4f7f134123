"""A quotation closed by a comma and followed at once by a bare reporting clause whose verb is no
cue of the lexicon ('“...,” Rosa Lind barked.', '“...,” reacted Rosa Lind.') is that clause's
subject's, not a continuation of the quote before it nor the context's; a quotation closed by a
full stop is a sentence of its own, and a subject that is no party names no one (issue 15,
speakers). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import written_speaker

HEAD = "Floods in Velna\n\nThe river burst its banks in Velna on Monday.\n\n"
SAID = "\"We are rebuilding,\" Governor Alan Pike said on Monday.\n\n"

# (construction, text, words of the quotation, the speaker as written, or None)
CASES = [
    ("positive: subject and verb after the comma", SAID + "\"Leave the room now,\" Rosa Lind barked.",
     "Leave the room", "Rosa Lind"),
    ("positive: the verb inverted before its subject", SAID + "\"We are ready for the water,\" reacted Rosa Lind.",
     "ready for the water", "Rosa Lind"),
    ("positive: the clause goes on with another clause", SAID + "\"Go back to your office,\" Rosa Lind barked "
     "and a guard led him out.", "back to your office", "Rosa Lind"),
    ("positive: a circumstance after the verb", SAID + "\"We will win this,\" Rosa Lind waved to the crowd.",
     "win this", "Rosa Lind"),
    ("negative: a subject that is no party", SAID + "\"Hope for Velna,\" the banner read.", "Hope for Velna", None),
    ("near miss: a full stop closes the quotation, it continues the quote before",
     SAID + "\"We will win this.\" Rosa Lind waved.", "win this", "Governor Alan Pike"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_closing_reporting_clause_names_the_speaker(name: str, text: str, words: str, speaker: str | None) -> None:
    assert written_speaker(HEAD + text, words) == speaker, name
