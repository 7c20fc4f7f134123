"""Labels of a state's offensive against a breakaway region's forces, in the outlet's voice
(issue 15; seen on the tuning half of the invented karabakh-offensive probe, whose state-side
labels were caught less often than the other side's; data/actors/extra_framing.csv, conflict
``general``). The state's side: "illegal armed formations" for the region's forces, "anti-terror
measures" / "anti-terror operation" for the offensive; the region's side ("aggression",
"occupiers", "invaders") was marked before. Neutral wording is no label. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import outlet_labels

# (construction, text, a label that must be marked, or None: no mark in the outlet's voice)
CASES = [
    ("state side: positive, the region's forces", "The illegal armed formations in the mountains handed over "
     "their weapons on Friday.", "illegal armed formations"),
    ("state side: positive, the offensive", "The army completed its anti-terror measures in the valley within a day.",
     "anti-terror measures"),
    ("state side: positive, an operation", "The anti-terror operation in the north ended at noon.",
     "anti-terror operation"),
    ("region's side: positive (marked before)", "The occupiers shelled the valley all night.", "occupiers"),
    ("negative: neutral wording", "The government's offensive against the region's forces ended at noon.", None),
    ("near miss: a lawful formation", "The armed formations of the army paraded in the capital on Friday.", None),
]


@pytest.mark.parametrize(("name", "text", "label"), CASES, ids=[c[0] for c in CASES])
def test_state_offensive_labels_of_each_side(name: str, text: str, label: str | None) -> None:
    marks = outlet_labels(text)
    if label is None:
        assert marks == [], (name, marks)
    else:
        assert any(label in m or m in label for m in marks), (name, marks)
