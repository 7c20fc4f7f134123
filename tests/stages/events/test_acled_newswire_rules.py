"""Rules for the tune-half failures of the blind newswire probe (``test_acled_newswire_probe.py``), each a construction
named by ACLED's definitions, with a positive, a negative and a near-miss row written here (never taken from the
probe's rows, the CASE snippets or a gold set). What is checked is the main event's ACLED sub-event type or
outside-ACLED scope as the ACLED evaluation picks it.

* ``rally bombed`` (acled.yaml, the protest rules of force and intervention, ``not_modes: *by_weapon``): a rally, a
  march or a procession struck by a suicide bomber, a bomb or an air or drone strike is an explosion told by its
  weapon (ACLED's explosions and remote violence, as a hand grenade thrown into a crowd already was), not force used
  on protesters or an intervention; a state force that fires on or beats the marchers is still force against them.
* ``fate concealed`` (acled.yaml, Abduction/forced disappearance before the arrests): people arrested or detained whose
  fate the report tells as concealed ("his whereabouts remain unknown", "have not been seen since") are forcibly
  disappeared (ACLED's forced disappearance: a detention followed by concealment of the person's fate or
  whereabouts); people only taken to an undisclosed place, or traced by their whereabouts, are arrested.
"""

from __future__ import annotations

import pytest

from tests.builders import ABD, AIR, ARR, EXF, PWI, REM, ROW_KINDS, SUI, acled_subtype, row_kinds

# (rule, kind, sentence, expected sub-event type of the main event)
ROWS: list[tuple[str, str, str, str]] = [
    ("rally bombed", "positive", "A suicide bomber attacked a campaign rally in Mardan on Friday, killing nine party "
     "supporters, police said.", SUI),
    ("rally bombed", "positive", "A suicide bomber struck a funeral procession in Kandahar on Sunday, killing 15 "
     "mourners, officials said.", SUI),
    ("rally bombed", "positive", "Militants detonated a bomb at a rally of farmers in Punjab on Monday, killing six "
     "marchers, police said.", REM),
    ("rally bombed", "positive", "A drone struck a rally of opposition supporters in Tigray on Saturday, killing 11 "
     "demonstrators, residents said.", AIR),
    ("rally bombed", "negative", "Police opened fire on a rally of teachers in Kabul on Tuesday, killing six of the "
     "marchers, witnesses said.", EXF),
    ("rally bombed", "negative", "Police beat and detained dozens of marchers at a rally of farmers in Punjab on "
     "Monday.", PWI),
    ("rally bombed", "near miss", "Gunmen on motorbikes fired into a march of students in Bamenda, killing four "
     "protesters.", EXF),
    ("rally bombed", "near miss", "Police fired tear gas at a rally of teachers in Kabul on Tuesday, wounding six "
     "marchers.", EXF),
    ("fate concealed", "positive", "Soldiers arrested a student leader at a checkpoint in Bamako on Monday, and his "
     "whereabouts remain unknown, his family said.", ABD),
    ("fate concealed", "positive", "Police detained two bloggers in Dhaka on Friday, and they have not been seen since, "
     "relatives said.", ABD),
    ("fate concealed", "negative", "Police arrested two bloggers in Dhaka on Friday, accusing them of spreading rumours.",
     ARR),
    ("fate concealed", "near miss", "Police arrested two activists in Lusaka on Friday and took them to an undisclosed "
     "location.", ARR),
    ("fate concealed", "near miss", "Police arrested a man in Lusaka on Friday after tracing his whereabouts through his "
     "phone.", ARR),
]


@pytest.mark.parametrize(("rule", "kind", "text", "expected"),
                         [pytest.param(*r, id=f"{r[0]}:{r[1]}:{r[2][:30]}") for r in ROWS])
def test_main_event(rule: str, kind: str, text: str, expected: str) -> None:
    assert acled_subtype(text) == expected, (rule, kind, text)


def test_every_rule_has_a_positive_a_negative_and_a_near_miss() -> None:
    assert all(k == ROW_KINDS for k in row_kinds(ROWS).values())
