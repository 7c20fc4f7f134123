""""he said" after a speaker's quote goes on with that speaker, not with a man named since only in
passing: as the object of a preposition ("more liberal nominees than Tom Greer") or as a
possessor ("Tom Greer's record") (issue 15; the tune half of the PolNeAR pronoun/description
set). Not when the man is named since as a clause's subject, or as the agent of a passive ("by
Tom Greer"), when another man is named since as a verb's object, nor when the last speaker is a
woman the article calls "she". Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

OPENING = "Court watch\n\n"
TOBIAS = "Carl Tobias has followed the court for years. \"They will run out the clock,\" Tobias said. "

# (construction, text, the speaker expected; None: not Carl Tobias)
CASES = [
    ("positive: the object of a preposition in a question", TOBIAS + "But what if Ann Miller wins? Won't "
     "Republicans risk more liberal nominees than Tom Greer? \"She should do whatever she wants,\" he said.",
     "Carl Tobias"),
    ("negative: named since as a clause's subject", TOBIAS + "But Tom Greer disagrees with that view. "
     "\"The clock is not the issue,\" he said.", "Tom Greer"),
    ("near miss: the agent of a passive", TOBIAS + "The plan was drafted by Tom Greer last year. "
     "\"The clock is not the issue,\" he said.", "Tom Greer"),
    ("near miss: another man named since, as a verb's object", TOBIAS + "When reporters asked Sam Reed about "
     "Tom Greer's plan, he was brief. \"Call me back tomorrow,\" he said.", None),
    ("near miss: the last speaker is a woman", "Ann Miller has followed the court since she left school. "
     "\"They will run out the clock,\" Miller said. Won't Republicans risk more liberal nominees than Tom "
     "Greer? \"The clock is not the issue,\" he said.", "Tom Greer"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_he_goes_on_with_the_speaker_past_a_name_in_passing(name: str, text: str, expected: str | None) -> None:
    who = last_quote_speaker(OPENING + text)
    if expected is None:
        assert who != "Carl Tobias", (name, who)
    else:
        assert who == expected, (name, who)
