"""A publisher's short name as the speaker of a reported clause in its own release ("Hawar has
documented ..." in the Hawar Rights Monitor's release, which names itself in full) is the
outlet's own voice, as it already was outside a quote (issue 15, outlet voice)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

FULL = "The Tamarind Rights Monitor released its findings on Monday.\n\n"
CLAUSE = "Since late August, Tamarind has documented the killing of at least 40 protesters in the province."

# (construction, outlet, text, the figure's source)
CASES = [
    # positive: the release names its publisher in full, then by its first word
    ("short form in its own release", "Tamarind Rights Monitor", FULL + CLAUSE, UNATTRIBUTED),
    # negative: another outlet reporting the group's count
    ("another outlet", "Harbour Daily Courier", FULL + CLAUSE, "Tamarind"),
    # near miss: the short form alone, the full name nowhere in the text
    ("short form, full name unwritten", "Tamarind Rights Monitor", CLAUSE, "Tamarind"),
]


@pytest.mark.parametrize(("name", "outlet", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_publishers_short_name_as_speaker_is_its_own_voice(name: str, outlet: str, text: str, source: str) -> None:
    figures = figures_of_value("Protests\n\n" + text, 40, outlet=outlet)
    assert figures, name
    assert figures[0].attribution == source, name
