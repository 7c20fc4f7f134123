"""Parallel reports over two sentences: a bare number that is the whole object of a verb of
saying ("The rebels say at least 40.") right after a sentence of the same paragraph where the same
verb reports a casualty count ("The army says 12 soldiers died.") counts what that count counts;
not after a count no verb of saying reports, nor across a paragraph (issue 15; seen on the tuning
half of the invented nairobi-protest probe, a journalist's question in a briefing). Invented
sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

OPENING = "Clashes in the hills\n\nOfficials gave no details.\n\n"

# (construction, text, value, the measure it must have, or None: no measure)
CASES = [
    ("positive: a second party's bare number", "The army says 12 soldiers died. The rebels say at least 40.", 40,
     "killed"),
    ("positive: injured, past tense", "The clinic said 25 people were wounded. The governor said 60.", 60, "injured"),
    ("negative: a bare number with no count before", "The talks went on all day. The governor said 60.", 60, None),
    ("near miss: the count before is in another paragraph", "The army says 12 soldiers died.\n\nThe rebels say 40.",
     40, None),
]


@pytest.mark.parametrize(("name", "text", "value", "measure"), CASES, ids=[c[0] for c in CASES])
def test_a_parallel_report_counts_the_same(name: str, text: str, value: int, measure: str | None) -> None:
    figures = figures_of_value(OPENING + text, value)
    assert figures, name
    assert figures[0].measure == measure, (name, figures[0].measure)
