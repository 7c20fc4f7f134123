"""Loaded labels of migration at sea, both sides in equal measure (issue 15; seen on the tuning
half of the invented shipwreck probe; data/actors/extra_framing.csv, conflict ``migration``).
Invented sentences.

* the restrictionist side's labels for migrants and those who organise crossings ("illegal
  migrants", "illegals", "smuggling mafias", "migrant invasion");
* the migrant side's labels for the border policy and its results ("Fortress Europe", "deadly
  border regime", "left to die", "war on migrants", "pushbacks");
* neutral wording ("irregular migrants", "smugglers", "border policy") is no label, nor the
  singular "pushback" of any opposition."""

from __future__ import annotations

import pytest

from tests.builders import outlet_labels

# (construction, text, a label that must be marked, or None: no mark in the outlet's voice)
CASES = [
    ("restrictionist: positive", "The trawler carried 300 illegal migrants from Libya.", "illegal migrants"),
    ("restrictionist: positive, a noun", "Since June, 2,000 illegals have landed on the island.", "illegals"),
    ("restrictionist: positive, organisers", "The smuggling mafias of the coast charge 5,000 dollars a seat.",
     "smuggling mafias"),
    ("restrictionist: positive, invasion", "The migrant invasion of the islands went on in June.", "migrant invasion"),
    ("migrant side: positive", "The deaths are the work of Fortress Europe.", "Fortress Europe"),
    ("migrant side: positive, a regime", "This is what a deadly border regime looks like.", "deadly border regime"),
    ("migrant side: positive, left to die", "The passengers were watched for hours and left to die.", "left to die"),
    ("migrant side: positive, a war", "The new law is one more step in the war on migrants.", "war on migrants"),
    ("migrant side: positive, pushbacks", "The report documents dozens of pushbacks at sea.", "pushbacks"),
    ("negative: neutral wording", "The trawler carried 300 irregular migrants, and smugglers charged each "
     "5,000 dollars, under the border policy of the union.", None),
    ("near miss: the singular of opposition", "The plan met pushback from farmers in the region.", None),
]


@pytest.mark.parametrize(("name", "text", "label"), CASES, ids=[c[0] for c in CASES])
def test_migration_labels_of_each_side(name: str, text: str, label: str | None) -> None:
    marks = outlet_labels(text)
    if label is None:
        assert marks == [], (name, marks)
    else:
        assert any(label in m or m in label for m in marks), (name, marks)
