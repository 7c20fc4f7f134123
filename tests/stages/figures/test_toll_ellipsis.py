"""Counts whose measure a sentence leaves out or gives by burial (``stages/figures/toll_ellipsis.py``;
issue 15, seen on the tuning halves of the invented rawashda-market and hospital-strike probes):
a bare count in a gapped conjunct of a time phrase after a counted object counts what the object
counts; a bare count buried by people, and people buried in the passive at a settlement or burial
ground, are dead; a count of things, a burial by a thing, and people buried under something are
not. Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_figure_measure

# (construction, text, figure as written, measure)
CASES = [
    ("positive: gapped after a counted object", "The agency reported 40 dead on Monday and 52 on Tuesday.",
     "52", "killed"),
    ("negative: gapped after a count of things", "The agency reported 40 houses on Monday and 52 on Tuesday.",
     "52", None),
    ("positive: a bare count buried by people", "Villagers said they had buried 23 on Friday.", "23", "killed"),
    ("near miss: a bare count buried by a thing", "The mudslide buried 23.", "23", None),
    ("positive: buried in the passive at a settlement", "The group says 58 people were buried in the town.",
     "58 people", "killed"),
    ("positive: buried in the passive at a burial ground", "Rescuers said 30 people were buried in the cemetery "
     "on Sunday.", "30 people", "killed"),
    ("near miss: buried under something", "Rescuers said 30 people were buried under the rubble in the town.",
     "30 people", "missing"),
]


@pytest.mark.parametrize(("name", "text", "figure", "measure"), CASES, ids=[c[0] for c in CASES])
def test_an_elided_or_buried_count_takes_its_measure(name: str, text: str, figure: str, measure: str | None) -> None:
    assert_figure_measure(f"Report\n\n{text}", figure, measure, name)
