"""A verb of verifying with the figure as its object ("the Red Cross has verified 26 deaths", "...,
and the UN mission has verified 31"): its subject states the figure (attribution.yaml
``figure_object_verbs``, ``reporters._states``); a negated one states nothing ("could not verify
the 26 deaths"). Invented sentences (issue 15)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

VERIFYING = [
    ("positive: verified deaths", "The Red Cross has verified 26 deaths in the district.", 26, "Red Cross"),
    ("positive: a coordinated clause after another reporter", "No one has given a toll near that: the governor said "
     "30 people died, and the Red Cross has verified 26.", 26, "Red Cross"),
    ("positive: another side", "The separatist health department has verified 12 deaths in the shelled suburb.", 12,
     "separatist health department"),
    ("negative: a negated verb states nothing", "The Red Cross could not verify the 26 deaths.", 26, None),
    ("near miss: a negated verb under a reporter", "Reporters could not independently verify that 26 people died, "
     "the governor said.", 26, "governor"),
    # a that-clause holding the figure
    ("positive: verified that", "The monitoring team, which reached the village on Monday, verified that 14 "
     "civilians were killed and 20 wounded.", 14, "monitoring team"),
    ("positive: the second count of the clause", "The monitoring team verified that 14 civilians were killed and "
     "20 wounded.", 20, "monitoring team"),
    ("negative: not able to verify that", "The monitoring team has not been able to verify that 14 civilians were "
     "killed.", 14, None),
    ("near miss: unable to verify that", "The monitoring team was unable to verify that 14 civilians were killed.",
     14, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), VERIFYING, ids=[c[0] for c in VERIFYING])
def test_a_verb_of_verifying_a_count_states_it(name: str, text: str, value: float, source: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert found, name
    f = found[-1]
    if source is None:
        assert f.attribution == UNATTRIBUTED, (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)
