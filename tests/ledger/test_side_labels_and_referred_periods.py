"""Two readings a claim thread needs on a real incident's coverage (issue 15, incident threads):

* a side's label for the other side's civilians that an attack killed ("five settlers were
  killed", "colonists") counts the same dead as "five Israelis" or "five people": the people
  class, as an armed group's other labels for its victims ("apostates") do;
* a period named before, by reference ("36 Israelis this year ... 236 Palestinians over the same
  period"), makes a period total, never the toll of the incident.
"""

from __future__ import annotations

import pytest

from newsledger.ledger.rules import group_class, scope_key
from tests.builders import ledger_rules


@pytest.mark.parametrize(("group", "expected"), [
    # positive: a side's label for civilians it killed
    ("settlers", "people"), ("Israeli settlers", "people"), ("colonists", "people"),
    # negative: armed men stay combatants
    ("soldiers", "combatants"), ("terrorists", "combatants"),
    # near miss: a settlement is a place, no people
    ("settlements", "settlement"),
])
def test_a_side_label_for_civilians_counts_people(group: str, expected: str) -> None:
    assert group_class(group, ledger_rules()) == expected


@pytest.mark.parametrize(("scope", "key"), [
    # positive: a period named before, by reference
    ("over the same period", "period:same period"), ("in the same period", "period:same period"),
    ("during the same period", "period:same period"),
    # negative: a period named outright
    ("this year", "period:this year"),
    # near miss: the same day is a day
    ("on the same day", "day"),
])
def test_a_period_named_by_reference_is_a_period(scope: str, key: str) -> None:
    assert scope_key(scope, ledger_rules()) == key
