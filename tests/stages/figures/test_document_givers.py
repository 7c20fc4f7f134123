"""A count given by a body's document: the subject of a tally verb ("gives", "puts", "records")
whose object holds the count is a document noun with an issuer ("The health ministry's latest
update gives eight deaths", "the Red Cross's bulletin puts the toll at 40"): the issuer states it,
not the body named in the clause before, nor the outlet; a document that names no one gives the
outlet's count (issue 15; seen on the tuning half of the invented nairobi-protest probe, a
fact-check). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

OPENING = "Floods in the valley\n\nRescuers searched all night. "

# (construction, text, value, words the source holds, or None: the outlet's own voice)
CASES = [
    ("positive: after a semicolon and another body's count", "The Red Crescent has recorded seven deaths in the "
     "town; the health ministry's latest update gives eight.", 8, "health ministry"),
    ("positive: a bulletin puts the toll", "The Red Crescent's daily bulletin puts the toll at 41 dead.", 41,
     "Red Crescent"),
    ("negative: a document with no issuer", "The latest update gives nine deaths in the town.", 9, None),
    ("near miss: a body gives to the counted", "The army gave food to 40 families in the town.", 40, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_bodys_document_gives_the_count(name: str, text: str, value: int, source: str | None) -> None:
    figures = figures_of_value(OPENING + text, value)
    assert figures, name
    assert_source(figures[0], source, name)
