"""The value an estimate puts its object at is part of what is said: "estimated the toll at 300"
says the toll is 300; "at" with a counted object is no circumstance of the saying (``value_preps``
in ``cues.yaml``), as "at the briefing" or "at 3 pm" are."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding


@pytest.mark.parametrize(("name", "text", "content"), [
    ("positive: a number", "The ministry estimated the toll at 300 on Monday.", "the toll at 300"),
    ("positive: a counted noun after a second saying",
     "The agency said it found that the dam had not failed and estimated the damage at 40 million dollars.",
     "the damage at 40 million dollars"),
    ("negative: no value phrase", "The ministry estimated the damage.", "the damage"),
    ("near miss: a time", "The ministry estimated the toll at 3 pm on Monday.", "the toll"),
])
def test_value_of_an_estimate_is_in_the_content(name: str, text: str, content: str) -> None:
    _, found = quotes_holding(text, "the ")
    estimated = [q for q in found if q.cue is not None and q.cue.text == "estimated"]
    assert [q.content.text for q in estimated] == [content], (name, [(q.cue, q.content.text) for q in found])
