"""A direct quote that speaks of someone in the third person ("or he is uncertain, he will wait")
is not that person's: a speaker says "I" of themselves, so "he said" after it is the speaker met
before, not the person its words call "he" (issue 15; seen on a VOA story). Reported speech keeps
its reading ("he said he would wait" is the speaker). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import quotes_holding

# (construction, text, words of the content, the speaker's name)
SPOKEN_OF = [
    ("positive: he", 'Brazilian President Carlos Lopez is keeping new tariffs on Argentina, officials said Sunday. '
     '"If smuggling ends, the tariffs will come off," Trade Minister Paulo Reis told a television show. '
     '"But if smuggling does not end, or he is uncertain about it, he will keep them," he said.',
     "he will keep them", "Paulo Reis"),
    ("positive: she", 'Chilean President Ana Silva has frozen the mining deal, aides said Monday. "We expect '
     'talks soon," Finance Minister Rosa Diaz told reporters. "If she is not satisfied, she will walk away," '
     'she said.', "she will walk away", "Rosa Diaz"),
    ("negative: no third person in the quote", 'Brazilian President Carlos Lopez is keeping new tariffs on '
     'Argentina, officials said Sunday. "The tariffs will stay," Trade Minister Paulo Reis told a television show. '
     '"This is black and white," he said.', "black and white", "Paulo Reis"),
    ("near miss: reported speech of oneself", 'Trade Minister Paulo Reis met the envoy on Monday. Brazilian '
     'President Carlos Lopez spoke later. He said he would keep the tariffs until he is comfortable.',
     "keep the tariffs", "Carlos Lopez"),
]


@pytest.mark.parametrize(("name", "text", "content", "speaker"), SPOKEN_OF, ids=[c[0] for c in SPOKEN_OF])
def test_a_quote_speaking_of_someone_is_not_theirs(name: str, text: str, content: str, speaker: str) -> None:
    an, found = quotes_holding(f"Report\n\n{text}", content)
    names = [a.name for q in found for a in an.actors if a.id == q.speaker_actor_id]
    assert found and len(names) == len(found), (name, names)
    assert set(names) == {speaker}, (name, names)
