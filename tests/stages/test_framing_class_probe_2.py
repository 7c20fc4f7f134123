"""A second framing class probe (issue 15): six classes of loaded language that the first probe
(``test_framing_side_probe.py``) lacked, blame for a disaster, labels of unrest and policing,
labels of armed groups and rulers, euphemisms for killing and force, hyphenated descriptors and
scare quotes around a party's own word, each written once for each side of five conflicts, with
near misses. The rows are in ``framing_class_rows_2.py``; they are split into halves by
:func:`newsledger.evaluation.metrics.half` of their text, and rules were written from the tune
half's misses only.

Held out (written before any rule for them, measured on main d2fb4256): see ``HELD_OUT``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.evaluation.metrics import half
from newsledger.nlp import ParsedDoc
from tests.builders import check_row, probe_marks, probe_params, row_result
from tests.stages.framing_class_rows_2 import CONFLICTS_2, ROWS_3, SIDES_2, Row


def row_right(parse: Callable[..., ParsedDoc], row: Row) -> bool:
    """A positive row's wording marked in its voice; a near miss with nothing marked in the
    outlet's voice where it expects no wording, its wording in a quoted voice where it has one."""
    _, _, text, wording, voice = row
    marks = probe_marks(parse, text)
    found, wanted, _ = row_result(marks, text, wording, voice)
    return found == wanted and (bool(wording) or not marks)


def probe_scores(parse: Callable[..., ParsedDoc]) -> dict[str, float]:
    """Recall of the positive rows whole, by half, by class and by side; near misses read wrong;
    and the largest gap between the two sides of a conflict."""
    right = {row[2]: row_right(parse, row) for row in ROWS_3}
    out: dict[str, float] = {}

    def ratio(key: str, rows: list[Row]) -> None:
        out[key] = round(sum(right[r[2]] for r in rows) / len(rows), 3)

    positives = [r for r in ROWS_3 if r[1]]
    for part in ("tune", "check"):
        ratio(f"recall_{part}", [r for r in positives if half(r[2]) == part])
    ratio("recall_whole", positives)
    for key in sorted({r[0] for r in ROWS_3}):
        ratio(f"class_{key}", [r for r in positives if r[0] == key])
    for key in sorted(SIDES_2):
        ratio(f"side_{key}", [r for r in positives if r[1] == key])
    near = [r for r in ROWS_3 if not r[1]]
    out["near_misses_wrong"] = sum(not right[r[2]] for r in near)
    out["side_gap"] = max(abs(out[f"side_{a}"] - out[f"side_{b}"]) for a, b in CONFLICTS_2.items())
    print("framing class probe 2:", out)
    return out


# rows the framing stage does not read right yet (strict: a row that starts passing must leave)
GAPS: set[str] = set()

FLOORS = {"recall_whole": 0.0, "recall_check": 0.0, "side_gap": 1.0, "near_misses_wrong": 18}


def test_every_class_has_every_side_once_and_near_misses() -> None:
    classes: dict[str, list[str]] = {}
    for cls, side, text, wording, _ in ROWS_3:
        assert (side in SIDES_2) == bool(side) and (bool(wording) or not side), text
        classes.setdefault(cls, []).append(side)
    assert len(classes) == 6 and len(ROWS_3) == len({r[2] for r in ROWS_3})
    for cls, sides in classes.items():
        assert sorted(s for s in sides if s) == sorted(SIDES_2), cls
        assert sides.count("") >= 3, cls
    assert {half(r[2]) for r in ROWS_3} == {"tune", "check"}
    assert GAPS <= {r[2] for r in ROWS_3}


@pytest.mark.parametrize(("cls", "side", "text", "wording", "voice"), probe_params(ROWS_3, GAPS, "near"))
def test_class_probe_row(parse: Callable[..., ParsedDoc], cls: str, side: str, text: str,
                         wording: tuple[str, ...], voice: str) -> None:
    check_row(parse, text, wording, voice)


def test_probe_floor(parse: Callable[..., ParsedDoc]) -> None:
    scores = probe_scores(parse)
    assert scores["recall_whole"] >= FLOORS["recall_whole"]
    assert scores["recall_check"] >= FLOORS["recall_check"]
    assert scores["side_gap"] <= FLOORS["side_gap"] + 1e-9
    assert scores["near_misses_wrong"] <= FLOORS["near_misses_wrong"]
