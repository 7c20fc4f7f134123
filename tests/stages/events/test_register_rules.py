"""The constructions the register probe (``test_register_probe.py``) found with no event, the wrong
type or the wrong arguments: state-media, headline, court and local-wire English for codebook
definitions, each told by a word the patterns lacked (``data/events/patterns.yaml``) or by a phrase
that carries an argument away from its verb (``stages/events/roles.py``, ``requests.py``,
``wrappers.py``). A positive row, a negative row and a near miss per rule, in invented sentences
with parties of every side. A row holds as ``tests.builders.probe_ok`` reads it: with an expected
triple, the most confident counted event is that triple; with None, no counted event of the rule's
type."""

from __future__ import annotations

import pytest

from tests.builders import Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # SUPPORT (CAMEO 057 sign formal agreement): "ink" as the verb of signing
    ("SUPPORT ink", P, "Ghana and Togo inked a maritime boundary accord in Lome on Friday.", ("SUPPORT", ("GHA", "TGO"), ())),
    ("SUPPORT ink", P, "Vietnam, Laos ink deal on border crossings", ("SUPPORT", ("VNM", "LAO"), ())),
    ("SUPPORT ink", N, "Ghana and Togo discussed a maritime boundary accord in Lome on Friday.", None),
    ("SUPPORT ink", M, "Ghana and Togo inked the new border line on the map in red on Friday.", None),
    # SUPPORT praise (CAMEO 051): "appreciated X's role", "appreciated the efforts of X"
    ("SUPPORT appreciate", P, "The Malaysian delegation appreciated the role of Indonesia in the peace process, a statement said.",
     ("SUPPORT", ("MYS",), ("IDN",))),
    ("SUPPORT appreciate", N, "The Malaysian delegation doubted the role of Indonesia in the peace process, a statement said.", None),
    ("SUPPORT appreciate", M, "The Malaysian ringgit appreciated against the dollar on Monday.", None),
    # SUPPORT (CAMEO 051): congratulations or greetings conveyed to a party
    ("SUPPORT congratulations", P, "Cuba's president conveyed warm congratulations to Vietnam on its national day, the state news agency said.",
     ("SUPPORT", ("CUB",), ("VNM",))),
    ("SUPPORT congratulations", N, "Cuba's president conveyed a warning to Vietnam on its national day, the state news agency said.", None),
    ("SUPPORT congratulations", M, "Cuba's president received congratulations from his own ministers on Monday.", None),
    # AID: the vehicle or lot aid travels in ("a relief consignment", "an aid ship", "food baskets", "a donation")
    ("AID consignment", P, "Algeria dispatched a relief consignment to flood-hit Libya on Sunday, the official news agency said.",
     ("AID", ("DZA",), ("LBY",))),
    ("AID consignment", P, "Qatar's charity distributed 2,000 food baskets to displaced families in Yemen on Monday.",
     ("AID", ("QAT",), ("YEM",))),
    ("AID consignment", N, "Algeria received a relief consignment from Libya on Sunday, the official news agency said.",
     None),
    ("AID consignment", M, "Algeria dispatched a consignment of crude oil to Italy under its supply contract on Sunday.", None),
    # AID: the destination hangs from the aid's carrier ("a ship carrying food to X") or its role ("as a gift to X")
    ("AID carried to", P, "Oman sent an aid plane carrying tents and blankets to the quake victims of Afghanistan on Friday.",
     ("AID", ("OMN",), ("AFG",))),
    ("AID carried to", P, "Thailand provided 500 tonnes of rice as a gift to the people of Myanmar on Tuesday.",
     ("AID", ("THA",), ("MMR",))),
    ("AID carried to", N, "Oman sent a plane carrying its foreign minister to Iran on Friday.", None),
    ("AID carried to", M, "Thailand provided 500 tonnes of rice as a loan repayment in kind on Tuesday.", ("AID", ("THA",), ())),
    ("AID carried to", N, "Angry Chilean farmers blocked the bridge spanning the river from Chile to Argentina on Monday.",
     ("PROTEST", ("CHL",), ("CHL",))),
    # REJECT (CAMEO 120): headline "nix", and a tribunal's award, a petition, a leader's statements rejected
    ("REJECT nix", P, "Bolivia nixes Chilean proposal on water rights", ("REJECT", ("BOL",), ("CHL",))),
    ("REJECT nix", N, "Bolivia studies Chilean proposal on water rights", None),
    ("REJECT nix", M, "Bolivia nixes airport tax for tourists", None),
    ("REJECT award", P, "Venezuela rejected Guyana's petition to the International Court of Justice, the foreign ministry said.",
     ("REJECT", ("VEN",), ("GUY",))),
    ("REJECT award", P, "Armenia rejected the Azerbaijani president's statements on the enclave, calling them provocative.",
     ("REJECT", ("ARM",), ("AZE",))),
    ("REJECT award", N, "Venezuela published Guyana's petition to the International Court of Justice, the foreign ministry said.", None),
    ("REJECT award", M, "Venezuela rejected an award of the Nobel committee for its writer, the foreign ministry said.", None),
    # ACCUSE (CAMEO 111): the headline's "raps"
    ("ACCUSE raps", P, "Bangladesh raps Myanmar over shelling on border", ("ACCUSE", ("BGD",), ("MMR",))),
    ("ACCUSE raps", N, "Bangladesh thanks Myanmar over help on border", ("SUPPORT", ("BGD",), ("MMR",))),
    ("ACCUSE raps", M, "Myanmar soldiers raped women in a Rohingya village, Bangladesh said.", ("ASSAULT", ("MMR",), ())),
    # ASSAULT (CAMEO 190): clashes told by a noun between both sides, every side an actor (2.4.2, 3.16.1)
    ("ASSAULT clashes between", P, "Fierce clashes broke out between Kyrgyz and Tajik border guards on Wednesday, officials said.",
     ("ASSAULT", ("KGZ", "TJK"), ())),
    ("ASSAULT clashes between", P, "Clashes between Ethiopian and Sudanese troops left several dead near al-Fashaga on Sunday.",
     ("ASSAULT", ("ETH", "SDN"), ())),
    ("ASSAULT clashes between", N, "Talks broke out between Kyrgyz and Tajik border guards on Wednesday, officials said.",
     ("CONSULT", ("KGZ", "TJK"), ())),
    ("ASSAULT clashes between", M, "Fierce clashes broke out between the two sides on Wednesday, officials said.", ("ASSAULT", (), ())),
    ("ASSAULT clashes between", N, "Libya closed its southern border because of fighting between Sudanese and Chadian militias, officials said.",
     None),
    # CONSULT visit (CAMEO 042): "paid a courtesy call on X"
    ("CONSULT courtesy call", P, "The Sri Lankan foreign minister paid a courtesy call on the Prime Minister of Pakistan in Islamabad.",
     ("CONSULT", ("LKA",), ("PAK",))),
    ("CONSULT courtesy call", N, "The Sri Lankan foreign minister made a phone call to the police in Colombo.", None),
    ("CONSULT courtesy call", M, "The Sri Lankan foreign minister answered a call for help from the fishermen.", None),
    # REQUEST (CAMEO 10): "stressed the need for X to V"
    ("REQUEST need for", P, "Qatar stressed the need for Israel to open all crossings into Gaza, the foreign ministry said.",
     ("REQUEST", ("QAT",), ("ISR",))),
    ("REQUEST need for", P, "Kazakhstan underlined the necessity for Kyrgyzstan to release the detained traders.",
     ("REQUEST", ("KAZ",), ("KGZ",))),
    ("REQUEST need for", N, "Qatar stressed the need for dialogue and restraint, the foreign ministry said.", None),
    ("REQUEST need for", M, "Qatar stressed the need to open all crossings into Gaza, the foreign ministry said.", None),
    # AGREE (CAMEO 03): intent named by a noun ("expressed its readiness to cooperate with X")
    ("AGREE readiness", P, "Mongolia expressed its readiness to cooperate with South Korea on rare earths, the ministry said.",
     ("AGREE", ("MNG",), ("KOR",))),
    ("AGREE readiness", N, "Mongolia expressed its regret at the cancelled visit of the South Korean minister.", None),
    ("AGREE readiness", M, "Mongolia questioned South Korea's readiness to cooperate on rare earths, the ministry said.",
     None),
    # COOPERATE economic (CAMEO 061): energy supplied or sold to a partner; a readiness to do so is AGREE
    ("COOPERATE energy", P, "Azerbaijan began supplying natural gas to Syria through Turkey on Saturday, the energy ministry said.",
     ("COOPERATE", ("AZE",), ("SYR",))),
    ("COOPERATE energy", P, "Tajikistan is ready to sell electricity to Pakistan, its energy minister said on Monday.",
     ("AGREE", ("TJK",), ("PAK",))),
    ("COOPERATE energy", N, "Azerbaijan began producing natural gas at a new offshore field on Saturday.", None),
    ("COOPERATE energy", M, "Azerbaijan supplied food and blankets to Syria on Saturday, the emergency ministry said.",
     ("AID", ("AZE",), ("SYR",))),
    # COOPERATE (CAMEO 060): cooperation extended to a partner
    ("COOPERATE extend", P, "Nepal has extended cooperation to Bhutan in the field of tourism, the ministry said.",
     ("COOPERATE", ("NPL",), ("BTN",))),
    ("COOPERATE extend", N, "Nepal has refused cooperation to Bhutan in the field of tourism, the ministry said.", None),
    ("COOPERATE extend", M, "Nepal has extended the visa deadline for traders from Bhutan, the ministry said.", None),
    # COOPERATE (CAMEO 060): networks linked between partners
    ("COOPERATE link", P, "Egypt and Sudan linked their power grids on Monday, the two governments said.",
     ("COOPERATE", ("EGY", "SDN"), ())),
    ("COOPERATE link", N, "Egypt and Sudan inspected their power grids on Monday, the two governments said.", None),
    ("COOPERATE link", M, "Egypt linked the blackout to a fault in the Sudanese grid on Monday.", None),
    # AGREE (CAMEO 030): ties sought ("X eyes ties with Y", "is seeking stronger relations with Y")
    ("AGREE eye ties", P, "Argentina eyes closer ties with India", ("AGREE", ("ARG",), ("IND",))),
    ("AGREE eye ties", P, "Kenya is seeking stronger relations with Morocco, its foreign minister said on Tuesday.",
     ("AGREE", ("KEN",), ("MAR",))),
    ("AGREE eye ties", N, "Argentina cuts ties with Iran", None),
    ("AGREE eye ties", M, "Kenya is seeking compensation from Morocco, its foreign minister said on Tuesday.", None),
    # SANCTION discontinue (CAMEO 160): an accord with a partner ended, told by the headline's "nixes"
    ("SANCTION nix accord", P, "Mali nixes defence pact with France", ("SANCTION", ("MLI",), ("FRA",))),
    ("SANCTION nix accord", N, "Mali signs defence pact with France", None),
    ("SANCTION nix accord", M, "Chad nixes French proposal on uranium", ("REJECT", ("TCD",), ("FRA",))),
    # COERCE seize / restrict (CAMEO 1711, 172): a search operation launched, an area cordoned off
    ("COERCE search", P, "Pakistani police launched a search operation in the Bajaur district on Friday after the attack.",
     ("COERCE", ("PAK",), ("PAK",))),
    ("COERCE search", P, "Kenyan police cordoned off the Eastleigh neighbourhood of Nairobi on Sunday.", ("COERCE", ("KEN",), ("KEN",))),
    ("COERCE search", N, "Pakistani police called off the search for the missing climbers on Friday.", None),
    ("COERCE search", M, "Pakistani troops launched a military operation against militants in Bajaur on Friday.",
     ("ASSAULT", ("PAK",), ("PAK",))),
    # CONCEDE (PLOVER 3.4.2, as acquittals): charges dropped against a person
    ("CONCEDE charges dropped", P, "Kenyan prosecutors dropped charges against two opposition activists on Monday.",
     ("CONCEDE", ("KEN",), ("KEN",))),
    ("CONCEDE charges dropped", P, "Zambia drops charges against opposition leader", ("CONCEDE", ("ZMB",), ("ZMB",))),
    ("CONCEDE charges dropped", N, "Kenyan prosecutors upheld charges against two opposition activists on Monday.", None),
    ("CONCEDE charges dropped", M, "Kenyan prosecutors dropped their objection to the bail hearing on Monday.", None),
    # ACCUSE allege (CAMEO 115): court reporting's "filed charges against X", "brought a case against X"
    ("ACCUSE charges filed", P, "Gambia brought a case against Myanmar at the International Court of Justice on Monday.",
     ("ACCUSE", ("GMB",), ("MMR",))),
    ("ACCUSE charges filed", P, "Peruvian prosecutors filed charges against a former Bolivian minister on Tuesday.",
     ("ACCUSE", ("PER",), ("BOL",))),
    ("ACCUSE charges filed", N, "Peruvian prosecutors filed a report on the riots on Tuesday.", None),
    ("ACCUSE charges filed", M, "Peruvian prosecutors dropped charges against a former Bolivian minister on Tuesday.",
     ("CONCEDE", ("PER",), ("BOL",))),
    # ACCUSE (CAMEO 114): state-media "lodged solemn representations with X" (a formal complaint)
    ("ACCUSE representations", P, "The Chinese side lodged stern representations with the Lithuanian side over the office in Vilnius.",
     ("ACCUSE", ("CHN",), ("LTU",))),
    ("ACCUSE representations", N, "The Chinese side held consultations with the Lithuanian side over the office in Vilnius.",
     ("CONSULT", ("CHN", "LTU"), ())),
    ("ACCUSE representations", M, "The defence lawyer lodged representations with the court about the bail conditions.", None),
    # SUPPORT (CAMEO 057): an MoU signed
    ("SUPPORT mou", P, "Bhutan and Bangladesh signed an MoU on inland waterways on Tuesday, the foreign ministry said.",
     ("SUPPORT", ("BTN", "BGD"), ())),
    ("SUPPORT mou", N, "Bhutan and Bangladesh discussed an MoU on inland waterways on Tuesday, the foreign ministry said.",
     None),
    ("SUPPORT mou", M, "Bhutan and Bangladesh signed the visitors' book at the waterways museum on Tuesday.", None),
    # MOBILIZE troops (CAMEO 154): forces sent to a border, whichever country names it, are deployed, not given
    ("MOBILIZE border", P, "Venezuela deployed troops to the Guyanese border on Monday, the defence minister said.",
     ("MOBILIZE", ("VEN",), ("GUY",))),
    ("MOBILIZE border", P, "Belarus sends troops to Lithuanian border", ("MOBILIZE", ("BLR",), ("LTU",))),
    ("MOBILIZE border", N, "Venezuela withdrew troops from the Guyanese border on Monday, the defence minister said.", None),
    ("MOBILIZE border", M, "Turkey sent troops to Somalia to train its army on Monday, the defence ministry said.",
     ("AID", ("TUR",), ("SOM",))),
    # MOBILIZE (CAMEO 150): a show of force near another party ("combat readiness patrols around X")
    ("MOBILIZE patrols", P, "Chinese warships conducted combat readiness patrols near the Philippines on Sunday, the army said.",
     ("MOBILIZE", ("CHN",), ("PHL",))),
    ("MOBILIZE patrols", N, "Chinese warships ended their visit to the Philippines on Sunday, the army said.", None),
    ("MOBILIZE patrols", M, "Chinese and Russian warships conducted joint patrols near Japan on Sunday, the army said.",
     ("COOPERATE", ("CHN", "RUS"), ())),
]


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 24
    for rule, seen in kinds.items():
        assert seen == {P, N, M}, rule


@pytest.mark.parametrize("rule,kind,text,expected", ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_register_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
