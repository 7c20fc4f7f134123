"""A cue with a clause on each side takes the one after it that "that" or "whether" marks as its
own: "Bridges closed On another front, the ministry said Monday that it closed 12 bridges" says
the closing, not the subheading the page ran into the sentence (seen on a VOA story, where a
quote's content was "Media outlets closed On another counterterrorism front"). A clause before
the cue with nothing marked after it stays the content. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, words the content holds, words it must not hold)
CASES = [
    ("positive: a subheading run into the sentence", "Bridges closed On another front, the ministry said "
     "Monday that it closed 12 bridges to traffic.", "it closed 12 bridges", "Bridges closed"),
    ("positive: 'whether' after the cue", "Talks stall In Geneva, the envoy asked on Friday whether the "
     "ceasefire still held.", "the ceasefire still held", "Talks stall"),
    ("negative: the clause before the cue, nothing marked after", "The port will reopen within days, the "
     "agency said on Friday.", "The port will reopen", "agency"),
    ("near miss: a marked clause of another verb after the cue", "\"The port will reopen,\" the agency said "
     "on Friday, adding that ships were waiting.", "The port will reopen", "ships were waiting"),
]


@pytest.mark.parametrize(("name", "text", "words", "not_words"), CASES, ids=[c[0] for c in CASES])
def test_the_marked_clause_is_the_content(name: str, text: str, words: str, not_words: str) -> None:
    an = pipeline().analyze_text("Ports and bridges\n\n" + text)
    contents = [q.content.text for q in an.quotes if words in q.content.text]
    assert contents, (name, [q.content.text for q in an.quotes])
    assert not any(not_words in c for c in contents), (name, contents)
