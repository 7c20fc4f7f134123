"""Rules written from ACLED's own sub-event definitions (issue 16), found by a definition probe of invented
sentences in ACLED's wording styles: each rule has a positive sentence, a negative one and a near miss, written
for this file (parties of different sides and countries). What is checked is the snippet's main event as the ACLED
evaluation picks it (its sub-event type or outside-ACLED scope; None: no main event).

* stages/events/acled_aims.py, acled.yaml ``aim_words``: a cue in an infinitive clause of aim names an act only
  aimed at ("clashed with the rebels in an attempt to retake the town" is an armed clash: ACLED's "Government
  regains territory" is a place whose control passed).
* acled.yaml, defusing: only an explosive is defused (ACLED's "the safe defusal of an explosive" is disrupted
  weapons use), whatever word names it.
* reports.yaml ``property_stolen`` and acled.yaml's looting cues: goods or cattle stolen or carried off are
  ACLED's looting.
* acled.yaml, a suicide bomber who rams: a vehicle-borne suicide bomb, whatever the parse makes of the ramming.
* acled.yaml, an aircraft's crash told with its harm as its result: an accident, no air strike.
* stages/events/acled_responses.py, acled.yaml ``protest_responses``: a protest told in one sentence and what the
  police or the protesters (a group pronoun) did in the next, naming no party of its own, is one demonstration of
  the type ACLED gives what happened at it.
* acled.yaml, organised crime told by its verbs: embezzling, laundering money, defrauding (crime outside ACLED).
"""

from __future__ import annotations

import pytest

from tests.builders import ROW_KINDS, acled_subtype, row_kinds, rule_params

GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
AC = "Armed clash"
DIS = "Disrupted weapons use"
LOO = "Looting/property destruction"
SUI = "Suicide bomb"

# (rule, kind, sentence, sub-event type or scope of the main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    ("aim is no act done", "positive", "Government forces clashed with rebels in an attempt to retake the town.", AC),
    ("aim is no act done", "positive", "Militants fought soldiers for hours in a bid to capture the army base in Kidal.",
     AC),
    ("aim is no act done", "negative", "Government forces retook the town from the rebels after a day of fighting.",
     GRT),
    # (the aim's clause holds the act itself: the place was taken)
    ("aim is no act done", "near miss", "Troops recaptured the town in a bid to secure the road to the port.", GRT),
    ("defused is disrupted", "positive", "Bomb disposal experts defused a device near the court in Herat.", DIS),
    ("defused is disrupted", "positive", "Army engineers deactivated a device hidden in a culvert near Gao.", DIS),
    ("defused is disrupted", "negative", "A device exploded near the court in Herat, wounding two guards.",
     "Remote explosive/landmine/IED"),
    ("defused is disrupted", "near miss", "The elders defused the tension between the two clans in Herat.", None),
    ("goods stolen are looting", "positive", "Armed men stole livestock from herders in Karamoja.", LOO),
    ("goods stolen are looting", "positive", "Rebel fighters made off with food and medicine from a clinic in Beni.",
     LOO),
    ("goods stolen are looting", "negative", "Armed men shot dead two herders in Karamoja.", "Attack"),
    ("goods stolen are looting", "near miss", "The young forward stole the show in the final in Kampala.", None),
    ("suicide bomber rams", "positive", "A suicide bomber on a motorbike rammed into a police convoy in Quetta.", SUI),
    ("suicide bomber rams", "positive", "A suicide bomber rammed his car into an army convoy near Gao.", SUI),
    ("suicide bomber rams", "negative", "A drunk driver rammed his car into a police convoy in Quetta.",
     "man_made_disaster"),
    ("suicide bomber rams", "near miss", "A suicide bomber's car was found parked near the convoy's route in Quetta.",
     None),
    ("aircraft crash", "positive", "A helicopter crashed in Kunduz, killing all on board.", "man_made_disaster"),
    ("aircraft crash", "positive", "A helicopter carrying soldiers crashed in bad weather in Kunduz, killing all on "
     "board.", "man_made_disaster"),
    ("aircraft crash", "negative", "A military plane bombed a market near Kaduna, killing 11 people.", "Air/drone strike"),
    ("aircraft crash", "near miss", "Rebels shot down a helicopter in Kunduz, killing all on board.", AC),
    ("acts after the protest", "positive", "Hundreds of people protested in Khartoum on Monday. Security forces "
     "opened fire, killing two.", "Excessive force against protesters"),
    ("acts after the protest", "positive", "Students staged a protest at the university. The police intervened and "
     "detained 12 of them.", "Protest with intervention"),
    ("acts after the protest", "positive", "Hundreds of people took part in the protest. Some of them set fire to cars "
     "and smashed shop windows.", "Violent demonstration"),
    ("acts after the protest", "negative", "Hundreds of people protested in Khartoum on Monday. The protesters went "
     "home in the evening.", "Peaceful protest"),
    # (an arrest of a party of its own is an arrest, no force used on the marchers)
    ("acts after the protest", "near miss", "Thousands of people marched in Minsk on Sunday. Police arrested the "
     "opposition leader Pavel Sevruk at his home.", "Peaceful protest"),
    ("crimes told by their verbs", "positive", "Three officials were charged with embezzling funds of the health "
     "ministry in Sindh.", "organised_crime"),
    ("crimes told by their verbs", "positive", "Two bank managers were charged with laundering money in Lagos.",
     "organised_crime"),
    ("crimes told by their verbs", "negative", "Three officials were charged with inciting hatred in Sindh.",
     "diplomacy"),
    ("crimes told by their verbs", "near miss", "The minister accused the opposition of laundering its image abroad.",
     "diplomacy"),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), rule_params(ROWS))
def test_main_event(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    kinds = row_kinds(ROWS)
    assert len(kinds) == 7
    checked = 0
    for rule, got in kinds.items():
        assert got == ROW_KINDS, rule
        checked += 1
    assert checked == len(kinds)
