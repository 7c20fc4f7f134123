"""Labels two rival governments of one country give each other's forces, in the outlet's voice
(issue 15; seen on the tuning half of the invented derna-flood probe, whose rival capitals' own
statements each label the other side): a force named as one man's militia by the possessive of
a person's name ("Haddad's militias"; ``stages/framing_epithets.py``, the slur class), a rival
named as born of a coup ("putschist", "putschists") and the western armed groups named as the
Brotherhood's ("Brotherhood militias") (``data/actors/extra_framing.csv``). A state's or a
body's possessive, a gang's leader and neutral wording are no label. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import outlet_labels

# (construction, text, a label that must be marked, or None: no mark in the outlet's voice)
CASES = [
    ("positive: a person's militias", "The ministry holds Tarek Mansour's militias responsible for the looting.",
     "Tarek Mansour's militias"),
    ("positive: a surname's militia", "The statement blamed Haddad's militia for the shelling of the port.",
     "Haddad's militia"),
    ("positive: putschist forces", "The putschist forces in the south blocked the convoy at the bridge.",
     "putschist"),
    ("positive: the putschists", "The putschists seized the radio station before dawn.", "putschists"),
    ("positive: Brotherhood militias", "Brotherhood militias in the west kept their guns trained on the city.",
     "Brotherhood militias"),
    ("negative: neutral wording", "The forces of the eastern command blocked the convoy at the bridge.", None),
    ("near miss: a state's militias (a proxy's, another class)", "The agency said Iran's militias had left the town.",
     None),
    ("near miss: a gang's leader", "The police said Ahmed's gang had robbed the bank.", None),
    ("near miss: the movement by its name", "The Muslim Brotherhood won the vote in the capital.", None),
]


@pytest.mark.parametrize(("name", "text", "label"), CASES, ids=[c[0] for c in CASES])
def test_labels_of_rival_governments(name: str, text: str, label: str | None) -> None:
    marks = outlet_labels(text)
    if label is None:
        assert marks == [], (name, marks)
    else:
        assert any(label in m or m in label for m in marks), (name, marks)
