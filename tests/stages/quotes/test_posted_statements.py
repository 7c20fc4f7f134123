"""A statement put online and reported with "posted ... that" (issue 15; seen on the tuning half
of the invented qamishli-drone probe): "The ministry posted on Telegram that the strike hit a
depot" attributes the clause to the ministry, as "wrote" does; "posted a video" puts something
up and says nothing (its object is no content). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words the content holds, the speaker, or None for no quote)
CASES = [
    ("positive: posted that", "The interior ministry posted on Telegram that the convoy had been attacked by "
     "bandits.", "the convoy had been attacked", "The interior ministry"),
    ("positive: posted that, partial quotes", 'The press office posted on Sunday that photos of "burned homes" '
     'were "taken years ago".', "photos of", "The press office"),
    ("negative: posted an object", "The interior ministry posted a video of the convoy on Telegram.",
     "a video of the convoy", None),
    ("near miss: another sense, posted troops", "The army posted troops along the road to the border.",
     "troops along the road", None),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_statement_posted_online(name: str, text: str, words: str, speaker: str | None) -> None:
    _, quotes = quotes_holding(text, words)
    if speaker is None:
        assert quotes == [], (name, [q.content.text for q in quotes])
        return
    assert len(quotes) == 1, (name, [q.content.text for q in quotes])
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker, (name, quotes[0].speaker)
