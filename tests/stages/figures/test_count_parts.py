"""A part of a count states what the count's source states (issue 15): the part an inclusion verb
gives of an owned count ("the Red Crescent's tally of 19 includes four children"), and the second
of a pair of counts whose verb is elided after a cue ("volunteers speak of 12 dead and dozens
injured"). Invented sentences, parties of every side."""

from __future__ import annotations

import pytest

from newsledger.records import Figure
from tests.builders import assert_source, pipeline


def figure(text: str, value: float) -> Figure:
    """The last figure of ``value`` in the text."""
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert found, text
    return found[-1]


# (construction, text, the figure, the source's words, or None for the outlet's own voice)
PARTS = [
    ("positive: a tally includes", "The Syrian Red Crescent's tally of 19 includes 4 people who died in hospital.",
     4, "Syrian Red Crescent"),
    ("positive: a toll comprises", "The Houthi health ministry's toll of 31 dead comprises 4 women.", 4,
     "Houthi health ministry"),
    ("negative: no count", "The aid convoy of the Syrian Red Crescent included 4 trucks of flour.", 4, None),
    ("near miss: an owned thing that is no count", "The Syrian Red Crescent's convoy includes 4 trucks of flour.",
     4, None),
    # the second of a pair whose verb is elided after a cue
    ("positive: speak of a pair", "First accounts from Ukrainian rescuers speak of 12 dead and 30 injured.", 30,
     "Ukrainian rescuers"),
    ("positive: spoke of, wounded", "Sudanese medics at the scene spoke of 12 dead and 30 wounded.", 30,
     "Sudanese medics"),
    ("negative: a clause of its own", "First accounts from Ukrainian rescuers speak of 12 dead, and 30 were "
     "injured in a second blast.", 30, None),
    ("near miss: no cue", "The blast left 12 dead and 30 injured.", 30, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), PARTS, ids=[c[0] for c in PARTS])
def test_a_part_of_a_count_is_stated_by_the_counts_source(name: str, text: str, value: float,
                                                          source: str | None) -> None:
    assert_source(figure(f"Report\n\n{text}", value), source, name)
