"""The owner of a count that reaches a level states the figure it reaches ("Reuters' count of the
dead reached 58", "the army's tally topped 1,000"): the figure is the object of a verb of
``reaching_verbs`` whose subject is a count noun with an owner, as for "rose to" (issue 15,
possessive counts); a count of an event, or one with no owner, states nothing."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

H = "Storm toll\n\n"
# (construction, text, value, the source as written: None for the outlet's own voice)
CASES = [
    # positive: an owned count reaches the figure
    ("owner's count reached", H + "The Red Crescent's count of the dead reached 44 on Friday.", 44, "Red Crescent"),
    ("plural possessive topped", H + "The Taliban authorities' tally topped 1,050 by the evening.", 1050,
     "authorities"),
    ("owner's toll passed", H + "The ministry's toll passed 260 overnight.", 260, "ministry"),
    # negative: a count with no owner
    ("no owner", H + "The death toll reached 36 on Friday.", 36, None),
    # near miss: a count of an event (its owner says what it counts)
    ("event's toll", H + "The cyclone's toll passed 93 overnight.", 93, None),
    # near miss: an owner's non-count subject reaching a place
    ("not a count", H + "The ministry's convoy reached 17 villages on Friday.", 17, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_an_owned_count_reaching_a_level_gives_its_owner(name: str, text: str, value: float,
                                                          source: str | None) -> None:
    assert_first_source(text, value, source, name)
