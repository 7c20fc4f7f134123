"""The rules added for the ACLED reports probe (tests/stages/events/test_acled_reports.py): each rule
(data/events/acled.yaml, reports.yaml, stages/events/reports.py, acled.py) that the probe found missing has
a positive sentence, a negative one and a near miss, invented, with parties of different sides and
countries. What is checked is the snippet's main event as the ACLED evaluation picks it (its sub-event type
or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import (
    AC,
    ARR,
    ATK,
    DIP,
    DIS,
    GRN,
    GRT,
    HQ,
    LOO,
    MAN,
    MOB,
    NSO,
    ORG,
    PEA,
    PWI,
    REM,
    ROW_KINDS,
    SHL,
    VDM,
    acled_subtype,
    row_kinds,
)

# (rule, kind, sentence, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # reports.py reacted_to: the subject of a passive reaction verb is what is reacted to, the report's event
    # ("the bombing of the church was condemned by the Pope"), as the object of an active one is
    ("passive reaction", "positive", "The bombing of a church in Lagos was condemned by the Pope.", REM),
    ("passive reaction", "positive",
     "The arrest of three opposition activists in Harare on Monday was condemned by Amnesty International.", ARR),
    ("passive reaction", "positive",
     "The shelling of a market in Kharkiv was denounced by the Ukrainian foreign ministry.", SHL),
    # (a law condemned is no happening reported; the condemnation is itself a diplomatic act: PLOVER ACCUSE
    # "condemn, decry a policy", stages/events coverage of a measure decried)
    ("passive reaction", "negative", "The new mining law was condemned by opposition parties in Lusaka.", DIP),
    # (praise of people, not of a happening: nothing is reported but the praise)
    ("passive reaction", "near miss", "Colombian border guards were praised by the governor of Norte de Santander.",
     DIP),
    # acled.yaml not_target_cues of the organised-crime rules: violence against a person of public life (a
    # journalist, an activist, a candidate) is ACLED's attack whoever does it, not crime for gain
    ("public-life target", "positive", "Suspected hitmen shot dead a human rights activist outside her home in "
     "Tegucigalpa.", ATK),
    ("public-life target", "positive",
     "The killing of a radio journalist by suspected cartel gunmen in Veracruz drew protests from press groups.", ATK),
    ("public-life target", "positive", "A gang of robbers shot dead an opposition candidate in Sindh on the eve of "
     "the vote.", ATK),
    ("public-life target", "negative", "Suspected hitmen shot dead a cattle trader outside his home in Tegucigalpa.",
     ORG),
    ("public-life target", "negative",
     "A gang of robbers shot dead a shopkeeper in Sindh and escaped with the day's takings.", ORG),
    # (the teller is a journalist, the victim a trader: crime for gain)
    ("public-life target", "near miss", "Robbers shot dead a fuel trader in Kano, a local journalist said.", ORG),
    # (the weapon still decides the sub-event type: a grenade thrown at a politician)
    ("public-life target", "near miss", "Suspected gangsters hurled a hand grenade at the house of a councillor in "
     "Cebu.", GRN),
    # patterns.yaml 193, shots fired: shots, bullets or rounds fired at someone are small-arms fire, told with or
    # without the shooter ("shots were fired at the convoy")
    ("shots fired", "positive", "Shots were fired at the convoy of a Kenyan opposition senator in Kisumu.", ATK),
    ("shots fired", "positive", "Suspected Maoists fired several rounds at a police camp in Sukma.", AC),
    ("shots fired", "negative", "Shots were heard near the presidential palace in Bamako.", None),
    ("shots fired", "near miss", "Soldiers fired shots to disperse protesters in Conakry.", PWI),
    ("shots fired", "near miss", "The Sudanese army set up a new base near Kadugli, firing shots in the air.", HQ),
    # acled.yaml, property destruction of an assault on property alone: not gunfire at a vehicle or a house, which
    # aims at the people in it (ACLED's attack, whether or not anyone was hit)
    ("gunfire at property", "positive", "Unknown men fired at the car of an opposition MP in Khulna.", ATK),
    ("gunfire at property", "positive", "Gunmen opened fire on the house of a Colombian land activist in Cauca.", ATK),
    ("gunfire at property", "negative", "Gunmen attacked shops and vehicles in the market in Jos.", LOO),
    ("gunfire at property", "near miss", "Arsonists torched the car of an opposition MP in Khulna.", LOO),
    # acled.yaml, what protesters demand is their protest: a violent demonstration when the sentence tells their own
    # violence that no event read (stones at a building, a clash), a peaceful one otherwise
    ("demanding crowd turns violent", "positive",
     "Protesters demanding jobs clashed with police outside the governor's office in Port Harcourt.", VDM),
    ("demanding crowd turns violent", "positive",
     "Demonstrators demanding fuel hurled stones at a filling station in Harare and smashed its pumps.", VDM),
    ("demanding crowd turns violent", "negative",
     "Protesters demanding justice for the slain student marched to the police station in Sylhet.", PEA),
    # (the attack is what they condemn, not what they did)
    ("demanding crowd turns violent", "near miss",
     "Protesters demanding water condemned the attack on their leader in Karachi.", PEA),
    # reports.yaml territory_taken, nouns capture and seizure, doer after "by": a place's capture told as a noun is
    # its taking, by the side the "by" phrase names
    ("capture of a place", "positive", "The capture of the town of Mueda by government troops ended a two-year siege.",
     GRT),
    ("capture of a place", "positive", "The seizure of the airport by rebel fighters cut the city off.", NSO),
    ("capture of a place", "negative", "The seizure of 40 rifles from a militant hideout was announced by the army.",
     DIS),
    # (a market square taken by traders is no territory)
    ("capture of a place", "near miss", "The capture of the town's market square by traders angered the council.", None),
    # reports.yaml vessel_sinking: a vessel's sinking or capsizing told as a noun is a wreck (a man-made disaster)
    ("vessel sinking", "positive", "The sinking of an overcrowded ferry off Zanzibar left 30 passengers missing.", MAN),
    ("vessel sinking", "positive", "Divers recovered 12 bodies after the sinking of a fishing trawler off Kerala.", MAN),
    ("vessel sinking", "negative", "The sinking of the rupee against the dollar worried traders in Mumbai.", None),
    # (sunk by an armed side: no accident)
    ("vessel sinking", "near miss", "The sinking of an Indonesian fishing boat by the navy angered Jakarta.", None),
    # reports.yaml fight_with_arms: sides that fought with arms and no object, the subject being who fought (acled.yaml
    # reads the side: armed groups clash, crowds of civilians riot)
    ("fight with arms", "positive", "Residents of two villages in Kasese fought with pangas and sticks over a "
     "boundary, leaving two dead.", MOB),
    ("fight with arms", "positive", "Two rival militias fought with bows and arrows near Kalemie on Sunday.", AC),
    ("fight with arms", "negative", "Nurses fought for better pay for years in Lilongwe.", None),
    # (a fight in court, with no arms)
    ("fight with arms", "near miss", "The two brothers fought over the inheritance in court.", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    checked = 0
    for rule, have in kinds.items():
        assert have == ROW_KINDS, rule
        checked += 1
    assert checked == len(kinds) == 8
