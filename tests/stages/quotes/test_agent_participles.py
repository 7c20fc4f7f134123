"""A participle of saying on the "by" phrase of a passive ("a clip posted by accounts claiming
to show "..."", "footage circulated by supporters claiming ..."): the doer the "by" phrase names
says what the participle says, as a subject noun with such a participle does (issue 15; seen on
the tuning half of the invented gaza-shelter probe). Invented sentences, parties of every side."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the quote's content, the speaker as written)
CASES = [
    ("positive: shared by", 'A video, shared by militia channels claiming to show "the enemy fleeing the bridge", '
     "was filmed in 2019.", "the enemy fleeing", "militia channels"),
    ("positive: circulated by", 'Footage circulated by rebel supporters claiming to show "a downed army helicopter" '
     "came from a video game.", "a downed army", "rebel supporters"),
    ("positive: posted by, another side", 'A photograph, posted by settler groups claiming to show "a stockpile of '
     'weapons in the mosque", was taken in Syria.', "a stockpile", "settler groups"),
    # negative: the participle of the subject noun itself (the rule before this one)
    ("negative: the subject's participle", 'A clip of the riverbank, claiming to show "a mass grave near the camp", '
     "was shared by activists.", "a mass grave", "A clip of the riverbank"),
    # near miss: the "by" phrase is there, but the subject's own verb says it
    ("near miss: the subject's finite verb", 'A clip posted by opposition accounts on Friday claims to show '
     '"soldiers burning a village".', "soldiers burning", "A clip"),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_the_agent_of_a_passive_says_what_its_participle_says(name: str, text: str, content: str,
                                                              speaker: str) -> None:
    _, quotes = quotes_holding(f"Report\n\n{text}", content)
    assert quotes, name
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker, name
