"""Counts of people named as Spanish-language news writes them in translation, and of killings
(issue 15; seen on the tuning half of the invented colombia-base probe): "uniformados" (members of a
state's uniformed forces) and "signatories" are people counted; "murders", "homicides" count the
dead as "killings" does; a measure participle right after the counted noun's "of" phrase ("41
signatories of the agreement murdered") says what happened to the counted, unless that phrase
names people of its own. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

OPENING = "Attack on the garrison\n\nThe attack began shortly before midnight. "

# (construction, text, value, the measure of the first figure of that value)
CASES = [
    ("positive: uniformados wounded", "Nine uniformados were wounded in the ambush, the brigade said.", 9,
     "injured"),
    ("positive: murders counted as deaths", "The district recorded 23 murders this year, the observatory said.", 23,
     "killed"),
    ("positive: a participle past the of-phrase", "The group counted 17 members of the cooperative killed "
     "since March.", 17, "killed"),
    ("positive: signatories past their of-phrase", "It listed 12 signatories of the accord murdered in the "
     "province.", 12, "killed"),
    ("negative: murders of no people counted", "The court heard 23 cases this year, the observatory said.", 23,
     None),
    ("near miss: the of-phrase names people of its own", "She named 12 relatives of the miners injured in "
     "the blast.", 12, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_uniformed_and_killing_counts(name: str, text: str, value: int, measure: str | None) -> None:
    assert_first_figure(OPENING + text, value, "measure", measure, name)
