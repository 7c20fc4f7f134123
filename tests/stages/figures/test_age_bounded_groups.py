"""A number that bounds a group by age ("children under 18", "people over 60", "those under
five") is an age limit, not a count: no figure, while the count of that group stays one ("Three
of the dead were children under 18": three killed; issue 15; seen on the tuning half of the
invented nairobi-protest probe, where "under 18" joined the toll's thread). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

OPENING = "Floods in the valley\n\nRescuers searched all night. "

# (construction, text, value, whether a figure of that value is found)
CASES = [
    ("positive: children under an age", "Four of the dead were children under 16, the governor said.", 16, False),
    ("positive: people over an age", "The camp holds 300 people, and people over 60 were moved first.", 60, False),
    ("negative: the count of the group stays", "Four of the dead were children under 16, the governor said.", 4,
     True),
    ("near miss: a count after 'under' that is no age bound", "The bridge fell under 30 lorries in the convoy.", 30,
     True),
    # a list of ages after "aged" is ages, every number of it ("two minors, aged 9 and 13"; seen on
    # the tuning half of the invented colombia-base probe, where the last age became a toll)
    ("positive: age list, the last of two ages", "Two boys, aged 8 and 15, were among the dead, police said.",
     15, False),
    ("positive: age list, a list of three ages", "Three girls aged 3, 6 and 10 died in the fire, police said.",
     6, False),
    ("negative: age list, the count before the ages stays", "Two boys, aged 8 and 15, were among the dead, "
     "police said.", 2, True),
    ("near miss: age list, a count after an age bound and 'and'", "Children under 5 and 12 adults were hurt, "
     "police said.", 12, True),
]


@pytest.mark.parametrize(("name", "text", "value", "found"), CASES, ids=[c[0] for c in CASES])
def test_an_age_bound_is_no_count(name: str, text: str, value: int, found: bool) -> None:
    assert bool(figures_of_value(OPENING + text, value)) == found, name
