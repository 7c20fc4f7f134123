"""A quotation right after a name and a colon that follow a liveblog's time stamp or a page label
("18:10 | BREAKING: Interior CS Jane Roe: “...”") is the name's: the name speaks, not the
speaker of the entry before; a page label alone before the colon ("BREAKING: “...”") is no
speaker (issue 15; seen on the tuning half of the invented nairobi-protest probe, a TV liveblog).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker

BLOG = ("LIVE | Floods in the valley\n\n"
        "11:05 | In a statement, the Red Cross says its teams \"reached every village\".\n\n")

# (construction, text, words of the quotation, the speaker's words, or None: no speaker)
CASES = [
    ("positive: a name after a time stamp and a label", BLOG + "10:40 | BREAKING: Water Minister Halima Yusuf: "
     "\"No dam has failed. The water came from the hills.\"", "No dam has failed", "Halima Yusuf"),
    ("positive: a name after a time stamp", BLOG + "10:40 | Governor Samuel Otieno: \"We are moving families to the "
     "schools tonight.\"", "moving families", "Samuel Otieno"),
    ("negative: a page label alone", BLOG + "10:40 | BREAKING: \"The bridge is gone,\" a driver said.", "bridge is gone",
     "driver"),
    ("near miss: a name inside a sentence before the colon", BLOG + "10:40 | Rescuers are waiting for Governor "
     "Samuel Otieno: \"We are moving families to the schools tonight.\"", "moving families", "Red Cross"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_name_and_a_colon_open_its_quotation(name: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker(text, words, speaker)
