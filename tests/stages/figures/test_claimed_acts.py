"""A claim of responsibility claims an act, not the count that describes it (``nlp/claimed_acts.py``):
a figure in a clause on the act claimed ("claimed responsibility for a bombing that killed 23
people", "claimed the ambush, which left 12 soldiers dead") is the outlet's, or the reporter's
whose clause holds the claim; a count that is the claim itself ("claimed responsibility for
killing 12 soldiers", "claimed that 12 died") stays the claimant's (issue 15: the claimant vs the
doer, a kind of source error named in the CASE 2021 figure-source brief). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (construction, text, value, the figure's attribution)
CASES = [
    ("positive: the act's relative clause, a reporter above",
     "The Northern Front claimed responsibility for a bombing that killed 23 people, police said.", 23, "police"),
    ("positive: a non-restrictive relative clause",
     "The Northern Front claimed responsibility for the bombing, which killed 23 people.", 23, "unattributed"),
    ("positive: the act as the claim's object",
     "The Northern Front has claimed the attack that killed 23 people at a market.", 23, "unattributed"),
    ("positive: the act as object, a clause set off by commas",
     "The group claimed the ambush, which left 12 soldiers dead, in a statement.", 12, "unattributed"),
    ("positive: a clause deeper inside the act's phrase",
     "The Front claimed responsibility for the attack on a base that left 30 soldiers dead.", 30, "unattributed"),
    ("positive: a clause on one of the acts claimed",
     "The Front has claimed responsibility for several attacks, including one that killed 23 people in March.", 23,
     "unattributed"),
    ("negative: the killing is the claim", "The group claimed responsibility for killing 12 soldiers.", 12,
     "The group"),
    ("negative: a claim with a clause", "The group claimed that 12 soldiers died in the ambush.", 12, "The group"),
    ("near miss: the claimant's own count in a participle",
     "The group claimed responsibility for the ambush, saying it had killed 12 soldiers.", 12, "The group"),
    ("near miss: a claim of credit with its own count",
     "The Northern Front claimed credit for the raid and said 23 soldiers died.", 23, "The Northern Front"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_the_count_of_a_claimed_act_is_not_the_claimants(name: str, text: str, value: float, source: str) -> None:
    assert_first_figure(f"Attack\n\n{text}", value, "attribution", source, name)
