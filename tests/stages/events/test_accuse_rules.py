"""The ACCUSE rules of ``stages/events/judgements.py`` and the ACCUSE block of ``patterns.yaml``,
each a class of construction with a positive row, a negative row and a near miss (sentences
written for these tests). PLOVER ACCUSE: "express disapprovals, objections, and complaints",
"condemn, decry a policy or an action", "criticize, defame, denigrate", "formally or informally
accuse", "sue in court"; any investigation (not of a site or a mishap).

A row (rule, text, expected) holds when ``expected`` is None and no counted event of the
sentence is an ACCUSE, or when a counted ACCUSE has the expected (source codes, target codes).
"""

from __future__ import annotations

import pytest

from tests.builders import counted_events

Row = tuple[str, str, tuple[tuple[str, ...], tuple[str, ...]] | None]

ROWS: list[Row] = [
    # a naming verb whose object is called a word of disapproval
    ("naming", "The Russian foreign ministry called the new U.S. sanctions illegal on Friday.", (("RUS",), ("USA",))),
    ("naming", "Beijing described the Philippine navy's manoeuvres as a dangerous provocation.", (("CHN",), ("PHL",))),
    ("naming", "The Russian foreign ministry called the talks with Turkey useful on Friday.", None),
    ("naming", "Beijing described the Philippine delegation's visit as a friendly exchange.", None),
    # a reported copula with a word of disapproval
    ("copula", "Egypt's foreign ministry said the Israeli operation in Rafah was unacceptable.", (("EGY",), ("ISR",))),
    ("copula", "Seoul's unification ministry said Pyongyang's missile launch was a reckless provocation.", (("KOR",), ("PRK",))),
    ("copula", "Egypt's foreign ministry said the weather in Rafah was unusually cold for the season.", None),
    ("copula", "Egypt's foreign ministry said the Israeli operation in Rafah was not unacceptable.", None),
    # blame told in speech: responsible, behind, to blame
    ("blame", "Ukraine's foreign minister said Russia was responsible for the attack on the dam.", (("UKR",), ("RUS",))),
    ("blame", "Congo's government said Rwanda was behind the M23 rebel offensive in North Kivu.", (("COD",), ("RWA",))),
    ("blame", "The Bangladeshi minister said the cyclone was responsible for the damage to the crops.", None),
    # a reported breach or provocation by a party
    ("breach", "The Lebanese army said Israel had violated the ceasefire more than 100 times.", (("LBN",), ("ISR",))),
    ("breach", "China said the Philippines had provoked the confrontation near the shoal.", (("CHN",), ("PHL",))),
    ("breach", "The Lebanese army said the storm had breached the sea wall in Tyre.", None),
    # a duty failed
    ("failure", "Amnesty International said the Nigerian army had failed to protect the villagers.", (("IGO",), ("NGA",))),
    ("failure", "Amnesty International said the talks in Abuja had failed to produce a deal.", None),
    # a statement made as an allegation
    ("allege", "Kenya's opposition alleged that the Ugandan government had jailed its supporters.", (("KEN",), ("UGA",))),
    ("allege", "Human rights groups complained that the Egyptian authorities were jailing critics.", (("IGO",), ("EGY",))),
    ("allege", "Kenya's opposition said that the Ugandan government had reopened the border.", None),
    ("allege", "Kenya's opposition did not allege that the Ugandan government had jailed its supporters.", None),
    # critics who speak accuse only a party their clause names
    ("critics", "Critics say the Ethiopian government has jailed hundreds of journalists.", ((), ("ETH",))),
    ("critics", "Critics say the new stadium in Addis Ababa feels too small for the league.", None),
    ("critics", "Critics say the novel about the Ethiopian civil war feels dated.", None),
    # an act decried with no party named
    ("decried", "Jordan condemned the attack on the aid convoy near Khan Younis.", (("JOR",), ())),
    ("decried", "Egypt denounced the detention of the aid workers near Rafah on Sunday.", (("EGY",), ("PSE",))),
    ("decried", "Jordan welcomed the arrival of the aid convoy near Khan Younis.", None),
    ("decried", "Jordan condemned the weather that delayed the aid convoy near Khan Younis.", None),
    # the rest of English's verbs of reproof
    ("reproof", "The Turkish president berated Sweden for allowing a Quran-burning protest in Stockholm.", (("TUR",), ("SWE",))),
    ("reproof", "The Kremlin scolded Finland over its decision to close the border crossings.", (("RUS",), ("FIN",))),
    ("reproof", "The Turkish president thanked Sweden for lifting its veto.", None),
    # objections and complaints
    ("object", "Morocco objected to Algeria's support for the Polisario Front at the United Nations.", (("MAR",), ("DZA",))),
    ("object", "China's complaint against Australia at the World Trade Organization was upheld.", (("CHN",), ("AUS",))),
    ("object", "Morocco's objective at the United Nations is a vote on the Sahara plan.", None),
    # suing someone; suing for peace sues no one
    ("sue", "A Kenyan businessman sued the Ugandan government over the seizure of his property.", (("KEN",), ("UGA",))),
    ("sue", "The Ugandan government sued for peace with the rebels after months of fighting.", None),
    # an investigation of conduct, not of a site or a mishap
    ("inquiry", "Turkish prosecutors investigated the Syrian contractor who built the block.", (("TUR",), ("SYR",))),
    ("inquiry", "Rescuers investigated the site of the collapsed building in Istanbul on Monday.", None),
]


def row_holds(row: Row) -> bool:
    _rule, text, expected = row
    accused = [p for p in counted_events(text) if p.plover == "ACCUSE"]
    if expected is None:
        return not accused
    return any((p.source, p.target) == (frozenset(expected[0]), frozenset(expected[1])) for p in accused)


def test_every_rule_has_positive_and_negative_rows() -> None:
    rules = {r[0] for r in ROWS}
    seen = 0
    for rule in rules:
        kinds = {r[2] is None for r in ROWS if r[0] == rule}
        assert kinds == {True, False}, rule
        seen += 1
    assert seen == len(rules) >= 10


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_accuse_rule(row: Row) -> None:
    assert row_holds(row)
