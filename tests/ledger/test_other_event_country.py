"""A placeless toll of another ledger event (a fuel-depot blast days after an offensive) joins
an incident's thread through a place only when the place its article names is a specific one of
the thread (a town, a district), never a country both stories name (issue 15; seen on the
tuning half of the invented karabakh-offensive probe: the depot blast's toll joined the
offensive's thread because the fact-check named Azerbaijan). ``claims.Threader._place``."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import RUS, UKR, Doc, store_docs

# (construction, the thread's place, the second report's text, whether it has an event, the threads)
CASES = [
    ("positive: another event, only the country named", "Moldova",
     "A fuel depot exploded near the border of Moldova on Sunday. At least 70 people had died, officials said.",
     True, [[40], [70]]),
    ("negative: no ledger event of its own, the country named", "Moldova",
     "At least 70 people had died in Moldova by Sunday, officials said.", False, [[40, 70]]),
    ("near miss: another event, the thread's town named", "Ungheni",
     "A fuel depot exploded near Ungheni on Sunday. At least 70 people had died, officials said.",
     True, [[40, 70]]),
]


@pytest.mark.parametrize(("name", "place", "text", "event", "threads"), CASES, ids=[c[0] for c in CASES])
def test_a_country_named_is_no_place_of_another_event(tmp_path: Path, name: str, place: str, text: str,
                                                      event: bool, threads: list[list[float]]) -> None:
    a = Doc(f"Artillery shelled {place} on Tuesday, killing 40 people, officials said.", "Wire A", "2024-05-07")
    a.event("ASSAULT", "shelled", source=("Artillery", RUS), place=place, date="2024-05-07")
    a.figure("40 people", 40, place=place)
    b = Doc(text, "Wire B", "2024-05-12")
    if event:
        b.event("ASSAULT", "exploded", source=("A fuel depot", UKR))  # an event of no date: its day is unknown
    b.figure("70 people", 70, qualifier="at least")
    store = store_docs(tmp_path / "k.db", [a, b])
    build_ledger(store)
    found = sorted(sorted(c.value_low for c in t.claims) for t in claim_threads(store, measure="killed"))
    assert found == threads, name
