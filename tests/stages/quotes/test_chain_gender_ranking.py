"""The speaker chain passes over a speaker whom the actor layer's pronouns give only the other
gender: "Tom Greer said he called ... “...,” she said" is not Greer (issue 15; the tune half of the
PolNeAR pronoun/description set: "she" given to a man who spoke last). "he" still goes on with
him, and a man the article gives no pronoun is still taken (his gender is not known). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

OPENING = "Office news\n\n"

# (construction, text, whether the speaker is Tom Greer)
CASES = [
    ("positive: 'she' after a man the article calls 'he'", "Tom Greer said he called the office in May. "
     "\"I did not know it was him,\" she said.", False),
    ("negative: 'he' after the same man", "Tom Greer said he called the office in May. "
     "\"I did not know it was her,\" he said.", True),
    ("near miss: a man with no pronoun", "Tom Greer said the office was closed in May. "
     "\"I did not know it was closed,\" she said.", True),
]


@pytest.mark.parametrize(("name", "text", "greer"), CASES, ids=[c[0] for c in CASES])
def test_the_chain_passes_over_a_speaker_of_the_other_gender(name: str, text: str, greer: bool) -> None:
    assert (last_quote_speaker(OPENING + text) == "Tom Greer") is greer, name
