"""The people a counting noun names in its "of" or "among" phrase when a count is that noun's
level ("the number of dead peacekeepers rose to six", "the death toll among police officers
stands at 30"): the count's group, so that a force's dead are threaded as that force, not as the
people's toll (issue 15; seen on the tuning half of the invented karabakh-offensive probe).
A peacekeeper is a soldier (``ledger/groups.yaml``: combatants). Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.ledger import group_class
from tests.builders import figures_of_value, ledger_rules

# (construction, text, value, the figure's group as written, its ledger class)
CASES = [
    ("positive: number of dead X rose to", "The number of dead peacekeepers rose to six overnight.", 6,
     "peacekeepers", "combatants"),
    ("positive: toll among X stands at", "The death toll among police officers stands at 30, the union said.", 30,
     "officers", "police"),
    ("positive: a third kind, had risen to", "The ministry said the number of dead soldiers had risen to 12.", 12,
     "soldiers", "combatants"),
    ("positive: the object of a participle of level", "A wounded sergeant died overnight, raising the number "
     "of dead peacekeepers to six.", 6, "peacekeepers", "combatants"),
    ("negative: a measure noun alone", "The number of dead rose to 40 on Monday.", 40, None, "people"),
    ("near miss: the people after the count", "The toll rose to 40 villagers, officials said.", 40,
     "villagers", "people"),
]


@pytest.mark.parametrize(("name", "text", "value", "group", "gclass"), CASES, ids=[c[0] for c in CASES])
def test_the_people_a_counting_noun_names(name: str, text: str, value: float, group: str | None,
                                          gclass: str) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == "killed", (name, found[0].measure)
    assert found[0].group == group, (name, found[0].group)
    assert group_class(found[0].group, ledger_rules()) == gclass, name
