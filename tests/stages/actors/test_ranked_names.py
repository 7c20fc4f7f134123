"""A person's name after a rank noun that the entity recogniser read as no kind of actor (a work
of art after a quotation: '"...," Brigadier NAME, the Sector Commander, said') is a person, so
the quote is the person's and a pronoun after it ("He added that ...") is too (issue 15; seen on
the tuning half of the invented kashmir-shelling probe). Invented sentences, parties of every side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Border clash\n\n"


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """The actor names and types of the speakers of the article's quotes, in order."""
    analysis = pipeline().analyze_text(OPENING + text)
    actors = {a.id: (a.name, a.type) for a in analysis.actors}
    return [actors.get(q.speaker_actor_id or "", (None, None)) for q in analysis.quotes]


# (construction, text, the name every quote's speaker must have, or None: no quote's speaker is a person)
CASES = [
    ("positive: a brigadier", "\"Our troops have answered with full force and the enemy has been given a clear "
     "message,\" Brigadier Naveed Akhtar, the Sector Commander, said while visiting the injured. He added that "
     "\"the nation stands with the families of the fallen\".", "Naveed Akhtar"),
    ("positive: a sergeant, another side", "\"Our soldiers did their duty,\" Sergeant Anna Kovalenko, a medic, said "
     "at the hospital.", "Anna Kovalenko"),
    ("negative: a rank and no name", "\"The depot burned all night,\" a sergeant said at the hospital.", None),
    ("near miss: a title of a work after a rank noun", "The colonel read from \"Sergeant Pepper\" at the "
     "ceremony, a medic said.", None),
]


@pytest.mark.parametrize(("name", "text", "person"), CASES, ids=[c[0] for c in CASES])
def test_a_name_after_a_rank_is_a_person(name: str, text: str, person: str | None) -> None:
    found = speakers(text)
    assert found, name
    if person is None:
        assert all(kind != "person" for _, kind in found), (name, found)
    else:
        assert all(who == person for who, _ in found), (name, found)
