"""A count placed at a care facility that its clause says the dead were brought to ("33 bodies
received at the Saint-Marc morgue") is placed where they were brought, not where they died: it
joins the thread of the incident its report tells (``ledger/facilities.brought_to``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.ledger import build_ledger, claim_threads
from tests.builders import Doc, store_docs

LEAD = "The toll of the attack on Karmel is disputed. "


@pytest.mark.parametrize(("second", "written", "place", "joins"), [
    # positive: bodies received at, or brought to, a morgue or hospital in another town
    (LEAD + "The health office counted 25 bodies received at the Sarov morgue.", "25 bodies", "Sarov morgue", True),
    (LEAD + "Officials said 25 bodies were brought to the hospital in Sarov.", "25 bodies", "the hospital in Sarov",
     True),
    # positive: the place the figure stage gave is the facility's town only ("the Sarov")
    (LEAD + "The health office counted 25 bodies received at the Sarov morgue.", "25 bodies", "Sarov", True),
    # near miss: the place is named outside the phrase of intake
    ("In Sarov, gunmen killed 25 people, and the bodies were brought to the clinic.", "25 people", "Sarov", False),
    # negative: killed at a market in another town: another incident
    (LEAD + "Gunmen killed 25 people at the Sarov market.", "25 people", "Sarov market", False),
    # near miss: a facility, but the dead were killed there, not brought there
    (LEAD + "A shell killed 25 people at the Sarov hospital.", "25 people", "Sarov hospital", False),
    # near miss: brought to a place that is no care facility
    (LEAD + "Officials said 25 bodies were brought to the Sarov stadium.", "25 bodies", "Sarov stadium", False),
])
def test_a_count_brought_to_a_facility_joins_its_reports_incident(
        tmp_path: Path, second: str, written: str, place: str, joins: bool) -> None:
    a = Doc("Gunmen attacked Karmel on Tuesday night, killing 30 people.", "Wire A", "2024-06-04")
    a.figure("30 people", 30, place="Karmel")
    b = Doc(second, "Wire B", "2024-06-05")
    b.figure(written, 25, group="bodies", place=place)
    store = store_docs(tmp_path / "brought.db", [a, b])
    build_ledger(store)
    sizes = sorted(t.n_claims for t in claim_threads(store, measure="killed"))
    assert sizes == ([2] if joins else [1, 1])
