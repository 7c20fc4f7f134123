"""A count a correction note withdraws: under a verb of saying whose subject is an earlier version
of the text ("Editor's note: An earlier version of this article said the council had recorded six
deaths. The figure is seven. We regret the error.") is negated, no claim in a thread, when the
note calls it a mistake; a count a previous report gave ("A previous report by the ministry said
30 people died") and one of a version updated since ("... said 22 people died; it has been
updated with two more deaths") stay asserted (issue 15; seen on the tuning half of the invented
nairobi-protest probe, a fact-check's editor's note). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

OPENING = "Floods in the valley\n\nRescuers searched all night. "

# (construction, text, value, stance)
CASES = [
    ("positive: an earlier version of this article, an error", "Editor's note: An earlier version of this article "
     "said the council had recorded six deaths in the town. The figure is seven. We regret the error.", 6,
     "negated"),
    ("positive: a previous version, said incorrectly", "Correction: A previous version of this report incorrectly "
     "said 40 people were injured. The hospital treated 14.", 40, "negated"),
    ("negative: a report, not a version", "A previous report by the ministry said 30 people died in the town.", 30,
     "asserted"),
    ("near miss: an earlier version updated since", "An earlier version of this story said 22 people died; it has "
     "been updated with two more deaths.", 22, "asserted"),
]


@pytest.mark.parametrize(("name", "text", "value", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_correction_note_withdraws_its_count(name: str, text: str, value: int, stance: str) -> None:
    figures = figures_of_value(OPENING + text, value)
    assert figures, name
    assert figures[0].stance == stance, (name, figures[0].stance)
