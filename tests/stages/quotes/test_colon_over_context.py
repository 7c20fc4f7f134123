"""A stand-alone quotation introduced by a colon after a clause that names its own speaker ("Asked
..., Rosa Lind demurred: “...”", "Police chief Omar Reyes was blunt: “...”") is that speaker's,
even when an attribution just before it would otherwise lend the quote its speaker (the context
speaker of stand-alone quotes); a quotation with no such clause keeps the context's speaker, and a
clause whose subject is no party ("The situation was dire:") names none, and one naming another
party before the colon ("Rescuers were waiting for X:") leaves the context's speaker (issue 15, speakers).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import written_speaker

HEAD = "Floods in Velna\n\nThe river burst its banks in Velna on Monday.\n\n"
SAID = "\"We are rebuilding,\" Governor Alan Pike said on Monday."

# (construction, text, words of the quotation, the speaker as written, or None)
CASES = [
    ("positive: a fronted question, then a name and a verb that is no cue",
     "Governor Alan Pike said on Monday that the state would recover. Asked which road would open first, "
     "Rosa Lind demurred: \"Whichever one the army clears.\"", "army clears", "Rosa Lind"),
    ("positive: a copula clause in the paragraph after another's quote",
     SAID + "\n\nPolice chief Omar Reyes was blunt: \"Nobody should drive tonight.\"", "drive tonight",
     "Police chief Omar Reyes"),
    ("negative: a stand-alone quotation with no clause before it keeps the context's speaker",
     SAID + " \"The bridges will open soon.\"", "bridges will open", "Governor Alan Pike"),
    ("near miss: a clause whose subject is no party names no speaker",
     SAID + "\n\nThe situation in the camp was dire: \"No water, no food, no medicine.\"", "no medicine", None),
    ("near miss: the clause names another party before the colon, the context's speaker stays",
     SAID + " Rescuers were waiting for Rosa Lind: \"The bridges will open soon.\"", "bridges will open",
     "Governor Alan Pike"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_colon_clause_names_the_speaker_before_the_context(name: str, text: str, words: str,
                                                             speaker: str | None) -> None:
    assert written_speaker(HEAD + text, words) == speaker, name
