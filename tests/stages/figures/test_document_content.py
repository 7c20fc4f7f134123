"""A figure in the that-clause of a document or count noun with an issuer ("We note the assessment
of the UN mission that at least 35 people were killed", "the ministry's estimate that 40
died") is the issuer's: the clause is what the document says. A noun naming no issuer ("Reports
that 40 died") gives none, and a reporter inside the clause speaks for itself. Issue 15; seen on
the tuning half of the invented haiti-gangs probe. Invented sentences, issuers of every side."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

# (construction, text, the figure's value, its source as written, or None: the outlet's own voice)
CASES = [
    ("positive: the assessment of X that", "The embassy noted the assessment of the UN mission that at least "
     "35 people were killed in the raid.", 35, "UN mission"),
    ("positive: the estimate of X that", "Diplomats welcomed the estimate of the Red Crescent that 12 herders "
     "died in the fire.", 12, "Red Crescent"),
    ("negative: a document that names no issuer", "Reports that 40 people died in the raid could not be "
     "confirmed.", 40, None),
    ("near miss: a reporter of its own inside the clause", "The assessment of the UN mission that the "
     "governor said 40 people died was challenged.", 40, "governor"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_the_issuer_of_a_document_states_its_content(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)
