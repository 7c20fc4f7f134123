"""A subset cue right after a count is that count's ("three civilians, two of them children"): the
next count of the sentence, after a coordinated noun of another measure ("..., and the injury of 14
people"), is no part of the first and keeps its own measure (issue 15; seen on the tuning half of
the invented colombia-base probe, where the wounded became dead). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

OPENING = "Raid on the village\n\nGunmen entered the village at dawn. "

# (construction, text, value, the measure of the first figure of that value)
CASES = [
    ("positive: after 'N of them', a count of another noun", "The mission confirmed the death of five farmers, "
     "three of them women, and the injury of at least 20 people.", 20, "injured"),
    ("negative: the part itself", "The mission confirmed the death of five farmers, three of them women, and the "
     "injury of at least 20 people.", 3, "killed"),
    ("near miss: a cue of its own after the part's cue", "The raid killed 30 people, 12 of them children, "
     "including four babies.", 4, "killed"),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_a_subset_cue_belongs_to_the_count_before_it(name: str, text: str, value: int, measure: str) -> None:
    assert_first_figure(OPENING + text, value, "measure", measure, name)
