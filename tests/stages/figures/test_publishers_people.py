"""The publisher's own people as a figure's reporter ("The Monitor's staff documented ..." in the
Office of the Valley Rights Monitor's release; "Tidewater's reporters counted ..." in a story from
tidewaternews.com): what the body's own staff record is its own voice, as "our staff" already was
(issue 15, VOA figure sources)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

RELEASE = "Office of the Valley Rights Monitor"
LEAD = "The hill villages were shelled from the first hours.\n\n"


def counted(owner: str) -> str:
    return LEAD + f"{owner} documented the bodies of seven elderly residents shot in their yards."


# (construction, outlet, text, the figure's source)
CASES = [
    # positive: "The" and a word of the publisher's name, owning its staff
    ("the body's staff in its release", RELEASE, counted("The Monitor's staff"), UNATTRIBUTED),
    # positive: the outlet known by its address, owning its reporters
    ("the site's reporters", "tidewaternews.com", counted("Tidewater's reporters"), UNATTRIBUTED),
    # negative: another outlet reporting the body's staff
    ("another outlet", "Harbour Daily Courier", counted("The Monitor's staff"), "The Monitor's staff"),
    # near miss: another body's staff in the publisher's release
    ("another body's staff", RELEASE, counted("The Governor's staff"), "The Governor's staff"),
]


@pytest.mark.parametrize(("name", "outlet", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_the_publishers_own_people_are_its_own_voice(name: str, outlet: str, text: str, source: str) -> None:
    figures = figures_of_value("Shelling\n\n" + text, 7, outlet=outlet)
    assert figures, name
    assert figures[0].attribution == source, (name, figures[0].attribution)
