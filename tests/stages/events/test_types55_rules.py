"""Event-type rules found on the tune halves of the blind type probe (``eval/probes/events_types/``, issue 16)
and of the news-register probe (``eval/probes/events_news/``). Each rule is a class of constructions, tested on
invented sentences (not the probes'): positive rows, a negative row and a near miss.

* a ceasefire asked for ("called for a ceasefire", "pressed for a truce") is a REQUEST (PLOVER REQUEST yield), not
  the ceasefire declared (RETREAT: "called a ceasefire"; ``patterns.yaml`` CAMEO 0256);
* armoured vehicles or warships moved or deployed: MOBILIZE (``patterns.yaml`` CAMEO 154);
* harm foretold of a condition or phenomenon ("warned that the famine will have dire consequences") is a forecast,
  no THREATEN (``forecast_subjects``, ``foretold_penalties.py``);
* a vehicle named as the subject of an accident's harm ("a bus carrying students plunged ..., killing 14") is no
  doer: no ASSAULT (``rules.yaml`` ``accident_vehicles``, ``accidental_harm.py``);
* a party or body that expels its members is a SANCTION expel, not a deportation (``patterns.yaml`` CAMEO 166);
* an appeal made by a light verb whose infinitive the parser hung on that verb ("made an appeal to X on Monday to
  free them") is the appeal's content: a REQUEST (``frames.py``).

A row's expectation: a PLOVER type is the type of the most confident counted event (``NONE`` when there is none
or it has no PLOVER type); ``-TYPE`` is no counted event of that type."""

from __future__ import annotations

import pytest

from tests.builders import counted_events, incomplete_rules, row_kinds, rule_params

P, N, M = "positive", "negative", "near miss"

ROWS: list[tuple[str, str, str, str]] = [
    ("ceasefire asked for", P, "The Arab League called for a ceasefire in Yemen's port city of Hodeidah on Thursday.",
     "REQUEST"),
    ("ceasefire asked for", P, "Kenya's president pressed for a truce between the warring factions in South Sudan.",
     "REQUEST"),
    ("ceasefire asked for", N, "Nigeria's senate called for new elections in Kano state on Friday.", "-RETREAT"),
    # a ceasefire called, with no "for", is declared
    ("ceasefire asked for", M, "The rebels called a ceasefire in Darfur on Tuesday.", "RETREAT"),
    ("armoured vehicles and warships moved", P,
     "Ethiopia moved dozens of armoured vehicles towards the Eritrean border on Sunday, diplomats said.", "MOBILIZE"),
    ("armoured vehicles and warships moved", P,
     "Azerbaijan has deployed warships and frigates off the Caspian coast near Iran, a navy officer said on Monday.",
     "MOBILIZE"),
    ("armoured vehicles and warships moved", N,
     "The Kenyan bank moved its headquarters to Nairobi on Monday, officials said.", "-MOBILIZE"),
    # vehicles of no armed force
    ("armoured vehicles and warships moved", M,
     "Ethiopia moved aid trucks to the Tigray border on Sunday, diplomats said.", "-MOBILIZE"),
    ("harm of a condition foretold", P,
     "The United Nations warned on Monday that the famine in Somalia will have catastrophic consequences for "
     "children.", "-THREATEN"),
    ("harm of a condition foretold", P,
     "Oxfam warned on Friday that the drought would have terrible consequences for Kenyan herders.", "-THREATEN"),
    ("harm of a condition foretold", N,
     "Iran warned on Monday that any attack by Israel would have severe consequences.", "THREATEN"),
    # a party's own act foretold to bring consequences stays a threat
    ("harm of a condition foretold", M,
     "Russia warned on Monday that the deployment by NATO would have serious consequences.", "THREATEN"),
    ("vehicle as an accident's subject", P,
     "A bus carrying students plunged off a bridge in Bolivia on Sunday, killing 14 people, police said.",
     "-ASSAULT"),
    ("vehicle as an accident's subject", P,
     "A minibus carrying pilgrims crashed into a ravine in northern Pakistan on Friday, killing nine.", "-ASSAULT"),
    ("vehicle as an accident's subject", N,
     "Gunmen carrying rifles stormed a bus in Nigeria's Kaduna state, killing nine passengers, police said.",
     "ASSAULT"),
    # a person named by the vehicle he drives is a doer
    ("vehicle as an accident's subject", M,
     "A bus driver shot dead three passengers in Lagos on Monday after a quarrel, police said.", "ASSAULT"),
    ("body expels its members", P, "Zimbabwe's ruling party expelled two senior members on Friday for disloyalty.",
     "SANCTION"),
    ("body expels its members", P, "Kenya's parliament expelled an opposition lawmaker on Tuesday after a brawl.",
     "SANCTION"),
    ("body expels its members", N, "Uganda expelled 50 Kenyan traders on Monday, officials said.", "COERCE"),
    # a body that expels people who are none of its members
    ("body expels its members", N, "Malawi's ruling party expelled reporters from its rally in Blantyre on Sunday.",
     "-SANCTION"),
    # the person expelled from a country, in the passive: a deportation
    ("body expels its members", M, "An opposition party leader was expelled from Uganda by the government on Monday.",
     "-SANCTION"),
    ("appeal made with its infinitive", P,
     "Relatives of the jailed activists made an appeal to the Egyptian authorities on Monday to free them.",
     "REQUEST"),
    ("appeal made with its infinitive", P,
     "The African Union made an urgent appeal on Friday to the warring parties in Sudan to resume talks.",
     "REQUEST"),
    ("appeal made with its infinitive", N,
     "Kenyan troops made a detour through the hills on Monday to attack the rebel camp.", "-REQUEST"),
    # a light verb's other noun with a purpose infinitive
    ("appeal made with its infinitive", M, "The Indian minister made a visit to Kenya on Monday to discuss trade.",
     "CONSULT"),
]

RULES = 6


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert len(row_kinds(ROWS)) == RULES and incomplete_rules(ROWS) == []


@pytest.mark.parametrize("rule,kind,text,expected", rule_params(ROWS))
def test_types55_rule(rule: str, kind: str, text: str, expected: str) -> None:
    got = counted_events(text)
    if expected.startswith("-"):
        assert all(p.plover != expected[1:] for p in got)
        return
    assert (got[0].plover if got else "NONE") == expected
