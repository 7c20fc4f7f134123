"""A count of people with a part that are combatants is no group of civilians (figures/mixed_wholes.py;
read on VOA: "31 people, including 23 security personnel, lost their lives"). Invented sentences,
parties of every side: positive, negative, near miss."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the whole's value, the name of its group's actor or None)
CASES = [
    ("positive: including soldiers", "Officials said 31 people, including 23 soldiers, were killed in the ambush.",
     31, None),
    ("positive: among them police", "The bombing killed 14 people, among them six police officers.", 14, None),
    ("positive: including rebels", "Medics said 40 people, including 12 rebel fighters, died in the shelling.",
     40, None),
    ("negative: including children", "The bombing killed 14 people, among them six children.", 14, "civilians"),
    ("near miss: armed people named apart", "The bombing killed 14 people and six soldiers.", 14, "civilians"),
]


@pytest.mark.parametrize(("name", "text", "value", "group"), CASES, ids=[c[0] for c in CASES])
def test_a_whole_with_armed_parts_is_no_group_of_civilians(name: str, text: str, value: float,
                                                           group: str | None) -> None:
    doc = pipeline().analyze_text("Toll\n\n" + text)
    wholes = [f for f in doc.figures if f.value_low == value]
    assert len(wholes) == 1, (name, [f.text for f in doc.figures])
    names = {a.id: a.name for a in doc.actors}
    assert names.get(wholes[0].group_actor_id or "") == group, name
