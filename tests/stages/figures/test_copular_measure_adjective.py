"""A measure adjective as the predicate of the counted, when the parser hangs the copula on it as
an auxiliary ("6,000 people were unaccounted for": "were" an auxiliary of "unaccounted"): the
adjective says what happened to them (missing), as "21 others were missing" does (issue 15; seen
on the tuning half of the invented derna-flood probe). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_figure

# (construction, text, value, measure)
CASES = [
    ("positive: reported clause", "The governor said that about 900 people were unaccounted for.", 900, "missing"),
    ("positive: sentence first", "About 900 people were unaccounted for, the governor said.", 900, "missing"),
    ("positive: a bare count after another", "He said 12 people were dead and 40 were unaccounted for.", 40, "missing"),
    ("negative: a verb of its own", "The governor said that about 900 people were rescued.", 900, "rescued"),
    ("near miss: an adjective of no measure", "The governor said that about 900 people were grateful for it.",
     900, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_a_measure_adjective_the_copula_was_hung_on(name: str, text: str, value: float, measure: str | None) -> None:
    assert_first_figure(f"Report\n\n{text}", value, "measure", measure, name)
