"""The constructions the wire probe (``test_wire_probe.py``) found with no event or the wrong one,
each a codebook definition told by a verb the patterns lacked (``data/events/patterns.yaml``) or a
wire sentence's time phrase that splits a verb from its object or infinitive (``nlp.syntax``):
a positive row, a negative row and a near miss per rule, in invented sentences with parties of
every side. A row holds as ``tests.builders.probe_ok`` reads it: with an expected triple, the
most confident counted event is that triple; with None, no counted event of the rule's type."""

from __future__ import annotations

import pytest

from tests.builders import Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # AID humanitarian (3.6): people saved at sea or from a disaster
    ("AID rescue", P, "The Greek coast guard rescued 80 Syrian migrants from a dinghy off Lesbos on Monday.",
     ("AID", ("GRC",), ("SYR",))),
    ("AID rescue", P, "The Indian navy rescued 12 Sri Lankan fishermen from a capsized trawler on Friday.",
     ("AID", ("IND",), ("LKA",))),
    ("AID rescue", N, "The Greek coast guard intercepted a dinghy carrying Syrian migrants off Lesbos on Monday.", None),
    ("AID rescue", M, "The Greek coast guard rescued a stranded oil tanker off Lesbos on Monday.", None),
    # AID humanitarian: staple foods delivered
    ("AID staples", P, "The Turkish Red Crescent delivered flour and rice to Palestinians in Gaza on Thursday.",
     ("AID", ("TUR",), ("PSE",))),
    ("AID staples", N, "Ukraine exported wheat to Egypt through the Black Sea corridor on Thursday.", None),
    ("AID staples", M, "The Turkish Red Crescent delivered a report on flour prices to the Palestinian Authority on Thursday.", None),
    # AID economic: money disbursed, aid approved
    ("AID disburse", P, "The World Bank disbursed $300 million to Kenya on Tuesday for drought relief.",
     ("AID", ("IGO",), ("KEN",))),
    ("AID disburse", P, "Moscow approved a $200 million aid package to Cuba on Wednesday.", ("AID", ("RUS",), ("CUB",))),
    ("AID disburse", N, "The World Bank reviewed its lending to Kenya on Tuesday.", None),
    ("AID disburse", M, "Parliament in Nairobi approved a new budget on Tuesday.", None),
    # COOPERATE economic (3.5): an exchange resumed with a partner
    ("COOPERATE deliveries", P, "Algeria resumed gas deliveries to Spain on Friday after a month-long dispute.",
     ("COOPERATE", ("DZA",), ("ESP",))),
    ("COOPERATE deliveries", N, "Algeria suspended gas deliveries to Spain on Friday after a month-long dispute.", None),
    ("COOPERATE deliveries", M, "Algeria resumed gas production on Friday after a month-long strike.", None),
    # COOPERATE legal: an opponent handed over to the state that wants him
    ("COOPERATE hand over", P, "Kenya handed over three Ugandan opposition activists to Uganda on Saturday.",
     ("COOPERATE", ("KEN",), ("UGA",))),
    ("COOPERATE hand over", N, "Kenya refused to hand over three Ugandan opposition activists to Uganda on Saturday.", None),
    ("COOPERATE hand over", M, "Kenya handed over a new border post to Uganda on Saturday.", None),
    # RETREAT access (3.7): investigators let in
    ("RETREAT access", P, "Belarus allowed U.N. investigators into a prison near Minsk on Thursday.",
     ("RETREAT", ("BLR",), ("IGO",))),
    ("RETREAT access", N, "Belarus kept U.N. investigators out of a prison near Minsk on Thursday.", None),
    ("RETREAT access", M, "Belarus allowed its prison guards into the compound near Minsk on Thursday.", None),
    # MOBILIZE (3.14): forces that mass or mobilise, told with no object
    ("MOBILIZE massing", P, "Azerbaijani troops massed near the Armenian border on Sunday, Yerevan said.",
     ("MOBILIZE", ("AZE",), ("ARM",))),
    ("MOBILIZE massing", P, "Hamas fighters mobilised along the border fence on Tuesday.", ("MOBILIZE", ("PSE",), ())),
    ("MOBILIZE massing", N, "Azerbaijani pilgrims gathered near the Armenian border on Sunday.", None),
    ("MOBILIZE massing", M, "Azerbaijani troops withdrew from the Armenian border on Sunday.", None),
    # PROTEST demo (3.14.1): supporters mobilised to demonstrate
    ("PROTEST supporters", P, "The Israeli opposition mobilised thousands of supporters for a rally in Tel Aviv on Saturday.",
     ("PROTEST", ("ISR",), ("ISR",))),
    ("PROTEST supporters", N, "The Israeli army mobilised thousands of reservists on Saturday.", None),
    ("PROTEST supporters", M, "The Israeli opposition thanked thousands of supporters for their votes on Saturday.", None),
    # PROTEST strike (3.12): workers who walk out
    ("PROTEST walkout", P, "Nurses at French public hospitals walked out on Monday over pay.", ("PROTEST", ("FRA",), ("FRA",))),
    ("PROTEST walkout", N, "Nurses at French public hospitals worked extra shifts on Monday.", None),
    ("PROTEST walkout", M, "The Iranian delegation walked out of the talks in Vienna on Monday.", None),
    # COERCE seize (3.15): vehicles and papers confiscated
    ("COERCE seize", P, "Belarusian police confiscated the cars of two opposition leaders on Friday.",
     ("COERCE", ("BLR",), ("BLR",))),
    ("COERCE seize", N, "Belarusian police returned the cars of two opposition leaders on Friday.", None),
    ("COERCE seize", M, "Belarusian police confiscated the opportunity to speak on Friday.", None),
    # CONCEDE (3.4.2): an acquittal
    ("CONCEDE acquit", P, "A court in Dhaka acquitted a Bangladeshi opposition leader of graft on Sunday.",
     ("CONCEDE", ("BGD",), ("BGD",))),
    ("CONCEDE acquit", N, "A court in Dhaka convicted a Bangladeshi opposition leader of graft on Sunday.", None),
    ("CONCEDE acquit", M, "A court in Dhaka adjourned the trial of a Bangladeshi opposition leader on Sunday.", None),
    # CONCEDE (3.8.2): a demand withdrawn
    ("CONCEDE withdraw demand", P, "The Ghanaian government dropped its demand that foreign miners leave the country on Friday.",
     ("CONCEDE", ("GHA",), ())),
    ("CONCEDE withdraw demand", N, "The Ghanaian government repeated its demand that foreign miners leave the country on Friday.", None),
    ("CONCEDE withdraw demand", M, "The Ghanaian government withdrew its ambassador from Togo on Friday.", None),
    # SANCTION withdraw (3.13): one's own envoy recalled, the state it was posted to the target
    ("SANCTION recall", P, "Peru recalled its ambassador to Honduras on Tuesday after a row over migrants.",
     ("SANCTION", ("PER",), ("HND",))),
    ("SANCTION recall", P, "Sweden withdrew its envoy to Iran on Friday.", ("SANCTION", ("SWE",), ("IRN",))),
    ("SANCTION recall", N, "Peru summoned the Honduran ambassador on Tuesday after a row over migrants.", None),
    ("SANCTION recall", M, "Ghana recalled its ambassador for consultations on Friday.", ("SANCTION", ("GHA",), ())),
    # AID (3.6.2): a hostage rescue by soldiers or police, who never held the captives
    ("AID hostage rescue", P, "Colombian police freed two Spanish hostages held by rebels in Cauca on Sunday.",
     ("AID", ("COL",), ("ESP",))),
    ("AID hostage rescue", P, "Malian soldiers freed three Chinese hostages in an overnight raid near Kayes.",
     ("AID", ("MLI",), ("CHN",))),
    ("AID hostage rescue", N, "Colombian police arrested two Spanish tourists in Cauca on Sunday.", None),
    ("AID hostage rescue", M, "Rebels in Cauca freed two Spanish hostages on Sunday after a ransom was paid.", None),
    # a time phrase between a verb and its object: the parser hangs the object on "on", the day its modifier
    ("ACCUSE time before object", P, "Bolivia condemned on Monday Chile's decision to close the border crossing.",
     ("ACCUSE", ("BOL",), ("CHL",))),
    ("ACCUSE time before object", P, "Canberra criticised on Thursday Jakarta's decision to jail the Australian fishermen.",
     ("ACCUSE", ("AUS",), ("IDN",))),
    ("ACCUSE time before object", N, "Bolivia studied on Monday Chile's decision to close the border crossing.", None),
    ("ACCUSE time before object", M, "Bolivia said on Monday Chile's decision to close the border crossing was unwise.", None),
    # ... and between a verb of intent and its infinitive, which the parser then reads as an adjunct
    ("AGREE time before infinitive", P, "Ghana pledged on Tuesday to send police officers to Haiti.", ("AGREE", ("GHA",), ("HTI",))),
    ("AGREE time before infinitive", P, "Peru and Bolivia committed on Friday to sign a water treaty.", ("AGREE", ("PER", "BOL"), ())),
    ("AGREE time before infinitive", P, "Algeria promised on Sunday to ratify the gas accord with Italy.", ("AGREE", ("DZA",), ("ITA",))),
    ("AGREE time before infinitive", N, "Ghana refused on Tuesday to send police officers to Haiti.", None),
    ("AGREE time before infinitive", M, "Ghana sent police officers on Tuesday to help Haiti.", None),
    # REJECT (CAMEO 129 veto): a measure blocked by a member of the body that would adopt it
    ("REJECT block", P, "Slovakia blocked a NATO statement on Ukraine on Thursday.", ("REJECT", ("SVK",), ("IGO",))),
    ("REJECT block", N, "Slovakia supported a NATO statement on Ukraine on Thursday.", None),
    ("REJECT block", M, "Farmers blocked a highway near Bratislava on Thursday.", None),
    # SANCTION (3.13): an accord with another party ended
    ("SANCTION end accord", P, "Mali terminated its defence agreement with France on Tuesday.", ("SANCTION", ("MLI",), ("FRA",))),
    ("SANCTION end accord", N, "Mali signed a defence agreement with France on Tuesday.", None),
    ("SANCTION end accord", M, "Mali terminated the contract of its football coach on Tuesday.", None),
    # ACCUSE (3.9): a complaint filed with a body against a party: the party complained of is the target
    ("ACCUSE complaint", P, "Ukraine lodged a complaint with the United Nations against Russia on Friday.",
     ("ACCUSE", ("UKR",), ("RUS",))),
    ("ACCUSE complaint", N, "Ukraine lodged an appeal with the United Nations for more aid on Friday.", None),
    ("ACCUSE complaint", M, "Ukraine lodged a complaint with Russia over the shelling on Friday.", ("ACCUSE", ("UKR",), ("RUS",))),
    # MOBILIZE (3.14): armed forces that reinforce or fortify their positions
    ("MOBILIZE positions", P, "Nigerian troops reinforced their positions near the Cameroon border on Friday.",
     ("MOBILIZE", ("NGA",), ("CMR",))),
    ("MOBILIZE positions", N, "Nigerian troops abandoned their positions near the Cameroon border on Friday.", None),
    ("MOBILIZE positions", M, "The Nigerian ruling party reinforced its position in the senate on Friday.", None),
    # MOBILIZE (3.14): the forces moved are the doer's own; the one they are moved towards is the target
    ("MOBILIZE towards", P, "Serbia moved tanks and artillery towards its border with Kosovo on Friday.",
     ("MOBILIZE", ("SRB",), ("XKX",))),
    ("MOBILIZE towards", N, "Serbia withdrew tanks and artillery from its border with Kosovo on Friday.", None),
    ("MOBILIZE towards", M, "Serbia stationed more tanks on Friday.", ("MOBILIZE", ("SRB",), ())),
    # PROTEST (3.12) by consumers or motorists: people named by what they buy or drive are civilians of their country
    # (actors/sectors.csv)
    ("PROTEST by consumers", P, "Indonesian consumers boycotted French products on Monday.", ("PROTEST", ("IDN",), ("FRA",))),
    ("PROTEST by consumers", P, "Angry Kenyan motorists blocked a highway near Nairobi on Friday.", ("PROTEST", ("KEN",), ("KEN",))),
    ("PROTEST by consumers", N, "Indonesian consumers bought more French products on Monday.", None),
    ("PROTEST by consumers", M, "Indonesian consumers complained about French products on Monday.", None),
    # a reduced relative after a preposition's object, misparsed as a clause of its own, leaves the
    # preposition empty: its object is that clause's subject (nlp.syntax.stranded_object)
    ("AID reduced relative", P, "Mexico has granted diplomatic asylum to six Peruvian opposition leaders holed up in a diplomatic residence since last week's coup.",
     ("AID", ("MEX",), ("PER",))),
    ("AID reduced relative", P, "Ecuador has granted diplomatic asylum to two Guatemalan former ministers holed up in a diplomatic residence since last month's raid.",
     ("AID", ("ECU",), ("GTM",))),
    ("AID reduced relative", N, "Mexico has refused diplomatic asylum to six Peruvian opposition leaders holed up in a diplomatic residence since last week's coup.", None),
    ("AID reduced relative", M, "Mexico has granted diplomatic asylum to six Peruvian opposition leaders who hid in a diplomatic residence after last week's coup.",
     ("AID", ("MEX",), ("PER",))),
    # COERCE arrest (3.15, CAMEO 173): a cell, ring or gang broken up by the police is its members
    # held, not a crowd dispersed (ASSAULT crowd-control is for gatherings)
    ("COERCE break up a cell", P, "Moroccan police broke up an Islamic State cell in Tangier on Monday.",
     ("COERCE", ("MAR",), ())),
    ("COERCE break up a cell", P, "Indian police busted a drug trafficking ring in Mumbai on Friday.",
     ("COERCE", ("IND",), ("IND",))),
    ("COERCE break up a cell", N, "Moroccan police broke up a protest in Rabat on Monday.", ("ASSAULT", ("MAR",), ("MAR",))),
    ("COERCE break up a cell", M, "Moroccan police broke up a cell phone smuggling scheme in Tangier on Monday.", None),
]


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 24
    for rule, seen in kinds.items():
        assert seen == {P, N, M}, rule


@pytest.mark.parametrize("rule,kind,text,expected", ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_wire_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
