"""A connective opening the sentence of a reported content ("But", "And", "Yet", "However") is the
writer's link to the sentence before, not the speaker's words: an indirect content starts after
it; a direct quotation keeps it (:mod:`newsledger.stages.quotes.connectives`)."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding


@pytest.mark.parametrize(("name", "text", "words", "content"), [
    ("positive: but, interrupting cue", "The bridge opened in May. But the toll, the mayor said, would rise next year.",
     "would rise", "the toll, the mayor said, would rise next year"),
    ("positive: and, closing cue", "The plan is popular. And more than half of the costs are hidden, critics say.",
     "hidden", "more than half of the costs are hidden"),
    ("positive: however and its comma", "Fees went up. However, the rules will not change, the ministry said.",
     "change", "the rules will not change"),
    ("negative: a direct quotation keeps it", "The bridge opened in May. “But the toll will rise next year,” the mayor said.",
     "toll", "“But the toll will rise next year,”"),
    ("near miss: the connective opens the cue's clause", "The bridge opened in May. But the mayor said the toll would rise.",
     "toll", "the toll would rise"),
])
def test_leading_connective_is_left_out(name: str, text: str, words: str, content: str) -> None:
    _, found = quotes_holding(text, words)
    assert [q.content.text for q in found][:1] == [content], name
