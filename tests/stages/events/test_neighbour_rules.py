"""The classes the neighbour probe (``test_neighbour_probe.py``) found coded as a neighbouring
type or with no event, each a PLOVER codebook definition told by words the patterns lacked
(``data/events/patterns.yaml``) or an argument the grammar missed: a positive row, a negative row
and a near miss per rule, in invented sentences with parties of every side. A row holds as
``tests.builders.probe_ok`` reads it: with an expected triple, the most confident counted event is
that triple; with None, no counted event of the rule's type."""

from __future__ import annotations

import pytest

from tests.builders import Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # SANCTION (3.13): the instruments of targeted sanctions, not a ban on one's own people (COERCE)
    ("SANCTION instruments", P, "Britain imposed travel bans on three Iranian commanders on Tuesday.",
     ("SANCTION", ("GBR",), ("IRN",))),
    ("SANCTION instruments", P, "Kenya imposed an asset freeze on two South Sudanese generals on Friday.",
     ("SANCTION", ("KEN",), ("SSD",))),
    ("SANCTION instruments", N, "The Pakistani government imposed a ban on opposition rallies in Lahore on Tuesday.", None),
    ("SANCTION instruments", M, "Britain lifted travel bans on three Iranian commanders on Tuesday.", None),
    # SANCTION discontinue: "curtail, break or terminate ... material exchanges"
    ("SANCTION end cooperation", P, "Niger ended its military cooperation with France on Wednesday.",
     ("SANCTION", ("NER",), ("FRA",))),
    ("SANCTION end cooperation", P, "Colombia suspended its security cooperation with Peru on Friday after the row over the border.",
     ("SANCTION", ("COL",), ("PER",))),
    ("SANCTION end cooperation", N, "Niger expanded its military cooperation with Russia on Wednesday.", None),
    ("SANCTION end cooperation", M, "Niger ended its military exercises near the Malian border on Wednesday.", None),
    # SANCTION expel: a state ordering foreign forces off its soil
    ("SANCTION expel forces", P, "Mali ordered French troops to leave the country on Monday.",
     ("SANCTION", ("MLI",), ("FRA",))),
    ("SANCTION expel forces", P, "Chad expelled American military personnel from an air base near N'Djamena on Thursday.",
     ("SANCTION", ("TCD",), ("USA",))),
    ("SANCTION expel forces", N, "Mali asked French troops to stay in the country on Monday.", None),
    ("SANCTION expel forces", M, "Ukrainian forces expelled Russian troops from the village on Monday.", None),
    # SANCTION withdraw: "a country withdraws itself from an organization" (not a retreat from a place)
    ("SANCTION leave a body", P, "Burkina Faso withdrew from ECOWAS on Sunday, the military government said.",
     ("SANCTION", ("BFA",), ("IGO",))),
    ("SANCTION leave a body", P, "Nicaragua pulled out of the Organization of American States on Friday.",
     ("SANCTION", ("NIC",), ("IGO",))),
    ("SANCTION leave a body", N, "Israeli troops withdrew from the Lebanese town of Khiam on Sunday.", None),
    ("SANCTION leave a body", M, "U.N. peacekeepers withdrew from Mali on Sunday.", None),
    # THREATEN (3.11): an act the doer's side will do unless its recipient acts is an ultimatum ("coercive warnings")
    ("THREATEN ultimatum", P, "Nigeria announced that it will pull its troops out of Chad unless the Chadian president holds elections within four months.",
     ("THREATEN", ("NGA",), ("TCD",))),
    ("THREATEN ultimatum", P, "Hungary said it would block Ukraine's bid to join the European Union unless Kyiv restored the rights of its Hungarian minority.",
     ("THREATEN", ("HUN",), ("UKR",))),
    ("THREATEN ultimatum", N, "Nigeria announced that it will pull its troops out of Chad next month.", None),
    ("THREATEN ultimatum", M, "Kenya said it would send police officers to Haiti unless the Security Council objected.", None),
    # REJECT (3.12) "reject a request": a party's bid to join blocked or vetoed is its request refused
    ("REJECT bid blocked", P, "Greece blocked North Macedonia's bid to join the European Union on Monday.",
     ("REJECT", ("GRC",), ("MKD",))),
    ("REJECT bid blocked", P, "Morocco vetoed Algeria's application to host the regional summit on Friday.",
     ("REJECT", ("MAR",), ("DZA",))),
    ("REJECT bid blocked", N, "Greece backed North Macedonia's bid to join the European Union on Monday.", None),
    ("REJECT bid blocked", M, "Greek police blocked the road leading to the Macedonian border on Monday.", None),
    # a state named by its form ("the kingdom", "the emirate") after the state is named: its government acts
    ("AGREE state form", P, "Saudi Arabia's foreign minister said the kingdom would send aid to Sudan.",
     ("AGREE", ("SAU",), ("SDN",))),
    ("AGREE state form", P, "Qatar's prime minister said the emirate would send food aid to Lebanon.",
     ("AGREE", ("QAT",), ("LBN",))),
    ("AGREE state form", N, "Saudi Arabia's foreign minister said the kingdom would not send aid to Sudan.", None),
    ("AGREE state form", M, "Saudi Arabia's foreign minister said the kingdom of Jordan would send aid to Sudan.",
     ("AGREE", ("JOR",), ("SDN",))),
    # ACCUSE investigate (3.9): whose acts are investigated is the target, by a "by" phrase the parser hung on the light verb
    ("ACCUSE investigated doer", P, "The International Criminal Court opened an investigation into alleged war crimes by Ethiopian soldiers in Tigray on Monday.",
     ("ACCUSE", ("IGO",), ("ETH",))),
    ("ACCUSE investigated doer", P, "Kenya opened an investigation into alleged war crimes by Somali militias on Friday.",
     ("ACCUSE", ("KEN",), ("SOM",))),
    ("ACCUSE investigated doer", N, "The Kenyan parliament opened a debate on the abuses by Ugandan police on Monday.", None),
    ("ACCUSE investigated doer", M, "The International Criminal Court opened an investigation into the abuses on Monday, followed by a visit to Addis Ababa.", None),
    # PROTEST strike (3.14): a labour strike named by its kind or span, not a military strike
    ("PROTEST strike kinds", P, "Ghanaian nurses began an indefinite strike on Monday over unpaid allowances.",
     ("PROTEST", ("GHA",), ("GHA",))),
    ("PROTEST strike kinds", P, "Argentine teachers staged a warning strike on Thursday against the budget cuts.",
     ("PROTEST", ("ARG",), ("ARG",))),
    ("PROTEST strike kinds", N, "Ghanaian nurses began a training course on Monday.", None),
    ("PROTEST strike kinds", M, "Israeli jets carried out a strike on a Hamas command post on Monday.", None),
    # COERCE withhold (3.15): "shut off power/internet/water/utilities", named by the service
    ("COERCE services cut", P, "Ethiopian authorities cut phone services in the Amhara region on Monday.",
     ("COERCE", ("ETH",), ("ETH",))),
    ("COERCE services cut", P, "Bangladeshi authorities shut down mobile internet services across the country on Friday.",
     ("COERCE", ("BGD",), ("BGD",))),
    ("COERCE services cut", N, "Bangladeshi authorities restored mobile internet services across the country on Friday.", None),
    ("COERCE services cut", M, "A Kenyan bank shut down its customer service centre in Mombasa on Friday.", None),
    # an intelligence agent is of his state's intelligence services (actors/sectors.csv)
    ("COERCE intelligence agents", P, "Three French nationals were arrested by Iranian intelligence agents in Tehran on Monday.",
     ("COERCE", ("IRN",), ("FRA",))),
    ("COERCE intelligence agents", P, "Russian intelligence agents detained two Estonian border guards on Friday.",
     ("COERCE", ("RUS",), ("EST",))),
    ("COERCE intelligence agents", N, "Three French nationals met Iranian intelligence agents in Tehran on Monday.", None),
    ("COERCE intelligence agents", M, "Three French travel agents were praised by Iranian officials in Tehran on Monday.", None),
    # AID humanitarian (3.6) "emergency assistance": rescuers and relief teams sent to another state
    ("AID relief teams", P, "Japan sent a medical team to Turkey on Tuesday after the earthquake.",
     ("AID", ("JPN",), ("TUR",))),
    ("AID relief teams", P, "India dispatched rescue workers to Nepal on Sunday after the landslides.",
     ("AID", ("IND",), ("NPL",))),
    ("AID relief teams", N, "Japan sent a trade delegation to Turkey on Tuesday.", None),
    ("AID relief teams", M, "Chilean firefighters fought forest fires in the south on Friday.", None),
    # SUPPORT (3.3) "approve policy, action, or actor": to endorse is to praise (CAMEO 051), not to accept an offer (AGREE)
    ("SUPPORT endorse", P, "The African Union endorsed Sudan's transition plan on Tuesday.",
     ("SUPPORT", ("IGO",), ("SDN",))),
    ("SUPPORT endorse", P, "Brazil endorsed Colombia's proposal for a regional drug policy on Friday.",
     ("SUPPORT", ("BRA",), ("COL",))),
    ("SUPPORT endorse", N, "The African Union criticised Sudan's transition plan on Tuesday.", None),
    ("SUPPORT endorse", M, "Sudan accepted the African Union's transition plan on Tuesday.", None),
    # RETREAT withdraw (3.7): what a withdrawal is done under ("under the ceasefire deal") is no treaty left (SANCTION)
    ("RETREAT under a deal", P, "Israeli troops withdrew from the Lebanese border village of Khiam on Sunday under the ceasefire deal.",
     ("RETREAT", ("ISR",), ("LBN",))),
    ("RETREAT under a deal", P, "Eritrean troops withdrew from the Ethiopian town of Shire on Monday under the peace agreement.",
     ("RETREAT", ("ERI",), ("ETH",))),
    ("RETREAT under a deal", N, "Russia withdrew from the Black Sea grain deal on Monday.", None),
    ("RETREAT under a deal", M, "Israeli troops stayed in the Lebanese border village of Khiam on Sunday under the ceasefire deal.", None),
    # SANCTION expel named by its noun, held to what is expelled ("of" phrase): envoys and forces, not deportees (COERCE)
    ("SANCTION expulsion noun", P, "Russia's expulsion of two Estonian diplomats was announced on Friday.",
     ("SANCTION", ("RUS",), ("EST",))),
    ("SANCTION expulsion noun", P, "Burkina Faso's expulsion of French troops was completed on Sunday.",
     ("SANCTION", ("BFA",), ("FRA",))),
    ("SANCTION expulsion noun", N, "Russia's welcome of two Estonian diplomats was announced on Friday.", None),
    ("SANCTION expulsion noun", M, "Algeria's expulsion of Nigerien migrants was announced on Friday.", None),
]


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 15
    for rule, seen in kinds.items():
        assert seen == {P, N, M}, rule


@pytest.mark.parametrize("rule,kind,text,expected", ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_neighbour_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
