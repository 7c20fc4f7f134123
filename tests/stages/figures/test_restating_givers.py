"""A tally noun in apposition to a count, whose clause has a restating adverb ("14, a figure the UN
also cited"), names a second body repeating a count a first body gave in the same sentence: the
count stays the first body's (issue 15, figure sources: a figure restated by a second body). With
no first giver the apposition still names the giver; without the adverb it names the giver as
before. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the source as written)
CASES = [
    ("positive: 'a figure X also cited' after 'put the toll at'", "The ministry put the toll at 14, a figure the UN "
     "also cited.", 14, "The ministry"),
    ("positive: 'a figure X also gave' after 'reported'", "The police reported 14 dead, a figure the hospital also "
     "gave.", 14, "The police"),
    ("negative: no restating adverb", "The ministry put the toll at 14, a figure the UN cited.", 14, "the UN"),
    ("near miss: no first giver in the sentence", "At least 14 people died, a toll also cited by the UN.", 14,
     "the UN"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_restating_body_is_not_the_counts_giver(name: str, text: str, value: float, source: str) -> None:
    found = figures_of_value("Strike on the depot\n\n" + text, value)
    assert len(found) == 1, name
    assert found[0].attribution == source, (name, found[0].attribution)
