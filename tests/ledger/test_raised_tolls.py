"""A count whose sentence goes on, after a comma, with a participle raising a later total of its
measure ("recovered the bodies of five miners, bringing the toll of the collapse to 24") is an
increment of that total, a part: it stays out of the incident's toll thread, with or without
"more" (``ledger.raised``; issue 15, seen on the tuning half of the invented mine-collapse probe).
A count with no such clause, and a participle raising another measure, stay tolls. Invented
sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import Doc, store_docs

# (construction, the later report, the measure of its total, whether the five are an increment)
CASES = [
    ("positive: bringing the toll to", "Rescuers recovered the bodies of five miners in Lomka on Monday, bringing the "
     "toll of the collapse to 24.", "killed", True),
    ("positive: raising to N the number", "Rescuers recovered the bodies of five miners in Lomka on Monday, raising to "
     "24 the number of miners killed.", "killed", True),
    ("negative: no participle clause", "Rescuers recovered the bodies of five miners in Lomka on Monday, and officials "
     "said 24 had died.", "killed", False),
    ("near miss: another measure raised", "Five miners died in Lomka on Monday, bringing the number of injured "
     "to 24.", "injured", False),
]


@pytest.mark.parametrize(("name", "second", "measure", "increment"), CASES, ids=[c[0] for c in CASES])
def test_a_count_raising_a_later_total_is_an_increment(tmp_path: Path, name: str, second: str, measure: str,
                                                        increment: bool) -> None:
    a = Doc("A tunnel collapsed in Lomka on Saturday, killing 19 miners, officials said.", "Wire A", "2026-11-14")
    a.figure("19 miners", 19, group="miners", attribution="officials", place="Lomka")
    b = Doc(second, "Wire B", "2026-11-16")
    b.figure("five miners" if "five miners" in second else "Five miners", 5, group="miners", place="Lomka")
    b.figure("24", 24, group="miners", measure=measure, place="Lomka")
    store = store_docs(tmp_path / "raised.db", [a, b])
    build_ledger(store)
    toll = [t for t in claim_threads(store, measure="killed") if any(c.value_low == 19 for c in t.claims)]
    assert len(toll) == 1, name
    assert any(c.value_low == 5 for c in toll[0].claims) is not increment, (name, [c.value_low for c in toll[0].claims])
