"""A toll summed over the two sides of a front or border ("killed at least 11 civilians on both
sides") is another quantity than one side's toll: it never joins the thread of an incident on one
side (issue 15; seen on the tuning half of the invented kashmir-shelling probe, where the sums of
both villages sat in one village's toll thread). Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import Doc, store_docs


def thread_sizes(tmp_path: Path, second: str, written: str, low: float) -> list[int]:
    """An incident toll in one article and ``written`` in another a day later: the sizes of the
    killed threads."""
    a = Doc("Shells hit the market in Lomka, killing 9 people, officials said.", "Wire A", "2024-05-02")
    a.figure("9 people", 9, attribution="officials", place="Lomka")
    b = Doc(second, "Wire B", "2024-05-03")
    b.figure(written, low, attribution="officials", place="Lomka")
    store = store_docs(tmp_path / "sides.db", [a, b])
    build_ledger(store)
    return sorted(t.n_claims for t in claim_threads(store, measure="killed"))


@pytest.mark.parametrize(("second", "written", "low", "joins"), [
    ("In Lomka, the shelling killed at least 11 people on both sides overnight.", "11 people", 11, False),
    ("Around Lomka, 14 civilians have been killed on either side of the border.", "14 civilians", 14, False),
    ("In Lomka, the shelling killed 11 people overnight.", "11 people", 11, True),  # negative: one side
    ("In Lomka, the shelling killed 11 people on the northern side of the river.", "11 people", 11, True),  # near miss
])
def test_a_total_of_both_sides_stays_out_of_one_sides_thread(
        tmp_path: Path, second: str, written: str, low: float, joins: bool) -> None:
    assert thread_sizes(tmp_path, second, written, low) == ([2] if joins else [1, 1])
