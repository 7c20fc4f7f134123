"""A name the entity recogniser reads as an organisation that opens with a given name and holds no
word of a body, site or facility is a person ("Nawal Abdelhafiz said ..."): the recogniser takes
many names from languages it saw little of for organisations, and a person typed as a body is no
antecedent for "he" or "she" and no speaker of the person's words (issue 15, speakers; seen on
the tuning half of the invented rawashda-market probe). Bodies a given name opens ("Faisal
Bank", "Nasser Hospital") stay bodies. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the name, the actor type it must get)
CASES = [
    ("positive: a minister's name read as a body", "Haitham Abdelrahim said 31 people had been confirmed dead.",
     "Haitham Abdelrahim", "person"),
    ("positive: a woman's name read as a body", "Nawal Abdelhafiz said the clinic had closed.",
     "Nawal Abdelhafiz", "person"),
    ("positive: a name before 'told'", "Majed Alzoubi told the agency that the convoy was hit.",
     "Majed Alzoubi", "person"),
    ("negative: a bank a given name opens", "Faisal Bank said its branches in the city would stay shut.",
     "Faisal Bank", "organisation"),
    ("negative: a hospital a given name opens", "Nasser Hospital said it had received 40 wounded.",
     "Nasser Hospital", "organisation"),
    ("near miss: a university named after a person", "Mustafa Kemal University said classes would resume on "
     "Monday.", "Mustafa Kemal University", "organisation"),
]


@pytest.mark.parametrize(("name", "text", "who", "kind"), CASES, ids=[c[0] for c in CASES])
def test_a_given_name_opening_an_organisation_entity_is_a_person(name: str, text: str, who: str, kind: str) -> None:
    an = pipeline().analyze_text("Talks in the capital\n\n" + text)
    actors = {a.id: a for a in an.actors}
    found = [actors[m.actor_id] for m in an.mentions if m.text == who and m.actor_id in actors]
    assert found, (name, [(m.text, m.actor_id) for m in an.mentions])
    assert all(a.type == kind for a in found), (name, [(a.name, a.type) for a in found])
