"""A verb of verbal attack that is also a verb of physical attack cues a quote only in its
verbal sense (invented sentences: positive, negative, near miss)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import ActorLayer
from tests.builders import run_stage

Parse = Callable[..., ParsedDoc]

CASES = [
    ("verbal sense: an idea attacked", "The senator attacked the new law in a speech.", ["the new law"]),
    ("physical sense: a building attacked", "The army denied it attacked the hospital.", []),
    ("physical sense: a vehicle hit, passive", "The convoy was hit near the border, officials said.", []),
    ("near miss: a body of people attacked verbally", "The mayor attacked the city council over the budget.",
     ["the city council over the budget"]),
]


@pytest.mark.parametrize(("name", "text", "contents"), CASES, ids=[c[0] for c in CASES])
def test_attack_cues_speech_only_in_its_verbal_sense(parse: Parse, name: str, text: str, contents: list[str]) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    attacks = [q.content.text for q in quotes if q.cue_lemma in ("attack", "hit")]
    assert attacks == contents, name


NAMING = [
    ("speech: a characterisation", "The minister called the attack cowardly.", ["the attack cowardly"]),
    ("naming: a participle after the noun", "A group called the Lions claimed the attack.", []),
    ("naming: the name's own verb follows", "A militia called the anti-Balaka fought back.", []),
    ("near miss: a request", "The minister called for calm in the capital.", ["calm in the capital"]),
    ("near miss: a characterisation after a relative clause",
     "One of the doctors who signed the letter called Oz a quack, fake and charlatan.",
     ["Oz a quack, fake and charlatan"]),
]


@pytest.mark.parametrize(("name", "text", "contents"), NAMING, ids=[c[0] for c in NAMING])
def test_naming_verbs_cue_speech_only_when_they_speak(
    parse: Parse, name: str, text: str, contents: list[str]
) -> None:
    quotes = list(run_stage("quotes", parse(text), actors=ActorLayer()))
    assert [q.content.text for q in quotes if q.cue_lemma == "call"] == contents, name
