"""Rules written against the coercion class probe (``test_coercion_class_probe.py``), each read from
the PLOVER codebook's definitions of THREATEN, COERCE, SANCTION, MOBILIZE and SUPPORT: alignment told
by a verb of siding ("sided with X", "threw its weight behind X"), forces put on standby, trade flows
curtailed with a named partner, a body quit, one's embassy closed, a licence
revoked, a hostile answer (done: ASSAULT, "struck back at X"; promised under a condition: THREATEN), forces sent along a
border counted in thousands or to a border region (a deployment, no aid), and support expressed by a
verb of promising ("offered condolences"). Words live in ``data/events/patterns.yaml``, grammar in
``stages/events`` (``borders.py``, ``expressed.py``). Every rule has invented sentences (none from a
probe or a gold file): positives, a negative and a near miss; ``tests.builders.probe_ok`` holds a row
when the most confident counted event is the expected triple, or, expecting None, when no counted
event is of the rule's type (its first word)."""

from __future__ import annotations

import pytest

from tests.builders import Triple, incomplete_rules, probe_ok, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # a verb of siding or standing with a party: support expressed (CAMEO 051); a place or a stance is no party
    ("SUPPORT alignment verb", P, "Ghana sided with Nigeria in the row over fishing rights.", ("SUPPORT", ("GHA",), ("NGA",))),
    ("SUPPORT alignment verb", P, "Qatar threw its weight behind Turkey's proposal for a truce.", ("SUPPORT", ("QAT",), ("TUR",))),
    ("SUPPORT alignment verb", P, "Jordan stood by Egypt throughout the dispute over the dam.", ("SUPPORT", ("JOR",), ("EGY",))),
    ("SUPPORT alignment verb", N, "The Zambian squad stood by the team bus before kickoff.", None),
    ("SUPPORT alignment verb", M, "The Chilean ministry stood by its earlier estimate of the damage.", None),
    # forces put on standby or a war footing: readiness raised (MOBILIZE, CAMEO 152); planes or staff are no forces
    ("MOBILIZE forces on standby", P, "Egypt placed its air force on standby after the border incident.", ("MOBILIZE", ("EGY",), ())),
    ("MOBILIZE forces on standby", P, "Armenia kept its reservists on standby on Thursday.", ("MOBILIZE", ("ARM",), ())),
    ("MOBILIZE forces on standby", N, "The Portuguese airline put two extra planes on standby in Lisbon.", None),
    ("MOBILIZE forces on standby", M, "Doctors in Lagos were on standby as the storm approached Nigeria.", None),
    # a trade flow curtailed with a named partner (SANCTION discontinue); a product banned at home names none
    ("SANCTION trade flow curtailed", P, "Ukraine banned imports of Belarusian sugar on Monday.", ("SANCTION", ("UKR",), ("BLR",))),
    ("SANCTION trade flow curtailed", P, "Indonesia halted coal exports to China in January.", ("SANCTION", ("IDN",), ("CHN",))),
    ("SANCTION trade flow curtailed", N, "Kenya's coffee exports rose sharply last year.", None),
    ("SANCTION trade flow curtailed", M, "Thailand banned the import of e-cigarettes last year.", None),
    # a state leaving a body named by its head noun (SANCTION withdraw, CAMEO 160)
    ("SANCTION body quit", P, "Hungary quit the International Criminal Court, the Hungarian government said.", ("SANCTION", ("HUN",), ("IGO",))),
    ("SANCTION body quit", P, "Vanuatu withdrew from the Commonwealth in a dispute over aid.", ("SANCTION", ("VUT",), ("IGO",))),
    ("SANCTION body quit", N, "The Belgian coach quit the club on Monday.", None),
    ("SANCTION body quit", M, "Peru's delegation left the council chamber during the vote.", None),
    # one's embassy in a state closed (SANCTION withdraw, CAMEO 161); the state it is in is the target
    ("SANCTION embassy closed", P, "Canada closed its embassy in Tehran in 2012, the Canadian government said.", ("SANCTION", ("CAN",), ("IRN",))),
    ("SANCTION embassy closed", P, "Panama shut its consulate in Caracas after the election.", ("SANCTION", ("PAN",), ("VEN",))),
    ("SANCTION embassy closed", N, "The embassy in Nairobi closed early for the holiday.", None),
    ("SANCTION embassy closed", M, "Kenya closed its border with Somalia on Friday.", None),
    # a licence or accreditation withdrawn by the state (COERCE censor, CAMEO 1721)
    ("COERCE licence revoked", P, "Zambia revoked the licence of a private Zambian radio station.", ("COERCE", ("ZMB",), ("ZMB",))),
    ("COERCE licence revoked", P, "Ethiopia withdrew the accreditation of two Kenyan journalists.", ("COERCE", ("ETH",), ("KEN",))),
    ("COERCE licence revoked", N, "The Peruvian bank's chief revoked his offer on Monday.", None),
    ("COERCE licence revoked", M, "Zambia renewed the licence of a private Zambian radio station.", None),
    # a hostile answer: done, an attack (CAMEO 190); promised under a condition by its doer, a threat
    ("ASSAULT hostile answer", P, "Israel struck back at Hezbollah on Sunday.", ("ASSAULT", ("ISR",), ("LBN",))),
    ("ASSAULT hostile answer", P, "If Turkey strikes again, Syria will hit back, a Syrian official said.", ("THREATEN", ("SYR",), ("TUR",))),
    ("ASSAULT hostile answer", N, "Shares in Tokyo hit back their highs of the year.", None),
    ("ASSAULT hostile answer", M, "The Brazilian striker hit back at his critics after the match.", None),
    # forces sent with no recipient, counted in thousands along a border or to a border region: MOBILIZE, no aid
    ("MOBILIZE deployment to a border", P, "Belarus moved hundreds of soldiers along Poland's border on Tuesday.", ("MOBILIZE", ("BLR",), ("POL",))),
    ("MOBILIZE deployment to a border", P, "Uganda sent soldiers to South Sudan's border region on Friday.", ("MOBILIZE", ("UGA",), ("SSD",))),
    ("MOBILIZE deployment to a border", N, "Rwanda sent thousands of troops to Mozambique to fight the insurgents.", None),
    ("MOBILIZE deployment to a border", M, "Kenya sent hundreds of police officers to Haiti last year.", None),
    # support expressed by a verb of promising: given in the saying (SUPPORT), no promise (AGREE)
    ("SUPPORT expressed by a verb of promising", P, "Senegal offered its condolences to Mali after the attack.", ("SUPPORT", ("SEN",), ("MLI",))),
    ("SUPPORT expressed by a verb of promising", P, "Brazil offered its sympathy to Chile after the fires.", ("SUPPORT", ("BRA",), ("CHL",))),
    ("SUPPORT expressed by a verb of promising", N, "Japan offered patrol boats to the Philippines.", None),
    ("SUPPORT expressed by a verb of promising", M, "Turkey offered its troops to Somalia.", None),
]


RULES = 9


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_coercion_class_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
