"""Labels of each side in coverage of Israel and the West Bank, in the outlet's own voice (issue
15, framing on every side): an Israeli outlet's "hotbed of terror" for a Palestinian town, and the
"illegal settlement" and "occupied al-Quds" of Iranian and allied outlets; the neutral names
("the village", "the settlement", "Jerusalem") are not marked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.nlp import ParsedDoc
from newsledger.records import FramingMark
from newsledger.stages.framing import OUTLET_VOICE
from tests.builders import pipeline, stage_outputs


@pytest.fixture
def outlet_marks(parse: Callable[..., ParsedDoc]) -> Callable[[str], list[FramingMark]]:
    """The framing marks of a text in the outlet's own voice (the real pipeline)."""
    def _run(text: str) -> list[FramingMark]:
        out = stage_outputs(parse(text), pipeline())
        return [m for m in out["framing"] if m.voice == OUTLET_VOICE and m.kind != "unattributed_figure"]

    return _run


@pytest.mark.parametrize(("text", "expected"), [
    # positive: each side's label in the outlet's narration
    ("The gunmen came from a village that has become a hotbed of terror.", ["hotbed of terror"]),
    ("The shooting took place at the entrance of the illegal settlement of Givat Ram.", ["illegal settlement"]),
    ("Crowds gathered northwest of occupied al-Quds on Friday.", ["occupied al-Quds"]),
    # negative: the neutral names
    ("The gunmen came from a village near Tulkarem.", []),
    ("The shooting took place at the entrance of the settlement of Givat Ram.", []),
    # near miss: a word of the label in another phrase
    ("Police found the car near Jerusalem, a hotbed of tourism in summer.", []),
])
def test_each_side_labels_in_the_outlet_voice(outlet_marks: Callable[[str], list[FramingMark]], text: str,
                                              expected: list[str]) -> None:
    assert [m.text for m in outlet_marks(text)] == expected
