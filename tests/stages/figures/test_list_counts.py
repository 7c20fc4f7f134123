"""A list of the counted ("the names of 64 people killed", "a list of 64 dead") is a count: whoever
gives it states the figure, as with "a toll of 64" (issue 15, figure sources)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

# (construction, text, value, the figure's source)
CASES = [
    # positive: a list given by someone
    ("names given", "Raid\n\nBy Thursday the relatives had given reporters the names of 64 people killed in "
     "the raid.", 64, "the relatives"),
    ("a list given", "Raid\n\nBy Thursday the relatives had given reporters a list of 64 people killed in the "
     "raid.", 64, "the relatives"),
    # negative: a list no one is said to give
    ("a list read", "Raid\n\nThe names of 64 people killed in the raid were read out at the funeral.", 64,
     UNATTRIBUTED),
    # near miss: a thing given, not a list of the counted
    ("things given", "Raid\n\nBy Thursday the relatives had given the displaced 64 blankets.", 64, UNATTRIBUTED),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_whoever_gives_a_list_of_the_counted_states_it(name: str, text: str, value: float, source: str) -> None:
    figures = figures_of_value(text, value)
    assert figures, name
    assert figures[0].attribution == source, name
