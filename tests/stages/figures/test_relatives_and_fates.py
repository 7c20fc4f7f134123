"""What befell the counted, told without a measure verb over them (issue 15; seen on the tuning
half of the invented karabakh-offensive probe). Invented sentences, parties of every side.

* A relative clause of saying on the counted, whose reported clause has them as its gapped
  subject ("the names of 192 servicemen it said were killed", "25 soldiers the army says were
  wounded"), says what befell them, as "who were killed" does
  (``figures.counted.reported_relatives``).
* People counted in the "of" phrase of a noun of their fate or whereabouts that a copula or
  "remain" calls unknown ("the fate of dozens of people remains unknown", "the whereabouts of 12
  crew members are unclear") are missing (``figures.tallied.unknown_fate``; words in
  ``figures/measures.yaml``: ``fate_nouns``, ``unknown_words``)."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the figure's measure)
RELATIVES = [
    ("positive: it said were killed", "The ministry listed the names of 192 servicemen it said were killed "
     "in the fighting.", 192, "killed"),
    ("positive: another side, says were wounded", "The rebels posted a list of 25 fighters the movement says "
     "were wounded.", 25, "injured"),
    ("negative: a clause of what they did", "The army named 25 soldiers it said fought bravely.", 25, None),
    ("near miss: the reported clause has its own subject", "The ministry listed 30 villages it said the "
     "shells had killed.", 30, None),
]

FATES = [
    ("positive: fate remains unknown", "The fate of 35 villagers remains unknown after the flood.", 35, "missing"),
    ("positive: whereabouts are unclear", "The whereabouts of 12 crew members are unclear, the coast guard said.",
     12, "missing"),
    ("negative: a fate told", "The fate of 40 villagers was decided by a military court.", 40, None),
    ("near miss: another noun called unknown", "The cause of the fire that forced 40 villagers out remains "
     "unknown.", 40, None),
]

CASES = RELATIVES + FATES


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_the_measure_of_relatives_and_fates(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)
