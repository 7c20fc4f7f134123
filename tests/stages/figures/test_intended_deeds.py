"""A figure in the infinitive after a verb of deciding, planning or refusing ("Port officials
decided to move all 35 remaining detainees") is the act's object: the verb's subject does not
state it, so it is the outlet's, or another reporter's in its sentence; a verb of saying that
promises or threatens states its count (issue 15, VOA figure sources)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

LEAD = "The river camp was closed this week.\n\n"

# (construction, text, the figure's source)
CASES = [
    # positive: a decision's act, nothing said
    ("decided to move", "Port officials decided to move all 35 remaining detainees to a mainland jail on Monday.",
     UNATTRIBUTED),
    # positive: a refusal's act
    ("refused to free", "The rebel commanders refused to free 35 hostages held in the hills.", UNATTRIBUTED),
    # positive: the decision's act, a reporter of its own in the sentence
    ("decided to move, county said",
     "Port officials decided to move all 35 remaining detainees to a mainland jail, the county said.", "the county"),
    # negative: a speech act that states its count
    ("vowed to free", "The rebel commanders vowed to free 35 hostages held in the hills.", "The rebel commanders"),
    # near miss: the deciding verb with a clause of what is true, not an act
    ("agreed that", "The rebel commanders agreed that 35 hostages had died in the hills.", "The rebel commanders"),
]


@pytest.mark.parametrize(("name", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_figure_in_an_intended_act_is_not_the_deciders(name: str, text: str, source: str) -> None:
    figures = figures_of_value(LEAD + text, 35)
    assert figures, name
    assert figures[0].attribution == source, (name, figures[0].attribution)
