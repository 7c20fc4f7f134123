"""A speaker noun the parser made a compound of its cue verb after a closing quotation mark
("“...,” the text states", read as the noun phrase "text states") is the speaker (issue 15,
speakers of documents)."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the quote's content, the speaker as written)
CASES = [
    # positive: the parser reads "the text states" as one noun phrase
    ("document noun made a compound", "Raid\n\n\"The rebels fled at dawn. They left their weapons behind,\" the "
     "text states.", "left their weapons", "the text"),
    # negative: a subject the parser reads as one
    ("plain subject", "Raid\n\n\"The rebels fled at dawn. They left their weapons behind,\" the army says.",
     "left their weapons", "the army"),
    # near miss: a compound subject with no quotation before it is parsed as a subject already
    ("compound subject before an indirect quote", "Raid\n\nThe police chief says the rebels fled at dawn.",
     "fled at dawn", "The police chief"),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_noun_made_a_compound_of_its_cue_is_the_speaker(name: str, text: str, content: str, speaker: str) -> None:
    _, quotes = quotes_holding(text, content)
    assert quotes, name
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker, name
