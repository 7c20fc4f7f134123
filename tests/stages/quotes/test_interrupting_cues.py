"""A cue set off by commas between a clause's subject and its verb reports the whole clause it
interrupts, also when that verb is a cue of its own ("The library, Mr. Hale said, celebrated
...": Mr. Hale says the library celebrated; the library's own attribution stays)."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding


@pytest.mark.parametrize(("name", "text", "speaker", "words"), [
    ("positive: a verb of praise", "The library, Mr. Hale said, celebrated several of its donors.",
     "Mr. Hale", "The library, Mr. Hale said, celebrated several of its donors"),
    ("positive: a verb of promising", "The new timetable, the minister said, promised lower fares for students.",
     "the minister", "The new timetable, the minister said, promised lower fares"),
    ("positive: a verb of rejecting", "The committee, Ms. Ortiz noted, rejected the harbour proposal last week.",
     "Ms. Ortiz", "The committee, Ms. Ortiz noted, rejected the harbour proposal"),
    ("negative: a verb that cues nothing", "Acts of kindness, the mayor said, are acts of courage.",
     "the mayor", "Acts of kindness, the mayor said, are acts of courage"),
    ("near miss: a relative clause between subject and verb",
     "The committee, which Ms. Ortiz chairs, rejected the harbour proposal.", None, "the harbour proposal"),
    ("near miss: the cue opens the sentence", "Voters say they would consider the harbour plan.",
     "Voters", "they would consider the harbour plan"),
])
def test_interrupting_cue_reports_the_clause(name: str, text: str, speaker: str | None, words: str) -> None:
    _, found = quotes_holding(text, words)
    assert found, name
    if speaker is None:
        assert all(q.speaker is None or "Ortiz" not in q.speaker.text for q in found), name
    else:
        assert any(q.speaker is not None and q.speaker.text == speaker for q in found), (name, found)
