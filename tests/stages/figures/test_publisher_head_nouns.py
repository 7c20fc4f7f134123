"""A body's own release names itself by the head noun of its name after "the" ("The Command
wishes to inform the public ..." in the Zamfara State Police Command's press release, "The
Alliance calls on ..." in the Frontline Medics Alliance's): a figure it states in its present
voice is the outlet's own, as with its full name (a past report of it, "the Command said on
Friday", stays its); also when the parser runs the phrase on from a fronted one up to a
comma ("Further to its release of 3 May, the Command ..."). Issue 15, statement formats
(zamfara-abduction's and lozova-station's tuning halves). Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

POLICE = "Dorva State Police Command"

# (construction, outlet, text, value, the figure's source)
CASES = [
    ("positive: 'The Command' in the Police Command's release", POLICE,
     "The Command confirms that 12 people were killed in the attack on the market.", 12, UNATTRIBUTED),
    ("positive: 'The Alliance' in a medical alliance's release", "Frontline Medics Alliance",
     "The Alliance calls on all parties to stop attacks on stations, which this year have already killed "
     "14 civilians.", 14, UNATTRIBUTED),
    ("positive: run on from a fronted phrase", POLICE,
     "Further to its statement of 3 May, 2026, the Command wishes to inform the public that 12 people were "
     "killed in the attack.", 12, UNATTRIBUTED),
    ("near miss: a past report of the body in its own release, not its present voice", POLICE,
     "The Command said on Friday that 12 people were killed in the attack on the market.", 12, "The Command"),
    ("negative: another outlet's report of the Command", "Dorva Daily Times",
     "The Command confirms that 12 people were killed in the attack on the market.", 12, "The Command"),
    ("near miss: another command, the head noun with a word of its own", POLICE,
     "The Northern Command confirms that 12 people were killed in the attack on the market.", 12,
     "The Northern Command"),
    ("near miss: a word of the publisher's name that is not its head", POLICE,
     "The Police confirm that 12 people were killed in the attack on the market.", 12, "The Police"),
]


@pytest.mark.parametrize(("name", "outlet", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_publishers_head_noun_is_its_own_voice(name: str, outlet: str, text: str, value: int,
                                                 source: str) -> None:
    figures = figures_of_value("Market attack\n\n" + text, value, outlet=outlet)
    assert figures, name
    assert figures[0].attribution == source, name
