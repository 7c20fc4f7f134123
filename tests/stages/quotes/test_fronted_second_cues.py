"""A second cue verb the parser coordinated with the content of the first ("X said his men had
taken ... and accused the army of “...”") takes the first cue's speaker; when a fronted phrase
swallowed that speaker as an apposition ("In a video posted on Telegram, the militia's
commander, Arno Velik, said ..."), the misparse is read on the first cue as it is for the cue
itself (issue 15; haiti-gangs' tuning half). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import written_speaker

HEAD = "Fighting near Velna\n\nFighting went on near Velna on Monday.\n\n"


# (construction, text, words of the quote, words the speaker must hold, or None: no speaker)
CASES = [
    ("positive: a video, a commander in apposition, 'said ... and accused'",
     "In a video posted on Telegram, the militia's commander, Arno Velik, said his men had taken \"enemy "
     "trenches\" and accused the army of \"lying to the families\".", "lying to the families", "Arno Velik"),
    ("positive: an interview, a deputy in apposition, 'said ... and accused'",
     "In an interview with local radio, the mayor's deputy, Lina Sorel, said the water had reached the square and "
     "accused the dam operator of \"criminal negligence\".", "criminal negligence", "Lina Sorel"),
    ("negative: no fronted phrase",
     "The militia's commander, Arno Velik, said his men had taken \"enemy trenches\" and accused the army of "
     "\"lying to the families\".", "lying to the families", "Arno Velik"),
    ("near miss: the second clause has a speaker of its own",
     "In a video posted on Telegram, the militia's commander, Arno Velik, said his men had taken the trenches, and "
     "the army accused him of \"lying to the families\".", "lying to the families", "the army"),
]


@pytest.mark.parametrize(("name", "text", "words", "held"), CASES, ids=[c[0] for c in CASES])
def test_a_second_cue_after_a_fronted_phrase(name: str, text: str, words: str, held: str) -> None:
    speaker = written_speaker(HEAD + text, words)
    assert speaker is not None and held in speaker, (name, speaker)
