"""What happened to the counted, in three constructions of casualty reports from South Asia and
elsewhere (issue 15; seen on the tuning half of the invented kashmir-shelling probe). Invented
sentences, parties of every side.

* a verb of the hurt dying with no harm named after it ("two of the wounded succumbed in
  hospital"): killed, not the injured the partitive names; "succumbed to the pressure" is no death;
* martyrdom attained as the releases of South Asian militaries and governments write a death
  ("embraced shahadat", "embraced martyrdom"): killed;
* such a state in a predicate coordinated with another that shares the counted subject ("fought
  gallantly and embraced shahadat"): killed; a predicate with a subject of its own is another's."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the measure)
CASES = [
    ("dying: positive, a part of the hurt", "Police said two more of the wounded succumbed in hospital overnight.", 2,
     "killed"),
    ("dying: positive, no harm named", "Officials said three villagers succumbed on Friday after the attack.", 3,
     "killed"),
    ("dying: near miss, no harm after to", "Analysts said three of the banks succumbed to the pressure of the sanctions.",
     3, None),
    ("martyrdom: positive, shahadat", "The army said 4 soldiers embraced shahadat while repulsing the raid.", 4,
     "killed"),
    ("martyrdom: positive, another side", "The governor said seven pilgrims attained martyrdom in the blast.", 7,
     "killed"),
    ("martyrdom: negative, another verb", "The army said 4 soldiers embraced the families of the victims.", 4, None),
    ("coordinated: positive", "Three policemen, all of them reservists, fought back and embraced martyrdom at the checkpoint.", 3,
     "killed"),
    ("coordinated: near miss, a subject of its own", "Three policemen fought back bravely, and their commander "
     "embraced martyrdom at the checkpoint.", 3, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_what_happened_to_the_counted(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)
