"""Event stage: the owner a possessive pronoun names in what a reported act was done to
(arguments.teller_owner). "X said Y attacked its Z": when "its" would read as the doer Y, it is
the teller X's (the claimant is not the doer's victim). Two constructions of that class:

* ``conjunct``: the act is a coordinated verb with no subject of its own ("X said gunmen had looted
  its warehouse and beaten its staff"): its doer is the first conjunct's subject;
* ``people``: what was acted on is a people noun owned by "its" ("fired on one of its patrol
  vessels"); "their" with a people noun stays the doer's ("troops detained their commanders").

Rows are (rule, kind, PLOVER type, invented sentence, a triple some counted event must have, or
None: no counted event of that type), scored by :func:`tests.builders.rule_row_holds`.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, RuleRow, row_kinds, rule_row_holds

P, N, M = "positive", "negative", "near miss"

ROWS: list[RuleRow] = [
    ("conjunct", P, "ASSAULT", "The Red Cross said gunmen had looted its warehouse in Goma and beaten its staff.",
     ("ASSAULT", ("COD",), ("IGO",))),
    ("conjunct", P, "ASSAULT", "Thailand said Cambodian troops shelled one of its border posts and wounded its soldiers.",
     ("ASSAULT", ("KHM",), ("THA",))),
    # negative: "their own" is the doer's, conjunct or not
    ("conjunct", N, "ASSAULT", "The Red Cross said gunmen had looted a warehouse in Goma and beaten their own guards.",
     ("ASSAULT", ("COD",), ("COD",))),
    # near miss: the pronoun in the doer's own phrase is the doer's
    ("conjunct", M, "ASSAULT", "The Indian navy said its patrol vessels fired on Pakistani gunboats on Monday.",
     ("ASSAULT", ("IND",), ("PAK",))),
    ("people", P, "ASSAULT", "The Indian navy said Pakistani gunboats fired on one of its patrol vessels on Monday.",
     ("ASSAULT", ("PAK",), ("IND",))),
    ("people", P, "ASSAULT", "Kenya said Somali militants had abducted its soldiers near the border.",
     ("ASSAULT", ("SOM",), ("KEN",))),
    # negative: "their" with a people noun, no teller: the doer's own people
    ("people", N, "COERCE", "Ethiopian troops detained their commanders after the mutiny, the ministry said.",
     ("COERCE", ("ETH",), ("ETH",))),
    # near miss: "their own" in a reported act is the doer's, never the teller's
    ("people", M, "ASSAULT", "Ugandan police said the rebels had killed their own commander near Kasese.",
     ("ASSAULT", ("UGA",), ())),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1]}:{r[3][:30]}" for r in ROWS])
def test_a_possessive_in_a_reported_act_names_the_teller(row: RuleRow) -> None:
    assert rule_row_holds(row), row


def test_every_teller_owner_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert all(k == ROW_KINDS for k in kinds.values()), kinds
