"""A party named by a label with "state" after it (issue 15; seen on the tuning half of the
invented qamishli-drone probe): "the occupation state claims ...", "the enemy state fired" name a
party by what the writer holds it to be, as "the occupation" and "occupation forces" do. Invented
sentences, labels of more than one side."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import FramingMark
from newsledger.stages.framing import OUTLET_VOICE
from tests.builders import pipeline, stage_outputs


@pytest.fixture
def outlet_marks(parse: Callable[..., ParsedDoc]) -> Callable[[str], list[str]]:
    """The texts of a text's framing marks in the outlet's own voice (the real pipeline)."""
    def _run(text: str) -> list[str]:
        marks: list[FramingMark] = stage_outputs(parse(text), pipeline())["framing"]
        return [m.text for m in marks if m.voice == OUTLET_VOICE and m.kind != "unattributed_figure"]

    return _run


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("positive: occupation state", "The occupation state shelled two villages near the river.", ["occupation"]),
    ("positive: enemy state", "The enemy state fired rockets at the town overnight.", ["enemy"]),
    ("negative: a state of emergency", "The state of emergency was extended in the north.", []),
    ("near miss: an act of occupation, no party", "The occupation of the state capital lasted a week.", []),
])
def test_a_party_named_as_a_state(outlet_marks: Callable[[str], list[str]], name: str, text: str,
                                  expected: list[str]) -> None:
    assert outlet_marks(text) == expected, name
