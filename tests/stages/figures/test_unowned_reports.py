"""A document cited by "according to" that names no one ("According to initial reports, at least
30 people were killed"): no source; the figure is in the outlet's own voice, as inside a quote such
a document leaves the figure to the speaker (issue 15; seen on the tuning half of the invented
gaza-shelter probe, a UN agency's release). Invented sentences."""

from __future__ import annotations

import pytest

from newsledger.nlp.attribution import UNATTRIBUTED
from tests.builders import figures_of_value

# (construction, text, value, the source's words, or None for the outlet's own voice)
CASES = [
    ("positive: leading", "According to initial reports, at least 30 people were killed in the camp.", 30, None),
    ("positive: closing", "At least 30 people were killed in the camp, according to preliminary reports.", 30, None),
    ("positive: estimates", "According to early estimates, 12 soldiers died in the ambush.", 12, None),
    # negative: a document with its issuer, owner or name is that body's
    ("negative: an issuer", "According to figures from the ministry, 30 people were killed in the camp.", 30,
     "the ministry"),
    ("negative: an owner's noun", "According to hospital records, 30 people were killed in the camp.", 30,
     "hospital records"),
    ("negative: officials' figures", "According to official figures, 30 people were killed in the camp.", 30,
     "official figures"),
    # near miss: a definite document is one named before, left as written
    ("near miss: the report", "According to the report, 30 people were killed in the camp.", 30, "the report"),
    # near miss: the reporter of the sentence still states it
    ("near miss: a reporter after it", "According to unconfirmed reports, 12 soldiers died in the ambush, the "
     "rebels said.", 12, "the rebels"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_document_naming_no_one_is_no_source(name: str, text: str, value: float, source: str | None) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    if source is None:
        assert found[0].attribution == UNATTRIBUTED, (name, found[0].attribution)
    else:
        assert found[0].attribution == source, (name, found[0].attribution)
