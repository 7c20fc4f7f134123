"""The constructions the multi-event probe (test_acled_multi_snippets.py) found missing: which of a snippet's several
events is its main one, and the type of an act read beside another. Each has a positive snippet, a negative one and
a near miss, invented (none is a probe row); every rule has a row that fails on the code before it. What is checked
is the snippet's main event as the ACLED evaluation picks it (its sub-event type or outside-ACLED scope; None: no
main event)."""

from __future__ import annotations

from datetime import date

import pytest

from newsledger.stages.events.acled_days import before, day_of
from newsledger.stages.events.acled_types import AcledData
from tests.builders import ROW_KINDS, acled_subtype, row_kinds

# (rule or construction, kind, snippet, expected sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    # acled_days.py: an act told as of an earlier week or month, before a later sentence tells an act of a day, is
    # the story's background; the day's act is the main event
    ("earlier period before a day", "positive", "Bandits raided the village of Gidan Bawa last month. On Thursday, "
     "troops and the bandits fought for three hours on the road to the village, the army said.", "Armed clash"),
    ("earlier period before a day", "positive", "Rebel fighters burned the market of Kiwanja in March. On Sunday they "
     "seized the town after a gun battle with the army, residents said.", "Non-state actor overtakes territory"),
    ("earlier period before a day", "positive", "Militants ambushed a police patrol near Tank three weeks ago. On "
     "Friday, a suicide bomber got past the gate of the police lines and blew himself up, killing four policemen.",
     "Suicide bomb"),
    ("earlier period before a day", "negative", "Bandits raided the village of Gidan Bawa last month, killing six "
     "farmers. The army said it was still searching for them.", "Attack"),
    ("earlier period before a day", "near miss", "Bandits raided the village of Gidan Bawa on Tuesday, killing six "
     "farmers. Last month, troops and the bandits had fought for three hours on the road to the village.", "Attack"),
    ("earlier period before a day", "near miss", "Bandits raided the village of Gidan Bawa last month, killing six "
     "farmers. Troops and the bandits fought for three hours on the road to the village in April.", "Attack"),
    # ... and a span of weeks before a day, a weekday or a log line's date (nlp/loglines.py: the date prefix a
    # sentence of its own)
    ("span before a day", "positive", "Government artillery shelled the hills around Latamneh for weeks. 12 June – "
     "Opposition fighters captured the village of Tell Sukkar after a dawn assault.",
     "Non-state actor overtakes territory"),
    ("span before a day", "positive", "Protesters camped outside the ministry in Niamey for weeks. On Monday, police "
     "broke up the sit-in with tear gas and detained 30 of them.", "Protest with intervention"),
    ("span before a day", "negative", "Government artillery shelled the hills around Latamneh for weeks, residents "
     "said. The army did not comment.", "Shelling/artillery/missile attack"),
    ("span before a day", "near miss", "Government artillery shelled the hills around Latamneh on Monday. Three weeks "
     "later, opposition fighters captured the village of Tell Sukkar.", "Shelling/artillery/missile attack"),
    # acled_days.py antecedent_acts: an act in a phrase or clause of earlier time with a gap of days or more, beside
    # the act the sentence tells outside it
    ("act a gap before", "positive", "After a week of protests over water shortages in the town, unidentified men "
     "picked up three students from their hostel in Gwadar.", "Abduction/forced disappearance"),
    ("act a gap before", "positive", "Days after soldiers killed three fishermen on the lake, protesters set fire to the "
     "army's post in Kasenyi.", "Violent demonstration"),
    ("act a gap before", "negative", "After a month of protests against the mine, the company suspended its work.",
     "Peaceful protest"),
    ("act a gap before", "near miss", "Police arrested 20 people after clashes broke out between two communities in "
     "Kasenyi.", "Arrests"),
    # acled.yaml abduction: people picked up, whisked away or bundled off by men no one names as a force, or of whom
    # there is no news since
    ("taken by unnamed men", "positive", "Unidentified men picked up a lawyer from his office in Karachi on Tuesday.",
     "Abduction/forced disappearance"),
    ("taken by unnamed men", "positive", "Men in plain clothes picked up a student activist from his hostel in Lahore, "
     "and his family has had no news of him since.", "Abduction/forced disappearance"),
    ("taken by unnamed men", "negative", "Police picked up a lawyer from his office in Karachi on Tuesday.", "Arrests"),
    ("taken by unnamed men", "near miss", "Unidentified men shot dead a lawyer outside his office in Karachi.",
     "Attack"),
    # acled.yaml arrests (not_predicates): an act of killing is no arrest, whatever arrest word its sentence tells
    ("killing beside an arrest", "positive", "Militiamen rounded up and executed nine traders at the cattle market of "
     "Tula.", "Attack"),
    ("killing beside an arrest", "positive", "Soldiers rounded up and killed 14 young men in the village of Kanbalu, "
     "witnesses said.", "Attack"),
    ("killing beside an arrest", "negative", "Soldiers rounded up 14 young men in the village of Kanbalu, witnesses "
     "said.", "Arrests"),
    ("killing beside an arrest", "near miss", "Police arrested two suspects over the killing of a trader in Tula.",
     "Arrests"),
    # acled.yaml protest with intervention: people arrested at protests told in the plural, or as those who gathered
    # to demand or protest
    ("arrests at gatherings", "positive", "Police detained about 300 people at rallies in several cities against the "
     "new pension law.", "Protest with intervention"),
    ("arrests at gatherings", "positive", "Soldiers arrested 25 women who had gathered outside the governor's office "
     "to demand the return of their sons.", "Protest with intervention"),
    ("arrests at gatherings", "negative", "Soldiers arrested 25 men who had gathered in a house to plan an attack on the "
     "base.", "Arrests"),
    ("arrests at gatherings", "near miss", "Police detained 40 guests who had gathered for a wedding in a hotel in "
     "Kano.", "Arrests"),
    # reports.yaml disrupted_weapons: mines or explosives removed before they go off
    ("weapons removed", "positive", "Deminers removed 120 anti-personnel mines from a school yard near Saada, the "
     "demining programme said.", "Disrupted weapons use"),
    ("weapons removed", "negative", "Workers removed 120 tonnes of rubble from a school yard near Saada.", None),
    ("weapons removed", "near miss", "A mine exploded in a school yard near Saada, wounding two children.",
     "Remote explosive/landmine/IED"),
    # reports.yaml contraband_seized, acled.yaml organised crime: the drugs of the Middle East and the Americas
    ("drugs named", "positive", "Jordanian border guards seized two million Captagon pills hidden in a lorry at the "
     "Jaber crossing.", "organised_crime"),
    ("drugs named", "positive", "Border agents seized 30 pounds of fentanyl at the San Ysidro port of entry, and the "
     "driver was arrested.", "organised_crime"),
    ("drugs named", "negative", "Jordanian border guards seized two rifles hidden in a lorry at the Jaber crossing.",
     "Disrupted weapons use"),
    ("drugs named", "near miss", "Jordanian border guards arrested the driver of a lorry at the Jaber crossing.",
     "Arrests"),
    # reports.yaml territory_place_named (reports.py): a place's name that modifies the thing seized names no place
    # taken ("seized Captagon pills", "Kandahar carpets")
    ("place name modifying a thing", "positive", "Customs officers seized 800 Kandahar carpets smuggled through the "
     "Torkham crossing.", "organised_crime"),
    ("place name modifying a thing", "positive", "Border police seized 3,000 counterfeit Dubai watches at the airport.",
     "organised_crime"),
    ("place name modifying a thing", "negative", "Customs officers seized 800 carpets at the Torkham crossing.", None),
    ("place name modifying a thing", "near miss", "Rebels seized the Goma airport on Monday.",
     "Non-state actor overtakes territory"),
    # acled.yaml non-violent transfer (a place taken after its holders withdrew): not after a fight the sentence tells
    ("taken after a fight", "positive", "Insurgents captured the district headquarters of Ghormach after the police "
     "withdrew following a three-hour gun battle, officials said.", "Non-state actor overtakes territory"),
    ("taken after a fight", "negative", "Insurgents captured the district headquarters of Ghormach after the police "
     "withdrew overnight, officials said.", "Non-violent transfer of territory"),
    ("taken after a fight", "near miss", "Insurgents captured the district headquarters of Ghormach without a fight "
     "after the police withdrew under a local deal, officials said.", "Non-violent transfer of territory"),
    # acled.yaml diplomacy: a truce called for, urged or appealed for by a third party is no agreement
    ("truce called for", "positive", "The African Union called for an immediate ceasefire in the Tigray region.",
     "diplomacy"),
    ("truce called for", "positive", "The Pope appealed for a truce between the warring factions in Khartoum.",
     "diplomacy"),
    ("truce called for", "negative", "The warring factions in Khartoum agreed to a seven-day truce, the mediators said.",
     "Agreement"),
    ("truce called for", "near miss", "The rebels declared a unilateral ceasefire in the Tigray region.", "Agreement"),
    # patterns.yaml CAMEO 195: grenades, canisters or shells dropped from the air (ACLED codes drone-dropped munitions
    # as air or drone strikes, a toxic load as a chemical weapon)
    ("munitions dropped", "positive", "A drone dropped a grenade on a checkpoint near Tulkarm, wounding two "
     "policemen.", "Air/drone strike"),
    ("munitions dropped", "positive", "Government helicopters dropped shells filled with toxic gas on the rebel "
     "positions in Jebel Marra.", "Chemical weapon"),
    ("munitions dropped", "negative", "A helicopter dropped leaflets on the village of Kafr Zita.", None),
    ("munitions dropped", "near miss", "A helicopter dropped food parcels on the village of Kafr Zita.", None),
    # patterns.yaml CAMEO 190: a populated place pounded or bombarded (not by the weather)
    ("place pounded", "positive", "The rebels pounded Kassala airport with Grad rockets on Monday, halting all "
     "flights.", "Shelling/artillery/missile attack"),
    ("place pounded", "negative", "Heavy rains pounded the town of Kassala on Monday, flooding hundreds of homes.",
     "natural_disaster"),
    ("place pounded", "near miss", "Heavy waves pounded the port of Kassala's fishermen on Monday.", None),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), ROWS, ids=[f"{r[0]}:{r[1]}:{r[2][:30]}" for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 13 and all(k == ROW_KINDS for k in kinds.values()), kinds


DAYS = AcledData(types={}, rules=(), earlier_periods=("last week", "last year", "weeks ago", "weeks"), day_words=("yesterday", "this week"),
                 later_adverbs=frozenset({"later"}))


@pytest.mark.parametrize(("period", "day", "expected"), [
    ("last week", "Saturday", True),
    ("three weeks ago", "yesterday", True),
    ("in January", "On Tuesday", True),
    ("January", "Tuesday night", True),
    ("14 March", "Tuesday", False),  # a day, not a period
    ("in May", "Tuesday", True),
    ("May", "Tuesday", False),  # "May" alone may be the modal
    ("last week", None, False),
    ("2026-W48", "2026-12-05", True),  # resolved: the week ends before the day
    ("2026-12", "2026-12-05", False),  # the month holds the day
    ("2025", "2026-01-02", True),
    ("2026-11", "Saturday", False),  # a resolved period and a day left as text are not compared
    ("weeks", "16 May", True),  # "shelled the village for weeks. 16 May - ..."
    ("three weeks later", "Tuesday", False),
    ("last year", "This week", True),
])
def test_a_period_before_a_day(period: str, day: str | None, expected: bool) -> None:
    assert before(period, day_of(day, DAYS), DAYS) is expected


def test_a_day_is_a_weekday_a_day_word_or_an_iso_day() -> None:
    assert day_of("2026-12-05", DAYS) == date(2026, 12, 5)
    assert day_of("on Sunday", DAYS) == "on Sunday" and day_of("yesterday", DAYS) == "yesterday"
    assert day_of("16 May", DAYS) == "16 May" and day_of("This week", DAYS) == "This week"
    assert day_of("16 weeks", DAYS) is None and day_of("last week", DAYS) is None and day_of("2026-W48", DAYS) is None and day_of(None, DAYS) is None
