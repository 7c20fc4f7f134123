"""Rules from the set-3b tuning sentences (issue 16), each a class of construction with a positive row, a negative
row and a near miss (sentences written for these tests):

* critical: disapproval told by an adjective with its "of" phrase (``critical.py``, ``critical_adjectives``);
* criticised: criticism of an act whose doer is not named stands with no one accused (``criticised.py``);
* hired: an infinitive after the object of a verb of hiring or paying is aimed at, not told done (``hiring_verbs``);
* prosecutor: a prosecutor's statement of what a defendant did is a legal accusation (``prosecutors.py``);
* filing: a legal filing that alleges makes its allegation with no filer named (``filing_nouns``);
* custody: people moved into custody are detained (``custody_transfers.py``);
* kind: a threat noun qualifying a noun after it names a kind, no threat made (``kind_nouns.py``);
* constitutes: a reported clause of ``constituting_verbs`` with a word of disapproval is a judgement;
* hyphenated charge: a charge named with hyphens is still a charge faced (``charged.py``).

A row (rule, text, plover, expected) holds when ``expected`` is None and no counted event of the sentence is of
type ``plover``, or when a counted event of that type has the expected (source codes, target codes).
"""

from __future__ import annotations

import pytest

from tests.builders import counted_events

Row = tuple[str, str, str, tuple[tuple[str, ...], tuple[str, ...]] | None]

ROWS: list[Row] = [
    ("critical", "The Kenyan senator was sharply critical of Uganda's handling of the border dispute.", "ACCUSE",
     (("KEN",), ("UGA",))),
    ("critical", "Bloggers in Manila posted clips critical of the Chinese coast guard.", "ACCUSE", (("PHL",), ("CHN",))),
    ("critical", "The Kenyan senator was not critical of Uganda's handling of the border dispute.", "ACCUSE", None),
    ("critical", "Coffee exports are critical to the Ugandan economy, the Kenyan senator said.", "ACCUSE", None),
    ("criticised", "Germany's foreign ministry criticized the plan on Thursday.", "ACCUSE", (("DEU",), ())),
    ("criticised", "The decision drew sharp criticism from Amnesty International.", "ACCUSE", (("IGO",), ())),
    ("criticised", "Germany's foreign ministry criticized the novel on Thursday.", "ACCUSE", None),
    ("criticised", "The decision drew a large crowd to the square in Berlin.", "ACCUSE", None),
    ("criticised", "Rights groups in Berlin brought the lawsuits on Monday.", "ACCUSE", None),
    ("hired", "Prosecutors say a Colombian cartel hired two gunmen to kill a Mexican judge.", "ASSAULT", None),
    ("hired", "Investigators say a Colombian cartel paid two gunmen to attack a Mexican judge.", "ASSAULT", None),
    ("hired", "Prosecutors say a Colombian cartel hired two gunmen who killed a Mexican judge.", "ASSAULT",
     ((), ("MEX",))),
    ("hired", "Police say a Colombian cartel used two gunmen to kill a Mexican judge.", "ASSAULT", (("COL",), ("MEX",))),
    ("prosecutor", "Prosecutors say the Venezuelan officials laundered money through Spanish banks.", "ACCUSE",
     ((), ("VEN",))),
    ("prosecutor", "Prosecutors said the Venezuelan officials were detained at the airport in Madrid.", "ACCUSE", None),
    ("prosecutor", "Kenya requested that Tanzania extradite the suspect, Kenyan prosecutors said on Monday.", "ACCUSE",
     None),
    ("prosecutor", "Spanish diplomats say the Venezuelan officials visited the banks in Madrid.", "ACCUSE", None),
    ("filing", "The lawsuit alleges that the Peruvian navy dumped fuel near the reef.", "ACCUSE", ((), ("PER",))),
    ("filing", "The report says that the Peruvian navy dumped fuel near the reef.", "ACCUSE", None),
    ("filing", "The lawsuit says that the Peruvian navy arrived near the reef.", "ACCUSE", None),
    ("constitutes", "Vietnam said the Chinese survey constitutes a serious violation of its sovereignty.", "ACCUSE",
     (("VNM",), ("CHN",))),
    ("constitutes", "Iran said the British seizure of the tanker amounts to piracy.", "ACCUSE", (("IRN",), ("GBR",))),
    ("constitutes", "Vietnam said the Chinese visit constitutes a new chapter in relations.", "ACCUSE", None),
    ("custody", "Egypt transferred the Sudanese detainees to a prison near Aswan.", "COERCE", (("EGY",), ("SDN",))),
    ("custody", "Egyptian officials began flying the Sudanese migrants to a detention centre in Aswan.", "COERCE",
     (("EGY",), ("SDN",))),
    ("custody", "Egypt flew the Sudanese envoys to a conference in Aswan.", "COERCE", None),
    ("custody", "Egypt sent food to a refugee camp near Aswan for the Sudanese families.", "COERCE", None),
    ("kind", "Chilean police arrested two high-threat suspects from Peru.", "THREATEN", None),
    ("kind", "Chile raised its terror threat level after a warning from Peru.", "THREATEN", None),
    ("kind", "Peru's threat to close the border angered Chile.", "THREATEN", (("PER",), ())),
    ("hyphenated charge", "Two Nigerian bankers are facing money-laundering charges in London.", "ACCUSE", ((), ("NGA",))),
    ("hyphenated charge", "Two Nigerian bankers are facing a long-distance flight to London.", "ACCUSE", None),
    ("hyphenated charge", "Two Nigerian bankers stood, well-dressed, accused of nothing by anyone.", "ACCUSE", None),
]


def row_holds(row: Row) -> bool:
    _rule, text, plover, expected = row
    found = [p for p in counted_events(text) if p.plover == plover]
    if expected is None:
        return not found
    return any((p.source, p.target) == (frozenset(expected[0]), frozenset(expected[1])) for p in found)


def test_every_rule_has_positive_and_negative_rows() -> None:
    rules = {r[0] for r in ROWS}
    seen = 0
    for rule in rules:
        kinds = {r[3] is None for r in ROWS if r[0] == rule}
        assert kinds == {True, False}, rule
        seen += 1
    assert seen == len(rules) == 9


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_set3b_rule(row: Row) -> None:
    assert row_holds(row)
