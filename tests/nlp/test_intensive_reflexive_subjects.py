"""An intensive reflexive the parser makes a second subject of a verb of saying ("The group,
which welcomed the raid, itself claimed eight dead") stands for the noun subject before it: the
figure is the group's, not that of whoever spoke in the sentence before (issue 15, figure
sources)."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

LEAD = "Market raid\n\nNine traders were killed, according to the district council and the police. "
# (construction, text, value, the source as written: None for the outlet's own voice)
CASES = [
    # positive: a reflexive after a relative clause, and right after the noun
    ("reflexive after a relative clause", LEAD + "The rebel front, which welcomed the raid, itself claimed "
     "eleven dead.", 11, "rebel front"),
    ("reflexive after a relative clause, 'reported'", LEAD + "The rebel front, which praised the fighters, "
     "itself reported 14 dead.", 14, "rebel front"),
    # negative: the noun subject alone
    ("no reflexive", LEAD + "The rebel front claimed eleven dead.", 11, "rebel front"),
    # near miss: an intensive reflexive on a noun that is no speaker leaves the reporter
    ("intensive on a subject that says nothing", LEAD + "The market itself was hit again on Friday, when 14 "
     "more people died, the governor said.", 14, "governor"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_an_intensive_reflexive_stands_for_its_noun(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)
