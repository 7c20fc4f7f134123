"""A statement published under a heading naming its issuer ("Statement by X, Director of ...",
"Message from X") and set as one quotation with no cue: the issuer speaks it (quotes
speakers.Speakers.headed). Issue 15; seen on the tuning half of the invented zamfara-abduction
probe (a UN agency representative's statement). Invented sentences of every side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Attack on the clinic\n\n"
QUOTE = "\u201cWe are shocked by the attack on the clinic. Nobody should ever target patients.\u201d"


def speaker_of_quote(text: str) -> tuple[str | None, str | None]:
    """The actor name and the written speaker of the quote ``QUOTE``."""
    analysis = pipeline().analyze_text(OPENING + text)
    actors = {a.id: a.name for a in analysis.actors}
    quotes = [q for q in analysis.quotes if q.kind == "direct" and "shocked" in q.content.text]
    assert quotes, text
    q = quotes[0]
    return actors.get(q.speaker_actor_id or ""), q.speaker.text if q.speaker else None


# (construction, text, the speaker's written words, or None for none)
CASES = [
    ("positive: statement by a named director", "Statement by Amara Kone, Director of the Valley Relief "
     "Agency\n\n" + QUOTE, "Amara Kone"),
    ("positive: message from a commander", "Message from Colonel Ivan Petrenko\n\n" + QUOTE, "Ivan Petrenko"),
    ("negative: a heading naming no issuer", "Statement on the floods in the valley\n\n" + QUOTE, None),
    ("near miss: a person the heading is about", "Statement on the visit of Amara Kone to the valley\n\n"
     + QUOTE, None),
]


@pytest.mark.parametrize(("name", "text", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_heading_names_the_speaker_of_the_statement_under_it(name: str, text: str, speaker: str | None) -> None:
    actor, written = speaker_of_quote(text)
    if speaker is None:
        assert written is None, (name, written, actor)
    else:
        assert written is not None and speaker in written, (name, written, actor)
