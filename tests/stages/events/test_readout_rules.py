"""The constructions the readout probe (``test_readout_probe.py``) found with no event, the wrong
type or the wrong arguments, in the prose of governments, ministries, joint statements, state
agencies and military press releases: each a construction class from the PLOVER codebook's
definitions and the manual's actor conventions, told by words in ``data/events/patterns.yaml`` or
by a phrase that carries an argument away from its verb (``stages/events/arguments.py``,
``borders.py``). A positive row, a negative row and a near miss per rule, in invented sentences
(not the probe's) with parties of every side. A row holds as ``tests.builders.probe_ok`` reads it:
with an expected triple, the most confident counted event is that triple; with None, no counted
event of the rule's type."""

from __future__ import annotations

import pytest

from tests.builders import Triple, probe_ok, row_kinds

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, Triple | None]] = [
    # compound actors (manual 2.4.2): "<Adj> <Title> <Name> and <Adj> <Title> <Name>", the second
    # party parsed inside the name apposed to the first title; each party is a source
    ("CONSULT apposed titles", P, "Iranian President Masoud Pezeshkian and Iraqi Prime Minister Mohammed Shia al-Sudani spoke by telephone on Monday.",
     ("CONSULT", ("IRN", "IRQ"), ())),
    ("CONSULT apposed titles", P, "Iranian President Masoud Pezeshkian and Omani Sultan Haitham bin Tariq held talks in Muscat on Tuesday.",
     ("CONSULT", ("IRN", "OMN"), ())),
    ("CONSULT apposed titles", P, "Iranian President Masoud Pezeshkian and Iraqi Prime Minister Mohammed Shia al-Sudani condemned the Israeli attack.",
     ("ACCUSE", ("IRN", "IRQ"), ("ISR",))),
    ("CONSULT apposed titles", N, "Iranian President Masoud Pezeshkian and his wife attended a ceremony in Tehran.", None),
    ("CONSULT apposed titles", M, "Iranian President Masoud Pezeshkian and his delegation arrived in Baku on Monday.",
     ("CONSULT", ("IRN",), ("AZE",))),
    # MOBILIZE troops (CAMEO 154): forces sent to, along or near a border face the party across it
    # ("the border with Y", "the Y border", "to reinforce its border with Y"), not the doer's own country
    ("MOBILIZE across border", P, "The Algerian army deployed 3,000 soldiers along the border with Mali on Sunday.",
     ("MOBILIZE", ("DZA",), ("MLI",))),
    ("MOBILIZE across border", P, "Lithuania has mobilised 5,000 soldiers to reinforce its border with Belarus.",
     ("MOBILIZE", ("LTU",), ("BLR",))),
    ("MOBILIZE across border", P, "The Iranian army dispatched commando units to the Pakistani border on Thursday.",
     ("MOBILIZE", ("IRN",), ("PAK",))),
    ("MOBILIZE across border", N, "The Iranian army dispatched commando units to Syria to back the government.",
     ("AID", ("IRN",), ("SYR",))),
    ("MOBILIZE across border", M, "The Algerian army deployed 3,000 soldiers along the border on Sunday.",
     ("MOBILIZE", ("DZA",), ("DZA",))),
    # MOBILIZE troops, not AID military (CAMEO 072): forces sent "near", "along" or "around" a place,
    # with no recipient named, are a deployment facing it
    ("MOBILIZE facing deployment", P, "Belarus deployed troops near Vilnius on Friday.", ("MOBILIZE", ("BLR",), ("LTU",))),
    ("MOBILIZE facing deployment", P, "Kenya deployed troops along its border with Somalia.", ("MOBILIZE", ("KEN",), ("SOM",))),
    ("MOBILIZE facing deployment", N, "Sudan sent 2,000 troops to Chad to support the government.", None),
    ("MOBILIZE facing deployment", M, "Armenia deployed troops near Yerevan on Monday.", ("MOBILIZE", ("ARM",), ("ARM",))),
    # international organisations' organs and development banks, and ministries known by their name alone
    # (actors, data/actors/organisations.csv): a body's act is coded IGO, a ministry's its state's
    ("IGO organs and banks", P, "The African Development Bank approved a loan of 80 million dollars to Senegal for rural roads.",
     ("AID", ("IGO",), ("SEN",))),
    ("IGO organs and banks", P, "The AU Peace and Security Council suspended Gabon after the coup.", ("SANCTION", ("IGO",), ("GAB",))),
    ("IGO organs and banks", P, "The Ministry of External Affairs summoned the Bangladeshi envoy to protest the attack on a Hindu temple.",
     ("ACCUSE", ("IND",), ("BGD",))),
    ("IGO organs and banks", N, "The African Development Bank held its annual meetings in Nairobi this week.", None),
    ("IGO organs and banks", M, "The African Development Bank's president visited Senegal on Monday.", ("CONSULT", ("IGO",), ("SEN",))),
    # SANCTION expel (CAMEO 166): a diplomat declared persona non grata, the small clause's subject the target
    ("SANCTION persona non grata", P, "Chad declared the Sudanese charge d'affaires persona non grata on Friday.",
     ("SANCTION", ("TCD",), ("SDN",))),
    ("SANCTION persona non grata", N, "Chad declared the Sudanese charge d'affaires a welcome guest on Friday.", None),
    ("SANCTION persona non grata", M, "Chad declared a state of emergency in the east on Friday.", ("COERCE", ("TCD",), ("TCD",))),
    # SANCTION (CAMEO 163): countermeasures, retaliatory and reciprocal measures and costs imposed on a party; promised
    # ("will take countermeasures against X if", "would impose costs on X if"), a THREATEN
    ("SANCTION countermeasures", P, "Beijing announced countermeasures against a Lithuanian deputy minister on Friday.",
     ("SANCTION", ("CHN",), ("LTU",))),
    ("SANCTION countermeasures", P, "Washington imposed heavy costs on Moscow over the poisoning of the opposition leader.",
     ("SANCTION", ("USA",), ("RUS",))),
    ("SANCTION countermeasures", P, "Tehran will take countermeasures against London if Britain seizes another Iranian tanker.",
     ("THREATEN", ("IRN",), ("GBR",))),
    ("SANCTION countermeasures", P, "The European Union will impose heavy costs on Belarus if it keeps pushing migrants to the border.",
     ("THREATEN", ("IGO",), ("BLR",))),
    ("SANCTION countermeasures", N, "The new tariffs will impose heavy costs on consumers, economists said.", None),
    ("SANCTION countermeasures", M, "Beijing announced measures to boost consumption on Friday.", None),
    # ASSAULT (CAMEO 190) by force given as an answer; promised, a threat aimed at the provoker ("will respond with
    # overwhelming force to any attack by X")
    ("THREATEN respond with force", P, "Seoul will respond with overwhelming force to any attack by Pyongyang, the defence ministry said.",
     ("THREATEN", ("KOR",), ("PRK",))),
    ("THREATEN respond with force", P, "Cuba will respond militarily to any aggression by the United States, the defence minister said.",
     ("THREATEN", ("CUB",), ("USA",))),
    ("THREATEN respond with force", N, "Seoul responded to the letter from Pyongyang on Monday.", None),
    ("THREATEN respond with force", M, "Seoul said it would respond calmly to any provocation by Pyongyang.", None),
    # AID (CAMEO 070): aid named by what an amount is in ("$N in security assistance for X") and by a vehicle's load
    # ("a plane carrying 50 tonnes of medical supplies to X")
    ("AID amount and load", P, "Kuwait announced 30 million dollars in humanitarian aid for earthquake victims in Morocco.",
     ("AID", ("KWT",), ("MAR",))),
    ("AID amount and load", P, "Oman sent a ship carrying 3,000 tonnes of wheat to Yemen on Sunday.", ("AID", ("OMN",), ("YEM",))),
    ("AID amount and load", N, "Kuwait announced 30 million dollars in budget cuts for its ministries.", None),
    ("AID amount and load", M, "Oman sent a ship carrying its navy chief to Yemen on Sunday.", None),
    # ASSAULT (CAMEO 190): missiles and drones launched against, at or on a party (the preposition on the verb or on
    # the weapons it launched), not the test launch of MOBILIZE weapons, which has no target
    ("ASSAULT launched against", P, "Iran launched dozens of ballistic missiles at Israel on Tuesday night.",
     ("ASSAULT", ("IRN",), ("ISR",))),
    ("ASSAULT launched against", P, "The Houthis launched drones and missiles against Saudi oil facilities, the coalition said.",
     ("ASSAULT", ("YEM",), ("SAU",))),
    ("ASSAULT launched against", N, "North Korea launched a ballistic missile into the sea off its east coast.", None),
    ("ASSAULT launched against", M, "Pakistan test-fired a cruise missile on Monday, the army said.", ("MOBILIZE", ("PAK",), ())),
    # SUPPORT (CAMEO 051): the protocol messages of state media, "sent a cable of congratulations to X", "a message of
    # condolences": the carrier's "of" phrase is what is sent
    ("SUPPORT message of", P, "The Sultan of Oman sent a cable of congratulations to the President of Ghana on his election victory.",
     ("SUPPORT", ("OMN",), ("GHA",))),
    ("SUPPORT message of", P, "The Emir of Qatar sent a message of condolences to the President of Turkey over the earthquake victims.",
     ("SUPPORT", ("QAT",), ("TUR",))),
    ("SUPPORT message of", N, "The king sent a letter of thanks to his cabinet.", None),
    ("SUPPORT message of", M, "The Emir of Qatar sent a letter to the President of Turkey about the gas deal.", None),
    # CONCEDE (CAMEO 0811 ease restrictions on political freedoms): a permit or access to information given back
    # ("restored the press accreditation of X", "restored internet access"), the doer's own people when none is named
    ("CONCEDE restored", P, "Ethiopia restored internet access in the Amhara region on Monday.", ("CONCEDE", ("ETH",), ("ETH",))),
    ("CONCEDE restored", P, "Beijing restored the press accreditation of two Canadian reporters on Tuesday.",
     ("CONCEDE", ("CHN",), ("CAN",))),
    ("CONCEDE restored", N, "Engineers restored the power supply in Kabul on Monday.", None),
    ("CONCEDE restored", M, "Ethiopia cut internet access in the Amhara region on Monday.", ("COERCE", ("ETH",), ("ETH",))),
    # CONCEDE (CAMEO 083): the demands of the doer's own people accepted ("the demands of the striking doctors", people
    # the actor stage gives no country): the doer's country is the target (a domestic concession)
    ("CONCEDE demands of", P, "The Kenyan government accepted the demands of the striking doctors on Friday.",
     ("CONCEDE", ("KEN",), ("KEN",))),
    ("CONCEDE demands of", N, "The Kenyan government rejected the demands of the striking doctors on Friday.", None),
    ("CONCEDE demands of", M, "Israel accepted the U.S. request to delay the offensive.", ("CONCEDE", ("ISR",), ("USA",))),
    # COOPERATE (CAMEO 06): parties trading together ("began trading in their national currencies"), an exchange of
    # information resumed, a joint initiative launched; every party the source (manual 2.4.2)
    ("COOPERATE joint undertakings", P, "Egypt and Russia began trading in their national currencies this year.",
     ("COOPERATE", ("EGY", "RUS"), ())),
    ("COOPERATE joint undertakings", P, "Kenya and Uganda resumed the exchange of intelligence on cross-border crime.",
     ("COOPERATE", ("KEN", "UGA"), ())),
    ("COOPERATE joint undertakings", P, "Japan and Australia launched a joint initiative on clean hydrogen on Friday.",
     ("COOPERATE", ("JPN", "AUS"), ())),
    ("COOPERATE joint undertakings", N, "India and Pakistan traded accusations at the UN.", None),
    ("COOPERATE joint undertakings", M, "The brothers launched a joint initiative to clean the beach.", None),
    # SUPPORT (CAMEO 051): an act or a body's making welcomed ("welcomed the signing of X", "the formation of the
    # government of X", "the establishment of relations between X and Y"): approval of its doers, no hosted visit
    ("SUPPORT welcomed making", P, "Egypt welcomed the signing of the peace agreement between Ethiopia and Eritrea.",
     ("SUPPORT", ("EGY",), ("ETH", "ERI"))),
    ("SUPPORT welcomed making", P, "The Arab League welcomed the establishment of diplomatic relations between Saudi Arabia and Iran.",
     ("SUPPORT", ("IGO",), ("SAU", "IRN"))),
    ("SUPPORT welcomed making", P, "The African Union welcomed the formation of a unity government in Libya.",
     ("SUPPORT", ("IGO",), ("LBY",))),
    ("SUPPORT welcomed making", N, "Egypt condemned the signing of the maritime deal between Turkey and Libya.", None),
    ("SUPPORT welcomed making", M, "Qatar welcomed the Iranian delegation in Doha.", ("CONSULT", ("IRN",), ("QAT",))),
]


RULES = 14


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == RULES
    for rule, seen in kinds.items():
        assert seen == {P, N, M}, rule


@pytest.mark.parametrize("rule,kind,text,expected", ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_readout_rule(rule: str, kind: str, text: str, expected: Triple | None) -> None:
    assert probe_ok(rule, kind, text, expected)
