"""Claim roles (``ledger/roles.py``): consistent or disputed from values and qualifiers, repeats
and updates from the source, and the dispute a thread states."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsledger.ledger.roles import claim_roles, dispute
from tests.builders import ledger_rules


@dataclass
class C:
    article_id: str
    value_low: float
    value_high: float
    qualifier: str | None = None
    attribution: str = "unattributed"
    attribution_actor_id: str | None = None
    published: str | None = "2024-05-02"
    outlet: str | None = "Wire"
    before: str = ""
    group: str | None = None
    counted_as: str | None = None


@pytest.mark.parametrize(("first", "second", "role"), [
    # incompatible after reading the qualifiers: disputed
    (C("a", 500, 500, "at least", "the ministry"), C("b", 100, 300, None, "analysts", outlet="Post"),
     "disagreement"),
    (C("a", 500, 500, None, "the ministry"), C("b", 50, 50, "up to", "an official", outlet="Post"),
     "disagreement"),
    # within each other's intervals: consistent
    (C("a", 500, 500, "at least", "the ministry"), C("b", 520, 520, "about", "analysts", outlet="Post"),
     "agrees"),
    (C("a", 500, 500, "nearly", "the ministry"), C("b", 471, 471, None, "analysts", outlet="Post"),
     "agrees"),  # near miss: "nearly 500" is 450 to 500
    # the same source later: a repeat or an update (a series), not a dispute
    (C("a", 500, 500, None, "the ministry"), C("b", 500, 500, None, "the ministry", outlet="Post"), "repeat"),
    (C("a", 500, 500, None, "the ministry"), C("b", 471, 471, None, "the ministry", outlet="Post"), "update"),
    # the text says the figure was revised: an update whoever gives it
    (C("a", 27, 27, None, "the governor"), C("b", 34, 34, None, "medics", outlet="Post", before="the toll rose to "),
     "update"),
])
def test_roles(first: C, second: C, role: str) -> None:
    roles = claim_roles([first, second], ledger_rules())
    assert [r[0] for r in roles] == ["first", role]


def test_a_claim_is_consistent_only_with_every_other_source() -> None:
    claims = [C("a", 500, 500, "at least", "the ministry"), C("b", 200, 999, "hundreds", "a witness", outlet="B"),
              C("c", 100, 300, None, "analysts", outlet="C")]
    roles = claim_roles(claims, ledger_rules())
    assert [r[0] for r in roles] == ["first", "agrees", "disagreement"]
    assert "at least 500" in roles[2][1] and "hundreds" not in roles[2][1]


def test_the_dispute_names_sources_values_and_dates() -> None:
    claims = [C("a", 500, 500, "at least", "the ministry", published="2024-05-02"),
              C("b", 471, 471, None, "the ministry", published="2024-05-03"),
              C("c", 100, 300, None, "analysts", published=None, outlet="C")]
    text = dispute(claims, {})
    assert text == "the ministry: at least 500 (2024-05-02), 471 (2024-05-03) | analysts: 100-300 (undated)"
    many = [C(str(i), i, i, None, f"source {i}") for i in range(10)]
    assert dispute(many, {}, most=3).endswith("| and 7 other source(s)")
