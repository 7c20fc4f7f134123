"""A pronoun speaking in a free relative ("what it called", "what it said were") under a clause
whose subject names a body stands for that subject, not for the speaker met before (issue 15).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

BEFORE = 'Clashes hit Omdurman on Monday.\n\nA resident said he saw 15 bodies. "I counted them," he said.\n\n'

# (construction, text, words of the content, the speaker actor's code word, or None for "not the broadcaster")
FREE_RELATIVES = [
    ("positive: what it called", "State television on Monday broadcast what it called the confessions of a "
     '"sabotage cell".', "sabotage cell", "MED"),
    ("positive: footage of what it said were", 'State television on Tuesday aired footage of what it said were '
     '"foreign mercenaries".', "foreign mercenaries", "MED"),
    ("negative: a named speaker in the relative", 'State television broadcast what the Sudanese army called '
     '"the confessions of spies".', "confessions of spies", "MIL"),
    ("near miss: a person's pronoun under a body's clause", 'State television interviewed a farmer about what '
     'he called "the night of fire".', "night of fire", None),
]


@pytest.mark.parametrize(("name", "text", "content", "code"), FREE_RELATIVES, ids=[c[0] for c in FREE_RELATIVES])
def test_a_free_relatives_pronoun_is_the_governing_subject(name: str, text: str, content: str,
                                                           code: str | None) -> None:
    an, found = quotes_holding(BEFORE + text, content)
    assert found, name
    codes = [a.code for q in found for a in an.actors if a.id == q.speaker_actor_id]
    if code is None:
        assert not any("MED" in c for c in codes), (name, codes)
    else:
        assert codes and all(code in c for c in codes), (name, codes)
