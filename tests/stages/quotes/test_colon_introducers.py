"""A direct quotation introduced by a colon after a clause about its speaker with no verb of
saying ("The mayor was blunt: “...”", "The governor issued a warning to residents: “...”") is
spoken by that clause's subject; one whose subject is what was said ("Her answer was short:")
by its possessor; a subject that is no party ("The situation was dire:") gives none (issue 15,
speakers). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import written_speaker

HEAD = "Floods in Velna\n\nThe river burst its banks in Velna on Monday.\n\n"


# (construction, text, words of the quotation, the speaker as written, or None)
CASES = [
    ("positive: a copula with an adjective", "The mayor was blunt: \"We have no water and no power.\"",
     "no water and no power", "The mayor"),
    ("positive: a verb giving a warning", "The governor issued a warning to residents: \"Stay indoors until the "
     "army arrives.\"", "Stay indoors", "The governor"),
    ("positive: what was said as the subject, its possessor speaks", "Amina Yusuf lost her home in the flood. Her "
     "answer was short: \"We will never leave.\"", "never leave", "Her"),
    ("negative: a verb of saying before the colon", "The mayor said: \"We have no water and no power.\"",
     "no water and no power", "The mayor"),
    ("near miss: a subject that is no party", "The situation in the camp was dire: \"No water, no food, no "
     "medicine.\"", "no medicine", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_colon_after_a_clause_about_the_speaker(name: str, text: str, words: str, speaker: str | None) -> None:
    assert written_speaker(HEAD + text, words) == speaker, name
