"""A "he" or "she" speaker is not a speaker the article has already called by the other pronoun:
after '"...," she said' of a woman, a later '"...," he said' that follows an unnamed man (an
official speaking on condition of anonymity, whom the chain cannot take for "he") does not go
back to her (issue 15; seen on the tuning half of the invented haiti-gangs probe). A speaker
whose gender the article never shows may still be either. Invented sentences, speakers of every
side."""

from __future__ import annotations

import pytest

from tests.builders import last_quote_speaker

OPENING = "River town attack\n\n"
WOMAN = ("Amina Diallo, 54, hid in a cupboard all night. \"They burned every house on the street,\" she said. "
         "At least 12 people died, according to a local official who spoke on condition of anonymity. ")


def last_speaker(text: str) -> str | None:
    """The actor name of the speaker of the article's last quote."""
    return last_quote_speaker(OPENING + text)


# (construction, text, whether the last quote is Amina Diallo's)
CASES = [
    ("positive: 'he' after a woman called 'she'", WOMAN + "\"The soldiers came far too late,\" he said.", False),
    ("positive: 'she' after a man called 'he'", "Ousmane Keita, a trader, lost his shop. \"They took the rice,\" "
     "he said. Dozens fled, according to an aid worker who asked not to be named. \"Nobody helped us,\" she "
     "said.", False),
    ("negative: the same pronoun again", WOMAN + "\"The soldiers came far too late,\" she said.", True),
    ("near miss: a woman whose pronoun the article never gives", "Amina Diallo, 54, said the town was empty. "
     "\"The soldiers came far too late,\" she said.", True),
]


@pytest.mark.parametrize(("name", "text", "hers"), CASES, ids=[c[0] for c in CASES])
def test_a_gendered_pronoun_skips_speakers_of_the_other(name: str, text: str, hers: bool) -> None:
    who = last_speaker(text)
    assert (who in ("Amina Diallo", "Ousmane Keita")) == hers, (name, who)
