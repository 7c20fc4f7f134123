"""A place name the entity recogniser took for a person, which the actor stage reads as a place
(the object of a place preposition, or given as a city's name elsewhere in the article: "the
coastal city of Qasr Salma"): the place of a figure its sentence locates there ("120 deaths had
been recorded in Qasr Salma"), as a name labelled a place is (issue 15; seen on the tuning half
of the invented derna-flood probe, whose city's name the recogniser reads as a person's). Not a
name that is not located ("..., Qasr Salma's mayor said"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (construction, text, value, the figure's place)
CASES = [
    ("positive: given as a city's name before", "Floods hit the coastal city of Qasr Salma on Monday.\n\n"
     "The ministry said 120 deaths had been recorded in Qasr Salma.", 120, "Qasr Salma"),
    ("positive: after a place preposition", "At least 120 people died in Qasr Salma, officials said.", 120,
     "Qasr Salma"),
    ("negative: no place named", "At least 120 people died in the floods, officials said.", 120, None),
    ("near miss: the name not locating the count", "Floods hit the coastal city of Qasr Salma on Monday.\n\n"
     "At least 120 people died in the floods, Qasr Salma's mayor said.", 120, None),
]


@pytest.mark.parametrize(("name", "text", "value", "place"), CASES, ids=[c[0] for c in CASES])
def test_a_place_the_recogniser_read_as_a_person(name: str, text: str, value: float, place: str | None) -> None:
    assert_first_figure(f"Report\n\n{text}", value, "place", place, name)
