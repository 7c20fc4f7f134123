"""Issue 16 (i16-acled53): the ACLED rules of ``data/events/acled.yaml`` written from the tune-half failures of the blind
probe ``test_acled_note_probe.py`` and of CASE 2021's tune half, each a class of constructions read by ACLED's
definitions (invented sentences):

* ``attack driven back``: an attack told as pushed, driven, fended or warded off by those it struck ("fighters attacked
  the outskirts of the town but were pushed back by commandos"): both sides fought, an armed clash, whatever place the
  attack names;
* ``chemical attack alleged``: an accusation (or condemnation) whose words name a chemical agent used or a gas attack
  ("activists accused the army of dropping chlorine on the town"): the chemical weapon's use, as ACLED codes it from
  its sources' allegations; a stock of chemical weapons held is no use;
* ``weapon-named place bombed``: a state that bombs a place named by the ground weapons it houses ("bombed a missile
  base", "mortar positions"): the weapon words name what was struck, the attack stays an air strike;
* ``air strike no labour strike``: an air or drone strike named as what was launched or what killed ("launched air
  strikes on a village, killing dozens") is the weapon, not a strike of workers met with lethal force;
* ``handover with split particle``: a place handed over with the particle after its object ("withdrew and handed the
  camp over to the police") is a non-violent transfer of territory, like "handed over the camp";
* ``bodies of a gang war``: bodies found that the sentence lays to a war of cartels or gangs are crime for gain
  (organised crime, outside ACLED), the police being the finders, not the doers; bodies of soldiers or victims of
  militants stay ACLED's.
"""

from __future__ import annotations

import pytest

from tests.builders import (
    AC,
    AIR,
    ATK,
    CHG,
    CHM,
    EXF,
    NVT,
    ORG,
    REM,
    SHL,
    acled_subtype,
    incomplete_rules,
    rule_params,
)

DIP = "diplomacy"

# (rule, kind, sentence, expected sub-event type or scope; None: no main event)
ROWS: list[tuple[str, str, str, str | None]] = [
    ("attack driven back", "positive", "Insurgents attacked the northern suburbs of the city but were pushed back by "
     "special forces.", AC),
    ("attack driven back", "positive", "Gunmen raided the village at dawn and were driven back by the local "
     "militia after an hour.", AC),
    ("attack driven back", "positive", "Al-Shabaab fighters attacked Garbaharey overnight before being beaten off by "
     "regional troops.", AC),
    ("attack driven back", "negative", "Gunmen raided the village at dawn and killed six farmers.", ATK),
    ("attack driven back", "near miss", "Gunmen raided the village at dawn and pushed the farmers into the river.", ATK),
    ("chemical attack alleged", "positive", "Rescuers accused government forces of dropping chlorine on the "
     "besieged district.", CHM),
    ("chemical attack alleged", "positive", "The opposition accused the regime of a sarin attack on the rebel-held "
     "suburb.", CHM),
    ("chemical attack alleged", "positive", "The monitoring group condemned the poison gas attack on the town on "
     "Friday.", CHM),
    ("chemical attack alleged", "negative", "The opposition accused the regime of shelling the rebel-held suburb.", DIP),
    ("chemical attack alleged", "near miss", "The envoy accused the regime of stockpiling sarin in secret depots.", DIP),
    ("weapon-named place bombed", "positive", "Israel bombed a missile base south of Homs on Tuesday.", AIR),
    ("weapon-named place bombed", "positive", "Turkey bombed rebel mortar positions in the hills near the border.", AIR),
    ("weapon-named place bombed", "positive", "The army bombed an insurgent artillery position outside the town.", AIR),
    ("weapon-named place bombed", "negative", "Militants bombed the market with an explosive device.", REM),
    ("weapon-named place bombed", "near miss", "The army fired rockets at a rebel missile base near the town.", SHL),
    ("air strike no labour strike", "positive", "The air force launched air strikes on two hamlets near the lake, killing "
     "eleven people.", AIR),
    ("air strike no labour strike", "positive", "The junta launched drone strikes on the market town, killing four "
     "traders.", AIR),
    ("air strike no labour strike", "negative", "Police opened fire on striking miners near the shaft, killing two.", EXF),
    ("air strike no labour strike", "near miss", "Soldiers fired on striking dock workers at the gate of the air base, "
     "killing one.", EXF),
    ("handover with split particle", "positive", "The peacekeepers withdrew from Kalma on Friday and handed the camp over "
     "to the police.", NVT),
    ("handover with split particle", "positive", "The coalition withdrew from the airfield and handed the base back to "
     "the national army.", NVT),
    ("handover with split particle", "negative", "The army withdrew from the camp on Friday.", CHG),
    ("bodies of a gang war", "positive", "Police found the bodies of nine men in an abandoned van outside Culiacan, "
     "the latest victims of a turf war between rival cartels.", ORG),
    ("bodies of a gang war", "positive", "Police found the bodies of six men dumped by a highway in Guerrero, victims "
     "of a war between rival gangs.", ORG),
    ("bodies of a gang war", "negative", "Police found the bodies of six farmers dumped by a highway in Guerrero.", ATK),
    ("bodies of a gang war", "near miss", "Soldiers found the bodies of nine villagers killed by militants near a "
     "former cartel airstrip.", ATK),
    ("handover with split particle", "near miss", "The army withdrew from the camp on Friday and handed the prisoners "
     "over to the police.", CHG),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"), rule_params(ROWS))
def test_rule(rule: str, kind: str, text: str, expected: str | None) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert not incomplete_rules(ROWS)
