"""A count inside the object of a verb of calling whose word of falsity the parser hung on the
count's noun as a modifier after it ("called reports of 30 deaths "false and motivated"": "false"
an adjective of "deaths"): the count is denied by the caller, not asserted (issue 15; seen on the
tuning half of the invented kashmir-shelling probe). Invented sentences, parties of every side."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the figure's stance)
CASES = [
    ("positive: quoted words", "Hamas called reports of 12 deaths \"false and misleading\".", 12, "denied"),
    ("positive: another side, quoted", "The junta has called reports of 25 civilian deaths \"false and motivated\".",
     25, "denied"),
    ("positive: a third side, bare", "The police called reports of 9 deaths untrue.", 9, "denied"),
    ("negative: no word of falsity", "The police called reports of 9 deaths in the town.", 9, "asserted"),
    # nouns of falsity as what the count is called ("as an exaggeration", "a hoax", "as disinformation")
    ("positive: called an exaggeration", "Officials described the figure of 70 dead as an exaggeration.", 70, "denied"),
    ("positive: called a hoax", "The army called the claims of 40 dead a hoax.", 40, "denied"),
    ("negative: called accurate", "The ministry described the report of 30 deaths as accurate.", 30, "asserted"),
    ("near miss: an exaggeration of something else", "The 30 deaths led to an exaggeration of the threat, "
     "the report said.", 30, "asserted"),
    ("near miss: a word of falsity before the noun", "The police called the families of 9 false prophets to the "
     "station.", 9, "asserted"),
]


@pytest.mark.parametrize(("name", "text", "value", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_count_called_false_in_the_object(name: str, text: str, value: float, stance: str) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].stance == stance, (name, found[0].stance)
