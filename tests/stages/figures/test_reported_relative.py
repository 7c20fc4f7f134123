"""A relative clause of saying on the counted, whose reported clause has them as its gapped
subject ("the names of 192 servicemen it said were killed", "25 soldiers the army says were
wounded"), says what befell them, as "who were killed" does (issue 15; seen on the tuning half
of the invented karabakh-offensive probe). ``figures.counted.reported_relatives``. Invented
sentences, parties of every side."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the figure's measure)
CASES = [
    ("positive: it said were killed", "The ministry listed the names of 192 servicemen it said were killed "
     "in the fighting.", 192, "killed"),
    ("positive: another side, says were wounded", "The rebels posted a list of 25 fighters the movement says "
     "were wounded.", 25, "injured"),
    ("negative: a clause of what they did", "The army named 25 soldiers it said fought bravely.", 25, None),
    ("near miss: the reported clause has its own subject", "The ministry listed 30 villages it said the "
     "shells had killed.", 30, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_a_relative_of_saying_on_the_counted(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)
