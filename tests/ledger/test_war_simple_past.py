"""A war as the subject of a simple-past verb of killing ("The first war, in the early 1990s,
killed some 30,000 people", "The 2020 war claimed 6,000 lives") counts a war's dead, as the
perfect "has killed" does: a war-wide total, never the incident's toll; a war inside another
phrase ("fought in the war", "of the war") is no such subject (issue 15; seen on the tuning half
of the invented karabakh-offensive probe: an analyst's column put the first war's dead in the
thread of the offensive's). ``ledger.parts._war_subject_re``. Invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import Doc, store_docs

# (construction, the second report's text, the count as written, its value, whether it joins the toll)
CASES = [
    ("positive: simple past, an aside", "In Lomka, the first war, in the early 1990s, killed some 3,000 people.",
     "some 3,000 people", 3000, False),
    ("positive: simple past, claimed", "In Lomka, the conflict claimed 2,800 lives.", "2,800 lives", 2800, False),
    ("negative: a strike as the subject", "In Lomka, the strike killed 41 people.", "41 people", 41, True),
    ("near miss: a war inside another phrase", "In Lomka, a man who fought in the war killed 41 people.",
     "41 people", 41, True),
]


@pytest.mark.parametrize(("name", "second", "written", "low", "joins"), CASES, ids=[c[0] for c in CASES])
def test_a_war_as_a_simple_past_subject_counts_a_war(tmp_path: Path, name: str, second: str, written: str,
                                                      low: float, joins: bool) -> None:
    a = Doc("A rocket hit the bus station in Lomka, killing 40 people, officials said.", "Wire A", "2024-05-02")
    a.figure("40 people", 40, attribution="officials", place="Lomka")
    b = Doc(second, "Wire B", "2024-05-03")
    b.figure(written, low, place="Lomka")
    store = store_docs(tmp_path / "war.db", [a, b])
    build_ledger(store)
    sizes = sorted(t.n_claims for t in claim_threads(store, measure="killed"))
    assert sizes == ([2] if joins else [1, 1]), (name, sizes)
