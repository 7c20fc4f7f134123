""""They" as the speaker of a quotation stands for the unnamed group the sentence before is
about, written as the article wrote it ("Nine press freedom and rights groups called for ...
“...,” they said": ``Quote.speaker_described`` is the groups, not only the people's category the
actor layer filed them under) (issue 15; seen on the tuning half of the blind VOA speaker gold).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

COURT = "The court sent the editor back to prison on Monday. "
URGE = "“We urge the authorities to guarantee him a fair trial,” they said in a joint statement."
# (construction, text, the description the speaker stands for, or None)
CASES = [
    ("positive: a plural description of groups", COURT + "Nine press freedom and rights groups this week called for "
     "his immediate release. " + URGE, "Nine press freedom and rights groups"),
    ("positive: people of a place", "Residents of the camp fled on foot. “We had nothing left,” they said.",
     "Residents of the camp"),
    ("negative: named bodies", COURT + "Amnesty International and Human Rights Watch called for his release. " + URGE,
     None),
    ("near miss: a singular body noun", COURT + "The union of journalists called for his release. " + URGE, None),
]


@pytest.mark.parametrize(("name", "text", "described"), CASES, ids=[c[0] for c in CASES])
def test_they_stands_for_an_unnamed_group(name: str, text: str, described: str | None) -> None:
    an = pipeline().analyze_text(text)
    spoken = [q for q in an.quotes if q.speaker is not None and q.speaker.text == "they"]
    assert spoken, name
    got = spoken[0].speaker_described.text if spoken[0].speaker_described else None
    assert got == described, (name, got)
