"""Coffins count the dead as bodies do ("Seven coffins were lined up at the stadium": seven
killed; a funeral's count, a part of a toll); a coffin that is not counted ("coffin makers") and
a count of something else at the funeral ("hundreds of mourners") count none (issue 15; seen on
the tuning half of the invented nairobi-protest probe, a funeral report). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

OPENING = "Funerals in the north\n\nThe town mourned on Sunday. "

# (construction, text, value, the measure it must have, or None: no measure)
CASES = [
    ("positive: coffins lined up", "Seven coffins were lined up at the stadium as the families prayed.", 7, "killed"),
    ("positive: coffins carried", "Mourners carried 11 coffins through the market.", 11, "killed"),
    ("negative: mourners", "Some 400 mourners gathered at the stadium.", 400, None),
    ("near miss: coffin makers", "The town's 12 coffin makers worked through the night.", 12, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_coffins_count_the_dead(name: str, text: str, value: int, measure: str | None) -> None:
    figures = figures_of_value(OPENING + text, value)
    assert figures, name
    assert figures[0].measure == measure, (name, figures[0].measure)
