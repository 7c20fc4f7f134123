"""An impersonal "it" is no speaker: the subject of an evaluative frame whose extraposed
infinitive is a cue verb ("It's easy to see why ...", "It is fair to say that ...", "makes it hard
to see how ...", "It's one thing to say ..."). The content is kept with no speaker; "it" for a
body that does the act ("It is ready to announce ...") keeps its speaker (issue 15; seen on VOA
set 1 and PolNeAR train tune text). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_speaker_text

BODY = "The harbour authority met on Monday. "

# (construction, text, words of the content, the speaker as written: None for no speaker)
CASES = [
    ("positive: easy to see why", BODY + "It's easy to see why the fishermen are angry about the fees.",
     "the fishermen are angry", None),
    ("positive: fair to say that", BODY + "It is fair to say that the dredging went badly.",
     "the dredging went badly", None),
    ("positive: makes it hard to see how", BODY + "The delay makes it hard to see how the port reopens in May.",
     "the port reopens", None),
    ("positive: one thing to say", BODY + "It's one thing to say you will cut the fees for every boat.",
     "you will cut the fees", None),
    ("negative: it for a body that speaks", BODY + "It said that the fees would rise in June.",
     "the fees would rise", "It"),
    ("near miss: a predicate whose subject acts", BODY + "It is ready to announce that the fees will rise.",
     "the fees will rise", "It"),
    ("near miss: a named subject of the frame", BODY + "The mayor is quick to say that the fees are fair.",
     "the fees are fair", "The mayor"),
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_an_impersonal_it_is_no_speaker(name: str, text: str, words: str, speaker: str | None) -> None:
    assert_speaker_text(text, words, speaker, name)
