"""Event stage: a plural pronoun subject and one person who reports its clause after it
(arguments.one_teller_after): "They shelled a camp near Goma, a Congolese army spokesman said":
one spokesman is no antecedent of "they", and the teller is not the doer of what he tells (nor is
the body he speaks for). The pronoun stays unresolved; a body or several tellers named after it,
or an antecedent the actor stage found before, are read as before.

Rows are (rule, kind, PLOVER type, invented sentence, a triple some counted event must have),
scored by :func:`tests.builders.rule_row_holds`.
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, RuleRow, row_kinds, rule_row_holds

P, N, M = "positive", "negative", "near miss"

ROWS: list[RuleRow] = [
    ("one teller after they", P, "ASSAULT", "They shelled a camp near Goma, a Congolese army spokesman said.",
     ("ASSAULT", (), ("COD",))),
    ("one teller after they", P, "ASSAULT", "They burned the market in Gao, a Malian army spokesman said on Tuesday.",
     ("ASSAULT", (), ())),
    # negative: a body reports it (the stage's reading as before)
    ("one teller after they", N, "ASSAULT", "They shelled a camp near Goma, the Congolese army said.",
     ("ASSAULT", ("COD",), ("COD",))),
    # near misses: several tellers; an antecedent named in the sentence before
    ("one teller after they", M, "ASSAULT", "They shelled a camp near Goma, army spokesmen said.",
     ("ASSAULT", ("COD",), ("COD",))),
    ("one teller after they", M, "ASSAULT",
     "Masked gunmen raided a village in Mali on Monday. They killed six herders before fleeing, a local official said.",
     ("ASSAULT", ("MLI",), ())),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1]}:{r[3][:30]}" for r in ROWS])
def test_one_teller_after_a_plural_pronoun_is_not_its_antecedent(row: RuleRow) -> None:
    assert rule_row_holds(row), row


def test_every_pronoun_teller_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert all(k == ROW_KINDS for k in kinds.values()), kinds
