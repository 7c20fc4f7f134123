"""A subject noun the parser read as the sentence's verb, with the cue hung on it as a modifier
("First reports from volunteers speak of 14 dead": "speak" an acl of "reports"): a finite verb
modifies no noun, so the cue is the noun's verb and the noun its speaker
(``misparse.noun_read_as_verb``; invented sentences)."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

CASES = [
    # positive: an ordinal on a plural noun the parser reads as the verb or as a bare root
    ("first reports, rescuers", "The village was hit at dawn. First reports from rescuers speak of 27 dead and dozens injured.", "27 dead",
     "First reports from rescuers"),
    ("first reports, volunteers", "First reports from volunteers speak of 14 dead and dozens injured.", "14 dead",
     "reports from volunteers"),
    # negative: a determined subject the parser reads right keeps its subject
    ("determined subject", "The reports speak of 9 soldiers killed.", "9 soldiers killed", "The reports"),
    # near miss: a cue with a subject of its own inside a clause on another verb
    ("own subject", "He reports that officials speak of 9 soldiers killed.", "9 soldiers killed", "officials"),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), CASES)
def test_a_noun_read_as_a_verb_speaks(name: str, text: str, content: str, speaker: str) -> None:
    quotes = [q for q in pipeline().analyze_text("Strike\n\n" + text).quotes if q.content.text == content]
    assert quotes, name
    got = [q.speaker.text if q.speaker else "" for q in quotes]
    assert all(speaker in g and len(g) <= len(speaker) + len("First ") for g in got), (name, got)
