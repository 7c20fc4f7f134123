"""A place named in a breakdown after a colon that follows a count, beside another count there
("The combined toll stood at 590: 231 in the hills, 342 in the valley and 17 in Tarsk province"),
is the place of that part, not of the whole before the colon: the whole names none (issue 15, a
two-country quake toll placed in one country by its last part; quake-toll's tuning half).
A place before the colon stays the whole's. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

HEAD = "Quake near Tarsk\n\n"

# (construction, text, the figure's text, expected place)
CASES = [
    ("positive: the whole before a breakdown by place",
     "The combined death toll stood at 590 on Thursday evening: 231 in the hills, 342 in the valley and 17 in "
     "Tarsk province.", "590", None),
    ("positive: the whole before two named parts",
     "Rescuers said the toll had reached 88: 60 in Velna and 28 in Dorsk.", "88", None),
    ("negative: the part keeps its place",
     "The combined death toll stood at 590 on Thursday evening: 231 in the hills, 342 in the valley and 17 in "
     "Tarsk province.", "17", "Tarsk province"),
    ("near miss: a place before the colon is the whole's",
     "The toll in Tarsk province stood at 590 on Thursday: rescuers are still digging.", "590", "Tarsk province"),
    ("near miss: after the colon, no other count",
     "The toll stood at 590 on Thursday: rescuers are still digging in Tarsk province.", "590", "Tarsk province"),
]


@pytest.mark.parametrize(("name", "text", "figure", "place"), CASES, ids=[c[0] for c in CASES])
def test_breakdown_places(name: str, text: str, figure: str, place: str | None) -> None:
    an = pipeline().analyze_text(HEAD + text)
    found = [f for f in an.figures if f.text == figure]
    assert len(found) == 1, (name, [f.text for f in an.figures])
    assert found[0].place == place, (name, found[0].place)


def test_table_has_positive_negative_and_near_miss() -> None:
    assert {c[0].split(":")[0] for c in CASES} == {"positive", "negative", "near miss"}
