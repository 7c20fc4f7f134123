"""A name that a naming clause gives one person ("a herder who gave his name only as Hama") is
that person's name, whatever else the dictionary reads in it (Hama is a Syrian city), and the
person it names is no one of that place (issue 15, actor naming of speakers)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the name, whether it names a person)
CASES = [
    # positive: a place's name given as a person's
    ("a city's name given", "Raid\n\nOne of them, a herder who gave his name only as Hama, said soldiers "
     "burned the pens.", "Hama", True),
    ("a name given, no 'only'", "Raid\n\nOne of them, a herder who gave his name as Hama, said soldiers "
     "burned the pens.", "Hama", True),
    # negative: the same name as a place
    ("the city", "Raid\n\nOne of them, a herder from Hama, said soldiers burned the pens.", "Hama", False),
    # near miss: a naming clause on a group, not on one person
    ("a group's name", "Raid\n\nThe fighters, who gave their name as Hama, said they burned the pens.", "Hama",
     False),
]


@pytest.mark.parametrize(("name", "text", "word", "person"), CASES, ids=[c[0] for c in CASES])
def test_a_name_given_to_a_person_names_a_person(name: str, text: str, word: str, person: bool) -> None:
    an = pipeline().analyze_text(text)
    mentions = [m for m in an.mentions if m.text == word]
    assert mentions, name
    actor = an.actor(mentions[0].actor_id)
    assert (actor is not None and actor.type == "person" and actor.name == word) == person, name
    herder = [m for m in an.mentions if m.text.lower().endswith("herder")]
    if person:  # the person named is not one of the place's people
        assert herder and an.actor(herder[0].actor_id) is not None
        assert an.actor(herder[0].actor_id).country != "SYR", name
