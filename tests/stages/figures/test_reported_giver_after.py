"""A sentence naming the source of the figures before it ("The figures were provided by the
ministry.") gives that source also when a speaker reports it ("The figures were provided by the
migration service, the spokeswoman said."): the body that provided them, not the speaker nor
the outlet (issue 15; seen on the tuning half of the invented karabakh-offensive probe).
``nlp.neighbours._pointing_back``. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the figure's source as written, or None)
CASES = [
    ("positive: provided by, a speaker reports it",
     "More than 9,000 refugees had crossed the border by noon. The figures were provided by the interior "
     "ministry, the spokeswoman said.", 9000, "the interior ministry"),
    ("positive: given by, another speaker",
     "At least 35 people were killed in the raid. The toll was given by the provincial governor, "
     "the agency reported.", 35, "the provincial governor"),
    ("negative: the speaker's sentence names no giver of the figures",
     "At least 35 people were killed in the raid. The violence was condemned by the governor, the agency "
     "reported.", 35, None),
    ("near miss: the clause is no report of the figures' giver",
     "At least 35 people were killed in the raid. The victims were buried by their families, the "
     "agency reported.", 35, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_reported_giver_in_the_next_sentence(name: str, text: str, value: float, source: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    written = None if found[0].attribution == "unattributed" else found[0].attribution
    assert written == source, (name, found[0].attribution)
