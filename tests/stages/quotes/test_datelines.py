"""A place name in capitals before a colon opening a paragraph is a dateline, not a speaker."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

CASES = [
    # positive: a dateline; the figure's source is the reporter named in the sentence
    ("Toll rises\n\nWASHINGTON: At least 40 people were killed in the flood on Monday, officials said.",
     "WASHINGTON", False),
    ("Talks stall\n\nMOSCOW: The two delegations left without an agreement, a diplomat said.", "MOSCOW", False),
    # negative: a transcript turn, the name is a person's
    ("Debate night\n\nPENCE: We will win this state.\n\nKAINE: We will see about that.", "PENCE", True),
    # near miss: an organisation in capitals before a colon is still a speaker's line
    ("Aid appeal\n\nUNICEF: Children in the camps need clean water now.", "UNICEF", True),
]


@pytest.mark.parametrize(("text", "name", "is_speaker"), CASES)
def test_capitals_before_a_colon(text: str, name: str, is_speaker: bool) -> None:
    analysis = pipeline().analyze_text(text)
    speakers = {q.speaker.text for q in analysis.quotes if q.speaker is not None}
    assert (name in speakers) is is_speaker, speakers
    assert all(f.attribution != name for f in analysis.figures)


def test_a_place_named_speaker_deep_in_a_transcript_keeps_the_turn() -> None:
    # near miss: past the opening paragraphs a colon line is a transcript turn whatever the
    # actor stage makes of the name
    opening = "Debate night\n\n" + "\n\n".join(f"Paragraph {i} of the report went on." for i in range(4))
    analysis = pipeline().analyze_text(opening + "\n\nMOSCOW: We will answer that question later.")
    assert "MOSCOW" in {q.speaker.text for q in analysis.quotes if q.speaker is not None}


SPEAKER_AFTER_DATELINE = [
    # a dateline in mixed case that the parser made the subject: the speaker is the phrase after the colon
    ("Ship lost\n\nZenda City, Zenda Strip: The Free Hand-run Health Ministry in the Zenda Strip says at least 50 "
     "people have been killed.", "The Free Hand-run Health Ministry in the Zenda Strip"),
    ("Ship lost\n\nZENDA - Port authority spokesman, Ivo Marek, said that the ship sank.",
     "Port authority spokesman, Ivo Marek"),
    # negative: no dateline
    ("Ship lost\n\nThe port authority says the ship sank.", "The port authority"),
    # near miss: a colon after the cue opens the content; the speaker is before it
    ("Ship lost\n\nThe port authority says: the ship sank.", "The port authority"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKER_AFTER_DATELINE)
def test_a_speaker_after_a_dateline_is_not_the_dateline(text: str, speaker: str) -> None:
    analysis = pipeline().analyze_text(text)
    speakers = [q.speaker.text for q in analysis.quotes if q.speaker is not None]
    assert speakers == [speaker]


TURNS = [
    # (text, {speaker: actor name of the turn}): labels opening sentences, not paragraphs
    # positive: each turn of an interviewee is his words, the label's short form his too
    ("The BBC spoke with Hamid Karzai in Kabul. BBC: Did you meet the envoy? Hamid Karzai, the former "
     "president: We met twice in Doha. BBC: What did you discuss? Karzai: Trade and the border.",
     {"Hamid Karzai": "Hamid Karzai", "Karzai": "Hamid Karzai"}),
    # negative: the interviewer's turns (a news outlet) claim nothing
    ("VOA spoke with Benjamin Netanyahu. VOA: Will you go to Cairo? Netanyahu: Yes. VOA: When? Netanyahu: Soon.",
     {"Netanyahu": "Benjamin Netanyahu"}),
    # near miss: a name before a colon once is no transcript
    ("Hamid Karzai: the talks will go on. The envoy left Doha on Monday.", {}),
]


@pytest.mark.parametrize(("text", "turns"), TURNS)
def test_a_transcript_turn_is_its_speakers_words(text: str, turns: dict[str, str]) -> None:
    analysis = pipeline().analyze_text(text)
    names = {a.id: a.name for a in analysis.actors}
    got = {q.speaker.text: names.get(q.speaker_actor_id or "") for q in analysis.quotes
           if q.speaker is not None and q.cue is not None and q.cue.text == ":"}
    assert got == turns
