"""A place named by its bearing or its coast, as reports of disasters at sea name where they
happened (issue 15; seen on the tuning half of the invented shipwreck probe; context.yaml
``bearing_words``, ``context._bearing``). Invented sentences.

* "N nautical miles south-west of X", "the sinking north-east of X", "off the coast of X": X is the
  figure's place, whatever the recogniser labelled the name (an island read as a person);
* a bearing inside the phrase of the count's reporter is not the count's place; a bearing with
  no name after it ("near the port") names none."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the figure's place)
CASES = [
    ("bearing: positive, a name read as a person", "The toll from the sinking north-east of Lampedusa rose to 30 "
     "on Friday.", 30, "Lampedusa"),
    ("coast: positive", "A ferry capsized off the coast of Sicily, killing 12 people.", 12, "Sicily"),
    ("bearing: negative, the reporter's phrase", "The toll rose to 30, the governor of the province south of "
     "Kabul said.", 30, None),
    ("bearing: near miss, no name", "The toll from the sinking near the port rose to 30 on Friday.", 30, None),
]


@pytest.mark.parametrize(("name", "text", "value", "place"), CASES, ids=[c[0] for c in CASES])
def test_a_place_named_by_its_bearing(name: str, text: str, value: float, place: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].place == place, (name, found[0].place)
