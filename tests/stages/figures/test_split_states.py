"""A state of a verb and its complement written around the counted as the verb's object (issue
15; seen on the tuning half of the invented qamishli-drone probe): "burned 40 children alive",
"stabbed two men to death" say the counted died, as "40 children were burned alive" does. Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the measure)
CASES = [
    ("positive: burned alive", "Witnesses said the gunmen burned 40 villagers alive in the church.", 40, "killed"),
    ("positive: stabbed to death", "Police said the attackers stabbed two guards to death at the gate.", 2, "killed"),
    ("negative: no complement after the counted", "Witnesses said the gunmen burned 40 huts in the village.", 40,
     None),
    ("near miss: a complement that is no state", "Witnesses said the gunmen burned 12 houses to the ground.", 12,
     None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_a_state_around_the_object(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)
