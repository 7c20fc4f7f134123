"""A count of people shot in a limb ("one of the boys was shot in the leg", "two guards were shot in
the arm") counts wounded, a state of the injured (figures measures.yaml); shot in the head or the
chest is left without a measure (it may be a death). Issue 15; seen on the tuning half of the
invented zamfara-abduction probe (a pupil wounded while escaping his abductors). Invented
sentences of every side."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the measure)
CASES = [
    ("positive: one of a group, in the leg", "The headteacher said one of the boys was shot in the leg while "
     "fleeing.", 1, "injured"),
    ("positive: in the arm, another side", "The rebels said two of their fighters were shot in the arm at the "
     "checkpoint.", 2, "injured"),
    ("negative: shot dead", "Police said two guards were shot dead at the gate.", 2, "killed"),
    ("near miss: shot in the head", "Police said two guards were shot in the head at the gate.", 2, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_people_shot_in_a_limb_are_wounded(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    if measure is None:
        assert all(f.measure is None for f in found), (name, [f.measure for f in found])
    else:
        assert found and found[0].measure == measure, (name, [(f.text, f.measure) for f in found])
