"""A speaker written as a post and then its holder's name, set off by a comma ("Pakistan's envoy to
the United Nations, Munir Akram, said"; "the spokesperson for the foreign ministry, Ambassador X,
repeated"), is the named person: not the country the post belongs to, and not an earlier speaker
with the same post noun (issue 15: speakers resolved to the wrong person or to a state; seen on a
VOA story). A post written as a title takes the name that follows it with no comma ("U.N.
Resident Coordinator for Laos Peter Kemp said"). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import names_match, pipeline

# (construction, text, words of the quote, a word of the speaker's actor name, a word it must not hold)
CASES = [
    ("positive: a state's post, a preposition, then the name", "Speaking at a Security Council meeting this "
     "week, Bangladesh's permanent representative to the United Nations, Munir Haidar, said the talks had "
     "stalled.", "the talks had stalled", "Haidar", "Bangladesh"),
    ("positive: a post after another holder of the same post", "\"We reject the baseless charges,\" foreign "
     "ministry spokesperson Omar Haddad said in a statement. \"We urge the other side to look at its own "
     "failures,\" the Taliban foreign ministry spokesperson said. On Thursday, the spokesperson for Jordan's "
     "Ministry of Foreign Affairs, Ambassador Rami Nasser, said Amman would not back down.",
     "Amman would not back down", "Nasser", "Haddad"),
    ("positive: a post written as a title, then the name", "\"The police have stepped up the raids,\" U.N. "
     "Resident Coordinator for Laos Peter Kemp said.", "The police have stepped up the raids", "Kemp",
     "United Nations"),
    ("negative: no name after the post", "Speaking at a Security Council meeting this week, Bangladesh's "
     "permanent representative to the United Nations said the talks had stalled.", "the talks had stalled",
     "Bangladesh", "Haidar"),
    ("near miss: a name the post serves, with no comma", "A lawyer for Munir Haidar said the hearing had "
     "been postponed.", "the hearing had been postponed", "lawyer|judiciary", "Haidar"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker", "not_speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_post_and_its_named_holder(name: str, text: str, words: str, speaker: str, not_speaker: str) -> None:
    an = pipeline().analyze_text("Border talks\n\n" + text)
    quotes = [q for q in an.quotes if words in q.content.text]
    assert quotes, name
    names = [a.name for q in quotes for a in an.actors if a.id == q.speaker_actor_id]
    assert names and all(names_match(speaker, [n]) for n in names), (name, names)
    assert not names_match(not_speaker, names), (name, names)
