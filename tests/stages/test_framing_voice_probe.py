"""A blind framing probe of voice and of descriptors (issue 15, stop 54): 160 invented passages
(``framing_voice_rows.py``) whose loaded labels are in the outlet's voice (in the body, in a headline,
as a descriptor such as "-run", "-backed", "-linked", "regime", "junta", "militants", "so-called", or as
a scare quote around a name) or in a speaker's (inside a quote, or a paraphrase of what a named party
called another), for both sides of fifteen conflicts, with near misses (the words used neutrally,
mentioned, or inside a proper name). Written before the framing stage's code and lexicons were
read; split into halves by :func:`newsledger.evaluation.metrics.half` of the row id.

Scores: recall of the outlet-voice labels by outlet-voice marks, precision of the outlet-voice marks
(a quoted label marked in the outlet's voice is a false mark), voice accuracy of the labels marked at
all, side gap over the sides with three outlet labels or more.
Held out (main 56701810, before any rule): recall 0.806 (tune 0.755, check 0.857), precision 0.775
(tune 0.755, check 0.792), voice accuracy 0.919 (tune 0.947, check 0.889); outlet-voice marks on
no outlet label: 14 on quoted rows, 2 on near misses, 0 on negatives, 7 beside the labels of
positive rows; side gap 0.75 (China 0.25, India 0.333). After the rules of i15-framing54
(test_framing_voice_rules.py): recall 0.888 (tune 0.898, check 0.878), precision 0.845 (tune 0.863,
check 0.827), voice accuracy 0.966 (tune 1.0, check 0.927); outlet-voice marks on no outlet label:
7 on quoted rows, 2 on near misses, 0 on negatives, 7 beside positive labels (several of those are
labels the rows did not list: "Houthi militia", "Burkina Faso's junta", "massacred"); side gap 0.5
(Colombia's state, Serbia, Tigray 0.5). "Tigrayan rebels", "ELN insurgents" stay unmarked:
the title-case headline probe reads "M23 Rebels", "ELN Guerrillas" as neutral.
After the rules of i15-framing55 (test_framing_class_rules_55.py, from the tune rows): recall 0.918
(tune 0.939, check 0.898), precision 0.857 (tune 0.885, check 0.830), voice accuracy 0.967 (tune 1.0,
check 0.929); outlet-voice marks beside positive labels 6; side gap 0.5 (China, Colombia's state,
Tigray 0.5; India and Serbia 0.667 / 0.5 -> 1.0, Myanmar's resistance 0.75 -> 1.0).
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger.nlp import ParsedDoc
from tests.builders import check_voice_rows, voice_probe_scores
from tests.stages.framing_voice_rows import ROWS

FLOORS = {"recall_whole": 0.91, "recall_check": 0.89, "precision_whole": 0.85, "voice_accuracy_whole": 0.96}
SIDE_GAP_MAX = 0.5
MAX_FALSE_MARKS = {"quoted": 7, "neg": 0, "near": 2}


def test_rows_are_well_formed() -> None:
    check_voice_rows(ROWS, least=150, least_quoted=30, least_plain=30)


def test_voice_probe_scores(parse: Callable[..., ParsedDoc]) -> None:
    out = voice_probe_scores(parse, ROWS)
    print("framing voice probe:", out)
    for key, floor in FLOORS.items():
        assert out[key] >= floor, (key, out[key])
    assert out["side_gap"] <= SIDE_GAP_MAX
    assert all(out["false_outlet_marks"][k] <= n for k, n in MAX_FALSE_MARKS.items()), out["false_outlet_marks"]
