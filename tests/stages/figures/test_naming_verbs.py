"""A body that names a count of the dead ("The ministry has named 192 soldiers killed in the
fighting") states that count: "name" is a verb that states a figure only with the figure as its
object, like "verify" (``figure_object_verbs``; issue 15, VOA figure sources)."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

LEAD = "The counts of the dead do not agree.\n\n"

# (construction, text, the figure's source)
CASES = [
    # positive: the count as the object of "name"
    ("named a count", "The defence ministry has named 192 soldiers killed in the fighting.", "The defence ministry"),
    # positive: a partitive count as the object
    ("named a partitive count", "The defence ministry has named 192 of its soldiers killed in the fighting.",
     "The defence ministry"),
    # negative: no naming verb, a count in the outlet's voice
    ("no naming", "At least 192 soldiers were killed in the fighting.", UNATTRIBUTED),
    # near miss: "name" with an object that is no count, the count in a clause of time
    ("named a commander", "The defence ministry named a new commander after 192 soldiers were killed.", UNATTRIBUTED),
]


@pytest.mark.parametrize(("name", "text", "source"), CASES, ids=[c[0] for c in CASES])
def test_naming_a_count_states_it(name: str, text: str, source: str) -> None:
    figures = figures_of_value("Fighting\n\n" + LEAD + text, 192)
    assert figures, name
    assert figures[0].attribution == source, (name, figures[0].attribution)
