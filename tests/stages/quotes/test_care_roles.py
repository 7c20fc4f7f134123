"""A nurse, a paramedic or a medic who speaks is a person named by a role (quotes speakers.yaml
``role_nouns``, as a doctor is): "she said" after them goes on with them, not with a person
named in a paragraph before them ("A nurse at the clinic, who asked not to be named, said ... Two of them had
died, she said."). Issue 15; seen on the tuning half of the invented haiti-gangs probe. Invented
sentences, speakers of every side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Clinic overwhelmed\n\n"
MAYOR = "\"We are still counting,\" said the mayor, Jean Dupuis.\n\n"


def last_speaker(text: str) -> tuple[str | None, str | None]:
    """The actor name and the written speaker of the article's last quote."""
    analysis = pipeline().analyze_text(OPENING + text)
    actors = {a.id: a.name for a in analysis.actors}
    q = max(analysis.quotes, key=lambda q: q.content.start)
    return actors.get(q.speaker_actor_id or ""), q.speaker.text if q.speaker else None


# (construction, text, whether the last quote goes back to Jean Dupuis)
CASES = [
    ("positive: a nurse", MAYOR + "A nurse at the clinic, who asked not to be named, said 19 people had been "
     "treated for gunshot wounds. Two of them had died by morning, she said.", False),
    ("positive: a paramedic", MAYOR + "A paramedic at the scene said 12 people had been taken away. Three of "
     "them were children, he said.", False),
    ("negative: the mayor again", MAYOR + "He said 19 people had been treated for gunshot wounds. Two of them "
     "had died by morning, he said.", True),
    ("near miss: a care noun that names no speaker", MAYOR + "The clinic has one nurse for 19 patients. Two of "
     "them had died by morning, he said.", True),
]


@pytest.mark.parametrize(("name", "text", "dupuis"), CASES, ids=[c[0] for c in CASES])
def test_a_care_worker_speaks_for_themselves(name: str, text: str, dupuis: bool) -> None:
    who, written = last_speaker(text)
    assert written is not None, name
    assert (who == "Jean Dupuis") == dupuis, (name, who)
