"""A truce named as what an infinitive of aim would keep up (``stages/events/upheld.py``, the ceasefire
construction's ``aimed_by`` in ``data/events/reports.yaml``): hypothetical, no ceasefire reached; invented
sentences, through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.builders import pipeline

# (construction, kind, sentence, the modality of the RETREAT on the truce noun, None: no such event)
ROWS = [
    ("purpose infinitive on a noun", "positive", "A coalition is forming to provide Kenya with monitoring teams "
     "to support the ceasefire.", "hypothetical"),
    ("bare infinitive after help", "positive", "The envoys met in Nairobi to help sustain the truce.",
     "hypothetical"),
    ("purpose infinitive on the verb", "positive", "The rebels pulled back their patrols to uphold the truce.",
     "hypothetical"),
    ("the truce told, no aim", "negative", "A ceasefire between the two militias took hold on Friday.", "asserted"),
    ("a verb of support with no infinitive", "near miss", "The monitors supported the ceasefire in the north.",
     "asserted"),
    ("an infinitive of another verb", "near miss", "The two militias continued to observe the truce.",
     "asserted"),
]


@pytest.mark.parametrize(("name", "kind", "text", "expected"), ROWS, ids=[f"{r[0]} ({r[1]})" for r in ROWS])
def test_a_truce_aimed_at_keeping_up_is_no_truce_reached(name: str, kind: str, text: str,
                                                         expected: str | None) -> None:
    an = pipeline().analyze_text("Truce\n\n" + text)
    truce = [e for e in an.events if e.plover == "RETREAT" and e.mode == "ceasefire"]
    if expected is None:
        assert not truce, (name, kind)
        return
    assert truce, (name, kind, [(e.plover, e.predicate) for e in an.events])
    assert truce[0].modality == expected, (name, kind, truce[0].modality)
