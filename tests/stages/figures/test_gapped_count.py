"""A bare count in a gapped conjunct of a clause whose subject is a count ("300 deaths were
recorded in the capital and 175 in the provinces"; ``stages/figures/gapped.py``): the count
counts what the subject's noun counts, also when the parser hangs it on a phrase of the verb
("..., according to X, and 175 in ..."); a subject that counts things, or a conjunct with a noun
and verb of its own, gives it nothing (issue 15; seen on the tuning half of the invented
derna-flood probe). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (construction, text, value, measure)
CASES = [
    ("positive: gapped after a counted subject", "Some 600 deaths were recorded in the capital and 95 in the hills.",
     95, "killed"),
    ("positive: past an according-to phrase", "- 1,420 deaths have been confirmed in the port, according to the "
     "health office, and 95 in other parts of the coast.", 95, "killed"),
    ("negative: a subject counting things", "Some 600 houses were destroyed in the capital and 95 in the hills.",
     95, None),
    ("near miss: a conjunct of its own", "Some 600 deaths were recorded in the capital and 95 people were hurt "
     "in the hills.", 95, "injured"),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_a_gapped_count_takes_the_subjects_measure(name: str, text: str, value: float, measure: str | None) -> None:
    assert_first_figure(f"Report\n\n{text}", value, "measure", measure, name)
