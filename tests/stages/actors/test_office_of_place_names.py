"""A title with an "of" phrase and a name in apposition after it ("The governor of Alto Cauca,
Ana Ruiz Mejía, said"), where the parser hangs the name on the place or body of the office, names
the office's holder: the title and every later "the governor" and "she" are that person (issue 15,
quote speakers; seen on the tuning half of the invented colombia-base probe, where a later "She"
went to another woman named between). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import quote_speaker_names

LEAD = "Attack on the town\n\nThe bomb exploded at night.\n\n"
BETWEEN = ("The clinic's director, Rosa Elvira Patiño, said 20 people were treated.\n\nAccording to the "
           "governor, the security council will meet on Friday. ")
# (construction, text, the speaker's actor name of every quote)
CASES = [
    ("positive: governor of a place, name", LEAD + "The governor of Alto Cauca, Ana Ruiz Mejía, visited the town. "
     + BETWEEN + 'She asked for help: "We cannot be left alone."', "Ana Ruiz Mejía"),
    ("positive: mayor of a department's town, name", LEAD + "The mayor of San Telmo municipality, Lucía Varela "
     "Gil, visited the town. " + BETWEEN.replace("governor", "mayor") + 'She asked for help: "We cannot be left '
     'alone."', "Lucía Varela Gil"),
    ("negative: the name first, the office after it", LEAD + "Ana Ruiz Mejía, the governor of Alto Cauca, "
     "visited the town. " + BETWEEN + 'She asked for help: "We cannot be left alone."', "Ana Ruiz Mejía"),
    ("near miss: a person in the of-phrase", LEAD + "The deputy of the governor, Marta Gil Sosa, visited the town. "
     '"We cannot be left alone," she said.', "Marta Gil Sosa"),
]


@pytest.mark.parametrize(("name", "text", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_an_office_of_a_place_names_its_holder(name: str, text: str, speaker: str) -> None:
    found = quote_speaker_names(text)
    assert found, name
    assert found[-1] == speaker, (name, found)
