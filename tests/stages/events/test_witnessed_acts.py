"""Event stage: a happening seen or recorded (reports.yaml ``reaction_verbs``, verbs of witness and
record): the one who saw it, or whose camera or pictures show it, did not do it; its doer is named
in its own phrase or not at all.

Rows are (rule, kind, sentence, the most confident counted event as type, source codes, target
codes), scored by :func:`tests.builders.probe_ok`; invented sentences, parties from every side.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    ("witnessed act", P, "A Kenyan witness saw the arrest of a Ugandan activist.", ("COERCE", (), ("UGA",))),
    ("witnessed act", P, "Photographs by a Japanese photographer that showed the arrest of a Burmese student leader "
     "won a prize.", ("COERCE", (), ("MMR",))),
    ("witnessed act", P, "A Nigerian nurse witnessed the abduction of two Cameroonian traders.", ("ASSAULT", (), ("CMR",))),
    # negative: a light verb's subject does the act its object names
    ("witnessed act", N, "Kenyan police carried out the arrest of a Ugandan activist.", ("COERCE", ("KEN",), ("UGA",))),
    # negative: a verb of seizing, not of record: its subject does it
    ("witnessed act", N, "Indian rebels captured the town of Imphal.", ("ASSAULT", ("IND",), ("IND",))),
    # near miss: the act seen names its doer in its own "by" phrase
    ("witnessed act", M, "A Kenyan witness saw the arrest of a Ugandan activist by Tanzanian police.",
     ("COERCE", ("TZA",), ("UGA",))),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_who_saw_or_recorded_an_act_did_not_do_it(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected), (rule, kind, text)


def test_every_witness_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert all(k == ROW_KINDS for k in kinds.values()), kinds
