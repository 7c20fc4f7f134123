"""A blind framing probe of loaded labels from every side (issue 15): 180 invented sentences from
conflicts and political stories on every continent (``framing_world_rows.py``), each with the exact
words of the loaded labels it holds, or none (negative rows and near misses: the same word used
neutrally, as a name, or mentioned rather than used). Written before the framing stage's code and
lexicons were read; split into halves by :func:`newsledger.evaluation.metrics.half` of the row id,
and rules were written from the tune half's misses only (``test_framing_world_rules.py``).

A label counts as found when a mark overlaps it, in any voice (most rows report a party's words in
indirect speech, which the stage reads in the outlet's voice); precision is the share of marks that
overlap a label. Held out (main a28e5819): recall 0.680 (tune 0.622, check 0.753), precision 0.839
(tune 0.865, check 0.813), 8 marks on the 52 rows without a label, side gap 0.75 (the largest
recall less the smallest over the sides with three labels or more). After the rules of
i15-framing53: recall 0.846 (tune 0.888, check 0.792), precision 0.876 (tune 0.910, check 0.831),
6 marks on the rows without a label, side gap 0.5 (Colombia's guerrillas 0.5: their euphemisms of
kidnapping and their words for the state, and the US right 0.545, are the weakest sides).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from newsledger.evaluation.metrics import half
from newsledger.nlp import ParsedDoc
from tests.builders import label_probe_scores
from tests.stages.framing_world_rows import ROWS

# the sides the probe must hold, each with labels (the brief's conflicts and politics)
SIDES = ("israel", "palestinian", "russia", "ukraine", "india", "pakistan", "sudan-army", "rsf",
         "myanmar-junta", "myanmar-resistance", "ethiopia-federal", "tigray-amhara", "colombia-state",
         "colombia-guerrilla", "sahel-junta", "jihadist", "us-right", "us-left", "china", "taiwan")

FLOORS = {"recall_whole": 0.84, "recall_check": 0.79, "precision_whole": 0.87, "side_gap_max": 0.5}
MAX_FALSE_MARKS = 6


def test_rows_are_well_formed() -> None:
    ids = [r[0] for r in ROWS]
    assert len(set(ids)) == len(ids) and len({r[3] for r in ROWS}) == len(ROWS)
    for _, _, kind, text, labels in ROWS:
        assert kind in ("pos", "neg", "near") and (kind == "pos") == bool(labels), text
        assert all(label in text for label in labels), text
    sides = Counter(r[1] for r in ROWS if r[2] == "pos")
    assert all(sides[s] >= 4 for s in SIDES), sides
    assert {half(i) for i in ids} == {"tune", "check"}


def test_world_probe_scores(parse: Callable[..., ParsedDoc]) -> None:
    out = label_probe_scores(parse, ROWS)
    print("framing world probe:", out)
    for key, floor in FLOORS.items():
        if key == "side_gap_max":
            assert out["side_gap"] <= floor, out["side_gap"]
        else:
            assert out[key] >= floor, (key, out[key])
    assert out["false_marks_on_negatives"] <= MAX_FALSE_MARKS
