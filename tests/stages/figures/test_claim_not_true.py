"""A noun of proposition holding a count, as the subject of a negated predicate of truth ("The
claim that 300 people were burned alive is not true", "the report ... is not correct"): the
count is negated (as "it is not true that ..." negates its clause), never asserted (issue 15; seen on the tuning half of the invented
karabakh-offensive probe). Invented sentences, parties of every side."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the figure's stance)
CASES = [
    ("positive: not true", "The claim that 120 villagers were shot is not true, the army said.", 120, "negated"),
    ("positive: not correct, another side", "The report that 45 soldiers died in the ambush is not correct.",
     45, "negated"),
    ("positive: not accurate", "The rebels' claim that 60 police were killed is not accurate.", 60, "negated"),
    ("negative: the claim is true", "The claim that 120 villagers were shot is true, the monitors said.",
     120, "asserted"),
    ("near miss: a negated predicate that is no truth word", "The report that 45 soldiers died is not new.",
     45, "asserted"),
]


@pytest.mark.parametrize(("name", "text", "value", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_claim_said_not_to_be_true(name: str, text: str, value: float, stance: str) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].stance == stance, (name, found[0].stance)
