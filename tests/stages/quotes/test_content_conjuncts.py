"""A cue coordinated with the verb of a reported clause, with no subject of its own, whose speaker
is that clause's subject ("Aides said Smith spoke to the governor and asked him to ...") is part
of the reported clause: the outer content runs over it and its quote is nested there, not a
top-level quote of its own. The cue's own second verb ("The minister said 40 people had died and
warned that ...") still ends the first content (issue 15; seen on PolNeAR train tune text).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the top-level quotes' contents)
CASES = [
    ("positive: the content's subject asked", "Aides said Smith spoke to the governor and asked him to condemn "
     "the violence.", ["Smith spoke to the governor and asked him to condemn the violence"]),
    ("positive: the content's subject cited", "Officials said the agency met the director and cited a list of "
     "concerns about the film.", ["the agency met the director and cited a list of concerns about the film"]),
    ("negative: the cue's own second verb", "The minister said 40 people had died and warned that more could die.",
     ["40 people had died", "that more could die"]),
    ("near miss: two infinitives of one cue, no subject of their own", "The senator refused to release his "
     "tax records or explain how the payments were made.", ["to release his tax records", "how the payments were made"]),
    ("near miss: two that-clauses of one cue", "The mayor said that the bridge was safe and that the road would "
     "reopen.", ["that the bridge was safe and that the road would reopen"]),
]


@pytest.mark.parametrize(("name", "text", "contents"), CASES, ids=[c[0] for c in CASES])
def test_a_second_verb_of_the_reported_clause_stays_in_it(name: str, text: str, contents: list[str]) -> None:
    quotes = sorted((q for q in pipeline().analyze_text(text).quotes if q.parent_id is None), key=lambda q: q.start)
    assert [q.content.text for q in quotes] == contents, name
