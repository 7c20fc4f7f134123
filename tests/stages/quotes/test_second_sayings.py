"""A verb of saying coordinated by the parser with the verb of a reported clause, with no subject
of its own, in the reporting cue's tense and not in that of the verb it is joined to, which says nothing, is a
second saying of the reporting clause's speaker: "X said A and urged B" (B is X's, and the first
content is A only) (:mod:`newsledger.stages.quotes.second_sayings`)."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding


@pytest.mark.parametrize(("name", "text", "words", "speaker", "first"), [
    ("positive: urged after an aim", "Mr. Abel said the initiative aims to train teachers and urged donors to fund the plan.",
     "donors to fund", "Mr. Abel", "the initiative aims to train teachers"),
    ("positive: added after an event in the present perfect",
     "The council said the storm has flooded two villages and added that the school was closed.",
     "the school was closed", "The council", "the storm has flooded two villages"),
    ("near miss: the content's own tense", "The council said the storm flooded two villages and warned the farmers.",
     "the farmers", "the storm", "the storm flooded two villages"),
    ("negative: the joined verb is a saying", "Ms. Tan said the minister denied the claims and called them lies.",
     "them lies", "the minister", "the minister denied the claims"),
    ("near miss: another tense than the reporting cue", "The mayor says the fund supports small farms and urged donors to give.",
     "donors to give", "the fund", "the fund supports small farms"),
])
def test_second_saying_goes_on_with_the_reporter(name: str, text: str, words: str, speaker: str, first: str) -> None:
    an, found = quotes_holding(text, words)
    assert found and found[0].speaker is not None and found[0].speaker.text == speaker, (name, found)
    starts = sorted(an.quotes, key=lambda q: q.content.start)
    assert starts[0].content.text == first, name
