"""What happened to the counted, in three constructions of the war reports of every side (issue
15; seen on the tuning half of the invented gaza-shelter probe). Invented sentences.

* a passive verb of destroying a target in a relative clause on counted people ("14 militants who
  were eliminated"): killed, as the verb over them already was ("30 fighters were eliminated");
* killed by fire ("burned alive", "burnt to death"): killed;
* a count whose noun names a harm of its own beside or under a count of another ("30 deaths and
  70 injuries", "The toll has risen to 412, ..., in addition to 1,050 injuries"): the harm its
  noun names, and no part of the other count."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the measure, whether it is part of another count)
CASES = [
    ("relative: positive", "The army said it had identified 14 militants who were eliminated in the raid.", 14,
     "killed", False),
    ("relative: positive, another side", "Kyiv said 31 occupiers who were liquidated near the river had been "
     "counted.", 31, "killed", False),
    ("relative: negative, another verb", "The army said it had identified 14 militants who were hiding in the raid.",
     14, None, False),
    ("relative: near miss, things destroyed", "The army said it had identified 14 trucks that were eliminated in "
     "the raid.", 14, None, False),
    ("fire: positive", "Witnesses said 20 villagers were burned alive in their homes.", 20, "killed", False),
    ("fire: positive, to death", "Police said 6 shoppers were burnt to death when the market caught fire.", 6,
     "killed", False),
    ("fire: near miss, things burned", "Police said 6 cars were burned when the market caught fire.", 6, None,
     False),
    ("own harm: positive, coordinated", "Shelling caused 30 deaths and 70 injuries in the town.", 70, "injured",
     False),
    ("own harm: positive, in addition to", "The toll has risen to 412, most of them soldiers, in addition to 1,050 "
     "injuries, the ministry said.", 1050, "injured", False),
    ("own harm: negative, the same harm", "The attack killed 30 people, including 4 deaths among children.", 4,
     "killed", True),
    ("own harm: near miss, people in a state", "The quake killed 40 people, including 16 prisoners.", 16, "killed",
     True),
]


@pytest.mark.parametrize(("name", "text", "value", "measure", "part"), CASES, ids=[c[0] for c in CASES])
def test_what_happened_to_the_counted(name: str, text: str, value: float, measure: str | None, part: bool) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)
    assert (found[0].part_of is not None) == part, name
