"""A body's name of several words headed by a plural noun ("Doctors Without Borders", "Reporters
Without Borders") is one organisation: "it" in the next sentence names it, and the quote "it"
speaks is that body's (issue 15, speakers; seen on a VOA story, "The media watchdog Reporters
Without Borders said ... But it said ..."). A one-word plural name ("the Houthis") and a plural
common noun ("Local doctors") are not taken up by "it". Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

HEAD = "Hospitals short of fuel\n\nHospitals in Velna ran short of fuel on Monday.\n\n"


def it_speaker(text: str, words: str) -> str | None:
    """The actor's name of the speaker of the quote holding ``words``."""
    an = pipeline().analyze_text(HEAD + text)
    names = {a.id: a.name for a in an.actors}
    found = [q for q in an.quotes if words in q.content.text]
    assert found, (words, [q.content.text for q in an.quotes])
    return names.get(found[0].speaker_actor_id or "")


# (construction, text, words of the "it" quote, the speaker's actor, or None)
CASES = [
    ("positive: 'Doctors Without Borders ... It said'", "Doctors Without Borders said the wards were full. It "
     "said two clinics had closed.", "two clinics had closed", "Médecins Sans Frontières"),
    ("positive: 'Reporters Without Borders ... But it said'", "The media watchdog Reporters Without Borders said "
     "conditions had improved. But it said reporters still faced arrest.", "reporters still faced arrest",
     "Reporters Without Borders"),
    ("negative: a singular body's name", "Amnesty International said the wards were full. It said two clinics "
     "had closed.", "two clinics had closed", "Amnesty International"),
    ("near miss: a plural common noun", "Local doctors said the wards were full. It said two clinics had closed.",
     "two clinics had closed", None),
]


@pytest.mark.parametrize(("name", "text", "words", "actor"), CASES, ids=[c[0] for c in CASES])
def test_it_names_a_body_with_a_plural_headed_name(name: str, text: str, words: str, actor: str | None) -> None:
    assert it_speaker(text, words) == actor, name
