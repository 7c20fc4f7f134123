"""A verb whose one-word subject stands for a thing cues no quote: a relative pronoun on a noun
that is neither an actor nor a text ("decisions that threaten the country's stability"), or a
demonstrative pronoun for a fact ("That suggests the cargo was still on board"). Seen on VOA stories
as quotes with "that" or "This" for a speaker and no one who said them. A relative clause on a
text or on an actor keeps its quote. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, words a quote's content would begin with, whether a quote begins with them)
CASES = [
    ("positive: a relative clause on a thing", "The envoy urged the council to avoid any decision that "
     "threatens the fragile truce in the north.", "the fragile truce", False),
    ("positive: a demonstrative for a fact", "The tanker sat at the same depth for three weeks. That suggests "
     "the cargo was still on board.", "the cargo was still on board", False),
    ("negative: a relative clause on a text", "The ministry cited a report that says 40 people were killed "
     "in the raid.", "40 people were killed", True),
    ("near miss: a relative clause the parser hung on a picture", "The channel that first shared the "
     "photo, which describes itself as a \"people's voice\" page, did not reply.", "itself as a", True),
    ("near miss: a relative clause on a polity", "The rules are backed by a coastal city that supports "
     "the new levy on tankers.", "the new levy", True),
    ("near miss: a relative clause on an actor", "Mauritius, which argues it was forced to give up the "
     "islands, welcomed the deal.", "it was forced to give up the islands", True),
]


@pytest.mark.parametrize(("name", "text", "words", "quoted"), CASES, ids=[c[0] for c in CASES])
def test_a_thing_says_nothing(name: str, text: str, words: str, quoted: bool) -> None:
    an = pipeline().analyze_text("Truce talks\n\n" + text)
    assert any(q.content.text.startswith(words) for q in an.quotes) == quoted, (name, [q.content.text for q in an.quotes])
