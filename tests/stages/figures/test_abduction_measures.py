"""What happened to people an abduction counts, in three constructions of the reports of a mass
kidnapping (issue 15; seen on the tuning half of the invented zamfara-abduction probe). Invented
sentences of every side.

* the act as a noun governing the count ("the abduction of 42 pupils", as "the killing of 30"),
  carried off ("were whisked away"), and still with those who took them ("remain with their
  captors"): held hostage (figures measures.yaml);
* the object of a measure verb, described by a participle of another ("troops rescued 76
  kidnapped pupils", "police arrested 12 wounded gunmen"): what the verb says happened to them,
  not what the participle says they were (figures.measures._subject_measure)."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the measure)
CASES = [
    ("noun: positive", "Police confirmed the abduction of 42 pupils from the boarding school.", 42, "held hostage"),
    ("noun: positive, kidnapping", "The militia denied the kidnapping of 15 fishermen near the island.", 15,
     "held hostage"),
    ("noun: near miss, the act as subject", "The abduction was condemned by 40 lawmakers in the capital.", 40, None),
    ("carried off: positive", "Residents said 20 girls were whisked away by the gunmen before dawn.", 20,
     "held hostage"),
    ("captors: positive", "The principal said 60 students remain with their captors in the forest.", 60,
     "held hostage"),
    ("captors: positive, another side", "The rebels said 14 soldiers are in captivity at their base.", 14,
     "held hostage"),
    ("captors: near miss, with others", "The principal said 60 students remain with their teachers in the hall.",
     60, None),
    ("object: positive", "Troops rescued 76 kidnapped pupils in a raid on the camp.", 76, "rescued"),
    ("object: positive, another side", "The rebels said they had freed 30 abducted villagers.", 30, "released"),
    ("object: negative, the participle alone", "The principal counted 76 kidnapped pupils on the list.", 76,
     "held hostage"),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_what_happened_to_the_people_an_abduction_counts(name: str, text: str, value: float,
                                                         measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)
