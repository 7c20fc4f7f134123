"""A source giving a second name in brackets is the publisher when either name is the outlet's
("The Ombudsman's Office (Defensoría Regional) reports that ..." in the Defensoría Regional's own
release): its figures are the outlet's own voice (issue 15, VOA figure sources)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

RELEASE = "Defensoría Regional (press release, translated)"
LEAD = "Displacement after the attack on the river post\n\n"


def reports(who: str) -> str:
    return LEAD + f"{who} reports that at least 87 families have left the rural settlements for the town."


# (construction, outlet, text, the figure's source)
CASES = [
    # positive: the bracketed name is the publisher's
    ("bracketed publisher name", RELEASE, reports("The Ombudsman's Office (Defensoría Regional)"), UNATTRIBUTED),
    # positive: the name before the brackets is the publisher's
    ("publisher name, bracketed acronym", "Valley Rights Monitor", reports("The Valley Rights Monitor (VRM)"),
     UNATTRIBUTED),
    # negative: another outlet reporting the body's release
    ("another outlet", "Harbour Daily Courier", reports("The Ombudsman's Office (Defensoría Regional)"),
     "The Ombudsman's Office (Defensoría Regional)"),
    # near miss: a bracketed place, not the publisher's name
    ("bracketed place", RELEASE, reports("The Ombudsman's Office (Bogotá)"), "The Ombudsman's Office (Bogotá)"),
]


@pytest.mark.parametrize(("name", "outlet", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_bracketed_publisher_name_is_its_own_voice(name: str, outlet: str, text: str, source: str) -> None:
    figures = figures_of_value(text, 87, outlet=outlet)
    assert figures, name
    assert figures[0].attribution == source, (name, figures[0].attribution)
