"""A figure in a transcript turn ("MR HALE: ... the attack, which killed five people.") is stated
by the turn's speaker label, which the quote stage reads as a speaker; the label looks like a
dateline ("KABUL: ...") but is none, and the figure had no source (issue 15; the briefing
transcript format of the israel-bus probe's README). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

BRIEFING = "DEPARTMENT PRESS BRIEFING\n\n"

# (construction, text, value, words the source holds, or None: the outlet's own voice)
CASES = [
    ("positive: a figure in a relative clause of the turn",
     BRIEFING + "MR HALE: Good afternoon. We strongly condemn the attack at the bus stop, which killed five people.",
     5, "MR HALE"),
    ("positive: a figure in the turn's own clause",
     BRIEFING + "MS ORTIZ: Thank you. Our information is that 12 people were killed in the raid.", 12, "MS ORTIZ"),
    ("negative: a dateline before a reported count", "Blast in Kabul\n\nKABUL: At least 12 people were killed "
     "in the blast, police said.", 12, "police"),
    ("near miss: a dateline before the outlet's own count", "Blast in Kabul\n\nKABUL: At least 12 people were "
     "killed in the blast on Monday.", 12, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_transcript_turn_states_its_figures(name: str, text: str, value: int, source: str | None) -> None:
    figures = figures_of_value(text, value, outlet="US Department of State")
    assert figures, name
    assert_source(figures[0], source, name)
