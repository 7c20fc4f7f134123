"""One victim group per claim thread (issue 15: "a thread is one quantity about one incident:
... one victim group"): a count of the people of one nation, named by a demonym ("two
Russians were killed"), never joins the thread of another nation's dead ("four Ukrainians were
killed"), even when the linker put both in one ledger event (an attack and the raid that
followed it, a shelling across a border); a count naming no nation ("two people") joins either."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import RUS, UKR_CVL, Doc, store_docs


@pytest.mark.parametrize(("second", "written", "low", "actor", "joins"), [
    # positive: another nation's dead, by a demonym
    ("In Lomka, two Russians were killed by the strike, officials said.", "two Russians", 2, RUS, False),
    ("In Lomka, two Russian civilians died in the strike, officials said.", "two Russian civilians", 2, RUS, False),
    # negative: the same nation's dead
    ("In Lomka, five Ukrainians were killed by the strike, officials said.", "five Ukrainians", 5, UKR_CVL, True),
    # near miss: a count naming no nation, whatever nation the actor stage guessed for it
    ("In Lomka, two people were killed by the strike, officials said.", "two people", 2, RUS, True),
])
def test_a_nation_dead_never_join_another_nation_thread(tmp_path: Path, second: str, written: str, low: float,
                                                         actor: object, joins: bool) -> None:
    a = Doc("A rocket hit the bus station in Lomka, killing four Ukrainians, officials said.", "Wire A", "2024-05-02")
    a.figure("four Ukrainians", 4, attribution="officials", place="Lomka", group="Ukrainians", group_actor=UKR_CVL)
    b = Doc(second, "Wire B", "2024-05-02")
    group = written.split(" ", 1)[1]
    b.figure(written, low, attribution="officials", place="Lomka", group=group, group_actor=actor)  # type: ignore[arg-type]
    store = store_docs(tmp_path / "nations.db", [a, b])
    build_ledger(store)
    sizes = sorted(t.n_claims for t in claim_threads(store, measure="killed"))
    assert sizes == ([2] if joins else [1, 1]), sizes
