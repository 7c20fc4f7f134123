"""A part of a count states what the count's source states (issue 15): the part an inclusion verb
gives of an owned count ("the Red Crescent's tally of 19 includes four children"), and the second
of a pair of counts whose verb is elided after a cue ("volunteers speak of 12 dead and dozens
injured"). Invented sentences, parties of every side."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from newsledger.records import Figure
from tests.builders import pipeline


def figure(text: str, value: float) -> Figure:
    """The last figure of ``value`` in the text."""
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert found, text
    return found[-1]


# (construction, text, the source's words, or None for the outlet's own voice); the figure is 4
INCLUDED = [
    ("positive: a tally includes", "The Syrian Red Crescent's tally of 19 includes 4 people who died in hospital.",
     "Syrian Red Crescent"),
    ("positive: a toll comprises", "The Houthi health ministry's toll of 31 dead comprises 4 women.",
     "Houthi health ministry"),
    ("negative: no count", "The aid convoy of the Syrian Red Crescent included 4 trucks of flour.", None),
    ("near miss: an owned thing that is no count", "The Syrian Red Crescent's convoy includes 4 trucks of flour.",
     None),
]


@pytest.mark.parametrize(("name", "text", "source"), INCLUDED, ids=[c[0] for c in INCLUDED])
def test_a_part_of_an_owned_count_is_stated_by_its_owner(name: str, text: str, source: str | None) -> None:
    f = figure(f"Report\n\n{text}", 4)
    if source is None:
        assert f.attribution == UNATTRIBUTED, (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)


# the figure is 30, the second of the pair
ELIDED = [
    ("positive: speak of a pair", "First accounts from Ukrainian rescuers speak of 12 dead and 30 injured.",
     "Ukrainian rescuers"),
    ("positive: spoke of, wounded", "Sudanese medics at the scene spoke of 12 dead and 30 wounded.",
     "Sudanese medics"),
    ("negative: a clause of its own", "First accounts from Ukrainian rescuers speak of 12 dead, and 30 were "
     "injured in a second blast.", None),
    ("near miss: no cue", "The blast left 12 dead and 30 injured.", None),
]


@pytest.mark.parametrize(("name", "text", "source"), ELIDED, ids=[c[0] for c in ELIDED])
def test_the_second_of_a_pair_after_a_cue_is_the_cues(name: str, text: str, source: str | None) -> None:
    f = figure(f"Report\n\n{text}", 30)
    if source is None:
        assert f.attribution == UNATTRIBUTED, (name, f.attribution)
    else:
        assert source in f.attribution, (name, f.attribution)
