"""A count with a "from" phrase naming a body by its name is that body's ("The latest tally from
the Hellenic Coast Guard is 38", "The highest, from the Haki Rights Network, is 57": a count
elided after a superlative; issue 15, "the latest toll from X"): the body states the figure. A
"from" phrase naming a happening, a place or a time says what or where the count is of, and states
nothing."""

from __future__ import annotations

import pytest

from tests.builders import assert_first_source

H = "Counting the dead\n\n"
# (construction, text, value, the source as written: None for the outlet's own voice)
CASES = [
    # positive: a body the count comes from
    ("latest tally from", H + "The latest tally from the Hellenic Coast Guard is 38 missing.", 38, "Coast Guard"),
    ("elided count", H + "The highest, from the Haki Rights Network, is 57.", 57, "Haki Rights Network"),
    ("set off by commas", H + "The lowest estimate, from the Kenya Red Cross, was 14 dead.", 14, "Red Cross"),
    # negative: no "from" phrase
    ("no giver", H + "The highest is 45.", 45, None),
    # near miss: a happening, a place, a time after "from"
    ("from a happening", H + "The latest toll from the landslide is 72.", 72, None),
    ("from a place", H + "The latest toll from Kherson is 16.", 16, None),
]


@pytest.mark.parametrize(("name", "text", "value", "source"), CASES, ids=[c[0] for c in CASES])
def test_a_count_from_a_body_is_its(name: str, text: str, value: float, source: str | None) -> None:
    assert_first_source(text, value, source, name)
