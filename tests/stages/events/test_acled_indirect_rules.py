"""The constructions the probe of indirect constructions (test_acled_indirect_snippets.py) found missing, read from
ACLED's definitions: a standing state before the day's act, a march that moves people, people seized or carried off,
an attacker's escape that is no accident, the seat of a district taken, robbers' violence, weapons destroyed and a
reciprocal assault. Each has a positive snippet, a negative one and a near miss, invented (none is a probe row); every
rule has a row that fails on the code before it. What is checked is the snippet's main event as the ACLED evaluation
picks it (its sub-event type or outside-ACLED scope; None: no main event)."""

from __future__ import annotations

import pytest

from tests.builders import (
    ABD,
    AC,
    AGR,
    ATK,
    DIS,
    GRN,
    GRT,
    LOO,
    MAN,
    MOB,
    NSO,
    ORG,
    PEA,
    REM,
    ROW_KINDS,
    SHL,
    acled_subtype,
    row_kinds,
)

# (rule or construction, kind, snippet, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # acled_standing.py (acled.yaml standing_marks): a perfect-tense state dated "since" a time, or an act in a "since"
    # clause, before a later sentence's act of a day, is background: the day's act is the main event
    ("standing state", "positive", "The town had been in the hands of the rebels since January. On Friday, soldiers "
     "recaptured the town after a short battle.", GRT),
    ("standing state", "positive", "Life in the district has been paralysed since the cyclone struck. On Monday, "
     "bandits overran the police station at Kware and took control of the town.", NSO),
    ("standing state", "negative", "Soldiers have fought the militants since dawn near Afgoye, a resident said.", AC),
    ("standing state", "near miss", "Soldiers have fought the militants since dawn near Afgoye. Two civilians were "
     "wounded by stray bullets, a resident said.", AC),
    # patterns.yaml, the rally/march pattern with no_object: a march is a protest only with no direct object; people
    # marched somewhere are moved by force
    ("march with an object", "positive", "The kidnappers marched the hostages through the forest for two days.",
     None),
    ("march with an object", "negative", "Students marched to the vice-chancellor's office to demand the reopening of "
     "the hostel.", PEA),
    ("march with an object", "near miss", "Thousands marched the streets of Lagos on Monday.", PEA),
    # patterns.yaml, the seizure of a person (CAMEO 181): the travellers, motorists, farmers and traders of rural
    # kidnappings seized, grabbed or snatched are abducted
    ("person seized", "positive", "Armed men seized six motorists on the road from Kaduna to Zaria.", ABD),
    ("person seized", "positive", "Armed men grabbed three farmers from their fields near Kauru.", ABD),
    ("person seized", "negative", "Armed men seized six motorcycles on the road from Kaduna to Zaria.", None),
    ("person seized", "near miss", "Armed men shot dead six motorists on the road from Kaduna to Zaria.", ATK),
    # patterns.yaml, the carrying off of a person: soldiers or policemen carried off by their attackers are abducted
    ("person carried off", "positive", "Guerrillas stopped the bus near Saravena and carried off a policeman who was "
     "travelling home.", ABD),
    ("person carried off", "negative", "Guerrillas stopped the bus near Saravena and shot dead a teacher who was "
     "travelling home.", ATK),
    ("person carried off", "near miss", "Medics carried off the wounded policemen to the hospital in Saravena.",
     None),
    # acled.yaml, the man-made disaster of a vehicle driven out of control, exclude: an attacker who speeds off on a
    # motorcycle flees; the act is his
    ("attacker speeding off", "positive", "A youth on a motorcycle hurled a grenade into the tea stall before speeding "
     "off.", GRN),
    ("attacker speeding off", "negative", "A speeding motorcycle crashed into the tea stall, injuring three people.",
     MAN),
    ("attacker speeding off", "near miss", "A youth on a motorcycle shot dead the tea stall owner before speeding "
     "off.", ATK),
    # patterns.yaml, the taking of a place (CAMEO 192): the seat of a district ("the district centre", "the district
    # headquarters") and a garrison are places taken, as a town is
    ("seat of a district taken", "positive", "Eleven policemen were killed as insurgents overran the district "
     "headquarters of Gwoza.", NSO),
    ("seat of a district taken", "positive", "Taliban fighters captured the district centre of Chahar Dara after a week "
     "of fighting.", NSO),
    ("seat of a district taken", "negative", "Taliban fighters fired rockets at the district centre of Chahar Dara.",
     SHL),
    ("seat of a district taken", "near miss", "Taliban fighters held a meeting at the district centre of Chahar Dara.",
     None),
    # acled.yaml, organised crime's violence (plover ASSAULT, NONE): robbers who kill or wound civilians for gain,
    # their violence read as no political act; their weapons are no seizure
    ("robbers' violence", "positive", "Robbers armed with rifles raided a bureau de change in Kano, shooting dead two "
     "customers.", ORG),
    ("robbers' violence", "negative", "Gunmen raided a bureau de change in Kano, shooting dead two customers.", ATK),
    ("robbers' violence", "near miss", "Robbers armed with rifles exchanged fire with police at a bureau de change in "
     "Kano, leaving two officers dead.", AC),
    # acled.yaml, disrupted weapons use: weapons that are what the act destroys, defuses or neutralises
    ("weapons destroyed", "positive", "Troops discovered and destroyed a cache of IEDs belonging to the insurgents in "
     "Sambisa.", DIS),
    ("weapons destroyed", "positive", "Soldiers destroyed a stockpile of landmines abandoned by the rebels near "
     "Tessalit.", DIS),
    ("weapons destroyed", "negative", "An IED destroyed a troop carrier in Sambisa, killing two soldiers.", REM),
    ("weapons destroyed", "near miss", "Insurgents destroyed a troop carrier with an IED in Sambisa.", REM),
    # acled.yaml, mob violence between communities and the armed clash after it: an assault told as reciprocal ("each
    # other", "one another") is a fight between its sides, a riot when they bear no arms, a clash when they do
    ("reciprocal assault", "positive", "Supporters of the two candidates attacked one another with machetes after the "
     "count in Kisii.", MOB),
    ("reciprocal assault", "positive", "Members of two communities attacked each other with sticks in Gaya over the "
     "route of a procession.", MOB),
    ("reciprocal assault", "positive", "Gunmen from the two clans attacked each other with rifles near Galkayo.", AC),
    ("reciprocal assault", "negative", "Two rival communities in Bhagalpur agreed to end their land dispute.", AGR),
    ("reciprocal assault", "near miss", "The two candidates accused each other of rigging the count in Kisii.", None),
    ("reciprocal assault", "near miss", "Two groups from rival villages near Bhagalpur threw stones at each other and "
     "torched a tractor.", LOO),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event_of_each_construction(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 9 and all(k == ROW_KINDS for k in kinds.values()), kinds
