"""A figure in a relative clause on the object of a verb judging an act ("The ministry condemned
the raid on the camp, which killed 14 herders") describes the act: a source its sentence names
for it ("..., according to the Red Crescent") or the next sentence points back with ("That
estimate came from the Red Crescent.") is the figure's, not the judge's (figures context.yaml
``judging_verbs``); with none, the judge who speaks keeps it, and a reporter of the relative
clause's own still speaks ("the raid, which it said killed 14"). Issue 15; seen on the tuning half
of the invented haiti-gangs probe. Invented sentences, judges of every side."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

# (construction, text, the figure's value, its source as written, or None: the outlet's own voice)
CASES = [
    ("positive: the next sentence names the source", "Regional leaders condemned the raid on the camp, in "
     "which 14 herders are believed to have died. That estimate came from the Red Crescent.", 14,
     "Red Crescent"),
    ("positive: praised, the next sentence names the source", "The rebels praised the ambush on the convoy, in "
     "which 9 soldiers died. Those figures come from the Red Crescent.", 9, "Red Crescent"),
    ("positive: a source phrase names the source", "The ministry condemned the raid on the camp, which "
     "killed 14 herders, according to the Red Crescent.", 14, "Red Crescent"),
    ("negative: no other source, the judge speaks", "The interior ministry condemned the raid on the camp, "
     "which killed 14 herders.", 14, "interior ministry"),
    ("negative: a reporter of its own in the relative clause", "The interior ministry condemned the raid on "
     "the camp, which it said killed 14 herders.", 14, "interior ministry"),
    ("near miss: a verb of reporting, not judging", "The interior ministry reported a raid on the camp, which "
     "killed 14 herders. That estimate came from the Red Crescent.", 14, "The interior ministry"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_source_named_for_a_judged_act_outranks_the_judge(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)


# (construction, text, the figure's value, its source as written)
POINTING = [
    ("positive: 'That estimate was given by'", "The attack killed nearly 40 people. That estimate was given on "
     "Thursday by the Red Crescent.", 40, "Red Crescent"),
    ("negative: an anaphoric subject already known", "The attack killed nearly 40 people. The figures come "
     "from the Red Crescent.", 40, "Red Crescent"),
    ("near miss: a count noun with more than a demonstrative", "The attack killed nearly 40 people. The "
     "army's estimate was given by the Red Crescent.", 40, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), POINTING, ids=[c[0] for c in POINTING])
def test_a_demonstrative_count_points_back(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)
