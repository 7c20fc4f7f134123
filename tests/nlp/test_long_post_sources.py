"""A source that names a post in a body and its holder after it ("the head of the town's
municipal commission, Jean-Robert Florvil, had put the toll at 28") runs past the usual bound of
a noun phrase; it is kept whole, not cut to "the head", which names no one (issue 15; haiti-gangs'
tuning half). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

HEAD = "Attack on Velna\n\nGunmen attacked the town of Velna on Tuesday.\n\n"

# (construction, text, value, words the source must hold)
CASES = [
    ("positive: a post of a body with a possessive, its holder after it",
     "On Wednesday the head of the mountain district's electoral commission, Marta Elena Viles, had put the toll at 28.", 28,
     "electoral commission"),
    ("positive: a chief of a service, a long name after it",
     "Late on Sunday the chief of the province's civil defence service, Ali Reza Rahimi, put the number of dead "
     "at 17.", 17, "civil defence service"),
    ("negative: a short post phrase, within the usual bound",
     "The head of the commission, Marta Viles, put the toll at 28.", 28, "the commission"),
    ("near miss: a long phrase with no 'of' post keeps its usual bound",
     "Police chief Marta Viles, who has led the force since 2019, put the toll at 28.", 28, "Police chief Marta Viles"),
]


@pytest.mark.parametrize(("name", "text", "value", "held"), CASES, ids=[c[0] for c in CASES])
def test_a_long_post_source_is_kept_whole(name: str, text: str, value: int, held: str) -> None:
    figures = figures_of_value(HEAD + text, value)
    assert figures, name
    assert held in figures[0].attribution, (name, figures[0].attribution)
