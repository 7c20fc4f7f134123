"""A sentence that opens with a fronted clause ("Asked about the ruling, the union's secretary,
NAME, said ...", "When X was asked about it, ..."), where the parser hangs the speaker as an
apposition on the clause's object and leaves the cue verb with no subject: the apposition ending
right before the verb is the speaker, as after a fronted preposition ("In an interview with X,
..."). Issue 15; seen on the tuning half of the invented haiti-gangs probe. Invented sentences,
speakers of every side."""

from __future__ import annotations

import pytest

from tests.builders import assert_all_speakers

OPENING = "Border talks\n\n"


# (construction, text, the name every quote's speaker must have)
CASES = [
    ("positive: asked about", "Asked about the photo, the union's secretary, Marta Oyelaran, said the pictures "
     "were \"a second insult\" to the miners.", "Marta Oyelaran"),
    ("positive: speaking to", "Speaking to reporters in Goma, the rebels' spokesman, Kalume Bisimwa, said the "
     "town was \"calm and under control\".", "Kalume Bisimwa"),
    ("negative: the subject parsed right", "Asked about the photo, Marta Oyelaran said the pictures were "
     "\"a second insult\" to the miners.", "Marta Oyelaran"),
    ("positive: a fronted clause with a subject of its own", "When the minister was asked about the photo, the "
     "union's secretary, Marta Oyelaran, said the pictures were \"a second insult\".", "Marta Oyelaran"),
    ("near miss: an apposition inside the fronted clause, a subject after it", "Asked about Kalume Bisimwa, the "
     "rebels' spokesman, the minister Marta Oyelaran said he was \"a man of his word\".", "Marta Oyelaran"),
]


@pytest.mark.parametrize(("name", "text", "person"), CASES, ids=[c[0] for c in CASES])
def test_speaker_after_a_fronted_participle(name: str, text: str, person: str) -> None:
    assert_all_speakers(OPENING + text, person, name)
