"""A body that is no news medium and gives a figure "citing" its informants states the figure
itself ("The rights group said 52 people died, citing relatives"); a news medium citing someone
carries the cited words (issue 15, attribution chains)."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, words the source must contain)
CASES = [
    # positive: a rights body or a medics' network reports, then cites its informants
    ("rights body, citing after its clause", "Market raid\n\nHuman Rights Watch said at least 37 villagers had "
     "been killed, citing relatives and local sources.", 37, "Human Rights Watch"),
    ("medics' network gives a toll, citing records", "Market raid\n\nThe Sudan Doctors Network gave a toll of "
     "37 dead, citing records from two clinics in the town.", 37, "Sudan Doctors Network"),
    # negative: a news medium citing others carries their words
    ("news agency, citing after its clause", "Market raid\n\nReuters reported that at least 37 villagers had "
     "been killed, citing relatives.", 37, "relatives"),
    ("broadcaster gives a toll, citing records", "Market raid\n\nAl Jazeera gave a toll of 37 dead, citing "
     "records from two clinics in the town.", 37, "two clinics"),
    # near miss: a body's clause citing people, not documents, passes their words on
    ("medics' network gives a toll, citing officials", "Market raid\n\nThe Sudan Doctors Network gave a toll "
     "of 37 dead, citing local officials.", 37, "local officials"),
    # near miss: a citing phrase between the body and its verb keeps naming the cited source
    ("rights body, citing before its verb", "Market raid\n\nHuman Rights Watch, citing local doctors, said at "
     "least 37 villagers had been killed.", 37, "local doctors"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_body_citing_its_informants_states_the_figure(name: str, text: str, value: float, source: str) -> None:
    found = figures_of_value(text, value)
    assert found, name
    assert source in found[-1].attribution, name

