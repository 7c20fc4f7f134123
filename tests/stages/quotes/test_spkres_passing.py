"""A "he" or "she" speaker does not go back to a person the article named only in passing (an
object, after a preposition, a possessor) who never spoke, when a speaker of that gender spoke
within the chain's window: "“...,” Benson said. ... nominees more liberal than Greer? “...,” he
said" is Benson (issue 15; the tune half of the PolNeAR pronoun/description set). A person named
as a clause's subject keeps the pronoun, and so does a person whom the pronoun's gender leaves as
the only one it fits. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

OPENING = "Court fight\n\n"
SPOKE = ("Carl Benson, a law professor at the state university, was not optimistic.\n\n\"I think they will run out "
         "the clock this year,\" Benson said. \"That will leave the next governor with 90 vacancies.\"\n\n")
SHE_SPOKE = ("Maria Lopez, a law professor at the state university, was not optimistic. She has taught for years."
             "\n\n\"I think they will run out the clock this year,\" Lopez said. \"That will leave the next governor "
             "with 90 vacancies.\"\n\n")
LAST = "\"The court should just do whatever it wants to do,\" he said."

# (construction, text, the speaker expected)
CASES = [
    ("positive: a person after a preposition", SPOKE + "But what if the governor wins? Don't the senators risk "
     "judges more liberal than Tom Greer?\n\n" + LAST, "Carl Benson"),
    ("positive: a possessor", SPOKE + "But what if the governor wins? Don't the senators fear Tom Greer's "
     "judges?\n\n" + LAST, "Carl Benson"),
    ("negative: a person named as a subject", SPOKE + "Tom Greer, a retired judge, disagreed sharply.\n\n" + LAST,
     "Tom Greer"),
    ("near miss: the last speaker is a woman", SHE_SPOKE + "But what if the governor wins? Don't the senators "
     "risk judges more liberal than Tom Greer?\n\n" + LAST, "Tom Greer"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_pronoun_speaker_skips_a_person_named_in_passing(name: str, text: str, expected: str) -> None:
    assert last_quote_speaker(OPENING + text) == expected, name
