"""A placeless toll whose own sentence names where the dead are (issue 15; seen on the tuning
half of the invented shipwreck probe): the reader placed the figure nowhere, so it borrowed the
place of the ledger event told in another sentence of its report (the village the fighters came
from, the port a boat left); the place its own sentence names, and the event's place not, is the
toll's (``ledger.told_place``), so it and a toll placed there by another report are one quantity,
whichever report is read first. A sentence naming both places does not say which is the toll's.
Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import UKR, Doc, claim_thread_ids

P, N, M = "positive", "negative", "near miss"
FROM = "Fighters crossed from Borova at dawn and shelled the farms."

# (kind, the placeless report's second sentence, whether it is read first, whether its toll
# joins the toll placed at Lomka)
ROWS: list[tuple[str, str, bool, bool]] = [
    (P, "Now 12 are dead and the streets of Lomka are empty.", True, True),
    (P, "Now 12 are dead and the streets of Lomka are empty.", False, True),
    (N, "Now 12 are dead and the streets are empty.", True, False),
    (M, "Now 12 are dead in Lomka, shelled from Borova.", True, False),
]


@pytest.mark.parametrize(("kind", "second", "first", "joins"), ROWS)
def test_a_placeless_toll_takes_the_place_its_sentence_names(tmp_path: Path, kind: str, second: str,
                                                             first: bool, joins: bool) -> None:
    a = Doc(f"{FROM} {second}", "Valley Post", "2026-11-03T08:00:00Z" if first else "2026-11-03T14:00:00Z")
    a.event("ASSAULT", "shelled", source=("Fighters", UKR), place="Borova", date="2026-11-03")
    told = a.figure("12", 12)  # the reader placed it nowhere
    b = Doc("Officials said 12 people were killed in Lomka on Tuesday.", "Wire", "2026-11-03T11:00:00Z")
    toll = b.figure("12 people", 12, place="Lomka", time_scope="on Tuesday")
    threads = claim_thread_ids(tmp_path / "told.db", [a, b])
    assert told.id in threads and toll.id in threads, (kind, threads)
    assert (threads[told.id] == threads[toll.id]) is joins, (kind, second, first)


def test_every_kind_of_row_is_there() -> None:
    assert {k for k, *_ in ROWS} == {P, N, M}
