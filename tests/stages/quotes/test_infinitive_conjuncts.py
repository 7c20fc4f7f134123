"""A finite cue the parser coordinated with the infinitive of the verb before it ("The governor urges
residents to stay calm and assures that ..."): it is that verb's subject who speaks, not the
object the infinitive is about (quotes misparse.infinitive_conjunct_head); the infinitive's own
conjuncts ("to stay indoors and report ...") are still about the object. Issue 15; seen on the
tuning half of the invented zamfara-abduction probe (a police commissioner's assurance in a press
release). Invented sentences of every side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Shelling resumes\n\n"


def speaker_of(text: str, words: str) -> str | None:
    """The written speaker of the quote whose content holds ``words``."""
    analysis = pipeline().analyze_text(OPENING + text)
    quotes = [q for q in analysis.quotes if words in q.content.text]
    assert quotes, text
    q = min(quotes, key=lambda q: len(q.content.text))
    return q.speaker.text if q.speaker else None


# (construction, text, words of the content, the speaker's written words)
CASES = [
    ("positive: urges ... to ... and assures", "The governor urges residents to remain calm and assures that the "
     "army will protect them.", "the army will protect them", "The governor"),
    ("positive: urged ... to ... and assured", "The rebel commander urged farmers to stay calm and assured them "
     "that the fighting would end soon.", "the fighting would end soon", "The rebel commander"),
    ("negative: a conjunct with a subject of its own", "The mayor urged residents to stay indoors, and the "
     "police said that more shelling would follow.", "more shelling", "the police"),
    ("near miss: the infinitive's own bare conjunct", "The mayor urged residents to stay indoors and report "
     "that shelling had resumed.", "shelling had resumed", "residents"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_finite_conjunct_of_an_infinitive_is_the_first_verbs_subjects(
        name: str, text: str, words: str, speaker: str) -> None:
    written = speaker_of(text, words)
    assert written is not None and speaker.lower() in written.lower(), (name, written)
