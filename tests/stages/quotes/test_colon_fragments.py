"""A verbless fragment before a colon that the parser hangs on the quotation piece by piece names
its speaker (issue 15; the second speaker probe's colon introducers): a body or person at the top
of the fragment ("The interior ministry, in a statement: “...”"), or a person's name closing it
after a comma ("In an interview, the port's director, Jane Roe: “...”"). A fragment of place and
time names none, and a person governed by a preposition ("In a letter to Senator Jane Roe:") is
who was written to, not the speaker. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker

HEAD = "Curfew in the port city\n\nThe army took control of the port city on Sunday.\n\n"

# (construction, text, words of the quotation, the speaker's words, or None: no speaker)
CASES = [
    ("positive: a body with a phrase of manner", HEAD + "The interior ministry, in a brief statement: \"The curfew "
     "begins at nine tonight.\"", "curfew begins at nine", "ministry"),
    ("positive: a name closing the fragment after a comma", HEAD + "In an interview with local radio, the port's "
     "director, Halvard Lund: \"The cranes will be working again by Monday.\"", "cranes will be working", "Lund"),
    ("negative: a fragment of place and time", HEAD + "In the old town, late on Sunday: \"We lost everything in "
     "one night.\"", "lost everything", None),
    ("near miss: a person who was written to", HEAD + "In a letter to Senator Ruth Okafor: \"Please reopen the "
     "clinic before winter.\"", "reopen the clinic", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_verbless_fragment_names_the_speaker(name: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker(text, words, speaker)
