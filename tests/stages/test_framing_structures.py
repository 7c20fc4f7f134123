"""Labels both sides of a guerrilla war give each other in the outlet's own voice (issue 15; seen on
the tuning half of the invented colombia-base probe): a government's "criminal structures" for an
armed group (a noun for an organised group after an evaluative word), and an insurgent's "the
oligarchic regime", "the repressive forces" (evaluative words before a group or its forces) and "the
oligarchy" used as the government's name. Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.stages.framing import OUTLET_VOICE
from tests.builders import pipeline

# (construction, text, the labels marked in the outlet's voice holding these words)
CASES = [
    ("positive: criminal structures", "Criminal structures of the western front burned two buses.",
     ["Criminal structures"]),
    ("positive: the repressive forces of the oligarchic regime", "The repressive forces of the oligarchic regime "
     "raided the valley.", ["repressive forces", "oligarchic regime"]),
    ("positive: the oligarchy as the government's name", "The oligarchy that rules from the capital sent more "
     "battalions.", ["oligarchy"]),
    ("negative: a structure of a building", "The structure of the bridge collapsed after the flood.", []),
    ("near miss: a describing adjective before forces", "The regional forces raided the valley.", []),
]


@pytest.mark.parametrize(("name", "text", "labels"), CASES, ids=[c[0] for c in CASES])
def test_labels_of_both_sides_of_a_guerrilla_war(name: str, text: str, labels: list[str]) -> None:
    an = pipeline().analyze_text("Fighting in the valley\n\n" + text)
    marked = [an.article.text[m.start:m.end] for m in an.framing
              if m.voice == OUTLET_VOICE and m.kind != "unattributed_figure"]
    for label in labels:
        assert any(label in m for m in marked), (name, label, marked)
    if not labels:
        assert not marked, (name, marked)
