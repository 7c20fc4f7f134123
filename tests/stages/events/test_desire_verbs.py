"""An act in the infinitive complement of a verb of desire ("want to kill", "hope to seize") is
wished for, not told done: modality hypothetical. An act done, or tried ("tried to kill"), stays
asserted (issue 16; seen on VOA set 3 and PolNeAR train tune text). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, text, the act's predicate, its modality)
CASES = [
    ("positive: want to", "The gunmen want to kill the district judge.", "kill", "hypothetical"),
    ("positive: hope to, reported", "The insurgents hoped to seize the river port, the army said.", "seize",
     "hypothetical"),
    ("negative: the act done", "The gunmen killed the district judge on Friday.", "killed", "asserted"),
    ("near miss: a verb of trying", "The gunmen tried to kill the district judge on Friday.", "kill", "asserted"),
]


@pytest.mark.parametrize(("name", "text", "predicate", "modality"), CASES, ids=[c[0] for c in CASES])
def test_an_act_wished_for_is_not_told_done(name: str, text: str, predicate: str, modality: str) -> None:
    events = [e for e in pipeline().analyze_text(text).events if e.predicate.text == predicate]
    assert events, (name, [(e.plover, e.predicate.text) for e in pipeline().analyze_text(text).events])
    assert [e.modality for e in events] == [modality] * len(events), name
