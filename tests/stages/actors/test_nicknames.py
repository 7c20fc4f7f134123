"""A person's name with a quoted nickname between the given name and the surname ('Rosa "La
Jefa" Montalvo') is one person, named by given name and surname, so a quote after it and a
pronoun that goes on with it are that person's, and a later "Montalvo said" is the same person
(issue 15; seen on the tuning half of the invented haiti-gangs probe). Invented sentences, people
of every side."""

from __future__ import annotations

import pytest

from tests.builders import assert_all_speakers, pipeline

OPENING = "Valley clashes\n\n"


# (construction, text, the name every quote's speaker must have)
CASES = [
    ("positive: a gang leader's nickname", "In a new message, Rosa \"La Jefa\" Montalvo said her fighters "
     "\"never touched a farmer\". The dead, she said, were \"spies of the militia\".", "Rosa Montalvo"),
    ("positive: a police commander's nickname", "Commander Tomas \"The Hammer\" Varga told reporters that "
     "\"the roads are open again\".", "Tomas Varga"),
    ("negative: a name with no nickname", "Rosa Montalvo said her fighters \"never touched a farmer\".",
     "Rosa Montalvo"),
    ("near miss: a quoted word after a name, no surname after it", "A banner in the square read Tomas Varga "
     "\"Traitor\" in red paint, and \"it was gone by noon,\" said Rosa Montalvo.", "Rosa Montalvo"),
]


@pytest.mark.parametrize(("name", "text", "person"), CASES, ids=[c[0] for c in CASES])
def test_a_nickname_between_names_keeps_the_surname(name: str, text: str, person: str) -> None:
    assert_all_speakers(OPENING + text, person, name)


def test_a_quoted_word_after_a_name_is_no_nickname() -> None:
    """The near miss's person keeps the two words of the name: no surname follows the quoted word."""
    analysis = pipeline().analyze_text(OPENING + CASES[-1][1])
    people = {a.name for a in analysis.actors if a.type == "person"}
    assert "Tomas Varga" in people, people
