"""Rules for MOBILIZE wordings beyond deployments, nominal threats and support pledged (issue 16,
branch i16-mobilize).

A MOBILIZE rule, read from the PLOVER codebook's MOBILIZE weapons mode ("test weapons systems"): a
weapon's test named by the verb's noun
("conducted a test of a ballistic missile", "Pakistan's test of a cruise missile"), read as the
verb "test" is (``nominalisations`` in ``data/events/patterns.yaml``, ``stages/events/nominals.py``):
only with its "of" phrase one of the verb pattern's weapons, so a test of wills, of the water supply
or of a rocket engine is none.

A THREATEN rule, read from the codebook's THREATEN definition (a threat of coercion, sanctions or force
is the threat, not the act): a threat noun with no owner of its own ("the threat of ...", "under the
threat of ...") whose "of" phrase is an act found with its doer ("the threat of fresh American
sanctions on Caracas"): the act is threatened by that doer (``stages/events/noun_wrappers.py``, its
code from the ``threaten`` wrapper's ``derive`` table), not done.

A SUPPORT rule (codebook SUPPORT "express support for"): bare support or backing pledged, offered or
extended to a party ("pledged its full support for X") is support expressed in the saying, not aid
(``data/events/patterns.yaml``, CAMEO 051); support of a material kind ("financial support") stays aid.
Every sentence is invented here (none from a probe or a gold file):
positives, a negative and a near miss; ``tests.builders.probe_ok`` holds a row when the most
confident counted event is the expected triple, or, expecting None, when no counted event is of the
rule's type (its first word)."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # a weapon's test named by its noun, its "of" phrase the weapon: weapons shown (MOBILIZE weapons, CAMEO 150)
    ("MOBILIZE weapon test noun", P, "Pakistan carried out a test of a nuclear-capable ballistic missile on Monday.", ("MOBILIZE", ("PAK",), ())),
    ("MOBILIZE weapon test noun", P, "North Korea conducted a test of two cruise missiles on Sunday.", ("MOBILIZE", ("PRK",), ())),
    ("MOBILIZE weapon test noun", P, "India staged a test of its longest-range rocket on Friday.", ("MOBILIZE", ("IND",), ())),
    ("MOBILIZE weapon test noun", N, "The Nigerian ministry ordered a test of the water supply in Lagos.", None),
    ("MOBILIZE weapon test noun", N, "The Kenyan vote was a test of the president's popularity.", None),
    ("MOBILIZE weapon test noun", M, "Brazil conducted a test of the rocket engine for its satellite programme.", None),
    ("MOBILIZE weapon test noun", M, "Chile conducted a test of its tsunami warning sirens on Tuesday.", None),
    # a threat noun with no owner whose "of" phrase is an act with its doer: the act threatened (THREATEN), not done
    ("THREATEN ownerless threat noun", P, "The threat of fresh American sanctions on Caracas rattled Venezuelan bondholders.", ("THREATEN", ("USA",), ("VEN",))),
    ("THREATEN ownerless threat noun", P, "The threat of Indian sanctions on Nepalese traders grew this week.", ("THREATEN", ("IND",), ("NPL",))),
    ("THREATEN ownerless threat noun", P, "Kenya played down the threat of Ugandan sanctions over the fishing dispute.", ("THREATEN", ("UGA",), ())),
    ("THREATEN ownerless threat noun", N, "The threat of heavy rain forced Kenya to postpone the match.", None),
    ("THREATEN ownerless threat noun", M, "The lifting of American sanctions on Caracas cheered Venezuelan bondholders.", None),
    ("THREATEN ownerless threat noun", M, "American sanctions on Caracas rattled Venezuelan bondholders.", ("SANCTION", ("USA",), ("VEN",))),
    # bare support pledged or voiced for a party: support expressed (SUPPORT, CAMEO 051), not aid; material support is aid
    ("SUPPORT bare support pledged", P, "Ghana pledged its full support for Nigeria's bid to host the summit.", ("SUPPORT", ("GHA",), ("NGA",))),
    ("SUPPORT bare support pledged", P, "Qatar pledged support for Lebanon's army after the clashes.", ("SUPPORT", ("QAT",), ("LBN",))),
    ("SUPPORT bare support pledged", N, "Japan pledged financial support for Kenya's drought victims.", ("AID", ("JPN",), ("KEN",))),
    ("SUPPORT bare support pledged", M, "Japan pledged $50 million in support for Ukraine's energy grid.", None),
]


RULES = 3


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_mobilize_threat_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
