"""A count in an apposition on a participant of a negated clause is what is so of the participant,
not negated with the clause (issue 15, ``newsledger.stages.figures.figure_stance_described``); a
negator inside the apposition, or the count as the clause's own argument, keeps its negation. After a
dash or comma, "not quite 13 cents" is a bound, not a contrast (``stance_bound_adverbs``)."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

LEAD = "The county budget was published this week.\n\n"

# (construction, text, the figure's value, its stance)
CASES = [
    # positive: an apposition on the subject of a negated clause
    ("a veteran of 22 years", "Tom Reyes, a veteran of 22 years in the fire service, found no fault with the plan.",
     22, "asserted"),
    ("a maker of 400 kinds", "The firm, a maker of 400 kinds of bolts, has not paid its tax.", 400, "asserted"),
    # negative: the count is the negated clause's own argument
    ("has not made 400", "The firm has not made 400 kinds of bolts.", 400, "negated"),
    # near miss: a negator inside the apposition, a count set against another
    ("— not quite 13 cents, a bound", "The county paid only a fraction of the money it owed — not quite 13 cents on "
     "the dollar.", 13, "asserted"),
    ("— not 13 cents, a contrast", "The county paid a fraction of the money it owed, 9 cents, not 13 cents on the "
     "dollar.", 13, "negated"),
    ("14, not 140", "The number of dead was 14, not 140, the mayor said.", 140, "negated"),
]


@pytest.mark.parametrize(("name", "text", "value", "stance"), CASES, ids=[c[0] for c in CASES])
def test_a_count_in_an_apposition_keeps_its_own_stance(name: str, text: str, value: float, stance: str) -> None:
    assert_first_figure(LEAD + text, value, "stance", stance, name)
