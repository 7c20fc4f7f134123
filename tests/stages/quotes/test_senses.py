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
