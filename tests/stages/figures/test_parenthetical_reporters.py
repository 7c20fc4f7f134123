"""A reporting clause set between commas inside the figure's clause, followed by the previous
value of a revision ("The toll rose to 36, the ministry said, up from 31 it reported in the
morning"): the parser hangs "31 it reported ..." on "said" as its own complement, and the
reporter still states the clause it interrupts (issue 15; seen on the tuning half of the invented
gaza-shelter probe). Invented sentences, bodies of every side."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import pipeline

# (construction, text, value, the source's words, or None for the outlet's own voice)
CASES = [
    ("positive: a service", "The toll from the collapse reached 27 on Monday, the fire service said, up from 21 it "
     "gave in the morning.", 27, "fire service"),
    ("positive: an armed group", "The number of soldiers killed in the ambush rose to 14, the rebel command said, "
     "up from 9 it claimed on Friday.", 14, "rebel command"),
    ("positive: a ministry of another side", "The death toll from the bombing of the depot rose to 33, the Russian "
     "defence ministry said, up from 25 it announced at noon.", 33, "Russian defence ministry"),
    ("negative: a participle of saying with a clause of its own", "The toll from the collapse reached 27 on Monday, "
     "with the fire service saying it would rise.", 27, None),
    ("near miss: a coordinated reporter of its own clause, no comma after the verb", "The toll from the collapse "
     "reached 27 on Monday, and the fire service said it would rise.", 27, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_parenthetical_reporter_states_the_clause_it_interrupts(name: str, text: str, value: float,
                                                                  source: str | None) -> None:
    found = [f for f in pipeline().analyze_text(f"Report\n\n{text}").figures if f.value_low == value]
    assert len(found) == 1, (name, [f.text for f in found])
    if source is None:
        assert found[0].attribution == UNATTRIBUTED, (name, found[0].attribution)
    else:
        assert source in found[0].attribution, (name, found[0].attribution)
