"""A verb of denial whose whole object is a demonstrative standing for what the sentence before
reported ("Indian media said eight soldiers were killed. Pakistan denied this.") or charged ("X
accused the rebels of diverting aid. The rebels denied it."): the speaker denies that report
(issue 15; seen on the tuning halves of the invented kashmir-shelling and quake-toll probes). A
demonstrative after no report ("asked for a raise. The board rejected it.") denies no
proposition. Invented sentences, parties of every side."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

OPENING = "Border clash\n\n"

# (construction, text, the quote's content, its stance)
CASES = [
    ("positive: denied this", "Local media said nine soldiers were killed at the post. The army denied this.",
     "this", "denied"),
    ("positive: another side, rejected this", "Rebel commanders said their fighters had taken the bridge. "
     "The rebels' rivals rejected this.", "this", "denied"),
    ("negative: a noun of no proposition", "The union asked for a raise. The board rejected this request.",
     "this request", "asserted"),
    ("near miss: a demonstrative after no report", "The union asked for a raise. The board rejected it.", "it",
     "asserted"),
    # a charge just made, by a verb of accusing and what it accuses of (quake-toll's tune half)
    ("positive: denied it after an accusation", "A government spokesman accused the rebels of diverting food "
     "aid to their fighters. The rebels denied it.", "it", "denied"),
    ("positive: blamed for, rejected this", "The army blamed the rebels for the shelling of the market. The "
     "rebels rejected this.", "this", "denied"),
    ("near miss: an accusation of nothing", "The coach accused the referee of nothing. The referee denied it.",
     "it", "asserted"),
]


@pytest.mark.parametrize(("name", "text", "content", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_denial_of_what_was_just_reported(name: str, text: str, content: str, stance: str) -> None:
    found = [q for q in pipeline().analyze_text(OPENING + text).quotes if q.content.text == content]
    assert found, name
    assert found[0].stance == stance, (name, found[0].stance)
