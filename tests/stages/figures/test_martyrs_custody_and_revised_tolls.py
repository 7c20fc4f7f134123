"""What happened to the counted, in four constructions of casualty reports from South Asia and
elsewhere (issue 15; seen on the tuning half of the invented mosque-blast probe). Invented
sentences.

* the Urdu words for the martyr and martyrs in South Asia's English press and releases ("the
  number of shuhada", "jawans shaheed"): killed; a martyr's relatives counted are not the dead;
* held by the police ("taken into custody", "in custody"): detained; custody of children is no
  arrest;
* a toll revised with a particle of direction before its new value ("revised the toll down to
  84"): the measure of the toll; a distance moved "down to" is no count;
* "it" as the object of a verb of estimating, standing for the toll named before it ("put it at
  100"): that toll's measure; with no measure noun before it, none;
* carried to a hospital's rooms ("admitted to the surgical wards", "shifted to the ICU"): injured."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the measure)
CASES = [
    ("martyrs: positive, a tally of them", "The spokesman said the number of shuhada had reached 36 by the evening.",
     36, "killed"),
    ("martyrs: positive, after the counted", "A post claimed 45 jawans shaheed in the raid on the border post.", 45,
     "killed"),
    ("martyrs: negative, a martyr's family", "The shaheed's six children were given a stipend, the police said.", 6,
     None),
    ("custody: positive, taken into", "Police said 23 suspects have been taken into custody in Mardan.", 23,
     "detained"),
    ("custody: positive, in custody", "Five suspects were in custody, the officer said.", 5, "detained"),
    ("custody: near miss, of children", "The court gave custody of the 2 children to their mother.", 2, None),
    ("revised down: positive", "Officials revised the death toll from the landslide down to 61 on Monday.", 61,
     "killed"),
    ("revised down: near miss, a distance", "The army moved the brigade down to 40 kilometres from the border.", 40,
     None),
    ("it for the toll: positive", "The toll rose to 59 by noon, and the health office put it at 72 at night.", 72,
     "killed"),
    ("it for the toll: negative, no toll before", "The ministry put it at 12 on Monday.", 12, None),
    ("hospital rooms: positive, wards", "Doctors said 47 were admitted to the surgical and orthopaedic wards.", 47,
     "injured"),
    ("hospital rooms: positive, shifted to the ICU", "Doctors said 19 were shifted to the ICU overnight.", 19,
     "injured"),
    ("hospital rooms: near miss, a school's wing", "The council said 12 patients were moved to the new wing of "
     "the school.", 12, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_what_happened_to_the_counted(name: str, text: str, value: float, measure: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].measure == measure, (name, found[0].measure)


def test_every_construction_has_a_positive_and_a_negative_or_near_miss() -> None:
    kinds: dict[str, set[str]] = {}
    for name, *_ in CASES:
        construction, kind = name.split(": ", 1)
        kinds.setdefault(construction, set()).add(kind.split(",")[0])
    assert len(kinds) == 5
    assert all("positive" in k and ({"negative", "near miss"} & k) for k in kinds.values()), kinds
