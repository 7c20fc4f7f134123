"""Common English given names tell a person's gender (coref.yaml's ``male_given_names`` and
``female_given_names``, completed with frequent English names): a "she" speaker does not go back
to "Donald Reed", nor a "he" to "Barbara Hale" (issue 15; the tune half of the PolNeAR
pronoun/description set, where "she" went to a man named just before). A pronoun of the name's own
gender still goes back to it. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

OPENING = "Union worries\n\n"

# (construction, text, the person the last quote must not be given, the person it must be given)
CASES = [
    ("positive: 'she' after a man's given name", "The head of the nurses' union spoke after Donald Reed left "
     "the stage. \"We will fight this plan,\" she said.", "Donald Reed", None),
    ("positive: 'he' after a woman's given name", "The head of the miners' union spoke after Barbara Hale left "
     "the stage. \"We will fight this plan,\" he said.", "Barbara Hale", None),
    ("negative: the name's own gender", "Donald Reed addressed the nurses' union in Dayton on Friday. "
     "\"We will fight this plan,\" he said.", None, "Donald Reed"),
    ("near miss: a name the lists leave out (a city's too)", "Austin Reed addressed the nurses' union in Dayton "
     "on Friday. \"We will fight this plan,\" she said.", None, "Austin Reed"),
]


@pytest.mark.parametrize(("name", "text", "not_him", "him"), CASES, ids=[c[0] for c in CASES])
def test_a_given_name_tells_the_gender(name: str, text: str, not_him: str | None, him: str | None) -> None:
    who = last_quote_speaker(OPENING + text)
    if not_him is not None:
        assert who != not_him, (name, who)
    if him is not None:
        assert who == him, (name, who)
