"""A body named by its own name after "our" in a release ("Our Ministry of Health has counted
2,870 bodies"): a body within the publisher, which states the figure itself; "our" before a
common noun ("our teams", "our researchers") or "we" stays the publisher's own voice (issue 15;
seen on the tuning half of the invented derna-flood probe, a government's statement naming its
ministry). Invented sentences."""

from __future__ import annotations

import pytest

from tests.builders import figures_of_value

# (construction, text, value, the figure's attribution)
CASES = [
    ("positive: our and a ministry's name", "Our Ministry of Health has counted 640 bodies in the city.", 640,
     "Our Ministry of Health"),
    ("positive: past a relative clause", "Our Ministry of Health, whose teams reached the valley on Monday, has "
     "counted 640 bodies.", 640, "Our Ministry of Health"),
    ("negative: our and a common noun", "Our teams have counted 640 bodies in the city.", 640, "unattributed"),
    ("near miss: we", "We have counted 640 bodies in the city.", 640, "unattributed"),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_body_named_after_our(name: str, text: str, value: float, source: str) -> None:
    found = figures_of_value(f"Report\n\n{text}", value)
    assert len(found) == 1, (name, [f.text for f in found])
    assert found[0].attribution == source, (name, found[0].attribution)
