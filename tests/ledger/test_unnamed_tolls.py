"""A toll that names no victims ("The toll ... rose to 19") counts its incident's dead: within one
incident whose threads name one class of dead ("14 workers"), it takes that class and joins that
thread (``ledger.unnamed``; issue 15, seen on the tuning half of the invented mine-collapse probe).
A toll naming its own victims ("19 people"), and a bare toll beside an incident whose reports name
two classes of dead ("14 workers and five soldiers": which does it count?), stay apart. The full
and streamed builds agree. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import Doc, store_docs

FIRST = "A car bomb tore through the bus depot in Lomka on Sunday, killing 14 workers, police said."
TWO_CLASSES = "A car bomb tore through the bus depot in Lomka on Sunday, killing 14 workers and five soldiers."

HELD = "Gunmen who stormed the bus depot in Lomka on Sunday seized 14 workers, police said."

# (construction, the first report, the later report, the later count as written, its group as the
# figures stage reads it, the measure of both counts, whether it joins the workers' count)
CASES = [
    ("positive: the toll rose to", FIRST, "The toll from the car bomb at the Lomka depot rose to 19 on Monday, "
     "officials said.", "19", None, "killed", True),
    ("positive: the number killed reached", FIRST, "Officials said on Monday the number killed in the Lomka car bomb "
     "had reached 19.", "19", None, "killed", True),
    ("negative: a toll naming its victims", FIRST, "The car bomb in Lomka also killed 19 people waiting at the depot, "
     "officials said.", "19 people", "people", "killed", False),
    ("near miss: two classes of dead named", TWO_CLASSES, "The toll from the car bomb at the Lomka depot rose to 19 "
     "on Monday, officials said.", "19", None, "killed", False),
    ("near miss: a count of the held, not of the dead", HELD, "Officials said on Monday that 19 were still held at "
     "the Lomka depot.", "19", None, "held hostage", False),
]


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed", "in memory"])
@pytest.mark.parametrize(("name", "first", "second", "written", "group", "measure", "joins"), CASES,
                         ids=[c[0] for c in CASES])
def test_a_toll_naming_no_victims_joins_its_incidents_one_class(
        tmp_path: Path, name: str, first: str, second: str, written: str, group: str | None, measure: str,
        joins: bool, streamed: bool) -> None:
    a = Doc(first, "Wire A", "2026-11-15T10:00:00Z")
    a.event("ASSAULT", "car bomb" if "car bomb" in first else "stormed", place="Lomka")
    a.figure("14 workers", 14, group="workers", attribution="police", place="Lomka", measure=measure)
    if "soldiers" in first:
        a.figure("five soldiers", 5, group="soldiers", place="Lomka")
    b = Doc(second, "Wire B", "2026-11-16T10:00:00Z")
    b.event("ASSAULT", "car bomb" if "car bomb" in second else "held", place="Lomka")
    b.figure(written, 19, group=group, attribution="officials", place="Lomka", measure=measure)
    store = store_docs(tmp_path / "unnamed.db", [a, b])
    build_ledger(store, streamed=streamed)
    with_workers = [t for t in claim_threads(store, measure=measure) if any(c.value_low == 14 for c in t.claims)]
    assert len(with_workers) == 1, name
    assert any(c.value_low == 19 for c in with_workers[0].claims) is joins, (name, with_workers[0].group)
