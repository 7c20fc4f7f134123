"""Event stage: the unnamed groups of an act told in a clause of time take the country of a place
that same clause names (background_places.py): "After gunmen burned two churches in Pakistan's
Punjab province, ...": the churches are Pakistan's, as they are in a main clause. A named party
keeps its own; a place in a relative clause on a noun says nothing of where the act happened.

Rows are (rule, kind, PLOVER type, invented sentence, a triple some counted event must have),
scored by :func:`tests.builders.rule_row_holds`.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, RuleRow, row_kinds, rule_row_holds

P, N, M = "positive", "negative", "near miss"

ROWS: list[RuleRow] = [
    ("clause of time", P, "ASSAULT",
     "After unknown attackers burned two churches in Pakistan's Punjab province, police arrested 30 people.",
     ("ASSAULT", (), ("PAK",))),
    ("clause of time", P, "ASSAULT",
     "Hours after gunmen killed a teacher in Kenya's Lamu county, soldiers detained ten men.",
     ("ASSAULT", ("KEN",), ("KEN",))),
    # negative: named parties keep their own countries
    ("clause of time", N, "ASSAULT",
     "After Kenyan troops shelled a camp in Somalia's Gedo region, the group vowed revenge.",
     ("ASSAULT", ("KEN",), ("SOM",))),
    # near miss: the place is in a relative clause on the victim, not where the act happened
    ("clause of time", M, "ASSAULT",
     "After gunmen kidnapped a priest who had worked in Cameroon's Northwest region, the bishop appealed for calm.",
     ("ASSAULT", ("CMR",), ())),
    # near miss: the same act in a main clause, as before
    ("clause of time", M, "ASSAULT",
     "Unknown attackers burned two churches in Pakistan's Punjab province on Monday.",
     ("ASSAULT", (), ("PAK",))),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1]}:{r[3][:30]}" for r in ROWS])
def test_an_act_in_a_clause_of_time_is_placed_by_its_own_clause(row: RuleRow) -> None:
    assert rule_row_holds(row), row


def test_every_background_place_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert all(k == ROW_KINDS for k in kinds.values()), kinds
