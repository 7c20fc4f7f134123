"""People counted in the "of" phrase of a noun of their fate or whereabouts that a copula or
"remain" calls unknown ("the fate of dozens of people remains unknown", "the whereabouts of 12
crew members are unclear") are missing (issue 15; seen on the tuning half of the invented
karabakh-offensive probe). ``figures.tallied.unknown_fate``; words in ``figures/measures.yaml``
(``fate_nouns``, ``unknown_words``). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the figure's measure)
CASES = [
    ("positive: fate remains unknown", "The fate of 35 villagers remains unknown after the flood.", 35, "missing"),
    ("positive: whereabouts are unclear", "The whereabouts of 12 crew members are unclear, the coast guard said.",
     12, "missing"),
    ("negative: a fate told", "The fate of 40 villagers was decided by a military court.", 40, None),
    ("near miss: another noun called unknown", "The cause of the fire that forced 40 villagers out remains "
     "unknown.", 40, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_people_whose_fate_is_unknown(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)
