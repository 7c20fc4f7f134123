"""A toll in the clause that a duration and "after" or "since" open ("Three weeks after a rocket
killed 40 people in Lomka, the station has reopened") restates the toll of a happening that long
before its report: it is compared with the incident's thread at the day it points back to, so a
retrospective published weeks later joins the thread (issue 15; seen on the tuning half of the
invented jonglei-raid probe: "Nearly three weeks after gunmen killed 47 people in the village"
fell out of the seven-day window). A count in the main clause after the duration's clause ("Three
weeks after the attack, gunmen killed ..."), a period noun phrase ("in the three weeks since"),
and a duration longer than a month stay out. ``ledger.retro``. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import Doc, store_docs

# (construction, the later report's text and day, the count as written, whether it joins the toll)
CASES = [
    ("positive: weeks after", "Three weeks after a rocket killed 40 people in Lomka, the station has reopened.",
     "2024-05-23", "40 people", True),
    ("positive: a month since", "A month since the rocket that killed 40 people in Lomka, families still wait.",
     "2024-06-01", "40 people", True),
    ("positive: digits, nearly", "Nearly 21 days after the strike killed 40 people in Lomka the station reopened.",
     "2024-05-23", "40 people", True),
    ("negative: no duration", "The station has reopened. A rocket killed 40 people in Lomka.",
     "2024-05-23", "40 people", False),
    ("near miss: the count in the main clause", "Three weeks after the rocket attack, gunmen killed 40 people in Lomka.",
     "2024-05-23", "40 people", False),
    ("near miss: a period noun phrase", "In the three weeks since the strike 40 people have died in Lomka.",
     "2024-05-23", "40 people", False),
    ("near miss: longer than a month", "Three months after a rocket killed 40 people in Lomka, the station has reopened.",
     "2024-08-01", "40 people", False),
]


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "in memory"])
@pytest.mark.parametrize(("name", "second", "day", "written", "joins"), CASES, ids=[c[0] for c in CASES])
def test_a_retrospective_toll_is_compared_at_the_day_it_points_back_to(
        tmp_path: Path, name: str, second: str, day: str, written: str, joins: bool, streamed: bool) -> None:
    a = Doc("A rocket hit the bus station in Lomka, killing 40 people, officials said.", "Wire A", "2024-05-02")
    a.figure("40 people", 40, attribution="officials", place="Lomka")
    b = Doc(second, "Wire B", day)
    b.figure(written, 40, place="Lomka")
    store = store_docs(tmp_path / "retro.db", [a, b])
    build_ledger(store, streamed=streamed)
    sizes = sorted(t.n_claims for t in claim_threads(store, measure="killed"))
    assert sizes == ([2] if joins else [1, 1]), (name, sizes)
