"""A transcript turn runs over the paragraphs after its speaker label that open with no label of
their own, up to the next label ("CS ODHIAMBO: ... / Forty officers were injured ... / QUESTION
(Radio Jambo): ..."): a figure there is the speaker's; the last turn, with no label after it,
ends with its own paragraph (issue 15; seen on the tuning half of the invented nairobi-protest
probe, a minister's briefing). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_source, figures_of_value

BRIEFING = "BRIEFING BY THE MINISTER\n\n"
TURN = "CS ODHIAMBO: Good morning. Nine people died in the floods on Sunday.\n\n"

# (construction, text, value, words the source holds, or None: the outlet's own voice)
CASES = [
    ("positive: a paragraph of the answer before a question's label",
     BRIEFING + TURN + "Forty police officers were injured in the rescue.\n\nQUESTION (Radio Jambo): Why so few?\n\n"
     "CS ODHIAMBO: Those are the counts we have.", 40, "CS ODHIAMBO"),
    ("positive: two paragraphs before the next speaker's label",
     BRIEFING + TURN + "We thank the volunteers.\n\nA total of 210 families were moved to schools.\n\n"
     "MS WANJIRU: Thank you, minister.\n\nCS ODHIAMBO: Thank you.", 210, "CS ODHIAMBO"),
    ("negative: the page's note after the last turn",
     BRIEFING + "QUESTION: How many died?\n\nCS ODHIAMBO: Nine people died.\n\nCS ODHIAMBO: That is all.\n\n"
     "The bodies of 12 people were found later in the week.", 12, None),
    ("near miss: a paragraph after a one-off label",
     BRIEFING + "UPDATE: Nine people died in the floods.\n\nForty police officers were injured in the rescue.\n\n"
     "QUESTION (Radio Jambo): Why so few?", 40, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_turn_runs_over_its_unlabelled_paragraphs(name: str, text: str, value: int, source: str | None) -> None:
    figures = figures_of_value(text, value, outlet="Ministry of Water")
    assert figures, name
    assert_source(figures[0], source, name)
