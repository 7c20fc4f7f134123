"""A source named with a description set after it as an indefinite apposition ("figures compiled
by the Sahel Data Project, an independent monitoring group"): the source as written is the name,
one identity whatever the outlet calls it; a description tying the name to another body ("a
spokeswoman for the health ministry") stays (issue 15; ``attribution.source_of``). Invented
sentences."""

from __future__ import annotations

import pytest

from newsledger.records import Figure
from tests.builders import pipeline


def figure(text: str, value: float) -> Figure:
    """The last figure of ``value`` in the text."""
    found = [f for f in pipeline().analyze_text(text).figures if f.value_low == value]
    assert found, text
    return found[-1]


DESCRIBED = [
    ("positive: figures compiled by a monitor", "Air strikes have killed at least 900 civilians in the region since "
     "2024, according to figures compiled by the Sahel Data Project, an independent monitoring group.", 900,
     "the Sahel Data Project"),
    ("positive: a toll given by, another side", "The toll of 40 given by the Donbas Veterans Union, a pro-Russian "
     "association, was disputed by Kyiv.", 40, "the Donbas Veterans Union"),
    ("negative: a description tying the name to another body", "Air strikes have killed at least 900 civilians in "
     "the region since 2024, according to figures compiled by Amina Diallo, a spokeswoman for the health ministry.",
     900, "Amina Diallo, a spokeswoman for the health ministry"),
    ("near miss: a definite description", "The toll of 40 given by the Sahel Data Project, the main monitor in the "
     "area, was disputed.", 40, "the Sahel Data Project, the main monitor in the area"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), DESCRIBED, ids=[c[0] for c in DESCRIBED])
def test_a_described_source_is_written_by_its_name(name: str, text: str, value: float, source: str) -> None:
    f = figure(f"Report\n\n{text}", value)
    assert f.attribution == source, (name, f.attribution)
